/** Node.js `@camunda8/sdk`: explicit configuration in code, or the same keys as env vars. */
import { nodeEnv } from './env';
import { cStringQuoted } from './escape';
import type { SnippetFields } from './fields';
import { lines } from './segments';
import { exportLines } from './shell';
import type { GeneratorOutput } from './types';

export function generateNodeSdk(f: SnippetFields): GeneratorOutput {
  const entries = nodeEnv(f);
  const width = Math.max(...entries.map(([name]) => name.length));
  return {
    segments: lines(
      "import { Camunda8 } from '@camunda8/sdk';",
      '',
      '// Create one Camunda8 per process and take every client from it: they share one token',
      '// cache (memory plus ~/.camunda), so the authorization server sees one request per day.',
      'const camunda = new Camunda8({',
      ...entries.map(([name, value]) => [`  ${name}:${' '.repeat(width - name.length + 1)}`, cStringQuoted(value, "'"), ',']),
      '});',
      '',
      'const zeebe = camunda.getCamundaRestClient();',
      'zeebe.getTopology().then((topology) => console.log(JSON.stringify(topology, null, 2)));',
    ),
  };
}

export function generateNodeEnv(f: SnippetFields): GeneratorOutput {
  return {
    segments: lines(
      '# Read by new Camunda8() when it gets no configuration object (@camunda8/sdk).',
      ...exportLines(nodeEnv(f)),
    ),
  };
}
