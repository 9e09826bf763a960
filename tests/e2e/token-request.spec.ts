import { test, expect } from './support/fixtures';
import { expectSecretNowhere } from './support/privacy';
import { openPlayground } from './support/widgets';

const CLIENT_ID = 'playwright-client-0123456789abcdef';
const SECRET = 'pw-secret-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJ._~';

test('a well-formed client gets a token from the in-page mock when "accept any" is on', async ({ page, problems }) => {
  await openPlayground(page);
  await page.getByText('Mock server settings and faults').click();
  await page.getByLabel(/Accept any well-formed credentials/).check();
  await page.getByLabel('Client ID').fill(CLIENT_ID);
  await page.getByLabel('Client secret').fill(SECRET);
  await page.getByRole('button', { name: 'Request token' }).click();

  const response = page.getByTestId('token-http-response');
  await expect(response).toContainText('HTTP/1.1 200');
  await expect(response).toContainText('"token_type": "Bearer"');
  await expect(response).toContainText(/cache-control: no-store/i);
  await expect(page.getByTestId('token-explanation')).toContainText('Token issued');
  const request = page.getByTestId('token-http-request');
  await expect(request).toContainText('POST /oauth/token HTTP/1.1');
  await expect(request).toContainText('Host: login.cloud.camunda.io');
  await expect(request).not.toContainText(SECRET);
  await page.getByLabel('Show secret').check();
  // Revealed, the body shows the secret exactly as sent: form-encoded.
  await expect(request).toContainText(`client_secret=${new URLSearchParams({ s: SECRET }).toString().slice(2)}`);
  await expectSecretNowhere(page, SECRET, problems.consoleLines);
});

test('an unknown client is refused with 401 and told the mock did not issue it', async ({ page }) => {
  await openPlayground(page);
  await page.getByLabel('Client ID').fill(CLIENT_ID);
  await page.getByLabel('Client secret').fill(SECRET);
  await page.getByLabel('HTTP Basic').check();
  await page.getByLabel(/JSON/).check();
  await page.getByRole('button', { name: 'Request token' }).click();
  await expect(page.getByTestId('token-http-response')).toContainText('HTTP/1.1 401');
  await expect(page.getByTestId('token-http-response')).toContainText('invalid_client');
  await expect(page.getByTestId('token-http-request')).toContainText('Authorization: Basic ••••••••');
  await expect(page.getByTestId('token-http-request')).toContainText('Content-Type: application/json');
  await expect(page.getByTestId('token-explanation')).toContainText('This mock did not issue this client id');
});

test('hammering Request token brings the rate-limit block', async ({ page }) => {
  await openPlayground(page);
  await page.getByText('Mock server settings and faults').click();
  await page.getByLabel(/Accept any well-formed credentials/).check();
  await page.getByLabel('Client ID').fill(CLIENT_ID);
  await page.getByLabel('Client secret').fill(SECRET);
  const button = page.getByRole('button', { name: 'Request token' });
  const response = page.getByTestId('token-http-response');
  for (let i = 0; i < 10; i++) {
    await button.click();
    await expect(button).toBeEnabled();
    if ((await response.textContent())?.includes('HTTP/1.1 429')) break;
  }
  await expect(response).toContainText('HTTP/1.1 429');
  await expect(response).toContainText(/retry-after: \d+/i);
  await expect(page.getByTestId('token-explanation')).toContainText(/rate limit/i);
});

test.describe('when service workers are blocked', () => {
  test.use({ serviceWorkers: 'block' });
  test('the playground sends nothing and says why', async ({ page }) => {
    await openPlayground(page, '', { waitForMock: false });
    await expect(page.getByRole('status').filter({ hasText: /service worker|mock/i }).first()).toBeVisible();
    await page.getByLabel('Client ID').fill(CLIENT_ID);
    await page.getByLabel('Client secret').fill(SECRET);
    let sent = false;
    page.on('request', (r) => {
      if (r.url().includes('/oauth/token')) sent = true;
    });
    await page.getByRole('button', { name: 'Request token' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Nothing was sent' })).toContainText(/service worker/i);
    expect(sent).toBe(false);
  });
});
