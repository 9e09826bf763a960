import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateMockCredentials } from '../../src/lib/credentials/generateMockCredentials';
import type { RandomSource } from '../../src/lib/random/randomSource';
import type { CredentialsFormat } from '../../src/lib/credentials/entry';
import { CONSOLE_SCOPES, KNOWN_REGIONS, type Credentials } from '../../src/lib/credentials/model';
import { parseCredentials } from '../../src/lib/credentials/parseCredentials';
import {
  writeConsoleFile,
  writeCredentials,
  writeEnvFile,
  writeSpringProperties,
  writeSpringYaml,
  type ConsoleGeneration,
  type SpringGeneration,
} from '../../src/lib/credentials/writeCredentials';
import { CONSOLE_CREDENTIALS, CONSOLE_FILE, ZEEBE_ONLY } from './credentials.fixtures';

/** A seeded byte source (xorshift32), so generated credentials are repeatable. */
function seeded(seed: number): RandomSource {
  let x = seed || 1;
  return (bytes) => {
    for (let i = 0; i < bytes.length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      bytes[i] = x & 0xff;
    }
    return bytes;
  };
}

/** What a Spring file carries; the rest is derived on reading (scopes and base URLs are lost). */
function springView(c: Credentials) {
  return { clientId: c.clientId, clientSecret: c.clientSecret, clusterId: c.clusterId, region: c.region, audience: c.audience,
    authorizationServerUrl: c.authorizationServerUrl, zeebeGrpcAddress: c.zeebeGrpcAddress, zeebeRestAddress: c.zeebeRestAddress };
}

const withoutName = ({ name: _name, ...rest }: Credentials): Credentials => rest;

const WRITES: { label: string; format: CredentialsFormat; write: (c: Credentials) => string; full: boolean }[] = [
  ...(['classic', '8.8'] as ConsoleGeneration[]).flatMap((g) => [
    { label: `shell ${g}`, format: 'shell' as const, write: (c: Credentials) => writeConsoleFile(c, g), full: true },
    { label: `env ${g}`, format: 'env' as const, write: (c: Credentials) => writeEnvFile(c, g), full: true },
  ]),
  ...(['current', 'legacy'] as SpringGeneration[]).flatMap((g) => [
    { label: `properties ${g}`, format: 'properties' as const, write: (c: Credentials) => writeSpringProperties(c, g), full: false },
    { label: `yaml ${g}`, format: 'yaml' as const, write: (c: Credentials) => writeSpringYaml(c, g), full: false },
  ]),
  { label: 'json', format: 'json', write: (c) => writeCredentials(c, 'json'), full: true },
];

describe('writing the Console file', () => {
  it('reproduces the Console download byte for byte', () => {
    expect(writeConsoleFile(CONSOLE_CREDENTIALS)).toBe(CONSOLE_FILE);
  });

  it('writes base URL lines only for the scopes the client has', () => {
    const zeebeOnly = { ...CONSOLE_CREDENTIALS, region: 'bru-2', scopes: ['Zeebe'] as Credentials['scopes'],
      zeebeGrpcAddress: CONSOLE_CREDENTIALS.zeebeGrpcAddress.replace('syd-1', 'bru-2') };
    expect(writeConsoleFile(zeebeOnly)).toBe(ZEEBE_ONLY);
  });

  it('adds the 8.8-era lines after the classic ones', () => {
    const text = writeConsoleFile(CONSOLE_CREDENTIALS, '8.8');
    expect(text.startsWith(CONSOLE_FILE)).toBe(true);
    expect(text).toContain(`export ZEEBE_GRPC_ADDRESS='grpcs://${CONSOLE_CREDENTIALS.zeebeGrpcAddress}'\n`);
    expect(text).toContain("export CAMUNDA_CLIENT_MODE='saas'\n");
    expect(parseCredentials(text).problems).toEqual([]);
  });

  it('escapes awkward secrets for each format', () => {
    const c = { ...CONSOLE_CREDENTIALS, clientSecret: `it's "$HOME" \\ # x ` };
    expect(writeConsoleFile(c)).toContain(`export ZEEBE_CLIENT_SECRET='it'\\''s "$HOME" \\ # x '\n`);
    expect(writeEnvFile(c)).toContain(`ZEEBE_CLIENT_SECRET="it's \\"\\$HOME\\" \\\\ # x "\n`);
    expect(writeSpringProperties(c)).toContain(`camunda.client.auth.client-secret=it's "$HOME" \\\\ # x\\ \n`);
  });
});

describe('round trips: generate → write → parse', () => {
  const generated = generateMockCredentials({ region: 'syd-1', scopes: ['Zeebe', 'Tasklist', 'Operate', 'Optimize'], random: seeded(7) });

  for (const { label, format, write, full } of WRITES) {
    it(`${label}: same credentials, no problems, format detected`, () => {
      const text = write(generated);
      const result = parseCredentials(text);
      expect(result.format).toBe(format);
      expect(result.problems).toEqual([]);
      if (full) expect(result.credentials).toEqual(generated);
      else expect(springView(result.credentials!)).toEqual(springView(generated));
    });
  }

  it('holds for any region and scope choice (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KNOWN_REGIONS),
        fc.subarray([...CONSOLE_SCOPES]),
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }),
        (region, scopes, seed, name) => {
          const c = generateMockCredentials({ region, scopes, name, random: seeded(seed) });
          for (const { format, write, full } of WRITES) {
            const result = parseCredentials(write(c), { format });
            expect(result.valid).toBe(true);
            if (!full) expect(springView(result.credentials!)).toEqual(springView(c));
            else if (format === 'json') expect(result.credentials).toEqual(c);
            else expect(result.credentials).toEqual(withoutName(c)); // shell and env carry no name
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps any secret and client id intact, whatever characters they hold (property)', () => {
    const awkward = fc.string({ unit: fc.constantFrom(..."aZ9'\"$\\# `~.{}\t!=:;"), minLength: 1, maxLength: 30 });
    const anything = fc.string({ unit: 'binary', minLength: 1, maxLength: 30 });
    const base = generateMockCredentials({ random: seeded(3) });
    fc.assert(
      fc.property(fc.oneof(awkward, anything), fc.oneof(awkward, anything), (secret, clientId) => {
        const c = { ...base, clientSecret: secret, clientId };
        for (const { label, format, write } of WRITES) {
          // A whole "${…}" is a placeholder in Spring files by design, so it cannot be a literal there.
          if ((format === 'properties' || format === 'yaml') && [secret, clientId].some((v) => /^\$\{[^}]+\}$/.test(v))) continue;
          const result = parseCredentials(write(c), { format });
          expect({ label, secret: result.partial.clientSecret, id: result.partial.clientId }).toEqual({ label, secret, id: clientId });
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
