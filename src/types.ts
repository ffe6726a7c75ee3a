// The values that flow between stages. Every offset in this file is a UTF-16
// index into `Doc.text`, the normalised text that ingest produces and keeps.

export type EntityType = 'person' | 'organisation' | 'place' | 'group';
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organisation', 'place', 'group'];

/** Node type in the graph: the four entity types, plus the article itself. */
export type NodeType = EntityType | 'document';

export type RelationType =
  | 'located_in'
  | 'based_in'
  | 'lives_in'
  | 'works_for'
  | 'leads'
  | 'member_of'
  | 'part_of'
  | 'supports'
  | 'opposes'
  | 'allied_with'
  | 'defected_to'
  | 'controls'
  | 'killed'
  | 'met_with'
  | 'communicated_with'
  | 'author_of'
  | 'published_by'
  | 'related_to'
  | 'cooccurs';

// Every relation type once: a type added above and left out here fails to compile.
const EVERY_RELATION_TYPE: Readonly<Record<RelationType, true>> = {
  located_in: true,
  based_in: true,
  lives_in: true,
  works_for: true,
  leads: true,
  member_of: true,
  part_of: true,
  supports: true,
  opposes: true,
  allied_with: true,
  defected_to: true,
  controls: true,
  killed: true,
  met_with: true,
  communicated_with: true,
  author_of: true,
  published_by: true,
  related_to: true,
  cooccurs: true,
};
export const RELATION_TYPES = Object.keys(EVERY_RELATION_TYPE) as readonly RelationType[];

export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set<RelationType>([
  'allied_with',
  'met_with',
  'cooccurs',
]);

// ---------------------------------------------------------------- ingest

export type DocFormat = 'text' | 'markdown' | 'html';

/**
 * What a stretch of the document text is. Only `title`, `lede` and `body`
 * are mined for the story's relations; the rest is metadata or furniture.
 */
export type ZoneKind = 'title' | 'lede' | 'body' | 'byline' | 'dateline' | 'meta' | 'boilerplate';
export const STORY_ZONES: ReadonlySet<ZoneKind> = new Set<ZoneKind>(['title', 'lede', 'body']);

export interface Zone {
  start: number;
  end: number;
  kind: ZoneKind;
  /** Why ingest classified it so (a rule id and reason), for --verbose. */
  reason: string;
}

export interface DocMeta {
  title?: string;
  author?: string;
  /** ISO date (YYYY-MM-DD) when one could be read. */
  date?: string;
  /** The outlet that published this copy ("Global Research"). */
  outlet?: string;
  /** Where the article first appeared, when the page says so ("Russia Insider"). */
  source?: string;
  url?: string;
  tags: string[];
}

export interface Doc {
  /** Stable id: the file name without extension, or a content hash for stdin. */
  id: string;
  /** Where it was read from, for messages; absent for in-memory input. */
  path?: string;
  format: DocFormat;
  /** Normalised text. All offsets refer to this string. */
  text: string;
  meta: DocMeta;
  /** Non-overlapping, sorted, covering the whole text. */
  zones: Zone[];
}

// ---------------------------------------------------------------- segment

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface Sentence {
  /** Index of the sentence in its document. */
  index: number;
  start: number;
  end: number;
  zone: ZoneKind;
  tokens: Token[];
}

// ---------------------------------------------------------------- mentions

export type MentionForm = 'name' | 'demonym' | 'nominal';

export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  sentence: number;
  /** 0..1. */
  score: number;
  /** Which rule or model found it: `gazetteer:countries`, `rule:title-person`, `model:ner`. */
  method: string;
  /**
   * `name`: a proper name ("Ryan Dillon", "al-Tanf"). `demonym`: an adjective or
   * people noun ("Syrian", "Americans") that points to its place or group and
   * never makes a node of its own. `nominal`: a description ("the fighters",
   * "Syrian fighters") that resolution attaches to the named group it stands
   * for, or drops when that is not clear.
   */
  form: MentionForm;
  /** The canonical name a lexicon or gazetteer gives it ("US" → "United States"). */
  refersTo?: string;
}

// ---------------------------------------------------------------- resolve

export interface MergeDecision {
  /** The surface form that was merged in. */
  alias: string;
  /** The entity label it was merged into. */
  into: string;
  rule: string;
  reason: string;
}

export interface Entity {
  /** Node key, `<type>:<slug>`. */
  key: string;
  label: string;
  type: EntityType;
  /** Every surface form seen, the label included, sorted. */
  aliases: string[];
  /** Indexes into `Extraction.mentions`. */
  mentions: number[];
  merges: MergeDecision[];
}

// ---------------------------------------------------------------- relations

export interface Evidence {
  doc: string;
  /** Sentence index within the document. */
  sentence: number;
  /** Character offsets of the sentence in the document text. */
  start: number;
  end: number;
  /** The sentence itself, so a reader sees it without the document. */
  text: string;
  /** Reported speech: the key of the entity whose statement this is ("..., Dillon said"). */
  saidBy?: string;
  /** For the report itself ("Dillon told CNN that ..."): what was said, as written. */
  statement?: string;
}

export interface Relation {
  /** Node key of the head (an entity, or `document:<id>`). */
  head: string;
  tail: string;
  type: RelationType;
  /** The words that expressed it; empty for co-occurrence. */
  predicate: string;
  evidence: Evidence;
  /** 0..1. */
  confidence: number;
  /** `pattern:<rule-id>`, `model:<name>`, `metadata:<field>` or `cooccurrence`. */
  method: string;
  /** The sentence denies it ("denied", "did not"). Left out of the default graph. */
  negated?: boolean;
  /** The sentence only suggests it ("would not say whether", "reportedly"). */
  hedged?: boolean;
}

// ---------------------------------------------------------------- whole extraction

/** A decision a stage took, printed by --verbose. */
export interface Decision {
  stage: 'ingest' | 'mentions' | 'resolve' | 'relations';
  rule: string;
  message: string;
}

export interface Extraction {
  doc: Doc;
  sentences: Sentence[];
  mentions: Mention[];
  entities: Entity[];
  relations: Relation[];
  decisions: Decision[];
}

// ---------------------------------------------------------------- graph file contract

export const SCHEMA_VERSION = 1;

export interface GraphDocInfo {
  id: string;
  title: string | null;
  author: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  outlet: string | null;
  tags: string[];
}

export interface NodeAttributes {
  label: string;
  type: NodeType;
  aliases: string[];
  mentions: number;
  docs: string[];
  /** Earliest and latest date (ISO YYYY-MM-DD) of the articles that mention it; absent when none is dated. */
  firstSeen?: string;
  lastSeen?: string;
  degree?: number;
  pagerank?: number;
  x?: number;
  y?: number;
  size?: number;
  color?: string;
}

export interface EdgeEvidence {
  doc: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  /** The article's date (ISO YYYY-MM-DD), when it has one. */
  date?: string;
  /** Reported speech: the key of the entity whose statement this is ("..., Dillon said"). */
  saidBy?: string;
  /** For the report itself ("Dillon told CNN that ..."): what was said, as written. */
  statement?: string;
}

export interface EdgeAttributes {
  type: RelationType;
  predicate: string;
  evidence: EdgeEvidence[];
  confidence: number;
  weight: number;
  method: string;
  symmetric?: boolean;
  negated?: boolean;
  hedged?: boolean;
  /** Earliest and latest evidence date (ISO YYYY-MM-DD); absent when no evidence is dated. */
  firstSeen?: string;
  lastSeen?: string;
  size?: number;
  color?: string;
}

export interface GraphAttributes {
  schemaVersion: number;
  docs: GraphDocInfo[];
}
