// Features of an ordered entity pair in a sentence, as readable strings (the
// classifier hashes them). Most are joined with the pair's types, so a word
// between two people can mean something else than between two places.
import { shortShape } from '../ner/shape.js';
import { VERB_FORMS } from '../relations/verbs.js';
import { cuesOf } from './cues.js';
import type { SpertEntity } from './spert.js';

/** Between-word sequences up to this length are kept whole. */
export const MAX_SEQUENCE = 5;

const VERB_OF = new Map<string, { type: string; lemma: string }>();
for (const v of VERB_FORMS) if (!v.form.includes(' ') && !VERB_OF.has(v.form)) VERB_OF.set(v.form, { type: v.type, lemma: v.lemma });

function distanceBucket(n: number): string {
  if (n <= 3) return String(n);
  if (n <= 5) return '4-5';
  if (n <= 8) return '6-8';
  if (n <= 12) return '9-12';
  return '13+';
}

const lower = (tokens: readonly string[], i: number) => (i < 0 ? '<s>' : i >= tokens.length ? '</s>' : (tokens[i] ?? '').toLowerCase());

/**
 * Features of `head` → `tail` (indexes into `entities`). Tokens between the two
 * spans are read as words, except where another entity stands: that is read as
 * its type ("Peop"), so names do not become features of their own.
 */
export function pairFeatures(tokens: readonly string[], entities: readonly SpertEntity[], head: number, tail: number): string[] {
  const h = entities[head];
  const t = entities[tail];
  if (!h || !t) return [];
  const tp = `${h.type}>${t.type}`;
  const headFirst = h.start <= t.start;
  const left = headFirst ? h : t;
  const right = headFirst ? t : h;
  const order = headFirst ? 'HT' : 'TH';
  const out: string[] = [`tp=${tp}`, `order=${order}|${tp}`];

  // The words between, with other entities collapsed to their type.
  const between: string[] = [];
  const others: string[] = [];
  for (let i = left.end; i < right.start; ) {
    const inside = entities.find((e) => e !== h && e !== t && e.start === i);
    if (inside) {
      between.push(`[${inside.type}]`);
      others.push(inside.type);
      i = Math.max(inside.end, i + 1);
    } else {
      between.push(lower(tokens, i));
      i++;
    }
  }
  const overlap = left.end > right.start;
  out.push(`dist=${overlap ? 'overlap' : distanceBucket(between.length)}|${order}|${tp}`);
  if (between.length <= MAX_SEQUENCE) out.push(`bseq=${between.join(' ')}|${order}|${tp}`);
  if (between.length > 0) out.push(`bfirst=${between[0]}|${order}|${tp}`, `blast=${between[between.length - 1]}|${order}|${tp}`);
  const seen = new Set<string>();
  for (const w of between) seen.add(`bw=${w}|${tp}`);
  for (let i = 0; i + 1 < between.length; i++) seen.add(`bbi=${between[i]} ${between[i + 1]}|${tp}`);
  for (const w of between) {
    const verb = VERB_OF.get(w);
    if (verb) {
      seen.add(`verbclass=${verb.type}|${order}|${tp}`);
      seen.add(`verblemma=${verb.lemma}|${tp}`);
    }
    for (const cue of cuesOf(w)) seen.add(`cue=${cue}|${order}|${tp}`);
  }
  out.push(...[...seen].sort());
  out.push(`others=${Math.min(others.length, 3)}|${tp}`);
  if (others.length > 0) out.push(`othertypes=${[...new Set(others)].sort().join(',')}|${tp}`);

  // The arguments themselves: their words, last (head) word and shape.
  for (const [role, e] of [['h', h], ['t', t]] as const) {
    const words = tokens.slice(e.start, e.end);
    const last = lower(tokens, e.end - 1);
    out.push(`${role}last=${last}|${tp}`, `${role}shape=${words.map(shortShape).join(' ')}`, `${role}len=${Math.min(words.length, 4)}`);
    for (const w of words) out.push(`${role}word=${w.toLowerCase()}`);
    // What stands just outside each argument.
    out.push(`${role}before=${lower(tokens, e.start - 1)}|${tp}`, `${role}after=${lower(tokens, e.end)}|${tp}`);
    for (const cue of new Set([...cuesOf(lower(tokens, e.start - 1)), ...cuesOf(lower(tokens, e.start - 2)), ...cuesOf(lower(tokens, e.end))])) {
      out.push(`${role}cue=${cue}|${tp}`);
    }
  }
  // Is each argument the other's nearest entity of its type? Relations mostly
  // join neighbours; a farther candidate of the same type usually loses.
  const gap = (a: SpertEntity, b: SpertEntity) => (a.start < b.start ? b.start - a.end : a.start - b.end);
  const nearestOf = (from: SpertEntity, to: SpertEntity) =>
    !entities.some((o) => o !== from && o !== to && o.type === to.type && gap(from, o) < gap(from, to));
  out.push(`tnearest=${nearestOf(h, t)}|${order}|${tp}`, `hnearest=${nearestOf(t, h)}|${order}|${tp}`);
  // Words a little before each argument ("spokesman for", "native of").
  for (const [role, e] of [['h', h], ['t', t]] as const) {
    for (let i = Math.max(0, e.start - 3); i < e.start; i++) out.push(`${role}near=${lower(tokens, i)}|${tp}`);
  }
  // The pair's surroundings.
  out.push(`before2=${lower(tokens, left.start - 2)} ${lower(tokens, left.start - 1)}|${tp}`, `after2=${lower(tokens, right.end)} ${lower(tokens, right.end + 1)}|${tp}`);
  out.push(`pair=${lower(tokens, h.end - 1)}>${lower(tokens, t.end - 1)}`);
  return out;
}
