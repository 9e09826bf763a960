/**
 * The Quickstart's Node.js worker (examples/quickstart/node/worker.ts, the very file the page shows)
 * run as a reader runs it, against the local mock server: it must get a token and the topology.
 * The mock serves no gRPC, so the test stops the worker once the REST step has printed its line;
 * its gRPC address points at a closed local port so nothing leaves the machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bashVariables } from './snippetsSupport';

const ROOT = resolve(__dirname, '../..');
const WORKER = 'examples/quickstart/node/worker.ts';
const CLIENT_ID = 'quickstartTestClient-0123456789a';
const CLIENT_SECRET = 'quickstart.test~secret-0123456789abcdefghijklmnopqrstuvwxyzABCDEF';
const CREDENTIAL_NAMES = ['ZEEBE_CLIENT_ID', 'ZEEBE_CLIENT_SECRET', 'CAMUNDA_OAUTH_URL', 'ZEEBE_TOKEN_AUDIENCE', 'ZEEBE_REST_ADDRESS', 'CAMUNDA_CLUSTER_ID'] as const;

let server: ChildProcess;
let serverOut = '';
let serverErr = '';
let env: Record<string, string>;
const home = mkdtempSync(join(tmpdir(), 'quickstart-node-'));

async function waitFor(read: () => string, pattern: RegExp, ms = 20_000): Promise<RegExpMatchArray> {
  const until = Date.now() + ms;
  for (;;) {
    const match = read().match(pattern);
    if (match) return match;
    if (Date.now() > until) throw new Error(`timed out waiting for ${pattern}; got:\n${read()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The mock's --log json lines so far. */
function mockLog(): Record<string, unknown>[] {
  return serverOut.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Runs the worker as a reader does (node with tsx), until it prints its topology line; returns all it printed. */
async function runWorkerUntilConnected(extraEnv: Record<string, string> = {}): Promise<string> {
  let out = '';
  const worker = spawn(process.execPath, ['--import', 'tsx', WORKER], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '',
      HOME: home,
      ...env,
      // The printed file's ZEEBE_ADDRESS names a made-up SaaS host; keep gRPC on a closed local port.
      ZEEBE_ADDRESS: '127.0.0.1:1',
      CAMUNDA_TOKEN_CACHE_DIR: join(home, 'token-cache'),
      CAMUNDA_TOKEN_DISK_CACHE_DISABLE: 'true',
      ...extraEnv,
    },
  });
  worker.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  worker.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  try {
    await waitFor(() => out, /Connected: cluster of \d+ brokers, gateway \S+/);
  } finally {
    worker.kill('SIGKILL');
  }
  return out;
}

beforeAll(async () => {
  server = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/mock-server.ts', '--port', '0', '--client-id', CLIENT_ID, '--client-secret', CLIENT_SECRET, '--log', 'json'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout!.on('data', (chunk: Buffer) => (serverOut += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (serverErr += chunk.toString()));
  await waitFor(() => serverErr, /export CAMUNDA_REST_ADDRESS='[^']*'/);
  // The credentials file the server printed, sourced as the page tells the reader to.
  const file = serverErr.split('\n').filter((l) => l.startsWith('export ')).join('\n');
  env = bashVariables(file, CREDENTIAL_NAMES);
}, 30_000);

afterAll(() => {
  server?.kill('SIGTERM');
  rmSync(home, { recursive: true, force: true });
});

describe('the Quickstart Node.js worker against the local mock', () => {
  it('is the file the Quickstart page shows', () => {
    const page = readFileSync(join(ROOT, 'docs/quickstart.mdx'), 'utf8');
    expect(page).toContain(`!../${WORKER}'`);
  });

  it('every example file is shown by the page from the file itself, never from a copy', () => {
    const page = readFileSync(join(ROOT, 'docs/quickstart.mdx'), 'utf8');
    const dir = join(ROOT, 'examples/quickstart');
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(ROOT.length + 1));
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const file of files) {
      // JSON is imported as data (a loader cannot turn it into text); everything else as raw text.
      const imported = file.endsWith('.json') ? `from '../${file}'` : `rawSourceLoader.cjs!../${file}'`;
      expect(page, file).toContain(imported);
    }
  });

  it('gets one token and the topology, and prints the checkpoint line', async () => {
    const before = mockLog().length;
    // DEBUG=camunda:oauth is how the 429 procedure counts a Node program's token requests.
    const out = await runWorkerUntilConnected({ DEBUG: 'camunda:oauth' });
    expect(out.match(/Connected: cluster of \d+ brokers, gateway \S+/)?.[0]).toBe('Connected: cluster of 3 brokers, gateway 8.8.0');
    const log = mockLog().slice(before);
    const tokens = log.filter((e) => e.kind !== 'api');
    const calls = log.filter((e) => e.kind === 'api');
    expect(tokens).toEqual([expect.objectContaining({ clientId: CLIENT_ID, audience: 'zeebe.camunda.io', status: 200 })]);
    expect(calls).toEqual([expect.objectContaining({ method: 'GET', path: '/v2/topology', clusterId: env.CAMUNDA_CLUSTER_ID, status: 200 })]);
    // One token request, one debug line: the count the procedure relies on, and no secret in it.
    expect(out.match(/Making token request/g)).toHaveLength(1);
    expect(out).not.toContain(CLIENT_SECRET);
  }, 40_000);
});
