import { describe, expect, it } from 'vitest';
import { MAX_KEY_INPUT_LENGTH, parseKeyInput } from '../../src/lib/token/parseKeyInput';
import { verifyToken } from '../../src/lib/token/verifyToken';
import { RFC7515_A2, RFC7515_A2_KEY, TEST_CERTIFICATE } from './tokenFixtures';

describe('parseKeyInput', () => {
  it('reads a JWKS and names its kids', () => {
    const r = parseKeyInput(JSON.stringify({ keys: [{ ...RFC7515_A2_KEY, kid: 'a' }, { kty: 'EC', kid: 'b' }] }));
    expect(r).toMatchObject({ ok: true, key: { kind: 'jwks' }, description: 'a key set with 2 keys (kid "a", "b")' });
  });

  it('reads a single JWK, with whitespace around it', () => {
    const r = parseKeyInput(`\n  ${JSON.stringify(RFC7515_A2_KEY)}  \n`);
    expect(r).toMatchObject({ ok: true, key: { kind: 'jwk', jwk: { kty: 'RSA' } }, description: 'one RSA key' });
  });

  it('accepts a bare array of keys as a key set', () => {
    const r = parseKeyInput(JSON.stringify([RFC7515_A2_KEY]));
    expect(r).toMatchObject({ ok: true, key: { kind: 'jwks', jwks: { keys: [{ kty: 'RSA' }] } } });
  });

  it('reads PEM blocks and tells a certificate from a key', () => {
    expect(parseKeyInput(TEST_CERTIFICATE)).toMatchObject({ ok: true, key: { kind: 'pem' }, description: 'a PEM certificate' });
    expect(parseKeyInput('-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----')).toMatchObject({ ok: true, description: 'a PEM key' });
  });

  it('refuses URLs instead of fetching them', () => {
    expect(parseKeyInput('https://weblogin.cloud.camunda.io/.well-known/jwks.json')).toMatchObject({ ok: false, code: 'key-is-url' });
  });

  it('explains the usual wrong pastes', () => {
    expect(parseKeyInput('')).toMatchObject({ ok: false, code: 'empty-key' });
    expect(parseKeyInput(RFC7515_A2)).toMatchObject({ ok: false, code: 'key-is-token' });
    expect(parseKeyInput('{"keys": [')).toMatchObject({ ok: false, code: 'invalid-json' });
    expect(parseKeyInput('{"issuer": "https://x/", "jwks_uri": "https://x/jwks"}')).toMatchObject({ ok: false, code: 'json-not-a-key' });
    expect(parseKeyInput('{"a": 1}')).toMatchObject({ ok: false, code: 'json-not-a-key' });
    expect(parseKeyInput('[1, 2]')).toMatchObject({ ok: false, code: 'json-not-a-key' });
    expect(parseKeyInput('my-shared-secret')).toMatchObject({ ok: false, code: 'not-a-key' });
  });

  it('refuses oversized input before parsing it', () => {
    const r = parseKeyInput(`{"keys": [${' '.repeat(MAX_KEY_INPUT_LENGTH)}]}`);
    expect(r).toMatchObject({ ok: false, code: 'key-too-large' });
  });

  it('hands verifyToken a key it can use', async () => {
    const parsed = parseKeyInput(JSON.stringify({ keys: [RFC7515_A2_KEY] }));
    if (!parsed.ok) throw new Error(parsed.message);
    await expect(verifyToken(RFC7515_A2, parsed.key)).resolves.toMatchObject({ ok: true, alg: 'RS256' });
  });
});
