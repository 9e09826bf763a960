import { test, expect } from './support/fixtures';
import { scrollToWidget } from './support/widgets';

// The Camunda version choice: snippets, the variables table and the simulated Console follow it,
// it is remembered from page to page, and a link can set it.

test('switching the Camunda version changes the Spring properties, the scopes and the Console', async ({ page }) => {
  await page.goto('docs/connect-your-client');
  await page.getByRole('tab', { name: 'Spring Boot' }).click();
  await page.getByRole('tab', { name: 'application.properties', exact: true }).click();
  const props = page.getByTestId('snippet-spring-properties');
  const versionSwitch = page.getByRole('group', { name: 'Camunda version' });
  await expect(versionSwitch.getByLabel('8.8 and newer')).toBeChecked();
  await expect(props).toContainText('camunda.client.cloud.cluster-id=');
  await expect(props).toContainText('camunda.client.cloud.region=');

  await versionSwitch.getByLabel('8.6 / 8.7').check();
  await expect(props).toContainText('camunda.client.cluster-id=');
  await expect(props).toContainText('camunda.client.region=');
  await expect(props).not.toContainText('camunda.client.cloud.');

  // Another page remembers the choice: the Console offers the 8.7 scopes.
  await page.goto('docs/create-a-client');
  await scrollToWidget(page);
  const consoleSwitch = page.getByRole('group', { name: 'Camunda version' });
  await expect(consoleSwitch.getByLabel('8.6 / 8.7')).toBeChecked();
  const consoleRegion = page.getByRole('region', { name: 'Simulated Console' });
  await expect(consoleRegion).toContainText('Camunda 8.6 / 8.7 (simulated)');
  await consoleRegion.getByRole('tab', { name: 'API' }).click();
  await consoleRegion.getByRole('button', { name: 'Create new client' }).click();
  const form = page.getByRole('dialog', { name: 'Create new client' });
  await expect(form.getByRole('checkbox')).toHaveCount(5);
  await expect(form.getByLabel('Tasklist')).toBeVisible();
  await expect(form.getByLabel('Secrets')).toBeVisible();
  await expect(form).not.toContainText('Orchestration Cluster API');
  await form.getByRole('button', { name: 'Cancel' }).click();

  await consoleSwitch.getByLabel('8.8 and newer').check();
  await consoleRegion.getByRole('tab', { name: 'Overview' }).click();
  await expect(consoleRegion).toContainText('Camunda 8.8 and newer (simulated)');
  await consoleRegion.getByRole('tab', { name: 'API' }).click();
  await consoleRegion.getByRole('button', { name: 'Create new client' }).click();
  await expect(form.getByRole('checkbox')).toHaveCount(3);
  await expect(form.getByLabel('Orchestration Cluster API')).toBeVisible();
  await expect(form.getByLabel('Optimize API')).toBeVisible();
  await expect(form.getByLabel('Administration API')).toBeVisible();
  await form.getByLabel('Client name').fill('version-client');
  await form.getByLabel('Orchestration Cluster API').check();
  await form.getByRole('button', { name: 'Create', exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(consoleRegion.getByTestId('console-client-list')).toContainText('Orchestration Cluster API');

  // Only the choice is stored, nothing else.
  const stored = await page.evaluate(() => Object.entries(window.localStorage).filter(([k]) => k.startsWith('camunda-guide')));
  expect(stored).toEqual([['camunda-guide.camunda-version', '8.8']]);
});

test('a link with ?camunda=8.7 sets the version, and the variables table follows it', async ({ page }) => {
  await page.goto('docs/credentials-file?camunda=8.7');
  await expect(page.getByRole('group', { name: 'Camunda version' }).first().getByLabel('8.6 / 8.7')).toBeChecked();
  const spring = page.getByRole('region', { name: /Spring Boot settings/ });
  await expect(spring.getByRole('rowheader', { name: 'camunda.client.auth.issuer' })).toBeVisible();
  await expect(spring.getByRole('rowheader', { name: 'camunda.client.auth.token-url' })).toHaveCount(0);

  await page.getByRole('group', { name: 'Camunda version' }).first().getByLabel('8.8 and newer').check();
  await expect(spring.getByRole('rowheader', { name: 'camunda.client.auth.token-url' })).toBeVisible();
  await expect(spring.getByRole('rowheader', { name: 'camunda.client.auth.issuer' })).toHaveCount(0);
  // Every table carries where its facts come from.
  await expect(page.getByRole('link', { name: 'CamundaClientEnvironmentVariables.java' }).first()).toHaveAttribute('href', /github\.com\/camunda\/camunda/);
});

test('the checker follows the version and reads a Self-Managed file without SaaS errors', async ({ page }) => {
  await page.goto('docs/credentials-file');
  await scrollToWidget(page);
  const box = page.getByLabel('Credentials file to check');
  const main = page.locator('main');
  await box.fill('camunda.client.mode=saas\ncamunda.client.cluster-id=5c34c0a7-7f29-4424-8414-125615f7a9b9\ncamunda.client.region=bru-2\n');
  await expect(main).toContainText('is a setting of Camunda 8.6 and 8.7, but this page is set to Camunda 8.8 and newer');
  await page.getByRole('group', { name: 'Camunda version' }).first().getByLabel('8.6 / 8.7').check();
  await expect(main).not.toContainText('but this page is set to Camunda');

  await box.fill(
    'ZEEBE_ADDRESS=localhost:26500\nZEEBE_CLIENT_ID=zeebe\nZEEBE_CLIENT_SECRET=zecret\n' +
      'ZEEBE_AUTHORIZATION_SERVER_URL=http://localhost:18080/auth/realms/camunda-platform/protocol/openid-connect/token\n' +
      'ZEEBE_TOKEN_AUDIENCE=orchestration\nZEEBE_SECURE_CONNECTION=false\n',
  );
  await expect(main).toContainText('This looks like a Self-Managed file');
  await expect(main).not.toContainText('is not a name any Camunda client reads');
});
