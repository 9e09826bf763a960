/**
 * The credentials file for a mock client, in the Console's `export KEY='value'` format, with the
 * token URL pointing at the mock. Used by the local server's start banner. The Console writer does
 * the work, so the banner and the playground's downloads can never differ.
 */
import { AUDIENCES, grpcAddressFor, restAddressFor } from '../credentials/model';
import { writeConsoleFile } from '../credentials/writeCredentials';
import type { MockClient } from './clientRegistry';

export function formatMockCredentialsFile(client: MockClient, tokenUrl: string): string {
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
  // The banner prints it between other lines; no trailing newline.
  return file.replace(/\n$/, '');
}
