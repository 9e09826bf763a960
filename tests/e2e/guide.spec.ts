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

test('the guide shows the three steps as a sequence diagram', async ({ page }) => {
  await page.goto('docs/how-authentication-works');
  // The diagram is below the first screen: it is drawn when the reader scrolls to it.
  const placeholder = page.locator('[data-mermaid-placeholder]');
  await expect(placeholder).toContainText('drawn when you scroll to it');
  await placeholder.scrollIntoViewIfNeeded();
  const diagram = page.locator('.docusaurus-mermaid-container svg');
  await expect(diagram).toBeVisible();
  await expect(placeholder).toHaveCount(0);
  await expect(diagram).toContainText('Authorization server');
  await expect(diagram).toContainText('Authorization: Bearer');
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
