/**
 * JS and CSS a page loads, counted in a fresh browser context (cold cache): what has arrived by
 * the `load` event, and everything after the network is idle plus a short wait (for the
 * playground: after its editor is ready as well).
 */
import type { Browser, Page, Response } from '@playwright/test';
import { detectHeavy, gzipBytes, kindOf, summariseAssets, type LoadedAsset, type PageWeight } from './assets';

const SETTLE_MS = 1500;

export interface WeighOptions {
  /** Extra wait after network idle, e.g. for the playground's editor. */
  ready?: (page: Page) => Promise<void>;
  /** Then scroll to the bottom and count what that loads apart (e.g. diagrams drawn on view). */
  scroll?: boolean;
}

export async function weighPage(browser: Browser, origin: string, path: string, options: WeighOptions = {}): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending: Promise<LoadedAsset | undefined>[] = [];
  let loaded = false;
  let scrolled = false;
  const record = (response: Response) => {
    const beforeLoad = !loaded;
    const afterScroll = scrolled;
    const kind = kindOf(response.url(), response.headers()['content-type']);
    if (!kind || response.status() >= 400) return;
    pending.push(
      response
        .body()
        .then((body) => ({
          url: response.url(),
          kind,
          gzipBytes: gzipBytes(body),
          heavy: kind === 'js' ? detectHeavy(body) : [],
          beforeLoad,
          afterScroll,
          resourceType: response.request().resourceType(),
        }))
        .catch(() => undefined),
    );
  };
  // Context-level: also sees the service worker's own script fetch.
  context.on('response', record);
  page.once('load', () => {
    loaded = true;
  });
  try {
    await page.goto(new URL(path, origin).href, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    if (options.ready) {
      await options.ready(page);
      await page.waitForLoadState('networkidle');
    }
    await page.waitForTimeout(SETTLE_MS);
    if (options.scroll) {
      scrolled = true;
      // Step down the page as a reader would, so that everything drawn on view gets drawn.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 100));
        }
      });
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(SETTLE_MS);
    }
    const assets = (await Promise.all(pending)).filter((a): a is LoadedAsset => a !== undefined);
    const unique = new Map(assets.map((a) => [a.url, a]));
    return summariseAssets(path, [...unique.values()]);
  } finally {
    await context.close();
  }
}

/** The playground is ready when Monaco's input for the credentials file is there (a textarea, or with the EditContext API a div with role textbox). */
export async function waitForPlaygroundEditor(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'Credentials file' }).waitFor({ state: 'attached', timeout: 30_000 });
}
