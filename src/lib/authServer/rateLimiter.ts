/**
 * The auth service's rate limit, as Camunda documents it: about one token request per second for
 * everything behind one source address; every request counts, successful or not; past the limit
 * every token request from that source is refused for a block period.
 *
 * The burst size and block length are not published. The mock's choice: a bucket of 5 requests
 * refilled at 1 per second, and a 60 s block. Both are options.
 *
 * Framework-free and clock-free: every call is given `now` (ms), so the mock server and the
 * simulator share this module and tests run in fake time.
 */

export interface RateLimiterOptions {
  /** Sustained requests per second per source. */
  ratePerSecond: number;
  /** How many requests may arrive at once before the limit bites. */
  burst: number;
  /** How long a source is refused once it went over the limit. */
  blockMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimiterOptions = { ratePerSecond: 1, burst: 5, blockMs: 60_000 };

type LimitDecision =
  | { allowed: true; remaining: number }
  | { allowed: false; reason: 'over-limit' | 'blocked'; blockedUntil: number; retryAfterMs: number };

export interface LimiterSnapshot {
  /** Requests that could be made right now without going over the limit (fractional). */
  budget: number;
  /** End of the current block in ms, or null when not blocked. */
  blockedUntil: number | null;
}

interface SourceState {
  tokens: number;
  updatedAt: number;
  blockedUntil: number | null;
}

export interface RateLimiter {
  readonly options: RateLimiterOptions;
  /** Count one token request from `source` at `now` and decide whether it may be answered. */
  take(source: string, now: number): LimitDecision;
  /** Look at a source's state without counting a request. */
  peek(source: string, now: number): LimiterSnapshot;
  reset(): void;
}

export function createRateLimiter(options: Partial<RateLimiterOptions> = {}): RateLimiter {
  const opts = validateOptions({ ...DEFAULT_RATE_LIMIT, ...options });
  const sources = new Map<string, SourceState>();

  function refill(state: SourceState, now: number): void {
    if (state.blockedUntil !== null && now >= state.blockedUntil) state.blockedUntil = null;
    const elapsed = Math.max(0, now - state.updatedAt) / 1000;
    state.tokens = Math.min(opts.burst, state.tokens + elapsed * opts.ratePerSecond);
    state.updatedAt = Math.max(state.updatedAt, now);
  }

  function stateOf(source: string, now: number): SourceState {
    let state = sources.get(source);
    if (!state) {
      state = { tokens: opts.burst, updatedAt: now, blockedUntil: null };
      sources.set(source, state);
    }
    refill(state, now);
    return state;
  }

  return {
    options: opts,
    take(source, now) {
      const state = stateOf(source, now);
      if (state.blockedUntil !== null) {
        // Requests during a block are refused; they do not lengthen it.
        return { allowed: false, reason: 'blocked', blockedUntil: state.blockedUntil, retryAfterMs: state.blockedUntil - now };
      }
      if (state.tokens >= 1) {
        state.tokens -= 1;
        return { allowed: true, remaining: Math.floor(state.tokens) };
      }
      state.blockedUntil = now + opts.blockMs;
      state.tokens = 0;
      return { allowed: false, reason: 'over-limit', blockedUntil: state.blockedUntil, retryAfterMs: opts.blockMs };
    },
    peek(source, now) {
      const existing = sources.get(source);
      if (!existing) return { budget: opts.burst, blockedUntil: null };
      const copy = { ...existing };
      refill(copy, now);
      return { budget: copy.blockedUntil === null ? copy.tokens : 0, blockedUntil: copy.blockedUntil };
    },
    reset() {
      sources.clear();
    },
  };
}

function validateOptions(opts: RateLimiterOptions): RateLimiterOptions {
  const positive = (name: keyof RateLimiterOptions, min: number) => {
    const value = opts[name];
    if (!Number.isFinite(value) || value < min) {
      throw new RangeError(`Rate limiter option ${name} must be a number >= ${min}; got ${String(value)}.`);
    }
  };
  positive('ratePerSecond', Number.MIN_VALUE);
  positive('burst', 1);
  positive('blockMs', 0);
  return opts;
}
