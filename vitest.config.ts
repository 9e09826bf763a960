import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Only unit tests: the default pattern would also pick up the Playwright specs.
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
