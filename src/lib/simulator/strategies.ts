/**
 * How a client caches and refreshes tokens, and what it does when a token request fails.
 * The named strategies model the official clients as documented in the guide; where a client's
 * behaviour on 429 is not documented the model's choice is marked `assumed`.
 */
import type { Rng } from './random';

/**
 * Where a token lives:
 * - `none`: no cache, a token request for every call.
 * - `worker`: each worker keeps its own token in memory.
 * - `process`: one token per process in memory, shared by its workers.
 * - `disk`: a file shared by all processes on the same machine (one machine per source address);
 *   survives restarts.
 * - `contestedFile`: two tools share one cache file but key their entries differently, so each
 *   write drops the other tool's token; neither keeps a memory copy (they re-read the file).
 */
export type CacheScope = 'none' | 'worker' | 'process' | 'disk' | 'contestedFile';

export type RefreshPolicy =
  /** Fetch a new token `marginMs` (plus up to `jitterMs` at random) before the old one expires. */
  | { mode: 'ahead'; marginMs: number; jitterMs: number }
  /** Fetch when the token has expired (the next call finds it stale). */
  | { mode: 'onExpiry' }
  /** Keep using the token until Zeebe answers 401 UNAUTHENTICATED, then fetch (no official client does only this). */
  | { mode: 'on401' };

export type RetryPolicy =
  /** Send the next token request as soon as the refusal arrives. */
  | { mode: 'immediate' }
  /** Wait base * 2^(n-1), capped at maxMs, shortened at random by up to `jitter` (0..1). */
  | { mode: 'backoff'; baseMs: number; maxMs: number; jitter: number }
  /** Wait as long as the 429's Retry-After says, plus up to `jitterMs`; back off on errors without a hint. */
  | { mode: 'retryAfter'; jitterMs: number; baseMs: number; maxMs: number };

export interface Strategy {
  cache: CacheScope;
  /** Workers of one process share an in-flight request (a thread-safe cache). Ignored for `none`/`worker`. */
  dedupe: boolean;
  refresh: RefreshPolicy;
  /** What to do after a refused (429), failed (5xx) or rejected (401) token request. */
  onFailure: RetryPolicy;
}

export const DEFAULT_REFRESH: { [M in RefreshPolicy['mode']]: Extract<RefreshPolicy, { mode: M }> } = {
  ahead: { mode: 'ahead', marginMs: 30_000, jitterMs: 0 },
  onExpiry: { mode: 'onExpiry' },
  on401: { mode: 'on401' },
};

export const DEFAULT_RETRY: { [M in RetryPolicy['mode']]: Extract<RetryPolicy, { mode: M }> } = {
  immediate: { mode: 'immediate' },
  backoff: { mode: 'backoff', baseMs: 1_000, maxMs: 60_000, jitter: 0.5 },
  retryAfter: { mode: 'retryAfter', jitterMs: 5_000, baseMs: 1_000, maxMs: 60_000 },
};

export const DEFAULT_STRATEGY: Strategy = {
  cache: 'process',
  dedupe: true,
  refresh: DEFAULT_REFRESH.ahead,
  onFailure: DEFAULT_RETRY.backoff,
};

export interface ClientStrategy {
  id: string;
  label: string;
  strategy: Strategy;
  /** What the model takes from the client's docs or source, and what it assumes. */
  note: string;
  assumed: boolean;
}

/** The official clients as the simulator models them (see the guide's table). */
export const CLIENT_STRATEGIES: ClientStrategy[] = [
  {
    id: 'naive',
    label: 'Naive: a token per call',
    strategy: { cache: 'none', dedupe: false, refresh: DEFAULT_REFRESH.onExpiry, onFailure: DEFAULT_RETRY.immediate },
    note: 'Fetches a token before every call and retries a refusal at once. What not to do.',
    assumed: false,
  },
  {
    id: 'java',
    label: 'Java client 8.6 to 8.8',
    strategy: { cache: 'disk', dedupe: true, refresh: DEFAULT_REFRESH.onExpiry, onFailure: DEFAULT_RETRY.backoff },
    note: 'File cache ~/.camunda/credentials keyed by client id; before every call it fetches a token when the cached one is missing or expired (and again after a 401), with no early refresh. It has no retry policy of its own; backoff between failed calls is assumed.',
    assumed: true,
  },
  {
    id: 'java-2026',
    label: 'Java client (2026 releases)',
    strategy: { cache: 'disk', dedupe: true, refresh: { mode: 'ahead', marginMs: 30_000, jitterMs: 0 }, onFailure: DEFAULT_RETRY.retryAfter },
    note: 'Releases from 2026 on: refreshes 30 s before expiry, retries with backoff and jitter, and honours Retry-After (camunda/camunda #50599, #50669).',
    assumed: false,
  },
  {
    id: 'spring',
    label: 'Spring Boot starter 8.6 to 8.8',
    strategy: { cache: 'disk', dedupe: true, refresh: DEFAULT_REFRESH.onExpiry, onFailure: DEFAULT_RETRY.backoff },
    note: 'Uses the Java client underneath (cache path configurable), so it behaves the same; backoff between failed calls is assumed.',
    assumed: true,
  },
  {
    id: 'node',
    label: 'Node @camunda8/sdk',
    strategy: { cache: 'disk', dedupe: true, refresh: { mode: 'ahead', marginMs: 1_000, jitterMs: 0 }, onFailure: DEFAULT_RETRY.backoff },
    note: 'Memory plus a file per client id and audience; refreshes 1 s before exp; concurrent requests share one fetch. Backoff on 429 is assumed.',
    assumed: true,
  },
  {
    id: 'go',
    label: 'Go client / zbctl',
    strategy: { cache: 'disk', dedupe: true, refresh: { mode: 'ahead', marginMs: 10_000, jitterMs: 0 }, onFailure: DEFAULT_RETRY.backoff },
    note: 'File cache keyed by audience; checks the token before every call and renews it 10 s before expiry (golang.org/x/oauth2), and after UNAUTHENTICATED. Backoff on 429 is assumed.',
    assumed: true,
  },
  {
    id: 'pyzeebe',
    label: 'Python pyzeebe',
    strategy: { cache: 'process', dedupe: true, refresh: { mode: 'ahead', marginMs: 60_000, jitterMs: 0 }, onFailure: DEFAULT_RETRY.backoff },
    note: 'Memory only, so every restart fetches again; refreshes 60 s before expiry. Backoff on 429 is assumed.',
    assumed: true,
  },
  {
    id: 'csharp',
    label: 'C# zb-client',
    strategy: { cache: 'disk', dedupe: true, refresh: DEFAULT_REFRESH.onExpiry, onFailure: DEFAULT_RETRY.backoff },
    note: 'Memory plus ~/.zeebe/credentials keyed by audience; fetches on expiry. Backoff on 429 is assumed.',
    assumed: true,
  },
];

/**
 * How long a client waits after its `failures`-th consecutive failed request (1-based) before
 * sending the next one. `retryAfterMs` is the server's hint on a 429, if any.
 */
export function computeRetryDelay(policy: RetryPolicy, failures: number, retryAfterMs: number | null, rng: Rng): number {
  switch (policy.mode) {
    case 'immediate':
      return 0;
    case 'backoff':
      return backoff(policy.baseMs, policy.maxMs, policy.jitter, failures, rng);
    case 'retryAfter':
      if (retryAfterMs !== null) return retryAfterMs + policy.jitterMs * rng.next();
      return backoff(policy.baseMs, policy.maxMs, 0.5, failures, rng);
  }
}

function backoff(baseMs: number, maxMs: number, jitter: number, failures: number, rng: Rng): number {
  const full = Math.min(maxMs, baseMs * 2 ** Math.min(30, Math.max(0, failures - 1)));
  return full * (1 - jitter * rng.next());
}

/** Mean delay of a retry policy once it has reached its cap (used to count long blocked stretches). */
export function meanCappedDelay(policy: RetryPolicy): number {
  if (policy.mode === 'backoff') return policy.maxMs * (1 - policy.jitter / 2);
  if (policy.mode === 'retryAfter') return policy.maxMs * 0.75;
  return 0;
}
