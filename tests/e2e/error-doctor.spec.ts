import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { QUOTED } from '../unit/errorDoctor.fixtures';

const field = (page: Page) => page.getByLabel('Error output');
const matches = (page: Page) => page.getByRole('list', { name: 'Matching cases' }).getByRole('listitem');

/** Put text on the clipboard and paste it into the field with the keyboard, as a reader does. */
async function paste(page: Page, text: string) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await field(page).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('every quoted real-world error, pasted into Error output, shows its case first', async ({ page }) => {
  await page.goto('docs/troubleshooting');
  for (const sample of QUOTED) {
    await paste(page, sample.text);
    const top = matches(page).first();
    await expect(top, sample.name).toHaveAttribute('data-case', sample.expected);
    await expect(top.getByRole('link')).toHaveAttribute('href', new RegExp(`#${sample.expected}$`));
    await expect(top).toContainText('Why: recognised');
  }
});

test('a match links to its case on the page, which explains it', async ({ page }) => {
  await page.goto('docs/troubleshooting');
  await paste(page, 'java.nio.file.AccessDeniedException: /home/camunda ... OAuthCredentialsCache.ensureCacheFileExists');
  const top = matches(page).first();
  await expect(top).toContainText('Token cache folder not writable');
  await expect(top).toContainText('“oauthcredentialscache”');
  await top.getByRole('link').click();
  await expect(page).toHaveURL(/#token-cache-not-writable$/);
  await expect(page.getByRole('heading', { name: 'Token cache not writable' })).toBeInViewport();
});

test('secrets in the paste are masked on screen and never stored', async ({ page }) => {
  const secret = 'Zx81secretValue0123456789abcdefghij';
  const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJ6ZWViZS5jYW11bmRhLmlvIn0.c2lnbmF0dXJlLWJ5dGVz';
  await page.goto('docs/troubleshooting');
  await paste(page, `POST /oauth/token client_secret=${secret}\nAuthorization: Bearer ${jwt}\nHTTP/1.1 401 Unauthorized\n{"error":"invalid_client"}`);
  await expect(field(page)).toHaveValue(/client_secret=\[masked\]/);
  await expect(field(page)).not.toHaveValue(new RegExp(secret));
  await expect(page.getByRole('status').filter({ hasText: 'masked' })).toHaveText('2 secrets were masked in the field.');
  await expect(matches(page).first()).toHaveAttribute('data-case', '401-invalid_client-wrong-or-rotated-secret');
  await expect(page.locator('main')).not.toContainText(secret);
  await expect(page.locator('main')).not.toContainText(jwt);
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + location.href);
  expect(stored).not.toContain(secret);
  expect(stored).not.toContain('invalid_client');
});

test('when nothing matches, it says so and names the next check', async ({ page }) => {
  await page.goto('docs/troubleshooting');
  await field(page).fill('The build finished in 3 minutes.');
  await expect(page.getByRole('note')).toContainText('No case matched');
  await expect(page.getByRole('note')).toContainText('Next check: Run the curl token request');
  await expect(matches(page)).toHaveCount(0);
});

test('the playground links to Error output', async ({ page }) => {
  await page.goto('playground');
  await page.getByRole('link', { name: 'Error output' }).click();
  await expect(page).toHaveURL(/docs\/troubleshooting#error-doctor$/);
  await expect(field(page)).toBeVisible();
});

test('the new reproduction buttons set their case up: a 403 for an unknown audience, a missing secret', async ({ page }) => {
  await page.goto('docs/troubleshooting');
  await page.getByRole('link', { name: 'Reproduce a 403 for an unknown audience in the playground' }).click();
  await expect(page).toHaveURL(/playground#repro=cluster-id-audience$/);
  await expect(page.getByRole('status').filter({ hasText: 'mock auth server is running' })).toBeVisible({ timeout: 20_000 });
  const banner = page.getByTestId('repro-banner');
  await expect(banner).toContainText('Reproducing: 403 from the token endpoint');
  await page.getByRole('button', { name: 'Request token' }).click();
  await expect(page.getByTestId('token-http-response')).toContainText('HTTP/1.1 403');
  await expect(banner.getByRole('status')).toContainText('Reproduced: the mock answered 403 access_denied');
  await banner.getByRole('button', { name: 'End this reproduction' }).click();

  await page.evaluate(() => {
    window.location.hash = 'repro=missing-secret';
  });
  await expect(banner).toContainText('Reproducing: A credential missing');
  await expect(banner).toContainText(/secret/i);
});

test('the diagnosis is accessible in light and dark mode, with results and the no-match note shown', async ({ page }) => {
  // Four axe runs on a long page: more than the default time on a busy machine.
  test.slow();
  await page.goto('docs/troubleshooting');
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    for (const text of [QUOTED[0].text, 'nothing recognisable here']) {
      await paste(page, text);
      await page.getByText(/What the doctor recognised|No case matched/).first().waitFor();
      const results = await new AxeBuilder({ page }).include('#error-output').include('[aria-live="polite"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${theme}: ${v.id}`)).toEqual([]);
    }
  }
});
