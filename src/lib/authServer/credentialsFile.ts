/**
 * The credentials file for a mock client, in the Console's `export KEY='value'` format, with the
 * token URL pointing at the mock. Used by the local server's start banner.
 */
import { AUDIENCES, componentUrlFor, grpcAddressFor } from '../credentials/model';
import type { MockClient } from './clientRegistry';

export function formatMockCredentialsFile(client: MockClient, tokenUrl: string): string {
  const lines: Array<[string, string]> = [
    ['ZEEBE_ADDRESS', grpcAddressFor(client.clusterId, client.region)],
    ['ZEEBE_CLIENT_ID', client.clientId],
    ['ZEEBE_CLIENT_SECRET', client.clientSecret],
    ['ZEEBE_AUTHORIZATION_SERVER_URL', tokenUrl],
    ['ZEEBE_TOKEN_AUDIENCE', AUDIENCES.zeebe],
    ['CAMUNDA_CLUSTER_ID', client.clusterId],
    ['CAMUNDA_CLUSTER_REGION', client.region],
    ['CAMUNDA_CREDENTIALS_SCOPES', client.scopes.join(',')],
  ];
  for (const component of ['tasklist', 'optimize', 'operate'] as const) {
    const scope = component[0].toUpperCase() + component.slice(1);
    if ((client.scopes as string[]).includes(scope)) {
      lines.push([`CAMUNDA_${component.toUpperCase()}_BASE_URL`, componentUrlFor(component, client.clusterId, client.region)]);
    }
  }
  lines.push(['CAMUNDA_OAUTH_URL', tokenUrl]);
  return lines.map(([key, value]) => `export ${key}='${value}'`).join('\n');
}
