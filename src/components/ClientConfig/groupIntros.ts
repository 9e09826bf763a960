import type { TargetGroup } from '@site/src/lib/snippets';

/** One paragraph per language tab: what the client is and where its settings go. */
export const GROUP_INTROS: Record<TargetGroup, string> = {
  java: 'The Java client has a cloud builder that derives every address from cluster id and region. Since 8.8 the class is `CamundaClient` (package `io.camunda.client`); the older `ZeebeClient` still works but is deprecated. Both read `CAMUNDA_*` environment variables (each falling back to its `ZEEBE_*` name, but never `ZEEBE_ADDRESS`), and by default those override the values given to the builder.',
  spring: 'The Spring Boot starter builds the Java client from your `application.yaml` or `application.properties`. From 8.8 the settings are `camunda.client.cloud.cluster-id`, `camunda.client.cloud.region` and `camunda.client.auth.token-url`; in 8.6 and 8.7 they are `camunda.client.cluster-id`, `camunda.client.region` and `camunda.client.auth.issuer`. The snippets follow the Camunda version chosen above. The Spring Zeebe starter of 8.5 and earlier used `zeebe.client.cloud.*`.',
  node: 'The Node.js SDK `@camunda8/sdk` takes the same keys as an object passed to `new Camunda8({...})` or from the environment: called without arguments, it reads environment variables. For the 8.8 Orchestration Cluster API there is `getOrchestrationClusterApiClient()` and the separate package `@camunda8/orchestration-cluster-api`.',
  go: 'The Go client and the `zbctl` command line are community-maintained since 8.6. Both read the same `ZEEBE_*` variables; `zbctl` also accepts flags, which win over the variables.',
  python: '`pyzeebe` is a community client. `create_camunda_cloud_channel` builds a gRPC channel that fetches the token and adds it to every call.',
  csharp: 'The community C# client `zb-client` offers a builder for Camunda 8 SaaS, or reads its settings from environment variables with `FromEnv()`. It is the one client that sends the token request as JSON.',
  curl: 'No library, just the protocol every client speaks: ask for a token, then call the REST API with it. Handy to check credentials before suspecting your code, and for scripts.',
  shell: 'Every variable the clients above read, in one file: the format the Console offers for download. Source it in a shell before starting your client, or use the `.env` form with tools that load one.',
  containers: 'The same variables for a container. Compose needs every literal `$` doubled; Kubernetes keeps the values in a Secret that the pod reads as environment variables.',
};
