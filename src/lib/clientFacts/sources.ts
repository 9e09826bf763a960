/**
 * Where each client fact on this site was checked: a file in the client's public repository or a
 * page of Camunda's versioned docs. Facts point at these by id so one link serves many facts.
 */

export interface FactSource {
  /** Short text for the link, e.g. the file name. */
  title: string;
  url: string;
}

const CAMUNDA_JAVA = 'https://github.com/camunda/camunda/blob/main/clients/java/src/main/java/io/camunda/client/impl';
const NODE_SDK = 'https://github.com/camunda/camunda-8-js-sdk/blob/main';
const GO_CLIENT = 'https://github.com/camunda-community-hub/zeebe-client-go/blob/main';
const PYZEEBE = 'https://github.com/camunda-community-hub/pyzeebe/blob/master';
const CSHARP = 'https://github.com/camunda-community-hub/zeebe-client-csharp/blob/main/Client/Impl/Builder';
const DOCS = 'https://docs.camunda.io/docs';
const JAVA_CLIENT = 'https://github.com/camunda/camunda/blob/main/clients/java/src/main/java/io/camunda/client';

export const SOURCES = {
  javaEnvironment: { title: 'CamundaClientEnvironmentVariables.java', url: `${CAMUNDA_JAVA}/CamundaClientEnvironmentVariables.java` },
  javaCloudBuilder: { title: 'CamundaClientCloudBuilderImpl.java', url: `${CAMUNDA_JAVA}/CamundaClientCloudBuilderImpl.java` },
  javaOAuthProvider: { title: 'OAuthCredentialsProvider.java', url: `${CAMUNDA_JAVA}/oauth/OAuthCredentialsProvider.java` },
  javaOAuthCache: { title: 'OAuthCredentialsCache.java', url: `${CAMUNDA_JAVA}/oauth/OAuthCredentialsCache.java` },
  javaEarlyRefreshPr: { title: 'camunda/camunda pull request #50599', url: 'https://github.com/camunda/camunda/pull/50599' },
  javaRetryAfterPr: { title: 'camunda/camunda pull request #50669', url: 'https://github.com/camunda/camunda/pull/50669' },
  sharedCacheFileIssue: { title: 'camunda/camunda issue #12960', url: 'https://github.com/camunda/camunda/issues/12960' },
  springDocs88: { title: 'Camunda Spring Boot Starter: getting started (8.8)', url: `${DOCS}/apis-tools/camunda-spring-boot-starter/getting-started/` },
  springDocs87: { title: 'Spring Zeebe SDK: getting started (8.7)', url: `${DOCS}/8.7/apis-tools/spring-zeebe-sdk/getting-started/` },
  springDocs86: { title: 'Spring Zeebe SDK: getting started (8.6)', url: `${DOCS}/8.6/apis-tools/spring-zeebe-sdk/getting-started/` },
  nodeConfiguration: { title: 'camunda-8-js-sdk src/lib/Configuration.ts', url: `${NODE_SDK}/src/lib/Configuration.ts` },
  nodeOAuthProvider: { title: 'camunda-8-js-sdk src/oauth/lib/OAuthProvider.ts', url: `${NODE_SDK}/src/oauth/lib/OAuthProvider.ts` },
  nodeCooldownIssue: { title: 'camunda-8-js-sdk issue #605', url: 'https://github.com/camunda/camunda-8-js-sdk/issues/605' },
  nodeChangelog: { title: 'camunda-8-js-sdk CHANGELOG.md', url: `${NODE_SDK}/CHANGELOG.md` },
  goOAuthProvider: { title: 'zeebe-client-go pkg/zbc/oauthCredentialsProvider.go', url: `${GO_CLIENT}/pkg/zbc/oauthCredentialsProvider.go` },
  goOAuth2Token: { title: 'golang.org/x/oauth2 token.go (expiryDelta)', url: 'https://github.com/golang/oauth2/blob/master/token.go' },
  pyzeebeOAuth: { title: 'pyzeebe pyzeebe/credentials/oauth.py', url: `${PYZEEBE}/pyzeebe/credentials/oauth.py` },
  pyzeebeChannelUtils: { title: 'pyzeebe pyzeebe/channel/utils.py', url: `${PYZEEBE}/pyzeebe/channel/utils.py` },
  pyzeebeChannel: { title: 'pyzeebe pyzeebe/channel/oauth_channel.py', url: `${PYZEEBE}/pyzeebe/channel/oauth_channel.py` },
  csharpBuilder: { title: 'zeebe-client-csharp CamundaCloudClientBuilder.cs', url: `${CSHARP}/CamundaCloudClientBuilder.cs` },
  csharpTokenProvider: { title: 'zeebe-client-csharp CamundaCloudTokenProvider.cs', url: `${CSHARP}/CamundaCloudTokenProvider.cs` },
  consoleClients88: { title: 'Console: manage API clients (8.8)', url: `${DOCS}/components/console/manage-clusters/manage-api-clients/` },
  consoleClients87: { title: 'Console: manage API clients (8.7)', url: `${DOCS}/8.7/components/console/manage-clusters/manage-api-clients/` },
  administrationApi: { title: 'Administration API: authentication', url: `${DOCS}/apis-tools/administration-api/authentication/` },
  orchestrationApi: { title: 'Orchestration Cluster REST API: authentication', url: `${DOCS}/apis-tools/orchestration-cluster-api-rest/orchestration-cluster-api-rest-authentication/` },
  clientCredentialsGuide: { title: 'Camunda docs: set up client connection credentials', url: `${DOCS}/guides/setup-client-connection-credentials/` },
  // Checked for the Quickstart: packages, protocols and what each client logs per token request.
  javaBuilderImpl: { title: 'CamundaClientBuilderImpl.java', url: `${CAMUNDA_JAVA}/CamundaClientBuilderImpl.java` },
  javaActivateJobs: { title: 'ActivateJobsCommandImpl.java', url: `${CAMUNDA_JAVA}/command/ActivateJobsCommandImpl.java` },
  activateJobsApi: { title: 'Orchestration Cluster REST API: activate jobs', url: `${DOCS}/apis-tools/camunda-api-rest/specifications/activate-jobs/` },
  javaTopology: { title: 'Topology.java', url: `${JAVA_CLIENT}/api/response/Topology.java` },
  javaGettingStarted88: { title: 'Camunda Java client: getting started (8.8)', url: `${DOCS}/apis-tools/java-client/getting-started/` },
  springGettingStarted88: { title: 'Camunda Spring Boot Starter: getting started (8.8)', url: `${DOCS}/apis-tools/camunda-spring-boot-starter/getting-started/` },
  springSaasMode: { title: 'camunda-spring-boot-starter modes/saas.yaml', url: 'https://github.com/camunda/camunda/blob/main/clients/camunda-spring-boot-starter/src/main/resources/modes/saas.yaml' },
  springJobWorker: { title: 'camunda-spring-boot-starter JobWorker.java', url: 'https://github.com/camunda/camunda/blob/main/clients/camunda-spring-boot-starter/src/main/java/io/camunda/client/annotation/JobWorker.java' },
  nodeSdkDocs88: { title: 'Camunda docs: TypeScript SDK (8.8)', url: `${DOCS}/apis-tools/typescript/camunda8-sdk/` },
  nodeCamunda8: { title: 'camunda-8-js-sdk src/c8/index.ts', url: `${NODE_SDK}/src/c8/index.ts` },
  nodeAuthStrategy: { title: 'camunda-8-js-sdk src/lib/ConstructOAuthProvider.ts', url: `${NODE_SDK}/src/lib/ConstructOAuthProvider.ts` },
  pyzeebeProject: { title: 'pyzeebe pyproject.toml (4.7.0)', url: `${PYZEEBE}/pyproject.toml` },
  pyzeebeClient: { title: 'pyzeebe pyzeebe/client/client.py', url: `${PYZEEBE}/pyzeebe/client/client.py` },
  urllib3Pool: { title: 'urllib3 connectionpool.py (request log line)', url: 'https://github.com/urllib3/urllib3/blob/main/src/urllib3/connectionpool.py' },
  goDeprecation86: { title: 'Camunda 8.6 release notes: deprecation of the Go client and zbctl', url: `${DOCS}/reference/announcements-release-notes/860/860-release-notes/#deprecation-zeebe-go-client--cli-client-zbctl` },
  goGetStarted: { title: 'zeebe-client-go get-started.md', url: `${GO_CLIENT}/get-started.md` },
  goClient: { title: 'zeebe-client-go pkg/zbc/client.go', url: `${GO_CLIENT}/pkg/zbc/client.go` },
  csharpProject: { title: 'zeebe-client-csharp Client/Client.csproj', url: 'https://github.com/camunda-community-hub/zeebe-client-csharp/blob/main/Client/Client.csproj' },
  csharpTokenCache: { title: 'zeebe-client-csharp PersistedAccessTokenCache.cs', url: 'https://github.com/camunda-community-hub/zeebe-client-csharp/blob/main/Client/Impl/Misc/PersistedAccessTokenCache.cs' },
} as const satisfies Record<string, FactSource>;

export type SourceId = keyof typeof SOURCES;
