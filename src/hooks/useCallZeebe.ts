import { useCallback, useState } from 'react';
import { explainApiResponse, prepareCall, type ApiEndpoint, type ApiExplanation, type CallVariant, type PreparedCall } from '@site/src/lib/clusterApi';
import type { MockAuthServerState } from './useMockAuthServer';
import { recordExchange } from './usePlaygroundSession';

/** Calls that were sent (or prepared and refused before sending) go into the page's history. */
function record(exchange: ApiExchange): void {
  if (!exchange.call) return;
  const { call, response } = exchange;
  recordExchange({
    kind: 'call',
    time: Date.now(),
    request: { method: call.method, url: call.url, headers: call.headers, body: call.body },
    status: response?.status ?? null,
    summary: exchange.explanation?.headline ?? exchange.failure ?? 'No answer',
    token: call.token,
  });
}

export interface ApiExchange {
  variant: CallVariant;
  call?: PreparedCall;
  response?: { status: number; statusText: string; headers: [string, string][]; body: string };
  explanation?: ApiExplanation;
  /** Why nothing was sent, or why no answer came. */
  failure?: string;
}

export interface CallInput {
  variant: CallVariant;
  endpoint: ApiEndpoint;
  token: string | null;
  restAddress: string | null;
}

/** Sends one call to the mock cluster through the page's fetch, which the service worker answers. */
export function useCallZeebe({ mock, status }: MockAuthServerState) {
  const [exchange, setExchange] = useState<ApiExchange | undefined>();
  const [pending, setPending] = useState(false);

  const send = useCallback(
    async ({ variant, endpoint, token, restAddress }: CallInput) => {
      const unavailable = !mock || !status ? 'The mock is still starting. Try again in a moment.' : status.state !== 'running' ? status.message : mock.isPageControlledByMock() ? null : mock.explainMockUnavailable();
      if (unavailable) return setExchange({ variant, failure: `Nothing was sent. ${unavailable}` });
      if (!restAddress) return setExchange({ variant, failure: 'Nothing was sent: no cluster to call. Load credentials in step 1 or request a token first.' });
      const server = mock!.getBrowserAuthServer();
      const api = mock!.getBrowserClusterApi();
      let call: PreparedCall;
      try {
        call = await prepareCall({ variant, endpoint, token, restAddress, now: Date.now(), sign: (claims) => server.signClaims(claims) });
      } catch (error) {
        return setExchange({ variant, failure: (error as Error).message });
      }
      // This page never calls a real cluster: only addresses the in-page mock answers are sent.
      if (!api.matches(call.url)) {
        return setExchange({ variant, call, failure: `Nothing was sent: ${call.url} is not a SaaS REST address (https://<region>.zeebe.camunda.io/<cluster id>/v2/...), so the in-page mock would not answer it. For the local mock server's address, use curl or your client.` });
      }
      setPending(true);
      const restore = server.getSettings().allowProcessInstanceCreation;
      if (call.withoutAuthorization) server.configure({ allowProcessInstanceCreation: false });
      try {
        const res = await fetch(call.url, { method: call.method, headers: call.headers, body: call.body || undefined, credentials: 'omit', cache: 'no-store' });
        const body = await res.text();
        const done: ApiExchange = { variant, call, response: { status: res.status, statusText: res.statusText, headers: [...res.headers.entries()], body }, explanation: explainApiResponse({ status: res.status, headers: res.headers, body }) };
        setExchange(done);
        record(done);
      } catch (error) {
        const failed: ApiExchange = { variant, call, failure: `The call failed before an answer came back: ${(error as Error).message}.` };
        setExchange(failed);
        record(failed);
      } finally {
        if (call.withoutAuthorization) server.configure({ allowProcessInstanceCreation: restore });
        setPending(false);
      }
    },
    [mock, status],
  );
  return { exchange, pending, send };
}
