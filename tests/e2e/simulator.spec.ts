import { test, expect } from './support/fixtures';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { findPreset, resolveScenario, simulate } from '../../src/lib/simulator';
import { formatCount } from '../../src/lib/simulatorView/timeFormat';
import { formatDuration } from '../../src/lib/time/duration';
import { openPlayground } from './support/widgets';

const GUIDE = 'docs/caching-and-rate-limits';
const CLIENT_ID = 'simulator-e2e-client-0123456789ab';
const SECRET = 'sim-e2e-secret-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJ._~';

function simulator(page: Page) {
  return page.getByRole('region', { name: 'Token cache and rate-limit simulator' });
}

async function waitForRun(page: Page) {
  await expect(page.getByText(/Simulated in \d+ ms/)).toBeVisible();
}

test('a preset played to the end shows its 429s and the engine\'s figures', async ({ page }) => {
  await page.goto(GUIDE);
  const sim = simulator(page);
  await waitForRun(page);
  await sim.getByLabel('Story', { exact: true }).selectOption({ label: 'A 429 answered by an immediate retry, forever' });
  await expect(sim.getByText(/asks again at once/)).toBeVisible();
  const progress429 = page.getByTestId('sim-a-progress-429');
  // A story starts at the beginning: nothing has happened yet.
  await expect(page.getByTestId('sim-a-progress')).toContainText('Up to 0 ms');
  await expect(progress429).toHaveText('0');
  const marks429 = sim.locator('path[data-outcome="rate_limited"]').first();
  await expect(marks429).toHaveAttribute('data-marks', '0');

  await sim.getByLabel('Speed').selectOption('3600');
  await sim.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByTestId('sim-a-progress')).toContainText('Whole run', { timeout: 15_000 });
  await expect(sim.getByRole('button', { name: 'Play' })).toBeVisible();

  const preset = findPreset('immediate-retry-forever')!;
  const expected = simulate(preset.scenario, { seed: preset.seed }).summary;
  expect(expected.rateLimited).toBeGreaterThan(1000);
  await expect(progress429).toHaveText(formatCount(expected.rateLimited));
  expect(Number(await marks429.getAttribute('data-marks'))).toBeGreaterThan(10);
  await expect(page.getByTestId('sim-a-figure-tokenRequests')).toHaveText(formatCount(expected.tokenRequests));
  await expect(page.getByTestId('sim-a-figure-rateLimited')).toHaveText(formatCount(expected.rateLimited));
  await expect(page.getByTestId('sim-a-figure-tokensIssued')).toHaveText(formatCount(expected.tokensIssued));
  await expect(page.getByTestId('sim-a-figure-blocks')).toHaveText(formatCount(expected.blocks));
  await expect(page.getByTestId('sim-a-figure-timeBlocked')).toHaveText(formatDuration(expected.timeBlockedMs));
  await expect(sim.getByText(`${formatCount(expected.rateLimited)} were answered 429`)).toBeVisible();
});

test('scrubbing, zooming and the keyboard move the view; tooltips say what happened', async ({ page }) => {
  await page.goto(GUIDE);
  const sim = simulator(page);
  await waitForRun(page);
  await sim.getByLabel('Story', { exact: true }).selectOption('workers-each-fetch');
  await expect(page.getByTestId('sim-a-progress')).toContainText('Up to 0 ms');
  await sim.getByLabel('Time', { exact: true }).fill('3600000');
  await expect(page.getByTestId('sim-a-progress')).toContainText('Whole run');
  await expect(page.getByTestId('sim-a-progress-429')).not.toHaveText('0');

  await expect(sim.getByText('Showing 0 ms to 1 h')).toBeVisible();
  await sim.getByRole('button', { name: 'Zoom in' }).click();
  await expect(sim.getByText('Showing 15 min to 45 min')).toBeVisible();
  await sim.getByRole('button', { name: 'Earlier' }).click();
  await expect(sim.getByText('Showing 7 min 30 s to 37 min 30 s')).toBeVisible();
  const plot = sim.getByRole('group', { name: /^Timeline:/ });
  await plot.focus();
  await expect(page.getByRole('tooltip')).toBeVisible();
  await page.keyboard.press('0');
  await expect(sim.getByText('Showing 0 ms to 1 h')).toBeVisible();
  await page.keyboard.press('+');
  await page.keyboard.press('ArrowLeft');
  await expect(sim.getByText('Showing 12 min to 42 min')).toBeVisible();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.getByRole('tooltip')).toContainText(/token requests/i);
  await expect(page.getByRole('tooltip')).toContainText(/Address (not )?blocked/);
  // Wheel over the plot zooms (and does not scroll the page away).
  await page.keyboard.press('0');
  await plot.hover({ position: { x: 400, y: 150 } });
  await page.mouse.wheel(0, -400);
  await expect(sim.getByText('Showing 0 ms to 1 h')).toHaveCount(0);
});

test('nonsense settings get the engine\'s message next to the field, never a frozen tab', async ({ page }) => {
  await page.goto(GUIDE);
  const sim = simulator(page);
  await waitForRun(page);
  await sim.getByText('Settings', { exact: true }).click();
  const processes = sim.getByLabel('Processes', { exact: true });
  await processes.fill('-5');
  await expect(processes).toHaveAttribute('aria-invalid', 'true');
  await expect(sim.getByText(/must be a whole number from 1 to 100000; got -5/)).toBeVisible();
  await processes.fill('lots');
  await expect(sim.getByText(/got "lots"/)).toBeVisible();
  await processes.fill('1000');
  await sim.getByLabel('Workers per process').fill('1000');
  await expect(sim.getByText(/at or below 100000/)).toBeVisible();
  await sim.getByLabel('Token lifetime (s)').fill('0.5');
  await expect(sim.getByText(/from 1 to 2592000 s .*got 0\.5/)).toBeVisible();
  await expect(page.getByText(/Fix the settings marked above to run the simulation/)).toBeVisible();
  // Back to sense: it runs again.
  await processes.fill('4');
  await sim.getByLabel('Workers per process').fill('25');
  await sim.getByLabel('Token lifetime (s)').fill('86400');
  await waitForRun(page);
  await expect(processes).not.toHaveAttribute('aria-invalid', 'true');
});

test('a scenario shared by link opens with the same settings and results', async ({ page, context }) => {
  await page.goto(GUIDE);
  const sim = simulator(page);
  await waitForRun(page);
  // What the engine gives for the settings below, computed here in Node.
  const base = resolveScenario(findPreset('workers-each-fetch')!.scenario);
  const expected = formatCount(simulate({ ...base, processes: 3, strategy: { ...base.strategy, cache: 'none' } }, { seed: 42 }).summary.tokenRequests);
  await sim.getByText('Settings', { exact: true }).click();
  await sim.getByLabel('Processes', { exact: true }).fill('3');
  await sim.getByLabel('Seed').fill('42');
  await sim.getByLabel('Token cache').selectOption('none');
  await expect(page.getByTestId('sim-a-figure-tokenRequests')).toHaveText(expected);
  await sim.getByRole('button', { name: 'Copy link' }).click();
  const link = await sim.getByLabel('Link to this scenario').inputValue();
  expect(link).toMatch(/#sim=v1\.[A-Za-z0-9_-]+$/);

  const other = await context.newPage();
  await other.goto(link);
  const sim2 = simulator(other);
  await expect(sim2.getByText('Loaded the scenario from the link.')).toBeVisible();
  await sim2.getByText('Settings', { exact: true }).click();
  await expect(sim2.getByLabel('Processes', { exact: true })).toHaveValue('3');
  await expect(sim2.getByLabel('Seed')).toHaveValue('42');
  await expect(sim2.getByLabel('Token cache')).toHaveValue('none');
  await expect(sim2.getByLabel('Workers per process')).toHaveValue('25');
  await expect(other.getByTestId('sim-a-figure-tokenRequests')).toHaveText(expected);
});

test('"Play this story" loads the story into the simulator and plays it; compare runs a second strategy', async ({ page }) => {
  await page.goto(GUIDE);
  const sim = simulator(page);
  await waitForRun(page);
  await page.getByRole('button', { name: 'Play this story: Two tools overwrite one cache file' }).click();
  await expect(sim.getByLabel('Story', { exact: true })).toHaveValue('contested-cache-file');
  await expect(sim.getByRole('button', { name: 'Pause' })).toBeVisible();
  await sim.getByLabel('Compare with').selectOption('java');
  await expect(page.getByTestId('sim-run-b')).toContainText('B: Java client 8.6 to 8.8');
  await expect(page.getByTestId('sim-b-figure-rateLimited')).toHaveText('0');
});

test('live mode: hammering Request token draws 429 marks and a block on the playground timeline', async ({ page }) => {
  await openPlayground(page);
  await page.getByText('Mock server settings and faults').click();
  await page.getByLabel(/Accept any well-formed credentials/).check();
  await page.getByLabel('Client ID').fill(CLIENT_ID);
  await page.getByLabel('Client secret').fill(SECRET);
  const live = page.locator('section').filter({ has: page.getByRole('heading', { name: '5. Watch the rate limit' }) });
  await expect(live.getByTestId('live-limiter')).toContainText('Not blocked');
  const button = page.getByRole('button', { name: 'Request token' });
  // Five pass (the mock's burst), then the block; the bucket refills about one a second, so a slow
  // machine may need a click or two more.
  for (let i = 0; i < 20; i++) {
    await button.click();
    await expect(button).toBeEnabled();
    if (i >= 6 && (await live.getByTestId('live-figure-rateLimited').textContent()) !== '0') break;
  }
  await expect(live.getByTestId('live-figure-rateLimited')).not.toHaveText('0');
  expect(Number(await live.getByTestId('live-figure-issued').textContent())).toBeGreaterThanOrEqual(5);
  await expect(live.getByTestId('live-figure-blocks')).toHaveText('1');
  await expect(live.getByTestId('live-limiter')).toContainText(/Blocked: .* another/);
  expect(Number(await live.locator('path[data-outcome="rate_limited"]').getAttribute('data-marks'))).toBeGreaterThan(0);
  expect(Number(await live.locator('path[data-outcome="issued"]').getAttribute('data-marks'))).toBeGreaterThan(0);
  await expect(live.getByTestId('block-shading').first()).toHaveAttribute('d', /^M/);
});

async function expectAxeClean(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const results = await (include ? builder.include(include) : builder).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`in ${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    test('the simulator in use (settings with an error, a comparison, a tooltip) and the live timeline are accessible', async ({ page }) => {
      await page.goto(GUIDE);
      const sim = simulator(page);
      await waitForRun(page);
      await sim.getByText('Settings', { exact: true }).click();
      await sim.getByLabel('Compare with').selectOption('node');
      await expect(page.getByTestId('sim-run-b')).toBeVisible();
      await sim.getByRole('button', { name: 'Copy link' }).click();
      await sim.getByLabel('Processes', { exact: true }).fill('-1');
      await expect(sim.getByText(/got -1/)).toBeVisible();
      await sim.getByRole('group', { name: /^Timeline: A/ }).focus();
      await expect(page.getByRole('tooltip')).toBeVisible();
      await expectAxeClean(page);

      await openPlayground(page);
      await page.getByLabel('Client ID').fill(CLIENT_ID);
      await page.getByLabel('Client secret').fill(SECRET);
      await page.getByRole('button', { name: 'Request token' }).click();
      const live = page.locator('section').filter({ has: page.getByRole('heading', { name: '5. Watch the rate limit' }) });
      await expect(live.getByTestId('live-figure-requests')).toHaveText('1');
      await live.getByRole('group', { name: /Live timeline/ }).focus();
      await expect(page.getByRole('tooltip')).toBeVisible();
      await expectAxeClean(page, 'section[aria-labelledby="rate-limit-heading"]');
    });
  });
}
