// Starts the real local mock server (scripts/mock-server.ts) and drives it with the curl binary.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');
const CLIENT_ID = 'curl-test-client-0001';
const CLIENT_SECRET = 'curl-test-secret-0123456789abcdef';

interface CurlResult {
  status: number;
  headers: Record<string, string>;
  body: string;
}

async function curl(args: string[]): Promise<CurlResult> {
  const { stdout } = await run('/usr/bin/curl', ['-s', '-i', '--max-time', '5', ...args]);
  const split = stdout.indexOf('\r\n\r\n');
  const [statusLine, ...lines] = stdout.slice(0, split).split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(statusLine.split(' ')[1]), headers, body: stdout.slice(split + 4) };
}

function startServer(args: string[]): { child: ChildProcess; stdout: () => string; stderr: () => string; exit: Promise<number | null> } {
  // One process (node with the tsx loader), so killing it leaves no orphaned grandchild.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/mock-server.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exit = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, stdout: () => out, stderr: () => err, exit };
}

async function waitFor(read: () => string, pattern: RegExp, ms = 10_000): Promise<RegExpMatchArray> {
  const until = Date.now() + ms;
  for (;;) {
    const match = read().match(pattern);
    if (match) return match;
    if (Date.now() > until) throw new Error(`timed out waiting for ${pattern}; got:\n${read()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('local mock server over HTTP', () => {
  let server: ReturnType<typeof startServer>;
  let origin = '';
  let tokenUrl = '';
  const form = (secret: string) => ['-d', 'grant_type=client_credentials', '-d', 'audience=zeebe.camunda.io', '-d', `client_id=${CLIENT_ID}`, '-d', `client_secret=${secret}`];

  beforeAll(async () => {
    server = startServer(['--port', '0', '--block-seconds', '1', '--tarpit-seconds', '0', '--client-id', CLIENT_ID, '--client-secret', CLIENT_SECRET, '--log', 'json']);
    const match = await waitFor(server.stderr, /listening on (http:\/\/127\.0\.0\.1:(\d+))/);
    origin = match[1];
    tokenUrl = `${origin}/oauth/token`;
    expect(Number(match[2])).toBeGreaterThan(0);
  }, 15_000);

  afterAll(async () => {
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
  });

  it('prints a credentials file that points at itself', () => {
    expect(server.stderr()).toContain(`export ZEEBE_AUTHORIZATION_SERVER_URL='${tokenUrl}'`);
    expect(server.stderr()).toContain(`export CAMUNDA_OAUTH_URL='${tokenUrl}'`);
    expect(server.stderr()).toContain(`export ZEEBE_CLIENT_ID='${CLIENT_ID}'`);
  });

  it('issues tokens for form and JSON bodies that verify against its own discovery', async () => {
    const formAnswer = await curl(['-X', 'POST', tokenUrl, ...form(CLIENT_SECRET)]);
    expect(formAnswer.status).toBe(200);
    expect(formAnswer.headers['cache-control']).toBe('no-store');
    const json = JSON.stringify({ grant_type: 'client_credentials', audience: 'operate.camunda.io', client_id: CLIENT_ID, client_secret: CLIENT_SECRET });
    const jsonAnswer = await curl(['-X', 'POST', `${tokenUrl}/`, '-H', 'Content-Type: application/json', '--data-binary', json]);
    expect(jsonAnswer.status).toBe(200);

    const issuer = new URL(`${origin}/`);
    const options = { [oauth.allowInsecureRequests]: true };
    const as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, options));
    const { access_token } = JSON.parse(jsonAnswer.body) as { access_token: string };
    const { payload } = await jwtVerify(access_token, createRemoteJWKSet(new URL(as.jwks_uri!)), { issuer: as.issuer, audience: 'operate.camunda.io' });
    expect(payload.azp).toBe(CLIENT_ID);
  });

  it('gets a token through oauth4webapi with Basic client authentication', async () => {
    const issuer = new URL(`${origin}/`);
    const options = { [oauth.allowInsecureRequests]: true };
    const as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, options));
    const client = { client_id: CLIENT_ID };
    const response = await oauth.clientCredentialsGrantRequest(as, client, oauth.ClientSecretBasic(CLIENT_SECRET), new URLSearchParams({ audience: 'zeebe.camunda.io' }), options);
    expect((await oauth.processClientCredentialsResponse(as, client, response)).token_type).toBe('bearer');
  });

  it('refuses a wrong secret with 401, and Basic with WWW-Authenticate', async () => {
    const post = await curl(['-X', 'POST', tokenUrl, ...form('wrong-secret-000000')]);
    expect(post.status).toBe(401);
    expect(JSON.parse(post.body)).toMatchObject({ error: 'invalid_client' });
    const basic = await curl(['-X', 'POST', tokenUrl, '-u', `${CLIENT_ID}:wrong-secret-000000`, '-d', 'grant_type=client_credentials', '-d', 'audience=zeebe.camunda.io']);
    expect(basic.status).toBe(401);
    expect(basic.headers['www-authenticate']).toMatch(/^Basic realm=/);
  });

  it('blocks with 429 and Retry-After once hammered, then lets requests through after the block', async () => {
    let limited: CurlResult | null = null;
    for (let i = 0; i < 20 && !limited; i++) {
      const answer = await curl(['-X', 'POST', tokenUrl, ...form(CLIENT_SECRET)]);
      if (answer.status === 429) limited = answer;
      else expect(answer.status).toBe(200);
    }
    expect(limited).not.toBeNull();
    expect(limited!.headers['retry-after']).toBe('1');
    expect(JSON.parse(limited!.body)).toMatchObject({ error: 'too_many_requests' });
    await new Promise((r) => setTimeout(r, 1100));
    expect((await curl(['-X', 'POST', tokenUrl, ...form(CLIENT_SECRET)])).status).toBe(200);
  }, 15_000);

  it('logs one JSON line per token request without secrets, and exits 0 on SIGINT', async () => {
    const lines = server.stdout().trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.length).toBeGreaterThanOrEqual(7); // 5 before the hammering, at least one 429, one after the block
    expect(lines[0]).toMatchObject({ clientId: CLIENT_ID, audience: 'zeebe.camunda.io', status: 200, outcome: 'issued', source: '127.0.0.1' });
    expect(typeof lines[0].time).toBe('string');
    expect(lines.map((l) => l.status)).toContain(429);
    expect(server.stdout()).not.toContain(CLIENT_SECRET);
    server.child.kill('SIGINT');
    expect(await server.exit).toBe(0);
  });
});

describe('local mock server flags', () => {
  it('answers a bad flag with one line and exit code 2', async () => {
    const bad = startServer(['--port', 'eighty']);
    expect(await bad.exit).toBe(2);
    expect(bad.stderr().trim().split('\n')).toEqual(['mock-server: --port needs a whole number from 0 to 65535; got "eighty".']);
  }, 10_000);
});
