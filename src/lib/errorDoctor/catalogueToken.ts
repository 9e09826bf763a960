/**
 * Cases that fail at the token step (the authorization server), with the evidence each one leaves.
 * Ids are the heading ids on the Troubleshooting page. Weights: 5-6 a phrase only this failure
 * prints, 3-4 strong evidence, 1-2 evidence shared with other cases; a case needs 4 to be shown.
 */
import type { DoctorCase } from './types';


export const TOKEN_CASES: DoctorCase[] = [
  {
    id: '401-invalid_client-wrong-or-rotated-secret',
    title: '401 invalid_client: wrong or rotated secret',
    cause: 'The token endpoint does not accept the client id and secret pair.',
    nextCheck: 'Compare the secret your program reads with the credentials file, then run the curl token request with it.',
    signals: [
      { any: ['oauth:invalid_client', 'oauth:unauthorized_client'], weight: 5 },
      { any: ['phrase:invalid client secret', 'phrase:invalid client credentials', 'phrase:client authentication failed', 'phrase:bad credentials'], weight: 4 },
      { any: ['exc:InvalidCamundaCloudCredentialsError', 'exc:InvalidOAuthCredentialsError', 'phrase:invalidcamundacloudcredentialserror'], weight: 4 },
      { any: ['http:401'], all: ['step:token'], weight: 3 },
      { any: ['http:401'], unless: ['step:cluster'], weight: 1 },
      { any: ['phrase:cooldown', 'phrase:backoff'], all: ['http:401'], weight: 1 },
    ],
  },
  {
    id: 'client-built-audience',
    title: 'The client asked for the wrong audience (403 or "Invalid credentials supplied for cluster")',
    cause: 'The client built an audience SaaS does not know (the bare cluster id, or the address with :443).',
    nextCheck: 'Set the audience to zeebe.camunda.io (ZEEBE_TOKEN_AUDIENCE) or upgrade the client; decode the token request to see what it sent.',
    signals: [
      { any: ['http:403'], all: ['step:token'], weight: 4 },
      { any: ['exc:InvalidCamundaCloudCredentialsError', 'phrase:invalidcamundacloudcredentialserror'], weight: 4 },
      { any: ['phrase:invalid credentials supplied for cluster'], weight: 1 },
      { any: ['oauth:access_denied'], weight: 3 },
      { any: ['phrase:service not found'], weight: 3 },
      { any: ['phrase:audience'], all: ['step:token'], weight: 1 },
    ],
  },
  {
    id: 'token-url-not-found',
    title: 'Token URL answers 404 (a failure hidden as CANCELLED)',
    cause: 'The client posts to a token URL that does not exist, often taken from a stray ZEEBE_* variable.',
    nextCheck: 'Print the token URL the client uses and compare it with ZEEBE_AUTHORIZATION_SERVER_URL in the credentials file; unset leftover ZEEBE_* variables.',
    signals: [
      { any: ['http:404'], all: ['step:token'], weight: 5 },
      { any: ['http:404'], unless: ['step:token', 'step:cluster'], weight: 2 },
      { any: ['grpc:CANCELLED'], all: ['step:token'], weight: 1 },
      { any: ['env:any'], all: ['http:404'], weight: 1 },
    ],
  },
  {
    id: '429-too-many-requests',
    title: '429 Too Many Requests from the token endpoint',
    cause: 'Too many token requests from one address: every request counts, good or bad.',
    nextCheck: 'Find the process that asks for a token too often (no cache, a retry loop, many clients per process) and back off on 429.',
    signals: [
      { any: ['http:429'], unless: ['step:cluster'], weight: 4 },
      { any: ['http:429'], all: ['step:token'], weight: 2 },
      { any: ['phrase:rate limit', 'phrase:ratelimit', 'phrase:flood of token requests'], weight: 2 },
    ],
  },
  {
    id: 'token-endpoint-unreachable',
    title: 'Token endpoint unreachable (time-out, proxy, firewall)',
    cause: 'The token request never gets an answer: a proxy, a firewall or DNS stands between the client and the token endpoint.',
    nextCheck: 'From the same machine, run curl against the token URL; behind a proxy, give the client its settings (Java: -Dhttps.proxyHost and -Dhttps.proxyPort).',
    signals: [
      { any: ['phrase:context deadline exceeded', 'phrase:timed out', 'phrase:timeout', 'errno:ETIMEDOUT', 'errno:ECONNRESET', 'errno:ECONNREFUSED', 'errno:EHOSTUNREACH', 'exc:SocketTimeoutException', 'exc:ConnectException', 'exc:HttpConnectTimeoutException'], weight: 3 },
      { any: ['host:token', 'phrase:failed to obtain access token', 'phrase:requesting access token'], all: ['step:unreachable'], weight: 3 },
      { any: ['phrase:proxy'], weight: 2 },
      { any: ['grpc:DEADLINE_EXCEEDED'], weight: 1 },
    ],
  },
  {
    id: 'tls-interception',
    title: 'Certificate errors on the token request (TLS inspection)',
    cause: 'A TLS-inspecting proxy or firewall re-signs the connection, and the client does not trust its root certificate for the token request.',
    nextCheck: 'Give the token request the proxy’s root certificate too (Node SDK: CAMUNDA_CUSTOM_ROOT_CERT_PATH; zeebe-node: oAuth.customRootCert; Java: the JVM trust store).',
    signals: [
      { any: ['tls:SELF_SIGNED_CERT_IN_CHAIN', 'tls:UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'tls:UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'tls:DEPTH_ZERO_SELF_SIGNED_CERT', 'tls:UNABLE_TO_GET_ISSUER_CERT', 'tls:CERT_UNTRUSTED'], weight: 6 },
      { any: ['phrase:self signed certificate', 'phrase:self-signed certificate', 'phrase:unable to verify the first certificate', 'phrase:pkix path building failed', 'phrase:unable to find valid certification path', 'phrase:certificate signed by unknown authority', 'phrase:unable to get local issuer certificate', 'phrase:ssl certificate problem'], weight: 5 },
      { any: ['exc:SSLHandshakeException', 'exc:CertPathBuilderException', 'exc:SunCertPathBuilderException'], weight: 3 },
      { any: ['phrase:x509'], weight: 2 },
    ],
  },
  {
    id: 'idp-scope',
    title: 'Self-Managed: the identity provider needs a scope (Microsoft Entra ID and others)',
    cause: 'The identity provider refuses a client-credentials request without the scope it expects (Entra: <application id>/.default).',
    nextCheck: 'Set the client’s token scope (ZEEBE_TOKEN_SCOPE / CAMUNDA_TOKEN_SCOPE; zbctl: --scope) to what the provider expects.',
    signals: [
      { any: ['oauth:invalid_scope', 'oauth:invalid_target'], weight: 5 },
      { any: ['idp:AADSTS70011', 'idp:AADSTS1002012', 'idp:AADSTS500011', 'idp:AADSTS90009'], weight: 3 },
      { any: ['idp:aadsts', 'host:entra'], weight: 2 },
      { any: ['phrase:/.default', 'phrase:scope error', 'phrase:scopes error', 'phrase:scope is not valid', 'phrase:provided value for the input parameter'], weight: 3 },
      { any: ['phrase:entra', 'phrase:azure ad', 'phrase:azuread'], weight: 2 },
    ],
  },
  {
    id: 'form-body-required',
    title: 'Self-Managed: token request refused because it was sent as JSON',
    cause: 'The identity provider (Keycloak, Entra and others) accepts only form-encoded token requests; some clients send JSON.',
    nextCheck: 'Use a client or setting that sends application/x-www-form-urlencoded, or test with curl -d to see the difference.',
    signals: [
      { any: ['http:415', 'phrase:unsupported media type'], weight: 5 },
      { any: ['phrase:missing form parameter', 'phrase:request body must contain the following parameter', 'phrase:sent as json', 'phrase:as a json body'], weight: 5 },
      { any: ['oauth:unsupported_grant_type'], weight: 3 },
      { any: ['phrase:x-www-form-urlencoded', 'phrase:form data', 'phrase:form body'], weight: 2 },
      { any: ['oauth:invalid_request'], all: ['ctype:json'], weight: 2 },
    ],
  },
  {
    id: '503-during-maintenance',
    title: '503 from the token endpoint (maintenance)',
    cause: 'The token endpoint is briefly unavailable; the credentials are fine.',
    nextCheck: 'Keep using a cached token while it is valid and retry later with growing pauses.',
    signals: [
      { any: ['http:503', 'http:502'], all: ['step:token'], weight: 4 },
      { any: ['http:503'], unless: ['step:cluster'], weight: 2 },
      { any: ['phrase:maintenance'], weight: 3 },
    ],
  },
];
