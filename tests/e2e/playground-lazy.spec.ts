import { test, expect } from './support/fixtures';

/**
 * Issue: a phone evaluated and drew every playground panel before the page answered a tap. The
 * panels below the first screen now arrive as the reader scrolls to them; their sections'
 * headings are in the page from the start, so the guided run's links still land.
 */
test.use({ viewport: { width: 375, height: 812 } });

test('on a phone, the panels further down load when the reader scrolls to them, not with the page', async ({ page }) => {
  await page.goto('playground');
  await page.waitForLoadState('networkidle');
  const inspect = page.locator('section[aria-labelledby="inspect-heading"]');
  const call = page.locator('section[aria-labelledby="call-heading"]');
  await expect(inspect.getByRole('heading', { name: '3. Inspect the token' })).toBeAttached();
  await expect(inspect.getByTestId('widget-placeholder')).toContainText('Loading the token inspector');
  await expect(call.getByTestId('widget-placeholder').first()).toContainText('Loading the cluster call');

  await inspect.getByRole('heading').scrollIntoViewIfNeeded();
  await expect(inspect.getByLabel('Token', { exact: true })).toBeVisible();
  await expect(inspect.getByTestId('widget-placeholder')).toHaveCount(0);
  await call.getByRole('heading').scrollIntoViewIfNeeded();
  // The driven client waits inside its closed <details> until the reader opens it.
  await expect(call.getByTestId('widget-placeholder')).toHaveCount(1);
  await expect(call.getByTestId('widget-placeholder')).toContainText('Loading the driven client');
  await call.getByText('Drive a client with a token cache').click();
  await expect(call.getByTestId('widget-placeholder')).toHaveCount(0);
});

test('a shared token in the address loads the inspector at once, without scrolling', async ({ page }) => {
  await page.goto('playground#token=eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.');
  const inspect = page.locator('section[aria-labelledby="inspect-heading"]');
  await expect(inspect.getByLabel('Token', { exact: true })).toHaveValue('eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.');
});
