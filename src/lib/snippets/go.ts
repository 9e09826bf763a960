/** The Go client and zbctl (community-maintained since 8.6). */
import { legacyZeebeEnv } from './env';
import { shellQuoted } from '../formats/shell';
import { cStringQuoted } from './escape';
import { isPlaintextRest, type SnippetFields } from './fields';
import { code, lines } from './segments';
import { exportLines } from './shell';
import type { GeneratorOutput } from './types';

function pad(plaintext: boolean, key: string): string {
  const longest = plaintext ? 'UsePlaintextConnection'.length : 'CredentialsProvider'.length;
  return ' '.repeat(longest - key.length + 1);
}

export function generateGoClient(f: SnippetFields): GeneratorOutput {
  const plaintext = isPlaintextRest(f);
  return {
    segments: lines(
      'package main',
      '',
      'import (',
      '\t"context"',
      '\t"fmt"',
      '',
      '\t"github.com/camunda-community-hub/zeebe-client-go/v8/pkg/zbc"',
      ')',
      '',
      'func main() {',
      '\t// ZEEBE_* environment variables, when set, take precedence over these values.',
      '\tcredentials, err := zbc.NewOAuthCredentialsProvider(&zbc.OAuthProviderConfig{',
      code`\t\tClientID:               ${cStringQuoted(f.clientId)},`,
      code`\t\tClientSecret:           ${cStringQuoted(f.clientSecret)},`,
      code`\t\tAudience:               ${cStringQuoted(f.audience)},`,
      code`\t\tAuthorizationServerURL: ${cStringQuoted(f.tokenUrl)},`,
      '\t})',
      '\tif err != nil {',
      '\t\tpanic(err)',
      '\t}',
      '',
      '\t// One client per process: it checks the token before every call and renews it 10 s before expiry.',
      '\tclient, err := zbc.NewClient(&zbc.ClientConfig{',
      // gofmt aligns the values of a composite literal on the longest key.
      code`\t\tGatewayAddress:${pad(plaintext, 'GatewayAddress')}${cStringQuoted(f.grpcAddress)},`,
      ...(plaintext ? ['\t\tUsePlaintextConnection: true,'] : []),
      `\t\tCredentialsProvider:${pad(plaintext, 'CredentialsProvider')}credentials,`,
      '\t})',
      '\tif err != nil {',
      '\t\tpanic(err)',
      '\t}',
      '\tdefer client.Close()',
      '',
      '\ttopology, err := client.NewTopologyCommand().Send(context.Background())',
      '\tif err != nil {',
      '\t\tpanic(err)',
      '\t}',
      '\tfmt.Println(topology.String())',
      '}',
    ),
  };
}

export function generateZbctlFlags(f: SnippetFields): GeneratorOutput {
  return {
    segments: lines(
      '# Flags win over ZEEBE_* environment variables.',
      'zbctl status \\',
      code`  --address ${shellQuoted(f.grpcAddress)} \\`,
      ...(isPlaintextRest(f) ? ['  --insecure \\'] : []),
      code`  --clientId ${shellQuoted(f.clientId)} \\`,
      code`  --clientSecret ${shellQuoted(f.clientSecret)} \\`,
      code`  --audience ${shellQuoted(f.audience)} \\`,
      code`  --authzUrl ${shellQuoted(f.tokenUrl)}`,
    ),
    warnings: [
      'Flags end up in your shell history and in the process list, where other users of the machine can read the secret. Prefer the environment variables for anything but a quick test.',
    ],
  };
}

export function generateZbctlEnv(f: SnippetFields): GeneratorOutput {
  return {
    segments: lines(
      '# Read by zbctl and by the Go client (zbc.NewOAuthCredentialsProvider with an empty config).',
      ...exportLines(legacyZeebeEnv(f)),
      '# then, for example: zbctl status',
    ),
  };
}
