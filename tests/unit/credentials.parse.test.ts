import { describe, expect, it } from 'vitest';
import { parseCredentials } from '../../src/lib/credentials/parseCredentials';
import { CLIENT_ID, CLUSTER, CONSOLE_CREDENTIALS, CONSOLE_FILE, SECRET, ZEEBE_ONLY } from './credentials.fixtures';

const codes = (text: string, format?: Parameters<typeof parseCredentials>[1]) =>
  parseCredentials(text, format).problems.map((p) => p.code);

describe('parsing the Console file and its variants', () => {
  it('reads the Console download without any problem', () => {
    const result = parseCredentials(CONSOLE_FILE);
    expect(result.format).toBe('shell');
    expect(result.problems).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.credentials).toEqual(CONSOLE_CREDENTIALS);
    expect(result.entries).toHaveLength(12);
  });

  it('gives 1-based positions of keys and values (quotes included)', () => {
    const entry = parseCredentials(CONSOLE_FILE).entries[1];
    expect(entry.key).toBe('ZEEBE_CLIENT_ID');
    expect(entry.keyRange).toEqual({ line: 2, column: 8, endLine: 2, endColumn: 23 });
    expect(entry.valueRange).toEqual({ line: 2, column: 24, endLine: 2, endColumn: 24 + CLIENT_ID.length + 2 });
    expect(entry.quoting).toBe('single');
  });

  const variants: [string, (text: string) => string][] = [
    ['without export', (t) => t.replace(/^export /gm, '')],
    ['with double quotes', (t) => t.replace(/'/g, '"')],
    ['without quotes', (t) => t.replace(/'/g, '')],
    ['with comments and blank lines', (t) => `# downloaded from Console\n\n${t.replace(/\n/g, '  # note\n\n')}`],
    ['with CRLF line endings (as .env)', (t) => t.replace(/^export /gm, '').replace(/\n/g, '\r\n')],
    ['with trailing spaces and tabs', (t) => t.replace(/\n/g, ' \t \n')],
    ['with indentation', (t) => t.replace(/^/gm, '  ')],
    ['with tabs after export', (t) => t.replace(/^export /gm, 'export\t')],
  ];
  for (const [name, mutate] of variants) {
    it(`reads the file ${name}`, () => {
      const result = parseCredentials(mutate(CONSOLE_FILE));
      expect(result.credentials).toEqual(CONSOLE_CREDENTIALS);
      expect(result.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    });
  }

  it('warns about CRLF only for the shell file, where bash would keep the CR', () => {
    const result = parseCredentials(CONSOLE_FILE.replace(/\n/g, '\r\n'));
    expect(result.credentials).toEqual(CONSOLE_CREDENTIALS);
    expect(result.problems.map((p) => [p.code, p.severity])).toEqual([['windows-line-endings', 'warning']]);
  });

  it('strips a byte-order mark, keeps columns as an editor shows them, and warns for shell files', () => {
    const result = parseCredentials(`\uFEFF${CONSOLE_FILE}`);
    expect(result.credentials).toEqual(CONSOLE_CREDENTIALS);
    expect(result.entries[0].keyRange.column).toBe(8);
    expect(result.problems.map((p) => p.code)).toEqual(['byte-order-mark']);
    expect(result.problems[0]).toMatchObject({ severity: 'warning', line: 1, column: 1 });
  });

  it('detects a .env file and reads dotenv quoting', () => {
    const text = `ZEEBE_ADDRESS = ${CLUSTER}.bru-2.zeebe.camunda.io:443\nZEEBE_CLIENT_ID="${CLIENT_ID}"\nZEEBE_CLIENT_SECRET='${SECRET}' # secret\nCAMUNDA_CLUSTER_REGION=bru-2 # comment\n`;
    const result = parseCredentials(text);
    expect(result.format).toBe('env');
    expect(result.partial).toMatchObject({ clientId: CLIENT_ID, clientSecret: SECRET, clusterId: CLUSTER, region: 'bru-2' });
    expect(result.valid).toBe(true);
  });

  it('unescapes shell quoting: concatenation, escaped quotes, $\'…\'', () => {
    const text = `export ZEEBE_CLIENT_SECRET='a'\\''b'"c\\"d"e\\ f$'\\n'\n`;
    expect(parseCredentials(text).entries[0].value).toBe("a'bc\"de f\n");
  });

  it('reads the 8.8-era names and the Spring-style variables', () => {
    const text = `export ZEEBE_GRPC_ADDRESS='grpcs://${CLUSTER}.bru-2.zeebe.camunda.io:443'
export ZEEBE_REST_ADDRESS='https://bru-2.zeebe.camunda.io/${CLUSTER}'
export CAMUNDA_CLIENT_ID='${CLIENT_ID}'
export CAMUNDA_CLIENT_SECRET='${SECRET}'
export CAMUNDA_CLIENT_MODE='saas'
export CAMUNDA_CLIENT_AUTH_CLIENTID='${CLIENT_ID}'
export CAMUNDA_CLIENT_AUTH_CLIENTSECRET='${SECRET}'
export CAMUNDA_CLIENT_CLOUD_CLUSTERID='${CLUSTER}'
export CAMUNDA_CLIENT_CLOUD_REGION='bru-2'
`;
    const result = parseCredentials(text);
    expect(result.problems).toEqual([]);
    expect(result.credentials).toMatchObject({
      clientId: CLIENT_ID,
      clientSecret: SECRET,
      clusterId: CLUSTER,
      region: 'bru-2',
      zeebeGrpcAddress: `${CLUSTER}.bru-2.zeebe.camunda.io:443`,
      zeebeRestAddress: `https://bru-2.zeebe.camunda.io/${CLUSTER}`,
      scopes: ['Zeebe'],
    });
  });
});

describe('syntax errors point at the right place', () => {
  it('warns about a line without export in a shell file', () => {
    const text = ZEEBE_ONLY.replace("export CAMUNDA_CLUSTER_REGION", 'CAMUNDA_CLUSTER_REGION');
    const result = parseCredentials(text);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'not-exported', severity: 'warning', line: 7, column: 1 })]);
    expect(result.credentials?.region).toBe('bru-2');
  });

  it('reports an unterminated quote on its own line and keeps reading', () => {
    const text = ZEEBE_ONLY.replace(`ZEEBE_CLIENT_ID='${CLIENT_ID}'`, `ZEEBE_CLIENT_ID='${CLIENT_ID}`);
    const result = parseCredentials(text);
    const problem = result.problems.find((p) => p.code === 'unterminated-quote')!;
    expect(problem).toMatchObject({ severity: 'error', line: 2, column: 24, endLine: 2, variable: 'ZEEBE_CLIENT_ID' });
    expect(problem.message).toMatch(/closing '/);
    expect(result.partial.clientSecret).toBe(SECRET);
    expect(result.problems.map((p) => p.code)).toContain('missing-value');
  });

  it('reports a line that is not KEY=value', () => {
    const result = parseCredentials(`${ZEEBE_ONLY}this is not valid\n`);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'invalid-key', severity: 'error', line: 10, column: 1 }),
    ]);
    expect(codes('export ZEEBE_ADDRESS=x\n= value\n')).toContain('not-an-assignment');
  });

  it('reports spaces around "=" in a shell file but accepts them in .env', () => {
    const shell = parseCredentials(`export ZEEBE_CLIENT_ID = 'x'\n`);
    expect(shell.problems.find((p) => p.code === 'spaces-around-equals')).toMatchObject({ line: 1, column: 8, endColumn: 25 });
    expect(codes(`export ZEEBE_CLIENT_ID= 'x'\n`)).toContain('spaces-around-equals');
    expect(codes(`ZEEBE_CLIENT_ID = x\n`, { format: 'env' })).not.toContain('spaces-around-equals');
  });

  it('reports text after a value (an unquoted value with a space)', () => {
    const problem = parseCredentials(`export ZEEBE_CLIENT_ID=abc def\n`).problems.find((p) => p.code === 'unexpected-text');
    expect(problem).toMatchObject({ line: 1, column: 28, endColumn: 31 });
    expect(problem?.message).toMatch(/single quotes/);
  });

  it('warns about `export NAME` without a value, errors for a bare name', () => {
    const find = (text: string) => parseCredentials(text).problems.find((p) => p.code === 'not-an-assignment');
    expect(find('export ZEEBE_CLIENT_ID\n')).toMatchObject({ severity: 'warning', line: 1, column: 8 });
    expect(find('ZEEBE_CLIENT_ID\n')).toMatchObject({ severity: 'error', line: 1, column: 1 });
  });

  it('warns when a shell would expand $ or a backtick, and treats a whole ${X} as a reference', () => {
    expect(codes(`export ZEEBE_CLIENT_SECRET="ab$cd"\n`)).toContain('shell-expansion');
    expect(codes(`export ZEEBE_CLIENT_SECRET='ab$cd'\n`)).not.toContain('shell-expansion');
    const ref = parseCredentials(`export ZEEBE_CLIENT_SECRET=\${MY_SECRET}\n`);
    expect(ref.problems.map((p) => p.code)).toContain('unresolved-reference');
    expect(ref.problems.filter((p) => p.code === 'missing-value').map((p) => p.message).join()).not.toMatch(/secret/);
  });
});
