import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/lib/authServer/rateLimiter';

describe('rate limiter', () => {
  it('allows a burst, then blocks the source for the block period', () => {
    const limiter = createRateLimiter({ ratePerSecond: 1, burst: 3, blockMs: 10_000 });
    for (let i = 0; i < 3; i++) expect(limiter.take('a', 0).allowed).toBe(true);
    const over = limiter.take('a', 0);
    expect(over).toEqual({ allowed: false, reason: 'over-limit', blockedUntil: 10_000, retryAfterMs: 10_000 });
    expect(limiter.take('a', 5_000)).toMatchObject({ allowed: false, reason: 'blocked', retryAfterMs: 5_000 });
    expect(limiter.take('a', 10_000).allowed).toBe(true);
  });

  it('sustains one request per second indefinitely', () => {
    const limiter = createRateLimiter({ ratePerSecond: 1, burst: 1, blockMs: 60_000 });
    for (let t = 0; t < 100_000; t += 1000) expect(limiter.take('a', t).allowed).toBe(true);
  });

  it('keeps sources apart', () => {
    const limiter = createRateLimiter({ burst: 1 });
    expect(limiter.take('a', 0).allowed).toBe(true);
    expect(limiter.take('a', 0).allowed).toBe(false);
    expect(limiter.take('b', 0).allowed).toBe(true);
  });

  it('peeks without counting', () => {
    const limiter = createRateLimiter({ burst: 2 });
    limiter.take('a', 0);
    expect(limiter.peek('a', 0)).toEqual({ budget: 1, blockedUntil: null });
    expect(limiter.peek('a', 500).budget).toBeCloseTo(1.5);
    expect(limiter.peek('a', 0)).toEqual({ budget: 1, blockedUntil: null });
  });

  it('rejects nonsense options with a message', () => {
    expect(() => createRateLimiter({ burst: 0 })).toThrow(/burst must be a number >= 1/);
    expect(() => createRateLimiter({ ratePerSecond: Number.NaN })).toThrow(/ratePerSecond/);
  });
});
