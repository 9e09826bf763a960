/** Python `pyzeebe` 4.x with `create_camunda_cloud_channel`. */
import { AUDIENCES, DEFAULT_TOKEN_URL } from '../credentials/model';
import { cStringQuoted } from './escape';
import type { SnippetFields } from './fields';
import { code, lines } from './segments';
import type { GeneratorOutput } from './types';

export function generatePython(f: SnippetFields): GeneratorOutput {
  // Defaults of create_camunda_cloud_channel; only differing values are spelled out.
  const extra = [
    ...(f.tokenUrl.value !== DEFAULT_TOKEN_URL ? [code`        authorization_server=${cStringQuoted(f.tokenUrl)},`] : []),
    ...(f.audience.value !== AUDIENCES.zeebe ? [code`        audience=${cStringQuoted(f.audience)},`] : []),
  ];
  return {
    segments: lines(
      'import asyncio',
      '',
      'from pyzeebe import ZeebeClient, create_camunda_cloud_channel',
      '',
      '',
      'async def main() -> None:',
      '    # pyzeebe keeps the token in memory only: create the channel once per process',
      '    # and share it, or every start costs a token request.',
      '    channel = create_camunda_cloud_channel(',
      code`        client_id=${cStringQuoted(f.clientId)},`,
      code`        client_secret=${cStringQuoted(f.clientSecret)},`,
      code`        cluster_id=${cStringQuoted(f.clusterId)},`,
      code`        region=${cStringQuoted(f.region)},`,
      ...extra,
      '    )',
      '    client = ZeebeClient(channel)',
      '    print(await client.topology())',
      '',
      '',
      'asyncio.run(main())',
    ),
  };
}
