/**
 * The credentials file for a mock client, in the Console's `export KEY='value'` format, with the
 * token URL pointing at the mock. Used by the local server's start banner. The Console writer does
 * the work, so the banner and the playground's downloads can never differ.
 */
import { AUDIENCES, grpcAddressFor, restAddressFor } from '../credentials/model';
import { writeConsoleFile } from '../credentials/writeCredentials';
import type { MockClient } from './clientRegistry';

/**
 * `restAddress` (the local server's cluster address) adds ZEEBE_REST_ADDRESS, which the Node SDK
 * reads, and CAMUNDA_REST_ADDRESS, which the Java client 8.8 reads first; SaaS files of the classic
 * generation carry neither, so they come last.
 */
export function formatMockCredentialsFile(client: MockClient, tokenUrl: string, restAddress?: string): string {
  const file = writeConsoleFile({
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    clusterId: client.clusterId,
    region: client.region,
    audience: AUDIENCES.zeebe,
    authorizationServerUrl: tokenUrl,
    scopes: [...client.scopes],
    zeebeGrpcAddress: grpcAddressFor(client.clusterId, client.region),
    zeebeRestAddress: restAddressFor(client.clusterId, client.region),
  });
  const rest = restAddress ? `export ZEEBE_REST_ADDRESS='${restAddress}'\nexport CAMUNDA_REST_ADDRESS='${restAddress}'\n` : '';
  // The banner prints it between other lines; no trailing newline.
  return `${file}${rest}`.replace(/\n$/, '');
}
