/** C# `zb-client`: `CamundaCloudClientBuilder` with explicit values or `FromEnv()`. */
import { legacyZeebeEnv } from './env';
import { cStringQuoted } from './escape';
import type { SnippetFields } from './fields';
import { code, lines } from './segments';
import { exportLines } from './shell';
import type { GeneratorOutput } from './types';

export function generateCsharpBuilder(f: SnippetFields): GeneratorOutput {
  return {
    segments: lines(
      'using System;',
      'using Zeebe.Client.Impl.Builder;',
      '',
      '// One client per process: it keeps its token in memory and under ~/.zeebe.',
      '// UseContactPoint also sets the token audience to the cluster host.',
      'var client = CamundaCloudClientBuilder.Builder()',
      code`    .UseClientId(${cStringQuoted(f.clientId)})`,
      code`    .UseClientSecret(${cStringQuoted(f.clientSecret)})`,
      code`    .UseContactPoint(${cStringQuoted(f.grpcAddress)})`,
      code`    .UseAuthServer(${cStringQuoted(f.tokenUrl)})`,
      '    .Build();',
      '',
      'var topology = await client.TopologyRequest().Send();',
      'Console.WriteLine(topology);',
    ),
  };
}

export function generateCsharpEnv(f: SnippetFields): GeneratorOutput {
  const secret = f.clientSecret.value;
  const warnings = /^[ ']|[ ']$/.test(secret)
    ? ["FromEnv() trims spaces and single quotes from both ends of every value, so this secret would arrive shortened. Use UseClientSecret(...) in code, or rotate the secret in the Console."]
    : [];
  // The C# client takes its audience from ZEEBE_ADDRESS, so ZEEBE_TOKEN_AUDIENCE is left out.
  const entries = legacyZeebeEnv(f).filter(([name]) => name !== 'ZEEBE_TOKEN_AUDIENCE');
  return {
    segments: lines(
      '# Read by CamundaCloudClientBuilder.Builder().FromEnv().Build() (zb-client).',
      ...exportLines(entries),
    ),
    warnings,
  };
}
