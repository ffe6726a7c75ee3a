import { describe, expect, it } from 'vitest';
import { parseAliasTable, resolveAcross, serialiseAliasTable, validateAliasTable, type AliasDecision } from '../../../src/resolve/across/index.js';
import { article } from './corpus.js';

const SDF_CORPUS = [
  article('a', [{ key: 'group:syrian-democratic-forces', label: 'Syrian Democratic Forces', aliases: ['SDF'], mentions: 3 }]),
  article('b', [{ key: 'group:sdf', label: 'SDF' }]),
  article('c', [{ key: 'organisation:fifa', label: 'FIFA', mentions: 4 }]),
  article('d', [{ key: 'organisation:world-football-body', label: 'world football body' }]),
];
const table = (...decisions: AliasDecision[]) => ({ version: 1 as const, decisions });
const mergesOf = (decisions: AliasDecision[]) => resolveAcross(SDF_CORPUS, { table: table(...decisions) }).merges.map((m) => `${m.from} -> ${m.into} [${m.rule}]`);

describe('the alias table', () => {
  it('merges nothing it is not told to, beyond the rules', () => {
    expect(mergesOf([])).toEqual(['group:sdf -> group:syrian-democratic-forces [acronym-defined]']);
  });

  it('accept merges a into b, even into the less-mentioned key', () => {
    expect(mergesOf([{ action: 'accept', keys: ['organisation:fifa', 'organisation:world-football-body'] }])).toEqual([
      'group:sdf -> group:syrian-democratic-forces [acronym-defined]',
      'organisation:fifa -> organisation:world-football-body [alias-table]',
    ]);
  });

  it('reject keeps a pair apart and out of the uncertain list', () => {
    const result = resolveAcross(SDF_CORPUS, { table: table({ action: 'reject', keys: ['group:syrian-democratic-forces', 'group:sdf'] }) });
    expect(result.merges).toEqual([]);
    expect(result.uncertain).toEqual([]);
  });

  it('split [key] keeps a key out of every automatic merge; split [a, b] undoes one', () => {
    expect(mergesOf([{ action: 'split', keys: ['group:sdf'] }])).toEqual([]);
    expect(mergesOf([{ action: 'split', keys: ['group:sdf', 'group:syrian-democratic-forces'] }])).toEqual([]);
  });

  it('reads decisions in order: the later one about a pair wins', () => {
    const pair = ['organisation:fifa', 'organisation:world-football-body'];
    expect(mergesOf([{ action: 'reject', keys: pair }, { action: 'accept', keys: pair }])).toContain('organisation:fifa -> organisation:world-football-body [alias-table]');
    expect(mergesOf([{ action: 'accept', keys: pair }, { action: 'reject', keys: pair }])).not.toContain('organisation:fifa -> organisation:world-football-body [alias-table]');
    expect(mergesOf([{ action: 'accept', keys: pair }, { action: 'split', keys: ['organisation:fifa'] }])).not.toContain('organisation:fifa -> organisation:world-football-body [alias-table]');
  });

  it('ignores decisions about keys this corpus does not have', () => {
    expect(mergesOf([{ action: 'accept', keys: ['person:nobody', 'person:somebody'] }])).toEqual(['group:sdf -> group:syrian-democratic-forces [acronym-defined]']);
  });

  it('round-trips through its JSON form', () => {
    const original = table({ action: 'accept', keys: ['group:sdf', 'group:syrian-democratic-forces'], note: 'same group' }, { action: 'split', keys: ['place:georgia'] });
    const text = serialiseAliasTable(original);
    expect(parseAliasTable(text, 'aliases.json')).toEqual(original);
    expect(serialiseAliasTable(parseAliasTable(text, 'aliases.json'))).toBe(text);
  });
});

describe('malformed alias tables', () => {
  it.each([
    ['not JSON', '{"version": 1,', /aliases\.json: not JSON/],
    ['an array', '[]', /top level: expected an object/],
    ['a missing version', '{"decisions": []}', /version: expected 1, got nothing/],
    ['a future version', '{"version": 2, "decisions": []}', /version: expected 1, got number 2/],
    ['decisions that are no list', '{"version": 1, "decisions": {}}', /decisions: expected an array, got an object/],
    ['an unknown top-level field', '{"version": 1, "decisions": [], "merges": []}', /merges: unknown field/],
    ['an unknown action', '{"version": 1, "decisions": [{"action": "merge", "keys": ["group:a", "group:b"]}]}', /decisions\[0\]\.action: expected one of accept, reject, split, got "merge"/],
    ['accept with one key', '{"version": 1, "decisions": [{"action": "accept", "keys": ["group:a"]}]}', /decisions\[0\]\.keys: "accept" takes 2 entity keys, got an array of 1/],
    ['split with three keys', '{"version": 1, "decisions": [{"action": "split", "keys": ["group:a", "group:b", "group:c"]}]}', /"split" takes 1 or 2 entity keys/],
    ['a key without a type', '{"version": 1, "decisions": [{"action": "reject", "keys": ["smith", "person:john-smith"]}]}', /decisions\[0\]\.keys\[0\]: "smith" is not an entity key/],
    ['a key of an unknown type', '{"version": 1, "decisions": [{"action": "split", "keys": ["thing:x"]}]}', /"thing:x" is not an entity key/],
    ['the same key twice', '{"version": 1, "decisions": [{"action": "reject", "keys": ["group:a", "group:a"]}]}', /both keys are "group:a"/],
    ['a misspelt field', '{"version": 1, "decisions": [{"action": "split", "key": ["group:a"]}]}', /decisions\[0\]\.key: unknown field/],
    ['a note that is no text', '{"version": 1, "decisions": [{"action": "split", "keys": ["group:a"], "note": 3}]}', /decisions\[0\]\.note: expected text, got number 3/],
  ])('refuses %s, naming the field', (_name, text, message) => {
    let caught: unknown;
    try {
      parseAliasTable(text, 'aliases.json');
    } catch (error) {
      caught = error;
    }
    expect((caught as Error)?.name).toBe('BadInputError');
    expect((caught as Error).message).toMatch(/^aliases\.json: /);
    expect((caught as Error).message).toMatch(message);
  });

  it('validates values already parsed', () => {
    expect(() => validateAliasTable(null, 'table')).toThrow(/table: top level: expected an object/);
    expect(validateAliasTable({ version: 1, decisions: [] }, 'table')).toEqual({ version: 1, decisions: [] });
  });
});
