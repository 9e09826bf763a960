/**
 * Which URLs the mock answers. Token requests: any POST whose path ends in `/oauth/token` (with or
 * without a trailing slash) — that covers Camunda's URL and a local server's — plus exact URLs
 * registered at runtime, because a credentials file may name any token URL.
 */
import { AuthServerConfigError } from './errors';

const TOKEN_PATH = /\/oauth\/token\/?$/;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** origin + path, without query or fragment: the part that identifies an endpoint. */
function endpointKey(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

export interface TokenUrlSet {
  matches(url: string): boolean;
  /** Register an exact token URL; returns a function that removes it again. */
  add(url: string): () => void;
  list(): string[];
}

export function createTokenUrlSet(): TokenUrlSet {
  const extra = new Set<string>();
  return {
    matches(url) {
      const parsed = parse(url);
      if (!parsed) return false;
      return TOKEN_PATH.test(parsed.pathname) || extra.has(endpointKey(parsed));
    },
    add(url) {
      const parsed = parse(url);
      if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
        throw new AuthServerConfigError('ERR_MOCK_INVALID_URL', `Token URL must be an absolute http(s) URL; got "${url}".`);
      }
      const key = endpointKey(parsed);
      extra.add(key);
      return () => {
        extra.delete(key);
      };
    },
    list() {
      return [...extra];
    },
  };
}

export type WellKnownDocument = 'jwks' | 'discovery';

/**
 * OIDC discovery lives at `<issuer without trailing slash>/.well-known/openid-configuration`; the
 * JWKS next to it. With `anyOrigin` (the local server, where every request is meant for the mock)
 * only the path is compared, so `localhost` and `127.0.0.1` both work.
 */
export function matchWellKnown(url: string, issuer: string, anyOrigin: boolean): WellKnownDocument | null {
  const parsed = parse(url);
  if (!parsed) return null;
  const base = new URL(issuer);
  const prefix = base.pathname.replace(/\/$/, '');
  if (!anyOrigin && parsed.origin !== base.origin) return null;
  if (parsed.pathname === `${prefix}/.well-known/jwks.json`) return 'jwks';
  if (parsed.pathname === `${prefix}/.well-known/openid-configuration`) return 'discovery';
  return null;
}
