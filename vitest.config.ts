import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**'],
    // The grader forks Node 24 worker processes; a cold pool can take a second on a busy 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // isolated-vm needs this on Node >= 20, in any process that loads it.
    poolOptions: { forks: { execArgv: ['--no-node-snapshot'] } },
  },
});
