import type { EntityType, MentionForm } from '../types.js';

/** A possible mention before overlaps are settled. Token indexes are within the sentence. */
export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  score: number;
  method: string;
  /** Higher wins an overlap of equal length. */
  priority: number;
  refersTo?: string;
  form: MentionForm;
}

/**
 * Who wins an overlap of equal length. The trained model outranks the weak
 * rules (a capitalised phrase guessed to be a person) but not a gazetteer
 * name: GUIDELINES types a country or city as a place even where it acts
 * ("Moscow pressured"), which a model trained on CoNLL may call ORG.
 */
export const PRIORITY = {
  metadata: 60,
  lexicon: 50,
  pattern: 40,
  gazetteer: 35,
  model: 30,
  /** Descriptions ("Syrian fighters"): longer than the demonym inside them, kept only if resolution ties them. */
  description: 15,
  guess: 10,
} as const;
