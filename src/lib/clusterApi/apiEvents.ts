/** One event per API call the mock cluster answers, for the live timeline and the server log. */
import type { ClusterApiErrorCode } from './problem';

export interface ApiEvent {
  /** Clock time (ms) when the call arrived. */
  time: number;
  method: string;
  /** API path from `/v2/` on; empty for a URL that is not an API address. */
  path: string;
  clusterId: string | null;
  /** The client the bearer token names (read without trusting it), or null. */
  clientId: string | null;
  status: number;
  outcome: 'ok' | ClusterApiErrorCode;
  source: string;
  /** The problem's detail, for refusals. */
  detail?: string;
}

export type ApiCallListener = (event: ApiEvent) => void;

export function createEventBus() {
  const listeners = new Set<ApiCallListener>();
  return {
    subscribe(listener: ApiCallListener): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    publish(event: ApiEvent): void {
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch {
          // a faulty watcher must not break an answer
        }
      }
    },
  };
}
