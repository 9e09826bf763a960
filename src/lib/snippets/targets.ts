/**
 * The catalogue of snippet targets: one entry per copy-paste block the site offers. The UI builds
 * its tabs from `group` (outer tabs) and `id` (inner tabs); the texts are shown next to the code.
 */

export const TARGET_IDS = [
  'java-camunda-client',
  'java-zeebe-client',
  'java-env',
  'spring-yaml',
  'spring-properties',
  'spring-legacy-yaml',
  'spring-legacy-properties',
  'node-sdk',
  'node-env',
  'go-client',
  'zbctl-flags',
  'zbctl-env',
  'python-pyzeebe',
  'csharp-builder',
  'csharp-env',
  'curl',
  'curl-json',
  'shell-export',
  'dotenv',
  'docker-compose',
  'kubernetes',
] as const;

export type TargetId = (typeof TARGET_IDS)[number];

/** Prism language names, as used in a fenced code block. */
export type SnippetLanguage = 'java' | 'yaml' | 'properties' | 'typescript' | 'bash' | 'go' | 'python' | 'csharp';

export const TARGET_GROUPS = ['java', 'spring', 'node', 'go', 'python', 'csharp', 'curl', 'shell', 'containers'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const GROUP_LABELS: Record<TargetGroup, string> = {
  java: 'Java',
  spring: 'Spring Boot',
  node: 'Node.js',
  go: 'Go / zbctl',
  python: 'Python',
  csharp: 'C#',
  curl: 'curl',
  shell: 'Shell / .env',
  containers: 'Containers',
};

export interface SnippetTarget {
  id: TargetId;
  /** Short tab label. */
  label: string;
  /** The outer tab this target sits in. */
  group: TargetGroup;
  language: SnippetLanguage;
  /** Where the snippet usually lives, if it is a file. */
  filename?: string;
  /** Client versions the snippet is written for. */
  versions?: string;
  /** What to install first (one line). */
  install: string;
  /** How this client gets, caches and refreshes its token. */
  caching: string;
  /** How to try the snippet against the local mock server before using a real cluster. */
  tryLocally: string;
}

const JAVA_CACHE =
  'The Java client keeps its token in memory and in a YAML file, ~/.camunda/credentials, keyed by client id; the builder’s credentialsCachePath moves it. Released clients (8.6 to 8.8) check the token before every call: when it is missing or expired they fetch a new one, and they fetch again after a 401; they have no early refresh and no backoff. Clients released from 2026 on refresh 30 seconds before expiry, retry with backoff and jitter, and wait as long as a Retry-After header says. Build one client per application and share it: every extra client instance can mean extra token requests.';
const SPRING_CACHE =
  'The starter builds a Java client for you, so the Java client’s cache applies: memory plus ~/.camunda/credentials, keyed by client id. Move that file with camunda.client.auth.credentials-cache-path, for example when the home directory of a container is read-only. The starter creates one client per application context, so all @JobWorker methods share one token.';
const NODE_CACHE =
  'The SDK holds one token per audience (Zeebe, Operate, Tasklist, …) in memory and on disk at ~/.camunda/oauth-token-<clientId>-<AUDIENCE>.json (written with file mode 0600 from 8.8.11). It treats the token as expired one second before exp, so it refreshes just in time, and concurrent calls share one in-flight token request. Change the folder with CAMUNDA_TOKEN_CACHE_DIR or switch the file off with CAMUNDA_TOKEN_DISK_CACHE_DISABLE=true. From 8.7.32 and 8.8.0, after a 401 from SaaS it writes a marker file, and later attempts with the same credentials wait 30 seconds before asking the token endpoint again. Create one Camunda8 object per process and take all clients from it.';
const GO_CACHE =
  'The Go client and zbctl store tokens in a YAML file, ~/.camunda/credentials, keyed by audience. They check the token before every call and fetch a new one when it is no longer valid (golang.org/x/oauth2 counts it as expired 10 seconds early), and again after an UNAUTHENTICATED answer. Java uses the same file keyed by client id and written differently, so the two tools spoil each other’s entries; point one of them elsewhere if you run both on one machine. Since 8.6 both are community-maintained; npm install -g zbctl installs an old 8.4.1 build.';
const PYTHON_CACHE =
  'pyzeebe keeps the token in memory only, so every new process starts with a token request. It asks for a new token 60 seconds before the old one expires. Long-lived workers are cheap; short scripts started in a loop are not: each start costs one request against the shared rate limit.';
const CSHARP_CACHE =
  'The C# client keeps the token in memory and in a file under ~/.zeebe/ keyed by audience (UsePersistedStoragePath changes the folder); it asks for a new one when the cached token has expired. Unlike the other clients it sends the token request as a JSON body. UseContactPoint also sets the audience to the cluster host (the legacy <clusterId>.<region>.zeebe.camunda.io form), which the token endpoint accepts.';
const CURL_CACHE =
  'curl caches nothing: every run asks for a new token, and every request counts against the limit of about one token request per second for your whole public IP address. Keep the token in a shell variable and reuse it for its lifetime (24 hours) instead of fetching one per call.';
const ENV_CACHE =
  'Environment variables only configure the client; caching is whatever the client that reads them does (see its tab). Remember that a container with a fresh file system has no token cache on disk: mount a volume for ~/.camunda if containers restart often.';

/** The mock listens on 127.0.0.1:8089 by default and prints a credentials file aimed at itself. */
const MOCK = 'Start the mock server with `npm run mock-server` (it listens on http://127.0.0.1:8089 and prints a credentials file whose token URL points at it) and load that file here';

export const TARGETS: readonly SnippetTarget[] = [
  {
    id: 'java-camunda-client', label: 'CamundaClient', group: 'java', language: 'java', filename: 'CamundaClientFactory.java', versions: '8.8 and newer',
    install: 'Maven: io.camunda:camunda-client-java (same version as your cluster).',
    caching: JAVA_CACHE,
    tryLocally: `${MOCK}. Environment variables override the cloud builder’s values by default, so export CAMUNDA_AUTHORIZATION_SERVER_URL pointing at the mock (see the environment-variable tab) and the builder asks the mock for its token.`,
  },
  {
    id: 'java-zeebe-client', label: 'ZeebeClient (legacy)', group: 'java', language: 'java', filename: 'ZeebeClientFactory.java', versions: '8.7 and older (deprecated in 8.8)',
    install: 'Maven: io.camunda:zeebe-client-java (same version as your cluster).',
    caching: JAVA_CACHE,
    tryLocally: `${MOCK}. As with CamundaClient, environment variables override the builder’s values: export ZEEBE_AUTHORIZATION_SERVER_URL pointing at the mock to aim the token request there.`,
  },
  {
    id: 'java-env', label: 'Environment variables', group: 'java', language: 'bash', versions: 'Java client 8.6 and newer: CAMUNDA_* names, each falling back to its ZEEBE_* name (never ZEEBE_ADDRESS)',
    install: 'Maven: io.camunda:camunda-client-java; then CamundaClient.newClientBuilder().build() reads these variables.',
    caching: JAVA_CACHE,
    tryLocally: `${MOCK}; the exported CAMUNDA_AUTHORIZATION_SERVER_URL then points at the mock, and the client fetches its token there on the first call.`,
  },
  {
    id: 'spring-yaml', label: 'application.yaml', group: 'spring', language: 'yaml', filename: 'src/main/resources/application.yaml', versions: '8.6 and newer (camunda.client.*; the names follow the Camunda version chosen on this page)',
    install: 'Maven: io.camunda:camunda-spring-boot-starter (8.8+) or io.camunda:spring-boot-starter-camunda-sdk (8.6, 8.7).',
    caching: SPRING_CACHE,
    tryLocally: `${MOCK}. SaaS mode fills in the real token URL; to try locally, the snippet sets camunda.client.auth.token-url (8.8 and newer) or camunda.client.auth.issuer (8.6 and 8.7) to the mock.`,
  },
  {
    id: 'spring-properties', label: 'application.properties', group: 'spring', language: 'properties', filename: 'src/main/resources/application.properties', versions: '8.6 and newer (camunda.client.*; the names follow the Camunda version chosen on this page)',
    install: 'Maven: io.camunda:camunda-spring-boot-starter (8.8+) or io.camunda:spring-boot-starter-camunda-sdk (8.6, 8.7).',
    caching: SPRING_CACHE,
    tryLocally: `${MOCK}. As for YAML: camunda.client.auth.token-url (8.8+) or camunda.client.auth.issuer (8.6, 8.7) points at the mock.`,
  },
  {
    id: 'spring-legacy-yaml', label: 'application.yaml (8.5)', group: 'spring', language: 'yaml', filename: 'src/main/resources/application.yaml', versions: '8.5 and older (zeebe.client.cloud.*)',
    install: 'Maven: the Spring Zeebe starter of your cluster’s version (spring-boot-starter-camunda).',
    caching: SPRING_CACHE,
    tryLocally: `${MOCK}. The 8.5 cloud properties cannot change the token URL; use the curl tab to try the credentials against the mock instead.`,
  },
  {
    id: 'spring-legacy-properties', label: 'application.properties (8.5)', group: 'spring', language: 'properties', filename: 'src/main/resources/application.properties', versions: '8.5 and older (zeebe.client.cloud.*)',
    install: 'Maven: the Spring Zeebe starter of your cluster’s version (spring-boot-starter-camunda).',
    caching: SPRING_CACHE,
    tryLocally: `${MOCK}. The 8.5 cloud properties cannot change the token URL; use the curl tab to try the credentials against the mock instead.`,
  },
  {
    id: 'node-sdk', label: 'Camunda8 (code)', group: 'node', language: 'typescript', filename: 'camunda.ts', versions: '@camunda8/sdk 8.6.14 and newer (getCamundaRestClient)',
    install: 'npm install @camunda8/sdk',
    caching: NODE_CACHE,
    tryLocally: `${MOCK}; the generated config then carries the mock's CAMUNDA_OAUTH_URL. A token needs no cluster: the SDK's OAuthProvider (Auth.OAuthProvider in @camunda8/sdk) fetches one with getHeaders('ZEEBE'), so you can see the token step succeed before any Zeebe call. The file also carries the mock's ZEEBE_REST_ADDRESS, so getCamundaRestClient().getTopology() then gets 200 from it.`,
  },
  {
    id: 'node-env', label: 'Environment variables', group: 'node', language: 'bash', versions: '@camunda8/sdk 8.6.31 and newer (ZEEBE_TOKEN_AUDIENCE; 8.6.0 reads CAMUNDA_ZEEBE_OAUTH_AUDIENCE)',
    install: 'npm install @camunda8/sdk; then new Camunda8() with no arguments reads these variables.',
    caching: NODE_CACHE,
    tryLocally: `${MOCK}; export the lines, and new Camunda8() will fetch its token from the mock; its REST client's calls (getTopology) go to the mock's ZEEBE_REST_ADDRESS and succeed.`,
  },
  {
    id: 'go-client', label: 'Go client', group: 'go', language: 'go', filename: 'main.go', versions: 'zeebe-client-go v8 (community-maintained since 8.6)',
    install: 'go get github.com/camunda-community-hub/zeebe-client-go/v8',
    caching: GO_CACHE,
    tryLocally: `${MOCK}; AuthorizationServerURL in the generated code then points at the mock.`,
  },
  {
    id: 'zbctl-flags', label: 'zbctl flags', group: 'go', language: 'bash', versions: 'zbctl 8.x (community-maintained since 8.6)',
    install: 'A zbctl binary from the zeebe-client-go releases (npm install -g zbctl installs an old 8.4.1 build).',
    caching: GO_CACHE,
    tryLocally: `${MOCK}; --authzUrl then points at the mock. zbctl status also needs a gRPC gateway, which the mock does not provide, so expect the token step to succeed and the call to fail.`,
  },
  {
    id: 'zbctl-env', label: 'Environment variables', group: 'go', language: 'bash', versions: 'zbctl and the Go client 8.x',
    install: 'zbctl from the zeebe-client-go releases, or the Go client; zbc.NewOAuthCredentialsProvider(&zbc.OAuthProviderConfig{}) reads these variables.',
    caching: GO_CACHE,
    tryLocally: `${MOCK}; ZEEBE_AUTHORIZATION_SERVER_URL then points at the mock.`,
  },
  {
    id: 'python-pyzeebe', label: 'pyzeebe', group: 'python', language: 'python', filename: 'worker.py', versions: 'pyzeebe 4.x',
    install: 'pip install pyzeebe',
    caching: PYTHON_CACHE,
    tryLocally: `${MOCK}. create_camunda_cloud_channel accepts authorization_server=..., which the generated code sets when you load the mock's credentials.`,
  },
  {
    id: 'csharp-builder', label: 'CamundaCloudClientBuilder', group: 'csharp', language: 'csharp', filename: 'Program.cs', versions: 'zb-client 2.x (community-maintained)',
    install: 'dotnet add package zb-client',
    caching: CSHARP_CACHE,
    tryLocally: `${MOCK}; UseAuthServer(...) in the generated code then points at the mock.`,
  },
  {
    id: 'csharp-env', label: 'FromEnv()', group: 'csharp', language: 'bash', versions: 'zb-client 2.x',
    install: 'dotnet add package zb-client; then CamundaCloudClientBuilder.Builder().FromEnv().Build() reads these variables.',
    caching: CSHARP_CACHE,
    tryLocally: `${MOCK}; ZEEBE_AUTHORIZATION_SERVER_URL then points at the mock.`,
  },
  {
    id: 'curl', label: 'Form body', group: 'curl', language: 'bash',
    install: 'curl, and jq to read the JSON answer (a sed fallback is included).',
    caching: CURL_CACHE,
    tryLocally: `${MOCK}, then paste the snippet into a terminal: the token request goes to the mock, and the topology call goes to the REST address it prints (ZEEBE_REST_ADDRESS), which answers 200 with a topology.`,
  },
  {
    id: 'curl-json', label: 'JSON body', group: 'curl', language: 'bash',
    install: 'curl, and jq to read the JSON answer (a sed fallback is included).',
    caching: CURL_CACHE,
    tryLocally: `${MOCK}, then paste the snippet into a terminal: the token request goes to the mock with a JSON body, as the C# client sends it.`,
  },
  {
    id: 'shell-export', label: 'export lines', group: 'shell', language: 'bash', filename: 'credentials.sh',
    install: 'Any POSIX shell: source the file (. ./credentials.sh) before starting your client.',
    caching: ENV_CACHE,
    tryLocally: `${MOCK}; the exported URLs then point at the mock, so any client started from this shell talks to it.`,
  },
  {
    id: 'dotenv', label: '.env file', group: 'shell', language: 'bash', filename: '.env',
    install: 'Loaded by dotenv libraries, Docker Compose (env_file) or set -a; . ./.env; set +a in a shell.',
    caching: ENV_CACHE,
    tryLocally: `${MOCK}; the file then carries the mock's URLs.`,
  },
  {
    id: 'docker-compose', label: 'Docker Compose', group: 'containers', language: 'yaml', filename: 'compose.yaml',
    install: 'Docker Compose v2. Replace the image with your worker’s image.',
    caching: ENV_CACHE,
    tryLocally: `${MOCK}. Inside a container, localhost is the container itself: use host.docker.internal (or the host's address) in the URLs.`,
  },
  {
    id: 'kubernetes', label: 'Kubernetes', group: 'containers', language: 'yaml', filename: 'camunda-credentials.yaml',
    install: 'kubectl apply -f camunda-credentials.yaml (keep the file out of version control, or use a secrets manager).',
    caching: ENV_CACHE,
    tryLocally: `${MOCK}. A pod cannot reach localhost on your machine: expose the mock on an address the cluster can reach.`,
  },
];

export function findTarget(id: string): SnippetTarget | undefined {
  return TARGETS.find((t) => t.id === id);
}

export function targetsInGroup(group: TargetGroup): SnippetTarget[] {
  return TARGETS.filter((t) => t.group === group);
}
