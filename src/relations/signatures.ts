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

// How a country or US state was found: the world-countries gazetteer, news short forms ("U.S.", "Britain"), the states' lexicon.
const PLACES_THAT_HOLD_CITIES: ReadonlySet<string> = new Set(['gazetteer:countries', 'lexicon:place-aliases', 'gazetteer:us-states']);

/** Words that make a body a force, whose being "at" a place says it is based there. */
const FORCE_WORDS = /\b(?:forces?|troops|army|armies|military|brigades?|battalions?|regiments?|garrisons?|soldiers|fighters|rebels|militias?|marines|navy|coalition|units?|commandos|guards|peacekeepers|contingents?)\b/i;

export function checkTypes(type: RelationType, head: Entity, tail: Entity, ends: { head: Mention; tail: Mention }, patternId: string): boolean {
  const signature = SIGNATURES[type];
  if (!signature.head.includes(head.type) || !signature.tail.includes(tail.type)) return false;
  // "Paris, France", "Trenton, N.J.": only a country or a US state closes the pattern, or "Moscow, Damascus" would nest cities;
  // and none opens it, or a list ("France, Germany, Italy") would put one country in the next.
  if (patternId === 'place-comma-country') return PLACES_THAT_HOLD_CITIES.has(ends.tail.method) && !PLACES_THAT_HOLD_CITIES.has(ends.head.method);
  if (patternId === 'forces-at') return FORCE_WORDS.test(ends.head.text);
  // "played Austria in Vienna", "Pakistan in England": a country or state lies in no city or region.
  // A country lies in no other ("Pakistan in England" is a cricket tour); a US state lies in a country.
  if (type === 'located_in' && (ends.head.method === 'gazetteer:countries' || ends.head.method === 'lexicon:place-aliases')) return false;
  if (type === 'located_in' && PLACES_THAT_HOLD_CITIES.has(ends.head.method)) return PLACES_THAT_HOLD_CITIES.has(ends.tail.method);
  return true;
}
