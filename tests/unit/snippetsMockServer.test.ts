/**
 * Runs generated snippets for real against the local mock auth server (scripts/mock-server.ts):
 * the curl snippets with the curl binary, and the Node snippet's configuration through the
 * @camunda8/sdk OAuthProvider. The curl snippet's topology call reaches the mock cluster's REST API.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Auth } from '@camunda8/sdk';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Credentials } from '../../src/lib/credentials/model';
import { generateSnippet, mockServerEndpoints, type SnippetOptions } from '../../src/lib/snippets';
import { BASH, bashVariables, makeCredentials, runNodeSnippet } from './snippetsSupport';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');
// Well-formed as the Console issues them (the mock rejects anything else).
const CLIENT_ID = 'snippetTestClient-0123456789_abc';
const CLIENT_SECRET = 'snippet.test~secret-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHI';

let server: ChildProcess;
let stdout = '';
let stderr = '';
let credentials: Credentials;
let options: SnippetOptions;

async function waitFor(read: () => string, pattern: RegExp, ms = 15_000): Promise<RegExpMatchArray> {
  const until = Date.now() + ms;
  for (;;) {
    const match = read().match(pattern);
    if (match) return match;
    if (Date.now() > until) throw new Error(`timed out waiting for ${pattern}; got:\n${read()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The token requests the mock has logged so far (one JSON line each on stdout). */
function tokenLog(): { clientId: string; audience: string; status: number }[] {
  return stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)).filter((e) => e.kind !== 'api');
}

async function runSnippet(code: string): Promise<{ token: string; stderr: string }> {
  // Hide what the snippet prints (the topology answer) and report TOKEN alone.
  const script = `{\n${code}\n} > /dev/null\nprintf '%s' "$TOKEN"`;
  const result = await run(BASH, ['--noprofile', '--norc', '-c', script], { env: { PATH: process.env.PATH ?? '' }, timeout: 20_000 });
  return { token: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  // One process (node with the tsx loader), so killing it by pid leaves nothing behind.
  server = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/mock-server.ts', '--port', '0', '--client-id', CLIENT_ID, '--client-secret', CLIENT_SECRET, '--block-seconds', '1', '--tarpit-seconds', '0', '--log', 'json'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [, origin] = await waitFor(() => stderr, /listening on (http:\/\/127\.0\.0\.1:\d+)/);
  await waitFor(() => stderr, /export CAMUNDA_OAUTH_URL='[^']*'/);
  // Load the credentials file the server printed, as a user would: by sourcing it.
  const file = stderr.split('\n').filter((l) => l.startsWith('export ')).join('\n');
  const env = bashVariables(file, ['ZEEBE_CLIENT_ID', 'ZEEBE_CLIENT_SECRET', 'ZEEBE_AUTHORIZATION_SERVER_URL', 'ZEEBE_TOKEN_AUDIENCE', 'CAMUNDA_CLUSTER_ID', 'CAMUNDA_CLUSTER_REGION']);
  credentials = makeCredentials({
    clientId: env.ZEEBE_CLIENT_ID,
    clientSecret: env.ZEEBE_CLIENT_SECRET,
    authorizationServerUrl: env.ZEEBE_AUTHORIZATION_SERVER_URL,
    audience: env.ZEEBE_TOKEN_AUDIENCE,
    clusterId: env.CAMUNDA_CLUSTER_ID,
    region: env.CAMUNDA_CLUSTER_REGION,
  });
  // The mock answers REST calls at the address it printed; it has no gRPC gateway.
  options = { endpoints: { ...mockServerEndpoints(origin, { clusterId: credentials.clusterId, region: credentials.region }), grpcAddress: '127.0.0.1:1' } };
}, 30_000);

afterAll(() => {
  server?.kill('SIGTERM');
});

describe('snippets against the local mock server', () => {
  it('loaded the credentials file the server printed', () => {
    expect(credentials.clientId).toBe(CLIENT_ID);
    expect(credentials.clientSecret).toBe(CLIENT_SECRET);
    expect(credentials.authorizationServerUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/oauth\/token$/);
  });

  it('the curl snippet (form body) obtains a Zeebe token', async () => {
    const { token } = await runSnippet(generateSnippet('curl', credentials, options).code);
    const claims = decodeJwt(token);
    expect(claims.aud).toBe('zeebe.camunda.io');
    expect(claims['https://camunda.com/clientId'] ?? claims.azp).toBe(CLIENT_ID);
    expect(tokenLog().at(-1)).toMatchObject({ clientId: CLIENT_ID, status: 200 });
  });

  it('the curl snippet goes on to get the topology from the mock cluster (200)', async () => {
    const result = await run(BASH, ['--noprofile', '--norc', '-c', generateSnippet('curl', credentials, options).code], { env: { PATH: process.env.PATH ?? '' }, timeout: 20_000 });
    expect(JSON.parse(result.stdout)).toMatchObject({ clusterSize: 3, brokers: expect.any(Array) });
    expect(stdout).toMatch(/"kind":"api","method":"GET","path":"\/v2\/topology","clusterId":"[^"]+","status":200/);
  });

  it('the curl snippet (JSON body) obtains a Zeebe token', async () => {
    const before = tokenLog().length;
    const { token } = await runSnippet(generateSnippet('curl-json', credentials, options).code);
    expect(decodeJwt(token).aud).toBe('zeebe.camunda.io');
    expect(tokenLog().slice(before)).toEqual([expect.objectContaining({ status: 200 })]);
  });

  it('the curl snippet with a wrong secret gets no token and says why', async () => {
    const wrong = { ...credentials, clientSecret: `${CLIENT_SECRET.slice(0, -1)}X` };
    const result = await runSnippet(generateSnippet('curl', wrong, options).code);
    expect(result.token).toBe('');
    expect(result.stderr).toMatch(/No token in the answer: .*invalid_client/);
  });

  it("the Node SDK snippet's configuration gets a token through the SDK's OAuthProvider, once", async () => {
    const config = runNodeSnippet(generateSnippet('node-sdk', credentials, options).code);
    expect(config.CAMUNDA_OAUTH_URL).toBe(credentials.authorizationServerUrl);
    const dir = mkdtempSync(join(tmpdir(), 'snippets-sdk-'));
    try {
      const before = tokenLog().length;
      const provider = new Auth.OAuthProvider({
        // Keep the SDK away from ~/.camunda: no disk cache, and a throwaway cache folder.
        config: { ...config, CAMUNDA_TOKEN_DISK_CACHE_DISABLE: true, CAMUNDA_TOKEN_CACHE_DIR: join(dir, 'cache') } as never,
      });
      const first = (await provider.getHeaders('ZEEBE')) as { authorization: string };
      const second = (await provider.getHeaders('ZEEBE')) as { authorization: string };
      expect(first.authorization).toMatch(/^Bearer ey/);
      expect(decodeJwt(first.authorization.slice('Bearer '.length)).aud).toBe('zeebe.camunda.io');
      // The second call is answered from the SDK's memory cache: the mock saw one request.
      expect(second.authorization).toBe(first.authorization);
      await waitFor(() => String(tokenLog().length - before), /^1$/, 2_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the Node environment snippet, exported in bash, lets new OAuthProvider() read everything from the environment', async () => {
    const snippet = generateSnippet('node-env', credentials, options).code;
    const program = "const { Auth } = require('@camunda8/sdk'); new Auth.OAuthProvider().getHeaders('ZEEBE').then((h) => process.stdout.write(h.authorization), (e) => { console.error(e.message); process.exit(1); });";
    const dir = mkdtempSync(join(tmpdir(), 'snippets-env-'));
    try {
      const script = `${snippet}\nexport CAMUNDA_TOKEN_DISK_CACHE_DISABLE=true CAMUNDA_TOKEN_CACHE_DIR='${dir}'\nexec '${process.execPath}' -e "$PROGRAM"`;
      const { stdout: header } = await run(BASH, ['--noprofile', '--norc', '-c', script], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: dir, PROGRAM: program },
        timeout: 20_000,
      });
      expect(header).toMatch(/^Bearer ey/);
      expect(decodeJwt(header.slice('Bearer '.length))['https://camunda.com/clientId'] ?? decodeJwt(header.slice(7)).azp).toBe(CLIENT_ID);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
