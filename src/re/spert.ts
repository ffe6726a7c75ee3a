// The SpERT JSON format of CoNLL04: a list of sentences, each with its tokens,
// typed entity spans over tokens (end exclusive) and relations that index the
// sentence's own entity list. Pure: parsing and writing text only.
import { BadInputError } from '../errors.js';

export interface SpertEntity {
  type: string;
  start: number;
  end: number;
}

export interface SpertRelation {
  type: string;
  head: number;
  tail: number;
}

export interface SpertSentence {
  tokens: string[];
  entities: SpertEntity[];
  relations: SpertRelation[];
  orig_id?: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Parses and checks a SpERT list; `name` says which input a problem is in. */
export function parseSpert(text: string, name = 'input'): SpertSentence[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BadInputError(`${name}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  if (!Array.isArray(data)) throw new BadInputError(`${name}: expected a JSON list of sentences, got ${typeof data}`);
  return data.map((item, i) => checkSentence(item, `${name}: item ${i}`));
}

function checkSentence(item: unknown, where: string): SpertSentence {
  if (!isObject(item)) throw new BadInputError(`${where} is not an object`);
  const { tokens, entities = [], relations = [] } = item;
  if (!Array.isArray(tokens) || !tokens.every((t) => typeof t === 'string')) throw new BadInputError(`${where}: "tokens" must be a list of strings`);
  if (!Array.isArray(entities)) throw new BadInputError(`${where}: "entities" must be a list`);
  if (!Array.isArray(relations)) throw new BadInputError(`${where}: "relations" must be a list`);
  const checkedEntities = entities.map((e, k): SpertEntity => {
    if (!isObject(e) || typeof e.type !== 'string' || !isIndex(e.start) || !isIndex(e.end) || e.end <= e.start || e.end > tokens.length) {
      throw new BadInputError(`${where}: entity ${k} needs a type and 0 <= start < end <= ${tokens.length} token offsets`);
    }
    return { type: e.type, start: e.start, end: e.end };
  });
  const checkedRelations = relations.map((r, k): SpertRelation => {
    if (!isObject(r) || typeof r.type !== 'string' || !isIndex(r.head) || !isIndex(r.tail) || r.head >= entities.length || r.tail >= entities.length) {
      throw new BadInputError(`${where}: relation ${k} needs a type and head/tail indexes into its ${entities.length} entities`);
    }
    return { type: r.type, head: r.head, tail: r.tail };
  });
  const out: SpertSentence = { tokens: tokens as string[], entities: checkedEntities, relations: checkedRelations };
  if (isIndex(item.orig_id)) out.orig_id = item.orig_id;
  return out;
}

/** The list as JSON text, one sentence per line: small diffs, same bytes for the same input. */
export function serialiseSpert(sentences: readonly SpertSentence[]): string {
  if (sentences.length === 0) return '[]\n';
  const lines = sentences.map((s) => {
    const item: SpertSentence = { tokens: s.tokens, entities: s.entities.map(({ type, start, end }) => ({ type, start, end })), relations: s.relations.map(({ type, head, tail }) => ({ type, head, tail })) };
    if (s.orig_id !== undefined) item.orig_id = s.orig_id;
    return JSON.stringify(item);
  });
  return `[\n${lines.join(',\n')}\n]\n`;
}
