/**
 * What users really saw, per case: the quoted texts of the clients' issue trackers (the source is
 * named next to each), and variations a reader may paste (other versions, log noise, wrapped
 * lines). `expected` is the heading id of the case that must come first.
 */
export interface DoctorSample {
  name: string;
  text: string;
  expected: string;
}

export const QUOTED: DoctorSample[] = [
  // 1: camunda-modeler#3152, pyzeebe#42, camunda-8-js-sdk#605
  { name: '1 unauthorized_client body', text: '{"error":"unauthorized_client","error_description":"Invalid client secret"}', expected: '401-invalid_client-wrong-or-rotated-secret' },
  // 2: pyzeebe#217, camunda#4356
  { name: '2 pyzeebe rc audience', text: 'pyzeebe.errors.credentials_errors.InvalidCamundaCloudCredentialsError: Invalid credentials supplied for cluster XXX with client YYY', expected: 'client-built-audience' },
  { name: '2 Java 0.23 403', text: 'Caused by: java.io.IOException: Failed while requesting access token with status code 403 and message Forbidden.\n\tat io.zeebe.client.impl.oauth.OAuthCredentialsProvider.fetchCredentials(OAuthCredentialsProvider.java:173)', expected: 'client-built-audience' },
  // 3: spring-zeebe#377
  { name: '3 CANCELLED 404', text: 'io.grpc.StatusRuntimeException: CANCELLED ... Caused by: java.io.IOException: Failed while requesting access token with status code 404 and message Not Found.', expected: 'token-url-not-found' },
  // 4: connectors#1613, camunda#13124, connectors#4819
  { name: '4 AccessDenied cache', text: 'java.nio.file.AccessDeniedException: /home/camunda ... OAuthCredentialsCache.ensureCacheFileExists', expected: 'token-cache-not-writable' },
  { name: '4 read-only fs', text: 'FileSystemException: /home/camunda: Read-only file system', expected: 'token-cache-not-writable' },
  // 5: zeebe-node#110, zeebe-client-csharp#636
  { name: '5 Lambda flood', text: 'We are running this zeebe client in AWS Lambda which doesn\'t allow to write to the home directory. This results in a flood of token requests.', expected: 'token-cache-not-writable' },
  { name: '5 C# .zeebe read-only', text: 'System.UnauthorizedAccessException: Access to the path \'/app/.zeebe\' is denied. Read-only file system', expected: 'token-cache-not-writable' },
  // 6: zeebe-client-csharp#146, camunda#20471
  { name: '6 C# cloud.token', text: 'Application throws a 401 error when trying to connect. Delete ~/.zeebe/cloud.token, and you can connect.', expected: 'stale-cached-token' },
  { name: '6 Java tenant switch', text: 'intermittent 401/403 or PERMISSION_DENIED after switching tenant', expected: 'stale-cached-token' },
  // 7: spring-zeebe#631, camunda#17799
  { name: '7 parse bearer', text: 'io.grpc.StatusRuntimeException: UNAUTHENTICATED: Failed to parse bearer token, see cause for details', expected: 'token-not-refreshed' },
  // 8: camunda#13832
  { name: '8 text/html 401', text: 'io.grpc.StatusRuntimeException: UNAUTHENTICATED: HTTP status code 401\ninvalid content-type: text/html', expected: 'refresh-storm' },
  // 9: tasklist-client-java#11, spring-zeebe#565
  { name: '9 tasklist 429', text: 'io.camunda.tasklist.exception.TaskListException: Error 429 obtaining access token : Too Many Requests', expected: '429-too-many-requests' },
  // 10: camunda#13531
  { name: '10 deadline', text: 'Error: rpc error: code = Canceled desc = failed to apply token: failed to obtain access token: Post "https://login.cloud.camunda.io/oauth/token": context deadline exceeded', expected: 'token-endpoint-unreachable' },
  // 11: zeebe-node#319, #283
  { name: '11 self signed', text: "RequestError: self signed certificate in certificate chain\n    at ClientRequest.<anonymous> { code: 'SELF_SIGNED_CERT_IN_CHAIN' }", expected: 'tls-interception' },
  { name: '11 first certificate', text: 'Error: unable to verify the first certificate', expected: 'tls-interception' },
  // 12: camunda#35918, #30386, #12192
  { name: '12 absolute URI', text: "java.lang.IllegalArgumentException: 'grpcAddress' must be an absolute URI", expected: 'address-format' },
  { name: '12 resolve host http', text: 'io.grpc.StatusRuntimeException: UNAVAILABLE: Unable to resolve host http', expected: 'address-format' },
  { name: '12 name resolution', text: '[worker-1] ERROR: Grpc Stream Error: 14 UNAVAILABLE: Name resolution failed for target dns:zeebe.xxx.com/gateway:26500 - zeebe.xxx.com/gateway:26500', expected: 'address-format' },
  // 13: camunda-8-js-sdk#153, #464, spring-zeebe#751
  { name: '13 missing CAMUNDA_OAUTH_URL', text: 'Error: Missing required configuration CAMUNDA_OAUTH_URL', expected: 'credentials-missing' },
  { name: '13 supply a value', text: 'You need to supply a value for at at least one of ZEEBE_CLIENT_ID or CAMUNDA_CONSOLE_CLIENT_ID', expected: 'credentials-missing' },
  { name: '13 Spring', text: 'Unable to determine authentication. Please check your configuration', expected: 'credentials-missing' },
  { name: '13 gateway', text: 'UNAUTHENTICATED: Expected bearer token at header with key [authorization], but found nothing', expected: 'credentials-missing' },
  // 14: camunda#11522, spring-zeebe#1129, camunda#34470
  { name: '14 PERMISSION_DENIED', text: 'io.grpc.StatusRuntimeException: PERMISSION_DENIED: HTTP status code 403', expected: 'forbidden-403' },
  { name: '14 Operate 403', text: 'Response not successful: 403', expected: 'forbidden-403' },
  { name: '14 JWT payload', text: 'JWT payload validation failed', expected: 'forbidden-403' },
  // 15: camunda#16015, camunda-platform-helm#2373
  { name: '15 row text', text: 'Self-Managed scope errors, including Microsoft Entra ID', expected: 'idp-scope' },
  { name: '15 Helm with Entra', text: "Message: AADSTS70011: The provided request must include a 'scope' input parameter. The provided value for the input parameter 'scope' is not valid. The scope openid email profile console/.default is not valid.", expected: 'idp-scope' },
  // Entra's wording for a scope without /.default (seen in MicrosoftDocs/azure-docs#99862).
  { name: '15 Entra AADSTS', text: '{"error":"invalid_scope","error_description":"AADSTS1002012: The provided value for scope zeebe-api is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI)."}', expected: 'idp-scope' },
  // 16: zeebe-node#272, camunda#16038
  { name: '16 row text', text: 'Self-Managed: the token request refused because it was sent as JSON', expected: 'form-body-required' },
  { name: '16 415', text: 'the gateway responds with 415 Unsupported Media Type Error', expected: 'form-body-required' },
  // 17: camunda-8-js-sdk#89, #125, camunda#15047
  { name: '17 got 401', text: 'Response code 401 (Unauthorized) intermittently', expected: 'expiry-miscomputed' },
  { name: '17 used before', text: "io.camunda.zeebe.util.exception.UnrecoverableException: Authorization data unavailable: The Token can't be used before 2023-11-03T14:46:52Z.", expected: 'expiry-miscomputed' },
  // 18: camunda-8-js-sdk#509, #528, #612
  { name: '18 row text', text: "429, 503 or 500 from the cluster's REST API (not the token endpoint)", expected: 'cluster-backpressure' },
  { name: '18 RESOURCE_EXHAUSTED', text: '8 RESOURCE_EXHAUSTED: Reached maximum capacity of requests handled', expected: 'cluster-backpressure' },
];
