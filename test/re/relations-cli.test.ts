import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/relations.js';
import { fitsSignature } from '../../src/re/labels.js';
import { parseSpert, type SpertSentence } from '../../src/re/spert.js';

const fixture = new URL('../fixtures/re/small.json', import.meta.url).pathname;
const input = parseSpert(readFileSync(fixture, 'utf8'));
let directory = '';

function captureIO(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), stdin: async () => Buffer.alloc(0), cwd: directory };
}

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 're-cli-'));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function expectValid(output: SpertSentence[]): void {
  expect(output).toHaveLength(input.length);
  output.forEach((s, i) => {
    expect(s.tokens).toEqual(input[i]?.tokens);
    for (const e of s.entities) {
      expect(['Peop', 'Org', 'Loc', 'Other']).toContain(e.type);
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeGreaterThan(e.start);
      expect(e.end).toBeLessThanOrEqual(s.tokens.length);
    }
    for (const r of s.relations) {
      const head = s.entities[r.head];
      const tail = s.entities[r.tail];
      expect(head && tail).toBeTruthy();
      expect(fitsSignature(r.type, head!.type, tail!.type)).toBe(true);
    }
  });
}

describe('newsgraph relations --spert', () => {
  it('with --gold-entities keeps the entities and finds the plain relations', async () => {
    const io = captureIO();
    expect(await run(['--spert', fixture, '--gold-entities', '--out', 'gold.json'], io)).toBe(0);
    const output = parseSpert(readFileSync(join(directory, 'gold.json'), 'utf8'));
    expectValid(output);
    output.forEach((s, i) => expect(s.entities).toEqual(input[i]?.entities));
    expect(output[0]?.relations).toContainEqual({ type: 'Work_For', head: 0, tail: 1 });
    expect(output[1]?.relations).toContainEqual({ type: 'Kill', head: 0, tail: 2 });
    expect(output[3]?.relations).toEqual([]);
  });

  it('with --article-pipeline reads each sentence as an article, with the graph\'s extractor', async () => {
    const io = captureIO();
    expect(await run(['--spert', fixture, '--article-pipeline'], io)).toBe(0);
    const output = parseSpert(io.out.join(''));
    expectValid(output);
    const named = (s: SpertSentence, i: number) => s.tokens.slice(s.entities[i]!.start, s.entities[i]!.end).join(' ');
    const relations = output.map((s) => s.relations.map((r) => `${named(s, r.head)} -${r.type}-> ${named(s, r.tail)}`));
    expect(relations[0]).toEqual(['John Smith -Work_For-> Acme Corp']);
    expect(relations[1]).toEqual(['Mary Jones -Kill-> Peter Brown']);
    expect(relations[2]).toEqual(['Paris -Located_In-> France']);
    expect(output[3]?.entities).toEqual([]);
  });

  it('refuses --with-model without --article-pipeline, and gold entities with it', async () => {
    await expect(run(['--spert', fixture, '--with-model'], captureIO())).rejects.toThrow(/--with-model goes with --article-pipeline/);
    await expect(run(['--spert', fixture, '--article-pipeline', '--gold-entities'], captureIO())).rejects.toThrow(/finds its own entities/);
  });

  it('end to end finds entities from the tokens alone, and writes to stdout', async () => {
    const io = captureIO();
    expect(await run(['--spert', fixture], io)).toBe(0);
    const output = parseSpert(io.out.join(''));
    expectValid(output);
    const names = (s: SpertSentence | undefined) => (s?.entities ?? []).map((e) => `${e.type}:${s?.tokens.slice(e.start, e.end).join(' ')}`);
    expect(names(output[0])).toContain('Peop:John Smith');
    expect(names(output[2])).toEqual(expect.arrayContaining(['Loc:Paris', 'Loc:France']));
    // Same input, same bytes.
    const again = captureIO();
    await run(['--spert', fixture], again);
    expect(again.out.join('')).toBe(io.out.join(''));
  });

  it('prints usage and refuses a missing input', async () => {
    const io = captureIO();
    expect(await run(['--help'], io)).toBe(0);
    expect(io.out.join('')).toMatch(/usage: newsgraph relations --spert/);
    await expect(run([], captureIO())).rejects.toThrow(/--spert <file.json> is required/);
    await expect(run(['--spert', 'missing.json'], captureIO())).rejects.toThrow(/missing\.json" cannot be read/);
  });
});
