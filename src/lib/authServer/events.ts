/**
 * What the mock tells its watchers (the playground's timeline, the local server's log): one event
 * per request it answers.
 */

type RequestKind = 'token' | 'jwks' | 'discovery' | 'preflight';

export type RequestOutcome =
  | 'issued'
  | 'invalid_request'
  | 'invalid_client'
  | 'unsupported_grant_type'
  | 'invalid_scope'
  | 'access_denied'
  | 'rate_limited'
  | 'maintenance'
  | 'server_error'
  | 'method_not_allowed'
  | 'served';

export interface AuthServerEvent {
  /** Clock time (ms) when the request arrived. */
  time: number;
  kind: RequestKind;
  /** Client id the request named, when it could be read (never the secret). */
  clientId: string | null;
  audience: string | null;
  outcome: RequestOutcome;
  status: number;
  /** Delay the adapter applies before answering (latency fault plus tarpit), ms. */
  latencyMs: number;
  /** Where the limiter counted the request from (IP address, or "browser"). */
  source: string;
  /** The source's limiter state after this request. */
  limiter: { budget: number; blockedUntil: number | null };
  /** The error_description sent, for error answers. */
  description?: string;
}

export type AuthServerListener = (event: AuthServerEvent) => void;

export interface EventBus {
  subscribe(listener: AuthServerListener): () => void;
  publish(event: AuthServerEvent): void;
}

export function createEventBus(): EventBus {
  const listeners = new Set<AuthServerListener>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    publish(event) {
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch {
          // A faulty watcher must not turn a token answer into a crash.
        }
      }
    },
  };
}
