import { test, expect } from '../e2e/support/fixtures';
import { openPlayground } from '../e2e/support/widgets';

/**
 * `npm start` must serve a working site: every page renders (no blank page from a Content-Security-
 * Policy that forbids what development bundles need), and the playground's mock service worker
 * answers a token request.
 */
test.beforeEach(async ({ page }) => {
  // Any CSP refusal is a failure here, whether or not the browser also logs it.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
    });
  });
});

test('the development server renders the home page and a guide page', async ({ page }) => {
  await page.goto('');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByRole('link', { name: 'Playground' }).first()).toBeVisible();

  await page.goto('docs/how-authentication-works');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/authentication/i, { timeout: 120_000 });
  await expect(page.getByRole('navigation', { name: /docs sidebar/i })).toBeVisible();

  // Without server HTML to keep, code blocks are highlighted in the browser (Java: an added language).
  await page.goto('docs/quickstart');
  await page.getByRole('tab', { name: 'Java', exact: true }).click();
  await expect(page.getByRole('tabpanel').locator('.language-java .token.keyword').first()).toBeVisible({ timeout: 120_000 });
});

test('the development server runs the playground and its mock issues a token', async ({ page }) => {
  await openPlayground(page);
  await page.getByText('Mock server settings and faults').click();
  await page.getByLabel(/Accept any well-formed credentials/).check();
  await page.getByLabel('Client ID').fill('dev-server-client-0123456789abcdef');
  await page.getByLabel('Client secret').fill('dev-secret-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJ');
  await page.getByRole('button', { name: 'Request token' }).click();
  await expect(page.getByTestId('token-http-response')).toContainText('HTTP/1.1 200');
  await expect(page.getByTestId('token-explanation')).toContainText('Token issued');
});

test('the development server serves the editor bundle: Monaco takes over the credentials editor', async ({ page }) => {
  await page.goto('playground');
  const editor = page.getByRole('textbox', { name: /credentials/i }).first();
  await editor.click();
  await expect(page.locator('.monaco-editor')).toBeVisible({ timeout: 60_000 });
});
