import { useCallback, useState } from 'react';
import { mockClientFor } from '@site/src/lib/authServer/clientRegistry';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { runCurlSnippet, type RunStep } from '@site/src/lib/snippetRun/runCurlSnippet';
import type { BodyFormat } from '@site/src/lib/tokenRequest/buildTokenRequest';
import { useCredentials } from './useCredentials';
import { isMockMade } from './useMockRegistration';

export interface SnippetRunState {
  steps?: RunStep[];
  /** Why the run could not start. */
  failure?: string;
  running: boolean;
}

/**
 * Runs the curl snippet's requests in this page against the in-page mock (started on first use).
 * Only URLs the mock answers are fetched; nothing leaves the browser.
 */
export function useSnippetRun(bodyFormat: BodyFormat) {
  const serviceWorkerUrl = useBaseUrl('/mockServiceWorker.js');
  const { credentials, origin } = useCredentials();
  const [state, setState] = useState<SnippetRunState>({ running: false });

  const run = useCallback(async () => {
    if (!credentials) return setState({ running: false, failure: 'Load or generate credentials in the playground first: the snippet needs a client id and secret.' });
    setState({ running: true });
    try {
      const mock = await import('@site/src/mocks/browser');
      const status = await mock.startMockAuthServer({ serviceWorkerUrl });
      if (status.state !== 'running' || !mock.isPageControlledByMock()) return setState({ running: false, failure: `Nothing was sent. ${mock.explainMockUnavailable() ?? status.message}` });
      const server = mock.getBrowserAuthServer();
      const api = mock.getBrowserClusterApi();
      if (isMockMade(origin)) server.clients.register(mockClientFor(credentials));
      const steps = await runCurlSnippet(credentials, bodyFormat, {
        fetch: (url, init) => fetch(url, { ...init, credentials: 'omit', cache: 'no-store' }),
        refuse: (url) => (server.isTokenUrl(url) || api.matches(url) ? null : `${url} is not an address the in-page mock answers, and this page never calls a real service. Run the snippet in a terminal instead.`),
      });
      setState({ running: false, steps });
    } catch (error) {
      setState({ running: false, failure: `The run failed: ${(error as Error).message}` });
    }
  }, [credentials, origin, bodyFormat, serviceWorkerUrl]);

  return { ...state, run };
}
