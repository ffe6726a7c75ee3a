// What resolution across articles takes and gives back.
import type { EntityType } from '../../types.js';
import type { AliasTable } from './alias-table.js';
import type { NameForms } from './forms.js';

/** One entity key as the whole corpus sees it. */
export interface KeyProfile {
  key: string;
  type: EntityType;
  /** The label most mentions carry (ties: the first in code-point order). */
  label: string;
  /** Every surface form any article saw, sorted. */
  aliases: string[];
  /** Comparison forms of the label and of every alias (in alias order). */
  labelForms: NameForms;
  names: NameForms[];
  /** Folded aliases, for comparison. */
  folded: Set<string>;
  mentions: number;
  /** Articles that mention it, sorted. */
  docs: string[];
  /** Entity keys it shares a relation or a sentence with, in any article. */
  neighbours: Set<string>;
}

/** Two keys found to name one thing, and why. */
export interface CrossMerge {
  /** The key that disappears into `into`. */
  from: string;
  /** The key of the node it joins (for an uncertain pair: the other key). */
  into: string;
  /** When the evidence matched another key that also went into `into`: that key. */
  via?: string;
  fromLabel: string;
  intoLabel: string;
  rule: string;
  reason: string;
  /** 0..1: the rule's own score, with shared neighbours and same-article penalties applied. */
  score: number;
  /** Example articles (at most five each, sorted) that name each side. */
  docs: { from: string[]; into: string[] };
}

export interface AcrossOptions {
  /** Merges scoring at least this are applied. */
  threshold?: number;
  /** Pairs scoring at least this (and under the threshold) are listed as uncertain, not applied. */
  uncertainFrom?: number;
  /** The user's decisions; they win over every rule. */
  table?: AliasTable | null;
}

export const DEFAULT_ACROSS_OPTIONS: Readonly<Required<AcrossOptions>> = { threshold: 0.75, uncertainFrom: 0.5, table: null };

export interface AcrossResult {
  /** Applied merges, one per key that disappears, sorted by `from`. */
  merges: CrossMerge[];
  /** Pairs listed for a person to decide, best first. */
  uncertain: CrossMerge[];
  /** Every key that changes → the key it becomes. */
  keyMap: Map<string, string>;
  /** The label of each surviving key that absorbed others. */
  labels: Map<string, string>;
}
