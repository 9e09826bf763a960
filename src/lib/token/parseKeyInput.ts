import type { JSONWebKeySet, JWK } from 'jose';
import type { VerificationKeyInput } from './verifyToken';

/** Key sets are a few KB; the same cap as for tokens keeps a stray file dump from freezing the page. */
export const MAX_KEY_INPUT_LENGTH = 64 * 1024;

export type ParsedKeyInput =
  | { ok: true; key: VerificationKeyInput; /** What we read, in plain words ("a key set with 2 keys"). */ description: string }
  | { ok: false; code: KeyInputErrorCode; message: string };

type KeyInputErrorCode =
  | 'empty-key'
  | 'key-too-large'
  | 'key-is-url'
  | 'key-is-token'
  | 'invalid-json'
  | 'json-not-a-key'
  | 'not-a-key';

const fail = (code: KeyInputErrorCode, message: string): ParsedKeyInput => ({ ok: false, code, message });

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function describeKids(keys: JWK[]): string {
  const kids = keys.map((k) => k.kid).filter((k): k is string => typeof k === 'string');
  return kids.length > 0 ? ` (kid ${kids.map((k) => `"${k}"`).join(', ')})` : '';
}

/**
 * Reads what a person pasted as a verification key: a JWKS, a single JWK, a bare array of JWKs or a
 * PEM block. The kind is recognised from the text, so nobody has to choose it first. URLs are refused
 * on purpose: the inspector never fetches keys, so the user opens the URL and pastes the answer.
 * HMAC secrets are not read here: they are typed into a masked field of their own.
 */
export function parseKeyInput(text: string): ParsedKeyInput {
  if (text.length > MAX_KEY_INPUT_LENGTH) {
    return fail('key-too-large', `The pasted key has ${text.length.toLocaleString('en')} characters; at most ${MAX_KEY_INPUT_LENGTH.toLocaleString('en')} are read. Key sets are a few thousand characters: paste only the key set.`);
  }
  const trimmed = text.trim();
  if (trimmed === '') return fail('empty-key', 'Paste the issuer\'s key set (JWKS), one key (JWK) or a PEM public key.');

  if (/^https?:\/\//i.test(trimmed)) {
    return fail('key-is-url', 'This is a URL. The inspector never fetches anything from the internet, so keys cannot be loaded from a link: open the URL in your browser and paste the JSON it shows.');
  }
  if (trimmed.startsWith('-----BEGIN')) {
    return { ok: true, key: { kind: 'pem', pem: trimmed }, description: /BEGIN CERTIFICATE/.test(trimmed) ? 'a PEM certificate' : 'a PEM key' };
  }
  if (/^eyJ[\w-]*\.[\w-]*\.?/.test(trimmed)) {
    return fail('key-is-token', 'This is a token, not a key. Paste the key that verifies the token: the issuer\'s JWKS, a JWK or a PEM public key.');
  }
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
    return fail('not-a-key', 'This is neither JSON nor PEM. A key set starts with {"keys": [ … and a PEM key with -----BEGIN PUBLIC KEY-----. For an HMAC shared secret, choose "An HMAC shared secret" above.');
  }

  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    return fail('invalid-json', `The key looks like JSON but cannot be read (${(error as Error).message}). Was it copied completely?`);
  }
  if (Array.isArray(value)) {
    const keys = value.filter(isObject) as JWK[];
    if (keys.length === 0 || keys.length !== value.length) {
      return fail('json-not-a-key', 'This JSON array does not hold keys. A key set looks like {"keys": [{"kty": "RSA", …}]}.');
    }
    return { ok: true, key: { kind: 'jwks', jwks: { keys } }, description: `a list of ${keys.length} key${keys.length === 1 ? '' : 's'}${describeKids(keys)}, read as a key set` };
  }
  if (isObject(value) && Array.isArray(value.keys)) {
    const keys = (value.keys as unknown[]).filter(isObject) as JWK[];
    return { ok: true, key: { kind: 'jwks', jwks: { keys } as JSONWebKeySet }, description: `a key set with ${keys.length} key${keys.length === 1 ? '' : 's'}${describeKids(keys)}` };
  }
  if (isObject(value) && typeof value.kty === 'string') {
    const jwk = value as JWK;
    return { ok: true, key: { kind: 'jwk', jwk }, description: `one ${jwk.kty} key${describeKids([jwk])}` };
  }
  if (isObject(value) && (typeof value.jwks_uri === 'string' || typeof value.issuer === 'string')) {
    return fail('json-not-a-key', 'This is the issuer\'s discovery document, not its keys. Open the address in its "jwks_uri" and paste what it shows.');
  }
  return fail('json-not-a-key', 'This JSON is neither a key set ({"keys": [ … ]}) nor a single key ({"kty": …}).');
}
