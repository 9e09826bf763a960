/**
 * Counting a retry loop through a block without stepping through it. While a source is blocked
 * the limiter refuses every request and none changes its state, so the only questions are how
 * many attempts a client makes before the block ends and when its first attempt after the end
 * falls. A retry-at-once loop is one attempt per auth round trip: arithmetic. Backoff loops are
 * stepped (their delays grow, so there are few steps) up to a bound, then counted by the mean gap.
 */
import type { Rng } from './random';
import { computeRetryDelay, meanCappedDelay, type RetryPolicy } from './strategies';

export interface BlockedAttempts {
  start: number;
  /** Explicit attempt times, or null for evenly spaced attempts every `period` ms. */
  times: number[] | null;
  period: number;
  count: number;
  lastAt: number;
  /** The first attempt at or after the block's end. */
  nextAt: number;
}

const MAX_STEPPED = 64;

/**
 * Attempts of a loop whose first refused request is at `t`, while the source is blocked until
 * `until`. `failures` is the loop's count of failures before `t`; `latencyMs` the round trip.
 */
export function scheduleBlockedAttempts(policy: RetryPolicy, t: number, until: number, latencyMs: number, failures: number, rng: Rng): BlockedAttempts {
  if (policy.mode === 'immediate') {
    let count = Math.max(1, Math.ceil((until - t) / latencyMs));
    // Rounding can put the last attempt exactly on the block's end, where the limiter lets it in.
    if (count > 1 && t + (count - 1) * latencyMs >= until) count--;
    return { start: t, times: null, period: latencyMs, count, lastAt: t + (count - 1) * latencyMs, nextAt: t + count * latencyMs };
  }
  const times = [t];
  let at = t;
  let n = failures;
  for (;;) {
    n++;
    at += latencyMs + computeRetryDelay(policy, n, until - at, rng);
    if (at >= until) break;
    if (times.length >= MAX_STEPPED) {
      // Long stretches at the capped delay: count the rest by the mean gap.
      const gap = latencyMs + meanCappedDelay(policy);
      const more = Math.ceil((until - at) / gap);
      for (let i = 0; i < more; i++) times.push(at + i * gap);
      at += more * gap;
      break;
    }
    times.push(at);
  }
  return { start: t, times, period: latencyMs, count: times.length, lastAt: times[times.length - 1], nextAt: at };
}

/** How many of the scheduled attempts were sent before `t` (at least the first). */
export function countSentBefore(attempts: BlockedAttempts, t: number): number {
  if (t >= attempts.nextAt) return attempts.count;
  const sent = attempts.times ? attempts.times.filter((at) => at < t).length : Math.ceil((t - attempts.start) / attempts.period);
  return Math.max(1, Math.min(attempts.count, sent));
}

/** Time of the `k`-th attempt (1-based). */
export function attemptTime(attempts: BlockedAttempts, k: number): number {
  return attempts.times ? attempts.times[k - 1] : attempts.start + (k - 1) * attempts.period;
}
