import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The README's first command, `npm start`, tested as a reader runs it: the development server
// (hot reload, development bundles, the development Content-Security-Policy), not the build.
const PORT = Number(process.env.E2E_DEV_PORT ?? 3230);

export default defineConfig({
  ...base,
  testDir: './tests/e2e-dev',
  // One worker: the development server compiles each route on first visit.
  workers: 1,
  timeout: 180_000,
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}/` },
  webServer: {
    command: `npm start -- --port ${PORT} --host 127.0.0.1 --no-open`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 240_000,
  },
});
