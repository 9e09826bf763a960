/**
 * Facts behind the Quickstart and the 429 procedure: what to install, which protocol each client
 * talks, and how to see each token request it makes. Same shape and rules as the other facts.
 */
import type { ClientFact } from './facts';

const fact = (f: Omit<ClientFact, 'confirmed'> & { confirmed?: boolean }): ClientFact => ({ confirmed: true, ...f });

export const QUICKSTART_FACTS: readonly ClientFact[] = [
  // --- packages and protocols ---
  fact({ id: 'java-package', client: 'java', topic: 'protocol', versions: '8.8 and newer',
    text: 'The Java client is io.camunda:camunda-client-java; it replaces the Zeebe Java client, which 8.10 removes. It talks gRPC or REST.',
    sources: ['javaGettingStarted88'] }),
  fact({ id: 'java-protocol-default', client: 'java', topic: 'protocol', versions: '8.8 (source and docs disagree)',
    text: 'Camunda’s 8.8 docs call REST the default, but the client builder’s source sets DEFAULT_PREFER_REST_OVER_GRPC = false, so gRPC unless you choose: preferRestOverGrpc(true), or CAMUNDA_PREFER_REST=true.',
    sources: ['javaGettingStarted88', 'javaBuilderImpl', 'javaEnvironment'] }),
  fact({ id: 'java-rest-job-poll', client: 'java', topic: 'protocol', versions: '8.8 and newer (current source checked)',
    text: 'With REST chosen, a job worker polls with POST /v2/jobs/activation, sending its requestTimeout and setting its HTTP response timeout to that plus an offset, so the server may hold the poll; a cluster with no waiting job answers {"jobs": []}.',
    sources: ['javaActivateJobs', 'activateJobsApi'] }),
  fact({ id: 'java-env-client', client: 'java', topic: 'config', versions: '8.8 and newer',
    text: 'CamundaClient.newClientBuilder().build() creates an OAuth credentials provider by itself when CAMUNDA_CLIENT_ID (or ZEEBE_CLIENT_ID) and the secret are set, and takes the addresses from CAMUNDA_GRPC_ADDRESS and CAMUNDA_REST_ADDRESS (or their ZEEBE_* names).',
    sources: ['javaBuilderImpl', 'javaEnvironment'] }),
  fact({ id: 'spring-package', client: 'spring', topic: 'protocol', versions: '8.8 (8.6 and 8.7: spring-boot-starter-camunda-sdk)',
    text: 'io.camunda:camunda-spring-boot-starter 8.8 replaces the Spring Zeebe SDK (io.camunda:spring-boot-starter-camunda-sdk of 8.6 and 8.7), which 8.10 removes; it needs JDK 17 and brings Spring Boot 3.5. Its job worker annotation is io.camunda.client.annotation.JobWorker.',
    sources: ['springGettingStarted88', 'springJobWorker', 'springDocs87'] }),
  fact({ id: 'spring-saas-mode', client: 'spring', topic: 'config', versions: '8.8 and newer',
    text: 'camunda.client.mode=saas fills in the token URL https://login.cloud.camunda.io/oauth/token, the audience zeebe.camunda.io and both addresses from the cluster id and region (default region bru-2).',
    sources: ['springSaasMode'] }),
  fact({ id: 'node-package', client: 'node', topic: 'protocol', versions: '@camunda8/sdk 8.8',
    text: 'new Camunda8() reads its settings from the environment. getCamundaRestClient() talks REST (getTopology() is GET /v2/topology); getZeebeGrpcApiClient() talks gRPC. With CAMUNDA_OAUTH_URL, a client id and a secret set, the SDK chooses OAuth by itself.',
    sources: ['nodeCamunda8', 'nodeAuthStrategy', 'nodeSdkDocs88'] }),
  fact({ id: 'python-package', client: 'python', topic: 'protocol', versions: 'pyzeebe 4.x (4.7.0 checked)',
    text: 'pyzeebe needs Python 3.10 or newer and talks gRPC only. create_camunda_cloud_channel() takes every argument from the environment when left out (region default bru-2, token URL default https://login.cloud.camunda.io/oauth/token, audience default zeebe.camunda.io); ZeebeClient(channel).topology() asks for the topology.',
    sources: ['pyzeebeChannel', 'pyzeebeClient', 'pyzeebeProject'] }),
  fact({ id: 'go-deprecated', client: 'go', topic: 'protocol', versions: 'official client up to 8.5; community module v8.6.0',
    text: 'Camunda deprecated its Go client and zbctl with 8.6: github.com/camunda/zeebe/clients/go/v8 is maintained only for versions up to 8.5. The code moved to the community module github.com/camunda-community-hub/zeebe-client-go/v8 (v8.6.0, Go 1.21 or newer). It talks gRPC only.',
    sources: ['goDeprecation86', 'goGetStarted'] }),
  fact({ id: 'go-env-client', client: 'go', topic: 'config', versions: 'zeebe-client-go 8.x',
    text: 'zbc.NewClient uses OAuth by itself when ZEEBE_CLIENT_ID or ZEEBE_CLIENT_SECRET is set; it asks for the token only when a call needs one.',
    sources: ['goClient', 'goOAuthProvider'] }),
  fact({ id: 'csharp-package', client: 'csharp', topic: 'protocol', versions: 'zb-client 2.x (2.10.0 checked)',
    text: 'zb-client is a community client that talks gRPC only; CamundaCloudClientBuilder.Builder().FromEnv().Build() connects it to SaaS. Camunda’s own C# SDK is a technical preview from 8.9.',
    sources: ['csharpProject', 'csharpBuilder'] }),
  // --- seeing each token request (the 429 procedure) ---
  fact({ id: 'java-token-log', client: 'java', topic: 'logging', versions: 'released 8.6 to 8.8',
    text: 'The OAuth credentials provider (logger io.camunda.client.impl.oauth.OAuthCredentialsProvider) writes no log line for a successful token request, only an ERROR when a fetch after a 401 fails. Every fetched token is written to the cache file (~/.camunda/credentials, or CAMUNDA_CLIENT_CONFIG_PATH), so each write of that file is one token request.',
    sources: ['javaOAuthProvider', 'javaOAuthCache', 'javaEnvironment'] }),
  fact({ id: 'node-token-log', client: 'node', topic: 'logging', versions: '@camunda8/sdk 8.6 and newer',
    text: 'With DEBUG=camunda:oauth the SDK prints "Making token request to the token endpoint" before each token request (the secret is redacted). CAMUNDA_LOG_LEVEL does not switch these lines on; they come from the debug package.',
    sources: ['nodeOAuthProvider', 'nodeConfiguration'] }),
  fact({ id: 'python-token-log', client: 'python', topic: 'logging', versions: 'pyzeebe 4.x',
    text: 'pyzeebe fetches tokens with requests_oauthlib, so urllib3’s logger urllib3.connectionpool at DEBUG writes one line per token request, naming the host and POST /oauth/token. pyzeebe’s own logger (pyzeebe.credentials.oauth) logs every call, not every fetch.',
    sources: ['pyzeebeOAuth', 'urllib3Pool'] }),
  fact({ id: 'go-token-log', client: 'go', topic: 'logging', versions: 'zeebe-client-go 8.x',
    text: 'The Go client logs only failures (with the standard log package). Each token it fetches is written to ~/.camunda/credentials (ZEEBE_CLIENT_CONFIG_PATH), so each write of that file is one token request.',
    sources: ['goOAuthProvider'] }),
  fact({ id: 'csharp-token-log', client: 'csharp', topic: 'logging', versions: 'zb-client 2.x',
    text: 'With a logger factory passed to UseLoggerFactory(...) at Debug level, the category Zeebe.Client.Impl.Builder.CamundaCloudTokenProvider logs "Received access token for <audience>" once per token request; the cache (~/.zeebe/credentials) logs at Trace.',
    sources: ['csharpTokenProvider', 'csharpTokenCache', 'csharpBuilder'] }),
];
