import { test as base, expect, type Page, type Request } from '@playwright/test';

const TOKEN_URL = /\/oauth\/token\/?(\?|$)/;
/** The mock cluster's REST API at a SaaS address, which refuses broken tokens on purpose (401, 403). */
const CLUSTER_API_URL = /^https:\/\/[a-z]+-\d+\.zeebe\.camunda\.io\/[0-9a-f-]{36}\/v2\//;

export interface PageProblems {
  /** Every console line, kept so privacy checks can look for secrets in it. */
  consoleLines: string[];
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/** Records what must never happen on any page: console errors, failed or off-site requests. */
export function watchPage(page: Page, origin: string): PageProblems {
  const problems: PageProblems = { consoleLines: [], consoleErrors: [], failedRequests: [], foreignRequests: [] };
  const isForeign = (request: Request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    return new URL(url).origin !== origin;
  };
  page.on('console', (msg) => {
    problems.consoleLines.push(msg.text());
    if (msg.type() !== 'error') return;
    // Chrome logs every 4xx/5xx fetch answer as a console error. A refused token request is an
    // outcome the playground shows on purpose (401, 429, 503), not a fault of the page; so is a
    // refused call to the mock cluster.
    const refusal = /^Failed to load resource: the server responded with a status of [45]\d\d/.test(msg.text());
    if (refusal && (TOKEN_URL.test(msg.location().url) || CLUSTER_API_URL.test(msg.location().url))) return;
    problems.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
  // A reload or navigation abandons what the old page was still loading: not a site failure.
  let navigations = 0;
  const startedIn = new WeakMap<Request, number>();
  page.on('request', (request) => {
    // Counted when the new page is requested, before the old page's loads are cancelled.
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations += 1;
    startedIn.set(request, navigations);
  });
  page.on('requestfailed', (request) => {
    const aborted = request.failure()?.errorText === 'net::ERR_ABORTED';
    if (aborted && (request.isNavigationRequest() || (startedIn.get(request) ?? navigations) < navigations)) return;
    // A prefetch is a guess about the next page (the site makes them when idle); the browser
    // drops one that is under way when the reader moves on.
    if (aborted && request.headers()['sec-purpose']?.startsWith('prefetch')) return;
    problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`);
    if (isForeign(request)) problems.foreignRequests.push(request.url());
  });
  page.on('requestfinished', async (request) => {
    if (!isForeign(request)) return;
    // The page's own service worker (the mock auth server) answered it: nothing left the browser.
    const response = await request.response().catch(() => null);
    if (!response?.fromServiceWorker()) problems.foreignRequests.push(request.url());
  });
  return problems;
}

/**
 * Every browser test gets these checks for free: it fails if its page logged a console error,
 * lost a request, or fetched anything from a host other than the local server.
 */
export const test = base.extend<{ problems: PageProblems }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const problems = watchPage(page, new URL(baseURL!).origin);
      await use(problems);
      expect.soft(problems.consoleErrors, 'console errors').toEqual([]);
      expect.soft(problems.failedRequests, 'failed requests').toEqual([]);
      expect.soft(problems.foreignRequests, 'requests to other hosts').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
