import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';

// Code blocks keep the HTML the server highlighted, take their colours from a stylesheet per
// colour mode, and are highlighted in the browser only for code the page has not shown yet.
// These tests look at what the reader sees in each of those cases.

const colourOf = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((element) => getComputedStyle(element).color);
const backgroundOf = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((element) => getComputedStyle(element).backgroundColor);

async function switchTo(page: Page, mode: 'light' | 'dark') {
  const toggle = page.getByRole('button', { name: /switch between dark and light mode/i });
  // The switch cycles system, light, dark.
  for (let i = 0; i < 3 && (await page.locator('html').getAttribute('data-theme')) !== mode; i++) await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
}

const JSON_STRING = '.language-json .token.string';

test('code is highlighted in light and dark mode, and the switch recolours it at once', async ({ page, browser }) => {
  await page.goto('docs/access-tokens');
  const block = page.locator('.theme-code-block').filter({ hasText: 'https://camunda.com/clusterId' });
  await expect(block.locator('.token.property').first()).toHaveText('"https://camunda.com/clusterId"');
  await switchTo(page, 'light');
  const read = async () => ({ text: await colourOf(page, '.theme-code-block'), string: await colourOf(page, JSON_STRING), background: await backgroundOf(page, '.theme-code-block') });
  const light = await read();
  // Strings stand out from the rest of the code.
  expect(light.string).not.toBe(light.text);

  await switchTo(page, 'dark');
  const dark = await read();
  expect(dark.string).not.toBe(dark.text);
  expect(dark.string).not.toBe(light.string);
  expect(dark.background).not.toBe(light.background);

  // A page opened in dark mode shows the dark colours as it arrives, before any script of the
  // site has run: here the site's scripts never arrive at all.
  const storage = await page.context().storageState();
  const context = await browser.newContext({ storageState: storage, colorScheme: 'dark' });
  const bare = await context.newPage();
  await bare.route('**/assets/js/**', (route) => route.abort());
  await bare.goto(page.url());
  await expect(bare.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect({ text: await colourOf(bare, '.theme-code-block'), string: await colourOf(bare, JSON_STRING), background: await backgroundOf(bare, '.theme-code-block') }).toEqual(dark);
  await context.close();
});

test('a page reached by a link highlights its code like a page opened directly, in every language', async ({ page }) => {
  await page.goto('docs/quickstart');
  const panel = page.getByRole('tabpanel').filter({ hasText: 'CamundaClient' }).first();
  const keywordColour = await panel.locator('.language-java .token.keyword').first().evaluate((element) => getComputedStyle(element).color);

  // Now arrive by a link: the page is rendered in the browser, not from the server's HTML.
  await page.goto('');
  await page.getByRole('link', { name: 'Open the Quickstart' }).click();
  await expect(page).toHaveURL(/docs\/quickstart$/);
  await page.getByRole('tab', { name: 'Java', exact: true }).click();
  const java = page.getByRole('tabpanel').filter({ hasText: 'CamundaClient' }).first();
  await expect(java.locator('.language-java .token.keyword').first()).toBeVisible();
  expect(await java.locator('.language-java .token.keyword').first().evaluate((element) => getComputedStyle(element).color)).toBe(keywordColour);
  // C# and bash are languages the site adds to Prism; they are highlighted too.
  await page.getByRole('tab', { name: 'C#' }).click();
  await expect(page.getByRole('tabpanel').locator('.language-csharp .token.keyword').first()).toBeVisible();
  await expect(page.locator('.language-bash .token').first()).toBeAttached();
});

test('a block the server highlighted still copies its code and wraps its lines', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('docs/access-tokens');
  const block = page.locator('.theme-code-block').filter({ hasText: "TOKEN='<paste the token>'" });
  await block.scrollIntoViewIfNeeded();
  await block.hover();
  await block.getByRole('button', { name: /copy code/i }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain("echo \"$TOKEN\" | cut -d. -f2 | tr '_-' '/+'");

  const code = block.locator('code');
  await block.getByRole('button', { name: /toggle word wrap/i }).click();
  await expect(code).toHaveCSS('white-space', 'pre-wrap');
  await block.getByRole('button', { name: /toggle word wrap/i }).click();
  await expect(code).not.toHaveCSS('white-space', 'pre-wrap');
});

test('a tab chosen on one visit is open on the next, with its code highlighted', async ({ page }) => {
  await page.goto('docs/quickstart');
  await page.getByRole('tab', { name: 'Python' }).click();
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Python' })).toHaveAttribute('aria-selected', 'true');
  const python = page.getByRole('tabpanel').filter({ hasText: 'pyzeebe' }).first();
  await expect(python).toBeVisible();
  await expect(python.locator('.language-python .token.keyword').first()).toBeVisible();
  // Keyboard use of the tab list is unchanged: arrows move, Enter chooses.
  await page.getByRole('tab', { name: 'Python' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Python' })).toHaveAttribute('aria-selected', 'false');
});

test('links on a page still prefetch the pages they lead to, after the page has settled', async ({ page }) => {
  await page.goto('docs/access-tokens');
  await expect.poll(() => page.locator('link[rel="prefetch"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  // A prefetched page opens from its link.
  await page.getByRole('link', { name: 'Caching and rate limits' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Caching/);
});
