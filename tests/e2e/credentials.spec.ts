import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { openPlayground, scrollThroughPage, scrollToWidget } from './support/widgets';
import { expectSecretNowhere } from './support/privacy';
import { CLIENT_ID, CLUSTER, CONSOLE_FILE, SECRET } from '../unit/credentials.fixtures';


const BROKEN_FILE = [
  `export ZEEBE_CLIENT_ID='${CLIENT_ID}'`,
  `export ZEEBE_CLIENT_SECRET='${SECRET}'`,
  "export CAMUNDA_CLUSTER_ID='not-a-cluster'",
  'export CAMUNDA_CLUSTER_REGION="syd-1',
  "export ZEEBE_AUTHORIZATION_SERVER_URL='http://login.cloud.camunda.io/oauth/token'",
].join('\n');

async function openPlaygroundEditor(page: Page) {
  await openPlayground(page);
  await expect(editorOf(page)).toBeAttached({ timeout: 20_000 });
}

function editorOf(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Credentials file' });
}

function problemsList(page: Page): Locator {
  return page.getByRole('list', { name: 'Problems' });
}

async function upload(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Upload file', exact: true }).click();
  await (await chooser).setFiles(file);
}

/** Reads the secret from the summary by revealing it, then masks it again. */
async function revealedSummarySecret(page: Page): Promise<string> {
  const summary = page.getByTestId('credentials-summary');
  await summary.getByRole('button', { name: 'Show secret' }).click();
  const secret = (await summary.getByTestId('summary-secret').textContent()) ?? '';
  await summary.getByRole('button', { name: 'Show secret' }).click();
  return secret;
}

async function requestTokenAndExpect(page: Page, status: number) {
  await page.getByRole('button', { name: 'Request token' }).click();
  await expect(page.getByTestId('token-http-response')).toContainText(`HTTP/1.1 ${status}`);
}

test('generated mock credentials load without problems, masked, and get a token', async ({ page, problems }) => {
  await openPlaygroundEditor(page);
  const generate = page.getByRole('group', { name: 'Mock credentials' });
  await generate.getByLabel('Region').selectOption('syd-1');
  await generate.getByLabel('Optimize API').check();
  await page.getByRole('button', { name: 'Generate mock credentials' }).click();

  await expect(page.getByTestId('problems-summary')).toHaveText('No problems found.');
  await expect(page.locator('.squiggly-error')).toHaveCount(0);
  const summary = page.getByTestId('credentials-summary');
  await expect(summary).toContainText('syd-1');
  await expect(summary).toContainText('Zeebe, Tasklist, Operate, Optimize');
  await expect(summary).toContainText('https://login.cloud.camunda.io/oauth/token');
  await expect(summary.getByTestId('summary-secret')).toContainText('••••••••');
  const secret = await revealedSummarySecret(page);
  expect(secret).toMatch(/^[A-Za-z0-9._~-]{64}$/);
  await expect(summary).not.toContainText(secret);

  await requestTokenAndExpect(page, 200);
  await expectSecretNowhere(page, secret, problems.consoleLines);
});

test('a broken file pasted from the clipboard shows squiggles and positioned problems', async ({ page, problems }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openPlaygroundEditor(page);
  await page.evaluate((text) => navigator.clipboard.writeText(text), BROKEN_FILE);
  await page.getByRole('button', { name: 'Paste', exact: true }).click();

  const list = problemsList(page);
  await expect(list.locator('li[data-severity="error"]')).toHaveCount(3);
  await expect(list.locator('li[data-line="3"][data-code="invalid-cluster-id"]')).toContainText('Line 3:27');
  await expect(list.locator('li[data-line="3"][data-code="invalid-cluster-id"]')).toContainText('not a cluster id');
  await expect(list.locator('li[data-line="4"]')).toContainText('never closed');
  await expect(list.locator('li[data-line="5"]')).toContainText('must use https://');
  await expect(page.getByTestId('problems-summary')).toHaveText('3 errors, 1 note');

  // Monaco arrives when the reader reaches for the editor; it draws one squiggle per error, and
  // hovering one shows its message.
  await editorOf(page).hover();
  const squiggles = page.locator('.squiggly-error');
  await expect(squiggles).toHaveCount(3);
  // The squiggle lies under Monaco's text layer: point the mouse at it as a user would.
  await editorOf(page).scrollIntoViewIfNeeded();
  const box = (await squiggles.first().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('.monaco-hover').filter({ hasText: 'not a cluster id' })).toBeVisible();

  // Selecting a problem puts the cursor there.
  await list.locator('li[data-line="5"] button').click();
  await expect(editorOf(page)).toBeFocused();

  // Id, secret and cluster are there, so the summary shows them, problems and all (a 401 can be tried).
  await expect(page.getByTestId('credentials-summary')).toContainText('not-a-cluster');
  await expect(page.getByTestId('credentials-summary')).not.toContainText(SECRET);
  await expectSecretNowhere(page, SECRET, problems.consoleLines);
});

test('Paste without clipboard permission says how to paste instead', async ({ page }) => {
  await openPlaygroundEditor(page);
  await page.getByRole('button', { name: 'Paste', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Ctrl+V' })).toBeVisible();
});

test('typing into the editor is checked as you type', async ({ page }) => {
  await openPlaygroundEditor(page);
  await editorOf(page).focus();
  // Several lines: the browser's user agent says Windows, and typed line breaks must still be LF.
  await page.keyboard.type("export ZEEBE_CLIENT_ID='abc'");
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type("export CAMUNDA_CLUSTER_REGION='syd 1'");
  await expect(problemsList(page).locator('li[data-code="invalid-region"]')).toContainText('Line 2:');
  await expect(problemsList(page).locator('li[data-code="windows-line-endings"]')).toHaveCount(0);
  await expect(page.locator('.squiggly-error').first()).toBeVisible();
});

test('an uploaded Console file becomes the loaded credentials', async ({ page, problems }) => {
  await openPlaygroundEditor(page);
  await upload(page, { name: 'CamundaCredentials.sh', mimeType: 'text/x-sh', buffer: Buffer.from(CONSOLE_FILE) });
  await expect(page.getByTestId('editor-notice')).toContainText('Read "CamundaCredentials.sh"');
  await expect(page.getByTestId('problems-summary')).toHaveText('No problems found.');
  const summary = page.getByTestId('credentials-summary');
  await expect(summary).toContainText(CLIENT_ID);
  await expect(summary).toContainText(CLUSTER);
  await expect(summary).not.toContainText(SECRET);
  await expect(summary).toContainText('Not registered with the mock');
  // A real file is unknown to the mock: 401 until "accept any" is on.
  await requestTokenAndExpect(page, 401);
  await page.getByText('Mock server settings and faults').click();
  await page.getByLabel(/Accept any well-formed credentials/).check();
  await page.getByRole('button', { name: 'Request token' }).click();
  await expect(page.getByTestId('token-http-response')).toContainText(/HTTP\/1.1 (200|429)/);
  await expectSecretNowhere(page, SECRET, problems.consoleLines);
});

test('a huge Ctrl+V into the editor is refused before it reaches the editor', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openPlaygroundEditor(page);
  await editorOf(page).focus();
  await page.evaluate((size) => navigator.clipboard.writeText('x'.repeat(size)), 5 * 1024 * 1024);
  await page.keyboard.press('ControlOrMeta+V');
  await expect(page.getByRole('alert').filter({ hasText: 'The clipboard holds 5,242,880 characters' })).toBeVisible();
  await expect(page.getByTestId('problems-summary')).toContainText('Nothing to check yet');
  // An ordinary paste still goes in.
  await page.evaluate((text) => navigator.clipboard.writeText(text), CONSOLE_FILE);
  await editorOf(page).focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(page.getByTestId('credentials-summary')).toContainText(CLIENT_ID);
});

test('a file dropped onto the editor is loaded', async ({ page }) => {
  await openPlaygroundEditor(page);
  const zone = page.getByTestId('credentials-drop-zone');
  const transfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.sh', { type: 'text/plain' }));
    return dt;
  }, CONSOLE_FILE);
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await expect(page.getByText('Drop the file to load it')).toBeVisible();
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByTestId('editor-notice')).toContainText('Read "dropped.sh"');
  await expect(page.getByTestId('credentials-summary')).toContainText(CLIENT_ID);
});

test('a 5 MB upload is refused with a size message, and the page still answers', async ({ page }) => {
  await openPlaygroundEditor(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Upload file', exact: true }).click();
  await (await chooser).setFiles({ name: 'server.log', mimeType: 'text/plain', buffer: Buffer.alloc(5 * 1024 * 1024, 'a') });
  // How fast the refusal comes is the bench's business (the parser's 5 MB figure), not a test's.
  await expect(page.getByRole('alert').filter({ hasText: '"server.log" is 5.2 MB' })).toBeVisible();
  await expect(page.getByTestId('problems-summary')).toContainText('Nothing to check yet');
  // The page still answers.
  await page.getByRole('button', { name: 'Generate mock credentials' }).click();
  await expect(page.getByTestId('problems-summary')).toHaveText('No problems found.');
});

test('Console walk-through: the secret is shown once, the download reads back, and it gets a token', async ({ page, problems }) => {
  await openPlaygroundEditor(page);
  await page.getByText('Create a client in a simulated Console').click();
  const consoleRegion = page.getByRole('region', { name: 'Simulated Console' });
  await consoleRegion.getByRole('tab', { name: 'API' }).click();
  await expect(consoleRegion.getByRole('tab', { name: 'API' })).toHaveAttribute('aria-selected', 'true');
  await consoleRegion.getByRole('button', { name: 'Create new client' }).click();

  const form = page.getByRole('dialog', { name: 'Create new client' });
  await form.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(form).toContainText('Give the client a name');
  await form.getByLabel('Client name').fill('order-worker');
  await form.getByLabel('Orchestration Cluster API').check();
  await form.getByRole('button', { name: 'Create', exact: true }).click();

  const shown = page.getByRole('dialog', { name: 'Client credentials for order-worker' });
  await expect(shown).toBeVisible();
  await expect(shown.getByTestId('secret-once-warning')).toContainText('shown only this once');
  const clientId = (await shown.getByTestId('console-client-id').textContent()) ?? '';
  expect(clientId).toMatch(/^[A-Za-z0-9._~-]{32}$/);
  await expect(shown.getByTestId('console-client-secret')).toContainText('••••••••');
  await shown.getByRole('button', { name: 'Show secret' }).click();
  const secret = (await shown.getByTestId('console-client-secret').textContent()) ?? '';
  expect(secret).toMatch(/^[A-Za-z0-9._~-]{64}$/);

  const downloadEvent = page.waitForEvent('download');
  await shown.getByRole('button', { name: 'Download credentials' }).click();
  const download = await downloadEvent;
  expect(download.suggestedFilename()).toBe('CamundaCredentials.sh');
  const path = await download.path();
  const text = await readFile(path, 'utf8');
  expect(text).toContain(`export ZEEBE_CLIENT_ID='${clientId}'\n`);
  expect(text).toContain(`export ZEEBE_CLIENT_SECRET='${secret}'\n`);
  expect(text.split('\n')[0]).toMatch(/^export ZEEBE_ADDRESS='[0-9a-f-]{36}\.bru-2\.zeebe\.camunda\.io:443'$/);

  await shown.getByRole('button', { name: 'Close' }).click();
  await expect(shown).toBeHidden();
  const list = consoleRegion.getByTestId('console-client-list');
  await expect(list).toContainText('order-worker');
  await expect(list).toContainText(clientId);
  await expect(consoleRegion).not.toContainText(secret);

  // The new client is loaded in the playground; re-reading the download gives the same one.
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await expect(page.getByTestId('credentials-summary')).toHaveCount(0);
  await upload(page, path);
  const summary = page.getByTestId('credentials-summary');
  await expect(summary).toContainText(clientId);
  await expect(page.getByTestId('problems-summary')).toHaveText('No problems found.');
  expect(await revealedSummarySecret(page)).toBe(secret);

  await requestTokenAndExpect(page, 200);
  await expectSecretNowhere(page, secret, problems.consoleLines);
});

test('"Remember for this tab" keeps the credentials across a reload, in sessionStorage only', async ({ page, problems }) => {
  await openPlaygroundEditor(page);
  await page.getByRole('button', { name: 'Generate mock credentials' }).click();
  const secret = await revealedSummarySecret(page);
  const clientId = (await page.getByTestId('credentials-summary').locator('dd code').first().textContent()) ?? '';

  // Without the tick, a reload forgets everything.
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'mock auth server is running' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('credentials-summary')).toHaveCount(0);
  await expectSecretNowhere(page, secret, problems.consoleLines);

  await page.getByRole('button', { name: 'Generate mock credentials' }).click();
  const secret2 = await revealedSummarySecret(page);
  await page.getByLabel('Remember for this tab').check();
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'mock auth server is running' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByLabel('Remember for this tab')).toBeChecked();
  expect(await revealedSummarySecret(page)).toBe(secret2);
  expect(secret2).not.toBe(secret);
  expect(clientId).not.toBe('');
  const storage = await page.evaluate(() => ({ local: JSON.stringify(localStorage), session: JSON.stringify(sessionStorage), cookie: document.cookie }));
  expect(storage.session).toContain(secret2);
  expect(storage.local).not.toContain(secret2);
  expect(storage.cookie).not.toContain(secret2);
  expect(page.url()).not.toContain(secret2);
  // Re-registered with the fresh mock after the reload.
  await requestTokenAndExpect(page, 200);

  await page.getByLabel('Remember for this tab').uncheck();
  await expectSecretNowhere(page, secret2, problems.consoleLines);
});

test('a client created on the guide page works in the playground', async ({ page, problems }) => {
  await page.goto('docs/create-a-client');
  await scrollToWidget(page);
  const consoleRegion = page.getByRole('region', { name: 'Simulated Console' });
  await consoleRegion.getByRole('tab', { name: 'Overview' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(consoleRegion.getByRole('tab', { name: 'API' })).toBeFocused();
  await consoleRegion.getByRole('button', { name: 'Create new client' }).click();
  const form = page.getByRole('dialog', { name: 'Create new client' });
  await form.getByLabel('Client name').fill('guide-client');
  await form.getByLabel('Orchestration Cluster API').check();
  await form.getByRole('button', { name: 'Create', exact: true }).click();
  const shown = page.getByRole('dialog', { name: /Client credentials/ });
  await shown.getByRole('button', { name: 'Show secret' }).click();
  const secret = (await shown.getByTestId('console-client-secret').textContent()) ?? '';
  await page.keyboard.press('Escape');
  await expect(shown).toBeHidden();
  await consoleRegion.getByRole('link', { name: 'playground' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Token playground' })).toBeVisible();
  await scrollThroughPage(page);
  await expect(page.getByRole('status').filter({ hasText: 'mock auth server is running' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('credentials-summary')).toContainText('simulated Console');
  await requestTokenAndExpect(page, 200);
  await expectSecretNowhere(page, secret, problems.consoleLines);
});

test('the checker on "Your credentials file" lists problems by line', async ({ page }) => {
  await page.goto('docs/credentials-file');
  await expect(page.getByRole('region', { name: 'Environment variables' })).toContainText('ZEEBE_CLIENT_SECRET');
  await scrollToWidget(page);
  await page.getByLabel('Credentials file to check').fill(BROKEN_FILE);
  const list = page.getByRole('list', { name: 'Problems' });
  await expect(list.locator('li[data-line="4"]')).toContainText('never closed');
  await expect(list.locator('li[data-severity="error"]')).toHaveCount(3);
  await page.getByLabel('Credentials file to check').fill(CONSOLE_FILE);
  await expect(page.getByTestId('problems-summary')).toHaveText('No problems found.');
  await expect(page.getByText('Read as Console shell file')).toContainText(CLIENT_ID);
  await expect(page.getByText('Read as Console shell file')).not.toContainText(SECRET);
});
