import { useCallback, useState } from 'react';
import { explainTokenResponse, type TokenResponseExplanation } from '@site/src/lib/authServer/explainResponse';
import { buildTokenRequest, type BuiltTokenRequest, type TokenRequestInput } from '@site/src/lib/tokenRequest/buildTokenRequest';
import { clientToAccept, explainUnissuedClient, isUnissuedClientRefusal } from '@site/src/lib/playground/unissuedClient';
import type { Credentials } from '@site/src/lib/credentials/model';
import type { MockAuthServerState } from '@site/src/hooks/useMockAuthServer';
import { recordExchange } from '@site/src/hooks/usePlaygroundSession';

export interface TokenExchange {
  input: TokenRequestInput;
  request: BuiltTokenRequest;
  secret: string;
  response?: { status: number; statusText: string; headers: [string, string][]; body: string; elapsedMs: number };
  explanation?: TokenResponseExplanation;
  accessToken?: string;
  /** Why nothing was sent, or why the answer never came. */
  failure?: string;
  /** The mock refused a client it never issued: offer to let it accept the client. */
  canAccept?: boolean;
}

function record(exchange: TokenExchange): void {
  recordExchange({
    kind: 'token',
    time: Date.now(),
    request: exchange.request,
    status: exchange.response?.status ?? null,
    summary: exchange.explanation?.headline ?? exchange.failure ?? 'No answer',
    clientId: exchange.input.clientId,
    clientSecret: exchange.input.clientSecret,
    basicAuth: exchange.input.clientAuth === 'basic',
  });
}

/** Sends one token request through the page's own fetch, which the mock's service worker answers. */
export function useTokenRequest({ mock, status }: MockAuthServerState) {
  const [exchange, setExchange] = useState<TokenExchange | undefined>();
  const [pending, setPending] = useState(false);
  const [acceptFailure, setAcceptFailure] = useState<string | undefined>();

  const send = useCallback(
    async (input: TokenRequestInput) => {
      setAcceptFailure(undefined);
      let request: BuiltTokenRequest;
      try {
        request = buildTokenRequest(input);
      } catch (error) {
        setExchange({ input, request: { url: input.tokenUrl, method: 'POST', headers: {}, body: '' }, secret: input.clientSecret, failure: (error as Error).message });
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
        setExchange({ input, request, secret: input.clientSecret, failure: `Nothing was sent. ${unavailable}` });
        return;
      }
      const server = mock!.getBrowserAuthServer();
      if (!server.isTokenUrl(request.url)) server.registerTokenUrl(request.url);
      setPending(true);
      const started = performance.now();
      let done: TokenExchange;
      try {
        const res = await fetch(request.url, { method: 'POST', headers: request.headers, body: request.body, credentials: 'omit', cache: 'no-store' });
        const body = await res.text();
        const elapsedMs = Math.round(performance.now() - started);
        const unissued = isUnissuedClientRefusal({ status: res.status, body, clientId: input.clientId, clientSecret: input.clientSecret, registered: server.clients.get(input.clientId) !== undefined });
        const explanation = unissued ? explainUnissuedClient(input.clientId) : explainTokenResponse({ status: res.status, headers: res.headers, body, now: Date.now() });
        let accessToken: string | undefined;
        try {
          const parsed = JSON.parse(body) as { access_token?: unknown };
          if (res.ok && typeof parsed.access_token === 'string') accessToken = parsed.access_token;
        } catch {
          // The explanation already says the body is not JSON.
        }
        done = { input, request, secret: input.clientSecret, response: { status: res.status, statusText: res.statusText, headers: [...res.headers.entries()], body, elapsedMs }, explanation, accessToken, canAccept: unissued };
      } catch (error) {
        done = { input, request, secret: input.clientSecret, failure: `The request failed before an answer came back: ${(error as Error).message}.` };
      } finally {
        setPending(false);
      }
      setExchange(done);
      record(done);
    },
    [mock, status],
  );

  /** Register the refused client with the page's mock (this page session only), then ask again. */
  const acceptClient = useCallback(
    async (loaded: Credentials | undefined) => {
      if (!exchange?.canAccept || !mock) return;
      const { clientId, clientSecret } = exchange.input;
      const clients = mock.getBrowserAuthServer().clients;
      try {
        clients.register(clientToAccept(clientId, clientSecret, loaded));
      } catch {
        // The file's cluster or region did not suit the mock: accept the bare client instead.
        try {
          clients.register({ clientId, clientSecret });
        } catch (error) {
          setAcceptFailure(`The mock could not accept this client: ${(error as Error).message}`);
          return;
        }
      }
      await send(exchange.input);
    },
    [exchange, mock, send],
  );

  return { exchange, pending, send, acceptClient, acceptFailure };
}
