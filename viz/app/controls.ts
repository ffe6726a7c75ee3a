// The sidebar: legend (click a type to hide it), relation types, thresholds,
// and the look switches. Each control writes the view state and asks for a redraw.
import { byId, element } from './dom.js';
import type { ViewGraph } from './load.js';
import { colorForType } from './look.js';
import { COOCCURS, type ColorBy, type SizeBy, type ViewState } from './state.js';

/** Types in the order the legend lists them; any other type follows, sorted. */
const NODE_TYPE_ORDER = ['person', 'organisation', 'group', 'place', 'document'];

function counts(values: Iterable<string>): Map<string, number> {
  const result = new Map<string, number>();
  for (const value of values) result.set(value, (result.get(value) ?? 0) + 1);
  return result;
}

function ordered(types: Iterable<string>, order: readonly string[]): string[] {
  const rank = (type: string): number => (order.includes(type) ? order.indexOf(type) : order.length);
  return [...types].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** The earliest and latest day on any node or edge, or null when nothing is dated. */
export function dateRange(graph: ViewGraph): { first: string; last: string } | null {
  let first: string | null = null;
  let last: string | null = null;
  const widen = (a: { firstSeen: string | null; lastSeen: string | null }): void => {
    if (a.firstSeen !== null && (first === null || a.firstSeen < first)) first = a.firstSeen;
    if (a.lastSeen !== null && (last === null || a.lastSeen > last)) last = a.lastSeen;
  };
  graph.forEachNode((_node, a) => widen(a));
  graph.forEachEdge((_edge, a) => widen(a));
  return first === null || last === null ? null : { first, last };
}

/**
 * The article counts the min-articles slider stops at, up to `max`: every
 * count to 5, then round numbers (6, 8, 10, 12, 15, 20, 25, 30, 40, ...), and
 * `max` last. A corpus has a few entities in hundreds of articles and
 * most in one or two; on a linear slider the useful counts were a sliver at
 * its left end.
 */
export function articleSteps(max: number): number[] {
  const steps: number[] = [];
  for (let n = 1; n <= max; n = n < 5 ? n + 1 : niceAbove(n + 1)) steps.push(n);
  if (steps.at(-1) !== max && max >= 1) steps.push(max);
  return steps;
}

/** The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten that is at least `x`. */
function niceAbove(x: number): number {
  const power = 10 ** Math.floor(Math.log10(x));
  const nice = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((m) => m * power >= x - 1e-9) ?? 10;
  return Math.round(nice * power);
}

export interface Controls {
  /** Shows the state in the controls (after a load from the URL, or a change). */
  show: () => void;
  /** Lists the graph's types again, after it changed. */
  refill: () => void;
}

export function buildControls(graph: ViewGraph, state: ViewState, changed: () => void): Controls {
  const legend = byId('legend');
  const relationList = byId('relation-types');
  let legendButtons: HTMLButtonElement[] = [];
  let relationBoxes: HTMLInputElement[] = [];
  const weight = byId<HTMLInputElement>('min-weight');
  const articles = byId<HTMLInputElement>('min-articles');
  const articlesRow = byId('min-articles-row');
  // The slider moves over these counts (articleSteps), filled with the graph.
  let steps = [1];

  const refill = (): void => {
    const nodeTypes = counts(graph.mapNodes((_node, a) => a.type));
    const edgeTypes = counts(graph.mapEdges((_edge, a) => a.type));
    legendButtons = ordered(nodeTypes.keys(), NODE_TYPE_ORDER).map((type) => {
      const swatch = element('span', { className: 'swatch' });
      swatch.style.background = colorForType(type);
      const button = element('button', { className: 'legend-item' }, [swatch, element('span', { text: type, className: 'legend-name' }), element('span', { text: String(nodeTypes.get(type)), className: 'count' })]);
      button.type = 'button';
      button.dataset.type = type;
      button.title = `Show or hide ${type} nodes`;
      button.addEventListener('click', () => {
        if (state.hiddenNodeTypes.has(type)) state.hiddenNodeTypes.delete(type);
        else state.hiddenNodeTypes.add(type);
        changed();
      });
      return button;
    });
    legend.replaceChildren(...legendButtons.map((button) => element('li', {}, [button])));

    relationList.replaceChildren();
    relationBoxes = ordered(edgeTypes.keys(), [COOCCURS]).reverse().map((type) => {
      const box = element('input');
      box.type = 'checkbox';
      box.dataset.type = type;
      box.addEventListener('change', () => {
        if (box.checked) state.hiddenEdgeTypes.delete(type);
        else state.hiddenEdgeTypes.add(type);
        changed();
      });
      const name = type === COOCCURS ? 'co-occurrence' : type.replaceAll('_', ' ');
      relationList.append(element('li', {}, [element('label', {}, [box, element('span', { text: name }), element('span', { text: String(edgeTypes.get(type)), className: 'count' })])]));
      return box;
    });
    let maxWeight = 1;
    graph.forEachEdge((_edge, a) => {
      if (a.type === COOCCURS) maxWeight = Math.max(maxWeight, a.weight);
    });
    weight.max = String(maxWeight);
    // A corpus's filter: shown once some entity is named in two articles or more.
    let maxArticles = 1;
    graph.forEachNode((_node, a) => void (maxArticles = Math.max(maxArticles, a.docs.length)));
    steps = articleSteps(maxArticles);
    articles.max = String(steps.length - 1);
    articlesRow.hidden = maxArticles < 2;
    fillTime();
  };

  // The time filter shows only on a graph with dates, bounded by them.
  const timeSection = byId('time-range');
  const from = byId<HTMLInputElement>('time-from');
  const to = byId<HTMLInputElement>('time-to');
  const timeSpan = byId('time-span');
  function fillTime(): void {
    const range = dateRange(graph);
    timeSection.hidden = range === null;
    if (range === null) return;
    for (const input of [from, to]) {
      input.min = range.first;
      input.max = range.last;
    }
    timeSpan.textContent = `Dates in this graph: ${range.first} to ${range.last}. Undated entities and links stay shown.`;
  }
  const readDay = (input: HTMLInputElement): string | null => (/^\d{4}-\d{2}-\d{2}$/.test(input.value) ? input.value : null);
  for (const input of [from, to]) {
    input.addEventListener('change', () => {
      state.from = readDay(from);
      state.to = readDay(to);
      changed();
    });
  }
  byId('time-reset').addEventListener('click', () => {
    state.from = null;
    state.to = null;
    changed();
  });
  refill();

  const confidence = byId<HTMLInputElement>('min-confidence');
  const confidenceValue = byId('min-confidence-value');
  confidence.addEventListener('input', () => {
    state.minConfidence = Number(confidence.value);
    changed();
  });

  const articlesValue = byId('min-articles-value');
  articles.addEventListener('input', () => {
    state.minArticles = steps[Number(articles.value)] ?? 1;
    changed();
  });

  const weightValue = byId('min-weight-value');
  weight.addEventListener('input', () => {
    state.minWeight = Number(weight.value);
    changed();
  });

  const sizeBy = byId<HTMLSelectElement>('size-by');
  sizeBy.addEventListener('change', () => {
    state.sizeBy = sizeBy.value as SizeBy;
    changed();
  });
  const colorBy = byId<HTMLSelectElement>('color-by');
  colorBy.addEventListener('change', () => {
    state.colorBy = colorBy.value as ColorBy;
    changed();
  });

  const show = (): void => {
    for (const button of legendButtons) {
      const off = state.hiddenNodeTypes.has(button.dataset.type ?? '');
      button.classList.toggle('off', off);
      button.setAttribute('aria-pressed', String(!off));
    }
    for (const box of relationBoxes) box.checked = !state.hiddenEdgeTypes.has(box.dataset.type ?? '');
    confidence.value = String(state.minConfidence);
    confidenceValue.textContent = state.minConfidence.toFixed(2);
    weight.value = String(state.minWeight);
    weightValue.textContent = String(state.minWeight);
    // The last stop at or under the count (a count from the URL need not be a stop).
    articles.value = String(Math.max(0, steps.findLastIndex((step) => step <= state.minArticles)));
    articlesValue.textContent = String(state.minArticles);
    sizeBy.value = state.sizeBy;
    colorBy.value = state.colorBy;
    from.value = state.from ?? '';
    to.value = state.to ?? '';
  };
  return { show, refill };
}
