import { SignJWT, exportJWK, exportSPKI, generateKeyPair, type JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { encode as encodeBase64Url } from 'jose/base64url';
import { verifyToken } from '../../src/lib/token/verifyToken';
import {
  RFC7515_A1,
  RFC7515_A1_KEY,
  RFC7515_A2,
  RFC7515_A2_KEY,
  RFC7519_UNSECURED,
  TEST_CERTIFICATE,
  TEST_CERTIFICATE_TOKEN,
} from './tokenFixtures';

const IAT = 1741676657;
const claims = { iss: 'https://weblogin.cloud.camunda.io/', aud: 'zeebe.camunda.io', iat: IAT, exp: IAT + 86_400 };
const SECRET = 'a-long-random-shared-secret-of-at-least-64-bytes-for-hs512-0123456789';

interface Signer { alg: string; token: string; publicJwk: JWK; otherJwk: JWK; spki: string }
const signers: Record<string, Signer> = {};

async function makeSigner(alg: string, kid: string): Promise<Signer> {
  const pair = await generateKeyPair(alg, { extractable: true });
  const other = await generateKeyPair(alg, { extractable: true });
  const token = await new SignJWT(claims).setProtectedHeader({ alg, kid, typ: 'JWT' }).sign(pair.privateKey);
  return { alg, token, publicJwk: { ...(await exportJWK(pair.publicKey)), kid }, otherJwk: { ...(await exportJWK(other.publicKey)), kid }, spki: await exportSPKI(pair.publicKey) };
}

beforeAll(async () => {
  for (const alg of ['RS256', 'PS256', 'ES256', 'EdDSA', 'RS512', 'PS384', 'ES384', 'ES512']) signers[alg] = await makeSigner(alg, `${alg}-key`);
});

describe('verifyToken: RFC examples', () => {
  it('verifies RFC 7515 A.1 (HS256) with its JWK', async () => {
    const r = await verifyToken(RFC7515_A1, { kind: 'jwk', jwk: RFC7515_A1_KEY });
    expect(r).toMatchObject({ ok: true, alg: 'HS256', keyUsed: { source: 'jwk', kty: 'oct' } });
    expect(r.keyUsed?.thumbprint).toBeUndefined();
  });

  it('verifies RFC 7515 A.1 when the base64url k is pasted as the secret, and says so', async () => {
    const r = await verifyToken(RFC7515_A1, { kind: 'hmac', secret: RFC7515_A1_KEY.k });
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.code)).toContain('secret-was-base64');
  });

  it('verifies RFC 7515 A.2 (RS256) with its public key, in a JWKS without kid', async () => {
    const r = await verifyToken(RFC7515_A2, { kind: 'jwks', jwks: { keys: [RFC7515_A2_KEY] } });
    expect(r).toMatchObject({ ok: true, alg: 'RS256', keyUsed: { source: 'jwks', kty: 'RSA' } });
    expect(r.keyUsed?.thumbprint).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(r.error).toBeUndefined();
  });

  it('rejects RFC 7515 A.2 once a claim is changed', async () => {
    const [h, , s] = RFC7515_A2.split('.');
    const forged = `${h}.${encodeBase64Url(new TextEncoder().encode('{"iss":"joe","exp":1300819380,"http://example.com/is_root":false}'))}.${s}`;
    const r = await verifyToken(forged, { kind: 'jwk', jwk: RFC7515_A2_KEY });
    expect(r.ok).toBe(false);
    expect(r.error?.code).toBe('signature-invalid');
    expect(r.error?.message).toMatch(/modified after signing/);
  });

  it('refuses the RFC 7519 unsecured token', async () => {
    const r = await verifyToken(RFC7519_UNSECURED, { kind: 'jwk', jwk: RFC7515_A2_KEY });
    expect(r.error?.code).toBe('alg-none');
  });

  it('verifies with an X.509 certificate', async () => {
    const r = await verifyToken(TEST_CERTIFICATE_TOKEN, { kind: 'pem', pem: TEST_CERTIFICATE });
    expect(r).toMatchObject({ ok: true, alg: 'ES256', keyUsed: { source: 'pem-certificate', kty: 'EC' } });
  });
});

describe('verifyToken: jose-signed tokens of each algorithm', () => {
  const algs = ['RS256', 'PS256', 'ES256', 'EdDSA', 'RS512', 'PS384', 'ES384', 'ES512'];

  it.each(algs)('%s: right key verifies (JWK, JWKS and PEM)', async (alg) => {
    const s = signers[alg];
    expect((await verifyToken(s.token, { kind: 'jwk', jwk: s.publicJwk })).ok).toBe(true);
    const viaJwks = await verifyToken(s.token, { kind: 'jwks', jwks: { keys: [s.otherJwk && { ...s.otherJwk, kid: 'old' }, s.publicJwk] } });
    expect(viaJwks).toMatchObject({ ok: true, kid: `${alg}-key`, keyUsed: { kid: `${alg}-key`, source: 'jwks' } });
    const viaPem = await verifyToken(s.token, { kind: 'pem', pem: s.spki });
    expect(viaPem).toMatchObject({ ok: true, keyUsed: { source: 'pem-spki' } });
    expect(viaPem.keyUsed?.thumbprint).toBe(viaJwks.keyUsed?.thumbprint);
  });

  it.each(algs)('%s: wrong key fails with a clear message', async (alg) => {
    const s = signers[alg];
    const r = await verifyToken(s.token, { kind: 'jwk', jwk: s.otherJwk });
    expect(r.ok).toBe(false);
    expect(r.error?.code).toBe('signature-invalid');
    expect(r.error?.message).toMatch(/does not match the key "[^"]+-key"/);
  });

  it.each(['HS256', 'HS384', 'HS512'])('%s: secret verifies, wrong secret fails', async (alg) => {
    const token = await new SignJWT(claims).setProtectedHeader({ alg }).sign(new TextEncoder().encode(SECRET));
    const good = await verifyToken(token, { kind: 'hmac', secret: SECRET });
    expect(good).toMatchObject({ ok: true, alg, keyUsed: { source: 'hmac' }, warnings: [] });
    const bad = await verifyToken(token, { kind: 'hmac', secret: `${SECRET}x` });
    expect(bad.error?.code).toBe('signature-invalid');
    expect(bad.error?.message).toMatch(/secret/);
  });
});

describe('verifyToken: keys that do not fit', () => {
  it('JWKS without the token\'s kid lists the kids it has', async () => {
    const s = signers.RS256;
    const r = await verifyToken(s.token, { kind: 'jwks', jwks: { keys: [{ ...s.publicJwk, kid: 'a' }, { ...s.publicJwk, kid: 'b' }] } });
    expect(r.error?.code).toBe('no-matching-kid');
    expect(r.error?.message).toMatch(/"RS256-key".*"a", "b"/);
  });

  it('token without kid and several fitting keys: tries each, warns', async () => {
    const pair = await generateKeyPair('RS256');
    const token = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256' }).sign(pair.privateKey);
    const jwk = await exportJWK(pair.publicKey);
    const r = await verifyToken(token, { kind: 'jwks', jwks: { keys: [signers.RS256.otherJwk, { ...jwk, kid: 'right' }] } });
    expect(r).toMatchObject({ ok: true, keyUsed: { kid: 'right' } });
    expect(r.warnings.map((w) => w.code)).toEqual(['no-kid-several-keys']);
    const none = await verifyToken(token, { kind: 'jwks', jwks: { keys: [signers.ES256.publicJwk] } });
    expect(none.error?.code).toBe('no-suitable-key');
  });

  it('an empty or malformed JWKS', async () => {
    expect((await verifyToken(signers.RS256.token, { kind: 'jwks', jwks: { keys: [] } })).error?.code).toBe('empty-jwks');
    expect((await verifyToken(signers.RS256.token, { kind: 'jwks', jwks: {} as never })).error?.code).toBe('empty-jwks');
  });

  it('key type does not fit the algorithm', async () => {
    const r = await verifyToken(signers.RS256.token, { kind: 'jwk', jwk: signers.ES256.publicJwk });
    expect(r.error).toEqual({ code: 'key-alg-mismatch', message: 'The token is signed with RS256, which needs an RSA public key, but this is an EC P-256 key.' });
    const pem = await verifyToken(signers.RS256.token, { kind: 'pem', pem: signers.ES256.spki });
    expect(pem.error?.code).toBe('key-alg-mismatch');
    expect(pem.error?.message).toMatch(/EC P-256/);
    const curve = await verifyToken(signers.ES384.token, { kind: 'jwk', jwk: signers.ES256.publicJwk });
    expect(curve.error?.code).toBe('key-alg-mismatch');
  });

  it('a secret for an RSA token, a public key for an HMAC token', async () => {
    expect((await verifyToken(signers.RS256.token, { kind: 'hmac', secret: SECRET })).error?.code).toBe('key-alg-mismatch');
    const r = await verifyToken(RFC7515_A1, { kind: 'pem', pem: signers.RS256.spki });
    expect(r.error?.code).toBe('key-alg-mismatch');
    expect(r.error?.message).toMatch(/algorithm-confusion/);
  });

  it('warns about a short HMAC secret', async () => {
    const token = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('short'));
    const r = await verifyToken(token, { kind: 'hmac', secret: 'short' });
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.code)).toEqual(['weak-hmac-secret']);
    expect(r.warnings[0].message).toMatch(/5 bytes; HS256 needs at least 32/);
    expect((await verifyToken(token, { kind: 'hmac', secret: '' })).error?.code).toBe('empty-secret');
  });

  it('warns when the JWK has another alg or kid, or is private', async () => {
    const s = signers.RS256;
    const r = await verifyToken(s.token, { kind: 'jwk', jwk: { ...s.publicJwk, alg: 'PS256', kid: 'other', d: 'secret-part' } });
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.code)).toEqual(['alg-mismatch', 'kid-mismatch', 'private-key-given']);
  });

  it('explains PEM blocks that are not public keys', async () => {
    const t = signers.RS256.token;
    expect((await verifyToken(t, { kind: 'pem', pem: '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----' })).error?.code).toBe('private-key-given');
    expect((await verifyToken(t, { kind: 'pem', pem: '-----BEGIN RSA PUBLIC KEY-----\nAAAA\n-----END RSA PUBLIC KEY-----' })).error?.message).toMatch(/openssl rsa -RSAPublicKey_in/);
    expect((await verifyToken(t, { kind: 'pem', pem: 'not a key' })).error?.code).toBe('invalid-key');
    expect((await verifyToken(t, { kind: 'pem', pem: '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----' })).error?.code).toBe('invalid-key');
  });

  it('allow-list of algorithms', async () => {
    const r = await verifyToken(signers.PS256.token, { kind: 'jwk', jwk: signers.PS256.publicJwk }, { algorithms: ['RS256'] });
    expect(r.error?.code).toBe('algorithm-not-allowed');
  });
});

describe('verifyToken: input and time', () => {
  it('accepts a pasted header line and never rejects on garbage', async () => {
    const s = signers.ES256;
    expect((await verifyToken(`Authorization: Bearer ${s.token}`, { kind: 'jwk', jwk: s.publicJwk })).ok).toBe(true);
    const r = await verifyToken('garbage', { kind: 'jwk', jwk: s.publicJwk });
    expect(r.error?.code).toBe('malformed-token');
    await expect(verifyToken(undefined as never, undefined as never)).resolves.toMatchObject({ ok: false });
  });

  it('reports an expired token as signature-valid with its time state apart', async () => {
    const s = signers.RS256;
    const r = await verifyToken(s.token, { kind: 'jwk', jwk: s.publicJwk }, { now: (IAT + 90_000) * 1000 });
    expect(r.ok).toBe(true);
    expect(r.times?.state).toBe('expired');
    const fresh = await verifyToken(s.token, { kind: 'jwk', jwk: s.publicJwk }, { now: (IAT + 10) * 1000 });
    expect(fresh.times?.state).toBe('valid');
  });

  it('an encrypted token cannot be verified', async () => {
    const jwe = `${encodeBase64Url(new TextEncoder().encode('{"alg":"RSA-OAEP","enc":"A256GCM"}'))}.a2V5.aXY.Y2lwaGVy.dGFn`;
    expect((await verifyToken(jwe, { kind: 'jwk', jwk: RFC7515_A2_KEY })).error?.code).toBe('encrypted-token');
  });
});
