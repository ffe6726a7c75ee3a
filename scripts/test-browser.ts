// `npm run test:browser`: builds the explorer page into a temporary folder,
// serves it with seed and hostile graphs, and drives Debian's Chromium
// through each case in test/browser/ (the explorer, bring-your-own, the time filter, then the document view).
// Prints one line per case and a closing "N passed, M failed"; exits 1 on any failure. Screenshots: test-output/browser/.
import { BRING_CASES } from '../test/browser/bring.browser.js';
import { DOCUMENT_CASES } from '../test/browser/document.browser.js';
import { CASES as EXPLORER_CASES } from '../test/browser/explorer.browser.js';
import { OUTPUT, setUp, type Harness } from '../test/browser/harness.js';
import { TIME_CASES } from '../test/browser/time.browser.js';

async function main(): Promise<number> {
  // `npm run test:browser -- layout` runs only the cases whose name has "layout".
  const only = process.argv.slice(2).join(' ');
  const cases = [...EXPLORER_CASES, ...BRING_CASES, ...TIME_CASES, ...DOCUMENT_CASES].filter((testCase) => testCase.name.includes(only));
  let harness: Harness;
  try {
    harness = await setUp((line) => console.log(line));
  } catch (error) {
    console.error(`set-up failed: ${(error as Error).message}`);
    console.log(`0 passed, ${cases.length} failed`);
    return 1;
  }
  let passed = 0;
  let failed = 0;
  try {
    for (const testCase of cases) {
      const started = Date.now();
      try {
        await testCase.run(harness);
        passed++;
        console.log(`✓ ${testCase.name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed++;
        console.log(`✗ ${testCase.name}\n    ${String((error as Error).message ?? error).replaceAll('\n', '\n    ')}`);
      }
    }
  } finally {
    await harness.close();
  }
  console.log(`screenshots in ${OUTPUT}`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

process.exitCode = await main();
