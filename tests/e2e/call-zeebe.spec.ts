import { test, expect } from './support/fixtures';

async function openPlaygroundWithToken(page: import('@playwright/test').Page) {
  await page.goto('playground');
  await expect(page.getByRole('status').filter({ hasText: 'mock auth server is running' })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Generate mock credentials' }).click();
  await expect(page.getByTestId('problems-summary')).toHaveText('No problems found.');
  await page.getByRole('button', { name: 'Request token' }).click();
  await expect(page.getByTestId('token-http-response')).toContainText('HTTP/1.1 200');
  return page.locator('section').filter({ has: page.getByRole('heading', { name: '4. Call Zeebe' }) });
}

test('Call Zeebe sends the new token and shows the topology (200), the token masked', async ({ page }) => {
  const section = await openPlaygroundWithToken(page);
  await expect(section.getByTestId('call-rest-address')).toHaveText(/^https:\/\/[a-z]+-\d\.zeebe\.camunda\.io\/[0-9a-f-]{36}$/);
  await section.getByRole('button', { name: 'Call Zeebe' }).click();
  const response = section.getByTestId('call-http-response');
  await expect(response).toContainText('HTTP/1.1 200');
  await expect(response).toContainText('"gatewayVersion"');
  await expect(response).toContainText('"partitionsCount": 3');
  await expect(section.getByTestId('call-explanation')).toContainText('the cluster accepted the token');
  const request = section.getByTestId('call-http-request');
  await expect(request).toContainText(/^GET \/[0-9a-f-]{36}\/v2\/topology HTTP\/1\.1/);
  await expect(request).toContainText('Authorization: Bearer eyJh••••••••');
  const token = await section.getByLabel('Access token').inputValue();
  await expect(request).not.toContainText(token);

  await section.getByLabel('Endpoint').selectOption('me');
  await section.getByRole('button', { name: 'Call Zeebe' }).click();
  await expect(section.getByTestId('call-explanation')).toContainText('The token identifies the caller as');
});

const CASES = [
  { button: 'No token', status: 401, says: /No access token/ },
  { button: 'Expired token', status: 401, says: /The token expired \d+ s ago/ },
  { button: 'Other audience', status: 401, says: /audience is "tasklist\.camunda\.io"/ },
  { button: 'Tampered signature', status: 401, says: /signature does not match/ },
  { button: 'Other cluster', status: 401, says: /issued for cluster 00000000-0000-4000-8000-000000000000/ },
  { button: 'Missing authorization', status: 403, says: /token is valid, the client may not do this.*Insufficient permissions/s },
];

test('each failure case gets its status and explanation', async ({ page }) => {
  const section = await openPlaygroundWithToken(page);
  for (const c of CASES) {
    await section.getByRole('button', { name: c.button }).click();
    await expect(section.getByTestId('call-http-response')).toContainText(`HTTP/1.1 ${c.status}`);
    await expect(section.getByTestId('call-explanation')).toContainText(c.says);
    if (c.status === 401) await expect(section.getByTestId('call-http-response')).toContainText(/www-authenticate: Bearer realm=/i);
  }
  // The authorization switch is back on after the 403 case: the real token still starts a process.
  await section.getByLabel('Endpoint').selectOption('create-instance');
  await section.getByRole('button', { name: 'Call Zeebe' }).click();
  await expect(section.getByTestId('call-http-response')).toContainText('HTTP/1.1 200');
  await expect(section.getByTestId('call-explanation')).toContainText('A process instance was created');
});
