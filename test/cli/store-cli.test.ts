import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { writeGeneratedArticles, articleText } from '../corpus/articles.js';
import { runCli, type Ran } from './cli.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-store-cli-'));
  made.push(dir);
  return dir;
}

const FILES = ['documents.json', 'edges.csv', 'graph.gexf', 'graph.graphml', 'graph.json', 'nodes.csv'];

function expectSameFiles(a: string, b: string): void {
  expect(readdirSync(a).sort()).toEqual(FILES);
  expect(readdirSync(b).sort()).toEqual(FILES);
  for (const file of FILES) expect(readFileSync(join(a, file)).equals(readFileSync(join(b, file))), file).toBe(true);
}

function ok(ran: Ran): Ran {
  expect(ran.code, ran.stderr).toBe(0);
  return ran;
}

/** A folder of `count` generated articles and one loose article file beside it. */
function articles(count: number): { dir: string; folder: string; extra: string } {
  const dir = temp();
  const folder = join(dir, 'in');
  mkdirSync(folder);
  writeGeneratedArticles(folder, count);
  const extra = join(dir, 'extra.txt');
  writeFileSync(extra, articleText(40));
  return { dir, folder, extra };
}

const graphDocs = (out: string) => JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')).attributes.docs as Array<{ id: string; date: string | null }>;

describe('newsgraph add, remove and export', () => {
  it('exports what build writes for the same articles, byte for byte', async () => {
    const { dir, folder } = articles(6);
    const store = join(dir, 'store.db');
    const added = ok(await runCli(['add', store, folder, '--rules-only']));
    expect(added.stdout).toMatch(/^newsgraph add: 6 added, 0 replaced, 0 unchanged, 0 files skipped; .*store\.db holds 6 articles/);
    expect(ok(await runCli(['export', store, '--out', join(dir, 'export')])).stdout).toMatch(/^newsgraph export: 6 articles, \d+ entities/);
    ok(await runCli(['build', folder, '--rules-only', '--jobs', '1', '--out', join(dir, 'build')]));
    expectSameFiles(join(dir, 'export'), join(dir, 'build'));
  });

  it('answers queries on the store itself as on its exported graph.json', async () => {
    const { dir, folder } = articles(4);
    const store = join(dir, 'store.db');
    ok(await runCli(['add', store, folder, '--rules-only']));
    ok(await runCli(['export', store, '--out', join(dir, 'out')]));
    const fromStore = ok(await runCli(['query', store, 'search', 'a', '--json']));
    const fromFile = ok(await runCli(['query', join(dir, 'out', 'graph.json'), 'search', 'a', '--json']));
    expect(JSON.parse(fromStore.stdout).length).toBeGreaterThan(0);
    expect(fromStore.stdout).toBe(fromFile.stdout);
    const empty = join(dir, 'empty.db');
    ok(await runCli(['add', empty, folder, '--rules-only']));
    for (const id of readdirSync(folder).map((f) => f.replace(/\.[^.]+$/, ''))) ok(await runCli(['remove', empty, id]));
    const refused = await runCli(['query', empty, 'search', 'a']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/holds no articles/);
  });

  it('exports the same bytes after adding an article and removing it again', async () => {
    const { dir, folder, extra } = articles(5);
    const store = join(dir, 'store.db');
    ok(await runCli(['add', store, folder, '--rules-only']));
    ok(await runCli(['export', store, '--out', join(dir, 'a')]));
    ok(await runCli(['add', store, extra, '--rules-only']));
    ok(await runCli(['export', store, '--out', join(dir, 'with-extra')]));
    expect(graphDocs(join(dir, 'with-extra')).map((d) => d.id)).toContain('extra');
    const removed = ok(await runCli(['remove', store, 'extra']));
    expect(removed.stdout).toMatch(/removed extra; .*holds 5 articles/);
    ok(await runCli(['export', store, '--out', join(dir, 'b')]));
    expectSameFiles(join(dir, 'a'), join(dir, 'b'));
  });

  it('keeps the picture: nodes known before stay where they were, new ones are placed; --relayout lays out afresh', async () => {
    const { dir, folder } = articles(5);
    const extra = join(dir, 'news.txt');
    writeFileSync(extra, 'Grace Mbeki told Reuters in Tokyo that the deal with Anna Kowalski was off.\n');
    const store = join(dir, 'store.db');
    ok(await runCli(['add', store, folder, '--rules-only']));
    expect(ok(await runCli(['export', store, '--out', join(dir, 'a'), '--format', 'json'])).stdout).toContain('picture: laid out afresh');
    ok(await runCli(['add', store, extra, '--rules-only']));
    const grown = ok(await runCli(['export', store, '--out', join(dir, 'b'), '--format', 'json']));
    expect(grown.stdout).toMatch(/picture: \d+ new nodes? placed, the rest kept where they were/);
    const nodes = (out: string) =>
      new Map<string, [number, number]>(
        JSON.parse(readFileSync(join(dir, out, 'graph.json'), 'utf8')).nodes.map((n: { key: string; attributes: { x: number; y: number } }) => [
          n.key,
          [n.attributes.x, n.attributes.y],
        ]),
      );
    const [before, after] = [nodes('a'), nodes('b')];
    expect(after.size).toBeGreaterThan(before.size);
    for (const [key, position] of before) expect(after.get(key), key).toEqual(position);
    const relaid = ok(await runCli(['export', store, '--out', join(dir, 'c'), '--relayout']));
    expect(relaid.stdout).toContain('picture: laid out afresh');
    ok(await runCli(['build', folder, extra, '--rules-only', '--jobs', '1', '--out', join(dir, 'build')]));
    expectSameFiles(join(dir, 'c'), join(dir, 'build'));
    // The fresh picture is the one kept from then on.
    expect(ok(await runCli(['export', store, '--out', join(dir, 'd')])).stdout).toContain('picture: no new nodes placed');
    expectSameFiles(join(dir, 'c'), join(dir, 'd'));
  });

  it('says so and changes nothing when an article is added again; replaces one whose text changed', async () => {
    const { dir, folder } = articles(3);
    const store = join(dir, 'store.db');
    ok(await runCli(['add', store, folder, '--rules-only']));
    ok(await runCli(['export', store, '--out', join(dir, 'a')]));
    const again = ok(await runCli(['add', store, folder, '--rules-only']));
    expect(again.stdout).toMatch(/0 added, 0 replaced, 3 unchanged/);
    expect(again.stdout).toContain('unchanged article-02: already stored with the same text');
    expect(again.stdout).toMatch(/extraction 0\.0 s/);
    ok(await runCli(['export', store, '--out', join(dir, 'b')]));
    expectSameFiles(join(dir, 'a'), join(dir, 'b'));

    const copy = join(dir, 'copy.txt');
    writeFileSync(copy, readFileSync(join(folder, 'article-01.txt')));
    expect(ok(await runCli(['add', store, copy])).stdout).toContain('unchanged copy: the same text is already stored as "article-01"');

    writeFileSync(join(folder, 'article-02.txt'), 'Grace Mbeki told Reuters in Tokyo that the deal was off.\n');
    const replaced = ok(await runCli(['add', store, folder, '--rules-only']));
    expect(replaced.stdout).toMatch(/0 added, 1 replaced, 2 unchanged/);
    expect(replaced.stdout).toContain('replaced article-02: its text changed');
    ok(await runCli(['export', store, '--out', join(dir, 'c'), '--format', 'json']));
    const nodes = JSON.parse(readFileSync(join(dir, 'c', 'graph.json'), 'utf8')).nodes.map((n: { key: string }) => n.key);
    expect(nodes).toContain('person:grace-mbeki');
  });

  it('dates articles without a date of their own with --date', async () => {
    const dir = temp();
    const store = join(dir, 'store.db');
    const plain = join(dir, 'plain.txt');
    const dated = join(dir, 'dated.md');
    writeFileSync(plain, articleText(1));
    writeFileSync(dated, `---\ntitle: Talks\ndate: 2023-05-06\n---\n\n${articleText(2)}`);
    ok(await runCli(['add', store, plain, dated, '--date', '2024-02-29', '--rules-only']));
    ok(await runCli(['export', store, '--out', join(dir, 'out'), '--format', 'json']));
    expect(graphDocs(join(dir, 'out')).map((d) => [d.id, d.date])).toEqual([
      ['dated', '2023-05-06'],
      ['plain', '2024-02-29'],
    ]);
    for (const date of ['2023-02-29', '29/02/2024', 'yesterday']) {
      const ran = await runCli(['add', store, plain, '--date', date]);
      expect(ran.code, date).toBe(2);
      expect(ran.stderr).toContain(`--date "${date}" is not a date`);
    }
  });

  it('passes the export options on: formats, GEXF version, no co-occurrence', async () => {
    const { dir, folder } = articles(3);
    const store = join(dir, 'store.db');
    ok(await runCli(['add', store, folder, '--rules-only']));
    ok(await runCli(['export', store, '--out', join(dir, 'out'), '--format', 'gexf,json', '--gexf-version', '1.2draft', '--no-cooccurrence']));
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['documents.json', 'graph.gexf', 'graph.json']);
    expect(readFileSync(join(dir, 'out', 'graph.gexf'), 'utf8')).toContain('http://www.gexf.net/1.2draft');
    const edges = JSON.parse(readFileSync(join(dir, 'out', 'graph.json'), 'utf8')).edges as Array<{ attributes: { type: string } }>;
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.filter((e) => e.attributes.type === 'cooccurs')).toEqual([]);
  });

  it('stores the same with worker threads as in-process, and skips what it cannot read, saying why', async () => {
    const { dir, folder } = articles(8);
    writeFileSync(join(folder, 'broken.txt'), Buffer.from([0x48, 0x69, 0x20, 0xc3, 0x28, 0x21]));
    for (const jobs of ['1', '2']) {
      const store = join(dir, `store-${jobs}.db`);
      const ran = ok(await runCli(['add', store, folder, '--rules-only', '--jobs', jobs]));
      expect(ran.stdout).toMatch(new RegExp(`8 added, 0 replaced, 0 unchanged, 1 file skipped; .* \\(in .*with ${jobs} jobs?\\)`));
      expect(ran.stderr).toMatch(/skipped .*broken\.txt: .*UTF-8/);
      ok(await runCli(['export', store, '--out', join(dir, `out-${jobs}`)]));
    }
    expectSameFiles(join(dir, 'out-1'), join(dir, 'out-2'));
    const bad = await runCli(['add', join(dir, 'store-1.db'), folder, '--jobs', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--jobs/);
  });

  it('merges across articles as build does, honouring the decisions kept in the store or an --aliases file', async () => {
    const dir = temp();
    const folder = join(dir, 'in');
    mkdirSync(folder);
    writeFileSync(join(folder, 'council.txt'), 'The Nordic Energy Council (NEC) met in Oslo on Monday, its chairman Lars Berg said.\n');
    writeFileSync(join(folder, 'prices.txt'), 'The NEC said on Tuesday that prices would rise in Oslo.\n');
    const store = join(dir, 'store.db');
    ok(await runCli(['add', store, folder, '--rules-only']));
    const keys = async (name: string, ...extra: string[]): Promise<string[]> => {
      const ran = ok(await runCli(['export', store, '--out', join(dir, name), '--format', 'json', ...extra]));
      expect(ran.stdout).toMatch(/merged \d+ entit(y|ies) across articles/);
      return JSON.parse(readFileSync(join(dir, name, 'graph.json'), 'utf8')).nodes.map((n: { key: string }) => n.key);
    };
    const [nec, council] = ['organisation:nec', 'organisation:nordic-energy-council'];

    const merged = await keys('merged', '--merges', join(dir, 'merges.json'));
    expect(merged).toContain(council);
    expect(merged).not.toContain(nec);
    const list = JSON.parse(readFileSync(join(dir, 'merges.json'), 'utf8')) as { merges: Array<{ from: string; into: string }> };
    expect(list.merges.map((m) => `${m.from} -> ${m.into}`)).toContain(`${nec} -> ${council}`);
    ok(await runCli(['build', folder, '--rules-only', '--format', 'json', '--out', join(dir, 'built')]));
    expect(readFileSync(join(dir, 'merged', 'graph.json')).equals(readFileSync(join(dir, 'built', 'graph.json')))).toBe(true);

    expect(await keys('apart', '--no-merge-across')).toEqual(expect.arrayContaining([nec, council]));
    ok(await runCli(['merges', store, 'reject', nec, council]));
    expect(await keys('rejected')).toEqual(expect.arrayContaining([nec, council]));
    const table = join(dir, 'aliases.json');
    writeFileSync(table, JSON.stringify({ version: 1, decisions: [] }));
    expect(await keys('from-file', '--aliases', table)).not.toContain(nec);
    const missing = await runCli(['export', store, '--aliases', join(dir, 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/--aliases: .*nope\.json does not exist/);
  });

  it('names an unknown id, removes nothing and exits 1', async () => {
    const { dir, folder } = articles(2);
    const store = join(dir, 'store.db');
    ok(await runCli(['add', store, folder, '--rules-only']));
    const ran = await runCli(['remove', store, 'article-01', 'nope']);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain('no article "nope"');
    ok(await runCli(['export', store, '--out', join(dir, 'out'), '--format', 'json']));
    expect(graphDocs(join(dir, 'out')).map((d) => d.id)).toEqual(['article-01', 'article-02']);
  });

  it('refuses to export a store with no articles', async () => {
    const { dir, folder } = articles(1);
    const store = join(dir, 'store.db');
    ok(await runCli(['add', store, folder, '--rules-only']));
    ok(await runCli(['remove', store, 'article-01']));
    const ran = await runCli(['export', store, '--out', join(dir, 'out')]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/store\.db: holds no articles/);
  });

  it('names a bad store file and exits 1, without a stack trace', async () => {
    const { dir, folder } = articles(1);
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'These are notes, not a database.\n'.repeat(50));
    const missing = join(dir, 'missing.db');
    const cases: Array<[string[], string, RegExp]> = [
      [['add', dir, folder], dir, /is a folder/],
      [['export', dir], dir, /is a folder/],
      [['add', text, folder], text, /not a newsgraph store/],
      [['remove', text, 'x'], text, /not a newsgraph store/],
      [['export', text], text, /not a newsgraph store/],
      [['export', missing], missing, /no such store/],
      [['remove', missing, 'x'], missing, /no such store/],
    ];
    for (const [argv, path, message] of cases) {
      const ran = await runCli(argv);
      expect(ran.code, argv.join(' ')).toBe(1);
      expect(ran.stderr).toContain(path);
      expect(ran.stderr).toMatch(message);
      expect(ran.stderr).not.toMatch(/internal error|\n\s+at /);
    }
    expect(readdirSync(dir).sort()).toEqual(['extra.txt', 'in', 'notes.txt']);
  });

  it('leaves no new store behind when the add fails', async () => {
    const dir = temp();
    const ran = await runCli(['add', join(dir, 'new.db'), join(dir, 'missing.txt')]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/missing\.txt: no such file/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('prints help and refuses calls without a store or articles', async () => {
    for (const command of ['add', 'remove', 'export']) {
      const help = ok(await runCli([command, '--help']));
      expect(help.stdout).toMatch(new RegExp(`^usage: newsgraph ${command} <store>`));
    }
    expect((await runCli(['add', 'store.db'])).code).toBe(2);
    expect((await runCli(['remove', 'store.db'])).code).toBe(2);
    expect((await runCli(['export'])).code).toBe(2);
  });
});

describe('newsgraph refresh', () => {
  it('re-extracts stored articles from their text and replaces only what came out differently', async () => {
    const { dir, folder } = articles(5);
    const store = join(dir, 'store.db');
    ok(await runCli(['add', store, folder, '--rules-only']));
    ok(await runCli(['export', store, '--out', join(dir, 'before')]));
    // This version made the store: nothing to replace, and the files stay the same.
    expect(ok(await runCli(['refresh', store, '--rules-only'])).stdout).toMatch(/^newsgraph refresh: 0 articles extracted differently now and replaced, 5 unchanged; /);
    ok(await runCli(['export', store, '--out', join(dir, 'same')]));
    expectSameFiles(join(dir, 'before'), join(dir, 'same'));
    // As an older version might have left it: one article's entity named otherwise, one relation missing.
    const db = new Database(store);
    const doc = db.prepare('SELECT id FROM documents ORDER BY id LIMIT 1').pluck().get() as string;
    db.prepare("UPDATE entities SET label = 'Older Label' WHERE doc = ? AND idx = 0").run(doc);
    db.prepare('DELETE FROM relations WHERE doc = ? AND idx = (SELECT MAX(idx) FROM relations WHERE doc = ?)').run(doc, doc);
    db.close();
    expect(ok(await runCli(['refresh', store, '--rules-only', '--jobs', '1'])).stdout).toMatch(/^newsgraph refresh: 1 article extracted differently now and replaced, 4 unchanged; /);
    ok(await runCli(['export', store, '--out', join(dir, 'after')]));
    expectSameFiles(join(dir, 'before'), join(dir, 'after'));
  });

  it('says so for an empty store, and refuses a file that is not a store', async () => {
    const dir = temp();
    const store = join(dir, 'store.db');
    const { folder } = articles(1);
    ok(await runCli(['add', store, folder, '--rules-only']));
    const id = readdirSync(folder)[0]!.replace(/\.txt$/, '');
    ok(await runCli(['remove', store, id]));
    expect(ok(await runCli(['refresh', store])).stdout).toMatch(/holds no articles; nothing to do/);
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'not a database');
    const refused = await runCli(['refresh', text]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/notes\.txt/);
  });
});
