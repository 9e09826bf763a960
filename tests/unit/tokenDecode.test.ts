import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encode as encodeBase64Url } from 'jose/base64url';
import { decodeToken } from '../../src/lib/token/decodeToken';
import { MAX_TOKEN_INPUT_LENGTH } from '../../src/lib/token/normaliseTokenInput';
import type { TokenProblem } from '../../src/lib/token/problems';
import { RFC7515_A1, RFC7515_A2, RFC7519_UNSECURED, RFC_CLAIMS } from './tokenFixtures';


const codes = (problems: TokenProblem[]) => problems.map((p) => p.code);
const b64 = (value: unknown) => encodeBase64Url(new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value)));
const makeToken = (header: unknown, payload: unknown, signature = 'c2ln') => `${b64(header)}.${b64(payload)}.${signature}`;

describe('decodeToken: RFC examples', () => {
  it('decodes RFC 7519 §3.1 / RFC 7515 A.1 (HS256)', () => {
    const d = decodeToken(RFC7515_A1);
    expect(d.kind).toBe('jws');
    expect(d.header).toEqual({ typ: 'JWT', alg: 'HS256' });
    expect(d.payload).toEqual(RFC_CLAIMS);
    expect(d.signatureLength).toBe(32);
    expect(d.problems).toEqual([]);
  });

  it('decodes RFC 7515 A.2 (RS256) with a 256-byte signature and exact segment offsets', () => {
    const d = decodeToken(RFC7515_A2);
    expect(d.header).toEqual({ alg: 'RS256' });
    expect(d.payload).toEqual(RFC_CLAIMS);
    expect(d.signatureLength).toBe(256);
    expect(d.segments.map((s) => s.name)).toEqual(['header', 'payload', 'signature']);
    for (const s of d.segments) expect(d.token.slice(s.start, s.end)).toBe(s.raw);
    expect(d.segments[1].start).toBe(21);
  });

  it('reads the RFC 7519 §6.1 unsecured JWT and warns about alg none', () => {
    const d = decodeToken(RFC7519_UNSECURED);
    expect(d.kind).toBe('unsecured');
    expect(d.payload).toEqual(RFC_CLAIMS);
    expect(d.signatureLength).toBe(0);
    expect(codes(d.problems)).toEqual(['alg-none']);
    expect(d.problems[0].severity).toBe('warning');
  });
});

describe('decodeToken: normalising what people paste', () => {
  const cases: [string, string, string[]][] = [
    ['Bearer prefix', `Bearer ${RFC7515_A1}`, ['removed-bearer-prefix']],
    ['lower-case bearer', `bearer ${RFC7515_A1}`, ['removed-bearer-prefix']],
    ['surrounding whitespace', `  \n${RFC7515_A1}\t `, ['trimmed-whitespace']],
    ['double quotes', `"${RFC7515_A1}"`, ['removed-quotes']],
    ['single quotes with a trailing comma', `'${RFC7515_A1}',`, ['removed-quotes']],
    ['a header line', `Authorization: Bearer ${RFC7515_A1}`, ['removed-authorization-header', 'removed-bearer-prefix']],
    ['a curl header option', `-H "Authorization: Bearer ${RFC7515_A1}"`, ['removed-authorization-header', 'removed-bearer-prefix']],
    ['a JSON token response', JSON.stringify({ access_token: RFC7515_A1, token_type: 'Bearer', expires_in: 86400 }), ['extracted-from-json']],
    ['a fragment of a JSON response', `"access_token": "${RFC7515_A1}", "expires_in"`, ['extracted-from-json']],
    ['a redirect URL', `https://app.example/cb#access_token=${RFC7515_A1}&token_type=Bearer`, ['extracted-from-url']],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    const d = decodeToken(input);
    expect(d.token).toBe(RFC7515_A1);
    expect(d.payload).toEqual(RFC_CLAIMS);
    expect(codes(d.problems)).toEqual(expected);
    expect(d.problems.every((p) => p.severity === 'info')).toBe(true);
  });

  it('removes line breaks inside a wrapped token and says how many', () => {
    const wrapped = `${RFC7515_A1.slice(0, 60)}\n${RFC7515_A1.slice(60, 120)}\r\n${RFC7515_A1.slice(120)}`;
    const d = decodeToken(wrapped);
    expect(d.token).toBe(RFC7515_A1);
    expect(d.problems).toHaveLength(1);
    expect(d.problems[0]).toMatchObject({ code: 'removed-inner-whitespace', severity: 'info' });
    expect(d.problems[0].message).toMatch(/3 line breaks/);
  });

  it('refuses a huge paste quickly without reading it', () => {
    const huge = 'a'.repeat(MAX_TOKEN_INPUT_LENGTH + 1);
    const d = decodeToken(huge);
    expect(d.refused).toBe(true);
    // Proof that only the length is read: a "string" whose content cannot be touched.
    const untouchable = new Proxy(Object.create(null), {
      get: (_t, key) => {
        if (key === 'length') return 10_000_000;
        throw new Error(`read ${String(key)}`);
      },
    }) as string;
    expect(decodeToken(untouchable)).toMatchObject({ refused: true, problems: [{ code: 'input-too-large' }] });
    expect(codes(d.problems)).toEqual(['input-too-large']);
    expect(d.problems[0].message).toMatch(/65,536/);
  });

  it('treats empty input as a prompt, not an error', () => {
    const d = decodeToken('   ');
    expect(d.kind).toBe('empty');
    expect(d.problems.map((p) => p.severity)).toContain('info');
    expect(d.problems.some((p) => p.severity === 'error')).toBe(false);
  });

  it('says when JSON without a token was pasted', () => {
    const d = decodeToken('{"iss":"joe"}');
    expect(codes(d.problems)).toEqual(['json-not-a-token']);
  });
});

describe('decodeToken: broken tokens', () => {
  const [h, p, s] = RFC7515_A1.split('.');

  it('one part: not a JWT, but decodes it if it is a lone payload', () => {
    const d = decodeToken(p);
    expect(codes(d.problems)).toEqual(['wrong-segment-count']);
    expect(d.problems[0].message).toMatch(/no dots/);
    expect(d.payload).toEqual(RFC_CLAIMS);
    expect(d.kind).toBe('malformed');
  });

  it('one part that is an opaque string is reported without JSON noise', () => {
    const d = decodeToken('d1f9b1c8a0e74b6f9d3c');
    expect(codes(d.problems)).toEqual(['wrong-segment-count']);
  });

  it('two parts: the signature is missing', () => {
    const d = decodeToken(`${h}.${p}`);
    expect(codes(d.problems)).toEqual(['wrong-segment-count']);
    expect(d.problems[0].message).toMatch(/two parts/);
    expect(d.header).toEqual({ typ: 'JWT', alg: 'HS256' });
    expect(d.payload).toEqual(RFC_CLAIMS);
  });

  it('four parts: one dot too many, first three still decoded', () => {
    const d = decodeToken(`${RFC7515_A1}.${h}`);
    expect(codes(d.problems)).toEqual(['wrong-segment-count']);
    expect(d.problems[0].message).toMatch(/four parts/);
    expect(d.segments.map((x) => x.name)).toEqual(['header', 'payload', 'signature', 'extra']);
    expect(d.payload).toEqual(RFC_CLAIMS);
  });

  it('five parts: an encrypted JWE, header shown', () => {
    const jweHeader = b64({ alg: 'RSA-OAEP', enc: 'A256GCM' });
    const d = decodeToken(`${jweHeader}.a2V5.aXY.Y2lwaGVy.dGFn`);
    expect(d.kind).toBe('jwe');
    expect(d.header).toEqual({ alg: 'RSA-OAEP', enc: 'A256GCM' });
    expect(d.payload).toBeUndefined();
    expect(codes(d.problems)).toEqual(['encrypted-jwe']);
    expect(d.problems[0].message).toMatch(/A256GCM/);
    expect(d.segments.map((x) => x.name)).toEqual(['header', 'encrypted-key', 'iv', 'ciphertext', 'tag']);
  });

  it('a bad character: names the segment, the character and its position', () => {
    const broken = `${h}.${p.slice(0, 10)}*${p.slice(11)}.${s}`;
    const d = decodeToken(broken);
    const problem = d.problems.find((x) => x.code === 'invalid-base64url-character');
    expect(problem).toMatchObject({ segment: 'payload', position: h.length + 1 + 10 });
    expect(problem?.message).toMatch(/"\*"/);
    expect(d.header).toEqual({ typ: 'JWT', alg: 'HS256' });
    expect(d.payload).toBeUndefined();
  });

  it('an ellipsis from a shortened log line is explained', () => {
    const d = decodeToken(`${h}.${p.slice(0, 20)}…`);
    expect(d.problems.find((x) => x.code === 'invalid-base64url-character')?.message).toMatch(/shortened/);
  });

  it('= padding is reported but the content is still decoded', () => {
    const padded = `${h}.${p}==.${s}`;
    const d = decodeToken(padded);
    expect(codes(d.problems)).toContain('base64-padding');
    expect(d.problems.find((x) => x.code === 'base64-padding')?.segment).toBe('payload');
    expect(d.payload).toEqual(RFC_CLAIMS);
  });

  it('standard base64 + and / are reported with position and still decoded', () => {
    const standard = s.replace(/-/g, '+').replace(/_/g, '/');
    const d = decodeToken(`${h}.${p}.${standard}`);
    const problem = d.problems.find((x) => x.code === 'standard-base64');
    expect(problem).toMatchObject({ segment: 'signature', severity: 'error' });
    expect(problem?.position).toBe(h.length + p.length + 2 + s.indexOf('-'));
    expect(d.signatureLength).toBe(32);
  });

  it('an impossible base64url length is reported', () => {
    const tooLong = p + 'x'.repeat((5 - (p.length % 4)) % 4);
    expect(tooLong.length % 4).toBe(1);
    const d = decodeToken(`${h}.${tooLong}.${s}`);
    expect(codes(d.problems)).toContain('invalid-base64url-length');
  });

  it('bad JSON: names the segment and quotes the parser', () => {
    const d = decodeToken(`${h}.${b64('{"iss": "joe",')}.${s}`);
    const problem = d.problems.find((x) => x.code === 'invalid-json');
    expect(problem?.segment).toBe('payload');
    expect(problem?.message).toMatch(/JSON/);
    expect(d.payloadText).toBe('{"iss": "joe",');
  });

  it('bytes that are not UTF-8 are reported', () => {
    const bytes = encodeBase64Url(new Uint8Array([0xff, 0xfe, 0xfd]));
    expect(codes(decodeToken(`${h}.${bytes}.${s}`).problems)).toContain('invalid-utf8');
  });

  it('a payload that is not an object', () => {
    const d = decodeToken(makeToken({ alg: 'HS256' }, [1, 2], s));
    expect(codes(d.problems)).toEqual(['payload-not-object']);
    expect(d.payloadValue).toEqual([1, 2]);
    expect(d.problems[0].message).toMatch(/an array/);
  });

  it('a header that is not an object, or without alg', () => {
    expect(codes(decodeToken(makeToken('"x"', {}, s)).problems)).toContain('header-not-object');
    expect(codes(decodeToken(makeToken({ typ: 'JWT' }, {}, s)).problems)).toEqual(['missing-alg']);
  });

  it('an empty signature with a real algorithm', () => {
    const d = decodeToken(`${h}.${p}.`);
    expect(codes(d.problems)).toEqual(['missing-signature']);
    expect(d.signatureLength).toBe(0);
  });

  it('alg none with a signature', () => {
    expect(codes(decodeToken(makeToken({ alg: 'none' }, {}, s)).problems)).toContain('signature-with-alg-none');
  });

  it('a signature of the wrong size for its algorithm', () => {
    const d = decodeToken(`${h}.${p}.${s.slice(0, 20)}`);
    expect(codes(d.problems)).toEqual(['unexpected-signature-length']);
  });

  it('a claim that appears twice (JSON.parse would hide it)', () => {
    const d = decodeToken(`${h}.${b64('{"exp":1,"sub":"a\\"b","nested":{"exp":3},"exp" :2}')}.${s}`);
    expect(codes(d.problems)).toEqual(['duplicate-member']);
    expect(d.problems[0].message).toMatch(/"exp" more than once/);
    expect(d.payload?.exp).toBe(2);
  });

  it('an empty header part', () => {
    expect(codes(decodeToken(`.${p}.${s}`).problems)).toContain('empty-segment');
  });
});

describe('decodeToken: properties', () => {
  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.array(fc.constantFrom('eyJ', '.', 'a', '=', '+', ' ', '"', 'Bearer ', '{')).map((a) => a.join(''))), (input) => {
        const d = decodeToken(input);
        expect(Array.isArray(d.problems)).toBe(true);
        for (const s of d.segments) expect(d.token.slice(s.start, s.end)).toBe(s.raw);
      }),
      { numRuns: 500 },
    );
  });

  it('decoding an encoded token returns the same header and payload', () => {
    const jsonObject = fc.dictionary(fc.string(), fc.jsonValue());
    fc.assert(
      fc.property(jsonObject, jsonObject, fc.uint8Array({ minLength: 1, maxLength: 64 }), (header, payload, sig) => {
        const d = decodeToken(makeToken({ alg: 'RS256', ...header }, payload, encodeBase64Url(sig)));
        expect(d.header).toEqual(JSON.parse(JSON.stringify({ alg: 'RS256', ...header })));
        expect(d.payload).toEqual(JSON.parse(JSON.stringify(payload)));
        expect(d.signatureLength).toBe(sig.length);
      }),
      { numRuns: 300 },
    );
  });
});
