import type { SegmentName, TokenProblem } from './problems';

const URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE_OF: Record<string, number> = Object.fromEntries(
  [...URL_ALPHABET].map((c, i) => [c, i] as const),
);
// Standard base64 spells 62 and 63 differently; we still decode them so the user sees content.
VALUE_OF['+'] = 62;
VALUE_OF['/'] = 63;

/** Names for characters that are invisible or easy to confuse, so a message can point at them. */
const CHARACTER_NAMES: Record<string, string> = {
  '\u2026': 'an ellipsis "…" (the token was shortened by whatever displayed it: copy the full value)',
  '\u200b': 'a zero-width space (U+200B, often added by chat tools and word processors)',
  '\ufeff': 'a byte-order mark (U+FEFF)',
  '\u00a0': 'a non-breaking space (U+00A0)',
  '%': 'a "%" (the token looks URL-encoded: decode it first)',
  '"': 'a double quote',
  "'": 'a single quote',
};

function describeCharacter(ch: string): string {
  const named = CHARACTER_NAMES[ch];
  if (named) return named;
  const code = ch.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return code >= 0x21 && code <= 0x7e ? `"${ch}"` : `the invisible or non-ASCII character ${hex}`;
}

export interface SegmentBytes {
  /** Undefined when the text cannot be decoded at all. */
  bytes?: Uint8Array;
  problems: TokenProblem[];
}

/**
 * Decodes one base64url part of a compact JWT and explains, with positions, anything that is not
 * strict base64url (RFC 7515 §2: URL-safe alphabet, no padding). `offset` is where the part starts in
 * the whole token, so positions can be shown on the token itself.
 */
export function decodeBase64UrlSegment(text: string, segment: SegmentName, offset = 0): SegmentBytes {
  const problems: TokenProblem[] = [];
  let end = text.length;
  while (end > 0 && text[end - 1] === '=') end--;
  if (end < text.length) {
    problems.push({
      code: 'base64-padding',
      severity: 'error',
      segment,
      position: offset + end,
      message: `The ${segment} ends with "=" padding. JWTs use base64url without padding (RFC 7515 §2); remove the trailing "=" characters. Strict libraries reject the token as it is.`,
    });
  }

  let firstStandard = -1;
  for (let i = 0; i < end; i++) {
    const ch = text[i];
    if (ch === '+' || ch === '/') {
      if (firstStandard < 0) firstStandard = i;
      continue;
    }
    if (VALUE_OF[ch] === undefined) {
      const full = String.fromCodePoint(text.codePointAt(i) ?? 0);
      problems.push({
        code: 'invalid-base64url-character',
        severity: 'error',
        segment,
        position: offset + i,
        message: `The ${segment} contains ${describeCharacter(full)} at position ${offset + i} (character ${i + 1} of the ${segment}). Only A–Z, a–z, 0–9, "-" and "_" may appear in a JWT part.`,
      });
      return { problems };
    }
  }
  if (firstStandard >= 0) {
    problems.push({
      code: 'standard-base64',
      severity: 'error',
      segment,
      position: offset + firstStandard,
      message: `The ${segment} uses "${text[firstStandard]}" (at position ${offset + firstStandard}), which belongs to standard base64. JWTs use base64url: "-" instead of "+" and "_" instead of "/". The token was probably re-encoded by a tool; get the original value.`,
    });
  }
  if (end % 4 === 1) {
    problems.push({
      code: 'invalid-base64url-length',
      severity: 'error',
      segment,
      message: `The ${segment} has ${end} characters, a length no base64url text can have (one character too many or too few). Was the token cut off or a character lost when copying?`,
    });
    return { problems };
  }
  return { bytes: decodeValidated(text, end), problems };
}

function decodeValidated(text: string, end: number): Uint8Array {
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let n = 0;
  for (let i = 0; i < end; i++) {
    buffer = ((buffer << 6) | VALUE_OF[text[i]]) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (buffer >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}
