// The local mock server's cluster REST API, called as readers will call it: curl with the token,
// and the Node SDK's REST client configured from the credentials file the server prints.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Camunda8 } from '@camunda8/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');
const CLIENT_ID = 'apiTestClient-0123456789_abc';
const CLIENT_SECRET = 'api.test~secret-0123456789abcdefghijklmnopqrstuvwxyz';

let server: ChildProcess;
let out = '';
let err = '';
let env: Record<string, string> = {};
let cacheDir = '';

async function waitFor(pattern: RegExp, ms = 15_000): Promise<RegExpMatchArray> {
  const until = Date.now() + ms;
  for (;;) {
    const match = err.match(pattern);
    if (match) return match;
    if (Date.now() > until) throw new Error(`timed out waiting for ${pattern}; got:\n${err}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function curl(args: string[]): Promise<{ status: number; headers: string; body: string }> {
  const { stdout } = await run('/usr/bin/curl', ['-s', '-i', '--max-time', '5', ...args]);
  const split = stdout.indexOf('\r\n\r\n');
  return { status: Number(stdout.split(' ')[1]), headers: stdout.slice(0, split).toLowerCase(), body: stdout.slice(split + 4) };
}

async function getToken(): Promise<string> {
  const answer = await curl(['-X', 'POST', env.ZEEBE_AUTHORIZATION_SERVER_URL, '-d', 'grant_type=client_credentials', '-d', `audience=${env.ZEEBE_TOKEN_AUDIENCE}`, '-d', `client_id=${CLIENT_ID}`, '-d', `client_secret=${CLIENT_SECRET}`]);
  expect(answer.status).toBe(200);
  return (JSON.parse(answer.body) as { access_token: string }).access_token;
}

beforeAll(async () => {
  server = spawn(process.execPath, ['--import', 'tsx', 'scripts/mock-server.ts', '--port', '0', '--client-id', CLIENT_ID, '--client-secret', CLIENT_SECRET, '--tarpit-seconds', '0', '--log', 'json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  server.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  await waitFor(/Press Ctrl-C/);
  env = Object.fromEntries([...err.matchAll(/^export (\w+)='([^']*)'$/gm)].map((m) => [m[1], m[2]]));
  cacheDir = mkdtempSync(join(tmpdir(), 'mock-api-sdk-'));
}, 20_000);

afterAll(() => {
  if (server.exitCode === null) server.kill('SIGKILL');
  rmSync(cacheDir, { recursive: true, force: true });
});

describe('the local mock server as a cluster', () => {
  it('prints a REST address laid out as SaaS lays it out, under its own origin', () => {
    expect(env.ZEEBE_REST_ADDRESS).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/${env.CAMUNDA_CLUSTER_REGION}/${env.CAMUNDA_CLUSTER_ID}$`));
    expect(env.CAMUNDA_REST_ADDRESS).toBe(env.ZEEBE_REST_ADDRESS);
  });

  it('answers curl with a token, then the topology (200)', async () => {
    const answer = await curl(['-H', `Authorization: Bearer ${await getToken()}`, `${env.ZEEBE_REST_ADDRESS}/v2/topology`]);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ clusterSize: 3, partitionsCount: 3, brokers: expect.any(Array) });
    expect(out).toMatch(/"kind":"api","method":"GET","path":"\/v2\/topology".*"status":200/);
  });

  it('refuses a tampered token with a 401 problem and a Bearer challenge', async () => {
    const [h, p, s] = (await getToken()).split('.');
    const tampered = `${h}.${p.slice(0, -2)}${p.endsWith('A') ? 'B' : 'A'}${p.slice(-1)}.${s}`;
    const answer = await curl(['-H', `Authorization: Bearer ${tampered}`, `${env.ZEEBE_REST_ADDRESS}/v2/topology`]);
    expect(answer.status).toBe(401);
    expect(answer.headers).toContain('content-type: application/problem+json');
    expect(answer.headers).toMatch(/www-authenticate: bearer realm="[^"]+", error="invalid_token"/);
    expect(JSON.parse(answer.body)).toMatchObject({ status: 401, title: 'UNAUTHORIZED' });
  });

  it("answers the Node SDK's REST client (getTopology) configured from the printed file", async () => {
    const c8 = new Camunda8({
      ZEEBE_REST_ADDRESS: env.ZEEBE_REST_ADDRESS,
      ZEEBE_GRPC_ADDRESS: env.ZEEBE_ADDRESS,
      ZEEBE_CLIENT_ID: env.ZEEBE_CLIENT_ID,
      ZEEBE_CLIENT_SECRET: env.ZEEBE_CLIENT_SECRET,
      ZEEBE_TOKEN_AUDIENCE: env.ZEEBE_TOKEN_AUDIENCE,
      CAMUNDA_OAUTH_URL: env.CAMUNDA_OAUTH_URL,
      CAMUNDA_AUTH_STRATEGY: 'OAUTH',
      CAMUNDA_TOKEN_DISK_CACHE_DISABLE: true,
      CAMUNDA_TOKEN_CACHE_DIR: join(cacheDir, 'cache'),
    } as never);
    const topology = await c8.getCamundaRestClient().getTopology();
    expect(topology).toMatchObject({ clusterSize: 3, gatewayVersion: expect.any(String) });
    expect(topology.brokers[0].partitions.length).toBe(3);
  });

  it('exits 0 on SIGINT', async () => {
    const exit = new Promise<number | null>((done) => server.on('exit', (code) => done(code)));
    server.kill('SIGINT');
    expect(await exit).toBe(0);
  });
});
