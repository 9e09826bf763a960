/**
 * The credentials of one Console API client, whatever file they came from. This is the shape
 * every other part of the site reads (the mock auth server's registry, the playground, the
 * snippet generator); parsers produce it and writers consume it.
 */

export const CONSOLE_SCOPES = ['Zeebe', 'Tasklist', 'Operate', 'Optimize', 'Secrets'] as const;
export type ConsoleScope = (typeof CONSOLE_SCOPES)[number];

export const KNOWN_REGIONS = ['bru-2', 'syd-1', 'ont-1', 'sin-1', 'sin-2', 'ric-1'] as const;
/** The region the official clients assume when none is given. */
export const DEFAULT_REGION = 'bru-2';

export const DEFAULT_TOKEN_URL = 'https://login.cloud.camunda.io/oauth/token';

export const AUDIENCES = {
  zeebe: 'zeebe.camunda.io',
  tasklist: 'tasklist.camunda.io',
  operate: 'operate.camunda.io',
  optimize: 'optimize.camunda.io',
  console: 'api.cloud.camunda.io',
} as const;

export interface Credentials {
  clientId: string;
  clientSecret: string;
  clusterId: string;
  region: string;
  /** Audience for Zeebe tokens, normally `zeebe.camunda.io`. */
  audience: string;
  /** The token endpoint (`ZEEBE_AUTHORIZATION_SERVER_URL` / `CAMUNDA_OAUTH_URL`). */
  authorizationServerUrl: string;
  scopes: ConsoleScope[];
  /** `<clusterId>.<region>.zeebe.camunda.io:443` */
  zeebeGrpcAddress: string;
  /** `https://<region>.zeebe.camunda.io/<clusterId>` */
  zeebeRestAddress: string;
  tasklistBaseUrl?: string;
  operateBaseUrl?: string;
  optimizeBaseUrl?: string;
  /** The client's display name in the Console; not part of the downloaded file. */
  name?: string;
}

export function grpcAddressFor(clusterId: string, region: string): string {
  return `${clusterId}.${region}.zeebe.camunda.io:443`;
}

export function restAddressFor(clusterId: string, region: string): string {
  return `https://${region}.zeebe.camunda.io/${clusterId}`;
}

export function componentUrlFor(component: 'tasklist' | 'operate' | 'optimize', clusterId: string, region: string): string {
  return `https://${region}.${component}.camunda.io/${clusterId}`;
}
