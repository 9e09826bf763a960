/**
 * The playground's felt speed, each on a cold visit (fresh browser context): time from
 * navigation start to an editor that takes typing, and to a first token on screen; then the
 * token round trip through the in-page mock (MSW service worker), median of many.
 *
 * Times are read from the page's own clock (performance.now(), which starts at navigation), so
 * they include Playwright's small per-action overhead for the steps a user would do by hand.
 */
import { loadLazyWidgets } from './lazyWidgets';
import type { Browser, Page } from '@playwright/test';

const CLIENT_ID = 'bench-client-0123456789abcdef';
// Not a secret: a made-up value the mock accepts in "accept any well-formed credentials" mode.
const CLIENT_SECRET = 'bench-secret-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFG';
const MARKER = 'bench_typed_text_';

export interface PlaygroundTimings {
  editorEditableMs: number;
  firstTokenMs: number;
  roundTrip: { medianMs: number; p90Ms: number; minMs: number; maxMs: number; count: number };
}

async function freshPage(browser: Browser): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  return { page: await context.newPage(), close: () => context.close() };
}

/** Navigation start → the "Credentials file" editor (plain first, Monaco later) accepts typed text and shows it. */
export async function measureEditorEditable(browser: Browser, playgroundUrl: string): Promise<number> {
  const { page, close } = await freshPage(browser);
  try {
    await page.goto(playgroundUrl, { waitUntil: 'commit' });
    const input = page.getByRole('textbox', { name: 'Credentials file' });
    await input.waitFor({ state: 'attached', timeout: 30_000 });
    // The input can exist a moment before the page is hydrated and listens to it; keystrokes sent
    // then are lost, so type again (a new marker each time) until the text shows. The time is
    // taken when it shows, so a retry does not flatter the figure.
    for (let attempt = 0; attempt < 30; attempt++) {
      const marker = `${MARKER}${attempt}_`;
      await input.focus();
      await page.keyboard.type(marker);
      // The text is "shown" once the plain editor holds it, or Monaco (if it took over) draws it.
      const shown = await page
        .waitForFunction(
          (m) => {
            const plain = [...document.querySelectorAll('textarea[aria-label="Credentials file"]:not([hidden])')];
            if (plain.some((t) => (t as HTMLTextAreaElement).value.includes(m))) return performance.now();
            const lines = document.querySelectorAll('.monaco-editor .view-lines');
            return [...lines].some((l) => (l.textContent ?? '').replace(/\u00a0/g, ' ').includes(m)) ? performance.now() : false;
          },
          marker,
          { polling: 'raf', timeout: 1000 },
        )
        .catch(() => undefined);
      if (shown) return (await shown.jsonValue()) as number;
    }
    throw new Error('Text typed into the "Credentials file" editor never showed.');
  } finally {
    await close();
  }
}

async function fillValidClient(page: Page): Promise<void> {
  await page.getByText('Mock server settings and faults').click();
  await page.getByLabel(/Accept any well-formed credentials/).check();
  await page.getByLabel('Client ID').fill(CLIENT_ID);
  await page.getByLabel('Client secret').fill(CLIENT_SECRET);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/**
 * Navigation start → a 200 answer on screen, then `count` token round trips timed inside the
 * page. Each round trip is preceded by the page's own "Reset the rate limit" button, so every
 * request is a real 200 (the mock allows about one request per second, as SaaS does) and no
 * test hook into the page is needed; only the fetch itself is timed.
 */
export async function measureTokenTimes(browser: Browser, playgroundUrl: string, count = 50): Promise<Omit<PlaygroundTimings, 'editorEditableMs'>> {
  const { page, close } = await freshPage(browser);
  try {
    await page.goto(playgroundUrl, { waitUntil: 'commit' });
    await loadLazyWidgets(page);
    await page.getByRole('status').filter({ hasText: 'mock auth server is running' }).waitFor({ timeout: 30_000 });
    await fillValidClient(page);
    await page.getByRole('button', { name: 'Request token' }).click();
    const firstToken = await page.waitForFunction(
      () => ((document.querySelector('[data-testid=token-http-response]')?.textContent ?? '').includes('HTTP/1.1 200') ? performance.now() : false),
      undefined,
      { polling: 'raf', timeout: 30_000 },
    );
    const firstTokenMs = (await firstToken.jsonValue()) as number;

    const tokenUrl = await page.getByLabel('Token URL').inputValue();
    const reset = page.getByRole('button', { name: 'Reset the rate limit' });
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      await reset.click();
      const [status, ms] = await page.evaluate(
        async ({ url, id, secret }) => {
          // Never let a request leave the machine: only send while the mock's worker controls the page.
          if (!navigator.serviceWorker?.controller) return [0, 0] as const;
          const body = new URLSearchParams({ grant_type: 'client_credentials', audience: 'zeebe.camunda.io', client_id: id, client_secret: secret });
          const started = performance.now();
          const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body });
          await response.text();
          return [response.status, performance.now() - started] as const;
        },
        { url: tokenUrl, id: CLIENT_ID, secret: CLIENT_SECRET },
      );
      if (status !== 200) throw new Error(`Round trip ${i + 1} answered ${status}, not 200: the mock's rate limit or settings are not what the bench expects.`);
      times.push(ms);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return {
      firstTokenMs,
      roundTrip: {
        medianMs: sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2,
        p90Ms: percentile(sorted, 0.9),
        minMs: sorted[0],
        maxMs: sorted[sorted.length - 1],
        count,
      },
    };
  } finally {
    await close();
  }
}
