// Resolution across articles: which entity keys from different articles name
// one thing. Pure (no I/O), deterministic whatever the order of the
// extractions, and near-linear: rules compare only keys that share an index
// form. The user's alias table is applied first and always wins.
import { BadInputError } from '../../errors.js';
import type { Extraction } from '../../types.js';
import { profileKeys } from './profile.js';
import { findCandidates, survivorFirst, type Candidate } from './candidates.js';
import { Components, type Edge } from './components.js';
import { pairKey, readTable } from './table-state.js';
import { DEFAULT_ACROSS_OPTIONS, type AcrossOptions, type AcrossResult, type CrossMerge, type KeyProfile } from './types.js';

export * from './types.js';
export { applyKeyMap, RepeatedKeyMap } from './apply.js';
export { RepeatedResolution } from './repeated.js';
export { ALIAS_ACTIONS, ALIAS_TABLE_VERSION, emptyAliasTable, isEntityKey, parseAliasTable, serialiseAliasTable, validateAliasTable } from './alias-table.js';
export type { AliasAction, AliasDecision, AliasTable } from './alias-table.js';
export { ACROSS_RULES } from './rules.js';
export { MERGE_LIST_VERSION, serialiseMergeList } from './merge-list.js';

/** The rule id of a merge the user's alias table forced. */
export const TABLE_RULE = 'alias-table';
const EXAMPLE_DOCS = 5;

export function resolveAcross(extractions: readonly Extraction[], options: AcrossOptions = {}): AcrossResult {
  validateOptions({ ...DEFAULT_ACROSS_OPTIONS, ...options });
  return resolveProfiles(profileKeys([...extractions].sort((a, b) => (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0))), options);
}

/** resolveAcross from the keys' profiles (profileKeys: in key order), made already. */
export function resolveProfiles(profiles: ReadonlyMap<string, KeyProfile>, options: AcrossOptions = {}): AcrossResult {
  const settings = { ...DEFAULT_ACROSS_OPTIONS, ...options };
  validateOptions(settings);
  const state = readTable(settings.table);
  const candidates = findCandidates(profiles);
  const components = new Components(profiles, state.rejected);
  for (const [from, into] of state.accepts) {
    if (!profiles.has(from) || !profiles.has(into)) continue; // a decision about another corpus
    components.join({ from, into, rule: TABLE_RULE, reason: 'the alias table says to merge them', score: 1 }, { checkPeople: false });
  }
  for (const c of candidates) {
    if (c.score < settings.threshold) break;
    if (state.isolated.has(c.from) || state.isolated.has(c.into)) continue;
    components.join(c, { checkPeople: true });
  }
  const forcedFrom = new Set(state.accepts.map(([from]) => from));
  const { keyMap, labels, merges } = settle(components, profiles, forcedFrom);
  const uncertain = candidates
    .filter((c) => c.score >= settings.uncertainFrom && c.score < settings.threshold)
    .filter((c) => !state.isolated.has(c.from) && !state.isolated.has(c.into) && !state.rejected.has(pairKey(c.from, c.into)))
    .filter((c) => components.find(c.from) !== components.find(c.into))
    .map((c) => toMerge(c, profiles));
  return { merges, uncertain, keyMap, labels };
}

/** Each node's key (pickSurvivor; never the `from` of an accepted merge) and one merge record per member that joins it. */
function settle(components: Components, profiles: ReadonlyMap<string, KeyProfile>, forcedFrom: ReadonlySet<string>) {
  const groups = new Map<string, string[]>();
  for (const key of profiles.keys()) {
    const root = components.find(key);
    const members = groups.get(root);
    if (members) members.push(key);
    else groups.set(root, [key]);
  }
  const adjacent = new Map<string, Edge[]>();
  for (const edge of components.edges) {
    for (const end of [edge.from, edge.into]) adjacent.set(end, [...(adjacent.get(end) ?? []), edge]);
  }
  const keyMap = new Map<string, string>();
  const labels = new Map<string, string>();
  const merges: CrossMerge[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const eligible = members.filter((k) => !forcedFrom.has(k));
    const node = pickSurvivor(eligible.length > 0 ? eligible : members, profiles);
    labels.set(node, nodeLabel(node, members, profiles));
    // Walk the merges outwards from the surviving key: each member is recorded with the merge that reached it.
    const reached = new Set([node]);
    const queue = [node];
    while (queue.length > 0) {
      const at = queue.shift()!;
      const edges = [...(adjacent.get(at) ?? [])].sort((x, y) => compareText(otherEnd(x, at), otherEnd(y, at)));
      for (const edge of edges) {
        const member = otherEnd(edge, at);
        if (reached.has(member)) continue;
        reached.add(member);
        queue.push(member);
        keyMap.set(member, node);
        merges.push(toMerge({ ...edge, from: member, into: node }, profiles, at === node ? undefined : at));
      }
    }
  }
  merges.sort((a, b) => compareText(a.from, b.from));
  return { keyMap: new Map([...keyMap.entries()].sort((a, b) => compareText(a[0], b[0]))), labels, merges };
}

/** The surviving key's label; for a person, the fullest name any member has ("Lars Berg" over "Berg"). */
function nodeLabel(node: string, members: string[], profiles: ReadonlyMap<string, KeyProfile>): string {
  const own = profiles.get(node)!;
  if (own.type !== 'person') return own.label;
  const words = (p: KeyProfile) => p.labelForms.folded.split(' ').length;
  const people = members.map((k) => profiles.get(k)!).filter((p) => p.type === 'person');
  return people.sort((a, b) => words(b) - words(a) || b.mentions - a.mentions || compareText(a.key, b.key))[0]!.label;
}

function pickSurvivor(keys: string[], profiles: ReadonlyMap<string, KeyProfile>): string {
  return [...keys].sort((a, b) => survivorFirst(profiles.get(a)!, profiles.get(b)!))[0]!;
}

function toMerge(c: Candidate | Edge, profiles: ReadonlyMap<string, KeyProfile>, via?: string): CrossMerge {
  const from = profiles.get(c.from)!;
  const into = profiles.get(c.into)!;
  return {
    from: c.from,
    into: c.into,
    ...(via !== undefined ? { via } : {}),
    fromLabel: from.label,
    intoLabel: into.label,
    rule: c.rule,
    reason: c.reason,
    score: c.score,
    docs: { from: from.docs.slice(0, EXAMPLE_DOCS), into: into.docs.slice(0, EXAMPLE_DOCS) },
  };
}

const otherEnd = (edge: Edge, key: string) => (edge.from === key ? edge.into : edge.from);
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function validateOptions(o: Required<AcrossOptions>): void {
  const ok = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1;
  if (!ok(o.threshold) || !ok(o.uncertainFrom) || o.uncertainFrom > o.threshold) {
    throw new BadInputError(`resolveAcross: thresholds must satisfy 0 <= uncertainFrom <= threshold <= 1, got uncertainFrom ${o.uncertainFrom} and threshold ${o.threshold}`);
  }
}
