import { test, expect } from './support/fixtures';

test('a newcomer opens the Quickstart from the home page and their language follows them', async ({ page }) => {
  await page.goto('');
  await page.getByRole('link', { name: 'Open the Quickstart' }).click();
  await expect(page).toHaveURL(/docs\/quickstart$/);
  await expect(page.getByRole('heading', { level: 1, name: /Quickstart/ })).toBeVisible();

  // Choose Python: its worker file is shown, with the command and the checkpoint.
  await page.getByRole('tab', { name: 'Python' }).click();
  await expect(page.getByRole('tab', { name: 'Python' })).toHaveAttribute('aria-selected', 'true');
  const python = page.getByRole('tabpanel').filter({ hasText: 'pyzeebe' });
  await expect(python).toContainText('create_camunda_cloud_channel()');
  await expect(python).toContainText('You should see');

  // The Node.js tab shows the tested worker file itself.
  await page.getByRole('tab', { name: 'Node.js' }).click();
  await expect(page.getByRole('tabpanel').filter({ hasText: 'worker.ts' })).toContainText('getCamundaRestClient().getTopology()');

  // Back to Python, then on to Connect your client: the same language tab is already chosen there.
  await page.getByRole('tab', { name: 'Python' }).click();
  await page.getByRole('link', { name: 'Connect your client' }).last().click();
  await expect(page).toHaveURL(/docs\/connect-your-client/);
  await expect(page.getByRole('tab', { name: 'Python', exact: true })).toHaveAttribute('aria-selected', 'true');
});
