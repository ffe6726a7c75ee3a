// Resolution within one article: mentions that name the same thing become one
// entity. Clusters start from identical names and grow by the merge rules in
// rules.ts, tried in order; every merge is recorded with its rule and reason.
import type { Decision, Entity, EntityType, MergeDecision, Mention, Zone } from '../types.js';
import { foldName, slugify, stripDeterminers } from './normalise.js';
import { NOMINAL_GROUP_HEADS } from '../mentions/lexicon/cues.js';
import { findWrittenAliases } from './written-aliases.js';
import { MERGE_RULES, type Cluster, type MergeRule } from './rules.js';
import { articleCountries, institutionCountry, qualifiedDecision, qualifiedName, type ArticleCountries } from './institutions.js';
import { isGenericInstitution } from './generic-institutions.js';

export { foldName, slugify } from './normalise.js';

interface Working extends Cluster {
  mentions: number[];
  typeScore: Map<EntityType, number>;
  merges: MergeDecision[];
  /** The country a generic institution ("Foreign Ministry") belongs to, when the article says. */
  country?: string;
  /** A type the article settles in words ("X, known as Y"), which later votes do not overturn. */
  settledType?: EntityType;
  /** Forms that never name the entity: one word standing for a fuller name ("Salomon"). */
  shortForms?: Set<string>;
}

export interface ResolveResult {
  entities: Entity[];
  decisions: Decision[];
}

/**
 * `text` is the document text the mentions point into; it is read to tie
 * descriptions ("the fighters") to the group the article names with them.
 * `zones` (the document's) tell a dateline, whose place says whose a
 * "Foreign Ministry" is.
 */
export function resolveEntities(mentions: Mention[], text: string, zones: readonly Zone[] = []): ResolveResult {
  let clusters = initialClusters(mentions);
  const decisions: Decision[] = [];
  clusters = joinWrittenAliases(clusters, mentions, text, decisions);
  for (const rule of MERGE_RULES) clusters = applyRule(rule, clusters, decisions);
  decisions.push(...dropAmbiguousShortNames(clusters));
  decisions.push(...attachNominals(clusters, mentions, text));
  decisions.push(...nameInstitutionCountries(clusters, mentions, text, zones));
  return { entities: toEntities(clusters, mentions), decisions };
}

/** "Foreign Ministry" → "German Foreign Ministry" where the article says whose it is (institutions.ts). */
function nameInstitutionCountries(clusters: Working[], mentions: Mention[], text: string, zones: readonly Zone[]): Decision[] {
  const decisions: Decision[] = [];
  // Read once, and only for an article that has such a name.
  let article: ArticleCountries | undefined;
  for (const cluster of clusters) {
    if (cluster.type !== 'organisation' || !isGenericInstitution(labelOf(cluster))) continue;
    article ??= articleCountries(mentions, text, zones);
    const finding = institutionCountry(cluster.mentions, article);
    if (!finding) continue;
    cluster.country = finding.country;
    decisions.push(qualifiedDecision(labelOf(cluster), finding));
  }
  return decisions;
}

/**
 * One rule over all clusters until nothing more merges. Clusters are visited
 * in order of first mention; each looks up the clusters filed under its keys,
 * so a long article costs about one pass per rule, not one per pair.
 */
function applyRule(rule: MergeRule, start: Working[], decisions: Decision[]): Working[] {
  let clusters = start;
  for (let changed = true; changed; ) {
    changed = false;
    const index = new Map<string, Working[]>();
    const file = (cluster: Working) => {
      for (const key of new Set(rule.index(cluster))) {
        const list = index.get(key);
        if (list) list.push(cluster);
        else index.set(key, [cluster]);
      }
    };
    clusters.forEach(file);
    const gone = new Set<Working>();
    for (const small of clusters) {
      if (gone.has(small)) continue;
      const seen = new Set<Working>();
      for (const key of rule.lookup(small)) for (const c of index.get(key) ?? []) if (c !== small && !gone.has(c)) seen.add(c);
      const targets = [...seen].filter((big) => compatible(small, big, rule.id) && rule.test(small, big));
      if (targets.length === 0) continue;
      // A short name that fits two people is left for dropAmbiguousShortNames; one that fits two organisations stays apart.
      if ((rule.id === 'surname' || rule.id === 'short-organisation-name') && new Set(targets.map(labelOf)).size > 1) continue;
      const other = targets.sort((a, b) => b.mentions.length - a.mentions.length || labelOf(a).localeCompare(labelOf(b)))[0]!;
      // The cluster with more mentions (at a tie, the one named first) survives.
      const [into, from] = survivorFirst(other, small);
      if (rule.keepsFullName) {
        const single = (c: Working) => [...c.forms.keys()].filter((form) => !form.includes(' '));
        into.shortForms = new Set([...(into.shortForms ?? []), ...(from.shortForms ?? []), ...single(small)]);
      }
      const alias = labelOf(from);
      const target = labelOf(into);
      absorb(into, from);
      if (rule.settlesType) into.type = rule.settlesType;
      gone.add(from);
      file(into);
      changed = true;
      const merge: MergeDecision = { alias, into: target, rule: rule.id, reason: rule.reason };
      into.merges.push(merge);
      decisions.push({ stage: 'resolve', rule: rule.id, message: `"${alias}" → "${target}": ${rule.reason}` });
    }
    clusters = clusters.filter((c) => !gone.has(c));
  }
  return clusters;
}

/**
 * "Smith" after "John Smith" and "Anna Smith" could be either: it is dropped
 * rather than made a third person or given to the wrong one.
 */
function dropAmbiguousShortNames(clusters: Working[]): Decision[] {
  const decisions: Decision[] = [];
  // Word of a full name → the people whose full name has it.
  const owners = new Map<string, Set<Working>>();
  for (const c of clusters) {
    if (c.type !== 'person') continue;
    for (const name of c.names) {
      if (!name.includes(' ')) continue;
      for (const word of name.split(' ')) owners.set(word, (owners.get(word) ?? new Set()).add(c));
    }
  }
  for (let i = clusters.length - 1; i >= 0; i--) {
    const cluster = clusters[i]!;
    if (cluster.type !== 'person' || cluster.names.some((f) => f.includes(' '))) continue;
    const candidates = new Set(cluster.names.flatMap((short) => [...(owners.get(short) ?? [])]));
    if (candidates.size < 2) continue;
    clusters.splice(i, 1);
    decisions.push({ stage: 'resolve', rule: 'surname-ambiguous', message: `"${cluster.names[0]}" dropped: it could be ${[...candidates].map(labelOf).join(' or ')}` });
  }
  return decisions;
}

/**
 * A description joins the one group the article ties its head noun to
 * ("“Commandos of the Revolution” fighters" ties "fighters"); otherwise it is
 * dropped, since guessing would invent edges.
 */
function attachNominals(clusters: Working[], mentions: Mention[], text: string): Decision[] {
  const decisions: Decision[] = [];
  const groups = clusters.filter((c) => c.type === 'group');
  const tiedHeads = new Map<Working, Set<string>>();
  for (const group of groups) {
    const heads = new Set<string>();
    for (const i of group.mentions) {
      const after = /^[”"’'\s]*([\p{L}]+)/u.exec(text.slice(mentions[i]!.end, mentions[i]!.end + 40));
      if (after?.[1]) heads.add(after[1].toLowerCase());
    }
    tiedHeads.set(group, heads);
  }
  mentions.forEach((m, index) => {
    if (m.form !== 'nominal') return;
    const head = m.text.split(/\s+/).pop()!.toLowerCase();
    let candidates = groups.filter((g) => tiedHeads.get(g)!.has(head));
    if (candidates.length === 0) candidates = groups.filter((g) => [...tiedHeads.get(g)!].some((h) => NOMINAL_GROUP_HEADS.has(h)));
    if (candidates.length !== 1) {
      decisions.push({ stage: 'resolve', rule: 'nominal-unresolved', message: `"${m.text}" dropped: no single named group it stands for` });
      return;
    }
    const group = candidates[0]!;
    group.mentions.push(index);
    decisions.push({ stage: 'resolve', rule: 'nominal-group', message: `"${m.text}" → "${labelOf(group)}": the article ties "${head}" to this group` });
  });
  return decisions;
}

function initialClusters(mentions: Mention[]): Working[] {
  const byKey = new Map<string, Working>();
  mentions.forEach((m, index) => {
    if (m.form === 'nominal') return; // attached after clustering, never a name of its own
    const key = `${m.type}|${m.refersTo ?? foldName(stripDeterminers(oneLine(m.text)))}`;
    let cluster = byKey.get(key);
    if (!cluster) {
      cluster = { type: m.type, canonical: m.refersTo ?? null, forms: new Map(), names: [], folded: [], mentions: [], typeScore: new Map(), merges: [] };
      byKey.set(key, cluster);
    }
    const form = stripDeterminers(oneLine(m.text));
    const seen = cluster.forms.get(form);
    cluster.forms.set(form, seen ? { count: seen.count + 1, first: seen.first } : { count: 1, first: index });
    if (!seen) {
      cluster.names.push(form);
      cluster.folded.push(foldName(form));
    }
    cluster.mentions.push(index);
    cluster.typeScore.set(m.type, (cluster.typeScore.get(m.type) ?? 0) + m.score);
  });
  return [...byKey.values()];
}

/**
 * Names the article says are one ("Alternative for Germany (AfD)", "X, widely
 * known as Y"): joined before the merge rules, which could not tell from the
 * names alone. The name keeps the node; the alias joins its aliases.
 */
function joinWrittenAliases(clusters: Working[], mentions: Mention[], text: string, decisions: Decision[]): Working[] {
  const clusterOf = new Map<number, Working>();
  for (const cluster of clusters) for (const index of cluster.mentions) clusterOf.set(index, cluster);
  const mergedInto = new Map<Working, Working>();
  const live = (index: number): Working | undefined => {
    let at = clusterOf.get(index);
    for (let next = at && mergedInto.get(at); next; next = mergedInto.get(next)) at = next;
    return at;
  };
  for (const { name, alias, cue } of findWrittenAliases(mentions, text, (index) => live(index)?.type)) {
    const [named, other] = [live(name), live(alias)];
    if (!named || !other || named === other) continue;
    if (named.canonical && other.canonical && named.canonical !== other.canonical) continue;
    const aliasLabel = labelOf(other);
    const type = cue.typeFrom === 'alias' ? other.type : named.type;
    absorb(named, other);
    // Not the vote: "Social Democrats (SPD)" looked like a person's name, and the acronym says what it is.
    named.type = type;
    named.settledType = type;
    mergedInto.set(other, named);
    named.merges.push({ alias: aliasLabel, into: labelOf(named), rule: cue.id, reason: cue.reason });
    decisions.push({ stage: 'resolve', rule: cue.id, message: `"${aliasLabel}" → "${labelOf(named)}": ${cue.reason}` });
  }
  return clusters.filter((c) => !mergedInto.has(c));
}

function survivorFirst(a: Working, b: Working): [Working, Working] {
  if (a.mentions.length !== b.mentions.length) return a.mentions.length > b.mentions.length ? [a, b] : [b, a];
  return Math.min(...a.mentions) <= Math.min(...b.mentions) ? [a, b] : [b, a];
}

function compatible(a: Working, b: Working, rule: string): boolean {
  if (a.canonical && b.canonical && a.canonical !== b.canonical) return false;
  // Identical names of different types are one thing typed two ways: the vote settles the type.
  if (rule === 'same-canonical' || rule === 'same-folded-form' || rule === 'corporate-name') return true;
  return a.type === b.type;
}

function absorb(into: Working, from: Working): void {
  for (const [form, seen] of from.forms) {
    const mine = into.forms.get(form);
    into.forms.set(form, mine ? { count: mine.count + seen.count, first: Math.min(mine.first, seen.first) } : { ...seen });
    if (!mine) {
      into.names.push(form);
      into.folded.push(foldName(form));
    }
  }
  into.mentions.push(...from.mentions);
  for (const [type, score] of from.typeScore) into.typeScore.set(type, (into.typeScore.get(type) ?? 0) + score);
  into.canonical ??= from.canonical;
  into.merges.push(...from.merges);
  into.settledType ??= from.settledType;
  if (from.shortForms) into.shortForms = new Set([...(into.shortForms ?? []), ...from.shortForms]);
  into.type = into.settledType ?? [...into.typeScore.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

/** The name a reader knows it by: the canonical name, a person's fullest name, else the commonest form. */
function labelOf(cluster: Cluster & { shortForms?: ReadonlySet<string> }): string {
  if (cluster.canonical) return cluster.canonical;
  const all = [...cluster.forms.entries()];
  const named = cluster.shortForms ? all.filter(([form]) => !cluster.shortForms!.has(form)) : all;
  const forms = named.length > 0 ? named : all;
  if (cluster.type === 'person') {
    return forms.sort((a, b) => b[0].split(' ').length - a[0].split(' ').length || b[1].count - a[1].count || a[1].first - b[1].first)[0]![0];
  }
  // Commonest first; at a tie, the form seen first.
  return forms.sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)[0]![0];
}

function toEntities(clusters: Working[], mentions: Mention[]): Entity[] {
  const used = new Set<string>();
  const entities = clusters.map((cluster) => {
    const label = cluster.country === undefined ? labelOf(cluster) : qualifiedName(labelOf(cluster), cluster.country);
    let key = `${cluster.type}:${slugify(label)}`;
    for (let n = 2; used.has(key); n++) key = `${cluster.type}:${slugify(label)}-${n}`;
    used.add(key);
    const aliases = new Set<string>([label, ...[...cluster.forms.keys()]]);
    for (const i of cluster.mentions) if (mentions[i]!.form !== 'nominal') aliases.add(stripDeterminers(oneLine(mentions[i]!.text)));
    return {
      key,
      label,
      type: cluster.type,
      aliases: [...aliases].sort((a, b) => a.localeCompare(b, 'en')),
      mentions: [...cluster.mentions].sort((a, b) => a - b),
      merges: cluster.merges,
    };
  });
  return entities.sort((a, b) => a.key.localeCompare(b.key));
}

/** A name wrapped over two lines of prose ("Narendra\nModi") is written on one. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}
