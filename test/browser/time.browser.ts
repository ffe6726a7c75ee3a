// The time filter in a real browser: shown only for a graph with dates, it
// hides what lies outside the chosen days (undated items stay), keeps its
// range in the URL, and the details panel dates each piece of evidence.
import type { Page } from 'playwright-core';
import { SMALL_GRAPH } from './bring.browser.js';
import type { BrowserCase } from './explorer.browser.js';
import { DAYS, openPage, pageShot, settle, type TestGraph } from './harness.js';

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const visibleNodes = async (page: Page): Promise<number> => Number(await page.getAttribute('#graph', 'data-visible-nodes'));

/** Nodes a [from, to] range leaves: those whose days overlap it, and the undated. */
function expectedNodes(graph: TestGraph, from: string, to: string): number {
  return graph.nodes.filter((node) => {
    const first = node.attributes.firstSeen as string | undefined;
    const last = node.attributes.lastSeen as string | undefined;
    return first === undefined || last === undefined || (last >= from && first <= to);
  }).length;
}

/** Drops a graph file on the page, as a reader would, and waits until it is open. */
async function dropGraph(page: Page, graph: unknown, name: string): Promise<void> {
  await page.evaluate(
    ([text, file]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], file, { type: 'application/json' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    [JSON.stringify(graph), name] as const,
  );
  await page.waitForSelector('#bring[data-state="done"], #bring[data-state="error"]');
  check((await page.getAttribute('#bring', 'data-state')) === 'done', `the graph was not opened: ${await page.textContent('#bring-message')}`);
}

export const TIME_CASES: BrowserCase[] = [
  {
    name: 'the time filter hides what lies outside the range, keeps it in the URL, and the evidence shows its dates',
    run: async ({ browser, dated, datedGraph }) => {
      const { page, problems } = await openPage(browser, dated.url);
      check(await page.locator('#time-range').isVisible(), 'the time filter is hidden on a dated graph');
      check((await page.getAttribute('#time-from', 'min')) === DAYS[0] && (await page.getAttribute('#time-to', 'max')) === DAYS[9], 'the date inputs are not bounded by the graph\'s days');
      const all = await visibleNodes(page);
      const edgesBefore = Number(await page.getAttribute('#graph', 'data-visible-edges'));
      const [from, to] = [DAYS[3] as string, DAYS[5] as string];
      await page.fill('#time-from', from);
      await page.fill('#time-to', to);
      await settle(page);
      const expected = expectedNodes(datedGraph, from, to);
      check(expected < all && expected > 0, `the test range should split the graph (${expected} of ${all})`);
      check((await visibleNodes(page)) === expected, `visible nodes ${await visibleNodes(page)}, expected ${expected}`);
      check(Number(await page.getAttribute('#graph', 'data-visible-edges')) < edgesBefore, 'no link was hidden by the time range');
      const hash = await page.evaluate(() => window.location.hash);
      check(hash.includes(`from=${from}`) && hash.includes(`to=${to}`), `the hash lacks the range: ${hash}`);
      await pageShot(page, 'time-filtered');

      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
      check((await visibleNodes(page)) === expected, 'the range did not survive a reload');
      check((await page.inputValue('#time-from')) === from && (await page.inputValue('#time-to')) === to, 'the date inputs did not show the range after a reload');

      // Evidence dates in the details panel, as text.
      await page.click('#time-reset');
      await settle(page, 200);
      check((await visibleNodes(page)) === all, '"All dates" did not show every node again');
      check(!(await page.evaluate(() => window.location.hash)).includes('from='), 'the hash still has a range after "All dates"');
      await page.fill('#search', 'Ryan Dillon');
      await page.press('#search', 'Enter');
      await page.waitForSelector('#details:not([hidden])');
      const dates = await page.locator('#details .evidence time.evidence-date').allTextContents();
      check(dates.length > 0 && dates.every((day) => DAYS.includes(day)), `evidence dates not shown: ${JSON.stringify(dates)}`);
      check(((await page.textContent('#details .facts')) ?? '').includes('Seen'), 'the entity\'s days are not in its facts');
      await pageShot(page, 'time-details');
      check(problems.length === 0, `the page reported:\n  ${problems.join('\n  ')}`);
      await page.context().close();
    },
  },
  {
    name: 'the time filter stays hidden for a graph without dates',
    run: async ({ browser, dated }) => {
      const { page, problems } = await openPage(browser, dated.url);
      // The bring-your-own test's small graph has no dates anywhere.
      const undated = SMALL_GRAPH;
      await dropGraph(page, undated, 'undated.json');
      check(!(await page.locator('#time-range').isVisible()), 'the time filter shows for a graph without dates');
      check(problems.length === 0, `the page reported:\n  ${problems.join('\n  ')}`);
      await page.context().close();
    },
  },
  {
    name: 'the min-articles filter hides entities named in fewer articles, and the URL keeps it',
    run: async ({ browser, seeds }) => {
      const { page, problems } = await openPage(browser, seeds.url);
      // The seed graph is one article: nothing to filter, so no slider.
      check(!(await page.locator('#min-articles-row').isVisible()), 'the min-articles filter shows for a single article');
      // Three entities named in one, two and three articles.
      const corpus = structuredClone(SMALL_GRAPH) as unknown as TestGraph;
      corpus.nodes = [1, 2, 3].map((count) => ({
        key: `person:p${count}`,
        attributes: { label: `P${count}`, type: 'person', aliases: [`P${count}`], mentions: count, docs: ['a', 'b', 'c'].slice(0, count), x: count, y: count, size: 5 },
      }));
      corpus.edges = [];
      await dropGraph(page, corpus, 'corpus.json');
      check(await page.locator('#min-articles-row').isVisible(), 'the min-articles filter is hidden on a graph of several articles');
      check((await visibleNodes(page)) === 3, `visible nodes ${await visibleNodes(page)}, expected 3`);
      // The slider's second stop is 2 articles.
      await page.locator('#min-articles').evaluate((input: HTMLInputElement) => {
        input.value = '1';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await settle(page);
      check((await visibleNodes(page)) === 2, `visible nodes ${await visibleNodes(page)}, expected 2`);
      check((await page.textContent('#min-articles-value')) === '2', 'the slider does not say 2');
      check((await page.evaluate(() => window.location.hash)).includes('articles=2'), 'the hash lacks articles=2');
      check(problems.length === 0, `the page reported:\n  ${problems.join('\n  ')}`);
      await page.context().close();
    },
  },
];
