// Which entity types each relation joins (GUIDELINES.md). A pattern that
// matched across the wrong types is a misreading, not a relation.
import type { Entity, EntityType, Mention, RelationType } from '../types.js';

type Types = readonly EntityType[];
const ANY: Types = ['person', 'organisation', 'place', 'group'];
const ACTOR: Types = ['person', 'organisation', 'group', 'place'];
const BODY: Types = ['organisation', 'group'];

export const SIGNATURES: Record<RelationType, { head: Types; tail: Types }> = {
  located_in: { head: ['place'], tail: ['place'] },
  based_in: { head: BODY, tail: ['place'] },
  lives_in: { head: ['person'], tail: ['place'] },
  works_for: { head: ['person'], tail: BODY },
  leads: { head: ['person'], tail: [...BODY, 'place'] },
  member_of: { head: ['person', ...BODY], tail: BODY },
  part_of: { head: ['organisation'], tail: ['organisation'] },
  supports: { head: ACTOR, tail: ACTOR },
  opposes: { head: ACTOR, tail: ACTOR },
  allied_with: { head: ACTOR, tail: ACTOR },
  defected_to: { head: ['person', ...BODY], tail: BODY },
  // A country can hold ground as an actor ("US-held"), so places may head it.
  controls: { head: [...BODY, 'place'], tail: ['place'] },
  killed: { head: ['person', ...BODY], tail: ['person'] },
  met_with: { head: ['person', 'organisation'], tail: ['person', 'organisation'] },
  communicated_with: { head: ['person', 'organisation'], tail: ['person', 'organisation'] },
  author_of: { head: ['person'], tail: [] },
  published_by: { head: [], tail: ['organisation'] },
  related_to: { head: ANY, tail: ANY },
  cooccurs: { head: ANY, tail: ANY },
};

export function checkTypes(type: RelationType, head: Entity, tail: Entity, tailMention: Mention, patternId: string): boolean {
  const signature = SIGNATURES[type];
  if (!signature.head.includes(head.type) || !signature.tail.includes(tail.type)) return false;
  // "Paris, France": only a country closes the pattern, or "Moscow, Damascus" would nest cities.
  if (patternId === 'place-comma-country') return tailMention.method === 'gazetteer:countries';
  return true;
}
