import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Credentials } from '@site/src/lib/credentials';
import { buildTokenRequest } from '@site/src/lib/tokenRequest/buildTokenRequest';
import { randomFraction } from '@site/src/lib/random/randomSource';
import { createDrivenClient, type ClientStep, type DrivenClient } from '@site/src/lib/tokenClient/drivenClient';
import { checkClientForm, ClientFormError, DEFAULT_CLIENT_FORM, type CheckedClientForm, type ClientForm } from '@site/src/lib/tokenClient/clientForm';
import type { MockAuthServerState } from './useMockAuthServer';

export interface DrivenCounts {
  tokenRequests: number;
  calls: number;
  unauthorized: number;
  tokenRefusals: number;
}

const NO_COUNTS: DrivenCounts = { tokenRequests: 0, calls: 0, unauthorized: 0, tokenRefusals: 0 };
const LOG_LENGTH = 12;

function count(counts: DrivenCounts, steps: ClientStep[]): DrivenCounts {
  const next = { ...counts };
  for (const s of steps) {
    if (s.kind === 'token') {
      next.tokenRequests += 1;
      if (s.status !== 200) next.tokenRefusals += 1;
    } else {
      next.calls += 1;
      if (s.status === 401) next.unauthorized += 1;
    }
  }
  return next;
}

/**
 * The playground's driven client: a token cache with the chosen strategy in front of calls to the
 * mock cluster, once or every N seconds. Requests go only where the in-page mock answers.
 */
export function useDrivenClient({ mock, status }: MockAuthServerState, credentials: Credentials | undefined) {
  const [form, setForm] = useState<ClientForm>(DEFAULT_CLIENT_FORM);
  const [running, setRunning] = useState(false);
  const [log, setLog] = useState<ClientStep[]>([]);
  const [counts, setCounts] = useState<DrivenCounts>(NO_COUNTS);
  const [failure, setFailure] = useState<string | undefined>();
  const [, setTick] = useState(0);
  const clientRef = useRef<DrivenClient | null>(null);

  const checked = useMemo((): CheckedClientForm | ClientFormError => {
    try {
      return checkClientForm(form);
    } catch (error) {
      return error as ClientFormError;
    }
  }, [form]);

  const ready = Boolean(mock && status?.state === 'running' && credentials);
  useEffect(() => {
    clientRef.current = null;
    setLog([]);
    setCounts(NO_COUNTS);
    if (!ready || !mock || !credentials) return;
    const server = mock.getBrowserAuthServer();
    const api = mock.getBrowserClusterApi();
    const url = `${(credentials.zeebeRestAddress || `https://${credentials.region}.zeebe.camunda.io/${credentials.clusterId}`).replace(/\/+$/, '')}/v2/topology`;
    const blocked = () => (mock.isPageControlledByMock() ? null : mock.explainMockUnavailable());
    clientRef.current = createDrivenClient(
      { strategy: DEFAULT_CLIENT_FORM.strategy, marginMs: 2000, jitterMs: 1000, random: () => randomFraction() },
      {
        clock: Date.now,
        async fetchToken() {
          const why = blocked();
          if (why) throw new Error(why);
          const request = buildTokenRequest({ tokenUrl: credentials.authorizationServerUrl, clientId: credentials.clientId, clientSecret: credentials.clientSecret, audience: credentials.audience, bodyFormat: 'form', clientAuth: 'body' });
          if (!server.isTokenUrl(request.url)) server.registerTokenUrl(request.url);
          const res = await fetch(request.url, { method: 'POST', headers: request.headers, body: request.body, credentials: 'omit', cache: 'no-store' });
          const body = (await res.json().catch(() => ({}))) as { access_token?: string; expires_in?: number };
          return { status: res.status, token: body.access_token, expiresIn: body.expires_in };
        },
        async callApi(token) {
          const why = blocked() ?? (api.matches(url) ? null : `${url} is not a SaaS REST address the in-page mock answers.`);
          if (why) throw new Error(why);
          const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` }, credentials: 'omit', cache: 'no-store' });
          await res.text();
          return { status: res.status };
        },
      },
    );
  }, [ready, mock, credentials]);

  useEffect(() => {
    if (!(checked instanceof ClientFormError)) clientRef.current?.cache.configure({ strategy: checked.strategy, marginMs: checked.marginMs, jitterMs: checked.jitterMs });
  }, [checked, ready, credentials]);

  const callOnce = useCallback(async () => {
    const client = clientRef.current;
    if (!client) return;
    try {
      const outcome = await client.call();
      if (!outcome) return;
      setFailure(undefined);
      setLog((current) => [...outcome.steps.reverse(), ...current].slice(0, LOG_LENGTH));
      setCounts((current) => count(current, outcome.steps));
    } catch (error) {
      setFailure(`Nothing was sent: ${(error as Error).message}`);
      setRunning(false);
    }
    setTick((t) => t + 1);
  }, []);

  const intervalMs = checked instanceof ClientFormError ? null : checked.intervalMs;
  useEffect(() => {
    if (!running || intervalMs === null) return undefined;
    void callOnce();
    const timer = window.setInterval(() => void callOnce(), intervalMs);
    return () => window.clearInterval(timer);
  }, [running, intervalMs, callOnce]);

  return {
    form,
    setForm,
    formError: checked instanceof ClientFormError ? checked.message : undefined,
    ready,
    running,
    setRunning,
    callOnce,
    held: clientRef.current?.cache.peek() ?? null,
    strategy: checked instanceof ClientFormError ? form.strategy : checked.strategy,
    log,
    counts,
    failure,
  };
}
