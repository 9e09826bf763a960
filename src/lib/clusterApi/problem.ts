/**
 * RFC 9457 problem details, the error format of the Orchestration Cluster REST API
 * (`application/problem+json` with type/title/status/detail/instance), plus the RFC 6750
 * `WWW-Authenticate` challenge a resource server sends with a 401.
 */
import { CORS_HEADERS, type MockHttpResponse } from '../authServer/httpResponses';

interface ProblemDetail {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
}

/** Why the mock refused a call; `code` is stable for tests and the playground's explanations. */
export type ClusterApiErrorCode =
  | 'missing_token'
  | 'malformed_header'
  | 'malformed_token'
  | 'bad_signature'
  | 'unknown_key'
  | 'expired'
  | 'not_yet_valid'
  | 'issued_in_future'
  | 'wrong_issuer'
  | 'wrong_audience'
  | 'wrong_cluster'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'bad_request';

export class ClusterApiError extends Error {
  constructor(
    readonly code: ClusterApiErrorCode,
    readonly status: number,
    readonly title: string,
    message: string,
  ) {
    super(message);
    this.name = 'ClusterApiError';
  }
}

/** The realm names the mock, so nobody mistakes its challenge for Camunda's own. */
const REALM = 'Camunda Orchestration Cluster API (mock)';

/** RFC 6750 §3: quotes and backslashes may not appear unescaped inside a quoted string. */
function quoted(text: string): string {
  return text.replace(/[\\"]/g, "'").replace(/[^\x20-\x7e]/g, '?');
}

function challengeFor(error: ClusterApiError): string | null {
  if (error.status !== 401) return null;
  // §3.1: a request with no credentials at all gets the challenge without an error code.
  if (error.code === 'missing_token') return `Bearer realm="${REALM}"`;
  return `Bearer realm="${REALM}", error="invalid_token", error_description="${quoted(error.message)}"`;
}

export function problemResponse(error: ClusterApiError, instance: string): MockHttpResponse {
  const body: ProblemDetail = { type: 'about:blank', title: error.title, status: error.status, detail: error.message, instance };
  const challenge = challengeFor(error);
  return {
    status: error.status,
    headers: {
      'Content-Type': 'application/problem+json',
      'Cache-Control': 'no-store',
      ...CORS_HEADERS,
      ...(challenge ? { 'WWW-Authenticate': challenge } : {}),
    },
    body: JSON.stringify(body),
    delayMs: 0,
  };
}

export function apiJsonResponse(status: number, body: unknown): MockHttpResponse {
  return { status, headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...CORS_HEADERS }, body: JSON.stringify(body), delayMs: 0 };
}
