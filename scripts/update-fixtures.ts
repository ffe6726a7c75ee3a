// Rewrites test/fixtures/articles/*/expected.json from the current extractor.
// Run: npx tsx scripts/update-fixtures.ts   then review `git diff test/fixtures`.
import { writeFileSync } from 'node:fs';
import { expectedPath, fixtures, summarise } from '../test/pipeline/golden.js';

for (const fixture of fixtures()) {
  const out = expectedPath(fixture);
  writeFileSync(out, `${JSON.stringify(summarise(fixture.input), null, 2)}\n`);
  console.log(`wrote ${out}`);
}
