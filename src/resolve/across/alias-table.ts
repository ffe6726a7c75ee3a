// The user's decisions about merges across articles, as a versioned JSON file:
//
//   { "version": 1,
//     "decisions": [
//       { "action": "accept", "keys": ["group:sdf", "group:syrian-democratic-forces"] },
//       { "action": "reject", "keys": ["person:smith", "person:john-smith"], "note": "a different Smith" },
//       { "action": "split",  "keys": ["place:georgia"] } ] }
//
// accept [a, b]: merge a into b, whatever the rules say.
// reject [a, b]: never put a and b in one node.
// split [a]: a takes part in no automatic merge (its node stays its own);
// split [a, b]: undo the merge of a with b (kept apart from then on, as reject).
// Decisions are read in order; a later one about the same keys wins.
import { BadInputError } from '../../errors.js';
import { ENTITY_TYPES } from '../../types.js';

export const ALIAS_TABLE_VERSION = 1;

export type AliasAction = 'accept' | 'reject' | 'split';
export const ALIAS_ACTIONS: readonly AliasAction[] = ['accept', 'reject', 'split'];

export interface AliasDecision {
  action: AliasAction;
  /** accept: [from, into]; reject: [a, b]; split: [key] or [key, other]. */
  keys: string[];
  note?: string;
}

export interface AliasTable {
  version: typeof ALIAS_TABLE_VERSION;
  decisions: AliasDecision[];
}

export const emptyAliasTable = (): AliasTable => ({ version: ALIAS_TABLE_VERSION, decisions: [] });

const ENTITY_KEY = new RegExp(`^(?:${ENTITY_TYPES.join('|')}):[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*$`, 'u');
const KEY_COUNTS: Record<AliasAction, readonly number[]> = { accept: [2], reject: [2], split: [1, 2] };
const DECISION_FIELDS = new Set(['action', 'keys', 'note']);

export function isEntityKey(key: string): boolean {
  return ENTITY_KEY.test(key);
}

/** Reads the table's JSON text; `source` names it in errors (a file path). */
export function parseAliasTable(text: string, source: string): AliasTable {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new BadInputError(`${source}: not JSON (${(error as Error).message}); an alias table is {"version": ${ALIAS_TABLE_VERSION}, "decisions": [...]}`);
  }
  return validateAliasTable(value, source);
}

/** Checks a parsed value field by field; the error names the first bad field and what it should be. */
export function validateAliasTable(value: unknown, source: string): AliasTable {
  const fail = (where: string, problem: string): never => {
    throw new BadInputError(`${source}: ${where}: ${problem}`);
  };
  if (!isRecord(value)) return fail('top level', `expected an object {"version": ${ALIAS_TABLE_VERSION}, "decisions": [...]}, got ${describe(value)}`);
  for (const field of Object.keys(value)) if (field !== 'version' && field !== 'decisions') fail(field, 'unknown field (allowed: version, decisions)');
  if (value.version !== ALIAS_TABLE_VERSION) fail('version', `expected ${ALIAS_TABLE_VERSION}, got ${describe(value.version)}`);
  if (!Array.isArray(value.decisions)) return fail('decisions', `expected an array, got ${describe(value.decisions)}`);
  const decisions = value.decisions.map((raw: unknown, n: number): AliasDecision => {
    const at = `decisions[${n}]`;
    if (!isRecord(raw)) return fail(at, `expected an object {"action", "keys"}, got ${describe(raw)}`);
    for (const field of Object.keys(raw)) if (!DECISION_FIELDS.has(field)) fail(`${at}.${field}`, 'unknown field (allowed: action, keys, note)');
    const action = raw.action;
    if (typeof action !== 'string' || !(ALIAS_ACTIONS as readonly string[]).includes(action)) {
      return fail(`${at}.action`, `expected one of ${ALIAS_ACTIONS.join(', ')}, got ${describe(action)}`);
    }
    const counts = KEY_COUNTS[action as AliasAction];
    const keys = raw.keys;
    if (!Array.isArray(keys) || !counts.includes(keys.length)) {
      return fail(`${at}.keys`, `"${action}" takes ${counts.join(' or ')} entity key${counts.length === 1 && counts[0] === 1 ? '' : 's'}, got ${describe(keys)}`);
    }
    keys.forEach((key: unknown, k: number) => {
      if (typeof key !== 'string' || !isEntityKey(key)) fail(`${at}.keys[${k}]`, `${describe(key)} is not an entity key "<type>:<slug>" (type one of ${ENTITY_TYPES.join(', ')})`);
    });
    if (keys.length === 2 && keys[0] === keys[1]) fail(`${at}.keys`, `both keys are "${String(keys[0])}"; name two different entities`);
    if (raw.note !== undefined && typeof raw.note !== 'string') fail(`${at}.note`, `expected text, got ${describe(raw.note)}`);
    return { action: action as AliasAction, keys: [...(keys as string[])], ...(typeof raw.note === 'string' ? { note: raw.note } : {}) };
  });
  return { version: ALIAS_TABLE_VERSION, decisions };
}

/** The table as the file holds it: two-space JSON, fields in a fixed order, a final newline. */
export function serialiseAliasTable(table: AliasTable): string {
  const decisions = table.decisions.map((d) => ({ action: d.action, keys: d.keys, ...(d.note !== undefined ? { note: d.note } : {}) }));
  return `${JSON.stringify({ version: table.version, decisions }, null, 2)}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
