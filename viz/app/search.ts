// Search over labels and aliases: a datalist offers the names as the reader
// types, and a query resolves to the best entity (exact name, then a name
// that starts with it, then one that contains it; more mentions first).
import { element } from './dom.js';
import { runWhenIdle } from './idle.js';
import type { ViewGraph } from './load.js';

interface Entry {
  node: string;
  name: string;
  folded: string;
  isLabel: boolean;
  mentions: number;
}

export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Options added to the datalist per step: small enough for one idle slice. */
const OPTIONS_PER_STEP = 250;

export class SearchIndex {
  private readonly entries: Entry[] = [];

  constructor(graph: ViewGraph) {
    graph.forEachNode((node, a) => {
      const names = new Set([a.label, ...a.aliases]);
      for (const name of names) this.entries.push({ node, name, folded: fold(name), isLabel: name === a.label, mentions: a.mentions });
    });
    this.entries.sort((x, y) => Number(y.isLabel) - Number(x.isLabel) || y.mentions - x.mentions || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  }

  /**
   * Fills the datalist (labels as they are, aliases with the label they stand
   * for) in idle steps, so a 10,000-node graph's list does not hold up the
   * page. Sets data-filled="true" when done; returns a cancel function.
   */
  fillDatalist(list: HTMLDataListElement, graph: ViewGraph): () => void {
    list.replaceChildren();
    list.dataset.filled = 'false';
    let next = 0;
    return runWhenIdle(() => {
      const part = document.createDocumentFragment();
      const end = Math.min(this.entries.length, next + OPTIONS_PER_STEP);
      for (; next < end; next++) {
        const entry = this.entries[next] as Entry;
        const option = element('option');
        option.value = entry.name;
        if (!entry.isLabel) option.label = `${entry.name} → ${graph.getNodeAttribute(entry.node, 'label')}`;
        part.append(option);
      }
      list.append(part);
      if (next < this.entries.length) return false;
      list.dataset.filled = 'true';
      return true;
    });
  }

  find(query: string): string | null {
    const wanted = fold(query);
    if (wanted === '') return null;
    const tests: ((entry: Entry) => boolean)[] = [
      (entry) => entry.folded === wanted,
      (entry) => entry.folded.startsWith(wanted),
      (entry) => entry.folded.includes(wanted),
    ];
    for (const test of tests) {
      const hit = this.entries.find(test);
      if (hit !== undefined) return hit.node;
    }
    return null;
  }
}
