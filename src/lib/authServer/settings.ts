/**
 * The mock's runtime settings, checked on every change so a wrong value fails where it is set,
 * with a message that says what is allowed.
 */
import { DEFAULT_TOKEN_URL } from '../credentials/model';
import { AuthServerConfigError } from './errors';
import { DEFAULT_ISSUER, DEFAULT_TOKEN_LIFETIME_SECONDS } from './issueToken';
import { DEFAULT_RATE_LIMIT, type RateLimiterOptions } from './rateLimiter';
import { DEFAULT_TARPIT, type TarpitOptions } from './tarpit';

export interface AuthServerSettings {
  /** `iss` of issued tokens; discovery and JWKS are served under it. Ends with "/". */
  issuer: string;
  /** The token endpoint named in the discovery document. */
  tokenEndpoint: string;
  tokenLifetimeSeconds: number;
  /** Accept any well-formed unknown client (see clientRegistry.ts). */
  acceptAny: boolean;
  rateLimit: RateLimiterOptions;
  tarpit: TarpitOptions;
  /** The mock cluster's authorization switch: may API clients create process instances? */
  allowProcessInstanceCreation: boolean;
  /** How far past exp (and before nbf/iat) the mock cluster still accepts a token, seconds. */
  apiClockSkewSeconds: number;
}

export interface SettingsChange {
  issuer?: string;
  tokenEndpoint?: string;
  tokenLifetimeSeconds?: number;
  acceptAny?: boolean;
  rateLimit?: Partial<RateLimiterOptions>;
  tarpit?: Partial<TarpitOptions>;
  allowProcessInstanceCreation?: boolean;
  apiClockSkewSeconds?: number;
}

export const MAX_TOKEN_LIFETIME_SECONDS = 30 * 86_400;

const fail = (message: string): never => {
  throw new AuthServerConfigError('ERR_MOCK_INVALID_OPTION', message);
};

function checkHttpUrl(name: string, value: string): URL {
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    // reported below
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return fail(`${name} must be an absolute http(s) URL; got "${value}".`);
  return url;
}

/** The token endpoint that belongs to an issuer: Camunda's own pair, or `<issuer>oauth/token`. */
function tokenEndpointFor(issuer: string): string {
  return issuer === DEFAULT_ISSUER ? DEFAULT_TOKEN_URL : new URL('oauth/token', issuer).href;
}

export function defaultSettings(): AuthServerSettings {
  return {
    issuer: DEFAULT_ISSUER,
    tokenEndpoint: DEFAULT_TOKEN_URL,
    tokenLifetimeSeconds: DEFAULT_TOKEN_LIFETIME_SECONDS,
    acceptAny: false,
    rateLimit: { ...DEFAULT_RATE_LIMIT },
    tarpit: { ...DEFAULT_TARPIT },
    allowProcessInstanceCreation: true,
    // The mock's choice, Spring Security's JwtTimestampValidator default; SaaS's is not published.
    apiClockSkewSeconds: 60,
  };
}

/** Apply `change`; the token endpoint follows the issuer unless it was set explicitly. */
export function applySettings(current: AuthServerSettings, change: SettingsChange, endpointPinned: boolean): AuthServerSettings {
  const next: AuthServerSettings = {
    ...current,
    rateLimit: { ...current.rateLimit, ...change.rateLimit },
    tarpit: { ...current.tarpit, ...change.tarpit },
  };
  if (change.issuer !== undefined) {
    const url = checkHttpUrl('issuer', change.issuer);
    next.issuer = url.href.endsWith('/') ? url.href : `${url.href}/`;
    if (!endpointPinned && change.tokenEndpoint === undefined) next.tokenEndpoint = tokenEndpointFor(next.issuer);
  }
  if (change.tokenEndpoint !== undefined) next.tokenEndpoint = checkHttpUrl('tokenEndpoint', change.tokenEndpoint).href;
  if (change.tokenLifetimeSeconds !== undefined) {
    const s = change.tokenLifetimeSeconds;
    if (!Number.isInteger(s) || s < 1 || s > MAX_TOKEN_LIFETIME_SECONDS) fail(`tokenLifetimeSeconds must be a whole number from 1 to ${MAX_TOKEN_LIFETIME_SECONDS}; got ${String(s)}.`);
    next.tokenLifetimeSeconds = s;
  }
  if (change.acceptAny !== undefined) next.acceptAny = Boolean(change.acceptAny);
  if (change.apiClockSkewSeconds !== undefined) {
    const s = change.apiClockSkewSeconds;
    if (!Number.isInteger(s) || s < 0 || s > 600) fail(`apiClockSkewSeconds must be a whole number from 0 to 600; got ${String(s)}.`);
    next.apiClockSkewSeconds = s;
  }
  if (change.allowProcessInstanceCreation !== undefined) next.allowProcessInstanceCreation = Boolean(change.allowProcessInstanceCreation);
  const { delayMs, windowMs } = next.tarpit;
  if (!Number.isFinite(delayMs) || delayMs < 0 || delayMs > 300_000) fail('tarpit.delayMs must be between 0 and 300000.');
  if (!Number.isFinite(windowMs) || windowMs < 0) fail('tarpit.windowMs must be 0 or more.');
  return next;
}
