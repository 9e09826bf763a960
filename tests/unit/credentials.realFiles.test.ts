import { describe, expect, it } from 'vitest';
import { parseCredentials } from '../../src/lib/credentials/parseCredentials';
import type { Problem } from '../../src/lib/credentials/problems';

// Files as they are found in public repositories and docs, not as the Console writes them.
const codes = (ps: readonly Problem[]) => ps.map((p) => p.code);
const errorsAndWarnings = (ps: readonly Problem[]) => ps.filter((p) => p.severity !== 'info');

const SELF_MANAGED_ENV = [
  '# Camunda 8 Self-Managed with Docker Compose and Keycloak',
  'ZEEBE_ADDRESS=localhost:26500',
  'ZEEBE_REST_ADDRESS=http://localhost:8080',
  'ZEEBE_CLIENT_ID=zeebe',
  'ZEEBE_CLIENT_SECRET=zecret',
  'ZEEBE_AUTHORIZATION_SERVER_URL=http://localhost:18080/auth/realms/camunda-platform/protocol/openid-connect/token',
  'ZEEBE_TOKEN_AUDIENCE=orchestration',
  'ZEEBE_SECURE_CONNECTION=false',
  'CAMUNDA_OAUTH_URL=http://localhost:18080/auth/realms/camunda-platform/protocol/openid-connect/token',
  '',
].join('\n');

describe('a Self-Managed file', () => {
  const result = parseCredentials(SELF_MANAGED_ENV);

  it('is recognised and says so', () => {
    const note = result.problems.find((p) => p.code === 'self-managed');
    expect(note?.severity).toBe('info');
    expect(note?.message).toMatch(/Self-Managed/);
    expect(note?.message).toMatch(/ZEEBE_SECURE_CONNECTION=false|localhost/);
  });

  it('gets no SaaS errors or warnings: https, port 443 and SaaS shapes become notes', () => {
    expect(errorsAndWarnings(result.problems)).toEqual([]);
    const notes = result.problems.filter((p) => p.code === 'not-https' || p.code === 'address-port');
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(n.severity).toBe('info');
  });

  it('knows ZEEBE_SECURE_CONNECTION', () => {
    expect(result.problems.find((p) => p.variable === 'ZEEBE_SECURE_CONNECTION' && p.code === 'unknown-variable')).toBeUndefined();
  });

  it('a SaaS file with one wrong port is still judged by SaaS rules', () => {
    const saas = [
      "export ZEEBE_ADDRESS='5c34c0a7-7f29-4424-8414-125615f7a9b9.syd-1.zeebe.camunda.io:26500'",
      "export ZEEBE_CLIENT_ID='Xk3.qR7~w2_LmN9-pT4vB8cZ1yH6sJ0d'",
      `export ZEEBE_CLIENT_SECRET='${'a'.repeat(64)}'`,
      "export ZEEBE_AUTHORIZATION_SERVER_URL='https://login.cloud.camunda.io/oauth/token'",
      '',
    ].join('\n');
    const problems = parseCredentials(saas).problems;
    expect(codes(problems)).not.toContain('self-managed');
    expect(problems.find((p) => p.code === 'address-port')?.severity).toBe('error');
  });
});

describe('values the shell computes or the reader must still fill in', () => {
  it('names $(...) command substitution for what it is, without advice to quote it', () => {
    const text = [
      "export ZEEBE_ADDRESS='5c34c0a7-7f29-4424-8414-125615f7a9b9.syd-1.zeebe.camunda.io:443'",
      "export ZEEBE_CLIENT_ID='Xk3.qR7~w2_LmN9-pT4vB8cZ1yH6sJ0d'",
      'export ZEEBE_CLIENT_SECRET=$(kubectl get secret camunda-credentials -o jsonpath="{.data.secret}" | base64 -d)',
      '',
    ].join('\n');
    const problems = parseCredentials(text).problems;
    const secret = problems.filter((p) => p.variable === 'ZEEBE_CLIENT_SECRET');
    expect(codes(secret)).toContain('command-substitution');
    expect(codes(secret)).not.toContain('shell-expansion');
    expect(codes(problems)).not.toContain('missing-value');
    expect(secret.find((p) => p.code === 'command-substitution')?.message).toMatch(/command/);
  });

  it('also in double quotes', () => {
    const problems = parseCredentials('export ZEEBE_CLIENT_SECRET="$(vault kv get -field=secret camunda)"\n').problems;
    expect(codes(problems)).toContain('command-substitution');
  });

  it("names the docs' placeholders such as '[Client ID]' as placeholders", () => {
    const text = [
      "export ZEEBE_ADDRESS='[Zeebe API]'",
      "export ZEEBE_CLIENT_ID='[Client ID]'",
      "export ZEEBE_CLIENT_SECRET='[Client Secret]'",
      "export ZEEBE_AUTHORIZATION_SERVER_URL='[OAuth API]'",
      '',
    ].join('\n');
    const problems = parseCredentials(text).problems;
    const placeholders = problems.filter((p) => p.code === 'placeholder');
    expect(placeholders.map((p) => p.variable)).toEqual(['ZEEBE_ADDRESS', 'ZEEBE_CLIENT_ID', 'ZEEBE_CLIENT_SECRET', 'ZEEBE_AUTHORIZATION_SERVER_URL']);
    expect(placeholders[1].message).toContain('[Client ID]');
    expect(problems.some((p) => /may contain only letters/.test(p.message))).toBe(false);
  });

  it('and <your-client-id> style placeholders', () => {
    const problems = parseCredentials("ZEEBE_CLIENT_ID=<your-client-id>\n").problems;
    expect(codes(problems)).toContain('placeholder');
  });
});

describe('every variable the current clients read is known', () => {
  const names = [
    'CAMUNDA_GRPC_ADDRESS', 'CAMUNDA_REST_ADDRESS', 'CAMUNDA_TOKEN_SCOPE', 'ZEEBE_TOKEN_SCOPE', 'ZEEBE_SECURE_CONNECTION',
    'CAMUNDA_SECURE_CONNECTION', 'ZEEBE_INSECURE_CONNECTION', 'CAMUNDA_AUTH_STRATEGY', 'CAMUNDA_OAUTH_TOKEN_REFRESH_THRESHOLD_MS',
    'CAMUNDA_TOKEN_CACHE_DIR', 'CAMUNDA_TOKEN_DISK_CACHE_DISABLE', 'CAMUNDA_ZEEBE_OAUTH_AUDIENCE', 'CAMUNDA_BASIC_AUTH_USERNAME',
  ];
  it.each(names)('%s raises no unknown-variable warning', (name) => {
    const problems = parseCredentials(`export ${name}='x'\n`, {}).problems;
    expect(problems.filter((p) => p.code === 'unknown-variable')).toEqual([]);
  });
});

describe('the checker follows the chosen Camunda version', () => {
  const props87 = 'camunda.client.mode=saas\ncamunda.client.cluster-id=5c34c0a7-7f29-4424-8414-125615f7a9b9\ncamunda.client.region=bru-2\n';
  const props88 = 'camunda.client.mode=saas\ncamunda.client.cloud.cluster-id=5c34c0a7-7f29-4424-8414-125615f7a9b9\ncamunda.client.cloud.region=bru-2\n';
  it('warns about 8.6/8.7 Spring names when 8.8 is chosen, and the other way round', () => {
    expect(codes(parseCredentials(props87, { version: '8.8' }).problems)).toContain('other-version');
    expect(codes(parseCredentials(props87, { version: '8.7' }).problems)).not.toContain('other-version');
    expect(codes(parseCredentials(props88, { version: '8.7' }).problems)).toContain('other-version');
    expect(codes(parseCredentials(props88, { version: '8.8' }).problems)).not.toContain('other-version');
  });
  it('reads both generations when no version is given', () => {
    expect(parseCredentials(props87).partial.clusterId).toBe('5c34c0a7-7f29-4424-8414-125615f7a9b9');
    expect(codes(parseCredentials(props87).problems)).not.toContain('other-version');
  });
});
