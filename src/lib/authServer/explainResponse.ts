/**
 * Plain-words reading of a token endpoint answer, for the playground: what the status and body
 * mean and what the reader should do next. Works on any answer (mock or real), not only the mock's.
 */
import { decodeJwt } from 'jose';
import { formatDuration, formatLifetime } from '../time/duration';

export interface TokenResponseInput {
  status: number;
  /** Response headers (a Fetch `Headers` or a plain record). */
  headers?: { get(name: string): string | null } | Record<string, string>;
  body: string;
  /** Clock time in ms, to say how long a token has left; omit to skip that sentence. */
  now?: number;
}

export interface TokenResponseExplanation {
  tone: 'success' | 'warning' | 'error';
  headline: string;
  explanation: string;
  nextStep: string;
  /** From Retry-After, when present. */
  retryAfterSeconds?: number;
  /** From the token's `exp` (ms), on success. */
  expiresAt?: number;
  /** The OAuth `error` code, on failure. */
  errorCode?: string;
}

function header(headers: TokenResponseInput['headers'], name: string): string | null {
  if (!headers) return null;
  if (typeof (headers as { get?: unknown }).get === 'function') return (headers as { get(n: string): string | null }).get(name);
  const record = headers as Record<string, string>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? null : record[key];
}

function parseBody(body: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(body);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function explainSuccess(body: Record<string, unknown>, now: number | undefined): TokenResponseExplanation {
  const expiresIn = typeof body.expires_in === 'number' ? body.expires_in : null;
  let expiresAt: number | undefined;
  let audience = '';
  try {
    const claims = decodeJwt(String(body.access_token));
    if (typeof claims.exp === 'number') expiresAt = claims.exp * 1000;
    if (typeof claims.aud === 'string') audience = ` for ${claims.aud}`;
  } catch {
    // Not a JWT: still a token, just nothing more to say about it.
  }
  const life = expiresIn === null ? '' : ` It is valid for ${formatLifetime(expiresIn)}.`;
  const left = expiresAt !== undefined && now !== undefined
    ? expiresAt <= now
      ? ' Its exp claim is already in the past: the issuer\'s clock and yours disagree, or the token was issued long ago.'
      : ` By its exp claim it has ${formatDuration(expiresAt - now)} left.`
    : '';
  return {
    tone: 'success',
    headline: 'Token issued',
    explanation: `The server accepted the client credentials and issued a Bearer access token${audience}.${life}${left}`,
    nextStep: 'Send it as "Authorization: Bearer <token>" and keep it: reuse it until shortly before it expires instead of asking for a new one, because token requests are rate limited.',
    expiresAt,
  };
}

export function explainTokenResponse(input: TokenResponseInput): TokenResponseExplanation {
  const body = parseBody(input.body);
  if (input.status === 200 && body && typeof body.access_token === 'string') return explainSuccess(body, input.now);

  const errorCode = body && typeof body.error === 'string' ? body.error : undefined;
  const said = body && typeof body.error_description === 'string' ? ` The server said: "${body.error_description}"` : '';
  const retryHeader = header(input.headers, 'retry-after');
  const retryAfterSeconds = retryHeader !== null && /^\d+$/.test(retryHeader.trim()) ? Number(retryHeader) : undefined;
  const base = { errorCode, retryAfterSeconds };

  switch (input.status) {
    case 400:
      if (errorCode === 'unsupported_grant_type') {
        return { ...base, tone: 'error', headline: 'Wrong grant type', explanation: `The request asked for a grant other than client credentials.${said}`, nextStep: 'Send grant_type=client_credentials.' };
      }
      return { ...base, tone: 'error', headline: 'Malformed token request', explanation: `The server could not read the request: a field is missing, repeated or malformed, or the body has the wrong content type.${said}`, nextStep: 'Send grant_type, audience, client_id and client_secret once each, form-encoded (or as JSON).' };
    case 401:
      return { ...base, tone: 'error', headline: 'Client authentication failed', explanation: `The client id or secret is wrong, or the client was deleted.${said}`, nextStep: 'Copy ZEEBE_CLIENT_ID and ZEEBE_CLIENT_SECRET again from the credentials file. Do not retry in a loop: every attempt counts against the rate limit, and repeated failures are answered slowly.' };
    case 403:
      return { ...base, tone: 'error', headline: 'Audience refused', explanation: `The credentials are valid, but not for the requested audience.${said}`, nextStep: 'Use the audience that matches the API (zeebe.camunda.io for Zeebe) and check the client\'s scopes in Console.' };
    case 429: {
      const wait = retryAfterSeconds !== undefined ? `${retryAfterSeconds} seconds (Retry-After)` : 'a while; the server did not say how long';
      return { ...base, tone: 'warning', headline: 'Rate limited', explanation: `Too many token requests came from your address, from any client. Every request counts, failed ones too, and all of them are now refused for a while.${said}`, nextStep: `Wait ${wait} before the next token request, and cache tokens so this does not recur.` };
    }
    case 500:
    case 502:
    case 503:
    case 504: {
      const when = retryAfterSeconds !== undefined ? `after ${retryAfterSeconds} seconds (Retry-After)` : 'later, with growing pauses (backoff with jitter)';
      return { ...base, tone: 'warning', headline: 'Authorization server unavailable', explanation: `The server failed or is under maintenance; this is not a problem with your credentials.${said}`, nextStep: `Keep using a cached token if it is still valid, and retry ${when}.` };
    }
    default:
      return { ...base, tone: 'error', headline: `Unexpected answer (HTTP ${input.status})`, explanation: `A token endpoint normally answers 200, 400, 401, 403, 429 or 5xx.${said}`, nextStep: 'Check the token URL (ZEEBE_AUTHORIZATION_SERVER_URL / CAMUNDA_OAUTH_URL).' };
  }
}
