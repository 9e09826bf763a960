import { test, expect } from './support/fixtures';
import { openPlayground } from './support/widgets';

async function openPlaygroundWithToken(page: import('@playwright/test').Page) {
  await openPlayground(page);
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

test('a driven client with short tokens: refresh ahead never gets a 401, refresh on 401 does', async ({ page }) => {
  test.setTimeout(90_000);
  await openPlaygroundWithToken(page);
  await page.getByText('Mock server settings and faults').click();
  await page.getByLabel('Token lifetime (seconds)').fill('3');
  await page.getByLabel("Cluster's clock-skew allowance past exp (seconds)").fill('0');
  await page.getByText('Drive a client with a token cache').click();
  const state = page.getByTestId('client-state');
  await page.getByLabel('Token cache strategy').selectOption('refresh-ahead');
  await page.getByLabel('Refresh margin before expiry (seconds)').fill('1');
  await page.getByLabel('Jitter, up to (seconds)').fill('0');
  await page.getByLabel('Call every (seconds)').fill('0.5');
  await page.getByRole('button', { name: 'Start calling every N seconds' }).click();
  // Three tokens means at least two refreshes; each token lives 3 s.
  await expect(page.getByTestId('client-token-requests')).toHaveText(/^([3-9]|\d\d+)/, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Stop calling' }).click();
  await expect(page.getByTestId('client-log')).toContainText('token request (refresh) → 200');
  await expect(page.getByTestId('client-401s')).toHaveText('0');
  await expect(state).toContainText('Token heldyes');

  await page.getByLabel('Token cache strategy').selectOption('refresh-on-401');
  await expect(state).toContainText('when a call gets 401');
  await page.getByRole('button', { name: 'Start calling every N seconds' }).click();
  await expect(page.getByTestId('client-401s')).not.toHaveText('0', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Stop calling' }).click();
  await expect(page.getByTestId('client-log')).toContainText('token request (after a 401) → 200');
  await expect(page.getByTestId('client-log')).toContainText('GET /v2/topology (retry) → 200');
  // The client's calls appear on the live timeline beside its token requests.
  const live = page.locator('section').filter({ has: page.getByRole('heading', { name: '5. Watch the rate limit' }) });
  expect(Number(await live.getByTestId('live-figure-calls').textContent())).toBeGreaterThan(3);
  await expect(live.getByTestId('live-figure-failed-calls')).not.toHaveText('0');
});

test('the Troubleshooting button reproduces a 403 and a 401 from the cluster', async ({ page }) => {
  await page.goto('docs/troubleshooting');
  await page.getByRole('link', { name: 'Reproduce a 401 and a 403 from the cluster in the playground' }).click();
  await expect(page).toHaveURL(/playground#repro=api-401-vs-403$/);
  await expect(page.getByTestId('repro-banner')).toContainText('401 versus 403 from the cluster');
  await expect(page.getByRole('status').filter({ hasText: 'mock auth server is running' })).toBeVisible({ timeout: 20_000 });
  // The settings panel hears the reproduction's change through the mock's settings store.
  await page.getByText('Mock server settings and faults').click();
  await expect(page.getByLabel(/Clients may create process instances/)).not.toBeChecked();
  await page.getByRole('button', { name: 'Request token' }).click();
  await expect(page.getByTestId('token-http-response')).toContainText('HTTP/1.1 200');
  const section = page.locator('section').filter({ has: page.getByRole('heading', { name: '4. Call Zeebe' }) });
  await section.getByLabel('Endpoint').selectOption('create-instance');
  await section.getByRole('button', { name: 'Call Zeebe' }).click();
  await expect(section.getByTestId('call-http-response')).toContainText('HTTP/1.1 403');
  await expect(section.getByTestId('call-explanation')).toContainText('a new token changes nothing');
  await section.getByRole('button', { name: 'Expired token' }).click();
  await expect(section.getByTestId('call-http-response')).toContainText('HTTP/1.1 401');
  await expect(section.getByTestId('call-explanation')).toContainText('sending the same token again gives the same answer');
});

test('the curl snippet on Connect your client runs against the in-page mock: token, then topology', async ({ page, problems }) => {
  await openPlaygroundWithToken(page);
  // The secret, to check that the run never shows it.
  const secret = await page.getByLabel('Client secret').inputValue();
  await page.getByRole('link', { name: 'Guide', exact: true }).first().click();
  await page.getByRole('navigation', { name: 'Docs sidebar' }).getByRole('link', { name: 'Connect your client', exact: true }).click();
  await page.getByRole('tab', { name: 'curl', exact: true }).first().click();
  const snippet = page.getByTestId('snippet-curl');
  await snippet.getByRole('button', { name: 'Run against the in-page mock' }).click();
  const output = snippet.getByTestId('snippet-run-output');
  await expect(output).toContainText(/1\. POST https:\/\/login\.cloud\.camunda\.io\/oauth\/token → 200/);
  await expect(output).toContainText(/3\. GET https:\/\/[a-z]+-\d\.zeebe\.camunda\.io\/[0-9a-f-]{36}\/v2\/topology → 200/);
  await expect(output).toContainText('"gatewayVersion"');
  await expect(output).not.toContainText(secret);
  expect(problems.consoleLines.join('\n')).not.toContain(secret);
});
