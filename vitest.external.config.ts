import { defineConfig } from 'vitest/config';

// Exports checked by the tools our users open them with: xmllint against the
// official GEXF 1.3 RelaxNG schema, networkx's GEXF and GraphML readers.
export default defineConfig({
  test: {
    include: ['test/**/*.external.test.ts'],
    testTimeout: 120_000,
    pool: 'forks',
  },
});
