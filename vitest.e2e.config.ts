// The browser tests: the built web app (dist/web, from `npm run build:web`) served by the real server,
// driven in Debian's Chromium. Kept out of `vitest run` because they need the build; `npm test` builds,
// then runs them.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.browser.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The real grader runs in the same process tree: isolated-vm needs this flag.
    poolOptions: { forks: { execArgv: ['--no-node-snapshot'] } },
  },
});
