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
    await page
      .waitForFunction(
        ({ selector, label }) => ![...document.querySelectorAll(selector)].some((e) => e.textContent === label),
        { selector: PLACEHOLDER, label: next },
        { timeout: timeoutMs },
      )
      .catch(async () => {
        // Say which panel and where it was, so a failed run can be followed up.
        const where = await page.evaluate((label) => {
          const el = [...document.querySelectorAll('[data-testid="widget-placeholder"]')].find((e) => e.textContent === label);
          if (!el) return 'gone from the page';
          const box = el.getBoundingClientRect();
          return `${el.closest('details:not([open])') ? 'inside a closed <details>' : 'in the page'}, at y=${Math.round(box.top)} of a ${window.innerHeight} px viewport`;
        }, next);
        throw new Error(`The panel "${next}" did not load within ${timeoutMs / 1000} s (${where}).`);
      });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
