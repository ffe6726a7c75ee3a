// The explorer page in a real browser: it draws, searches, explains a
// relation with its evidence, filters, restores its URL state, runs the
// layout worker under the server's CSP, exports, and shows hostile text as text.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { sharedPath } from '../../scripts/shared-data.js';
import { NODE_TYPE_COLORS } from '../../src/export/palette.js';
import { graphPixels, HOSTILE, openPage, pageShot, settle, type Harness } from './harness.js';

export interface BrowserCase {
  name: string;
  run: (harness: Harness) => Promise<void>;
}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function noProblems(problems: string[]): void {
  check(problems.length === 0, `the page reported:\n  ${problems.join('\n  ')}`);
}

async function searchFor(page: import('playwright-core').Page, text: string): Promise<void> {
  await page.fill('#search', text);
  await page.press('#search', 'Enter');
  await page.waitForSelector('#details:not([hidden])');
  await settle(page);
}

export const CASES: BrowserCase[] = [
  {
    name: 'the canvas draws the graph',
    run: async ({ browser, seeds }) => {
      const { page, problems } = await openPage(browser, seeds.url);
      const pixels = await graphPixels(page, 'explorer-initial', NODE_TYPE_COLORS.place);
      await pageShot(page, 'explorer-page');
      check(pixels.inked > pixels.total * 0.002, `only ${pixels.inked} of ${pixels.total} pixels drawn`);
      check(pixels.matching > 20, `no place-green pixels (${pixels.matching})`);
      check((await page.textContent('#status'))?.includes('entities') === true, 'no status line');
      noProblems(problems);
      await page.context().close();
    },
  },
  {
    name: 'search selects and zooms to a node, and the URL keeps it',
    run: async ({ browser, seeds }) => {
      const { page, problems } = await openPage(browser, seeds.url);
      // The autocomplete list is filled after the first picture, when the page is idle.
      await page.waitForSelector('#names[data-filled="true"]', { state: 'attached' });
      const options = await page.$$eval('#names option', (list) => list.map((option) => (option as HTMLOptionElement).value));
      check(options.includes('Ryan Dillon'), 'the autocomplete list lacks "Ryan Dillon"');
      await searchFor(page, 'ryan dill');
      check((await page.textContent('#details .entity-name')) === 'Ryan Dillon', 'the details panel is not about Ryan Dillon');
      const hash = await page.evaluate(() => window.location.hash);
      check(hash.includes('node=person%3Aryan-dillon'), `the hash does not name the node: ${hash}`);
      // The camera lands on the node: the picture is not empty after the zoom.
      await settle(page, 800);
      const zoomed = await graphPixels(page, 'explorer-zoomed');
      check(zoomed.inked > zoomed.total * 0.002, `the zoom left an empty picture (${zoomed.inked} inked pixels)`);
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
      check((await page.textContent('#details .entity-name')) === 'Ryan Dillon', 'the selection did not survive a reload');
      check((await page.inputValue('#search')) === 'ryan dill', 'the search text did not survive a reload');
      noProblems(problems);
      await page.context().close();
    },
  },
  {
    name: 'the details panel shows the evidence of Ryan Dillon → CNN',
    run: async ({ browser, seeds }) => {
      const { page, problems } = await openPage(browser, seeds.url);
      await searchFor(page, 'Ryan Dillon');
      const relation = page.locator('#details .relation', { hasText: 'CNN' }).filter({ hasText: 'communicated with' });
      check((await relation.count()) === 1, `expected one communicated_with relation to CNN, found ${await relation.count()}`);
      const quote = (await relation.locator('blockquote').first().textContent()) ?? '';
      check(quote.includes('told CNN'), `evidence lacks "told CNN": ${quote}`);
      const marks = await relation.locator('mark').allTextContents();
      check(marks.includes('Ryan Dillon') && marks.includes('CNN'), `names not highlighted: ${JSON.stringify(marks)}`);
      check(((await relation.locator('.predicate').textContent()) ?? '').includes('told'), 'predicate "told" not shown');
      const statement = (await relation.locator('.evidence-statement q').first().textContent()) ?? '';
      check(statement.startsWith('one of the defectors was actively attempting'), `what Dillon told CNN is not shown: ${statement}`);
      await pageShot(page, 'explorer-details');
      noProblems(problems);
      await page.context().close();
    },
  },
  {
    name: 'a type filter hides nodes, and the URL restores the filter',
    run: async ({ browser, seeds, seedGraph }) => {
      const { page, problems } = await openPage(browser, seeds.url);
      const places = seedGraph.nodes.filter((node) => node.attributes.type === 'place').length;
      const before = Number(await page.getAttribute('#graph', 'data-visible-nodes'));
      const greenBefore = (await graphPixels(page, 'explorer-before-filter', NODE_TYPE_COLORS.place)).matching;
      await page.click('.legend-item[data-type="place"]');
      await settle(page);
      const after = Number(await page.getAttribute('#graph', 'data-visible-nodes'));
      const greenAfter = (await graphPixels(page, 'explorer-places-hidden', NODE_TYPE_COLORS.place)).matching;
      check(after === before - places, `visible nodes ${before} → ${after}, expected ${places} fewer`);
      check(greenBefore > 50 && greenAfter < greenBefore / 20, `place-green pixels ${greenBefore} → ${greenAfter}`);
      check((await page.evaluate(() => window.location.hash)).includes('hide=place'), 'the hash lacks hide=place');
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
      check(Number(await page.getAttribute('#graph', 'data-visible-nodes')) === after, 'the filter did not survive a reload');
      check(await page.locator('.legend-item[data-type="place"].off').isVisible(), 'the legend does not show places as off');
      noProblems(problems);
      await page.context().close();
    },
  },
  {
    name: 'hostile names, predicates and evidence show as text and run nothing',
    run: async ({ browser, hostile }) => {
      const { page, problems } = await openPage(browser, hostile.url);
      await searchFor(page, 'Ryan Dillon');
      await page.waitForTimeout(500);
      check((await page.textContent('#details .entity-name')) === HOSTILE.label, 'the hostile label is not shown literally');
      const details = (await page.textContent('#details')) ?? '';
      for (const text of [HOSTILE.alias, HOSTILE.predicate, HOSTILE.evidence.trim(), HOSTILE.title]) check(details.includes(text), `not shown literally: ${text}`);
      const injected = await page.evaluate(() => document.querySelectorAll('#details img, #details script, img[src="x"]').length);
      check(injected === 0, `${injected} elements were made from the data`);
      await pageShot(page, 'explorer-hostile');
      noProblems(problems);
      await page.context().close();
    },
  },
  {
    name: 'the layout worker runs under the CSP and moves nodes',
    run: async ({ browser, seeds }) => {
      const { page, problems } = await openPage(browser, seeds.url);
      await page.evaluate(() => document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP: ${event.violatedDirective}`)));
      const before = await graphPixels(page, 'explorer-before-layout');
      await page.click('#layout');
      check((await page.getAttribute('#layout', 'aria-pressed')) === 'true', 'the layout did not start');
      await page.waitForTimeout(1500);
      await page.click('#layout');
      await settle(page);
      const after = await graphPixels(page, 'explorer-after-layout');
      check((await page.getAttribute('#layout', 'aria-pressed')) === 'false', 'the layout did not stop');
      check(after.inked > 0 && after.inked !== before.inked, `the picture did not change (${before.inked} → ${after.inked} inked pixels)`);
      noProblems(problems);
      await page.context().close();
    },
  },
  {
    name: 'export saves the visible part as JSON and GEXF, and the view as PNG',
    run: async ({ browser, seeds }) => {
      const { page, problems } = await openPage(browser, seeds.url);
      await page.click('.legend-item[data-type="place"]');
      await settle(page, 200);
      const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
      const exported = JSON.parse(readFileSync((await json.path()) as string, 'utf8')) as { nodes: { attributes: { type: string } }[]; edges: unknown[] };
      const visible = Number(await page.getAttribute('#graph', 'data-visible-nodes'));
      check(exported.nodes.length === visible, `exported ${exported.nodes.length} nodes, ${visible} visible`);
      check(!exported.nodes.some((node) => node.attributes.type === 'place'), 'hidden places were exported');
      const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
      const gexfPath = (await gexf.path()) as string;
      const gexfText = readFileSync(gexfPath, 'utf8');
      const gexfNodes = (gexfText.match(/<node /g) ?? []).length;
      check(gexfText.startsWith('<?xml') && gexfText.includes('<gexf '), 'the GEXF download is not GEXF');
      check(gexfNodes === visible, `GEXF has ${gexfNodes} nodes, ${visible} visible`);
      check(!gexfText.includes('value="place"'), 'hidden places were exported to GEXF');
      // Where xmllint is installed (CI installs it), the file must be valid against the official schema.
      const schema = sharedPath('eval/gexf-schema/1.3/gexf.rng');
      const lint = spawnSync('xmllint', ['--noout', '--relaxng', schema, gexfPath], { encoding: 'utf8' });
      if (!lint.error && existsSync(schema)) check(lint.status === 0, `GEXF not valid against the 1.3 schema: ${lint.stderr}`);
      const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
      const bytes = readFileSync((await png.path()) as string);
      check(bytes.subarray(1, 4).toString('latin1') === 'PNG' && bytes.length > 2000, `not a PNG image (${bytes.length} bytes)`);
      noProblems(problems);
      await page.context().close();
    },
  },
];
