/**
 * A client's token cache with a strategy the reader picks, as the SDKs implement them: no cache,
 * cache until expiry, refresh ahead of expiry by a margin with jitter, or keep the token until the
 * API answers 401. Time is passed in; the token and API calls are injected functions.
 */

export type CacheStrategy = 'none' | 'until-expiry' | 'refresh-ahead' | 'refresh-on-401';

export const STRATEGIES: Record<CacheStrategy, string> = {
  none: 'No cache: a new token for every call',
  'until-expiry': 'Cache until expiry',
  'refresh-ahead': 'Refresh ahead of expiry (margin + jitter)',
  'refresh-on-401': 'Keep the token until a call gets 401',
};

export interface CacheOptions {
  strategy: CacheStrategy;
  /** Refresh this long before exp (refresh-ahead), ms. */
  marginMs: number;
  /** Up to this much more, picked at random per token, so a fleet does not refresh at once, ms. */
  jitterMs: number;
  random: () => number;
}

export interface HeldToken {
  token: string;
  /** Clock time (ms) when the client received it, and when it expires by its expires_in. */
  receivedAt: number;
  expiresAt: number;
  /** When the client will fetch a new one before using it again, or null (never by time). */
  refreshAt: number | null;
}

export class TokenCache {
  private held: HeldToken | null = null;

  constructor(private options: CacheOptions) {}

  configure(options: Partial<CacheOptions>): void {
    this.options = { ...this.options, ...options };
    if (this.held) this.held = { ...this.held, refreshAt: this.refreshTime(this.held.receivedAt, this.held.expiresAt) };
  }

  get strategy(): CacheStrategy {
    return this.options.strategy;
  }

  peek(): HeldToken | null {
    return this.held;
  }

  /** The token to use now, or null when the client must fetch one first. */
  usable(now: number): string | null {
    if (!this.held || this.options.strategy === 'none') return null;
    if (this.held.refreshAt !== null && now >= this.held.refreshAt) return null;
    return this.held.token;
  }

  store(token: string, expiresInSeconds: number, now: number): HeldToken {
    const expiresAt = now + expiresInSeconds * 1000;
    this.held = { token, receivedAt: now, expiresAt, refreshAt: this.refreshTime(now, expiresAt) };
    return this.held;
  }

  /** A 401 means the token is no good: forget it. */
  drop(): void {
    this.held = null;
  }

  private refreshTime(receivedAt: number, expiresAt: number): number | null {
    switch (this.options.strategy) {
      case 'none':
        return receivedAt;
      case 'until-expiry':
        return expiresAt;
      case 'refresh-ahead': {
        const ahead = this.options.marginMs + Math.floor(this.options.random() * this.options.jitterMs);
        // Never before half the lifetime: a margin longer than a short token would refresh at once.
        return Math.max(receivedAt + (expiresAt - receivedAt) / 2, expiresAt - ahead);
      }
      case 'refresh-on-401':
        return null;
    }
  }
}
