// Words that signal a CoNLL04 relation when they stand between or around two
// entities, as data. The verb classes of src/relations/verbs.ts are read too;
// these add the nouns and prepositions news writes for the same facts.

export interface CueList {
  id: string;
  words: readonly string[];
  reason: string;
}

export const PAIR_CUES: readonly CueList[] = [
  { id: 'prep', words: ['in', 'of', 'at', "'s", 'based', 'from', 'for', 'with', 'near', 'by', 'to', 'on'], reason: 'the preposition joining two names often is the relation ("X of Y", "X in Y", "Y\'s X")' },
  { id: 'role', words: ['spokesman', 'spokeswoman', 'president', 'chairman', 'director', 'executive', 'official', 'head', 'leader', 'member', 'secretary', 'minister', 'general', 'professor', 'editor', 'correspondent', 'analyst', 'economist', 'officer', 'manager', 'founder', 'governor', 'senator', 'ambassador', 'chief', 'employee', 'worker', 'lawyer', 'attorney', 'representative', 'reporter', 'commander'], reason: 'a role noun ties a person to an organisation' },
  { id: 'home', words: ['native', 'resident', 'residents', 'home', 'lives', 'lived', 'living', 'born', 'citizen', 'citizens', 'hometown', 'mayor', 'governor', 'senator', 'congressman', 'democrat', 'republican'], reason: 'words of residence or origin tie a person to a place' },
  { id: 'kill', words: ['killed', 'kill', 'killing', 'assassinated', 'assassination', 'assassin', 'murdered', 'murder', 'murderer', 'shot', 'shooting', 'slain', 'slaying', 'killer', 'stabbed', 'executed', 'gunman', 'death'], reason: 'words of killing tie a killer to a victim' },
  { id: 'place', words: ['city', 'county', 'state', 'capital', 'province', 'suburb', 'town', 'village', 'island', 'region', 'near', 'outside', 'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west'], reason: 'geographic nouns and directions place one place in another' },
  { id: 'org', words: ['headquarters', 'headquartered', 'company', 'university', 'based', 'corp', 'inc', 'firm', 'group', 'agency', 'bank', 'office', 'offices'], reason: 'words that seat an organisation in a place' },
];

const CUE_OF = new Map<string, string[]>();
for (const list of PAIR_CUES) for (const word of list.words) CUE_OF.set(word, [...(CUE_OF.get(word) ?? []), list.id]);

/** The cue lists a lowercased word is in. */
export function cuesOf(word: string): readonly string[] {
  return CUE_OF.get(word) ?? [];
}
