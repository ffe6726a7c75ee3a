import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { readDecisions } from '../../src/store/decisions.js';
import { parseAliasTable } from '../../src/resolve/across/index.js';
import { runCli, type Ran } from './cli.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

// An acronym one article defines and another uses alone, and one name spelt
// two ways (both merged); a surname with nothing else in common with the one
// full name that has it (only suggested).
const ARTICLES: Record<string, string> = {
  'council.txt': 'The Nordic Energy Council (NEC) met in Oslo on Monday, its chairman Lars Berg said.\n',
  'prices.txt': 'The NEC said on Tuesday that prices would rise in Oslo.\n',
  'cairo.txt': 'Abu Bakr al-Zawahiri spoke in Cairo on Monday.\n',
  'police.txt': 'Police in Cairo said Abu Bakr el Zawahiry had left the country.\n',
  'plan.txt': 'Chairman Berg said in Stockholm on Wednesday that the plan would work.\n',
};
const NEC = ['organisation:nec', 'organisation:nordic-energy-council'];
const ZAWAHIRI = ['person:abu-bakr-el-zawahiry', 'person:abu-bakr-al-zawahiri'];
const BERG = ['person:berg', 'person:lars-berg'];

function ok(ran: Ran): Ran {
  expect(ran.code, ran.stderr).toBe(0);
  return ran;
}

async function storeWithArticles(): Promise<{ dir: string; folder: string; store: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-merges-'));
  made.push(dir);
  const folder = join(dir, 'in');
  mkdirSync(folder);
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(folder, name), text);
  const store = join(dir, 'store.db');
  ok(await runCli(['add', store, folder, '--rules-only']));
  return { dir, folder, store };
}

const listed = async (store: string, ...extra: string[]) => JSON.parse(ok(await runCli(['merges', store, '--json', ...extra])).stdout);
const pairs = (list: Array<{ from: string; into: string; rule: string }>) => list.map((m) => `${m.from} -> ${m.into} [${m.rule}]`);

describe('newsgraph merges', () => {
  it('lists the uncertain pairs with score, reason, labels and articles; --all adds the merges made', async () => {
    const { store } = await storeWithArticles();
    const text = ok(await runCli(['merges', store])).stdout;
    expect(text).toMatch(/^newsgraph merges: 5 articles, 2 merges across articles, 1 uncertain pair, 0 decisions/);
    // The full name's key would survive: the pair reads from the surname to it.
    expect(text).toContain(`0.70 surname: "Berg" (${BERG[0]}) ~ "Lars Berg" (${BERG[1]})`);
    expect(text).toContain('"Berg" is the surname of "Lars Berg"');
    expect(text).toContain('in: plan | council');
    expect(text).not.toContain('merged (');
    const all = ok(await runCli(['merges', store, '--all'])).stdout;
    expect(all).toContain(`merged (2):\n  0.95 acronym-defined: "NEC" (${NEC[0]}) → "Nordic Energy Council" (${NEC[1]})`);

    const json = await listed(store);
    expect(Object.keys(json)).toEqual(['version', 'uncertain']);
    expect(pairs(json.uncertain)).toEqual([`${BERG[0]} -> ${BERG[1]} [surname]`]);
    expect(json.uncertain[0].docs).toEqual({ from: ['plan'], into: ['council'] });
    expect(pairs((await listed(store, '--all')).merges)).toEqual([`${NEC[0]} -> ${NEC[1]} [acronym-defined]`, `${ZAWAHIRI[0]} -> ${ZAWAHIRI[1]} [transliteration]`]);
  });

  it('records accept, reject and split in the store, and honours them', async () => {
    const { store } = await storeWithArticles();
    expect(ok(await runCli(['merges', store, 'accept', ...BERG, '--note', 'the chairman'])).stdout).toMatch(/recorded accept: .* \(1 decision in /);
    let json = await listed(store, '--all');
    expect(json.uncertain).toEqual([]);
    expect(pairs(json.merges)).toContain(`${BERG[0]} -> ${BERG[1]} [alias-table]`);

    ok(await runCli(['merges', store, 'reject', ...NEC]));
    json = await listed(store, '--all');
    expect(pairs(json.merges)).not.toContain(`${NEC[0]} -> ${NEC[1]} [acronym-defined]`);

    ok(await runCli(['merges', store, 'split', ZAWAHIRI[0]!]));
    json = await listed(store, '--all');
    expect(pairs(json.merges)).toEqual([`${BERG[0]} -> ${BERG[1]} [alias-table]`]);

    const opened = openStore(store);
    expect(readDecisions(opened).decisions).toEqual([
      { action: 'accept', keys: BERG, note: 'the chairman' },
      { action: 'reject', keys: NEC },
      { action: 'split', keys: [ZAWAHIRI[0]] },
    ]);
    opened.close();
  });

  it('keeps decisions in an alias-table file with --table, which build --aliases reads', async () => {
    const { dir, folder, store } = await storeWithArticles();
    const table = join(dir, 'aliases.json');
    ok(await runCli(['merges', store, 'reject', ...NEC, '--table', table]));
    expect(parseAliasTable(readFileSync(table, 'utf8'), table).decisions).toEqual([{ action: 'reject', keys: NEC }]);
    expect(readDecisions(openStore(store)).decisions).toEqual([]);
    expect(pairs((await listed(store, '--all', '--table', table)).merges)).toEqual([`${ZAWAHIRI[0]} -> ${ZAWAHIRI[1]} [transliteration]`]);

    const mergesFile = join(dir, 'merges.json');
    const plain = ok(await runCli(['build', folder, '--rules-only', '--out', join(dir, 'a'), '--format', 'json', '--merges', mergesFile]));
    expect(plain.stdout).toContain('merged 2 entities across articles; 1 uncertain pair left apart');
    expect(pairs(JSON.parse(readFileSync(mergesFile, 'utf8')).merges)).toEqual([`${NEC[0]} -> ${NEC[1]} [acronym-defined]`, `${ZAWAHIRI[0]} -> ${ZAWAHIRI[1]} [transliteration]`]);
    const nodes = (out: string) => JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')).nodes.map((n: { key: string }) => n.key);
    expect(nodes(join(dir, 'a'))).not.toContain(NEC[0]);

    const decided = ok(await runCli(['build', folder, '--rules-only', '--out', join(dir, 'b'), '--format', 'json', '--aliases', table]));
    expect(decided.stdout).toContain('merged 1 entity across articles');
    expect(nodes(join(dir, 'b'))).toContain(NEC[0]);
  });

  it.each([
    [['accept', 'organisation:nec'], 2, /"accept" takes 2 entity keys, got 1/],
    [['merge', ...NEC], 2, /unknown decision "merge"/],
    [['reject', 'nec', NEC[1]!], 2, /"nec" is not an entity key/],
    [['reject', NEC[0]!, NEC[0]!], 2, /both keys are/],
    [['split', 'person:nobody'], 1, /no stored article has an entity "person:nobody"/],
  ])('refuses %j', async (args, code, message) => {
    const { store } = await storeWithArticles();
    const ran = await runCli(['merges', store, ...(args as string[])]);
    expect(ran.code).toBe(code);
    expect(ran.stderr).toMatch(message);
    expect(readDecisions(openStore(store)).decisions).toEqual([]);
  });

  it('refuses a missing store and a broken alias table', async () => {
    const { dir, store } = await storeWithArticles();
    const missing = await runCli(['merges', join(dir, 'nope.db')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no such store/);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"version": 1, "decisions": [{"action": "accept", "keys": ["x"]}]}');
    const ran = await runCli(['merges', store, '--table', broken]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/broken\.json: decisions\[0\]\.keys: "accept" takes 2 entity keys/);
    const build = await runCli(['build', dir, '--aliases', broken]);
    expect(build.code).toBe(1);
    expect(build.stderr).toMatch(/broken\.json: decisions\[0\]\.keys/);
  });
});
