import type { TargetGroup } from '@site/src/lib/snippets';

/** One paragraph per language tab: what the client is and where its settings go. */
export const GROUP_INTROS: Record<TargetGroup, string> = {
  java: 'The Java client has a cloud builder that derives every address from cluster id and region. Since 8.8 the class is `CamundaClient` (package `io.camunda.client`); the older `ZeebeClient` still works but is deprecated. Both can read their settings from environment variables instead.',
  spring: 'The Spring Boot starter builds the Java client from your `application.yaml` or `application.properties`. Starters from 8.6 on use `camunda.client.*`; the Spring Zeebe starter of 8.5 and earlier used `zeebe.client.cloud.*`. Choose the tab that matches the starter in your build file.',
  node: 'The Node.js SDK `@camunda8/sdk` takes the same keys as an object passed to `new Camunda8({...})` or from the environment: called without arguments, it reads environment variables.',
  go: 'The Go client and the `zbctl` command line are community-maintained since 8.6. Both read the same `ZEEBE_*` variables; `zbctl` also accepts flags, which win over the variables.',
  python: '`pyzeebe` is a community client. `create_camunda_cloud_channel` builds a gRPC channel that fetches the token and adds it to every call.',
  csharp: 'The community C# client `zb-client` offers a builder for Camunda 8 SaaS, or reads its settings from environment variables with `FromEnv()`. It is the one client that sends the token request as JSON.',
  curl: 'No library, just the protocol every client speaks: ask for a token, then call the REST API with it. Handy to check credentials before suspecting your code, and for scripts.',
  shell: 'Every variable the clients above read, in one file: the format the Console offers for download. Source it in a shell before starting your client, or use the `.env` form with tools that load one.',
  containers: 'The same variables for a container. Compose needs every literal `$` doubled; Kubernetes keeps the values in a Secret that the pod reads as environment variables.',
};
