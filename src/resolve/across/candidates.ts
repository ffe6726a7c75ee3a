// Scored candidate pairs: every rule's findings, with the corpus around them
// (shared neighbours support a pair; two keys kept apart inside one article
// count against it). A lookup that fits several keys is ambiguous: it is
// never applied, only listed.
import type { KeyProfile } from './types.js';
import { ACROSS_RULES, type AcrossRule, type Finding } from './rules.js';
import { TYPE_MISMATCH_PENALTY, typesAgree } from './compatible.js';

export interface Candidate {
  /** The key that would disappear (survivorFirst orders the pair). */
  from: string;
  into: string;
  rule: string;
  reason: string;
  score: number;
}

/** Per shared neighbour, weighted down for neighbours every article has; the total is capped. */
const NEIGHBOUR_WEIGHT = 0.1;
const NEIGHBOUR_CAP = 0.2;
/** One article kept the two apart: that article's own resolution saw both and did not merge them. */
const SAME_ARTICLE_PENALTY = 0.2;
/** An ambiguous lookup scores at most this (under the default threshold), less again without shared neighbours. */
const AMBIGUOUS_CAP = 0.5;
const AMBIGUOUS_UNSUPPORTED = 0.1;

export function findCandidates(profiles: ReadonlyMap<string, KeyProfile>): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const rule of ACROSS_RULES) {
    const index = indexProfiles(rule, profiles);
    const lookupForms = formsOf(rule, 'lookup');
    for (const from of profiles.values()) {
      const found: { to: KeyProfile; finding: Finding }[] = [];
      const seen = new Set<string>();
      for (const form of lookupForms(from)) {
        for (const to of index.get(form) ?? []) {
          if (to.key === from.key || seen.has(to.key) || !typesAgree(from.type, to.type)) continue;
          seen.add(to.key);
          const finding = rule.test(from, to);
          if (finding) found.push({ to, finding });
        }
      }
      const others = found.map((f) => f.to.label);
      for (const { to, finding } of found) {
        const candidate = scoreCandidate(rule, from, to, finding, profiles, others.filter((label) => label !== to.label));
        if (candidate === null) continue;
        const pair = `${candidate.from}\u0000${candidate.into}`;
        const held = best.get(pair);
        if (!held || candidate.score > held.score) best.set(pair, candidate);
      }
    }
  }
  return [...best.values()].sort(byScoreThenKeys);
}

// A rule's forms of a profile, each once, made once per profile object: a
// corpus resolved again and again (./repeated.ts) keeps the profiles of keys
// no new article names, and their forms with them.
const madeForms = new Map<AcrossRule, { index: WeakMap<KeyProfile, readonly string[]>; lookup: WeakMap<KeyProfile, readonly string[]> }>();

function formsOf(rule: AcrossRule, side: 'index' | 'lookup'): (p: KeyProfile) => readonly string[] {
  let made = madeForms.get(rule);
  if (made === undefined) {
    made = { index: new WeakMap(), lookup: new WeakMap() };
    madeForms.set(rule, made);
  }
  const held = made[side];
  return (p) => {
    let forms = held.get(p);
    if (forms === undefined) {
      forms = [...new Set(rule[side](p))];
      held.set(p, forms);
    }
    return forms;
  };
}

function indexProfiles(rule: AcrossRule, profiles: ReadonlyMap<string, KeyProfile>): Map<string, KeyProfile[]> {
  const index = new Map<string, KeyProfile[]>();
  const indexForms = formsOf(rule, 'index');
  for (const p of profiles.values()) {
    for (const form of indexForms(p)) {
      const list = index.get(form);
      if (list) list.push(p);
      else index.set(form, [p]);
    }
  }
  return index;
}

function scoreCandidate(rule: AcrossRule, a: KeyProfile, b: KeyProfile, finding: Finding, profiles: ReadonlyMap<string, KeyProfile>, rivals: string[]): Candidate | null {
  const together = shareAnArticle(a.docs, b.docs);
  // Within one article a person's full name and short name are always joined; kept apart, they are two people.
  if (together && a.type === 'person') return null;
  const support = sharedNeighbourSupport(a, b, profiles);
  let score = finding.score + Math.min(NEIGHBOUR_CAP, NEIGHBOUR_WEIGHT * support.weight);
  if (a.type !== b.type) score -= TYPE_MISMATCH_PENALTY;
  if (together) score -= SAME_ARTICLE_PENALTY;
  const notes = [finding.detail];
  if (support.count > 0) notes.push(`${support.count} shared neighbour${support.count === 1 ? '' : 's'}`);
  if (a.type !== b.type) notes.push(`typed ${a.type} and ${b.type}`);
  if (together) notes.push('kept apart within one article');
  if (rivals.length > 0) {
    // Could be any of them: never applied; listed for a person only when neighbours point to this one.
    score = Math.min(score, AMBIGUOUS_CAP) - (support.count === 0 ? AMBIGUOUS_UNSUPPORTED : 0);
    notes.push(`ambiguous: could also be ${[...new Set(rivals)].sort().slice(0, 3).map((l) => `"${l}"`).join(', ')}`);
  }
  const [from, into] = fromInto(a, b);
  return { from: from.key, into: into.key, rule: rule.id, reason: `${rule.reason}: ${notes.join('; ')}`, score: round(Math.max(0, Math.min(1, score))) };
}

/** The pair's orientation: [the key that would go, the key that would stay] (survivorFirst). */
function fromInto(a: KeyProfile, b: KeyProfile): [KeyProfile, KeyProfile] {
  return survivorFirst(a, b) < 0 ? [b, a] : [a, b];
}

const nameWords = (p: KeyProfile) => (p.type === 'person' ? p.labelForms.folded.split(' ').length : 0);

/**
 * Orders keys by which one a merged node keeps, the keeper first: a person
 * keeps the fullest name ("person:lars-berg", not "person:berg"), anything
 * else the most-mentioned key; at a tie, the smaller key. Mention counts
 * shift as articles arrive, a person's full name does not, so a growing
 * store keeps its people's keys.
 */
export function survivorFirst(a: KeyProfile, b: KeyProfile): number {
  return nameWords(b) - nameWords(a) || b.mentions - a.mentions || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function shareAnArticle(x: readonly string[], y: readonly string[]): boolean {
  // Both sorted: one merge walk.
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) return true;
    if (x[i]! < y[j]!) i++;
    else j++;
  }
  return false;
}

function sharedNeighbourSupport(a: KeyProfile, b: KeyProfile, profiles: ReadonlyMap<string, KeyProfile>): { count: number; weight: number } {
  const [small, large] = a.neighbours.size <= b.neighbours.size ? [a.neighbours, b.neighbours] : [b.neighbours, a.neighbours];
  let count = 0;
  let weight = 0;
  for (const n of small) {
    if (n === a.key || n === b.key || !large.has(n)) continue;
    count += 1;
    // A neighbour found in every article ("United States") says little about who is who.
    weight += 1 / Math.log2(2 + (profiles.get(n)?.docs.length ?? 1));
  }
  return { count, weight };
}

export function byScoreThenKeys(a: Candidate, b: Candidate): number {
  return b.score - a.score || (a.from < b.from ? -1 : a.from > b.from ? 1 : a.into < b.into ? -1 : a.into > b.into ? 1 : 0);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
