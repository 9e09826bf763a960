import { describe, expect, it } from 'vitest';
import { analyseTokenTimes } from '../../src/lib/token/tokenTimes';

// The anonymised real SaaS token of the domain notes: issued 2025-03-11T07:04:17Z, 24 h lifetime.
const IAT = 1741676657;
const EXP = 1741763057;
const claims = { iat: IAT, exp: EXP };
const at = (secondsAfterIat: number) => (IAT + secondsAfterIat) * 1000;

describe('analyseTokenTimes', () => {
  it('a fresh Camunda token: valid, 24 h, nothing used yet', () => {
    const t = analyseTokenTimes(claims, at(1));
    expect(t.state).toBe('valid');
    expect(t.stateText).toBe('Valid: expires in 23 h 59 min.');
    expect(t.claims.exp?.iso).toBe('2025-03-12T07:04:17Z');
    expect(t.claims.iat?.iso).toBe('2025-03-11T07:04:17Z');
    expect(t.claims.exp?.date?.getTime()).toBe(EXP * 1000);
    expect(t.claims.iat?.relative).toBe('issued 1 s ago');
    expect(t.lifetimeSeconds).toBe(86_400);
    expect(t.lifetimeComparison).toBe('same-as-camunda');
    expect(t.fractionUsed).toBeCloseTo(1 / 86_400);
    expect(t.problems).toEqual([]);
  });

  it('half way through', () => {
    const t = analyseTokenTimes(claims, at(43_200));
    expect(t.fractionUsed).toBe(0.5);
    expect(t.msUntilExpiry).toBe(43_200_000);
  });

  it('expired 5 min ago, bar clamped to full', () => {
    const t = analyseTokenTimes(claims, (EXP + 300) * 1000);
    expect(t.state).toBe('expired');
    expect(t.claims.exp?.relative).toBe('expired 5 min ago');
    expect(t.stateText).toMatch(/^Expired 5 min ago/);
    expect(t.fractionUsed).toBe(1);
    expect(t.msUntilExpiry).toBe(-300_000);
  });

  it('expired exactly at exp (the RFC says now must be before exp)', () => {
    expect(analyseTokenTimes(claims, EXP * 1000).state).toBe('expired');
    expect(analyseTokenTimes(claims, EXP * 1000 - 1).state).toBe('valid');
  });

  it('clock tolerance extends validity', () => {
    expect(analyseTokenTimes(claims, (EXP + 10) * 1000, { clockToleranceSeconds: 30 }).state).toBe('valid');
  });

  it('not yet valid when nbf lies ahead', () => {
    const t = analyseTokenTimes({ ...claims, nbf: IAT + 120 }, at(0));
    expect(t.state).toBe('not-yet-valid');
    expect(t.stateText).toBe('Not valid yet: becomes valid in 2 min.');
  });

  it('no exp at all', () => {
    const t = analyseTokenTimes({ iat: IAT }, at(5));
    expect(t.state).toBe('no-expiry');
    expect(t.lifetimeSeconds).toBeUndefined();
    expect(t.fractionUsed).toBeUndefined();
  });

  it('compares other lifetimes with the 24 h of Camunda', () => {
    const short = analyseTokenTimes({ iat: IAT, exp: IAT + 3600 }, at(0));
    expect(short.lifetimeComparison).toBe('shorter-than-camunda');
    expect(short.lifetimeText).toBe('Lifetime 1 h, shorter than the 24 h of Camunda SaaS tokens.');
    const long = analyseTokenTimes({ iat: IAT, exp: IAT + 172_800 }, at(0));
    expect(long.lifetimeComparison).toBe('longer-than-camunda');
    expect(long.lifetimeText).toBe('Lifetime 48 h, longer than the 24 h of Camunda SaaS tokens.');
    expect(analyseTokenTimes(claims, at(0)).lifetimeText).toBe('Lifetime 24 h, as Camunda SaaS issues.');
  });

  it('calls out milliseconds', () => {
    const t = analyseTokenTimes({ iat: IAT * 1000, exp: EXP * 1000 }, at(0));
    const codes = t.problems.map((p) => p.code);
    expect(codes).toEqual(['time-in-milliseconds', 'time-in-milliseconds']);
    expect(t.claims.exp?.problems[0].message).toMatch(/2025-03-12T07:04:17Z/);
    expect(t.claims.exp?.problems[0].message).toMatch(/year 57\d\d\d/);
    // Verifiers read seconds, so such a token is technically valid for millennia.
    expect(t.state).toBe('valid');
  });

  it('flags non-numeric times', () => {
    const t = analyseTokenTimes({ exp: String(EXP), iat: null, nbf: true }, at(0));
    expect(t.problems.map((p) => p.code)).toEqual(['time-not-a-number', 'time-not-a-number', 'time-not-a-number']);
    expect(t.claims.exp?.problems[0].message).toMatch(/no quotes/);
    expect(t.state).toBe('no-expiry');
    expect(t.stateText).toMatch(/cannot be read/);
  });

  it('flags a token issued in the future (clock behind the issuer)', () => {
    const t = analyseTokenTimes(claims, at(-90));
    expect(t.claims.iat?.relative).toBe('issued 1 min 30 s in the future');
    expect(t.problems.map((p) => p.code)).toEqual(['issued-in-future']);
    expect(t.fractionUsed).toBe(0);
  });

  it('flags exp before iat', () => {
    expect(analyseTokenTimes({ iat: EXP, exp: IAT }, at(0)).problems.map((p) => p.code)).toContain('expires-before-issued');
  });

  it('reads auth_time', () => {
    expect(analyseTokenTimes({ ...claims, auth_time: IAT - 60 }, at(0)).claims.auth_time?.relative).toBe('authenticated 1 min ago');
  });

  it('lists when each official client would refresh', () => {
    const t = analyseTokenTimes(claims, at(86_400 - 45));
    expect(t.refreshSchedule.map((r) => [r.client, r.relative])).toEqual([
      ['pyzeebe 4.x', 'refreshed 15 s ago'],
      ['Java client (releases from 2026)', 'refreshes in 15 s'],
      ['Go client and zbctl', 'refreshes in 35 s'],
      ['Node.js SDK 8.6+', 'refreshes in 44 s'],
      ['Java client 8.6 to 8.8, C# zb-client', 'refreshes in 45 s'],
    ]);
  });

  it('copes with a payload that is not an object', () => {
    expect(analyseTokenTimes('nope', 0).state).toBe('no-expiry');
    expect(analyseTokenTimes(null, 0).claims).toEqual({});
  });
});
