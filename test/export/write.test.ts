import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, parseFormats } from '../../src/export/formats.js';
import { writeExports } from '../../src/export/write.js';
import { newsGraph } from './graphs.js';

const root = mkdtempSync(join(tmpdir(), 'newsgraph-write-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('parseFormats', () => {
  it('reads a comma-separated list, in order, once each', () => {
    expect(parseFormats('json,gexf')).toEqual(['json', 'gexf']);
    expect(parseFormats(' CSV , json,csv ')).toEqual(['csv', 'json']);
    expect(parseFormats(EXPORT_FORMATS.join(','))).toEqual(['json', 'gexf', 'graphml', 'csv']);
  });

  it('throws a UsageError naming an unknown format', () => {
    expect(() => parseFormats('json,gexf,pdf')).toThrowError(/"pdf"/);
    expect(() => parseFormats('json,gexf,pdf')).toThrowError(/json, gexf, graphml, csv/);
    try {
      parseFormats('xml');
      expect.unreachable();
    } catch (error) {
      expect((error as Error).name).toBe('UsageError');
    }
  });

  it('throws a UsageError for an empty list', () => {
    expect(() => parseFormats(' , ')).toThrowError(expect.objectContaining({ name: 'UsageError' }));
  });
});

describe('writeExports', () => {
  it('writes every format and returns the paths, in order', () => {
    const out = join(root, 'all', 'nested');
    const paths = writeExports(newsGraph(), out, ['json', 'gexf', 'graphml', 'csv']);
    expect(paths).toEqual(['graph.json', 'graph.gexf', 'graph.graphml', 'nodes.csv', 'edges.csv'].map((f) => join(out, f)));
    expect(readdirSync(out).sort()).toEqual(['edges.csv', 'graph.gexf', 'graph.graphml', 'graph.json', 'nodes.csv']);
    expect(JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')).nodes).toHaveLength(6);
  });

  it('writes only the formats asked for', () => {
    const out = join(root, 'some');
    expect(writeExports(newsGraph(), out, ['gexf'])).toEqual([join(out, 'graph.gexf')]);
    expect(readdirSync(out)).toEqual(['graph.gexf']);
  });

  it('writes the same bytes twice, and for the same content built in another order', () => {
    const first = join(root, 'first');
    const second = join(root, 'second');
    const firstPaths = writeExports(newsGraph(), first, [...EXPORT_FORMATS]);
    const secondPaths = writeExports(newsGraph({ order: 'reversed' }), second, [...EXPORT_FORMATS]);
    firstPaths.forEach((path, i) => {
      expect(readFileSync(path).equals(readFileSync(secondPaths[i]!)), path).toBe(true);
    });
    const again = writeExports(newsGraph(), first, [...EXPORT_FORMATS]);
    expect(again).toEqual(firstPaths);
    expect(readFileSync(firstPaths[1]!).equals(readFileSync(secondPaths[1]!))).toBe(true);
  });

  it('writes graph.gexf in the GEXF version asked for, 1.3 when none is', () => {
    const out = join(root, 'versions');
    const [path] = writeExports(newsGraph(), out, ['gexf'], { gexfVersion: '1.2draft' });
    expect(readFileSync(path!, 'utf8')).toContain('<gexf xmlns="http://www.gexf.net/1.2draft"');
    writeExports(newsGraph(), out, ['gexf'], {});
    expect(readFileSync(path!, 'utf8')).toContain('<gexf xmlns="http://gexf.net/1.3"');
    writeExports(newsGraph(), out, ['gexf'], { gexfVersion: '1.3' });
    expect(readFileSync(path!, 'utf8')).toContain('version="1.3"');
  });

  it('refuses an unknown GEXF version before writing anything', () => {
    const out = join(root, 'refused-version');
    expect(() => writeExports(newsGraph(), out, ['json', 'gexf'], { gexfVersion: '2.0' as never })).toThrowError(
      expect.objectContaining({ name: 'UsageError', message: expect.stringContaining('"2.0"; choose from 1.3, 1.2draft') }),
    );
    expect(() => readdirSync(out)).toThrow();
  });

  it('refuses an unknown format before writing anything', () => {
    const out = join(root, 'refused');
    expect(() => writeExports(newsGraph(), out, ['json', 'pdf'])).toThrowError(expect.objectContaining({ name: 'UsageError', message: expect.stringContaining('"pdf"') }));
    expect(() => readdirSync(out)).toThrow();
  });
});
