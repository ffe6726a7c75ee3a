// "Bring your own" in a real browser: a pasted article is read in the page
// and merged into the graph, hostile markup in an article stays text, a
// dropped graph file (JSON or GEXF) replaces the graph, and bad input
// (empty, binary, too big, broken) ends as a message.
import type { Page } from 'playwright-core';
import type { BrowserCase } from './explorer.browser.js';
import { openPage, pageShot, settle } from './harness.js';

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function noProblems(problems: string[]): void {
  check(problems.length === 0, `the page reported:\n  ${problems.join('\n  ')}`);
}

export const ARTICLE = 'Ryan Dillon, a coalition spokesman, told Reuters on Monday that ISIS fighters attacked Raqqa.\n\nLina Haddad, a local official, told Reuters that the market in Kobani was quiet.\n';

/** Real tags that must never run, and escaped ones that must show as written. */
export const HOSTILE_ARTICLE = `<!doctype html><html><head><title>&lt;img src=x onerror=alert(3)&gt; Raqqa report</title></head><body><article>
<h1>&lt;img src=x onerror=alert(3)&gt; Raqqa report</h1>
<p>Ryan Dillon, a coalition spokesman, told Reuters that ISIS fighters attacked Raqqa. <img src=x onerror=alert(1)><script>alert(2)</script></p>
<p>Lina Haddad, a local official, told Reuters that the &lt;b&gt;market&lt;/b&gt; in Kobani was quiet.</p>
</article></body></html>`;

/** Waits for the panel to finish its job and returns its message. */
export async function panelResult(page: Page): Promise<{ state: string; message: string }> {
  await page.waitForSelector('#bring[data-state="done"], #bring[data-state="error"]', { timeout: 30_000 });
  return { state: (await page.getAttribute('#bring', 'data-state')) ?? '', message: (await page.textContent('#bring-message')) ?? '' };
}

export async function paste(page: Page, text: string): Promise<{ state: string; message: string }> {
  await page.fill('#article-text', text);
  await page.click('#add-article');
  return panelResult(page);
}

const visibleNodes = async (page: Page): Promise<number> => Number(await page.getAttribute('#graph', 'data-visible-nodes'));

async function openDetails(page: Page, name: string): Promise<void> {
  await page.fill('#search', name);
  await page.press('#search', 'Enter');
  await page.waitForSelector('#details:not([hidden])');
  await settle(page, 300);
}

/** A two-entity graph file following the graph contract. */
export const SMALL_GRAPH = {
  options: { type: 'directed', multi: true, allowSelfLoops: false },
  attributes: { schemaVersion: 1, docs: [{ id: 'note', title: 'A note', author: null, date: null, source: null, url: null, outlet: null, tags: [] }] },
  nodes: [
    { key: 'person:ada-lovelace', attributes: { label: 'Ada Lovelace', type: 'person', aliases: ['Ada Lovelace'], mentions: 1, docs: ['note'], x: 0, y: 0, size: 5 } },
    { key: 'place:london', attributes: { label: 'London', type: 'place', aliases: ['London'], mentions: 1, docs: ['note'], x: 1, y: 1, size: 5 } },
  ],
  edges: [
    {
      key: 'located_in:person:ada-lovelace->place:london',
      source: 'person:ada-lovelace',
      target: 'place:london',
      attributes: { type: 'located_in', predicate: 'lived in', evidence: [{ doc: 'note', sentence: 0, start: 0, end: 29, text: 'Ada Lovelace lived in London.' }], confidence: 0.9, weight: 1, method: 'pattern:test' },
    },
  ],
};

export const BRING_CASES: BrowserCase[] = [
  {
    name: 'a pasted article is read in the page and its names join the graph with evidence',
    run: async ({ browser, seeds, seedGraph }) => {
      check(!seedGraph.nodes.some((node) => node.key === 'organisation:reuters'), 'the seed graph already has Reuters; the test needs a new name');
      const { page, problems } = await openPage(browser, seeds.url);
      const before = await visibleNodes(page);
      const result = await paste(page, ARTICLE);
      check(result.state === 'done', `the article was not added: ${result.message}`);
      check(/Added \d+ new entities/.test(result.message), `unexpected message: ${result.message}`);
      await settle(page);
      await page.waitForSelector('#names[data-filled="true"]', { state: 'attached' });
      const options = await page.$$eval('#names option', (list) => list.map((option) => (option as HTMLOptionElement).value));
      for (const name of ['Reuters', 'Lina Haddad', 'Kobani']) check(options.includes(name), `the search list lacks "${name}"`);
      check((await visibleNodes(page)) > before, `visible nodes did not grow (${before})`);
      await openDetails(page, 'Reuters');
      check((await page.textContent('#details .entity-name')) === 'Reuters', 'the details panel is not about Reuters');
      const relation = page.locator('#details .relation', { hasText: 'Ryan Dillon' }).filter({ hasText: 'communicated with' });
      check((await relation.count()) === 1, `expected Ryan Dillon → Reuters, found ${await relation.count()}`);
      const quote = (await relation.locator('blockquote').first().textContent()) ?? '';
      check(quote.includes('told Reuters on Monday'), `evidence lacks the pasted sentence: ${quote}`);
      // Ryan Dillon was already in the graph: the pasted article adds to him, not a second node.
      const ryans = options.filter((name) => name === 'Ryan Dillon').length;
      check(ryans === 1, `Ryan Dillon appears ${ryans} times in the search list`);
      await pageShot(page, 'bring-pasted');
      // The same article again (sent with Ctrl+Enter this time) adds nothing.
      await page.fill('#article-text', ARTICLE);
      await page.press('#article-text', 'Control+Enter');
      const again = await panelResult(page);
      check(again.message.includes('already in the graph'), `a second paste was not refused: ${again.message}`);
      noProblems(problems);
      await page.context().close();
    },
  },
  {
    name: 'a hostile HTML article runs nothing and its markup shows as text',
    run: async ({ browser, seeds }) => {
      const { page, problems } = await openPage(browser, seeds.url);
      const result = await paste(page, HOSTILE_ARTICLE);
      check(result.state === 'done', `the article was not added: ${result.message}`);
      await openDetails(page, 'Lina Haddad');
      await page.waitForTimeout(300);
      const details = (await page.textContent('#details')) ?? '';
      check(details.includes('the <b>market</b> in Kobani'), `escaped markup not shown literally: ${details.slice(0, 400)}`);
      check(details.includes('<img src=x onerror=alert(3)> Raqqa report'), 'the article title is not shown literally');
      const injected = await page.evaluate(() => document.querySelectorAll('#details img, #details script, #details b, img[src="x"]').length);
      check(injected === 0, `${injected} elements were made from the article`);
      await pageShot(page, 'bring-hostile');
      noProblems(problems);
      await page.context().close();
    },
  },
  {
    name: 'empty and binary articles and a broken graph file end as messages',
    run: async ({ browser, seeds }) => {
      const { page, problems } = await openPage(browser, seeds.url);
      const before = await visibleNodes(page);
      const empty = await paste(page, '   \n  ');
      check(empty.state === 'error' && empty.message.includes('empty'), `empty paste: ${empty.state} ${empty.message}`);
      await page.setInputFiles('#article-file', { name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 4, 5]) });
      const binary = await panelResult(page);
      check(binary.state === 'error' && binary.message.includes('binary'), `binary file: ${binary.state} ${binary.message}`);
      await page.setInputFiles('#graph-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"nodes": [') });
      const broken = await panelResult(page);
      check(broken.state === 'error' && broken.message.includes('broken.json'), `broken graph: ${broken.state} ${broken.message}`);
      await page.$eval('#article-text', (box, text) => void ((box as HTMLTextAreaElement).value = text), 'Reuters reported. '.repeat(60_000));
      await page.click('#add-article');
      const big = await panelResult(page);
      check(big.state === 'error' && big.message.includes('too big'), `a huge paste: ${big.state} ${big.message}`);
      check((await visibleNodes(page)) === before, 'a refused input changed the graph');
      noProblems(problems);
      await page.context().close();
    },
  },
  {
    name: 'a dropped graph JSON file replaces the graph, and so does an opened GEXF export',
    run: async ({ browser, seeds, seedGraph, seedGexfPath }) => {
      const { page, problems } = await openPage(browser, seeds.url);
      check((await visibleNodes(page)) > 2, 'the seed graph is too small to tell a replacement');
      await page.evaluate((text) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'small.json', { type: 'application/json' }));
        document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }, JSON.stringify(SMALL_GRAPH));
      const dropped = await panelResult(page);
      check(dropped.state === 'done', `the graph was not opened: ${dropped.message}`);
      await settle(page, 300);
      check((await visibleNodes(page)) === 2, `expected 2 visible nodes, got ${await visibleNodes(page)}`);
      check(((await page.textContent('#status')) ?? '').startsWith('2 of 2 entities'), `status: ${await page.textContent('#status')}`);
      const legend = await page.$$eval('.legend-item', (items) => items.map((item) => (item as HTMLElement).dataset.type));
      check(legend.join(',') === 'person,place', `the legend was not rebuilt: ${legend.join(',')}`);
      await openDetails(page, 'Ada');
      check(((await page.textContent('#details')) ?? '').includes('Ada Lovelace lived in London.'), 'the opened graph evidence is not shown');
      await pageShot(page, 'bring-opened');

      // Back to the seeds, this time from the CLI's GEXF export.
      await page.setInputFiles('#graph-file', seedGexfPath);
      const opened = await panelResult(page);
      check(opened.state === 'done', `the GEXF file was not opened: ${opened.message}`);
      await settle(page, 300);
      check((await visibleNodes(page)) === seedGraph.nodes.length, `expected ${seedGraph.nodes.length} visible nodes, got ${await visibleNodes(page)}`);
      await openDetails(page, 'Ryan Dillon');
      const relation = page.locator('#details .relation', { hasText: 'CNN' }).filter({ hasText: 'communicated with' });
      const quote = (await relation.locator('blockquote').first().textContent()) ?? '';
      check(quote.includes('told CNN'), `the GEXF evidence was not read back: ${quote}`);
      noProblems(problems);
      await page.context().close();
    },
  },
];
