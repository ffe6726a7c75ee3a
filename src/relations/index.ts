// The relation stage: patterns over each story sentence, the article's own
// metadata, and co-occurrence. Every relation carries its sentence as evidence
// and the rule that made it.
import type { Decision, Doc, Entity, Mention, Relation, RelationType, Sentence } from '../types.js';
import { STORY_ZONES } from '../types.js';
import { compilePattern, patternRequirements, slotIndexes } from './compile.js';
import { RequirementChecker } from './required-text.js';
import { readModality } from './modality.js';
import { antecedentRoles } from './antecedents.js';
import { leadsByRole } from './leader-roles.js';
import { FALLBACK_PATTERN, RELATION_PATTERNS, type RelationPattern } from './patterns.js';
import { documentSpan, slotStringWithOffsets } from './sentence-string.js';
import { findReport } from './attribution.js';
import { VERB_FORMS } from './verbs.js';
import { cooccurrences } from './cooccurrence.js';
import { metadataRelations } from './metadata.js';
import { checkTypes } from './signatures.js';
import { evidenceOf } from './evidence.js';
import { modelRelationsOf } from './model-relations.js';
import type { RelationModel } from '../re/model.js';

/**
 * Longer "sentences" are lists, tables or text without full stops: patterns
 * are not read there (their cost grows with length and they would misread),
 * and co-occurrence is not counted for more entities than a statement names.
 */
export const MAX_PATTERN_TOKENS = 150;
export const MAX_COOCCURRING_ENTITIES = 25;

const ALL_PATTERNS: readonly RelationPattern[] = [...RELATION_PATTERNS, FALLBACK_PATTERN];

/** The patterns' required text (./required-text.ts), read off their expressions on first use. */
let requirements: RequirementChecker | undefined;

export interface RelationResult {
  relations: Relation[];
  decisions: Decision[];
}

export interface RelationOptions {
  /** The CoNLL04 pair classifier, adding confident relations the patterns miss; none by default. */
  relationModel?: RelationModel | null;
}

/**
 * "Advanced Micro Devices Inc (AMD), based in Santa Clara": the short name in
 * brackets right after the name it shortens (the same entity) says nothing
 * of its own, and standing between the name and the apposition it hid the
 * relation from every pattern. Its span, brackets included, is left out of
 * the string the patterns read.
 */
function parentheticalShortNames(slots: ReadonlyArray<{ index: number; mention: Mention }>, text: string, entityOf: ReadonlyMap<number, Entity>): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let k = 1; k < slots.length; k++) {
    const [before, short] = [slots[k - 1]!, slots[k]!];
    if (entityOf.get(before.index) !== entityOf.get(short.index)) continue;
    const open = /^\s*\(\s*$/.exec(text.slice(before.mention.end, short.mention.start));
    const close = /^\s*\)/.exec(text.slice(short.mention.end, short.mention.end + 4));
    if (open && close) spans.push([before.mention.end + open[0].indexOf('('), short.mention.end + close[0].length]);
  }
  return spans;
}

export function extractRelations(doc: Doc, sentences: Sentence[], mentions: Mention[], entities: Entity[], options: RelationOptions = {}): RelationResult {
  const entityOf = new Map<number, Entity>();
  for (const entity of entities) for (const i of entity.mentions) entityOf.set(i, entity);
  const decisions: Decision[] = [];
  const relations: Relation[] = [];
  const bySentence = new Map<number, Array<{ index: number; mention: Mention; type: string }>>();
  mentions.forEach((mention, index) => {
    const entity = entityOf.get(index);
    if (!entity) return;
    const list = bySentence.get(mention.sentence) ?? [];
    list.push({ index, mention, type: entity.type });
    bySentence.set(mention.sentence, list);
  });
  for (const sentence of sentences) {
    if (!STORY_ZONES.has(sentence.zone)) continue;
    const slots = bySentence.get(sentence.index) ?? [];
    if (slots.length < 2) continue;
    if (sentence.tokens.length > MAX_PATTERN_TOKENS) {
      decisions.push({ stage: 'relations', rule: 'long-sentence', message: `sentence ${sentence.index} has ${sentence.tokens.length} tokens (over ${MAX_PATTERN_TOKENS}): no patterns read` });
      continue;
    }
    const { text, parts } = slotStringWithOffsets(sentence, slots, parentheticalShortNames(slots, doc.text, entityOf));
    const slotsOf = new Map<Relation, [number, number]>();
    const check = (requirements ??= new RequirementChecker(ALL_PATTERNS.map(patternRequirements))).use(text);
    const found: Relation[] = [];
    ALL_PATTERNS.forEach((pattern, n) => {
      if (check.satisfies(n)) for (const relation of matchPattern(pattern, text, doc, sentence, mentions, entityOf, slotsOf)) found.push(relation);
    });
    const settled = settle(found, decisions);
    attribute(text, parts, settled, slotsOf, doc, entityOf, decisions);
    relations.push(...settled);
    if (options.relationModel) {
      const slotted = slots.flatMap(({ index, mention }) => {
        const entity = entityOf.get(index);
        return entity ? [{ mention, entity }] : [];
      });
      for (const r of modelRelationsOf(doc, sentence, slotted, settled, options.relationModel)) {
        decisions.push({ stage: 'relations', rule: r.method, message: `${r.head} -[${r.type}: "${r.predicate}"]-> ${r.tail} (confidence ${r.confidence})` });
        relations.push(r);
      }
    }
  }
  relations.push(...antecedentRoles(doc, sentences, mentions, entityOf));
  relations.push(...metadataRelations(doc, sentences, mentions, entityOf));
  relations.push(...cooccurrences(doc, sentences, mentions, entityOf, MAX_COOCCURRING_ENTITIES));
  return { relations, decisions };
}

function matchPattern(
  pattern: RelationPattern,
  text: string,
  doc: Doc,
  sentence: Sentence,
  mentions: Mention[],
  entityOf: Map<number, Entity>,
  slotsOf: Map<Relation, [number, number]>,
): Relation[] {
  const regex = compilePattern(pattern);
  const out: Relation[] = [];
  // Every start position, so overlapping readings ("US-trained , US-armed") are all found.
  for (let from = 0; from < text.length; ) {
    regex.lastIndex = from;
    const match = regex.exec(text);
    if (!match) break;
    from = match.index + 1;
    const groups = match.groups ?? {};
    const verb = groups.verb?.trim();
    const predicate = (verb ? [verb, groups.prep].filter(Boolean).join(' ') : groups.pred ?? groups.pred2 ?? pattern.predicate ?? '').replace(/ ,/g, ',').trim();
    const typed = pattern.type === 'verb' ? verbType(verb) : pattern.type;
    // "Congress party leader X" works for the party as its head: leads. A "former" may stand just before the match.
    const type = typed === 'works_for' && leadsByRole(predicate, text.slice(Math.max(0, match.index - 12), match.index) + match[0]) ? 'leads' : typed;
    if (!type) continue;
    const modality = readModality(match[0], text.slice(0, match.index));
    for (const h of slotIndexes(groups.head)) {
      for (const t of slotIndexes(groups.tail)) {
        const head = entityOf.get(h);
        const tail = entityOf.get(t);
        if (!head || !tail || head.key === tail.key) continue;
        if (!checkTypes(type, head, tail, { head: mentions[h]!, tail: mentions[t]! }, pattern.id)) continue;
        const relation: Relation = {
          head: head.key,
          tail: tail.key,
          type,
          predicate,
          evidence: evidenceOf(doc, sentence),
          confidence: pattern.confidence * (modality.hedged ? 0.6 : 1),
          method: `pattern:${pattern.id}`,
          ...(modality.negated ? { negated: true } : {}),
          ...(modality.hedged ? { hedged: true } : {}),
        };
        slotsOf.set(relation, [h, t]);
        out.push(relation);
      }
    }
  }
  return out;
}

/**
 * Reported speech: relations read inside what someone said are theirs
 * (`saidBy`), and the report between speaker and listener keeps the statement.
 */
function attribute(
  text: string,
  parts: ReturnType<typeof slotStringWithOffsets>['parts'],
  relations: Relation[],
  slotsOf: Map<Relation, [number, number]>,
  doc: Doc,
  entityOf: Map<number, Entity>,
  decisions: Decision[],
): void {
  const report = findReport(text);
  const speaker = report ? entityOf.get(report.speaker) : undefined;
  if (!report || !speaker) return;
  const inside = (slot: number) => {
    const at = text.indexOf(`⟦${slot}:`);
    return at >= report.from && at < report.to;
  };
  const span = documentSpan(parts, report.from, report.to);
  const statement = span ? doc.text.slice(span.start, span.end) : '';
  const listener = report.listener === null ? undefined : entityOf.get(report.listener);
  for (const relation of relations) {
    const slots = slotsOf.get(relation);
    if (!slots) continue;
    if (inside(slots[0]) && inside(slots[1])) {
      relation.evidence = { ...relation.evidence, saidBy: speaker.key };
      decisions.push({ stage: 'relations', rule: `report:${report.form}`, message: `${relation.head} -[${relation.type}]-> ${relation.tail} is what ${speaker.key} ${report.verb} (sentence ${relation.evidence.sentence})` });
    } else if (statement && listener && relation.type === 'communicated_with' && relation.head === speaker.key && relation.tail === listener.key) {
      relation.evidence = { ...relation.evidence, statement };
    }
  }
}

/** The class of the first verb of a coordination: "trained , armed and salaried" → supports. */
function verbType(verb: string | undefined): RelationType | null {
  if (!verb) return null;
  for (const form of VERB_FORMS) {
    const written = form.preposition ? `${form.form} ${form.preposition}` : form.form;
    if (verb === written || verb.startsWith(`${written} `)) return form.type;
  }
  return 'related_to';
}

/**
 * One relation per head, tail and type in a sentence: the most confident
 * reading wins; a `related_to` gives way to a typed relation of the same pair.
 */
function settle(found: Relation[], decisions: Decision[]): Relation[] {
  const best = new Map<string, Relation>();
  for (const r of found) {
    const key = `${r.head}|${r.tail}|${r.type}`;
    const old = best.get(key);
    if (!old || r.confidence > old.confidence) best.set(key, r);
  }
  const typedPairs = new Set([...best.values()].filter((r) => r.type !== 'related_to').map((r) => `${r.head}|${r.tail}`));
  // "the commander of X" and "a member of X" say more than "works for X".
  const morePrecise = new Set([...best.values()].filter((r) => r.type === 'leads' || r.type === 'member_of').map((r) => `${r.head}|${r.tail}`));
  const kept = [...best.values()].filter((r) => {
    const pair = `${r.head}|${r.tail}`;
    if (r.type === 'related_to') return !typedPairs.has(pair);
    if (r.type === 'works_for') return !morePrecise.has(pair);
    return true;
  });
  for (const r of kept) {
    const flags = [r.negated ? 'negated' : '', r.hedged ? 'hedged' : ''].filter(Boolean).join(', ');
    decisions.push({ stage: 'relations', rule: r.method, message: `${r.head} -[${r.type}: "${r.predicate}"]-> ${r.tail}${flags ? ` (${flags})` : ''}` });
  }
  return kept;
}
