/**
 * The mock auth server inside the page: an MSW service worker answers the token requests the
 * playground sends, using one core instance per page. msw/browser is loaded on demand so that
 * server-side rendering never touches it.
 */
import type { SetupWorker } from 'msw/browser';
import { createAuthServer, type AuthServer } from '../lib/authServer/authServer';
import { createClusterApi, type ClusterApi } from '../lib/clusterApi/clusterApi';
import { createApiHandlers } from './apiHandlers';
import { createHandlers } from './handlers';

type MockStartState = 'running' | 'unsupported' | 'failed';

export interface MockStartStatus {
  state: MockStartState;
  /** True when the worker controls this page, so token requests will reach the mock. */
  controlled: boolean;
  /** Plain words for the UI: what happened and, if it failed, what the reader can do. */
  message: string;
}

let authServer: AuthServer | null = null;
let clusterApi: ClusterApi | null = null;
let worker: SetupWorker | null = null;
let started = false;
let starting: Promise<MockStartStatus> | null = null;

/** The page's one mock server (created on first use); the UI registers clients and faults on it. */
export function getBrowserAuthServer(): AuthServer {
  authServer ??= createAuthServer({ clock: Date.now });
  return authServer;
}

/** The page's mock cluster API, sharing the auth server's keys, settings and clock. */
export function getBrowserClusterApi(): ClusterApi {
  clusterApi ??= createClusterApi({ authServer: getBrowserAuthServer(), clock: Date.now, wait: (ms) => new Promise((done) => setTimeout(done, ms)) });
  return clusterApi;
}

/** True when the worker is started and controls this page. */
export function isPageControlledByMock(): boolean {
  return started && typeof navigator !== 'undefined' && Boolean(navigator.serviceWorker?.controller);
}

/** Why token requests would not reach the mock right now, or null when they would. */
export function explainMockUnavailable(): string | null {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) {
    return 'This browser does not offer service workers here (private mode, an old browser, or a page not served over https/localhost), so the in-page mock cannot answer. Run the local mock server instead: npm run mock-server.';
  }
  if (!started) return 'The mock has not started yet. Wait a moment or reload the page.';
  if (!navigator.serviceWorker.controller) {
    return 'The mock service worker does not control this page yet (a hard reload bypasses service workers). Reload the page normally, then try again.';
  }
  return null;
}

/**
 * Start the worker. `serviceWorkerUrl` must include the site's base URL (e.g. via useBaseUrl).
 * Resolves to a status; never rejects. Calling it again returns the same result.
 */
export function startMockAuthServer({ serviceWorkerUrl }: { serviceWorkerUrl: string }): Promise<MockStartStatus> {
  starting ??= start(serviceWorkerUrl).then((status) => {
    if (status.state !== 'running') starting = null; // allow a retry after a failure
    return status;
  });
  return starting;
}

async function start(serviceWorkerUrl: string): Promise<MockStartStatus> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) {
    return { state: 'unsupported', controlled: false, message: explainMockUnavailable() ?? '' };
  }
  try {
    const { setupWorker } = await import('msw/browser');
    const resolveSource = () => 'browser';
    worker ??= setupWorker(...createHandlers(getBrowserAuthServer(), { resolveSource }), ...createApiHandlers(getBrowserClusterApi(), { resolveSource }));
    await worker.start({ serviceWorker: { url: serviceWorkerUrl }, onUnhandledRequest: 'bypass', quiet: true });
    started = true;
    await Promise.all([getBrowserAuthServer().ready(), waitForController(2000)]);
    const controlled = isPageControlledByMock();
    return { state: 'running', controlled, message: controlled ? 'The mock auth server is running in this page.' : (explainMockUnavailable() ?? '') };
  } catch (error) {
    return { state: 'failed', controlled: false, message: `The mock service worker could not start: ${error instanceof Error ? error.message : String(error)}. Service workers may be blocked by browser settings; the local mock server (npm run mock-server) is an alternative.` };
  }
}

/** On a first visit the worker claims the page a moment after it activates; wait briefly for that. */
function waitForController(ms: number): Promise<void> {
  const container = navigator.serviceWorker;
  if (container.controller) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      container.removeEventListener('controllerchange', done);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, ms);
    container.addEventListener('controllerchange', done);
  });
}

