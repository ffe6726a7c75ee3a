// The document view in a real browser: an evidence sentence opens its
// article (documents.json, fetched beside the graph) with every name
// highlighted in its type's colour and the sentence emphasised; a name
// selects its entity; Escape closes. Pasted articles bring their own text,
// a dropped graph without texts says so, and hostile texts run nothing.
import type { Page } from 'playwright-core';
import { NODE_TYPE_COLORS } from '../../src/export/palette.js';
import { HOSTILE_ARTICLE, paste, SMALL_GRAPH, panelResult } from './bring.browser.js';
import type { BrowserCase } from './explorer.browser.js';
import { HOSTILE, openPage, pageShot, settle } from './harness.js';

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function noProblems(problems: string[]): void {
  check(problems.length === 0, `the page reported:\n  ${problems.join('\n  ')}`);
}

async function openDetails(page: Page, name: string): Promise<void> {
  await page.fill('#search', name);
  await page.press('#search', 'Enter');
  await page.waitForSelector('#details:not([hidden])');
  await settle(page, 300);
}

/** The evidence button of the relation of the selected entity with `other`. */
function evidenceWith(page: Page, other: string, relation?: string) {
  const item = page.locator('#details .relation', { hasText: other });
  return (relation === undefined ? item : item.filter({ hasText: relation })).locator('.evidence-open').first();
}

async function viewState(page: Page): Promise<string> {
  await page.waitForSelector('#document-view[data-state="text"], #document-view[data-state="unavailable"]', { timeout: 10_000 });
  return (await page.getAttribute('#document-view', 'data-state')) ?? '';
}

/** Elements an article could have smuggled in: none may exist. */
const injected = (page: Page): Promise<number> => page.evaluate(() => document.querySelectorAll('#document-view img, #document-view script, #document-view b, img[src="x"]').length);

/** '#4e79a7' → 'rgb(78, 121, 167)', as computed styles give colours. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

export const DOCUMENT_CASES: BrowserCase[] = [
  {
    name: 'document view: Ryan Dillon → CNN opens the article, names highlighted by type, the sentence emphasised and in view',
    run: async ({ browser, seeds }) => {
      const { page, problems } = await openPage(browser, seeds.url);
      const fetched: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('/documents.json')) fetched.push(request.url());
      });
      await openDetails(page, 'Ryan Dillon');
      check(await page.locator('#document-view').isHidden(), 'the document view is open before any click');
      await evidenceWith(page, 'CNN', 'communicated with').click();
      check((await viewState(page)) === 'text', `the article text did not open: ${await page.textContent('#document-view')}`);
      const title = (await page.textContent('#document-view .document-title')) ?? '';
      check(title.length > 0 && title !== '×', 'the view has no title');
      const mentions = await page.$$eval('#document-view .mention', (list) =>
        list.map((m) => ({ text: m.textContent, key: (m as HTMLElement).dataset.key, type: (m as HTMLElement).dataset.type, border: getComputedStyle(m).borderBottomColor, tag: m.tagName })),
      );
      const ryan = mentions.find((m) => m.text === 'Ryan Dillon');
      const cnn = mentions.find((m) => m.text === 'CNN');
      check(ryan?.key === 'person:ryan-dillon' && ryan.type === 'person', `Ryan Dillon is not highlighted as a person: ${JSON.stringify(ryan)}`);
      check(cnn?.key === 'organisation:cnn' && cnn.type === 'organisation', `CNN is not highlighted as an organisation: ${JSON.stringify(cnn)}`);
      check(ryan.border === rgb(NODE_TYPE_COLORS.person) && cnn.border === rgb(NODE_TYPE_COLORS.organisation), `colours not by type: ${ryan.border}, ${cnn.border}`);
      check(ryan.tag === 'BUTTON', 'a highlighted name is not a button');
      check(mentions.length >= 10, `only ${mentions.length} mentions highlighted in the whole article`);
      const sentence = (await page.textContent('#document-view .document-evidence')) ?? '';
      check(sentence.includes('told CNN'), `the emphasised sentence is not the evidence: ${sentence}`);
      const emphasisMarks = await page.$$eval('#document-view .document-evidence .mention', (list) => list.map((m) => m.textContent));
      check(emphasisMarks.includes('CNN'), `the sentence's own names are not highlighted: ${JSON.stringify(emphasisMarks)}`);
      // Scrolled to: the sentence lies inside the view's visible box.
      const inView = await page.evaluate(() => {
        const panel = document.getElementById('document-view')!.getBoundingClientRect();
        const emphasis = document.querySelector('#document-view .document-evidence')!.getBoundingClientRect();
        return emphasis.top >= panel.top && emphasis.top < panel.bottom;
      });
      check(inView, 'the sentence was not scrolled into view');
      check(await page.evaluate(() => document.activeElement?.id === 'document-view'), 'the view did not take the focus');
      await pageShot(page, 'document-view');

      // A second sentence from the same graph: documents.json is not fetched again.
      await page.keyboard.press('Escape');
      check(await page.locator('#document-view').isHidden(), 'Escape did not close the view');
      const opener = evidenceWith(page, 'CNN', 'communicated with');
      check(await page.evaluate(() => document.activeElement?.classList.contains('evidence-open') === true), 'the focus did not go back to the evidence sentence');
      await opener.press('Enter');
      check((await viewState(page)) === 'text', 'Enter on the evidence sentence did not open the article');
      check(fetched.length === 1, `documents.json fetched ${fetched.length} times`);

      // A highlighted name selects its entity.
      await page.locator('#document-view button.mention', { hasText: 'CNN' }).first().click();
      await settle(page, 300);
      check((await page.textContent('#details .entity-name')) === 'CNN', `clicking CNN selected ${await page.textContent('#details .entity-name')}`);
      check((await page.evaluate(() => window.location.hash)).includes('node=organisation%3Acnn'), 'the URL does not name CNN');
      await page.keyboard.press('Escape');
      check(await page.locator('#document-view').isHidden(), 'Escape did not close the view');
      noProblems(problems);
      await page.context().close();
    },
  },
  {
    name: 'document view: a pasted hostile article opens its own text, markup shown as text, nothing run',
    run: async ({ browser, seeds }) => {
      const { page, problems } = await openPage(browser, seeds.url);
      const result = await paste(page, HOSTILE_ARTICLE);
      check(result.state === 'done', `the article was not added: ${result.message}`);
      await openDetails(page, 'Lina Haddad');
      await evidenceWith(page, 'Reuters').click();
      check((await viewState(page)) === 'text', `the pasted article's text did not open: ${await page.textContent('#document-view')}`);
      const text = (await page.textContent('#document-view .document-text')) ?? '';
      check(text.includes('the <b>market</b> in Kobani'), `escaped markup not shown literally: ${text.slice(0, 300)}`);
      check(((await page.textContent('#document-view .document-title')) ?? '').includes('<img src=x onerror=alert(3)> Raqqa report'), 'the hostile title is not shown literally');
      const names = await page.$$eval('#document-view .mention', (list) => list.map((m) => m.textContent));
      check(names.includes('Lina Haddad') && names.includes('Reuters'), `the pasted article's names are not highlighted: ${JSON.stringify(names)}`);
      check(((await page.textContent('#document-view .document-evidence')) ?? '').includes('Lina Haddad'), 'the sentence is not emphasised');
      check((await injected(page)) === 0, 'elements were made from the article');
      await pageShot(page, 'document-pasted-hostile');
      noProblems(problems);
      await page.context().close();
    },
  },
  {
    name: 'document view: hostile texts in documents.json stay text',
    run: async ({ browser, hostile }) => {
      const { page, problems } = await openPage(browser, hostile.url);
      await page.locator('#search').fill('Ryan Dillon');
      await page.press('#search', 'Enter');
      await page.waitForSelector('#details:not([hidden])');
      await settle(page, 300);
      await page.locator('#details .evidence-open').first().click();
      check((await viewState(page)) === 'text', `the article did not open: ${await page.textContent('#document-view')}`);
      check((await page.textContent('#document-view .document-title')) === HOSTILE.title, 'the hostile title is not shown literally');
      const text = (await page.textContent('#document-view .document-text')) ?? '';
      check(text.includes(HOSTILE.evidence.trim()), 'the hostile text is not shown literally');
      const hostileMention = await page.$$eval('#document-view .mention', (list, label) => list.filter((m) => m.textContent === label).length, HOSTILE.label);
      check(hostileMention === 1, `the hostile name is not one highlighted mention (${hostileMention})`);
      await page.waitForTimeout(300);
      check((await injected(page)) === 0, 'elements were made from the texts');
      noProblems(problems);
      await page.context().close();
    },
  },
  {
    name: 'document view: a dropped graph file without texts says so and shows the sentence',
    run: async ({ browser, seeds }) => {
      const { page, problems } = await openPage(browser, seeds.url);
      await page.evaluate((text) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'small.json', { type: 'application/json' }));
        document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }, JSON.stringify(SMALL_GRAPH));
      const dropped = await panelResult(page);
      check(dropped.state === 'done', `the graph was not opened: ${dropped.message}`);
      await openDetails(page, 'Ada Lovelace');
      await page.locator('#details .evidence-open').first().click();
      check((await viewState(page)) === 'unavailable', `the view did not say the text is missing: ${await page.textContent('#document-view')}`);
      check(((await page.textContent('#document-view .document-unavailable')) ?? '').includes('not available'), 'no "not available" message');
      check((await page.textContent('#document-view .document-sentence')) === 'Ada Lovelace lived in London.', 'the sentence is not shown');
      check((await page.textContent('#document-view .document-title')) === 'A note', 'the graph’s title for the article is not shown');
      await page.click('#document-view .close');
      check(await page.locator('#document-view').isHidden(), 'the close button did not close the view');
      noProblems(problems);
      await page.context().close();
    },
  },
];
