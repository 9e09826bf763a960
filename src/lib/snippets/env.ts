/**
 * The environment variables each client reads, as ordered name/value lists. Shell, .env, Compose
 * and Kubernetes snippets all render one of these lists, so a variable is named in one place.
 */
import { deriveField, grpcUrl, type Field, type SnippetFields } from './fields';

export type EnvEntry = readonly [name: string, value: Field];

const fixed = (value: string): Field => ({ value, secret: false, placeholder: false });

/** Go client, zbctl and the C# client (`FromEnv`). */
export function legacyZeebeEnv(f: SnippetFields): EnvEntry[] {
  return [
    ['ZEEBE_ADDRESS', f.grpcAddress],
    ['ZEEBE_CLIENT_ID', f.clientId],
    ['ZEEBE_CLIENT_SECRET', f.clientSecret],
    ['ZEEBE_AUTHORIZATION_SERVER_URL', f.tokenUrl],
    ['ZEEBE_TOKEN_AUDIENCE', f.audience],
  ];
}

/** The Node SDK (`new Camunda8()` without arguments). */
export function nodeEnv(f: SnippetFields): EnvEntry[] {
  return [
    ['ZEEBE_GRPC_ADDRESS', deriveField(f.grpcAddress, grpcUrl(f, 'grpc'))],
    ['ZEEBE_REST_ADDRESS', f.restAddress],
    ['ZEEBE_CLIENT_ID', f.clientId],
    ['ZEEBE_CLIENT_SECRET', f.clientSecret],
    ['ZEEBE_TOKEN_AUDIENCE', f.audience],
    ['CAMUNDA_OAUTH_URL', f.tokenUrl],
    ['CAMUNDA_AUTH_STRATEGY', fixed('OAUTH')],
  ];
}

/** The Java `CamundaClient` (8.8+) via `CamundaClient.newClientBuilder().build()`. */
export function javaEnv(f: SnippetFields): EnvEntry[] {
  return [
    ['CAMUNDA_GRPC_ADDRESS', deriveField(f.grpcAddress, grpcUrl(f, 'grpc'))],
    ['CAMUNDA_REST_ADDRESS', f.restAddress],
    ['CAMUNDA_CLIENT_ID', f.clientId],
    ['CAMUNDA_CLIENT_SECRET', f.clientSecret],
    ['CAMUNDA_TOKEN_AUDIENCE', f.audience],
    ['CAMUNDA_AUTHORIZATION_SERVER_URL', f.tokenUrl],
  ];
}

/** Spring Boot's relaxed binding of `camunda.client.*` (8.6+). */
function springEnv(f: SnippetFields): EnvEntry[] {
  return [
    ['CAMUNDA_CLIENT_MODE', fixed('saas')],
    ['CAMUNDA_CLIENT_AUTH_CLIENTID', f.clientId],
    ['CAMUNDA_CLIENT_AUTH_CLIENTSECRET', f.clientSecret],
    ['CAMUNDA_CLIENT_CLOUD_CLUSTERID', f.clusterId],
    ['CAMUNDA_CLIENT_CLOUD_REGION', f.region],
  ];
}

/** Everything, like the Console's newest credentials file: any client finds its names. */
export function allClientsEnv(f: SnippetFields): EnvEntry[] {
  const all = [
    ...legacyZeebeEnv(f),
    ...nodeEnv(f),
    ...javaEnv(f),
    ['CAMUNDA_CLUSTER_ID', f.clusterId] as const,
    ['CAMUNDA_CLUSTER_REGION', f.region] as const,
    ...springEnv(f),
  ];
  const seen = new Set<string>();
  return all.filter(([name]) => (seen.has(name) ? false : (seen.add(name), true)));
}
