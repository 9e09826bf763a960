import { describe, expect, it } from 'vitest';
import { CREDENTIAL_ALPHABET } from '../../src/lib/credentials/credentialShape';
import { generateMockCredentials } from '../../src/lib/credentials/generateMockCredentials';
import { RandomSourceError, randomString, randomUuid, type RandomSource } from '../../src/lib/random/randomSource';
import { maskSecret, redactSecrets } from '../../src/lib/credentials/maskSecret';
import { componentUrlFor, grpcAddressFor, restAddressFor } from '../../src/lib/credentials/model';
import { parseCredentials } from '../../src/lib/credentials/parseCredentials';
import { writeConsoleFile } from '../../src/lib/credentials/writeCredentials';

/** Returns the given bytes in a loop. */
function cycling(values: number[]): RandomSource {
  let i = 0;
  return (bytes) => {
    for (let k = 0; k < bytes.length; k++) bytes[k] = values[i++ % values.length];
    return bytes;
  };
}

describe('generateMockCredentials', () => {
  it('makes Console-shaped credentials with the platform CSPRNG by default', () => {
    const c = generateMockCredentials({ region: 'ont-1', scopes: ['Operate', 'Zeebe'], name: 'worker' });
    expect(c.clientId).toMatch(/^[A-Za-z0-9._~-]{32}$/);
    expect(c.clientSecret).toMatch(/^[A-Za-z0-9._~-]{64}$/);
    expect(c.clusterId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(c).toMatchObject({
      region: 'ont-1',
      scopes: ['Zeebe', 'Operate'], // the Console's order
      name: 'worker',
      audience: 'zeebe.camunda.io',
      authorizationServerUrl: 'https://login.cloud.camunda.io/oauth/token',
      zeebeGrpcAddress: grpcAddressFor(c.clusterId, 'ont-1'),
      zeebeRestAddress: restAddressFor(c.clusterId, 'ont-1'),
      operateBaseUrl: componentUrlFor('operate', c.clusterId, 'ont-1'),
    });
    expect(c.tasklistBaseUrl).toBeUndefined();
    expect(c.optimizeBaseUrl).toBeUndefined();
    expect(generateMockCredentials().clientSecret).not.toBe(c.clientSecret);
  });

  it('defaults to bru-2 and the Zeebe scope, and passes its own validation cleanly', () => {
    const c = generateMockCredentials();
    expect(c.region).toBe('bru-2');
    expect(c.scopes).toEqual(['Zeebe']);
    expect(parseCredentials(writeConsoleFile(c, '8.8')).problems).toEqual([]);
  });

  it('is repeatable with an injected random source', () => {
    const a = generateMockCredentials({ random: cycling([5, 77, 130, 250, 12]) });
    const b = generateMockCredentials({ random: cycling([5, 77, 130, 250, 12]) });
    expect(a).toEqual(b);
  });
});

describe('randomString', () => {
  it('skips bytes at or above the largest multiple of the alphabet size (rejection sampling)', () => {
    // 66 characters: bytes 198..255 would favour the first 58 characters, so they are dropped.
    expect(CREDENTIAL_ALPHABET).toHaveLength(66);
    expect(randomString(3, CREDENTIAL_ALPHABET, cycling([198, 0, 255, 65, 197]))).toBe(`${CREDENTIAL_ALPHABET[0]}${CREDENTIAL_ALPHABET[65]}${CREDENTIAL_ALPHABET[197 % 66]}`);
  });

  it('is exactly uniform over a full cycle of byte values', () => {
    const all = Array.from({ length: 256 }, (_, i) => i);
    const out = randomString(198 * 10, CREDENTIAL_ALPHABET, cycling(all));
    const counts = new Map<string, number>();
    for (const ch of out) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(66);
    expect(new Set(counts.values())).toEqual(new Set([30]));
  });

  it('fails with a code instead of spinning on a broken source, or a bad alphabet', () => {
    expect(() => randomString(4, CREDENTIAL_ALPHABET, cycling([255]))).toThrow(RandomSourceError);
    try {
      randomString(4, CREDENTIAL_ALPHABET, cycling([255]));
    } catch (error) {
      expect((error as RandomSourceError).code).toBe('ERR_RANDOM_SOURCE');
    }
    expect(() => randomString(4, '')).toThrow(/alphabet/);
  });

  it('sets the UUID version and variant bits', () => {
    expect(randomUuid(cycling([0xff]))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(randomUuid(cycling([0]))).toBe('00000000-0000-4000-8000-000000000000');
  });
});

describe('masking secrets', () => {
  it('shows at most the first 4 characters and a fixed run of bullets', () => {
    expect(maskSecret('abcdefghijklmnopqrstuvwxyz')).toBe('abcd••••••••');
    expect(maskSecret('abcdefgh')).toBe('ab••••••••');
    expect(maskSecret('abc')).toBe('••••••••');
    expect(maskSecret('')).toBe('');
    expect(maskSecret('abcdefghijklmnop', { bullets: 3 })).toBe('abcd•••');
  });

  it('redacts secrets from text', () => {
    expect(redactSecrets('x supersecret y supersecret', ['supersecret'])).toBe('x su•••••••• y su••••••••');
    expect(redactSecrets('abc', ['ab'])).toBe('abc');
  });
});
