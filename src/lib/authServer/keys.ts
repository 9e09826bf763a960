/**
 * The mock's signing key: an RSA key pair made at start with jose (WebCrypto in the browser,
 * node:crypto in Node), published as a JWKS. The `kid` is the key's RFC 7638 thumbprint, so it is
 * stable for the key and needs no randomness of its own.
 */
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';

export const SIGNING_ALGORITHM = 'RS256';

export interface SigningKeys {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicJwk: JWK;
}

export interface JsonWebKeySet {
  keys: JWK[];
}

export async function createSigningKeys(): Promise<SigningKeys> {
  const { privateKey, publicKey } = await generateKeyPair(SIGNING_ALGORITHM, { modulusLength: 2048 });
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { kid, privateKey, publicJwk: { ...jwk, kid, alg: SIGNING_ALGORITHM, use: 'sig' } };
}

export function buildJwks(keys: SigningKeys): JsonWebKeySet {
  return { keys: [{ ...keys.publicJwk }] };
}
