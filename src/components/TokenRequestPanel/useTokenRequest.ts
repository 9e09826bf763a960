import { useCallback, useState } from 'react';
import { explainTokenResponse, type TokenResponseExplanation } from '@site/src/lib/authServer/explainResponse';
import { buildTokenRequest, type BuiltTokenRequest, type TokenRequestInput } from '@site/src/lib/tokenRequest/buildTokenRequest';
import type { MockAuthServerState } from '@site/src/hooks/useMockAuthServer';

export interface TokenExchange {
  request: BuiltTokenRequest;
  secret: string;
  response?: { status: number; statusText: string; headers: [string, string][]; body: string; elapsedMs: number };
  explanation?: TokenResponseExplanation;
  accessToken?: string;
  /** Why nothing was sent, or why the answer never came. */
  failure?: string;
}

/** Sends one token request through the page's own fetch, which the mock's service worker answers. */
export function useTokenRequest({ mock, status }: MockAuthServerState) {
  const [exchange, setExchange] = useState<TokenExchange | undefined>();
  const [pending, setPending] = useState(false);

  const send = useCallback(
    async (input: TokenRequestInput) => {
      let request: BuiltTokenRequest;
      try {
        request = buildTokenRequest(input);
      } catch (error) {
        setExchange({ request: { url: input.tokenUrl, method: 'POST', headers: {}, body: '' }, secret: input.clientSecret, failure: (error as Error).message });
        return;
      }
      // Never let a request escape to the real service: no worker in control, no request.
      const unavailable = !mock || !status
        ? 'The mock auth server is still starting. Try again in a moment.'
        : status.state !== 'running'
          ? status.message
          : mock.isPageControlledByMock()
            ? null
            : mock.explainMockUnavailable();
      if (unavailable) {
        setExchange({ request, secret: input.clientSecret, failure: `Nothing was sent. ${unavailable}` });
        return;
      }
      const server = mock!.getBrowserAuthServer();
      if (!server.isTokenUrl(request.url)) server.registerTokenUrl(request.url);
      setPending(true);
      const started = performance.now();
      try {
        const res = await fetch(request.url, { method: 'POST', headers: request.headers, body: request.body, credentials: 'omit', cache: 'no-store' });
        const body = await res.text();
        const elapsedMs = Math.round(performance.now() - started);
        const explanation = explainTokenResponse({ status: res.status, headers: res.headers, body, now: Date.now() });
        let accessToken: string | undefined;
        try {
          const parsed = JSON.parse(body) as { access_token?: unknown };
          if (res.ok && typeof parsed.access_token === 'string') accessToken = parsed.access_token;
        } catch {
          // The explanation already says the body is not JSON.
        }
        setExchange({
          request,
          secret: input.clientSecret,
          response: { status: res.status, statusText: res.statusText, headers: [...res.headers.entries()], body, elapsedMs },
          explanation,
          accessToken,
        });
      } catch (error) {
        setExchange({ request, secret: input.clientSecret, failure: `The request failed before an answer came back: ${(error as Error).message}.` });
      } finally {
        setPending(false);
      }
    },
    [mock, status],
  );

  return { exchange, pending, send };
}
