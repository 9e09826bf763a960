/**
 * The playground's client: gets a token through its cache, calls the API, and on a 401 (with the
 * refresh-on-401 strategy) fetches a new token and retries once. It reports each step so the page
 * can show the cache's state and a log.
 */
import { TokenCache, type CacheOptions } from './tokenCache';

export type { CacheStrategy } from './tokenCache';

interface TokenAnswer {
  status: number;
  token?: string;
  expiresIn?: number;
}

export interface DrivenClientDeps {
  clock: () => number;
  fetchToken: () => Promise<TokenAnswer>;
  callApi: (token: string) => Promise<{ status: number }>;
}

export type ClientStep =
  | { kind: 'token'; time: number; status: number; reason: 'none-held' | 'refresh' | 'after-401' }
  | { kind: 'call'; time: number; status: number; cached: boolean; retry: boolean };

export interface CallOutcome {
  steps: ClientStep[];
  /** The final API status, or null when no token could be had. */
  status: number | null;
}

export function createDrivenClient(options: CacheOptions, deps: DrivenClientDeps) {
  const cache = new TokenCache(options);
  let busy = false;

  async function getToken(steps: ClientStep[], reason: 'none-held' | 'refresh' | 'after-401'): Promise<string | null> {
    const answer = await deps.fetchToken();
    steps.push({ kind: 'token', time: deps.clock(), status: answer.status, reason });
    if (answer.status !== 200 || !answer.token) return null;
    cache.store(answer.token, answer.expiresIn ?? 0, deps.clock());
    return answer.token;
  }

  async function callOnce(): Promise<CallOutcome> {
    const steps: ClientStep[] = [];
    let token = cache.usable(deps.clock());
    const cached = token !== null;
    if (!token) token = await getToken(steps, cache.peek() ? 'refresh' : 'none-held');
    if (!token) return { steps, status: null };
    let { status } = await deps.callApi(token);
    steps.push({ kind: 'call', time: deps.clock(), status, cached, retry: false });
    if (status === 401) {
      cache.drop();
      if (cache.strategy === 'refresh-on-401') {
        const fresh = await getToken(steps, 'after-401');
        if (fresh) {
          ({ status } = await deps.callApi(fresh));
          steps.push({ kind: 'call', time: deps.clock(), status, cached: false, retry: true });
        }
      }
    }
    return { steps, status };
  }

  return {
    cache,
    /** One API call through the cache; a call while another runs is skipped (returns null). */
    async call(): Promise<CallOutcome | null> {
      if (busy) return null;
      busy = true;
      try {
        return await callOnce();
      } finally {
        busy = false;
      }
    },
  };
}

export type DrivenClient = ReturnType<typeof createDrivenClient>;
