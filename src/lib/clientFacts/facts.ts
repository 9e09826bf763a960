/**
 * What the official clients read, where they keep tokens and when they fetch new ones, each with
 * the versions it holds for and where it was checked. Pages render these facts with their sources;
 * a unit test fails when a fact lacks either.
 */
import type { SourceId } from './sources';
import { QUICKSTART_FACTS } from './quickstartFacts';

export type FactClient = 'java' | 'spring' | 'node' | 'go' | 'zbctl' | 'python' | 'csharp' | 'saas';
export type FactTopic = 'config' | 'cache' | 'refresh' | 'retry' | 'release' | 'service' | 'protocol' | 'logging';

export interface ClientFact {
  id: string;
  client: FactClient;
  topic: FactTopic;
  /** One sentence, in the guide's words. */
  text: string;
  /** The versions the fact holds for, e.g. "8.6 to 8.8". */
  versions: string;
  sources: SourceId[];
  /** False when nothing confirms it; the page then says so. */
  confirmed: boolean;
}

const fact = (f: Omit<ClientFact, 'confirmed'> & { confirmed?: boolean }): ClientFact => ({ confirmed: true, ...f });

export const CLIENT_FACTS: readonly ClientFact[] = [
  // --- Java CamundaClient / ZeebeClient ---
  fact({ id: 'java-config', client: 'java', topic: 'config', versions: '8.6 and newer',
    text: 'Reads CAMUNDA_CLIENT_ID, CAMUNDA_CLIENT_SECRET, CAMUNDA_TOKEN_AUDIENCE, CAMUNDA_AUTHORIZATION_SERVER_URL, CAMUNDA_TOKEN_SCOPE, CAMUNDA_GRPC_ADDRESS and CAMUNDA_REST_ADDRESS, each falling back to its ZEEBE_* name (ZEEBE_GRPC_ADDRESS, ZEEBE_REST_ADDRESS, …). It never reads ZEEBE_ADDRESS.',
    sources: ['javaEnvironment'] }),
  fact({ id: 'java-cloud-builder', client: 'java', topic: 'config', versions: '8.8 and newer (CamundaClient)',
    text: 'The cloud builder (withClusterId, withClientId, withClientSecret, withRegion) asks for the audience <cluster id>.<region>.zeebe.camunda.io. Environment variables override builder values by default (applyEnvironmentOverrides), so CAMUNDA_AUTHORIZATION_SERVER_URL can redirect it.',
    sources: ['javaCloudBuilder', 'javaEnvironment'] }),
  fact({ id: 'java-cache', client: 'java', topic: 'cache', versions: '8.6 to 8.9 (8.10 makes the file opt-in)',
    text: 'Keeps tokens in memory and in the YAML file ~/.camunda/credentials, one entry per client id.',
    sources: ['javaOAuthCache'] }),
  fact({ id: 'java-refresh-released', client: 'java', topic: 'refresh', versions: 'released 8.6 to 8.8',
    text: 'Before every call, fetches a token when the cached one is missing or expired, and again after a 401. No early refresh, no backoff, no Retry-After.',
    sources: ['javaOAuthProvider'] }),
  fact({ id: 'java-refresh-2026', client: 'java', topic: 'refresh', versions: 'releases from 2026 on',
    text: 'Refreshes 30 seconds before expiry, retries failed token requests with backoff and jitter, and honours Retry-After.',
    sources: ['javaEarlyRefreshPr', 'javaRetryAfterPr'] }),
  fact({ id: 'java-shared-file', client: 'java', topic: 'cache', versions: 'Java client and zbctl of the issue’s time (2023)',
    text: 'Java and zbctl key their entries in ~/.camunda/credentials differently and serialise them differently; zbctl rewrote the Java entry with only its expiry, so each tool kept fetching new tokens.',
    sources: ['sharedCacheFileIssue'] }),
  // --- Spring Boot starter ---
  fact({ id: 'spring-config-88', client: 'spring', topic: 'config', versions: '8.8 and newer',
    text: 'camunda.client.mode=saas, camunda.client.auth.client-id, camunda.client.auth.client-secret, camunda.client.cloud.cluster-id, camunda.client.cloud.region, camunda.client.auth.token-url, and top-level camunda.client.grpc-address and camunda.client.rest-address.',
    sources: ['springDocs88'] }),
  fact({ id: 'spring-config-87', client: 'spring', topic: 'config', versions: '8.6 and 8.7',
    text: 'camunda.client.mode=saas, camunda.client.auth.client-id, camunda.client.auth.client-secret, camunda.client.cluster-id, camunda.client.region, camunda.client.auth.issuer and camunda.client.zeebe.grpc-address.',
    sources: ['springDocs87', 'springDocs86'] }),
  fact({ id: 'spring-config-85', client: 'spring', topic: 'config', versions: '8.5 and older (Spring Zeebe)',
    text: 'zeebe.client.cloud.cluster-id, zeebe.client.cloud.client-id, zeebe.client.cloud.client-secret and zeebe.client.cloud.region.',
    sources: ['springDocs86'] }),
  fact({ id: 'spring-cache', client: 'spring', topic: 'cache', versions: '8.6 and newer',
    text: 'Uses the Java client’s cache and refresh; camunda.client.auth.credentials-cache-path moves the cache file.',
    sources: ['springDocs88', 'javaOAuthCache'] }),
  // --- Node.js SDK ---
  fact({ id: 'node-config', client: 'node', topic: 'config', versions: '@camunda8/sdk 8.6 and newer',
    text: 'Reads ZEEBE_ADDRESS (preferred when set), ZEEBE_GRPC_ADDRESS, ZEEBE_REST_ADDRESS, ZEEBE_CLIENT_ID, ZEEBE_CLIENT_SECRET, CAMUNDA_OAUTH_URL, ZEEBE_TOKEN_AUDIENCE, CAMUNDA_TOKEN_SCOPE, CAMUNDA_TOKEN_CACHE_DIR, CAMUNDA_TOKEN_DISK_CACHE_DISABLE and CAMUNDA_SECURE_CONNECTION; not ZEEBE_AUTHORIZATION_SERVER_URL.',
    sources: ['nodeConfiguration'] }),
  fact({ id: 'node-audience', client: 'node', topic: 'release', versions: '@camunda8/sdk 8.6.31 and newer (8.6.0: CAMUNDA_ZEEBE_OAUTH_AUDIENCE only)',
    text: 'ZEEBE_TOKEN_AUDIENCE sets the Zeebe audience; earlier 8.6 releases read only CAMUNDA_ZEEBE_OAUTH_AUDIENCE.',
    sources: ['nodeConfiguration', 'nodeChangelog'] }),
  fact({ id: 'node-rest-client', client: 'node', topic: 'release', versions: 'getCamundaRestClient() from 8.6.14; getOrchestrationClusterApiClient() from 8.8',
    text: 'getCamundaRestClient() arrived in 8.6.14; for 8.8 there is getOrchestrationClusterApiClient() and the separate package @camunda8/orchestration-cluster-api.',
    sources: ['nodeChangelog'] }),
  fact({ id: 'node-cache', client: 'node', topic: 'cache', versions: '@camunda8/sdk 8.6 and newer (file mode 0600 from 8.8.11)',
    text: 'One token per audience, in memory and in ~/.camunda/oauth-token-<clientId>-<AUDIENCE>.json; the file is written with mode 0600 from 8.8.11.',
    sources: ['nodeOAuthProvider', 'nodeChangelog'] }),
  fact({ id: 'node-refresh', client: 'node', topic: 'refresh', versions: '@camunda8/sdk 8.6 and newer',
    text: 'Treats a token as expired 1 second before exp (CAMUNDA_OAUTH_TOKEN_REFRESH_THRESHOLD_MS) and lets concurrent requests share one fetch.',
    sources: ['nodeOAuthProvider', 'nodeConfiguration'] }),
  fact({ id: 'node-401-marker', client: 'node', topic: 'retry', versions: '@camunda8/sdk 8.7.32 and 8.8.0 and newer',
    text: 'After a 401 from SaaS it writes a marker file, and later attempts with the same credentials wait 30 seconds (SAAS_401_COOLDOWN_MS) before asking again.',
    sources: ['nodeOAuthProvider', 'nodeCooldownIssue'] }),
  // --- Go client and zbctl ---
  fact({ id: 'go-config', client: 'go', topic: 'config', versions: 'zeebe-client-go 8.x',
    text: 'Reads ZEEBE_ADDRESS, ZEEBE_CLIENT_ID, ZEEBE_CLIENT_SECRET, ZEEBE_TOKEN_AUDIENCE, ZEEBE_AUTHORIZATION_SERVER_URL and ZEEBE_TOKEN_SCOPE (environment variables override the values in code); zbctl takes the same as --address, --clientId, --clientSecret, --audience and --authzUrl.',
    sources: ['goOAuthProvider'] }),
  fact({ id: 'go-cache', client: 'go', topic: 'cache', versions: 'zeebe-client-go 8.x',
    text: 'Keeps tokens in the YAML file ~/.camunda/credentials, one entry per audience.',
    sources: ['goOAuthProvider'] }),
  fact({ id: 'go-refresh', client: 'go', topic: 'refresh', versions: 'zeebe-client-go 8.x',
    text: 'Checks the token before every call and fetches a new one when it is no longer valid; golang.org/x/oauth2 counts a token as expired 10 seconds early. It also fetches after an UNAUTHENTICATED answer.',
    sources: ['goOAuthProvider', 'goOAuth2Token'] }),
  fact({ id: 'zbctl-npm', client: 'zbctl', topic: 'release', versions: 'the zbctl npm package',
    text: 'npm install -g zbctl installs an old 8.4.1 build; take a current binary from the zeebe-client-go releases instead.',
    sources: ['goOAuthProvider'] }),
  // --- pyzeebe ---
  fact({ id: 'python-config', client: 'python', topic: 'config', versions: 'pyzeebe 4.x (environment variables from 4.1.0)',
    text: 'create_camunda_cloud_channel(client_id, client_secret, cluster_id, region); from 4.1.0 it also reads CAMUNDA_CLIENT_ID or ZEEBE_CLIENT_ID, CAMUNDA_CLIENT_SECRET or ZEEBE_CLIENT_SECRET, CAMUNDA_TOKEN_AUDIENCE or ZEEBE_TOKEN_AUDIENCE, CAMUNDA_OAUTH_URL or ZEEBE_AUTHORIZATION_SERVER_URL, CAMUNDA_CLUSTER_ID, CAMUNDA_CLUSTER_REGION and ZEEBE_ADDRESS.',
    sources: ['pyzeebeChannelUtils', 'pyzeebeChannel'] }),
  fact({ id: 'python-refresh', client: 'python', topic: 'refresh', versions: 'pyzeebe 4.x',
    text: 'Keeps the token in memory only and fetches a new one 60 seconds before expiry.',
    sources: ['pyzeebeOAuth'] }),
  // --- C# zb-client ---
  fact({ id: 'csharp-config', client: 'csharp', topic: 'config', versions: 'zb-client 2.x',
    text: 'FromEnv() reads only ZEEBE_ADDRESS, ZEEBE_CLIENT_ID, ZEEBE_CLIENT_SECRET and ZEEBE_AUTHORIZATION_SERVER_URL; the audience comes from the contact point, not from ZEEBE_TOKEN_AUDIENCE.',
    sources: ['csharpBuilder'] }),
  fact({ id: 'csharp-refresh', client: 'csharp', topic: 'refresh', versions: 'zb-client 2.x',
    text: 'Keeps the token in memory and in ~/.zeebe/credentials, one entry per audience, fetches a new one when it has expired, and sends the token request as JSON.',
    sources: ['csharpTokenProvider'] }),
  // --- the SaaS service itself: what is documented and what is not ---
  fact({ id: 'saas-rate-limit', client: 'saas', topic: 'service', versions: 'Camunda 8 SaaS',
    text: 'About one token request per second for all clients behind one source IP address; every request counts, successful or not; past the limit all requests from the address are blocked for a while with 429.',
    sources: ['clientCredentialsGuide'] }),
  fact({ id: 'saas-retry-after', client: 'saas', topic: 'service', versions: 'Camunda 8 SaaS', confirmed: false,
    text: 'Whether a 429 carries a Retry-After header is not documented and has not been seen.',
    sources: ['clientCredentialsGuide'] }),
  fact({ id: 'saas-block-duration', client: 'saas', topic: 'service', versions: 'Camunda 8 SaaS', confirmed: false,
    text: 'How long a block lasts is not documented.',
    sources: ['clientCredentialsGuide'] }),
  fact({ id: 'saas-error-body', client: 'saas', topic: 'service', versions: 'Camunda 8 SaaS', confirmed: false,
    text: 'The exact error body is not documented; the OAuth 2.0 shape {"error": "invalid_client", …} is the convention, not a confirmed answer.',
    sources: ['clientCredentialsGuide'] }),
  ...QUICKSTART_FACTS,
];

export function findFact(id: string): ClientFact | undefined {
  return CLIENT_FACTS.find((f) => f.id === id);
}

export const FACT_CLIENT_LABELS: Record<FactClient, string> = {
  java: 'Java client', spring: 'Spring Boot starter', node: 'Node.js SDK', go: 'Go client', zbctl: 'zbctl',
  python: 'pyzeebe', csharp: 'C# zb-client', saas: 'Camunda 8 SaaS',
};
