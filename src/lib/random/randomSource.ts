/**
 * The one source of randomness for ids, secrets and UUIDs (the credentials generator, the simulated
 * Console and the mock's client registry) and for the mock's fault draws. It is injected wherever
 * it is used, so tests can pass a repeatable one; the default is the platform's CSPRNG.
 */

/** Fills the array with random bytes, like `crypto.getRandomValues`. */
export type RandomSource = (bytes: Uint8Array) => Uint8Array;

export const cryptoRandom: RandomSource = (bytes) => globalThis.crypto.getRandomValues(bytes);

/** Thrown only for programming mistakes (a bad alphabet or a broken random source). */
export class RandomSourceError extends Error {
  readonly code: 'ERR_BAD_ALPHABET' | 'ERR_RANDOM_SOURCE';
  constructor(code: RandomSourceError['code'], message: string) {
    super(message);
    this.name = 'RandomSourceError';
    this.code = code;
  }
}

/**
 * `length` characters drawn uniformly from `alphabet`. Bytes at or above the largest multiple of
 * the alphabet's size are thrown away (rejection sampling), so no character is favoured.
 */
export function randomString(length: number, alphabet: string, random: RandomSource = cryptoRandom): string {
  const size = alphabet.length;
  if (size < 1 || size > 256) throw new RandomSourceError('ERR_BAD_ALPHABET', 'The alphabet must have between 1 and 256 characters.');
  const limit = 256 - (256 % size);
  let out = '';
  const buffer = new Uint8Array(Math.max(16, length * 2));
  // A broken source that returns only rejected bytes must not spin forever.
  for (let rounds = 0; out.length < length; rounds++) {
    if (rounds > 1000) throw new RandomSourceError('ERR_RANDOM_SOURCE', 'The random source keeps returning unusable bytes; check the injected random function.');
    random(buffer);
    for (let i = 0; i < buffer.length && out.length < length; i++) {
      if (buffer[i] < limit) out += alphabet[buffer[i] % size];
    }
  }
  return out;
}

/** An RFC 9562 version 4 UUID in lower case. */
export function randomUuid(random: RandomSource = cryptoRandom): string {
  const b = random(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A number in [0, 1) from four bytes of the source, for probabilities such as a fault rate. */
export function randomFraction(random: RandomSource = cryptoRandom): number {
  const b = random(new Uint8Array(4));
  return (((b[0] << 24) >>> 0) + (b[1] << 16) + (b[2] << 8) + b[3]) / 2 ** 32;
}

/** A byte source driven by a `[0, 1)` function (such as a test's fixed value or a seeded generator). */
export function bytesFromFraction(fraction: () => number): RandomSource {
  return (bytes) => {
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.min(255, Math.floor(fraction() * 256));
    return bytes;
  };
}
