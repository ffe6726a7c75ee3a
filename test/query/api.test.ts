import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as browserApi from '../../src/query/browser.js';
import * as api from '../../src/query/index.js';

const QUERY_DIR = fileURLToPath(new URL('../../src/query/', import.meta.url));
/** The files allowed to touch the file system; browser code never imports them. */
const NODE_ONLY = new Set(['index.ts', 'load-file.ts', 'load-graph.ts']);

describe('query API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'DIRECTIONS',
        'MAX_GRAPH_TEXT_LENGTH',
        'NODE_TYPES',
        'SEARCH_DEFAULTS',
        'edgeIsIncluded',
        'entity',
        'findEntityKey',
        'findJsonSyntaxProblem',
        'graphFromData',
        'loadGraph',
        'neighbors',
        'normalizeName',
        'parseGraph',
        'path',
        'readGraphFile',
        'relations',
        'search',
        'subgraph',
      ].sort(),
    );
  });

  it('offers browsers everything but file reading', () => {
    expect(Object.keys(api).filter((name) => !(name in browserApi))).toEqual(['loadGraph', 'readGraphFile']);
  });

  it('keeps Node modules out of every file the browser entry can reach', () => {
    const files = readdirSync(QUERY_DIR, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts') && !NODE_ONLY.has(file));
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) {
      const source = readFileSync(join(QUERY_DIR, file), 'utf8');
      expect(source, file).not.toMatch(/from '(node:|fs|path)/);
      expect(source, file).not.toMatch(/load-(file|graph)\.js/);
    }
  });
});
