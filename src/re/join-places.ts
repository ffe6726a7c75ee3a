// CoNLL04 writes a place "A , B" ("Portland , Ore.") as ONE entity when it is
// where a person lives, and as TWO (with Located_In between them) otherwise:
// in train, of the 71 such places with a Live_In and no Located_In between
// their parts, 69 are one span; of the 162 written as two, 128 carry the
// Located_In. The entity model cannot know which way a sentence will want it
// (the choice follows the relations), so after the relations are found, two
// places written "A , B" become one when a person lives in either and neither
// lies in the other. Applies to recognised entities only, never to given ones.
import { commaPlacePairs } from './propagate.js';
import type { SpertRelation, SpertSentence } from './spert.js';

export interface JoinPlacesRule {
  id: string;
  /** A relation to either part that makes the pair one place. */
  joinedBy: string;
  /** A relation between the parts that keeps them two. */
  keptApartBy: string;
  reason: string;
}

export const JOIN_LIVED_IN_PLACES: JoinPlacesRule = {
  id: 'join-lived-in-place',
  joinedBy: 'Live_In',
  keptApartBy: 'Located_In',
  reason: 'CoNLL04 train: 69 of 71 "A , B" places with a Live_In and no Located_In between the parts are one entity',
};

function pairToJoin(sentence: SpertSentence, rule: JoinPlacesRule): [number, number] | undefined {
  const touches = (x: number) => sentence.relations.some((r) => r.type === rule.joinedBy && (r.head === x || r.tail === x));
  const between = (a: number, b: number) =>
    sentence.relations.some((r) => r.type === rule.keptApartBy && ((r.head === a && r.tail === b) || (r.head === b && r.tail === a)));
  return commaPlacePairs(sentence.tokens, sentence.entities).find(([a, b]) => !between(a, b) && (touches(a) || touches(b)));
}

/** The sentence with its "A , B" places joined where the rule says so; relations to either part go to the whole, each once. */
export function joinPlaces(sentence: SpertSentence, rule: JoinPlacesRule = JOIN_LIVED_IN_PLACES): SpertSentence {
  let current = sentence;
  for (let pair = pairToJoin(current, rule); pair; pair = pairToJoin(current, rule)) {
    const [a, b] = pair;
    const first = current.entities[a];
    const second = current.entities[b];
    if (!first || !second) break;
    const renumber = (i: number) => (i === b ? a : i > b ? i - 1 : i);
    const entities = current.entities.filter((_, i) => i !== b).map((e, i) => (i === renumber(a) ? { type: first.type, start: first.start, end: second.end } : e));
    const seen = new Set<string>();
    const relations: SpertRelation[] = [];
    for (const r of current.relations) {
      const moved = { type: r.type, head: renumber(r.head), tail: renumber(r.tail) };
      const key = `${moved.type}|${moved.head}|${moved.tail}`;
      if (moved.head === moved.tail || seen.has(key)) continue;
      seen.add(key);
      relations.push(moved);
    }
    current = { ...current, entities, relations };
  }
  return current;
}
