/**
 * The playground's panels below the first screen load when scrolled near. The bench scrolls to
 * each as a reader does, and waits for it, before it measures what needs them.
 */
import type { Page } from '@playwright/test';

const PLACEHOLDER = '[data-testid="widget-placeholder"]';

/** Scrolls to every placeholder not inside a closed <details>, one at a time, until each has loaded. */
export async function loadLazyWidgets(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: timeoutMs });
  for (let round = 0; round < 30; round++) {
    const next = await page.evaluate((selector) => {
      const el = [...document.querySelectorAll(selector)].find((e) => !e.closest('details:not([open])'));
      el?.scrollIntoView({ block: 'center' });
      return el?.textContent ?? null;
    }, PLACEHOLDER);
    if (next === null) break;
    await page.waitForFunction(
      ({ selector, label }) => ![...document.querySelectorAll(selector)].some((e) => e.textContent === label),
      { selector: PLACEHOLDER, label: next },
      { timeout: timeoutMs },
    );
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
