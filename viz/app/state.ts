// What the reader has chosen: selection, filters, search and look. It lives
// in the URL hash so a view can be bookmarked, shared and restored on load.

export type SizeBy = 'degree' | 'pagerank';
export type ColorBy = 'type' | 'community';

export interface ViewState {
  selected: string | null;
  search: string;
  hiddenNodeTypes: Set<string>;
  /** Entities named in fewer articles than this are hidden (1: none is). */
  minArticles: number;
  /** Relation types switched off; cooccurs is off until switched on. */
  hiddenEdgeTypes: Set<string>;
  minConfidence: number;
  minWeight: number;
  sizeBy: SizeBy;
  colorBy: ColorBy;
  /** The time filter's first and last day (ISO YYYY-MM-DD, inclusive); null leaves that end open. */
  from: string | null;
  to: string | null;
}

export const COOCCURS = 'cooccurs';

export function defaultState(): ViewState {
  return {
    selected: null,
    search: '',
    hiddenNodeTypes: new Set(),
    minArticles: 1,
    hiddenEdgeTypes: new Set([COOCCURS]),
    minConfidence: 0,
    minWeight: 1,
    sizeBy: 'degree',
    colorBy: 'type',
    from: null,
    to: null,
  };
}

const list = (value: string | null): Set<string> => new Set((value ?? '').split(',').filter(Boolean));

function clamp(value: string | null, low: number, high: number, fallback: number): number {
  const parsed = Number(value);
  return value === null || value === '' || !Number.isFinite(parsed) ? fallback : Math.min(high, Math.max(low, parsed));
}

/** A day as ISO YYYY-MM-DD (what the graph's dates and date inputs use), else null. */
function day(value: string | null): string | null {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

/** Reads `#node=…&hide=…` back; anything missing or malformed keeps its default. */
export function parseHash(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state = defaultState();
  state.selected = params.get('node') || null;
  state.search = params.get('q') ?? '';
  if (params.has('hide')) state.hiddenNodeTypes = list(params.get('hide'));
  if (params.has('rel')) state.hiddenEdgeTypes = list(params.get('rel'));
  state.minArticles = Math.round(clamp(params.get('articles'), 1, Number.MAX_SAFE_INTEGER, 1));
  state.minConfidence = clamp(params.get('conf'), 0, 1, 0);
  state.minWeight = clamp(params.get('weight'), 1, Number.MAX_SAFE_INTEGER, 1);
  if (params.get('size') === 'pagerank') state.sizeBy = 'pagerank';
  if (params.get('color') === 'community') state.colorBy = 'community';
  state.from = day(params.get('from'));
  state.to = day(params.get('to'));
  // A range given backwards means the same days: put its ends in order.
  if (state.from !== null && state.to !== null && state.from > state.to) [state.from, state.to] = [state.to, state.from];
  return state;
}

/** Writes only what differs from the defaults, in a fixed order, so equal views give equal URLs. */
export function formatHash(state: ViewState): string {
  const defaults = defaultState();
  const params = new URLSearchParams();
  if (state.selected !== null) params.set('node', state.selected);
  if (state.search !== '') params.set('q', state.search);
  const sorted = (set: Set<string>): string => [...set].sort().join(',');
  if (sorted(state.hiddenNodeTypes) !== sorted(defaults.hiddenNodeTypes)) params.set('hide', sorted(state.hiddenNodeTypes));
  if (sorted(state.hiddenEdgeTypes) !== sorted(defaults.hiddenEdgeTypes)) params.set('rel', sorted(state.hiddenEdgeTypes));
  if (state.minArticles !== defaults.minArticles) params.set('articles', String(state.minArticles));
  if (state.minConfidence !== defaults.minConfidence) params.set('conf', String(state.minConfidence));
  if (state.minWeight !== defaults.minWeight) params.set('weight', String(state.minWeight));
  if (state.sizeBy !== defaults.sizeBy) params.set('size', state.sizeBy);
  if (state.colorBy !== defaults.colorBy) params.set('color', state.colorBy);
  if (state.from !== null) params.set('from', state.from);
  if (state.to !== null) params.set('to', state.to);
  const text = params.toString();
  return text === '' ? '' : `#${text}`;
}
