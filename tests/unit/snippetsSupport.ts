/** Shared fixtures and real-parser runners for the snippet tests. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { expect } from 'vitest';
import type { Credentials } from '../../src/lib/credentials/model';

/** Secrets chosen to break naive quoting in at least one of the target languages. */
export const NASTY_SECRETS = [
  `it's "a" $HOME \\ # s$$ecret \${x} \\u0022`,
  "'",
  '"',
  '\\',
  'ends with a backslash\\',
  "\\'",
  '$(touch /tmp/pwned) `id` ;|&<>*?~',
  '  leading and trailing spaces  ',
  '#!=: looks like a comment',
  '- &anchor *alias !tag {a: [b]} %YAML',
  'null',
  'tab\there',
  'pässwörd ✓ 😀 日本',
  '%s%n%d {0} ${CAMUNDA_CLIENT_ID}',
  '\\u0022 \\n \\t \\\\',
  '--clientSecret=-n -e',
] as const;

/** A realistic secret: 64 characters of [A-Za-z0-9._~-], as the Console issues. */
export const REALISTIC_SECRET = 'Xy7~Qa.b_c-1234567890abcdefghijABCDEFGHIJ~._-klmnopqrstuvwxyzKLMN';

export function makeCredentials(overrides: Partial<Credentials> = {}): Credentials {
  const clusterId = overrides.clusterId ?? '5c34c0a7-7f29-4424-8414-125615f7a9b9';
  const region = overrides.region ?? 'syd-1';
  return {
    clientId: 'FmT7K8gVv_FcwiUhc8U-fAJ9wph0Kn~P',
    clientSecret: REALISTIC_SECRET,
    clusterId,
    region,
    audience: 'zeebe.camunda.io',
    authorizationServerUrl: 'https://login.cloud.camunda.io/oauth/token',
    scopes: ['Zeebe'],
    zeebeGrpcAddress: `${clusterId}.${region}.zeebe.camunda.io:443`,
    zeebeRestAddress: `https://${region}.zeebe.camunda.io/${clusterId}`,
    ...overrides,
  };
}

export function withTempDir<T>(run: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'snippets-'));
  try {
    return run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** Absolute, so tests may run bash with a PATH that lacks it. */
export const BASH = execFileSync('bash', ['-c', 'command -v bash'], { encoding: 'utf8' }).trim();

/** `bash -n`: parse only. Returns stderr ('' when the syntax is fine). */
export function bashSyntaxErrors(script: string): string {
  const result = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
  return result.status === 0 ? '' : result.stderr || `bash -n exited with ${result.status}`;
}

/**
 * Runs `prelude`, then prints each named variable NUL-separated, from a clean environment so the
 * values can only come from the script.
 */
export function bashVariables(prelude: string, names: readonly string[], env: Record<string, string> = {}): Record<string, string> {
  const printer = names.map((n) => `printf '%s\\0' "\${${n}-<unset>}"`).join('\n');
  const out = execFileSync(BASH, ['--noprofile', '--norc', '-c', `${prelude}\n${printer}`], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: '/nonexistent', ...env },
    encoding: 'utf8',
  });
  const values = out.split('\0').slice(0, names.length);
  return Object.fromEntries(names.map((n, i) => [n, values[i]]));
}

/** Hex of the UTF-8 bytes, so values cross process boundaries without encoding doubts. */
export function hex(value: string): string {
  return Buffer.from(value, 'utf8').toString('hex');
}

export function fromHex(value: string): string {
  return Buffer.from(value, 'hex').toString('utf8');
}

/** Compiles the snippet with TypeScript and runs it against a stand-in for @camunda8/sdk. */
export function runNodeSnippet(snippet: string): Record<string, string> {
  const out = ts.transpileModule(snippet, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 }, reportDiagnostics: true });
  expect(out.diagnostics ?? []).toEqual([]);
  let captured: Record<string, string> | undefined;
  const sdk = {
    Camunda8: class {
      constructor(config: Record<string, string>) {
        captured = config;
      }
      getCamundaRestClient() {
        return { getTopology: () => new Promise(() => undefined) };
      }
    },
  };
  new Function('require', 'exports', 'console', out.outputText)((name: string) => {
    expect(name).toBe('@camunda8/sdk');
    return sdk;
  }, {}, { log: () => undefined });
  expect(captured).toBeDefined();
  return captured!;
}
