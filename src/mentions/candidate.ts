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

export const PRIORITY = {
  metadata: 60,
  lexicon: 50,
  pattern: 40,
  model: 30,
  gazetteer: 20,
  guess: 10,
} as const;
