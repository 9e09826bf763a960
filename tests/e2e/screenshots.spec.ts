/**
 * Screenshots for the README, taken from the production build in light and dark mode and saved
 * under static/img/screenshots/. Run on its own to refresh them:
 *   npm run screenshots   (after npm run build)
 * Kept small (a fixed 1100 x 1250 viewport, PNG): each file stays under 200 KB.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { openPlayground } from './support/widgets';

const OUT = join(__dirname, '..', '..', 'static', 'img', 'screenshots');
const MAX_BYTES = 200 * 1024;
const CLIENT_ID = 'screenshot-client-0123456789abcdef';
// A made-up value: the mock accepts it in "accept any well-formed credentials" mode.
const SECRET = 'screenshot-secret-0123456789abcdefghijklmnopqrstuvwxyz-ABC';

test.use({ viewport: { width: 1100, height: 1250 } });

// What the Console's download looks like (values made up; the mock accepts them in "accept any" mode).
const CREDENTIALS_FILE = [
  `export ZEEBE_ADDRESS='0a1b2c3d-1111-2222-3333-444455556666.bru-2.zeebe.camunda.io:443'`,
  `export ZEEBE_CLIENT_ID='${CLIENT_ID}'`,
  `export ZEEBE_CLIENT_SECRET='${SECRET}'`,
  `export ZEEBE_AUTHORIZATION_SERVER_URL='https://login.cloud.camunda.io/oauth/token'`,
  `export ZEEBE_TOKEN_AUDIENCE='zeebe.camunda.io'`,
].join('\n');

async function save(locatorShot: (path: string) => Promise<unknown>, name: string): Promise<void> {
  const path = join(OUT, name);
  await locatorShot(path);
  expect(statSync(path).size, `${name} must stay under 200 KB`).toBeLessThan(MAX_BYTES);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    test(`playground with a token (${scheme})`, async ({ page }) => {
      await openPlayground(page);
      const editor = page.getByRole('textbox', { name: 'Credentials file' });
      await editor.focus();
      // Paste-like: insertText puts the whole file in at once, as pasting does.
      await page.keyboard.insertText(CREDENTIALS_FILE);
      await expect(page.getByLabel('Client ID')).toHaveValue(CLIENT_ID);
      await page.getByText('Mock server settings and faults').click();
      await page.getByLabel(/Accept any well-formed credentials/).check();
      await page.getByText('Mock server settings and faults').click();
      await page.getByRole('button', { name: 'Request token' }).click();
      await expect(page.getByTestId('token-http-response')).toContainText('HTTP/1.1 200');
      await page.evaluate(() => window.scrollTo(0, 0));
      await save((path) => page.screenshot({ path }), `playground-${scheme}.png`);
    });

    test(`simulator timeline (${scheme})`, async ({ page }) => {
      await page.goto('docs/caching-and-rate-limits');
      await expect(page.getByText(/Simulated in \d+ ms/)).toBeVisible({ timeout: 15_000 });
      // The timeline plot with its toolbar: the plot is the group named "Timeline: ...".
      const timeline = page.getByRole('group', { name: /^Timeline:/ }).first().locator('xpath=..');
      await expect(timeline).toBeVisible();
      await timeline.scrollIntoViewIfNeeded();
      await save((path) => timeline.screenshot({ path }), `simulator-timeline-${scheme}.png`);
    });
  });
}
