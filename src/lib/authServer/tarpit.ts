/**
 * Slow answers to repeated wrong secrets. The real service delays repeated 401s for the same
 * client by about 30 s; the mock does the same per client id. The first failure is answered at
 * once; each further failure within `windowMs` of the previous one waits `delayMs`. A success
 * clears the record. The tarpit only computes the delay: the adapter waits, so tests stay in fake
 * time.
 */

export interface TarpitOptions {
  /** Delay for a repeated failure (default 30 000 ms, like the real service). */
  delayMs: number;
  /** How long a failure is remembered (default 10 minutes, the mock's choice). */
  windowMs: number;
}

export const DEFAULT_TARPIT: TarpitOptions = { delayMs: 30_000, windowMs: 10 * 60_000 };

export interface Tarpit {
  /** Record a failed authentication for `clientId` at `now`; returns the delay to apply in ms. */
  fail(clientId: string, now: number): number;
  succeed(clientId: string): void;
  reset(): void;
}

/** Beyond this many remembered ids the oldest are forgotten, so random ids cannot grow memory. */
const MAX_TRACKED = 10_000;

export function createTarpit(getOptions: () => TarpitOptions): Tarpit {
  const lastFailure = new Map<string, number>();
  return {
    fail(clientId, now) {
      const { delayMs, windowMs } = getOptions();
      const previous = lastFailure.get(clientId);
      lastFailure.delete(clientId);
      lastFailure.set(clientId, now);
      if (lastFailure.size > MAX_TRACKED) lastFailure.delete(lastFailure.keys().next().value as string);
      return previous !== undefined && now - previous <= windowMs ? delayMs : 0;
    },
    succeed(clientId) {
      lastFailure.delete(clientId);
    },
    reset() {
      lastFailure.clear();
    },
  };
}
