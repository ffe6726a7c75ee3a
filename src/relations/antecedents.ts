// "Its chief executive, Marc Benioff", "The group's leader, Naim Qassem",
// "Gautam Adani, the group's founder": a role of a body the sentence names
// only as "its" or "the group". The body is the one a sentence just before
// named: the nearest whose name ends in the noun ("the group" → "Adani
// Group"), else the nearest organisation or group. One rule, not a
// coreference model: it reads a role noun next to a person's name, and
// nothing else.
import type { Doc, Entity, Mention, Relation, Sentence } from '../types.js';
import { STORY_ZONES } from '../types.js';
import { ROLE_NOUNS } from '../mentions/lexicon/titles.js';
import { evidenceOf } from './evidence.js';
import { leadsByRole } from './leader-roles.js';

export const ANTECEDENT_ROLE = {
  id: 'antecedent-role',
  reason: 'a role of a body named just before as "its" or "the group" ("Its chief executive, Marc Benioff")',
  confidence: 0.6,
  /** How many sentences back the body may be named. */
  sentencesBack: 2,
} as const;

/** Characters before a name that "Its chief executive, " or "The group's deputy secretary-general, " can take. */
const DESCRIPTION_REACH = 120;

/** Nouns that stand for a body named before, and the entity types each may stand for. */
const BODY_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...['company', 'firm', 'bank', 'carmaker', 'airline', 'insurer', 'lender', 'retailer', 'broadcaster', 'newspaper', 'agency', 'ministry', 'regulator', 'club', 'union', 'party'].map(
    (noun): [string, ReadonlySet<string>] => [noun, new Set(['organisation'])],
  ),
  ...['group', 'movement', 'militia', 'organisation', 'organization', 'coalition', 'alliance'].map((noun): [string, ReadonlySet<string>] => [noun, new Set(['organisation', 'group'])]),
]);

const ROLE = [...ROLE_NOUNS].sort((a, b) => b.length - a.length).map((r) => r.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|');
const BODY = [...BODY_NOUNS.keys()].join('|');
// The description, then the name: "Its chief executive, " / "The group's leader, ".
const BEFORE_NAME = new RegExp(`(?:^|[\\s"“])(?:(its)|the (${BODY})\\s*['’]s)\\s+((?:[a-z][a-z-]* ){0,2}?(?:${ROLE}))\\s*,?\\s*$`, 'i');
// The name, then the description: ", the group's founder and chairman".
const AFTER_NAME = new RegExp(`^\\s*,\\s*(?:(its)|the (${BODY})\\s*['’]s)\\s+((?:[a-z][a-z-]* ){0,3}?(?:${ROLE}))\\b`, 'i');

export function antecedentRoles(doc: Doc, sentences: readonly Sentence[], mentions: readonly Mention[], entityOf: ReadonlyMap<number, Entity>): Relation[] {
  const out: Relation[] = [];
  mentions.forEach((mention, index) => {
    const person = entityOf.get(index);
    const sentence = sentences[mention.sentence];
    if (!person || person.type !== 'person' || !sentence || !STORY_ZONES.has(sentence.zone)) return;
    // The description stands right before the name: only that stretch is read, not the whole sentence for every name.
    const from = Math.max(sentence.start, mention.start - DESCRIPTION_REACH);
    const before = BEFORE_NAME.exec(doc.text.slice(from, mention.start));
    const after = before ? null : AFTER_NAME.exec(doc.text.slice(mention.end, sentence.end));
    const found = before ?? after;
    if (!found) return;
    const noun = found[2]?.toLowerCase();
    const role = found[3]!.toLowerCase();
    // The body is named before the description (and before the name, when the name comes first).
    const until = before ? from + before.index : mention.start;
    const body = antecedent(mentions, entityOf, sentences, index, until, noun);
    if (!body || body.key === person.key) return;
    out.push({
      head: person.key,
      tail: body.key,
      type: leadsByRole(role, role) ? 'leads' : 'works_for',
      predicate: role,
      evidence: evidenceOf(doc, sentence),
      confidence: ANTECEDENT_ROLE.confidence,
      method: `pattern:${ANTECEDENT_ROLE.id}`,
    });
  });
  return out;
}

/** The body "its" or "the <noun>" stands for, among the mentions before `until` in this sentence and the ones before. */
function antecedent(
  mentions: readonly Mention[],
  entityOf: ReadonlyMap<number, Entity>,
  sentences: readonly Sentence[],
  from: number,
  until: number,
  noun: string | undefined,
): Entity | undefined {
  const first = mentions[from]!.sentence - ANTECEDENT_ROLE.sentencesBack;
  const types = noun === undefined ? new Set(['organisation', 'group']) : BODY_NOUNS.get(noun)!;
  let nearest: Entity | undefined;
  for (let i = from - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.sentence < first) break;
    if (m.start >= until || !STORY_ZONES.has(sentences[m.sentence]?.zone ?? 'meta')) continue;
    const entity = entityOf.get(i);
    if (!entity || m.form === 'demonym') continue;
    // "Its president": the nearest body may be a country, whose head the title rules name better.
    if (noun === undefined && entity.type === 'place') return undefined;
    if (!types.has(entity.type)) continue;
    if (noun !== undefined && entity.aliases.some((alias) => alias.toLowerCase().split(/\s+/).pop() === noun)) return entity;
    nearest ??= entity;
    if (noun === undefined) return nearest;
  }
  return nearest;
}
