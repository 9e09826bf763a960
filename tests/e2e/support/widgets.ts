import { expect, type Page } from '@playwright/test';

/** Scrolls to a page's widgets, as a reader does, and waits until each has replaced its placeholder. */
export async function scrollToWidget(page: Page): Promise<void> {
  await scrollThroughPage(page);
}

/** The labels of the placeholders a reader can reach by scrolling: not those in a closed <details>. */
function reachablePlaceholders(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="widget-placeholder"]')]
      .filter((el) => !el.closest('details:not([open])'))
      .map((el) => el.textContent ?? ''),
  );
}

/**
 * Scrolls to each widget still waiting to load, as a reader scrolling down does, until every one
 * has arrived (those inside a closed <details> wait until it is opened), then back to the top.
 * It stays at each until it has loaded: before the page has hydrated, nothing watches the scrolling.
 */
export async function scrollThroughPage(page: Page): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const [next] = await reachablePlaceholders(page);
    if (next === undefined) break;
    await page.evaluate((label) => {
      const found = [...document.querySelectorAll('[data-testid="widget-placeholder"]')].find((el) => el.textContent === label);
      found?.scrollIntoView({ block: 'center' });
    }, next);
    await expect.poll(async () => (await reachablePlaceholders(page)).includes(next), { timeout: 15_000 }).toBe(false);
  }
  expect(await reachablePlaceholders(page)).toEqual([]);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Opens the playground and scrolls through it, as a reader does before using a section further
 * down; by default also waits for the in-page mock to run (the live timeline arrives with it).
 */
export async function openPlayground(page: Page, hash = '', { waitForMock = true } = {}): Promise<void> {
  await page.goto(`playground${hash}`);
  // The development server renders in the browser only: wait for the page before scrolling it.
  await expect(page.getByRole('heading', { level: 1, name: 'Token playground' })).toBeVisible({ timeout: 60_000 });
  await scrollThroughPage(page);
  if (!waitForMock) return;
  await expect(page.getByRole('status').filter({ hasText: 'mock auth server is running' })).toBeVisible({ timeout: 30_000 });
  await scrollThroughPage(page);
}
