import { calculateJwkThumbprint, exportJWK, importJWK, importSPKI, importX509, type CryptoKey, type JWK } from 'jose';
import type { TokenProblem } from './problems';

/** Signature algorithms the verifier supports (those jose implements with WebCrypto). */
export const SUPPORTED_ALGORITHMS = [
  'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512',
  'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519', 'HS256', 'HS384', 'HS512',
] as const;

type KeyFamily = 'RSA' | 'EC' | 'OKP' | 'oct';

export interface AlgorithmNeeds {
  kty: KeyFamily;
  /** Curve for EC and OKP keys. */
  crv?: string;
  /** HMAC: the hash size; RFC 7518 §3.2 asks for a secret at least this long. */
  minSecretBytes?: number;
  label: string;
}

export function needsOf(alg: string): AlgorithmNeeds | undefined {
  const bits = alg.slice(2);
  if (/^(RS|PS)(256|384|512)$/.test(alg)) return { kty: 'RSA', label: 'an RSA public key' };
  if (alg === 'ES256') return { kty: 'EC', crv: 'P-256', label: 'an EC P-256 public key' };
  if (alg === 'ES384') return { kty: 'EC', crv: 'P-384', label: 'an EC P-384 public key' };
  if (alg === 'ES512') return { kty: 'EC', crv: 'P-521', label: 'an EC P-521 public key' };
  if (alg === 'EdDSA' || alg === 'Ed25519') return { kty: 'OKP', crv: 'Ed25519', label: 'an Ed25519 public key' };
  if (/^HS(256|384|512)$/.test(alg)) return { kty: 'oct', minSecretBytes: Number(bits) / 8, label: 'a shared secret' };
  return undefined;
}

function describeJwk(jwk: JWK): string {
  if (jwk.kty === 'oct') return 'a shared secret (kty oct)';
  if (jwk.kty === 'RSA') return 'an RSA key';
  return `an ${jwk.kty ?? 'unknown'} ${jwk.crv ?? ''} key`.replace(/\s+key$/, ' key');
}

/** Null when the key can serve the algorithm, else why not. */
export function mismatchOf(jwk: JWK, alg: string): string | null {
  const needs = needsOf(alg);
  if (!needs) return `${alg} is not supported.`;
  if (jwk.kty !== needs.kty || (needs.crv && jwk.crv !== needs.crv)) {
    return `The token is signed with ${alg}, which needs ${needs.label}, but this is ${describeJwk(jwk)}.`;
  }
  return null;
}

// Members that only private keys carry (RFC 7518 §6.2.2, §6.3.2; RFC 8037 §2).
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'];

function isPrivateJwk(jwk: JWK): boolean {
  return jwk.kty !== 'oct' && PRIVATE_MEMBERS.some((m) => m in jwk);
}

/** The public members only, so a pasted private JWK still verifies and nothing secret is kept. */
function publicPartOf(jwk: JWK): JWK {
  const out: JWK = {};
  for (const member of ['kty', 'n', 'e', 'crv', 'x', 'y', 'k', 'kid'] as const) {
    if (jwk[member] !== undefined) (out as Record<string, unknown>)[member] = jwk[member];
  }
  return out;
}

export async function thumbprintOf(jwk: JWK): Promise<string | undefined> {
  if (jwk.kty === 'oct') return undefined; // a hash of a secret is still secret material
  try {
    return await calculateJwkThumbprint(publicPartOf(jwk), 'sha256');
  } catch {
    return undefined;
  }
}

export async function importPublicJwk(jwk: JWK, alg: string): Promise<CryptoKey | Uint8Array> {
  const { kid: _kid, ...material } = publicPartOf(jwk);
  return importJWK(material, alg);
}

export type PemImport =
  | { ok: true; key: CryptoKey; jwk: JWK; source: 'pem-spki' | 'pem-certificate' }
  | { ok: false; code: string; message: string };

const GUESS_ALGS = ['RS256', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/** Imports an SPKI public key or an X.509 certificate, explaining the PEM blocks people often paste instead. */
export async function importPem(pem: string, alg: string): Promise<PemImport> {
  const label = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(pem)?.[1];
  if (!label) {
    return { ok: false, code: 'invalid-key', message: 'No PEM block found. Paste text that starts with "-----BEGIN PUBLIC KEY-----" or "-----BEGIN CERTIFICATE-----", including those lines.' };
  }
  if (label.includes('PRIVATE KEY')) {
    return { ok: false, code: 'private-key-given', message: 'This is a private key. A verifier only needs the public key, and a private key must never leave its owner: derive the public one with "openssl pkey -in private.pem -pubout" and paste that.' };
  }
  if (label === 'RSA PUBLIC KEY') {
    return { ok: false, code: 'unsupported-pem', message: 'This is a PKCS#1 "RSA PUBLIC KEY". Convert it to the standard SPKI form with "openssl rsa -RSAPublicKey_in -in key.pem -pubout" and paste the result ("BEGIN PUBLIC KEY").' };
  }
  if (label !== 'PUBLIC KEY' && label !== 'CERTIFICATE') {
    return { ok: false, code: 'unsupported-pem', message: `A "${label}" block cannot verify a signature. Paste a public key ("BEGIN PUBLIC KEY") or a certificate ("BEGIN CERTIFICATE").` };
  }
  const source = label === 'CERTIFICATE' ? 'pem-certificate' : 'pem-spki';
  const importAs = (a: string) => (source === 'pem-certificate' ? importX509(pem.trim(), a, { extractable: true }) : importSPKI(pem.trim(), a, { extractable: true }));
  try {
    const key = await importAs(alg);
    return { ok: true, key, jwk: await exportJWK(key), source };
  } catch (error) {
    // Find out what the key is, so the message can say why it does not fit.
    for (const guess of GUESS_ALGS.filter((g) => needsOf(g)?.kty !== needsOf(alg)?.kty || needsOf(g)?.crv !== needsOf(alg)?.crv)) {
      try {
        const jwk = await exportJWK(await importAs(guess));
        return { ok: false, code: 'key-alg-mismatch', message: mismatchOf(jwk, alg) ?? `This key does not fit ${alg}.` };
      } catch {
        // try the next guess
      }
    }
    return { ok: false, code: 'invalid-key', message: `The PEM text could not be read as a key for ${alg} (${(error as Error).message}). Check that it was copied completely.` };
  }
}

export function warnAboutJwk(jwk: JWK, alg: string, tokenKid: string | undefined, warnings: TokenProblem[]): void {
  if (jwk.alg !== undefined && jwk.alg !== alg) {
    warnings.push({ code: 'alg-mismatch', severity: 'warning', message: `The key is marked for ${jwk.alg}, but the token says ${alg}. A careful verifier refuses to use a key for another algorithm (RFC 8725 §3.1); check the issuer's configuration.` });
  }
  if (tokenKid !== undefined && jwk.kid !== undefined && jwk.kid !== tokenKid) {
    warnings.push({ code: 'kid-mismatch', severity: 'warning', message: `The token names key "${tokenKid}", but this key is "${jwk.kid}". Most verifiers pick keys by kid and would not use this one.` });
  }
  if (jwk.use !== undefined && jwk.use !== 'sig') {
    warnings.push({ code: 'key-use-not-sig', severity: 'warning', message: `The key is marked "use": "${jwk.use}", not "sig": it is meant for encryption, not for signatures.` });
  }
  if (isPrivateJwk(jwk)) {
    warnings.push({ code: 'private-key-given', severity: 'warning', message: 'This JWK contains private key members; only the public part was used. Never share a private key, and do not paste it into web pages.' });
  }
}
