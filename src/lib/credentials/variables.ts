/**
 * Every variable and property we know that carries part of a client's credentials: where it comes
 * from, what it holds, and which official clients read it. The parser resolves keys with it and
 * the guide's reference table is generated from it, so the two cannot drift apart.
 */

/** The part of the credentials a variable feeds. `mode` and `name` are not part of `Credentials`. */
export type CredentialField =
  | 'clientId'
  | 'clientSecret'
  | 'clusterId'
  | 'region'
  | 'audience'
  | 'authorizationServerUrl'
  | 'scopes'
  | 'zeebeGrpcAddress'
  | 'zeebeRestAddress'
  | 'tasklistBaseUrl'
  | 'operateBaseUrl'
  | 'optimizeBaseUrl'
  | 'mode'
  | 'name';

import type { CamundaVersionId } from '../camundaVersion';

export type ClientName = 'java' | 'spring' | 'node' | 'go' | 'zbctl' | 'python' | 'csharp';

export const CLIENT_LABELS: Record<ClientName, string> = {
  java: 'Java client',
  spring: 'Spring Boot starter',
  node: 'Node.js SDK (@camunda8/sdk)',
  go: 'Go client',
  zbctl: 'zbctl',
  python: 'pyzeebe',
  csharp: 'C# zb-client',
};

/**
 * - `classic`: the Console file's original names (`ZEEBE_*`, `CAMUNDA_*`).
 * - `8.8`: names newer Console files add (`ZEEBE_GRPC_ADDRESS`, `CAMUNDA_CLIENT_ID`, …).
 * - `spring`: Spring Boot starter settings (`camunda.client.*` and their `CAMUNDA_CLIENT_*` forms).
 * - `spring-legacy`: the starter's settings up to 8.5 (`zeebe.client.cloud.*`).
 * - `client`: read by some clients but never written by the Console.
 */
export type VariableGeneration = 'classic' | '8.8' | 'spring' | 'spring-legacy' | 'client';

export interface VariableInfo {
  name: string;
  /** `env` for environment variables, `property` for Spring properties (YAML or .properties). */
  kind: 'env' | 'property';
  generation: VariableGeneration;
  /** What the value feeds; absent for settings that are not credentials (cache paths). */
  field?: CredentialField;
  purpose: string;
  /** The expected shape, in words. */
  shape: string;
  example: string;
  readBy: ClientName[];
  secret?: boolean;
  /** Whether the Console's download contains it: always, only with the matching scope, or only in 8.8-era files. */
  inConsoleFile?: 'always' | 'with-scope' | '8.8';
  /** For gRPC addresses: whether a scheme (`grpcs://`, `https://`) is expected in front. */
  addressWithScheme?: boolean;
  /** The versions this row holds for, in words (e.g. "8.8 and newer"). */
  versions: string;
  /** The Camunda versions of the site's version choice for which the row is shown; default both. */
  camunda?: readonly CamundaVersionId[];
}

const UUID_EXAMPLE = '5c34c0a7-7f29-4424-8414-125615f7a9b9';
const ID_SHAPE = '32 characters from A-Z a-z 0-9 . _ ~ -';
const SECRET_SHAPE = '64 characters from A-Z a-z 0-9 . _ ~ -';
const ID_EXAMPLE = 'Xk3.qR7~w2_LmN9-pT4vB8cZ1yH6sJ0d';
const SECRET_EXAMPLE = '<64 characters, shown once when the client is created>';
const TOKEN_URL = 'https://login.cloud.camunda.io/oauth/token';

type Entry = Omit<VariableInfo, 'name' | 'versions'> & { versions?: string };

const DEFAULT_VERSIONS: Record<VariableGeneration, string> = {
  classic: 'all versions',
  '8.8': 'in Console files from 8.8; read by 8.6 and newer clients',
  client: '8.6 and newer',
  spring: '8.6 and newer',
  'spring-legacy': '8.5 and older',
};

function env(name: string, entry: Entry): VariableInfo {
  return { name, ...entry, versions: entry.versions ?? DEFAULT_VERSIONS[entry.generation] };
}

const ONLY_88: readonly CamundaVersionId[] = ['8.8'];
const ONLY_87: readonly CamundaVersionId[] = ['8.7'];

export const VARIABLES: readonly VariableInfo[] = [
  // --- classic Console file, in the Console's order ---
  env('ZEEBE_ADDRESS', { kind: 'env', generation: 'classic', field: 'zeebeGrpcAddress', inConsoleFile: 'always', addressWithScheme: false,
    purpose: 'Where the cluster\'s Zeebe gRPC gateway listens. The Java client does not read it (it reads CAMUNDA_GRPC_ADDRESS or ZEEBE_GRPC_ADDRESS).', shape: '<cluster id>.<region>.zeebe.camunda.io:443 (no scheme)',
    example: `${UUID_EXAMPLE}.bru-2.zeebe.camunda.io:443`, readBy: ['node', 'go', 'zbctl', 'python', 'csharp'] }),
  env('ZEEBE_CLIENT_ID', { kind: 'env', generation: 'classic', field: 'clientId', inConsoleFile: 'always',
    purpose: 'The API client\'s id, sent to the token endpoint.', shape: ID_SHAPE, example: ID_EXAMPLE,
    readBy: ['java', 'node', 'go', 'zbctl', 'python', 'csharp'] }),
  env('ZEEBE_CLIENT_SECRET', { kind: 'env', generation: 'classic', field: 'clientSecret', inConsoleFile: 'always', secret: true,
    purpose: 'The API client\'s secret, sent with the id. Treat it like a password.', shape: SECRET_SHAPE, example: SECRET_EXAMPLE,
    readBy: ['java', 'node', 'go', 'zbctl', 'python', 'csharp'] }),
  env('ZEEBE_AUTHORIZATION_SERVER_URL', { kind: 'env', generation: 'classic', field: 'authorizationServerUrl', inConsoleFile: 'always',
    purpose: 'The token endpoint that exchanges id and secret for an access token.', shape: 'https URL', example: TOKEN_URL,
    readBy: ['java', 'go', 'zbctl', 'python', 'csharp'] }),
  env('ZEEBE_TOKEN_AUDIENCE', { kind: 'env', generation: 'classic', field: 'audience', inConsoleFile: 'always',
    purpose: 'The audience to ask for, which decides which API accepts the token. The C# client ignores it (its audience comes from the address); the Node.js SDK reads it from 8.6.31.', shape: 'zeebe.camunda.io', example: 'zeebe.camunda.io',
    readBy: ['java', 'node', 'go', 'zbctl', 'python'] }),
  env('CAMUNDA_CLUSTER_ID', { kind: 'env', generation: 'classic', field: 'clusterId', inConsoleFile: 'always',
    purpose: 'The cluster\'s id; part of every address.', shape: 'UUID', example: UUID_EXAMPLE, readBy: ['python'] }),
  env('CAMUNDA_CLUSTER_REGION', { kind: 'env', generation: 'classic', field: 'region', inConsoleFile: 'always',
    purpose: 'The region the cluster runs in; part of every address.', shape: 'lower-case region id such as bru-2', example: 'bru-2',
    readBy: ['python'] }),
  env('CAMUNDA_CREDENTIALS_SCOPES', { kind: 'env', generation: 'classic', field: 'scopes', inConsoleFile: 'always',
    purpose: 'Which APIs this client may call, as chosen in the Console. For your information; clients do not read it.',
    shape: '8.7 and older: Zeebe, Tasklist, Operate, Optimize, Secrets; 8.8 and newer: the Orchestration Cluster API, Optimize API and Administration API scopes', example: 'Zeebe,Tasklist', readBy: [] }),
  env('CAMUNDA_TASKLIST_BASE_URL', { kind: 'env', generation: 'classic', field: 'tasklistBaseUrl', inConsoleFile: 'with-scope',
    purpose: 'Base URL of the Tasklist API (only with the Tasklist scope).', shape: 'https://<region>.tasklist.camunda.io/<cluster id>',
    example: `https://bru-2.tasklist.camunda.io/${UUID_EXAMPLE}`, readBy: ['node'] }),
  env('CAMUNDA_OPTIMIZE_BASE_URL', { kind: 'env', generation: 'classic', field: 'optimizeBaseUrl', inConsoleFile: 'with-scope',
    purpose: 'Base URL of the Optimize API (only with the Optimize scope).', shape: 'https://<region>.optimize.camunda.io/<cluster id>',
    example: `https://bru-2.optimize.camunda.io/${UUID_EXAMPLE}`, readBy: ['node'] }),
  env('CAMUNDA_OPERATE_BASE_URL', { kind: 'env', generation: 'classic', field: 'operateBaseUrl', inConsoleFile: 'with-scope',
    purpose: 'Base URL of the Operate API (only with the Operate scope).', shape: 'https://<region>.operate.camunda.io/<cluster id>',
    example: `https://bru-2.operate.camunda.io/${UUID_EXAMPLE}`, readBy: ['node'] }),
  env('CAMUNDA_OAUTH_URL', { kind: 'env', generation: 'classic', field: 'authorizationServerUrl', inConsoleFile: 'always',
    purpose: 'The token endpoint again, under the name the Node.js SDK reads. Must equal ZEEBE_AUTHORIZATION_SERVER_URL.',
    shape: 'https URL', example: TOKEN_URL, readBy: ['node', 'python'] }),
  // --- names newer (8.8-era) Console files add ---
  env('ZEEBE_GRPC_ADDRESS', { kind: 'env', generation: '8.8', field: 'zeebeGrpcAddress', inConsoleFile: '8.8', addressWithScheme: true,
    purpose: 'The gRPC gateway address with its scheme.', shape: 'grpcs://<cluster id>.<region>.zeebe.camunda.io:443',
    example: `grpcs://${UUID_EXAMPLE}.bru-2.zeebe.camunda.io:443`, readBy: ['java', 'node'] }),
  env('ZEEBE_REST_ADDRESS', { kind: 'env', generation: '8.8', field: 'zeebeRestAddress', inConsoleFile: '8.8',
    purpose: 'The cluster\'s REST API (Orchestration Cluster API).', shape: 'https://<region>.zeebe.camunda.io/<cluster id>',
    example: `https://bru-2.zeebe.camunda.io/${UUID_EXAMPLE}`, readBy: ['java', 'node'] }),
  env('CAMUNDA_CLIENT_ID', { kind: 'env', generation: '8.8', field: 'clientId', inConsoleFile: '8.8',
    purpose: 'The client id under the newer name.', shape: ID_SHAPE, example: ID_EXAMPLE, readBy: ['java', 'python'] }),
  env('CAMUNDA_CLIENT_SECRET', { kind: 'env', generation: '8.8', field: 'clientSecret', inConsoleFile: '8.8', secret: true,
    purpose: 'The client secret under the newer name.', shape: SECRET_SHAPE, example: SECRET_EXAMPLE, readBy: ['java', 'python'] }),
  // --- Spring Boot settings written as environment variables (also in 8.8-era files) ---
  env('CAMUNDA_CLIENT_MODE', { kind: 'env', generation: 'spring', field: 'mode', inConsoleFile: '8.8',
    purpose: 'Tells the Spring Boot starter to connect to SaaS.', shape: 'saas', example: 'saas', readBy: ['spring'] }),
  env('CAMUNDA_CLIENT_AUTH_CLIENTID', { kind: 'env', generation: 'spring', field: 'clientId', inConsoleFile: '8.8',
    purpose: 'camunda.client.auth.client-id as an environment variable.', shape: ID_SHAPE, example: ID_EXAMPLE, readBy: ['spring'] }),
  env('CAMUNDA_CLIENT_AUTH_CLIENTSECRET', { kind: 'env', generation: 'spring', field: 'clientSecret', inConsoleFile: '8.8', secret: true,
    purpose: 'camunda.client.auth.client-secret as an environment variable.', shape: SECRET_SHAPE, example: SECRET_EXAMPLE, readBy: ['spring'] }),
  env('CAMUNDA_CLIENT_CLOUD_CLUSTERID', { kind: 'env', generation: 'spring', versions: '8.8 and newer', camunda: ONLY_88, field: 'clusterId', inConsoleFile: '8.8',
    purpose: 'camunda.client.cloud.cluster-id as an environment variable.', shape: 'UUID', example: UUID_EXAMPLE, readBy: ['spring'] }),
  env('CAMUNDA_CLIENT_CLOUD_REGION', { kind: 'env', generation: 'spring', versions: '8.8 and newer', camunda: ONLY_88, field: 'region', inConsoleFile: '8.8',
    purpose: 'camunda.client.cloud.region as an environment variable.', shape: 'region id such as bru-2', example: 'bru-2', readBy: ['spring'] }),
  env('CAMUNDA_CLIENT_CLUSTERID', { kind: 'env', generation: 'spring', field: 'clusterId', versions: '8.6 and 8.7', camunda: ONLY_87,
    purpose: 'camunda.client.cluster-id as an environment variable.', shape: 'UUID', example: UUID_EXAMPLE, readBy: ['spring'] }),
  env('CAMUNDA_CLIENT_REGION', { kind: 'env', generation: 'spring', field: 'region', versions: '8.6 and 8.7', camunda: ONLY_87,
    purpose: 'camunda.client.region as an environment variable.', shape: 'region id such as bru-2', example: 'bru-2', readBy: ['spring'] }),
  // --- read by clients, never written by the Console ---
  env('CAMUNDA_TOKEN_AUDIENCE', { kind: 'env', generation: 'client', field: 'audience',
    purpose: 'The audience under the newer name.', shape: 'zeebe.camunda.io', example: 'zeebe.camunda.io', readBy: ['java', 'python'] }),
  env('CAMUNDA_AUTHORIZATION_SERVER_URL', { kind: 'env', generation: 'client', field: 'authorizationServerUrl',
    purpose: 'The token endpoint under the newer name.', shape: 'https URL', example: TOKEN_URL, readBy: ['java'] }),
  env('CAMUNDA_GRPC_ADDRESS', { kind: 'env', generation: 'client', field: 'zeebeGrpcAddress', addressWithScheme: true,
    purpose: 'The Java client\'s gRPC address (falls back to ZEEBE_GRPC_ADDRESS).', shape: 'grpcs://<cluster id>.<region>.zeebe.camunda.io:443',
    example: `grpcs://${UUID_EXAMPLE}.bru-2.zeebe.camunda.io:443`, readBy: ['java'] }),
  env('CAMUNDA_REST_ADDRESS', { kind: 'env', generation: 'client', field: 'zeebeRestAddress',
    purpose: 'The Java client\'s REST address (falls back to ZEEBE_REST_ADDRESS).', shape: 'https://<region>.zeebe.camunda.io/<cluster id>',
    example: `https://bru-2.zeebe.camunda.io/${UUID_EXAMPLE}`, readBy: ['java'] }),
  env('CAMUNDA_TOKEN_SCOPE', { kind: 'env', generation: 'client',
    purpose: 'An OAuth scope to send with the token request; SaaS needs none, some identity providers (Microsoft Entra ID) do.', shape: 'scope string such as <id>/.default', example: 'api://camunda/.default', readBy: ['java', 'node'] }),
  env('ZEEBE_TOKEN_SCOPE', { kind: 'env', generation: 'client',
    purpose: 'The token scope under the older name (the Java client\'s fallback, and the Go client).', shape: 'scope string', example: 'api://camunda/.default', readBy: ['java', 'go', 'zbctl'] }),
  env('ZEEBE_SECURE_CONNECTION', { kind: 'env', generation: 'client',
    purpose: 'TLS on or off, as written in the Node.js SDK\'s Self-Managed examples and read by the older zeebe-node client. The SDK\'s own switches are CAMUNDA_SECURE_CONNECTION and ZEEBE_INSECURE_CONNECTION. SaaS always needs TLS.', shape: 'true or false', example: 'false', readBy: [] }),
  env('CAMUNDA_ZEEBE_OAUTH_AUDIENCE', { kind: 'env', generation: 'client', field: 'audience',
    purpose: 'The Node.js SDK\'s own name for the Zeebe audience (the only one 8.6.0 reads; wins over ZEEBE_TOKEN_AUDIENCE).', shape: 'zeebe.camunda.io', example: 'zeebe.camunda.io', readBy: ['node'] }),
  env('CAMUNDA_TOKEN_CACHE_DIR', { kind: 'env', generation: 'client',
    purpose: 'Where the Node.js SDK caches tokens on disk.', shape: 'directory path', example: '~/.camunda', readBy: ['node'] }),
  env('CAMUNDA_TOKEN_DISK_CACHE_DISABLE', { kind: 'env', generation: 'client',
    purpose: 'Turns the Node.js SDK\'s disk cache off (memory only).', shape: 'true or false', example: 'true', readBy: ['node'] }),
  // --- Spring Boot starter properties ---
  env('camunda.client.mode', { kind: 'property', generation: 'spring', field: 'mode',
    purpose: 'Connect to SaaS.', shape: 'saas', example: 'saas', readBy: ['spring'] }),
  env('camunda.client.auth.client-id', { kind: 'property', generation: 'spring', field: 'clientId',
    purpose: 'The client id.', shape: ID_SHAPE, example: ID_EXAMPLE, readBy: ['spring'] }),
  env('camunda.client.auth.client-secret', { kind: 'property', generation: 'spring', field: 'clientSecret', secret: true,
    purpose: 'The client secret.', shape: SECRET_SHAPE, example: SECRET_EXAMPLE, readBy: ['spring'] }),
  env('camunda.client.cloud.cluster-id', { kind: 'property', generation: 'spring', versions: '8.8 and newer', camunda: ONLY_88, field: 'clusterId',
    purpose: 'The cluster id; the starter builds the addresses from it.', shape: 'UUID', example: UUID_EXAMPLE, readBy: ['spring'] }),
  env('camunda.client.cloud.region', { kind: 'property', generation: 'spring', versions: '8.8 and newer', camunda: ONLY_88, field: 'region',
    purpose: 'The cluster\'s region (bru-2 when left out).', shape: 'region id such as bru-2', example: 'bru-2', readBy: ['spring'] }),
  env('camunda.client.auth.token-url', { kind: 'property', generation: 'spring', versions: '8.8 and newer', camunda: ONLY_88, field: 'authorizationServerUrl',
    purpose: 'The token endpoint; SaaS mode fills it in.', shape: 'https URL', example: TOKEN_URL, readBy: ['spring'] }),
  env('camunda.client.auth.audience', { kind: 'property', generation: 'spring', field: 'audience',
    purpose: 'The audience; SaaS mode fills it in.', shape: 'zeebe.camunda.io', example: 'zeebe.camunda.io', readBy: ['spring'] }),
  env('camunda.client.grpc-address', { kind: 'property', generation: 'spring', versions: '8.8 and newer', camunda: ONLY_88, field: 'zeebeGrpcAddress', addressWithScheme: true,
    purpose: 'The gRPC address; SaaS mode derives it.', shape: 'https://<cluster id>.<region>.zeebe.camunda.io:443',
    example: `https://${UUID_EXAMPLE}.bru-2.zeebe.camunda.io:443`, readBy: ['spring'] }),
  env('camunda.client.rest-address', { kind: 'property', generation: 'spring', versions: '8.8 and newer', camunda: ONLY_88, field: 'zeebeRestAddress',
    purpose: 'The REST address; SaaS mode derives it.', shape: 'https://<region>.zeebe.camunda.io/<cluster id>',
    example: `https://bru-2.zeebe.camunda.io/${UUID_EXAMPLE}`, readBy: ['spring'] }),
  env('camunda.client.cluster-id', { kind: 'property', generation: 'spring', versions: '8.6 and 8.7', camunda: ONLY_87, field: 'clusterId',
    purpose: 'The cluster id (8.6 and 8.7; camunda.client.cloud.cluster-id from 8.8).', shape: 'UUID', example: UUID_EXAMPLE, readBy: ['spring'] }),
  env('camunda.client.region', { kind: 'property', generation: 'spring', versions: '8.6 and 8.7', camunda: ONLY_87, field: 'region',
    purpose: 'The region (8.6 and 8.7; camunda.client.cloud.region from 8.8).', shape: 'region id such as bru-2', example: 'bru-2', readBy: ['spring'] }),
  env('camunda.client.auth.issuer', { kind: 'property', generation: 'spring', versions: '8.6 and 8.7', camunda: ONLY_87, field: 'authorizationServerUrl',
    purpose: 'The token endpoint (8.6 and 8.7; camunda.client.auth.token-url from 8.8); SaaS mode fills it in.', shape: 'https URL', example: TOKEN_URL, readBy: ['spring'] }),
  env('camunda.client.zeebe.grpc-address', { kind: 'property', generation: 'spring', versions: '8.6 and 8.7', camunda: ONLY_87, field: 'zeebeGrpcAddress', addressWithScheme: true,
    purpose: 'The gRPC address (8.6 and 8.7; camunda.client.grpc-address from 8.8); SaaS mode derives it.', shape: 'https://<cluster id>.<region>.zeebe.camunda.io:443',
    example: `https://${UUID_EXAMPLE}.bru-2.zeebe.camunda.io:443`, readBy: ['spring'] }),
  env('camunda.client.auth.credentials-cache-path', { kind: 'property', generation: 'spring',
    purpose: 'Where the token cache file lives.', shape: 'file path', example: '/tmp/camunda-credentials', readBy: ['spring'] }),
  // --- Spring Zeebe up to 8.5 ---
  env('zeebe.client.cloud.cluster-id', { kind: 'property', generation: 'spring-legacy', field: 'clusterId',
    purpose: 'The cluster id (8.5 and older).', shape: 'UUID', example: UUID_EXAMPLE, readBy: ['spring'] }),
  env('zeebe.client.cloud.client-id', { kind: 'property', generation: 'spring-legacy', field: 'clientId',
    purpose: 'The client id (8.5 and older).', shape: ID_SHAPE, example: ID_EXAMPLE, readBy: ['spring'] }),
  env('zeebe.client.cloud.client-secret', { kind: 'property', generation: 'spring-legacy', field: 'clientSecret', secret: true,
    purpose: 'The client secret (8.5 and older).', shape: SECRET_SHAPE, example: SECRET_EXAMPLE, readBy: ['spring'] }),
  env('zeebe.client.cloud.region', { kind: 'property', generation: 'spring-legacy', field: 'region',
    purpose: 'The region (8.5 and older; bru-2 when left out).', shape: 'region id such as bru-2', example: 'bru-2', readBy: ['spring'] }),
  env('zeebe.client.cloud.auth-url', { kind: 'property', generation: 'spring-legacy', field: 'authorizationServerUrl',
    purpose: 'The token endpoint (8.5 and older; has a SaaS default).', shape: 'https URL', example: TOKEN_URL, readBy: ['spring'] }),
];

/**
 * Settings the Node.js SDK reads that have nothing to do with credentials (logging, retries, TLS
 * files). Known, so they raise no "unknown variable" warning, but not checked and not in the table.
 */
export const OTHER_CLIENT_SETTINGS: ReadonlySet<string> = new Set([
  'CAMUNDA_AUTH_STRATEGY', 'CAMUNDA_LOG_LEVEL', 'CAMUNDA_TENANT_ID', 'CAMUNDA_SECURE_CONNECTION', 'CAMUNDA_OAUTH_TOKEN',
  'CAMUNDA_COOKIE_AUTH_URL', 'CAMUNDA_COOKIE_AUTH_USERNAME', 'CAMUNDA_COOKIE_AUTH_PASSWORD', 'CAMUNDA_BASIC_AUTH_USERNAME',
  'CAMUNDA_BASIC_AUTH_PASSWORD',
  'CAMUNDA_OAUTH_TOKEN_REFRESH_THRESHOLD_MS', 'CAMUNDA_OAUTH_FAIL_ON_ERROR', 'CAMUNDA_OAUTH_DISABLED',
  'CAMUNDA_CUSTOM_ROOT_CERT_PATH', 'CAMUNDA_CUSTOM_ROOT_CERT_STRING', 'CAMUNDA_CUSTOM_CERT_CHAIN_PATH',
  'CAMUNDA_CUSTOM_PRIVATE_KEY_PATH', 'CAMUNDA_CUSTOM_USER_AGENT_STRING', 'CAMUNDA_SUPPORT_LOG_ENABLED',
  'CAMUNDA_SUPPORT_LOG_FILE_PATH', 'CAMUNDA_MODELER_BASE_URL', 'CAMUNDA_CONSOLE_BASE_URL', 'CAMUNDA_CONSOLE_CLIENT_ID',
  'CAMUNDA_CONSOLE_CLIENT_SECRET', 'CAMUNDA_CONSOLE_OAUTH_AUDIENCE', 'CAMUNDA_TASKLIST_OAUTH_AUDIENCE',
  'CAMUNDA_OPERATE_OAUTH_AUDIENCE', 'CAMUNDA_OPTIMIZE_OAUTH_AUDIENCE', 'CAMUNDA_MODELER_OAUTH_AUDIENCE',
  'CAMUNDA_JOB_WORKER_MAX_BACKOFF_MS', 'ZEEBE_INSECURE_CONNECTION', 'ZEEBE_CLIENT_LOG_LEVEL', 'ZEEBE_CLIENT_LOG_TYPE',
  'ZEEBE_GRPC_CLIENT_RETRY', 'ZEEBE_GRPC_CLIENT_MAX_RETRIES', 'ZEEBE_GRPC_CLIENT_MAX_RETRY_TIMEOUT_SECONDS',
  'ZEEBE_GRPC_WORKER_LONGPOLL_SECONDS', 'ZEEBE_GRPC_WORKER_POLL_INTERVAL_MS', 'ZEEBE_GRPC_CLIENT_EAGER_CONNECT',
  'ZEEBE_GRPC_CLIENT_CONNECTION_TOLERANCE_MS', 'ZEEBE_GRPC_CLIENT_INITIAL_CONNECTION_TOLERANCE_MS',
  'ZEEBE_AUTH_REQUEST_TIMEOUT', 'ZEEBE_CLIENT_CONFIG_PATH',
]);

/** Keys of the playground's JSON shape (the `Credentials` field names) and what they feed. */
export const JSON_KEYS: Readonly<Record<string, CredentialField>> = {
  clientId: 'clientId', clientSecret: 'clientSecret', clusterId: 'clusterId', region: 'region', audience: 'audience',
  authorizationServerUrl: 'authorizationServerUrl', scopes: 'scopes', zeebeGrpcAddress: 'zeebeGrpcAddress',
  zeebeRestAddress: 'zeebeRestAddress', tasklistBaseUrl: 'tasklistBaseUrl', operateBaseUrl: 'operateBaseUrl',
  optimizeBaseUrl: 'optimizeBaseUrl', name: 'name',
};

