import { decodeBase64UrlSegment } from './base64url';
import { findDuplicateMembers } from '../json/topLevelKeys';
import { normaliseTokenInput } from './normaliseTokenInput';
import type { SegmentName, TokenProblem } from './problems';

export interface TokenSegment {
  name: SegmentName;
  /** The base64url text of this part, as it appears in the normalised token. */
  raw: string;
  /** Offsets into `DecodedToken.token`: `token.slice(start, end) === raw`. */
  start: number;
  end: number;
}

/** `jws`: signed JWT; `unsecured`: alg none; `jwe`: encrypted; `malformed`: not a readable JWT. */
type TokenKind = 'jws' | 'unsecured' | 'jwe' | 'malformed' | 'empty';

export interface DecodedToken {
  /** The token after normalisation (prefixes, quotes and whitespace removed). */
  token: string;
  kind: TokenKind;
  segments: TokenSegment[];
  header?: Record<string, unknown>;
  /** The claims, when the payload is a JSON object. */
  payload?: Record<string, unknown>;
  /** The payload's JSON value when it parsed but is not an object (an array, a string…). */
  payloadValue?: unknown;
  /** The payload as text when it is valid UTF-8 but not JSON. */
  payloadText?: string;
  /** Decoded signature size in bytes (0 for an unsecured token). */
  signatureLength?: number;
  problems: TokenProblem[];
  /** True when the input was too large to inspect. */
  refused: boolean;
}

const JWS_NAMES: SegmentName[] = ['header', 'payload', 'signature'];
const JWE_NAMES: SegmentName[] = ['header', 'encrypted-key', 'iv', 'ciphertext', 'tag'];

// Signature sizes that are fixed by the algorithm (RFC 7518 §3.2, §3.4; RFC 8037 §3.1).
const SIGNATURE_BYTES: Record<string, number> = {
  HS256: 32, HS384: 48, HS512: 64, ES256: 64, ES384: 96, ES512: 132, EdDSA: 64, Ed25519: 64,
};

/**
 * Reads any pasted JWT as far as it can be read and lists precisely what is wrong. Never throws:
 * every failure becomes an entry in `problems`, so the UI can show partial results.
 */
export function decodeToken(input: string): DecodedToken {
  try {
    return decodeNormalised(input);
  } catch (error) {
    // Defensive: a bug here must not blank the inspector; report it instead.
    return {
      token: '',
      kind: 'malformed',
      segments: [],
      refused: false,
      problems: [{ code: 'internal-error', severity: 'error', message: `The inspector failed to read this input (${String(error)}).` }],
    };
  }
}

function decodeNormalised(input: string): DecodedToken {
  const normalised = normaliseTokenInput(input);
  const problems = [...normalised.problems];
  const token = normalised.token;
  const result: DecodedToken = { token, kind: 'malformed', segments: [], problems, refused: normalised.refused };
  if (normalised.refused) return result;
  if (token === '') {
    result.kind = 'empty';
    return result;
  }
  if (token.startsWith('{') || token.startsWith('[')) {
    problems.push({
      code: 'json-not-a-token',
      severity: 'error',
      message:
        'This is JSON, not a token. If it is a token response, it has no "access_token" field; if it is an already decoded payload, there is nothing left to decode. Paste the compact token (it starts with "eyJ").',
    });
    return result;
  }

  const parts = token.split('.');
  const isJwe = parts.length === 5;
  const names = isJwe ? JWE_NAMES : JWS_NAMES;
  let offset = 0;
  result.segments = parts.map((raw, i) => {
    const segment: TokenSegment = { name: names[i] ?? 'extra', raw, start: offset, end: offset + raw.length };
    offset += raw.length + 1;
    return segment;
  });
  if (parts.length === 1) result.segments[0].name = 'payload';

  if (isJwe) {
    result.kind = 'jwe';
    result.header = decodeJsonSegment(result.segments[0], problems).object;
    const enc = typeof result.header?.enc === 'string' ? ` (enc ${result.header.enc})` : '';
    problems.push({
      code: 'encrypted-jwe',
      severity: 'warning',
      message: `This is an encrypted token (JWE, five parts)${enc}. Its header is readable, but the claims can only be read with the recipient's private key. Camunda SaaS access tokens are signed, not encrypted: three parts.`,
    });
    return result;
  }

  reportSegmentCount(parts.length, problems);
  const [headerSeg, payloadSeg, signatureSeg] = result.segments;

  if (parts.length === 1) {
    // Only text starting like encoded JSON ("eyJ" = '{"') is worth decoding; anything else is opaque.
    if (!headerSeg.raw.startsWith('eyJ')) return result;
    const single = decodeJsonSegment(headerSeg, problems);
    if (single.object) {
      if ('alg' in single.object) {
        headerSeg.name = 'header';
        result.header = single.object;
      } else result.payload = single.object;
    }
    return result;
  }

  result.header = decodeJsonSegment(headerSeg, problems).object;
  const payload = decodeJsonSegment(payloadSeg, problems);
  result.payload = payload.object;
  if (payload.object === undefined && payload.parsed) result.payloadValue = payload.value;
  if (payload.text !== undefined && !payload.parsed) result.payloadText = payload.text;

  checkHeader(result.header, problems);
  if (signatureSeg) checkSignature(signatureSeg, result, problems);
  // The kind describes the structure; what is wrong inside it is in `problems`.
  const alg = result.header?.alg;
  if (parts.length !== 3 || typeof alg !== 'string') result.kind = 'malformed';
  else result.kind = alg.toLowerCase() === 'none' && signatureSeg.raw === '' ? 'unsecured' : 'jws';
  return result;
}

function reportSegmentCount(count: number, problems: TokenProblem[]): void {
  const messages: Record<number, string> = {
    1: 'The text has no dots, so it is not a JWT (a JWT has three parts: header.payload.signature). It may be an opaque token that only its issuer can read, a client secret, or just one part of a JWT. Camunda SaaS issues JWTs: copy the whole access_token value.',
    2: 'The token has two parts (one dot): the signature part and the dot before it are missing. A JWT has three parts, and even an unsecured one ends with a dot. The token was probably cut off when copying.',
    4: 'The token has four parts (three dots), one too many. Were two tokens pasted together, or a dot added by mistake? The first three parts are shown.',
  };
  if (count === 3) return;
  problems.push({
    code: 'wrong-segment-count',
    severity: 'error',
    message:
      messages[count] ??
      `The token has ${count} parts; a signed JWT has 3 and an encrypted one (JWE) has 5. This is not a token, or several were pasted together.`,
  });
}

interface JsonSegment {
  object?: Record<string, unknown>;
  value?: unknown;
  parsed: boolean;
  text?: string;
}

function decodeJsonSegment(
  segment: TokenSegment,
  problems: TokenProblem[],
): JsonSegment {
  const where = segment.name;
  if (segment.raw === '') {
    problems.push({ code: 'empty-segment', severity: 'error', segment: where, message: `The ${where} part is empty. Copy the token again.` });
    return { parsed: false };
  }
  const decoded = decodeBase64UrlSegment(segment.raw, where, segment.start);
  problems.push(...decoded.problems);
  if (!decoded.bytes) return { parsed: false };

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(decoded.bytes);
  } catch {
    problems.push({
      code: 'invalid-utf8',
      severity: 'error',
      segment: where,
      message: `The ${where} decodes to bytes that are not UTF-8 text, so it cannot be JSON. Parts may have been swapped, or this is not a JWT.`,
    });
    return { parsed: false };
  }

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    problems.push({
      code: 'invalid-json',
      severity: 'error',
      segment: where,
      message: `The ${where} decodes to text that is not valid JSON (${(error as Error).message}). The token was altered or cut off.`,
    });
    return { parsed: false, text };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    problems.push({
      code: `${where === 'header' ? 'header' : 'payload'}-not-object`,
      severity: 'error',
      segment: where,
      message: `The ${where} is JSON ${kind}, but a JWT ${where === 'header' ? 'header' : 'claims set'} must be a JSON object ({ … }).`,
    });
    return { parsed: true, value, text };
  }
  for (const name of findDuplicateMembers(text)) {
    problems.push({
      code: 'duplicate-member',
      severity: 'error',
      segment: where,
      message: `The ${where} contains "${name}" more than once. Libraries disagree on which value wins (the last one is shown here), so a verifier should reject such a token (RFC 7519 §4).`,
    });
  }
  return { parsed: true, value, object: value as Record<string, unknown>, text };
}

function checkHeader(header: Record<string, unknown> | undefined, problems: TokenProblem[]): void {
  if (!header) return;
  if (!('alg' in header)) {
    problems.push({ code: 'missing-alg', severity: 'error', segment: 'header', message: 'The header has no "alg" (algorithm). Every JWT must name its signing algorithm (RFC 7515 §4.1.1).' });
  } else if (typeof header.alg !== 'string') {
    problems.push({ code: 'invalid-alg', severity: 'error', segment: 'header', message: 'The header\'s "alg" must be a string such as "RS256".' });
  }
  if ('crit' in header) {
    problems.push({
      code: 'critical-header',
      severity: 'warning',
      segment: 'header',
      message: `The header lists critical extensions (crit: ${JSON.stringify(header.crit)}). A verifier that does not understand them must reject the token (RFC 7515 §4.1.11).`,
    });
  }
}

function checkSignature(segment: TokenSegment, result: DecodedToken, problems: TokenProblem[]): void {
  const alg = typeof result.header?.alg === 'string' ? result.header.alg : undefined;
  const isNone = alg?.toLowerCase() === 'none';
  if (segment.raw === '') {
    result.signatureLength = 0;
    if (isNone) {
      problems.push({
        code: 'alg-none',
        severity: 'warning',
        segment: 'header',
        message: 'This is an unsecured JWT ("alg": "none"): it has no signature, so anyone can write one. Zeebe and every other API must reject it; never accept "none" in a verifier (RFC 8725 §3.1).',
      });
    } else {
      problems.push({
        code: 'missing-signature',
        severity: 'error',
        segment: 'signature',
        message: `The signature part is empty although the header says "alg": ${JSON.stringify(alg ?? null)}. The token was cut off after the last dot, or the signature was removed.`,
      });
    }
    return;
  }
  if (isNone) {
    problems.push({
      code: 'signature-with-alg-none',
      severity: 'error',
      segment: 'signature',
      message: 'The header says "alg": "none" but a signature is present. Such a token is invalid (RFC 7518 §3.6): the header was probably edited.',
    });
  }
  const decoded = decodeBase64UrlSegment(segment.raw, 'signature', segment.start);
  problems.push(...decoded.problems);
  if (!decoded.bytes) return;
  result.signatureLength = decoded.bytes.length;
  const expected = alg ? SIGNATURE_BYTES[alg] : undefined;
  if (expected !== undefined && expected !== decoded.bytes.length) {
    problems.push({
      code: 'unexpected-signature-length',
      severity: 'error',
      segment: 'signature',
      message: `An ${alg} signature is ${expected} bytes, but this one is ${decoded.bytes.length}. The signature was cut off or does not belong to this header.`,
    });
  }
}
