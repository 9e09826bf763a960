import { compactVerify, errors, type CryptoKey, type JSONWebKeySet, type JWK } from 'jose';
import { decodeBase64UrlSegment } from './base64url';
import { decodeToken } from './decodeToken';
import type { TokenProblem } from './problems';
import { analyseTokenTimes, type TokenTimeAnalysis } from './tokenTimes';
import {
  SUPPORTED_ALGORITHMS,
  importPem,
  importPublicJwk,
  mismatchOf,
  needsOf,
  thumbprintOf,
  warnAboutJwk,
} from './verificationKeys';

/** Keys are passed in, never fetched: the inspector makes no network requests. */
export type VerificationKeyInput =
  | { kind: 'jwks'; jwks: JSONWebKeySet }
  | { kind: 'jwk'; jwk: JWK }
  | { kind: 'pem'; pem: string }
  | { kind: 'hmac'; secret: string | Uint8Array };

export interface VerifyTokenOptions {
  /** Epoch ms. When given, the time claims are checked too, reported apart from the signature. */
  now?: number;
  clockToleranceSeconds?: number;
  /** Only accept these algorithms (default: all supported ones). */
  algorithms?: readonly string[];
}

type VerifyErrorCode =
  | 'malformed-token'
  | 'encrypted-token'
  | 'alg-none'
  | 'unsupported-algorithm'
  | 'algorithm-not-allowed'
  | 'empty-jwks'
  | 'no-matching-kid'
  | 'no-suitable-key'
  | 'key-alg-mismatch'
  | 'invalid-key'
  | 'private-key-given'
  | 'unsupported-pem'
  | 'empty-secret'
  | 'signature-invalid'
  | 'verification-failed';

interface KeyUsed {
  source: 'jwks' | 'jwk' | 'pem-spki' | 'pem-certificate' | 'hmac';
  kid?: string;
  /** RFC 7638 SHA-256 thumbprint of the public key (never computed for secrets). */
  thumbprint?: string;
  kty?: string;
}

export interface VerificationResult {
  /** True when the signature is valid. Time validity is separate: see `times`. */
  ok: boolean;
  alg?: string;
  kid?: string;
  keyUsed?: KeyUsed;
  error?: { code: VerifyErrorCode; message: string };
  warnings: TokenProblem[];
  /** Present when `options.now` was given. */
  times?: TokenTimeAnalysis;
}

interface Candidate {
  key: CryptoKey | Uint8Array;
  used: KeyUsed;
}

class VerifyFailure extends Error {
  constructor(readonly code: VerifyErrorCode, message: string) {
    super(message);
  }
}

/**
 * Checks a token's signature with a key the caller supplies. Never rejects: every failure comes
 * back as `error` with a code and a message that says how to fix it.
 */
export async function verifyToken(token: string, key: VerificationKeyInput, options: VerifyTokenOptions = {}): Promise<VerificationResult> {
  const warnings: TokenProblem[] = [];
  const decoded = decodeToken(token);
  const alg = typeof decoded.header?.alg === 'string' ? decoded.header.alg : undefined;
  const kid = typeof decoded.header?.kid === 'string' ? decoded.header.kid : undefined;
  const result: VerificationResult = { ok: false, alg, kid, warnings };
  if (options.now !== undefined && decoded.payload) {
    result.times = analyseTokenTimes(decoded.payload, options.now, { clockToleranceSeconds: options.clockToleranceSeconds });
  }
  try {
    checkVerifiable(decoded, alg, options);
    const candidates = await candidatesFor(key, alg as string, kid, warnings);
    let lastFailure: unknown;
    for (const candidate of candidates) {
      try {
        await compactVerify(decoded.token, candidate.key, { algorithms: [alg as string] });
        result.ok = true;
        result.keyUsed = candidate.used;
        return result;
      } catch (error) {
        lastFailure = error;
      }
    }
    if (key.kind === 'hmac' && typeof key.secret === 'string') {
      const encoded = await tryBase64Secret(decoded.token, key.secret, alg as string);
      if (encoded) {
        warnings.push({ code: 'secret-was-base64', severity: 'warning', message: 'The signature matched only after decoding the secret from base64url. The issuer uses the decoded bytes as the key; enter the secret the way your library expects it.' });
        result.ok = true;
        result.keyUsed = { source: 'hmac', kty: 'oct' };
        return result;
      }
    }
    throw explainFailure(lastFailure, key, alg as string, kid, candidates.length);
  } catch (error) {
    result.error =
      error instanceof VerifyFailure
        ? { code: error.code, message: error.message }
        : { code: 'verification-failed', message: `Verification failed: ${(error as Error)?.message ?? String(error)}` };
    return result;
  }
}

function checkVerifiable(decoded: ReturnType<typeof decodeToken>, alg: string | undefined, options: VerifyTokenOptions): void {
  if (decoded.kind === 'jwe') {
    throw new VerifyFailure('encrypted-token', 'This is an encrypted token (JWE). It is decrypted with a private key, not verified with a public one.');
  }
  const firstError = decoded.problems.find((p) => p.severity === 'error');
  if (firstError || alg === undefined) {
    throw new VerifyFailure('malformed-token', `The token cannot be verified until it can be read: ${firstError?.message ?? 'its header names no algorithm.'}`);
  }
  if (alg.toLowerCase() === 'none') {
    throw new VerifyFailure('alg-none', 'The token is unsecured ("alg": "none"): there is no signature to check, so it proves nothing. Reject it.');
  }
  if (!(SUPPORTED_ALGORITHMS as readonly string[]).includes(alg)) {
    throw new VerifyFailure('unsupported-algorithm', `The algorithm ${alg} is not supported here. Supported: ${SUPPORTED_ALGORITHMS.join(', ')}.`);
  }
  if (options.algorithms && !options.algorithms.includes(alg)) {
    throw new VerifyFailure('algorithm-not-allowed', `The token uses ${alg}, but only ${options.algorithms.join(', ')} ${options.algorithms.length === 1 ? 'is' : 'are'} allowed. An unexpected algorithm is a warning sign (RFC 8725 §3.1).`);
  }
}

async function candidatesFor(input: VerificationKeyInput, alg: string, kid: string | undefined, warnings: TokenProblem[]): Promise<Candidate[]> {
  const needs = needsOf(alg);
  if (input.kind === 'hmac') {
    if (needs?.kty !== 'oct') {
      throw new VerifyFailure('key-alg-mismatch', `The token is signed with ${alg}, using a private key. Verify it with the issuer's public key (a JWKS, a JWK or a PEM public key), not with a shared secret.`);
    }
    const secret = typeof input.secret === 'string' ? new TextEncoder().encode(input.secret) : input.secret;
    if (secret.length === 0) throw new VerifyFailure('empty-secret', 'Enter the shared secret that signed the token.');
    if (needs.minSecretBytes && secret.length < needs.minSecretBytes) {
      warnings.push({ code: 'weak-hmac-secret', severity: 'warning', message: `The secret is ${secret.length} bytes; ${alg} needs at least ${needs.minSecretBytes} (RFC 7518 §3.2). Short secrets can be guessed offline from any token: use a long random one.` });
    }
    return [{ key: secret, used: { source: 'hmac', kty: 'oct' } }];
  }
  if (needs?.kty === 'oct' && !(input.kind !== 'pem' && isOctInput(input))) {
    throw new VerifyFailure('key-alg-mismatch', `The token uses ${alg}: it is signed with a shared secret, so only that secret can verify it, not a public key. (A verifier that accepted a public key here would be open to the algorithm-confusion attack, RFC 8725 §2.1.)`);
  }

  if (input.kind === 'pem') {
    const imported = await importPem(input.pem, alg);
    if (!imported.ok) throw new VerifyFailure(imported.code as VerifyErrorCode, imported.message);
    return [{ key: imported.key, used: { source: imported.source, kty: imported.jwk.kty, thumbprint: await thumbprintOf(imported.jwk) } }];
  }

  if (input.kind === 'jwk') {
    const mismatch = mismatchOf(input.jwk, alg);
    if (mismatch) throw new VerifyFailure('key-alg-mismatch', mismatch);
    warnAboutJwk(input.jwk, alg, kid, warnings);
    return [await candidateFromJwk(input.jwk, alg, 'jwk')];
  }

  const keys = Array.isArray(input.jwks?.keys) ? input.jwks.keys : [];
  if (keys.length === 0) throw new VerifyFailure('empty-jwks', 'The key set is empty or not a JWKS: it must look like {"keys": [ … ]}.');
  let chosen: JWK[];
  if (kid !== undefined) {
    chosen = keys.filter((k) => k.kid === kid);
    if (chosen.length === 0) {
      const known = keys.map((k) => (k.kid === undefined ? '(no kid)' : `"${k.kid}"`)).join(', ');
      throw new VerifyFailure('no-matching-kid', `No key in this set has the token's kid "${kid}" (the set has ${known}). The key was rotated away, or this is another issuer's key set: load the current JWKS of the issuer that signed the token.`);
    }
    const mismatch = mismatchOf(chosen[0], alg);
    if (mismatch) throw new VerifyFailure('key-alg-mismatch', `${mismatch} (key "${kid}")`);
  } else {
    chosen = keys.filter((k) => mismatchOf(k, alg) === null && (k.use === undefined || k.use === 'sig'));
    if (chosen.length === 0) throw new VerifyFailure('no-suitable-key', `The token has no kid, and no key in this set fits ${alg} (${needs?.label} is needed).`);
    if (chosen.length > 1) {
      warnings.push({ code: 'no-kid-several-keys', severity: 'warning', message: `The token has no kid and ${chosen.length} keys in the set fit ${alg}, so each was tried. Issuers with several keys should put a kid in the header.` });
    }
  }
  const candidates: Candidate[] = [];
  for (const jwk of chosen) {
    warnAboutJwk(jwk, alg, kid, warnings);
    candidates.push(await candidateFromJwk(jwk, alg, 'jwks'));
  }
  return candidates;
}

function isOctInput(input: Exclude<VerificationKeyInput, { kind: 'hmac' } | { kind: 'pem' }>): boolean {
  if (input.kind === 'jwk') return input.jwk.kty === 'oct';
  return Array.isArray(input.jwks?.keys) && input.jwks.keys.some((k) => k.kty === 'oct');
}

async function candidateFromJwk(jwk: JWK, alg: string, source: 'jwk' | 'jwks'): Promise<Candidate> {
  try {
    return { key: await importPublicJwk(jwk, alg), used: { source, kid: jwk.kid, kty: jwk.kty, thumbprint: await thumbprintOf(jwk) } };
  } catch (error) {
    throw new VerifyFailure('invalid-key', `The key${jwk.kid ? ` "${jwk.kid}"` : ''} could not be imported (${(error as Error).message}). Check that it was copied completely.`);
  }
}

async function tryBase64Secret(token: string, secret: string, alg: string): Promise<boolean> {
  const bytes = decodeBase64UrlSegment(secret.trim(), 'signature').bytes;
  if (!bytes || bytes.length === 0) return false;
  try {
    await compactVerify(token, bytes, { algorithms: [alg] });
    return true;
  } catch {
    return false;
  }
}

function explainFailure(error: unknown, key: VerificationKeyInput, alg: string, kid: string | undefined, tried: number): VerifyFailure {
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    if (key.kind === 'hmac') {
      return new VerifyFailure('signature-invalid', 'The signature does not match this secret. Either the secret is not the one that signed the token (check for extra spaces or a changed secret), or the token was modified after signing.');
    }
    const which = tried > 1 ? `none of the ${tried} keys tried` : kid ? `the key "${kid}"` : 'this key';
    return new VerifyFailure('signature-invalid', `The signature does not match ${which}. Either another key signed the token (load the key set of the issuer in "iss"), or the token was modified after signing. Do not trust its claims.`);
  }
  if (error instanceof TypeError) {
    return new VerifyFailure('key-alg-mismatch', `The key cannot be used with ${alg} (${error.message}).`);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new VerifyFailure('verification-failed', `Verification failed: ${message}`);
}
