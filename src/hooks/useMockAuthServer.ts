import { useEffect, useState } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { MockStartStatus } from '@site/src/mocks/browser';

type MockModule = typeof import('@site/src/mocks/browser');

export interface MockAuthServerState {
  /** undefined while the worker is starting. */
  status: MockStartStatus | undefined;
  /** The page's mock module, once loaded: its server, and the checks before sending. */
  mock: MockModule | undefined;
}

/**
 * Starts the in-page mock auth server on the pages that use it (and only those: MSW and jose
 * load with this hook's dynamic import). The worker script's URL follows the site's baseUrl.
 */
export function useMockAuthServer(): MockAuthServerState {
  const serviceWorkerUrl = useBaseUrl('/mockServiceWorker.js');
  const [state, setState] = useState<MockAuthServerState>({ status: undefined, mock: undefined });
  useEffect(() => {
    let live = true;
    void import('@site/src/mocks/browser').then(async (mock) => {
      const status = await mock.startMockAuthServer({ serviceWorkerUrl });
      if (live) setState({ status, mock });
    });
    return () => {
      live = false;
    };
  }, [serviceWorkerUrl]);
  return state;
}
