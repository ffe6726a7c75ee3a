// Names an article itself says are one: "Alternative for Germany (AfD)",
// "Mohamed Hamdan Dagalo, widely known as Hemedti". Each cue is data with a
// reason; resolve/index.ts joins the clusters of the pairs found here.
import type { EntityType, Mention } from '../types.js';
import { PARTY_PLURALS } from '../mentions/lexicon/cues.js';

export interface WrittenAliasCue {
  id: string;
  reason: string;
  /** The text between the name and its alias, and the text right after the alias. */
  between: RegExp;
  after: RegExp;
  /** Whether the name (typed `nameType`) and the alias (typed `aliasType`) may be joined; the node takes the type the cue says. */
  accepts: (name: Mention, alias: Mention, nameType: EntityType, aliasType: EntityType) => boolean;
  /** The joined node's type: the alias's (an acronym says what the name is) or the name's. */
  typeFrom: 'name' | 'alias';
}

/** Two capitals at least, or a capital and a digit: "AfD", "SPD", "M23"; not "Reuters". */
const ACRONYM_LIKE = /^(?=(?:[^A-Z]*[A-Z]){2}|.*\d)[A-Z][A-Za-z0-9.&-]{1,9}$/;
const collective = (type: EntityType) => type === 'organisation' || type === 'group';

export const WRITTEN_ALIAS_CUES: readonly WrittenAliasCue[] = [
  {
    id: 'acronym-defined',
    reason: 'the article writes the acronym in brackets right after the name',
    between: /^\s*\(\s*$/,
    after: /^\s*\)/,
    // Whatever its letters: a party or militia abroad is known by its name in its own language.
    // Only organisations and groups: "Narendra Modi (BJP)" names a person and his party.
    accepts: (name, alias, nameType, aliasType) =>
      ACRONYM_LIKE.test(alias.text) &&
      /\p{Ll}/u.test(name.text) &&
      collective(aliasType) &&
      (collective(nameType) || (nameType === 'person' && PARTY_PLURALS.has(name.text.split(/\s+/).pop() ?? ''))),
    typeFrom: 'alias',
  },
  {
    id: 'known-as',
    reason: 'the article says the one is known by the other name',
    between: /^\s*,?\s*(?:(?:(?:widely|better|also|popularly|commonly|locally|often) )?(?:known|referred to) as|a\.k\.a\.?|aka|nicknamed)\s*["“]?\s*$/i,
    after: /^/,
    // A one-word alias the recogniser typed otherwise ("Hemedti" as an organisation) is still the person's.
    accepts: (_name, alias, nameType, aliasType) => nameType === aliasType || (nameType === 'person' && !/\s/.test(alias.text.trim())),
    typeFrom: 'name',
  },
];

export interface WrittenAlias {
  /** Mention indexes: the name, then the alias written after it. */
  name: number;
  alias: number;
  cue: WrittenAliasCue;
}

/** `types`: each mention's cluster type now (the vote may differ from the mention's own). */
export function findWrittenAliases(mentions: readonly Mention[], text: string, typeOf: (mention: number) => EntityType | undefined): WrittenAlias[] {
  const out: WrittenAlias[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [name, alias] = [mentions[i]!, mentions[i + 1]!];
    if (alias.start - name.end > 40) continue;
    const between = text.slice(name.end, alias.start);
    const after = text.slice(alias.end, alias.end + 3);
    for (const cue of WRITTEN_ALIAS_CUES) {
      if (!cue.between.test(between) || !cue.after.test(after)) continue;
      // The alias may belong to a longer phrase than the name: "the Basic Interest Rate of the Central
      // Bank (TBC)", "the peacekeeping force in Lebanon, known as UNIFIL".
      // A person after a preposition ("led by X, known as Y") is still the one the alias names.
      const before = text.slice(Math.max(0, name.start - 40), name.start);
      const [nameType, aliasType] = [typeOf(i), typeOf(i + 1)];
      if (/\p{Lu}\p{L}*\s+(?:of|for)\s+(?:the\s+)?$/u.test(before)) continue;
      if (cue.id === 'known-as' && nameType !== 'person' && /\b(?:in|of|at|from|near|for|to|on|with|by|into|across)\s+(?:the\s+)?$/i.test(before)) continue;
      if (nameType && aliasType && cue.accepts(name, alias, nameType, aliasType)) out.push({ name: i, alias: i + 1, cue });
    }
  }
  return out;
}
