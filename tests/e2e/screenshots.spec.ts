/**
 * Screenshots for the README, taken from the production build in light and dark mode and saved
 * under static/img/screenshots/. Run on its own to refresh them:
 *   npx playwright test tests/e2e/screenshots.spec.ts
 * Kept small (a fixed 1100 x 760 viewport, PNG): each file stays well under 200 KB.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';

const OUT = join(__dirname, '..', '..', 'static', 'img', 'screenshots');
const MAX_BYTES = 200 * 1024;
const CLIENT_ID = 'screenshot-client-0123456789abcdef';
// A made-up value: the mock accepts it in "accept any well-formed credentials" mode.
const SECRET = 'screenshot-secret-0123456789abcdefghijklmnopqrstuvwxyz-ABC';

test.use({ viewport: { width: 1100, height: 760 } });

async function save(locatorShot: (path: string) => Promise<unknown>, name: string): Promise<void> {
  const path = join(OUT, name);
  await locatorShot(path);
  expect(statSync(path).size, `${name} must stay under 200 KB`).toBeLessThan(MAX_BYTES);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    test(`playground with a token (${scheme})`, async ({ page }) => {
      await page.goto('playground');
      await expect(page.getByRole('status').filter({ hasText: 'mock auth server is running' })).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Credentials file' })).toBeAttached();
      await page.getByText('Mock server settings and faults').click();
      await page.getByLabel(/Accept any well-formed credentials/).check();
      await page.getByText('Mock server settings and faults').click();
      await page.getByLabel('Client ID').fill(CLIENT_ID);
      await page.getByLabel('Client secret').fill(SECRET);
      await page.getByRole('button', { name: 'Request token' }).click();
      await expect(page.getByTestId('token-http-response')).toContainText('HTTP/1.1 200');
      await page.getByRole('heading', { name: '2. Request a token' }).scrollIntoViewIfNeeded();
      await save((path) => page.screenshot({ path }), `playground-${scheme}.png`);
    });

    test(`simulator timeline (${scheme})`, async ({ page, request }) => {
      // The simulator's guide page is added by other work; until it is in the build there is
      // nothing to photograph, so this part is skipped rather than failed.
      const exists = (await request.get('docs/caching-and-rate-limits')).status() === 200;
      test.skip(!exists, 'no /docs/caching-and-rate-limits page in this build yet');
      await page.goto('docs/caching-and-rate-limits');
      // The timeline is expected to be a figure or image whose accessible name mentions "timeline".
      const timeline = page
        .getByRole('figure', { name: /timeline/i })
        .or(page.getByRole('img', { name: /timeline/i }))
        .first();
      await expect(timeline).toBeVisible({ timeout: 15_000 });
      await timeline.scrollIntoViewIfNeeded();
      await save((path) => timeline.screenshot({ path }), `simulator-timeline-${scheme}.png`);
    });
  });
}
