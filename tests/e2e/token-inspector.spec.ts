import AxeBuilder from '@axe-core/playwright';
import { SignJWT, exportJWK, generateKeyPair, type JWK } from 'jose';
import type { Page, Request } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { scrollToWidget, openPlayground } from './support/widgets';

// A fixed "now" for the browser: 2025-03-11T07:04:17Z, the iat of the real token in the domain notes.
const NOW_S = 1741676657;
const NOW = NOW_S * 1000;
const IAT = NOW_S - 60; // issued a minute ago, so the countdown reads "23 h 59 min"
const EXP = IAT + 86_400;
const CLUSTER = '5c34c0a7-7f29-4424-8414-125615f7a9b9';
const CLIENT = 'inspector-test-client-0123456789';

let token: string;
let publicJwk: JWK;

test.beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  publicJwk = { ...(await exportJWK(publicKey)), kid: 'test-key-1', alg: 'RS256', use: 'sig' };
  token = await new SignJWT({
    'https://camunda.com/clusterId': CLUSTER,
    'https://camunda.com/orgId': 'a3c5e7f9-0000-4000-8000-000000000001',
    'https://camunda.com/clientId': CLIENT,
    sub: `${CLIENT}@clients`,
    aud: 'zeebe.camunda.io',
    scope: CLUSTER,
    gty: 'client-credentials',
    azp: CLIENT,
  })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: 'test-key-1' })
    .setIssuer('https://weblogin.cloud.camunda.io/')
    .setIssuedAt(IAT)
    .setExpirationTime(EXP)
    .sign(privateKey);
});

const b64 = (text: string) => Buffer.from(text).toString('base64url');

async function openGuide(page: Page, hash = '') {
  await page.clock.setFixedTime(NOW);
  await page.goto(`docs/access-tokens${hash}`);
  await expect(page.getByRole('heading', { name: 'Inspect a token' })).toBeVisible();
  await scrollToWidget(page);
}

test('a pasted token shows its parts, claims, expiry countdown and expired state', async ({ page }) => {
  await openGuide(page);
  await page.getByLabel('Token', { exact: true }).fill(`Bearer ${token}`);

  await expect(page.getByText('Removed the "Bearer " prefix')).toBeVisible();
  const state = page.getByTestId('token-state');
  await expect(state).toContainText('Valid: expires in 23 h 59 min.');
  const exp = page.locator('[data-time-claim="exp"]');
  await expect(exp).toContainText(new Date(EXP * 1000).toISOString().replace('.000Z', 'Z'));
  await expect(exp).toContainText('expires in 23 h 59 min');
  await expect(page.locator('[data-time-claim="iat"]')).toContainText('issued 1 min ago');
  await expect(page.getByTestId('token-lifetime')).toContainText('Lifetime 24 h, as Camunda SaaS issues.');
  const bar = page.getByRole('progressbar', { name: 'Lifetime used' });
  await expect(bar).toHaveAttribute('aria-valuenow', '0.1');

  // Three parts, three colours.
  const colours = await page.getByTestId('token-parts').locator('[data-segment]').evaluateAll((els) =>
    els.map((el) => `${el.getAttribute('data-segment')}:${getComputedStyle(el).color}`),
  );
  expect(colours.map((c) => c.split(':')[0])).toEqual(['header', 'payload', 'signature']);
  expect(new Set(colours.map((c) => c.split(':')[1])).size).toBe(3);

  // Camunda's own claim is explained and linked to its documentation.
  const clusterRow = page.locator('tr[data-claim="https://camunda.com/clusterId"]');
  await expect(clusterRow).toContainText('Camunda cluster id');
  await expect(clusterRow.getByRole('link')).toHaveAttribute('href', /docs\.camunda\.io/);
  await expect(page.locator('tr[data-claim="exp"]').getByRole('link', { name: 'RFC 7519 §4.1.4' })).toBeVisible();

  // Camunda checks, per chosen API.
  await expect(page.locator('[data-check="audience"]')).toHaveAttribute('data-status', 'pass');
  await expect(page.locator('[data-check="issuer"]')).toHaveAttribute('data-status', 'pass');
  await expect(page.locator('[data-check="not-expired"]')).toHaveAttribute('data-status', 'pass');
  await page.getByLabel('API you will call').selectOption({ label: 'Tasklist (tasklist.camunda.io)' });
  await expect(page.locator('[data-check="audience"]')).toHaveAttribute('data-status', 'fail');
  await expect(page.locator('[data-check="audience"]')).toContainText('Tasklist will answer 401');

  // Verify with a pasted key set; a key with another kid is refused with the reason.
  await page.getByLabel('Verify with').selectOption('key');
  await page.getByLabel('Verification key').fill(JSON.stringify({ keys: [publicJwk] }));
  await expect(page.getByTestId('verification-result')).toContainText('Signature valid.');
  await page.getByLabel('Verification key').fill(JSON.stringify({ keys: [{ ...publicJwk, kid: 'other' }] }));
  await expect(page.getByTestId('verification-result')).toContainText('No key in this set has the token\'s kid "test-key-1"');
  await page.getByLabel('Verification key').fill('https://weblogin.cloud.camunda.io/.well-known/jwks.json');
  await expect(page.getByText('never fetches anything from the internet')).toBeVisible();

  // Time moves on past exp: the page says so without a reload.
  await page.clock.setFixedTime((EXP + 5 * 60) * 1000);
  await expect(state).toContainText('Expired 5 min ago.');
  await expect(bar).toHaveAttribute('aria-valuenow', '100');
  await expect(page.locator('[data-check="not-expired"]')).toHaveAttribute('data-status', 'fail');
});

test('values in milliseconds and a token that is not valid yet are called out', async ({ page }) => {
  await openGuide(page);
  const header = b64(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = b64(JSON.stringify({ iat: IAT * 1000, exp: EXP * 1000, nbf: NOW_S + 3600 }));
  await page.getByLabel('Token', { exact: true }).fill(`${header}.${payload}.${b64('x'.repeat(32))}`);
  await expect(page.getByText(/"exp" is \d+, which looks like milliseconds/)).toBeVisible();
  await expect(page.getByTestId('token-state')).toContainText('Not valid yet: becomes valid in 1 h.');
});

const BROKEN: [string, (t: string) => string, RegExp][] = [
  ['two parts', (t) => t.split('.').slice(0, 2).join('.'), /The token has two parts/],
  ['a bad base64url character', (t) => `${t.slice(0, 10)}*${t.slice(11)}`, /contains "\*" at position 10/],
  ['a header that is not JSON', (t) => `${b64('{"alg":"RS256"')}.${t.split('.')[1]}.${t.split('.')[2]}`, /The header decodes to text that is not valid JSON/],
  ['an encrypted JWE', () => `${b64(JSON.stringify({ alg: 'RSA-OAEP', enc: 'A256GCM' }))}.a.b.c.d`, /This is an encrypted token \(JWE, five parts\) \(enc A256GCM\)/],
  ['a Bearer prefix', (t) => `Bearer ${t}`, /Removed the "Bearer " prefix/],
  ['quotes and a line break', (t) => `"${t.slice(0, 40)}\n${t.slice(40)}"`, /Removed the " quotes around the token[\s\S]*Removed 1 line break/],
  ['whitespace around it', (t) => `   ${t}\n\n`, /Removed spaces or line breaks around the token/],
];

test('each kind of broken token gets a precise message', async ({ page }) => {
  await openGuide(page);
  const input = page.getByLabel('Token', { exact: true });
  const notes = page.getByRole('list', { name: 'What the inspector noticed' });
  for (const [, breakIt, message] of BROKEN) {
    await input.fill(breakIt(token));
    await expect(notes).toContainText(message);
  }
  // The bad character is marked on the token itself.
  await input.fill(BROKEN[1][1](token));
  await expect(page.getByTestId('token-parts').locator('mark')).toHaveText('*');
});

test('a 5 MB paste is refused with a message, and never reaches the field', async ({ page }) => {
  await openGuide(page);
  const input = page.getByLabel('Token', { exact: true });
  await input.focus();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'eyJ'.padEnd(5 * 1024 * 1024, 'A'));
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole('alert')).toContainText('The pasted text has 5,242,880 characters; this inspector reads at most 65,536');
  await expect(input).toHaveValue('');
  // Typing (or a script filling the field) is refused the same way.
  await input.fill('x'.repeat(70_000));
  await expect(page.getByRole('alert')).toContainText('The pasted text has 70,000 characters');
  await expect(input).toHaveValue('');
});

test('the share link carries the token only after "#", and opening it sends the token nowhere', async ({ page, context }) => {
  await openGuide(page);
  await page.getByLabel('Token', { exact: true }).fill(token);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  const [beforeHash, fragment] = link.split('#');
  expect(beforeHash).not.toContain(token.split('.')[1]);
  expect(new URL(link).search).toBe('');
  expect(fragment).toBe(`token=${token}`);
  await expect(page.getByRole('note')).toContainText('This token is still valid.');
  await expect(page.getByRole('note')).toContainText('An access token is a credential');

  const opened = await context.newPage();
  const carried: string[] = [];
  const payloadPart = token.split('.')[1];
  opened.on('request', (request: Request) => {
    const all = `${request.url()} ${request.postData() ?? ''} ${JSON.stringify(request.headers())}`;
    if (all.includes(payloadPart)) carried.push(request.url());
  });
  await opened.clock.setFixedTime(NOW);
  await opened.goto(link);
  await expect(opened.getByLabel('Token', { exact: true })).toHaveValue(token);
  await expect(opened.getByTestId('token-state')).toContainText('Valid: expires in 23 h 59 min.');
  await expect(opened.locator('tr[data-claim="sub"]')).toContainText(`${CLIENT}@clients`);
  await opened.waitForLoadState('networkidle');
  expect(carried).toEqual([]);
  const stored = await opened.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
  expect(stored).not.toContain(payloadPart);
  await opened.close();
});

test('the playground opens a token from its address fragment without sending it', async ({ page }) => {
  const payloadPart = token.split('.')[1];
  const carried: string[] = [];
  page.on('request', (request: Request) => {
    if (`${request.url()} ${request.postData() ?? ''} ${JSON.stringify(request.headers())}`.includes(payloadPart)) carried.push(request.url());
  });
  await page.clock.setFixedTime(NOW);
  await page.goto(`playground#token=${token}`);
  const inspector = page.locator('section[aria-labelledby="inspect-heading"]');
  await expect(inspector.getByLabel('Token', { exact: true })).toHaveValue(token);
  await expect(inspector.getByTestId('token-state')).toContainText('Valid: expires in 23 h 59 min.');
  // Signed by the test's key, not the mock's: the kid is not in the mock's key set, and the page says why.
  await expect(inspector.getByTestId('verification-result')).toContainText('No key in this set has the token\'s kid "test-key-1"');
  await page.waitForLoadState('networkidle');
  expect(carried).toEqual([]);
});

test('the playground decodes and verifies the token the mock just issued', async ({ page }) => {
  await openPlayground(page);
  await page.getByText('Mock server settings and faults').click();
  await page.getByLabel(/Accept any well-formed credentials/).check();
  await page.getByLabel('Client ID').fill('AbCdEfGhIjKlMnOpQrStUvWxYz012345');
  await page.getByLabel('Client secret').fill('s3cr3t-._~'.padEnd(64, 'Z'));
  await page.getByRole('button', { name: 'Request token' }).click();

  const inspector = page.locator('section[aria-labelledby="inspect-heading"]');
  await expect(inspector.getByLabel('Token', { exact: true })).toHaveValue(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
  await expect(inspector.getByTestId('token-state')).toContainText(/Valid: expires in (23 h 59 min|1 d)/);
  await expect(inspector.getByTestId('verification-result')).toContainText('Signature valid.');
  await expect(inspector.getByTestId('verification-result')).toContainText('mock authorization server');
  await expect(inspector.locator('[data-check="issuer"]')).toHaveAttribute('data-status', 'pass');
  await expect(inspector.locator('[data-check="audience"]')).toHaveAttribute('data-status', 'pass');
  await expect(inspector.locator('tr[data-claim="https://camunda.com/clientId"]')).toContainText('AbCdEfGhIjKlMnOpQrStUvWxYz012345');
});

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).include('[data-testid="token-inspector"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    test(`a broken token and its marked character are accessible in ${scheme} mode`, async ({ page }) => {
      await openGuide(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await page.getByLabel('Token', { exact: true }).fill(`${token.slice(0, 12)}*${token.slice(13)}`);
      await expect(page.getByTestId('token-parts').locator('mark')).toBeVisible();
      await expectAccessible(page);
    });
    test(`a decoded token with every panel open is accessible in ${scheme} mode`, async ({ page }) => {
      await openGuide(page);
      await page.getByLabel('Token', { exact: true }).fill(token);
      await page.getByRole('button', { name: 'Copy share link' }).click();
      await page.getByLabel('Verify with').selectOption('secret');
      await expect(page.getByText('Type the shared secret')).toBeVisible();
      await page.getByText('When the official clients would renew this token').click();
      await expectAccessible(page);
    });
  });
}

test('on the guide page the inspector loads when the reader scrolls to it, not with the page', async ({ page }) => {
  await page.goto('docs/access-tokens', { waitUntil: 'networkidle' });
  await expect(page.getByTestId('widget-placeholder')).toContainText('Loading the token inspector');
  await expect(page.getByLabel('Token', { exact: true })).toHaveCount(0);
  await scrollToWidget(page);
  await expect(page.getByLabel('Token', { exact: true })).toBeVisible();
});
