// The CoNLL04 label sets and which entity types each relation joins. A pair
// whose types fit no relation is never classified; a pair that fits only some
// relations may be given only those (or none).

export const ENTITY_TYPES = ['Peop', 'Org', 'Loc', 'Other'] as const;
export type Conll04EntityType = (typeof ENTITY_TYPES)[number];

/** Class 0 is "no relation"; the others are the five CoNLL04 types. */
export const RELATION_LABELS = ['none', 'Work_For', 'Live_In', 'Located_In', 'OrgBased_In', 'Kill'] as const;
export type RelationLabel = (typeof RELATION_LABELS)[number];
export const NONE = 0;
export const CLASS_COUNT = RELATION_LABELS.length;

export interface Signature {
  head: string;
  tail: string;
  reason: string;
}

export const SIGNATURES: Record<Exclude<RelationLabel, 'none'>, Signature> = {
  Work_For: { head: 'Peop', tail: 'Org', reason: 'a person works for an organisation' },
  Live_In: { head: 'Peop', tail: 'Loc', reason: 'a person lives in a place' },
  Located_In: { head: 'Loc', tail: 'Loc', reason: 'a place lies in another place' },
  OrgBased_In: { head: 'Org', tail: 'Loc', reason: 'an organisation is based in a place' },
  Kill: { head: 'Peop', tail: 'Peop', reason: 'a person killed a person' },
};

/** Label indexes (besides none) a head and tail of these types may take. */
export function allowedLabels(headType: string, tailType: string): number[] {
  const out: number[] = [];
  RELATION_LABELS.forEach((label, i) => {
    if (label === 'none') return;
    const s = SIGNATURES[label];
    if (s.head === headType && s.tail === tailType) out.push(i);
  });
  return out;
}

export function fitsSignature(type: string, headType: string, tailType: string): boolean {
  const s = SIGNATURES[type as Exclude<RelationLabel, 'none'>];
  return s !== undefined && s.head === headType && s.tail === tailType;
}

/** Our recogniser's classes in CoNLL04 terms. */
export const NER_CLASS_TO_CONLL04: Record<string, Conll04EntityType> = { PER: 'Peop', ORG: 'Org', LOC: 'Loc', MISC: 'Other' };
