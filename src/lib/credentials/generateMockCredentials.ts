/**
 * Invents credentials shaped exactly like the Console's, for the playground's mock auth server.
 * Randomness is injected so tests are repeatable; the default is the platform's CSPRNG.
 */
import { componentUrlFor, CONSOLE_SCOPES, DEFAULT_REGION, DEFAULT_TOKEN_URL, AUDIENCES, grpcAddressFor, restAddressFor, type ConsoleScope, type Credentials } from './model';

/** Fills the array with random bytes, like `crypto.getRandomValues`. */
export type RandomSource = (bytes: Uint8Array) => Uint8Array;

export const CREDENTIAL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~-';
export const CLIENT_ID_LENGTH = 32;
export const CLIENT_SECRET_LENGTH = 64;

export interface GenerateMockCredentialsOptions {
  region?: string;
  /** Default: Zeebe only. Written in the Console's order whatever order is given. */
  scopes?: readonly ConsoleScope[];
  name?: string;
  /** Reuse a cluster (as the Console does for every client of one cluster); default: a new random one. */
  clusterId?: string;
  random?: RandomSource;
}

/** Thrown only for programming mistakes (a bad alphabet or a broken random source). */
export class MockCredentialsError extends Error {
  readonly code: 'ERR_BAD_ALPHABET' | 'ERR_RANDOM_SOURCE';
  constructor(code: MockCredentialsError['code'], message: string) {
    super(message);
    this.name = 'MockCredentialsError';
    this.code = code;
  }
}

const defaultRandom: RandomSource = (bytes) => globalThis.crypto.getRandomValues(bytes);

/**
 * `length` characters drawn uniformly from `alphabet`. Bytes at or above the largest multiple of
 * the alphabet's size are thrown away (rejection sampling), so no character is favoured.
 */
export function randomString(length: number, alphabet: string, random: RandomSource = defaultRandom): string {
  const size = alphabet.length;
  if (size < 1 || size > 256) throw new MockCredentialsError('ERR_BAD_ALPHABET', 'The alphabet must have between 1 and 256 characters.');
  const limit = 256 - (256 % size);
  let out = '';
  const buffer = new Uint8Array(Math.max(16, length * 2));
  // A broken source that returns only rejected bytes must not spin forever.
  for (let rounds = 0; out.length < length; rounds++) {
    if (rounds > 1000) throw new MockCredentialsError('ERR_RANDOM_SOURCE', 'The random source keeps returning unusable bytes; check the injected random function.');
    random(buffer);
    for (let i = 0; i < buffer.length && out.length < length; i++) {
      if (buffer[i] < limit) out += alphabet[buffer[i] % size];
    }
  }
  return out;
}

/** An RFC 9562 version 4 UUID in lower case. */
export function randomUuid(random: RandomSource = defaultRandom): string {
  const b = random(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function generateMockCredentials(options: GenerateMockCredentialsOptions = {}): Credentials {
  const random = options.random ?? defaultRandom;
  const region = options.region ?? DEFAULT_REGION;
  const wanted = options.scopes ?? ['Zeebe'];
  const scopes = CONSOLE_SCOPES.filter((s) => wanted.includes(s));
  const clusterId = options.clusterId ?? randomUuid(random);
  const credentials: Credentials = {
    clientId: randomString(CLIENT_ID_LENGTH, CREDENTIAL_ALPHABET, random),
    clientSecret: randomString(CLIENT_SECRET_LENGTH, CREDENTIAL_ALPHABET, random),
    clusterId,
    region,
    audience: AUDIENCES.zeebe,
    authorizationServerUrl: DEFAULT_TOKEN_URL,
    scopes,
    zeebeGrpcAddress: grpcAddressFor(clusterId, region),
    zeebeRestAddress: restAddressFor(clusterId, region),
  };
  if (scopes.includes('Tasklist')) credentials.tasklistBaseUrl = componentUrlFor('tasklist', clusterId, region);
  if (scopes.includes('Operate')) credentials.operateBaseUrl = componentUrlFor('operate', clusterId, region);
  if (scopes.includes('Optimize')) credentials.optimizeBaseUrl = componentUrlFor('optimize', clusterId, region);
  if (options.name !== undefined) credentials.name = options.name;
  return credentials;
}
