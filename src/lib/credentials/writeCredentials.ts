/**
 * Writes credentials back out: the Console's download (classic or 8.8-era names), a .env file,
 * Spring Boot properties or YAML, and JSON. Every writer's output parses back to the same values.
 */
import { writeDotenv } from '../formats/dotenv';
import { writeProperties } from '../formats/properties';
import { writeExports } from '../formats/shell';
import { springProperties, type SpringKeySet } from '../formats/springKeys';
import { writeYamlTree } from '../formats/yaml';
import type { CredentialsFormat } from './entry';
import { componentUrlFor, type ConsoleScope, type Credentials } from './model';

/** `classic`: the names every Console file has. `8.8`: those plus the names newer files add. */
export type ConsoleGeneration = 'classic' | '8.8';
/** `current`: `camunda.client.*` with the 8.8 names. `legacy`: `zeebe.client.cloud.*` (8.5 and older). */
export type SpringGeneration = 'current' | 'legacy';

export interface WriteCredentialsOptions {
  /** For `shell` and `env`; default `classic`. */
  generation?: ConsoleGeneration;
  /** For `properties` and `yaml`; default `current`. */
  springGeneration?: SpringGeneration;
}

const COMPONENT_LINES: { scope: ConsoleScope; name: string; field: 'tasklistBaseUrl' | 'optimizeBaseUrl' | 'operateBaseUrl'; component: 'tasklist' | 'optimize' | 'operate' }[] = [
  // The Console's order: Tasklist, Optimize, Operate.
  { scope: 'Tasklist', name: 'CAMUNDA_TASKLIST_BASE_URL', field: 'tasklistBaseUrl', component: 'tasklist' },
  { scope: 'Optimize', name: 'CAMUNDA_OPTIMIZE_BASE_URL', field: 'optimizeBaseUrl', component: 'optimize' },
  { scope: 'Operate', name: 'CAMUNDA_OPERATE_BASE_URL', field: 'operateBaseUrl', component: 'operate' },
];

/** The variables of a Console file, in the Console's order; base URLs only with their scope. */
export function consoleVariables(c: Credentials, generation: ConsoleGeneration = 'classic'): [string, string][] {
  const pairs: [string, string][] = [
    ['ZEEBE_ADDRESS', c.zeebeGrpcAddress],
    ['ZEEBE_CLIENT_ID', c.clientId],
    ['ZEEBE_CLIENT_SECRET', c.clientSecret],
    ['ZEEBE_AUTHORIZATION_SERVER_URL', c.authorizationServerUrl],
    ['ZEEBE_TOKEN_AUDIENCE', c.audience],
    ['CAMUNDA_CLUSTER_ID', c.clusterId],
    ['CAMUNDA_CLUSTER_REGION', c.region],
    ['CAMUNDA_CREDENTIALS_SCOPES', c.scopes.join(',')],
  ];
  for (const line of COMPONENT_LINES) {
    if (c.scopes.includes(line.scope)) pairs.push([line.name, c[line.field] ?? componentUrlFor(line.component, c.clusterId, c.region)]);
  }
  pairs.push(['CAMUNDA_OAUTH_URL', c.authorizationServerUrl]);
  if (generation === '8.8') {
    // The order of the newer lines is this site's choice; the real 8.8 file has not been checked line by line.
    pairs.push(
      ['ZEEBE_GRPC_ADDRESS', `grpcs://${c.zeebeGrpcAddress}`],
      ['ZEEBE_REST_ADDRESS', c.zeebeRestAddress],
      ['CAMUNDA_CLIENT_ID', c.clientId],
      ['CAMUNDA_CLIENT_SECRET', c.clientSecret],
      ['CAMUNDA_CLIENT_MODE', 'saas'],
      ['CAMUNDA_CLIENT_AUTH_CLIENTID', c.clientId],
      ['CAMUNDA_CLIENT_AUTH_CLIENTSECRET', c.clientSecret],
      ['CAMUNDA_CLIENT_CLOUD_CLUSTERID', c.clusterId],
      ['CAMUNDA_CLIENT_CLOUD_REGION', c.region],
    );
  }
  return pairs;
}

/** The Console's download: `export KEY='value'` lines, ending with a newline. */
export function writeConsoleFile(c: Credentials, generation: ConsoleGeneration = 'classic'): string {
  return writeExports(consoleVariables(c, generation));
}

export function writeEnvFile(c: Credentials, generation: ConsoleGeneration = 'classic'): string {
  return writeDotenv(consoleVariables(c, generation));
}

function springPairs(c: Credentials, generation: SpringGeneration): [string, string][] {
  const keys: SpringKeySet = generation === 'legacy' ? 'legacy' : '8.8';
  const values = { clientId: c.clientId, clientSecret: c.clientSecret, clusterId: c.clusterId, region: c.region, tokenUrl: c.authorizationServerUrl };
  return springProperties(values, keys, 'saas', (v) => v);
}

const SPRING_HEADER = '# Camunda 8 SaaS client credentials. Contains a secret: keep this file out of version control.\n';

export function writeSpringProperties(c: Credentials, generation: SpringGeneration = 'current'): string {
  return SPRING_HEADER + writeProperties(springPairs(c, generation));
}

export function writeSpringYaml(c: Credentials, generation: SpringGeneration = 'current'): string {
  return SPRING_HEADER + writeYamlTree(springPairs(c, generation));
}

/** The playground's own shape: the `Credentials` fields, in a stable order. */
export function writeCredentialsJson(c: Credentials): string {
  const ordered: Record<string, unknown> = {};
  if (c.name !== undefined) ordered.name = c.name;
  Object.assign(ordered, {
    clientId: c.clientId,
    clientSecret: c.clientSecret,
    clusterId: c.clusterId,
    region: c.region,
    audience: c.audience,
    authorizationServerUrl: c.authorizationServerUrl,
    scopes: c.scopes,
    zeebeGrpcAddress: c.zeebeGrpcAddress,
    zeebeRestAddress: c.zeebeRestAddress,
  });
  for (const field of ['tasklistBaseUrl', 'operateBaseUrl', 'optimizeBaseUrl'] as const) {
    if (c[field] !== undefined) ordered[field] = c[field];
  }
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

export function writeCredentials(c: Credentials, format: CredentialsFormat, options: WriteCredentialsOptions = {}): string {
  switch (format) {
    case 'shell': return writeConsoleFile(c, options.generation);
    case 'env': return writeEnvFile(c, options.generation);
    case 'properties': return writeSpringProperties(c, options.springGeneration);
    case 'yaml': return writeSpringYaml(c, options.springGeneration);
    case 'json': return writeCredentialsJson(c);
  }
}

/** Suggested file names for downloads. */
export const SUGGESTED_FILE_NAMES: Record<CredentialsFormat, string> = {
  shell: 'CamundaCredentials.sh',
  env: '.env',
  properties: 'application.properties',
  yaml: 'application.yaml',
  json: 'camunda-credentials.json',
};
