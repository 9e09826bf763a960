import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainTokenResponse } from '../../src/lib/authServer/explainResponse';
import { formatDuration, formatLifetime, formatRelative } from '../../src/lib/time/duration';
import { analyseTokenTimes } from '../../src/lib/token/tokenTimes';

describe('formatDuration', () => {
  it.each([
    [0, '0 ms'],
    [4.56, '4.5 ms'],
    [450, '450 ms'],
    [999.9, '999 ms'],
    [1_000, '1 s'],
    [3_400, '3.4 s'],
    [9_999, '9.9 s'],
    [10_000, '10 s'],
    [12_500, '12 s'],
    [59_999, '59 s'],
    [60_000, '1 min'],
    [65_000, '1 min 5 s'],
    [125_000, '2 min 5 s'],
    [3_570_000, '59 min 30 s'],
    [3_599_999, '59 min 59 s'],
    [3_600_000, '1 h'],
    [12_000_000, '3 h 20 min'],
    [86_399_000, '23 h 59 min'],
    [86_399_999, '23 h 59 min'],
    [86_400_000, '1 d'],
    [93_600_000, '1 d 2 h'],
    [2 * 86_400_000 + 4 * 3_600_000 + 59_000, '2 d 4 h'],
    [-3_000, '−3 s'],
    [Number.NaN, '–'],
    [Number.POSITIVE_INFINITY, 'forever'],
  ])('%d ms → %s', (ms, text) => expect(formatDuration(ms)).toBe(text));

  it('never overstates: the text never names more time than there is (property)', () => {
    const parse = (text: string) =>
      text.split(' ').reduce<{ total: number; n: number }>((acc, word) => {
        const unit = { ms: 1, s: 1_000, min: 60_000, h: 3_600_000, d: 86_400_000 }[word];
        return unit ? { total: acc.total + acc.n * unit, n: 0 } : { total: acc.total, n: Number(word) };
      }, { total: 0, n: 0 }).total;
    fc.assert(fc.property(fc.double({ min: 0, max: 30 * 86_400_000, noNaN: true }), (ms) => {
      expect(parse(formatDuration(ms))).toBeLessThanOrEqual(ms + 1e-6);
    }));
  });

  it('writes lifetimes in whole hours when they are', () => {
    expect(formatLifetime(86_400)).toBe('24 h');
    expect(formatLifetime(90)).toBe('1 min 30 s');
  });
});

describe('one token, one "time left" everywhere', () => {
  const iat = 1_741_676_657;
  const exp = iat + 86_400;
  it('the inspector, the token explanation and the driven client name the same time left (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 86_400_000 - 1 }), (elapsed) => {
        const now = iat * 1000 + elapsed;
        const left = formatDuration(exp * 1000 - now);
        expect(analyseTokenTimes({ iat, exp }, now).claims.exp?.relative).toBe(`expires in ${left}`);
        expect(formatRelative(exp * 1000, now, '')).toBe(`in ${left}`);
        const token = `e30.${Buffer.from(JSON.stringify({ exp, aud: 'zeebe.camunda.io' })).toString('base64url')}.sig`;
        const explained = explainTokenResponse({ status: 200, body: JSON.stringify({ access_token: token, expires_in: 86_400 }), now });
        expect(explained.explanation).toContain(`it has ${left} left`);
      }),
    );
  });

  it('past moments read "ago" without a sign', () => {
    expect(formatRelative(1_000, 4_000, '')).toBe('3 s ago');
    expect(analyseTokenTimes({ iat, exp }, (exp + 300) * 1000).claims.exp?.relative).toBe('expired 5 min ago');
  });
});
