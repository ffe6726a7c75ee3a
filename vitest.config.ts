import { defineConfig } from 'vitest/config';

// `npm test` needs nothing but Node and the repository. Checks against outside
// readers (xmllint, networkx) are *.external.test.ts and run with
// `npm run test:external` (see .ci/run, which installs those readers).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.external.test.ts', 'node_modules/**'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
