/** One definition of what an id and a secret look like, and one random source, used by every part. */
import { describe, expect, it } from 'vitest';
import { createAuthServer } from '../../src/lib/authServer/authServer';
import { parseMockServerArgs } from '../../src/lib/authServer/serverArgs';
import {
  ACCEPTED_CLIENT_ID_LENGTH,
  CONSOLE_CLIENT_ID_LENGTH,
  CONSOLE_CLIENT_SECRET_LENGTH,
  CREDENTIAL_ALPHABET,
  CREDENTIAL_CHARS,
  isWellFormedClientId,
  isWellFormedClientSecret,
} from '../../src/lib/credentials/credentialShape';
import { generateMockCredentials } from '../../src/lib/credentials/generateMockCredentials';
import { parseCredentials } from '../../src/lib/credentials/parseCredentials';
import { writeConsoleFile } from '../../src/lib/credentials/writeCredentials';
import { bytesFromFraction, randomFraction, randomString } from '../../src/lib/random/randomSource';

describe('client id and secret shape', () => {
  it('the alphabet and the character check describe the same set', () => {
    expect(CREDENTIAL_CHARS.test(CREDENTIAL_ALPHABET)).toBe(true);
    for (let code = 32; code < 127; code++) {
      const c = String.fromCharCode(code);
      expect({ c, ok: CREDENTIAL_CHARS.test(c) }).toEqual({ c, ok: CREDENTIAL_ALPHABET.includes(c) });
    }
  });

  it('the playground generator and the mock registry both issue what the Console issues', () => {
    const c = generateMockCredentials();
    const server = createAuthServer({ clock: () => 0 });
    const generated = server.clients.generate();
    for (const [id, secret] of [[c.clientId, c.clientSecret], [generated.clientId, generated.clientSecret]]) {
      expect(id).toHaveLength(CONSOLE_CLIENT_ID_LENGTH);
      expect(secret).toHaveLength(CONSOLE_CLIENT_SECRET_LENGTH);
      expect(isWellFormedClientId(id) && isWellFormedClientSecret(secret)).toBe(true);
    }
  });

  it('the validator warns about other lengths, the mock still accepts them within its range', () => {
    const c = { ...generateMockCredentials(), clientId: 'a'.repeat(ACCEPTED_CLIENT_ID_LENGTH.min) };
    const codes = parseCredentials(writeConsoleFile(c)).problems.map((p) => p.code);
    expect(codes).toEqual(['unusual-client-id-length']);
    expect(isWellFormedClientId(c.clientId)).toBe(true);
    expect(isWellFormedClientId('a'.repeat(ACCEPTED_CLIENT_ID_LENGTH.min - 1))).toBe(false);
  });

  it('the local server names the same rule', () => {
    expect(() => parseMockServerArgs(['--client-id', 'short', '--client-secret', 'x'.repeat(20)])).toThrow(`${ACCEPTED_CLIENT_ID_LENGTH.min}–${ACCEPTED_CLIENT_ID_LENGTH.max} characters`);
  });
});

describe('random source', () => {
  it('gives fractions in [0, 1)', () => {
    for (let i = 0; i < 100; i++) {
      const f = randomFraction();
      expect(f >= 0 && f < 1).toBe(true);
    }
    expect(randomFraction(() => new Uint8Array([255, 255, 255, 255]))).toBeLessThan(1);
  });

  it('a fraction-driven source is repeatable, so tests of the mock get the same ids', () => {
    const a = randomString(32, CREDENTIAL_ALPHABET, bytesFromFraction(() => 0.25));
    const b = randomString(32, CREDENTIAL_ALPHABET, bytesFromFraction(() => 0.25));
    expect(a).toBe(b);
    expect(createAuthServer({ clock: () => 0, random: () => 0.3 }).clients.generate().clientId).toBe(
      createAuthServer({ clock: () => 0, random: () => 0.3 }).clients.generate().clientId,
    );
  });
});
