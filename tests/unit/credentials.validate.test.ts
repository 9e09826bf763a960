import { describe, expect, it } from 'vitest';
import { parseCredentials } from '../../src/lib/credentials/parseCredentials';
import { countProblems, sortProblems, toMarkerData, type Problem } from '../../src/lib/credentials/problems';
import { CLIENT_ID, CLUSTER, CONSOLE_FILE, SECRET, ZEEBE_ONLY } from './credentials.fixtures';

const OTHER_CLUSTER = '7cad87f9-e217-4552-ab37-34b54012036a';

function problemsOf(text: string): Problem[] {
  return parseCredentials(text).problems;
}
function only(text: string, code: Problem['code']): Problem[] {
  return problemsOf(text).filter((p) => p.code === code);
}
const setLine = (text: string, name: string, value: string) =>
  text.replace(new RegExp(`^export ${name}=.*$`, 'm'), `export ${name}='${value}'`);

describe('value checks', () => {
  it('rejects a cluster id that is not a UUID, at the value', () => {
    const [p] = only(setLine(ZEEBE_ONLY, 'CAMUNDA_CLUSTER_ID', 'not-a-uuid'), 'invalid-cluster-id');
    expect(p).toMatchObject({ severity: 'error', line: 6, column: 27, endColumn: 39, variable: 'CAMUNDA_CLUSTER_ID' });
  });

  it('knows regions, warns on unknown but well-shaped ones, errors on malformed ones', () => {
    expect(only(setLine(ZEEBE_ONLY, 'CAMUNDA_CLUSTER_REGION', 'bru-2'), 'unknown-region')).toHaveLength(0);
    const unknown = only(setLine(ZEEBE_ONLY, 'CAMUNDA_CLUSTER_REGION', 'jfk-1'), 'unknown-region');
    expect(unknown).toHaveLength(1);
    expect(unknown[0].severity).toBe('warning');
    const malformed = only(setLine(ZEEBE_ONLY, 'CAMUNDA_CLUSTER_REGION', 'BRU-2'), 'invalid-region');
    expect(malformed[0]).toMatchObject({ severity: 'error' });
    expect(malformed[0].message).toContain('"bru-2"');
    expect(only(setLine(ZEEBE_ONLY, 'CAMUNDA_CLUSTER_REGION', 'bru 2'), 'invalid-region')).toHaveLength(1);
  });

  it('checks client id and secret characters (error) and length (warning)', () => {
    expect(only(setLine(ZEEBE_ONLY, 'ZEEBE_CLIENT_ID', 'abc def'), 'invalid-client-id')[0].severity).toBe('error');
    expect(only(setLine(ZEEBE_ONLY, 'ZEEBE_CLIENT_ID', 'abc'), 'unusual-client-id-length')[0].severity).toBe('warning');
    expect(only(setLine(ZEEBE_ONLY, 'ZEEBE_CLIENT_SECRET', 'a/b'), 'invalid-client-secret')[0].severity).toBe('error');
    expect(only(setLine(ZEEBE_ONLY, 'ZEEBE_CLIENT_SECRET', SECRET.slice(1)), 'unusual-client-secret-length')).toHaveLength(1);
    const spaced = only(ZEEBE_ONLY.replace(`'${SECRET}'`, `' ${SECRET}'`), 'invalid-client-secret')[0];
    expect(spaced.message).toMatch(/spaces/);
  });

  it('requires https and knows the SaaS token endpoint', () => {
    expect(only(setLine(ZEEBE_ONLY, 'ZEEBE_AUTHORIZATION_SERVER_URL', 'http://login.cloud.camunda.io/oauth/token'), 'not-https')).toHaveLength(1);
    expect(only(setLine(ZEEBE_ONLY, 'ZEEBE_AUTHORIZATION_SERVER_URL', 'login.cloud.camunda.io'), 'invalid-url')).toHaveLength(1);
    expect(only(setLine(ZEEBE_ONLY, 'ZEEBE_AUTHORIZATION_SERVER_URL', 'https://example.com/token'), 'unknown-token-url')[0].severity).toBe('warning');
    // a trailing slash is what some clients send; it is the same endpoint
    const slash = ZEEBE_ONLY.replace(/oauth\/token'/g, "oauth/token/'");
    expect(problemsOf(slash)).toEqual([]);
  });

  it('checks the gRPC address: port, scheme and SaaS shape', () => {
    expect(only(setLine(ZEEBE_ONLY, 'ZEEBE_ADDRESS', `${CLUSTER}.bru-2.zeebe.camunda.io:26500`), 'address-port')[0].severity).toBe('error');
    expect(only(setLine(ZEEBE_ONLY, 'ZEEBE_ADDRESS', `${CLUSTER}.bru-2.zeebe.camunda.io`), 'address-port')[0].severity).toBe('warning');
    expect(only(setLine(ZEEBE_ONLY, 'ZEEBE_ADDRESS', `grpcs://${CLUSTER}.bru-2.zeebe.camunda.io:443`), 'address-scheme')[0].severity).toBe('warning');
    expect(only(setLine(ZEEBE_ONLY, 'ZEEBE_ADDRESS', `http://${CLUSTER}.bru-2.zeebe.camunda.io:443`), 'address-scheme')[0].severity).toBe('error');
    expect(only(setLine(ZEEBE_ONLY, 'ZEEBE_ADDRESS', 'localhost:443'), 'address-not-saas')).toHaveLength(1);
    expect(only(setLine(ZEEBE_ONLY, 'ZEEBE_ADDRESS', 'a b'), 'invalid-address')).toHaveLength(1);
  });

  it('knows audiences and points out one meant for another API', () => {
    expect(only(setLine(ZEEBE_ONLY, 'ZEEBE_TOKEN_AUDIENCE', 'tasklist.camunda.io'), 'wrong-audience')).toHaveLength(1);
    expect(only(setLine(ZEEBE_ONLY, 'ZEEBE_TOKEN_AUDIENCE', 'zeebe.example.com'), 'unknown-audience')).toHaveLength(1);
    expect(problemsOf(setLine(ZEEBE_ONLY, 'ZEEBE_TOKEN_AUDIENCE', `${CLUSTER}.bru-2.zeebe.camunda.io`))).toEqual([]);
    expect(only(setLine(ZEEBE_ONLY, 'ZEEBE_TOKEN_AUDIENCE', `${OTHER_CLUSTER}.bru-2.zeebe.camunda.io`), 'cluster-mismatch')).toHaveLength(1);
  });

  it('checks the scope list', () => {
    expect(only(setLine(ZEEBE_ONLY, 'CAMUNDA_CREDENTIALS_SCOPES', 'Zeebe,Bogus'), 'unknown-scope')).toHaveLength(1);
    expect(only(setLine(ZEEBE_ONLY, 'CAMUNDA_CREDENTIALS_SCOPES', 'zeebe'), 'unknown-scope')[0].message).toMatch(/Zeebe/);
    expect(only(setLine(ZEEBE_ONLY, 'CAMUNDA_CREDENTIALS_SCOPES', 'Zeebe,Zeebe'), 'duplicate-scope')[0].severity).toBe('info');
    expect(only(setLine(ZEEBE_ONLY, 'CAMUNDA_CREDENTIALS_SCOPES', ','), 'empty-scopes')).toHaveLength(1);
    expect(parseCredentials(setLine(ZEEBE_ONLY, 'CAMUNDA_CREDENTIALS_SCOPES', 'Zeebe,Secrets')).credentials?.scopes).toEqual(['Zeebe', 'Secrets']);
  });
});

describe('values must agree with each other', () => {
  it('flags a gRPC address naming another cluster (the domain notes\' sample has this)', () => {
    const text = setLine(ZEEBE_ONLY, 'ZEEBE_ADDRESS', `${OTHER_CLUSTER}.bru-2.zeebe.camunda.io:443`);
    const [p] = only(text, 'cluster-mismatch');
    expect(p).toMatchObject({ severity: 'error', line: 1, variable: 'ZEEBE_ADDRESS' });
    expect(p.message).toContain('CAMUNDA_CLUSTER_ID (line 6)');
  });

  it('flags a region that differs between address and region variable', () => {
    const text = setLine(ZEEBE_ONLY, 'CAMUNDA_CLUSTER_REGION', 'syd-1');
    const [p] = only(text, 'region-mismatch');
    expect(p).toMatchObject({ line: 1, variable: 'ZEEBE_ADDRESS' });
  });

  it('requires CAMUNDA_OAUTH_URL to equal ZEEBE_AUTHORIZATION_SERVER_URL', () => {
    const text = setLine(ZEEBE_ONLY, 'CAMUNDA_OAUTH_URL', 'https://login.cloud.camunda.io/other');
    const [p] = only(text, 'conflicting-values');
    expect(p).toMatchObject({ severity: 'error', line: 9, variable: 'CAMUNDA_OAUTH_URL' });
    expect(p.message).toContain('ZEEBE_AUTHORIZATION_SERVER_URL (line 4)');
  });

  it('flags two generations of the client id that disagree, without showing secrets', () => {
    const text = `${ZEEBE_ONLY}export CAMUNDA_CLIENT_ID='${CLIENT_ID.replace('X', 'Y')}'\nexport CAMUNDA_CLIENT_SECRET='${SECRET.replace('q', 'r')}'\n`;
    const conflicts = only(text, 'conflicting-values');
    expect(conflicts.map((p) => p.variable)).toEqual(['CAMUNDA_CLIENT_ID', 'CAMUNDA_CLIENT_SECRET']);
    for (const p of problemsOf(text)) expect(p.message).not.toContain(SECRET.slice(0, 20));
  });

  it('treats ZEEBE_ADDRESS and grpcs:// ZEEBE_GRPC_ADDRESS for the same host as equal', () => {
    expect(problemsOf(`${ZEEBE_ONLY}export ZEEBE_GRPC_ADDRESS='grpcs://${CLUSTER}.bru-2.zeebe.camunda.io:443'\n`)).toEqual([]);
  });

  it('wants base URLs exactly with their scopes', () => {
    const extra = `${ZEEBE_ONLY}export CAMUNDA_OPERATE_BASE_URL='https://bru-2.operate.camunda.io/${CLUSTER}'\n`;
    expect(only(extra, 'base-url-without-scope')[0]).toMatchObject({ severity: 'warning', line: 10, variable: 'CAMUNDA_OPERATE_BASE_URL' });
    const missing = CONSOLE_FILE.replace(/^export CAMUNDA_OPTIMIZE_BASE_URL.*\n/m, '');
    expect(only(missing, 'scope-without-base-url')[0].message).toContain('Optimize');
    const wrongCluster = CONSOLE_FILE.replace(`tasklist.camunda.io/${CLUSTER}`, `tasklist.camunda.io/${OTHER_CLUSTER}`);
    expect(only(wrongCluster, 'cluster-mismatch')[0].variable).toBe('CAMUNDA_TASKLIST_BASE_URL');
  });
});

describe('completeness, names and duplicates', () => {
  it('reports each missing required value once, with the name to add', () => {
    const problems = problemsOf('# nothing here\n');
    expect(problems.map((p) => p.code)).toEqual(['missing-value', 'missing-value', 'missing-value']);
    expect(problems[0].message).toMatch(/ZEEBE_CLIENT_ID|CAMUNDA_CLUSTER_ID|ZEEBE_CLIENT_SECRET/);
    expect(parseCredentials('').credentials).toBeUndefined();
  });

  it('takes the cluster from the address when no CAMUNDA_CLUSTER_ID is given', () => {
    const text = `ZEEBE_ADDRESS=${CLUSTER}.sin-1.zeebe.camunda.io:443\nZEEBE_CLIENT_ID=${CLIENT_ID}\nZEEBE_CLIENT_SECRET=${SECRET}\n`;
    const result = parseCredentials(text);
    expect(result.problems).toEqual([]);
    expect(result.credentials).toMatchObject({ clusterId: CLUSTER, region: 'sin-1', zeebeRestAddress: `https://sin-1.zeebe.camunda.io/${CLUSTER}` });
  });

  it('assumes bru-2 with a note when only a cluster id is given', () => {
    const result = parseCredentials(`CAMUNDA_CLUSTER_ID=${CLUSTER}\nZEEBE_CLIENT_ID=${CLIENT_ID}\nZEEBE_CLIENT_SECRET=${SECRET}\n`);
    expect(result.problems.map((p) => [p.code, p.severity])).toEqual([['default-region', 'info']]);
    expect(result.credentials?.region).toBe('bru-2');
  });

  it('warns about unknown variables, suggesting near misses, and never fails because of them', () => {
    const result = parseCredentials(`${ZEEBE_ONLY}export ZEEBE_CLIENTID='x'\nexport MY_APP_PORT='8080'\n`);
    expect(result.valid).toBe(true);
    const unknown = result.problems.filter((p) => p.code === 'unknown-variable');
    expect(unknown.map((p) => p.severity)).toEqual(['warning', 'warning']);
    expect(unknown[0].message).toMatch(/Did you mean ZEEBE_CLIENT_ID\?/);
    expect(unknown[1].message).not.toMatch(/Did you mean/);
    expect(only(`${ZEEBE_ONLY}export CAMUNDA_LOG_LEVEL='debug'\n`, 'unknown-variable')).toEqual([]);
  });

  it('warns about a duplicate key at the ignored line; the last one wins', () => {
    const text = `${ZEEBE_ONLY}export CAMUNDA_CLUSTER_REGION='bru-2'\n`;
    const [dup] = only(text, 'duplicate-key');
    expect(dup).toMatchObject({ severity: 'warning', line: 7, variable: 'CAMUNDA_CLUSTER_REGION' });
    expect(dup.message).toContain('line 10');
    const result = parseCredentials(ZEEBE_ONLY.replace("REGION='bru-2'", "REGION='syd-1'") + "export CAMUNDA_CLUSTER_REGION='bru-2'\n");
    expect(result.credentials?.region).toBe('bru-2');
  });

  it('warns about empty values and a mode other than saas', () => {
    expect(only(`${ZEEBE_ONLY}export CAMUNDA_TASKLIST_BASE_URL=''\n`, 'empty-value')).toHaveLength(1);
    expect(only(`${ZEEBE_ONLY}export CAMUNDA_CLIENT_MODE='self-managed'\n`, 'unsupported-mode')).toHaveLength(1);
  });
});

describe('secrets stay out of messages', () => {
  it('never quotes a secret, even one pasted into another field', () => {
    const text = setLine(setLine(ZEEBE_ONLY, 'CAMUNDA_CLUSTER_REGION', SECRET.toLowerCase()), 'ZEEBE_CLIENT_SECRET', SECRET.toLowerCase());
    const messages = problemsOf(text).map((p) => p.message).join('\n');
    expect(messages).toMatch(/region/);
    expect(messages).not.toContain(SECRET.toLowerCase());
    expect(messages).not.toContain(SECRET.toLowerCase().slice(0, 40));
  });

  it('cuts long values it quotes to 4 characters', () => {
    const pasted = 'abcdefgh1234abcdefgh1234abcdefgh'; // well-shaped as a region, so it gets quoted
    const [p] = only(setLine(ZEEBE_ONLY, 'CAMUNDA_CLUSTER_REGION', pasted), 'unknown-region');
    expect(p.message).toContain('"abcd…" (32 characters)');
    expect(p.message).not.toContain('abcdefgh');
  });
});

describe('problem helpers for the UI', () => {
  it('sorts by position, errors first, and counts by severity', () => {
    const mk = (line: number, column: number, severity: Problem['severity']): Problem => ({
      code: 'empty-value', severity, message: '', line, column, endLine: line, endColumn: column + 1,
    });
    const sorted = sortProblems([mk(2, 1, 'info'), mk(1, 5, 'warning'), mk(2, 1, 'error'), mk(1, 2, 'info')]);
    expect(sorted.map((p) => `${p.line}:${p.column}:${p.severity}`)).toEqual(['1:2:info', '1:5:warning', '2:1:error', '2:1:info']);
    expect(countProblems(sorted)).toEqual({ error: 1, warning: 1, info: 2 });
  });

  it('turns a problem into Monaco marker data', () => {
    const [p] = only(setLine(ZEEBE_ONLY, 'CAMUNDA_CLUSTER_ID', 'nope'), 'invalid-cluster-id');
    expect(toMarkerData(p)).toEqual({
      severity: 8, message: p.message, code: 'invalid-cluster-id', source: 'credentials',
      startLineNumber: 6, startColumn: 27, endLineNumber: 6, endColumn: 33,
    });
  });
});
