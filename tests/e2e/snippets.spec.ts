import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures';
import { expectSecretNowhere } from './support/privacy';
import { openPlayground, scrollThroughPage } from './support/widgets';

const CLIENT_ID = 'PwSnippetClient0123456789abcdefg';
const SECRET = 'pwSnippetSecret-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLM';
const CLUSTER = '7cad87f9-e217-4552-ab37-34b54012036a';

// A complete file as the Console offers it for download.
const CONSOLE_FILE = [
  `export ZEEBE_ADDRESS='${CLUSTER}.syd-1.zeebe.camunda.io:443'`,
  `export ZEEBE_CLIENT_ID='${CLIENT_ID}'`,
  `export ZEEBE_CLIENT_SECRET='${SECRET}'`,
  `export ZEEBE_AUTHORIZATION_SERVER_URL='https://login.cloud.camunda.io/oauth/token'`,
  `export ZEEBE_TOKEN_AUDIENCE='zeebe.camunda.io'`,
  `export CAMUNDA_CLUSTER_ID='${CLUSTER}'`,
  `export CAMUNDA_CLUSTER_REGION='syd-1'`,
  `export CAMUNDA_CREDENTIALS_SCOPES='Zeebe'`,
  `export CAMUNDA_OAUTH_URL='https://login.cloud.camunda.io/oauth/token'`,
  '',
].join('\n');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function waitForMock(page: Page) {
  // The request panel, which says whether the mock runs, loads as the reader scrolls to it.
  await expect(page.getByRole('heading', { level: 1, name: 'Token playground' })).toBeVisible();
  await scrollThroughPage(page);
  await expect(page.getByRole('status').filter({ hasText: 'mock auth server is running' })).toBeVisible({ timeout: 20_000 });
}

/** Paste the file into the playground's editor, as a user would. */
async function loadCredentials(page: Page) {
  await waitForMock(page);
  await page.getByRole('textbox', { name: 'Credentials file' }).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(CONSOLE_FILE);
  // Loaded credentials fill the token form.
  await expect(page.getByLabel('Client ID')).toHaveValue(CLIENT_ID);
}

function sidebarLink(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Docs sidebar' }).getByRole('link', { name, exact: true });
}

test('snippets carry the loaded credentials, mask the secret, copy it in full, and the language follows the reader', async ({ page, problems }) => {
  await page.goto('docs/connect-your-client');
  const java = page.getByTestId('snippet-java-camunda-client');
  await expect(java).toContainText('<your-client-id>');
  await expect(java).toContainText('Placeholders');

  // In-page navigation keeps the credentials, which live in memory only.
  await page.getByRole('link', { name: 'Playground', exact: true }).first().click();
  await loadCredentials(page);
  await page.getByRole('link', { name: 'Guide', exact: true }).first().click();
  await sidebarLink(page, 'Connect your client').click();

  await expect(java).toContainText(CLIENT_ID);
  await expect(java).toContainText('Filled in with the credentials you loaded');
  await expect(java).toContainText('••••••••');
  await expect(page.locator('main')).not.toContainText(SECRET);

  await page.getByRole('tab', { name: 'Go / zbctl' }).first().click();
  await expect(page).toHaveURL(/[?&]language=go/);
  const go = page.getByTestId('snippet-go-client');
  await expect(go).toBeVisible();
  await expect(go).toContainText(`ClientID:               "${CLIENT_ID}"`);
  await expect(go).not.toContainText(SECRET);

  // The theme's own copy button (it would copy the masked text) is hidden in snippets.
  await expect(go.getByRole('button', { name: 'Copy code to clipboard' })).toHaveCount(0);
  await go.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(go.getByRole('status')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`ClientSecret:           "${SECRET}"`);
  expect(copied).not.toContain('•');
  await expect(page.locator('main')).not.toContainText(SECRET);

  await go.getByLabel('Show secret').check();
  await expect(go).toContainText(SECRET);
  await go.getByLabel('Show secret').uncheck();
  await expect(go).not.toContainText(SECRET);

  // The troubleshooting page has the same language tabs: Go is already chosen there.
  await sidebarLink(page, 'Troubleshooting').click();
  await expect(page.getByRole('tab', { name: 'Go / zbctl' }).first()).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('snippet-go-client')).toContainText(CLIENT_ID);

  // A troubleshooting button sets the case up in the playground.
  await page.getByRole('link', { name: 'Reproduce 401 invalid_client in the playground' }).click();
  await expect(page).toHaveURL(/playground#repro=invalid-client$/);
  const banner = page.getByTestId('repro-banner');
  await expect(banner.getByRole('heading')).toContainText('Reproducing: 401 invalid_client');
  await expect(page.getByLabel('Client ID')).toHaveValue(CLIENT_ID);
  await expect(page.getByLabel('Client secret')).not.toHaveValue(SECRET);
  await page.getByRole('button', { name: 'Request token' }).click();
  await expect(page.getByTestId('token-http-response')).toContainText('HTTP/1.1 401');
  await expect(page.getByTestId('token-http-response')).toContainText('invalid_client');
  await expect(banner.getByRole('status')).toContainText('Reproduced: the mock answered 401 invalid_client');

  // Ending it restores the mock; the same button then gets a token with the right secret.
  await banner.getByRole('button', { name: 'End this reproduction' }).click();
  await expect(banner).toHaveCount(0);
  await expect(page).not.toHaveURL(/repro=/);

  await expectSecretNowhere(page, SECRET, problems.consoleLines);
});

test('a reproduction link works without credentials: the mock makes a demo client (maintenance → 503)', async ({ page, problems }) => {
  await page.goto('playground#repro=maintenance');
  await waitForMock(page);
  const banner = page.getByTestId('repro-banner');
  await expect(banner).toContainText('demo client');
  await page.getByRole('button', { name: 'Request token' }).click();
  const response = page.getByTestId('token-http-response');
  await expect(response).toContainText('HTTP/1.1 503');
  await expect(response).toContainText(/retry-after: 120/i);
  await expect(banner.getByRole('status')).toContainText('Reproduced: the mock answered 503 maintenance');
  expect(problems.consoleErrors).toEqual([]);
});

test('the wrong-region case puts a file with mismatching regions in the editor and lists what the check says', async ({ page }) => {
  await openPlayground(page);
  await loadCredentials(page);
  await page.evaluate(() => {
    window.location.hash = 'repro=wrong-region';
  });
  const banner = page.getByTestId('repro-banner');
  await expect(banner).toContainText('Reproducing: Wrong region');
  await expect(banner).toContainText(/region in .* is not the one in/i);
  await expect(page.locator('.monaco-editor .view-lines').first()).toContainText("CAMUNDA_CLUSTER_REGION='bru-2'");
  await page.getByRole('button', { name: 'Request token' }).click();
  await expect(page.getByTestId('token-http-response')).toContainText('HTTP/1.1 200');
  await banner.getByRole('button', { name: 'End this reproduction' }).click();
  await expect(page.locator('.monaco-editor .view-lines').first()).toContainText("CAMUNDA_CLUSTER_REGION='syd-1'");
});

test('an unknown case says so instead of failing silently', async ({ page }) => {
  await page.goto('playground#repro=no-such-case');
  await waitForMock(page);
  await expect(page.getByRole('alert').filter({ hasText: 'no-such-case' })).toContainText('Known cases: invalid-client');
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`in ${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    test('the reproduction banner, with its outcome, is accessible', async ({ page }) => {
      await page.goto('playground#repro=wrong-region');
      await waitForMock(page);
      await page.getByRole('button', { name: 'Request token' }).click();
      await expect(page.getByTestId('repro-banner').getByRole('status')).toContainText('Reproduced');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).include('[data-testid="repro-banner"]').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
    });
  });
}
