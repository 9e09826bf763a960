/**
 * Links that carry a token for the inspector. The token goes only in the URL fragment: browsers do
 * not send the fragment to the server, so it stays out of server logs and Referer headers. It still
 * lands in browser history and wherever the link is pasted, hence the warning text.
 */

export const TOKEN_CREDENTIAL_WARNING =
  'An access token is a credential: whoever holds it can call the API as your client until it expires. This inspector works entirely in your browser and never sends the token anywhere, but a shared link contains the whole token. Share only tokens that have expired or come from a test client.';

const FRAGMENT_KEY = 'token';

/**
 * `baseUrl` with `#token=<token>`; any token in its query or fragment is removed first.
 * Throws a TypeError only when `baseUrl` is not an absolute URL.
 */
export function buildShareLink(baseUrl: string, token: string): string {
  const url = new URL(baseUrl);
  // A token in the query would reach the server; make sure no earlier one survives there.
  url.searchParams.delete(FRAGMENT_KEY);
  url.searchParams.delete('access_token');
  // Lone surrogates cannot be percent-encoded; a real token never has them, so replace rather than throw.
  const wellFormed = token.trim().replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  url.hash = `${FRAGMENT_KEY}=${encodeURIComponent(wellFormed)}`;
  return url.toString();
}

/** Reads the token from `location.hash` (with or without the leading `#`); undefined when absent. */
export function readTokenFromFragment(hash: string): string | undefined {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const pair of fragment.split('&')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq) !== FRAGMENT_KEY) continue;
    const raw = pair.slice(eq + 1);
    try {
      const token = decodeURIComponent(raw);
      return token === '' ? undefined : token;
    } catch {
      return raw === '' ? undefined : raw; // a malformed escape: hand over the text as it is
    }
  }
  return undefined;
}
