import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/query.js';
import { neighbors, relations, search } from '../../src/query/index.js';
import { FIXTURE_DIR, smallGraph } from '../query/fixture.js';

async function query(args: string[], cwd = FIXTURE_DIR): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stdin: async () => Buffer.alloc(0),
    cwd,
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

const G = 'small-graph.json';

describe('newsgraph query: tables', () => {
  it('prints neighbours as an aligned table, evidence cut to the width', async () => {
    const result = await query([G, 'neighbors', 'Commandos', 'of', 'the', 'Revolution', '--width', '100']);
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Neighbours of Commandos of the Revolution (group:commandos-of-the-revolution): 4',
        'NEIGHBOUR    TYPE          RELATION       PREDICATE    CONF  EVIDENCE',
        'US military  organisation  ← supports     trained      0.85  The US military trained the Commandos …',
        '                           ← supports     armed        0.70  The group was armed by the US military…',
        'al-Tanf      place         → based_in     based at     0.75  The Commandos of the Revolution are ba…',
        'ISIS         group         → opposes      fought       0.80  The commandos fought ISIS near ISIS-he…',
        'Syrian army  organisation  → defected_to  defected to  0.80  The Revolutionary Commandos defected t…',
        '',
      ].join('\n'),
    });
  });

  it('keeps every line within --width', async () => {
    for (const args of [['relations'], ['neighbors', 'US military', '--include-hedged'], ['path', 'Dillon', 'Deir ez-Zor']]) {
      const { stdout } = await query([G, ...args, '--width', '80']);
      for (const line of stdout.trimEnd().split('\n').slice(1)) expect([...line].length).toBeLessThanOrEqual(80);
    }
  });

  it('does not cut lines when no width is given and output is not a terminal', async () => {
    const { stdout } = await query([G, 'relations', '--head', 'Dillon']);
    expect(stdout).toContain('Col. Ryan Dillon, a spokesman for the US military, confirmed the defection.');
  });

  it('prints relations with flags marked, filtered by type and confidence', async () => {
    const { code, stdout } = await query([G, 'relations', '--type', 'supports', '--include-negated', '--include-hedged', '--min-confidence', '0.55']);
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 5)).toEqual([
      'Relations: 3',
      'HEAD         RELATION            TAIL                         PREDICATE  CONF  EVIDENCE',
      'Pentagon     supports [negated]  Syrian army                  armed      0.60  The Pentagon denied that it armed the Syrian army.',
      'US military  supports            Commandos of the Revolution  trained    0.85  The US military trained the Commandos of the Revolution at At Tanf.',
      'US military  supports            Commandos of the Revolution  armed      0.70  The group was armed by the US military for a fight against ISIS.',
    ]);
  });

  it('prints a path step by step, and says when there is none', async () => {
    const found = await query([G, 'path', 'Dillon', 'at tanf']);
    expect(found.code).toBe(0);
    expect(found.stdout.split('\n')[0]).toBe('Path from Ryan Dillon (person:ryan-dillon) to al-Tanf (place:al-tanf): 3 steps');
    expect(found.stdout).toMatch(/^1 +Ryan Dillon +works_for +US military/m);
    expect(found.stdout).toMatch(/^3 +Commandos of the Revolution +based_in +al-Tanf/m);
    const none = await query([G, 'path', 'Moscow', 'Dillon']);
    expect(none).toEqual({ code: 0, stderr: '', stdout: 'No path between Moscow (place:moscow) and Ryan Dillon (person:ryan-dillon)\n' });
    const viaCooccurs = await query([G, 'path', 'Moscow', 'Syrian army', '--include-cooccurs']);
    expect(viaCooccurs.stdout.split('\n')[0]).toBe('Path from Moscow (place:moscow) to Syrian army (organisation:syrian-army): 2 steps');
  });

  it('prints search hits with the alias that matched', async () => {
    const { stdout } = await query([G, 'search', 'revolutionary', '--limit', '1']);
    expect(stdout).toBe(
      [
        'Matches for "revolutionary": 1',
        'SCORE  LABEL                        TYPE   KEY                                MATCHED',
        '0.941  Commandos of the Revolution  group  group:commandos-of-the-revolution  Revolutionary Commandos',
        '',
      ].join('\n'),
    );
  });

  it('prints an entity field by field', async () => {
    const { stdout } = await query([G, 'entity', 'marjanovic']);
    expect(stdout).toBe(
      [
        'FIELD     VALUE',
        'key       person:marko-marjanovic',
        'label     Marko Marjanović',
        'type      person',
        'aliases   Marjanović; Marko Marjanović',
        'mentions  1',
        'docs      rebels-defect',
        'degree    1',
        'pagerank  0.04',
        '',
      ].join('\n'),
    );
  });
});

describe('newsgraph query: --json', () => {
  const graph = smallGraph();

  it.each<[string, string[], unknown]>([
    ['neighbors', ['neighbors', 'Dillon', '--include-cooccurs'], neighbors(graph, 'Dillon', { includeCooccurs: true })],
    ['relations', ['relations', '--head', 'US military', '--include-hedged'], relations(graph, { head: 'US military', includeHedged: true })],
    ['search', ['search', 'syr', '--type', 'place'], search(graph, 'syr', { type: 'place' })],
  ])('prints what the API returns for %s', async (_name, args, expected) => {
    const { code, stdout } = await query([G, ...args, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(expected);
  });

  it('prints null for no path and the record for an entity', async () => {
    expect(JSON.parse((await query([G, 'path', 'Pentagon', 'Syria', '--json'])).stdout)).toBeNull();
    expect(JSON.parse((await query([G, 'entity', 'al tanf', '--json'])).stdout)).toMatchObject({ key: 'place:al-tanf', aliases: ['Al Tanf', 'At Tanf', 'al-Tanf'] });
  });
});

describe('newsgraph query: untrusted names', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-query-'));
  const hostile = 'Evil\u001b[2J\u001b]0;pwned\u0007 Corp\u009b31m\u202e\u200b';
  writeFileSync(
    join(dir, 'hostile.json'),
    JSON.stringify({
      attributes: { schemaVersion: 1, docs: [] },
      nodes: [
        { key: 'organisation:evil-corp', attributes: { label: hostile, type: 'organisation', aliases: [hostile, 'Evil Corp'] } },
        { key: 'place:x', attributes: { label: 'X', type: 'place' } },
      ],
      edges: [
        {
          key: 'e1',
          source: 'organisation:evil-corp',
          target: 'place:x',
          attributes: { type: 'based_in', predicate: 'in\u001b[0m', evidence: [{ doc: 'd', sentence: 0, start: 0, end: 9, text: 'line one\nline\u0085two\u001b[1m' }], confidence: 0.5 },
        },
      ],
    }),
  );
  const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/u;

  it.each([
    [['relations']],
    [['neighbors', 'evil corp']],
    [['entity', 'Evil Corp']],
    [['search', 'evil']],
    [['path', 'evil corp', 'X']],
  ])('strips control characters from tables: %j', async (args) => {
    const { code, stdout } = await query(['hostile.json', ...args], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('Evil[2J]0;pwned Corp31m');
    expect(stdout).not.toMatch(UNSAFE);
  });

  it('escapes them in JSON, which still parses to the original text', async () => {
    const { stdout } = await query(['hostile.json', 'relations', '--json'], dir);
    expect(stdout).not.toMatch(UNSAFE);
    expect(JSON.parse(stdout)[0].sourceLabel).toBe(hostile);
  });

  it('strips them from error messages too', async () => {
    const { code, stderr } = await query(['hostile.json', 'entity', 'Evil\u001b[31m Inc\u009b'], dir);
    expect(code).toBe(1);
    expect(stderr).not.toMatch(UNSAFE);
  });
});

describe('newsgraph query: errors and exit codes', () => {
  it.each<[string, string[], number, RegExp]>([
    ['an unknown entity, with suggestions', [G, 'entity', 'Ryan Dilon'], 1, /^newsgraph query: small-graph\.json: no entity named "Ryan Dilon" in the graph; did you mean "Ryan Dillon" \(person:ryan-dillon\)\?\n$/],
    ['an unknown head', [G, 'relations', '--head', 'Atlantis'], 1, /^newsgraph query: small-graph\.json: no entity named "Atlantis"/],
    ['an unknown path end', [G, 'path', 'Syria', 'Atlantis'], 1, /small-graph\.json: no entity named "Atlantis"/],
    ['a missing graph file', ['missing.json', 'entity', 'x'], 1, /^newsgraph query: missing\.json: no such file\n$/],
    ['a graph that is not JSON', ['not-json.json', 'entity', 'x'], 1, /^newsgraph query: not-json\.json: not valid JSON: .* at line 4, column 77 \(position 141\)\n$/],
    ['no arguments', [], 2, /missing the graph file\n\nusage: newsgraph query/],
    ['no subcommand', [G], 2, /missing a subcommand/],
    ['an unknown subcommand', [G, 'frobnicate'], 2, /unknown subcommand "frobnicate"\n\nusage:/],
    ['a missing entity name', [G, 'neighbors'], 2, /neighbors needs the name of an entity/],
    ['a missing search text', [G, 'search'], 2, /search needs some text to look for/],
    ['a path with one name', [G, 'path', 'Syria'], 2, /path needs exactly two entity names/],
    ['names given to relations', [G, 'relations', 'Syria'], 2, /relations takes no names/],
    ['an option another subcommand takes', [G, 'entity', 'Syria', '--limit', '2'], 2, /entity does not take --limit/],
    ['an unknown option', [G, 'entity', 'Syria', '--colour'], 2, /Unknown option '--colour'/],
    ['a bad --direction', [G, 'neighbors', 'Syria', '--direction', 'up'], 2, /--direction must be one of out, in, both, got "up"/],
    ['a bad --type', [G, 'search', 'syria', '--type', 'robot'], 2, /--type must be one of person, organisation, place, group, document/],
    ['a confidence above 1', [G, 'relations', '--min-confidence', '1.5'], 2, /--min-confidence must be a number from 0 to 1, got "1.5"/],
    ['a limit that is not a number', [G, 'search', 'x', '--limit', 'ten'], 2, /--limit must be a whole number of at least 1, got "ten"/],
  ])('%s → exit %i', async (_what, args, code, message) => {
    const result = await query(args);
    expect(result.code).toBe(code);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('prints help on --help with exit 0', async () => {
    const { code, stdout } = await query(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^usage: newsgraph query <graph\.json\|store> <subcommand>/);
  });
});
