/**
 * One writer per file format: a downloaded credentials file and the snippet of the same format
 * agree byte for byte where they overlap, and both parse back through our own parser to the values
 * that went in, however awkward those values are.
 */
import { describe, expect, it } from 'vitest';
import type { CredentialsFormat } from '../../src/lib/credentials/entry';
import type { Credentials } from '../../src/lib/credentials/model';
import { parseCredentials } from '../../src/lib/credentials/parseCredentials';
import { writeConsoleFile, writeEnvFile, writeSpringProperties, writeSpringYaml } from '../../src/lib/credentials/writeCredentials';
import { generateSnippet, type TargetId } from '../../src/lib/snippets';
import { makeCredentials } from './snippetsSupport';

const AWKWARD = [
  `it's "quoted" $HOME #not-a-comment \\back\\slash`,
  '  leading and trailing spaces  ',
  'pässwörd ✓ 😀 日本',
  '$(id) `id` ${CAMUNDA_CLIENT_ID}x',
  "'",
  '\\',
  '#',
  'tab\there',
];

/** Lines keyed by their variable or property name, for a line-based file. */
function linesByKey(text: string, keyOf: (line: string) => string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const key = keyOf(line);
    if (key !== undefined) out.set(key, line);
  }
  return out;
}

const envKey = (line: string) => /^(?:export )?([A-Z_][A-Z0-9_]*)=/.exec(line)?.[1];
const propertyKey = (line: string) => (line.startsWith('#') ? undefined : /^([a-z.-]+)=/.exec(line)?.[1]);
const withoutComments = (text: string) => text.split('\n').filter((l) => !l.startsWith('#')).join('\n');

interface Pair {
  label: string;
  format: CredentialsFormat;
  download: (c: Credentials) => string;
  target: TargetId;
  /** Whole files compared (after comments) or only lines of shared keys. */
  compare: 'lines' | 'body';
  keyOf?: (line: string) => string | undefined;
}

const PAIRS: Pair[] = [
  { label: 'shell exports', format: 'shell', download: (c) => writeConsoleFile(c, '8.8'), target: 'shell-export', compare: 'lines', keyOf: envKey },
  { label: '.env', format: 'env', download: (c) => writeEnvFile(c, '8.8'), target: 'dotenv', compare: 'lines', keyOf: envKey },
  { label: 'application.properties', format: 'properties', download: (c) => writeSpringProperties(c), target: 'spring-properties', compare: 'body', keyOf: propertyKey },
  { label: 'application.yaml', format: 'yaml', download: (c) => writeSpringYaml(c), target: 'spring-yaml', compare: 'body' },
  { label: 'application.properties (8.5)', format: 'properties', download: (c) => writeSpringProperties(c, 'legacy'), target: 'spring-legacy-properties', compare: 'body', keyOf: propertyKey },
  { label: 'application.yaml (8.5)', format: 'yaml', download: (c) => writeSpringYaml(c, 'legacy'), target: 'spring-legacy-yaml', compare: 'body' },
];

const CASES: Credentials[] = [
  makeCredentials(),
  ...AWKWARD.map((secret, i) => makeCredentials({ clientSecret: secret, clientId: AWKWARD[(i + 1) % AWKWARD.length] })),
  makeCredentials({ authorizationServerUrl: 'http://127.0.0.1:8089/oauth/token' }),
];

/** The values the format carries; the 8.5 starter has no token URL property. */
function keyValues(c: Credentials, target: TargetId) {
  const values = { clientId: c.clientId, clientSecret: c.clientSecret, clusterId: c.clusterId, region: c.region };
  return target.startsWith('spring-legacy') ? values : { ...values, authorizationServerUrl: c.authorizationServerUrl };
}

describe('downloaded files and copied snippets agree where they overlap', () => {
  for (const pair of PAIRS) {
    it(`${pair.label}: the same bytes for the same keys`, () => {
      for (const c of CASES) {
        const file = pair.download(c);
        const snippet = generateSnippet(pair.target, c, { version: '8.8' }).code;
        if (pair.compare === 'body') {
          expect(withoutComments(snippet)).toBe(withoutComments(file));
          continue;
        }
        const fileLines = linesByKey(file, pair.keyOf!);
        const snippetLines = linesByKey(snippet, pair.keyOf!);
        const shared = [...fileLines.keys()].filter((k) => snippetLines.has(k));
        // The secret and the id are among the shared lines, so the awkward values are compared.
        expect(shared).toEqual(expect.arrayContaining(['ZEEBE_CLIENT_ID', 'ZEEBE_CLIENT_SECRET', 'CAMUNDA_CLIENT_SECRET', 'CAMUNDA_CLIENT_AUTH_CLIENTSECRET']));
        for (const key of shared) expect({ key, line: snippetLines.get(key) }).toEqual({ key, line: fileLines.get(key) });
      }
    });
  }
});

describe('every written file parses back to the values written', () => {
  for (const pair of PAIRS) {
    it(`${pair.label}: download and snippet`, () => {
      for (const c of CASES) {
        for (const [what, text] of [['download', pair.download(c)], ['snippet', generateSnippet(pair.target, c, { version: '8.8' }).code]] as const) {
          const result = parseCredentials(text, { format: pair.format, version: '8.8' });
          expect({ what, secret: c.clientSecret, values: result.credentials && keyValues(result.credentials, pair.target) }).toEqual({ what, secret: c.clientSecret, values: keyValues(c, pair.target) });
        }
      }
    });
  }
});
