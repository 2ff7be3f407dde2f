import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    // Browser tests need the built web app: `npm run test:e2e` (vitest.e2e.config.ts) runs them after the build.
    exclude: ['node_modules/**', 'dist/**', 'tests/e2e/**/*.browser.test.ts'],
    // The grader forks Node 24 worker processes; a cold pool can take a second on a busy 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // isolated-vm needs this on Node >= 20, in any process that loads it.
    poolOptions: { forks: { execArgv: ['--no-node-snapshot'] } },
  },
});
