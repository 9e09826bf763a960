/**
 * The HTTP answers the core hands to its adapters (MSW handlers, the local server): plain data,
 * so the core needs neither the Fetch API nor Node's http module.
 */
import type { OAuthErrorBody } from './errors';

export interface MockHttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** How long the adapter should wait before answering, ms (latency fault, tarpit). */
  delayMs: number;
}

/**
 * Any origin may call the mock (the playground page, a local dev server). No cookies are
 * involved, so `*` is enough; `Authorization` must be listed because `*` does not cover it.
 */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Expose-Headers': 'Retry-After, WWW-Authenticate',
  'Access-Control-Max-Age': '600',
};

/** RFC 6749 §5.1: token answers must not be cached; the mock sends the same on errors. */
const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

export function jsonResponse(status: number, body: unknown, extraHeaders: Record<string, string> = {}, delayMs = 0): MockHttpResponse {
  return {
    status,
    headers: { 'Content-Type': 'application/json;charset=UTF-8', ...NO_STORE, ...CORS_HEADERS, ...extraHeaders },
    body: JSON.stringify(body),
    delayMs,
  };
}

export function errorResponse(status: number, body: OAuthErrorBody, extraHeaders: Record<string, string> = {}, delayMs = 0): MockHttpResponse {
  return jsonResponse(status, body, extraHeaders, delayMs);
}

export function preflightResponse(): MockHttpResponse {
  return { status: 204, headers: { ...CORS_HEADERS }, body: '', delayMs: 0 };
}

/** Public documents (JWKS, discovery) may be cached for a while, as real issuers allow. */
export function publicJsonResponse(body: unknown): MockHttpResponse {
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json;charset=UTF-8', 'Cache-Control': 'public, max-age=300', ...CORS_HEADERS },
    body: JSON.stringify(body),
    delayMs: 0,
  };
}

/** Retry-After in whole seconds, rounded up so a client never retries early. */
export function retryAfterSeconds(ms: number): string {
  return String(Math.max(0, Math.ceil(ms / 1000)));
}
