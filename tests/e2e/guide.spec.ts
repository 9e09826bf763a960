import { test, expect } from './support/fixtures';

test('the home page leads a newcomer to the guide', async ({ page }) => {
  await page.goto('');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Camunda 8 client');
  await page.getByRole('link', { name: 'Read the guide' }).click();
  await expect(page).toHaveURL(/docs\/how-authentication-works$/);
  await expect(page.getByRole('heading', { level: 1, name: 'How authentication works' })).toBeVisible();
});

test('the home page leads to the playground', async ({ page }) => {
  await page.goto('');
  await page.getByRole('link', { name: 'Open the playground' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Token playground' })).toBeVisible();
});

test('the guide shows the three steps as a sequence diagram, drawn into the page itself', async ({ page, browser }) => {
  await page.goto('docs/how-authentication-works');
  const diagram = page.getByRole('img', { name: /client application asks the authorization server for a token/ });
  await diagram.scrollIntoViewIfNeeded();
  await expect(diagram).toBeVisible();
  await expect(diagram).toContainText('Authorization server');
  await expect(diagram).toContainText('1. POST /oauth/token');
  await expect(diagram).toContainText('Authorization: Bearer <access_token>');
  // Part of the HTML: a reader without JavaScript sees it too.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const bare = await context.newPage();
  await bare.goto(page.url());
  await expect(bare.locator('figure svg')).toContainText('login.cloud.camunda.io');
  await context.close();
});

test('offline search finds guide pages', async ({ page }) => {
  await page.goto('');
  const search = page.getByRole('searchbox').or(page.getByPlaceholder('Search')).first();
  await search.click();
  await search.fill('rate limit');
  const suggestion = page.getByRole('option').filter({ hasText: /rate limit/i }).first();
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(page).toHaveURL(/docs\//);
});

test('the theme switch turns on dark mode and keeps it across pages', async ({ page }) => {
  await page.goto('docs/how-authentication-works');
  const toggle = page.getByRole('button', { name: /switch between dark and light mode/i });
  // The switch cycles system, light, dark.
  for (let i = 0; i < 3 && (await page.locator('html').getAttribute('data-theme')) !== 'dark'; i++) {
    await toggle.click();
  }
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
