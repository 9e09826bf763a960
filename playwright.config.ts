import { defineConfig, devices, chromium } from '@playwright/test';
import { findChromium, NO_CHROMIUM_MESSAGE } from './tests/e2e/support/find-chromium';

let choice;
try {
  choice = findChromium(() => chromium.executablePath());
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
if (!choice) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}

const PORT = Number(process.env.E2E_PORT ?? 3210);
const baseUrl = process.env.SITE_BASE_URL ?? '/';
// Where the production build is; a second checkout can test its own build side by side.
const buildDir = process.env.BUILD_DIR ?? 'build';

export default defineConfig({
  testDir: './tests/e2e',
  // The README screenshots overwrite tracked images: taken only by `npm run screenshots`, never by the test run.
  testIgnore: process.env.SCREENSHOTS ? [] : ['**/screenshots.spec.ts'],
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`}`,
    trace: 'on-first-retry',
    // Chromium's own background traffic (updates, sync) would count as requests to other hosts.
    launchOptions: {
      executablePath: choice.executablePath,
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // Tests run against the production build, served the way a static host serves it.
  webServer: {
    command: `npx docusaurus serve --dir ${buildDir} --port ${PORT} --host 127.0.0.1 --no-open`,
    url: `http://127.0.0.1:${PORT}${baseUrl}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
