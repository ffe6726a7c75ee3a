import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/export/index.js';

describe('src/export/index.ts', () => {
  it('exports exactly the public names', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'DEFAULT_GEXF_VERSION', 'EDGE_CSV_COLUMNS', 'EXPORT_FILES', 'EXPORT_FORMATS', 'GEXF_NAMESPACE', 'GEXF_VERSIONS',
        'GEXF_VIZ_NAMESPACE', 'GRAPHML_NAMESPACE', 'isGexfVersion', 'parseGexfVersion',
        'LIST_SEPARATOR', 'NODE_CSV_COLUMNS', 'NODE_TYPE_COLORS', 'UNKNOWN_TYPE_COLOR', 'cleanXmlCharacters', 'colorForType',
        'isExportFormat', 'isGeneratedEdgeKey', 'parseColor', 'parseFormats', 'quoteField', 'sizeForDegree', 'sortedEdges',
        'sortedNodeKeys', 'textCell', 'toCSV', 'toGEXF', 'toGraphML', 'toJSON', 'ALL_EXPORT_FORMATS', 'OPTIONAL_EXPORT_FORMATS', 'toNeo4j',
      ].sort(),
    );
  });

  it('stays browser-safe: no module reachable from it imports node:', () => {
    const seen = new Set<string>();
    const visit = (url: URL): void => {
      if (seen.has(url.href)) return;
      seen.add(url.href);
      const source = readFileSync(fileURLToPath(url), 'utf8');
      expect(source, url.pathname).not.toMatch(/from ['"]node:/);
      for (const [, spec] of source.matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)) visit(new URL(`${spec}.ts`, url));
    };
    visit(new URL('../../src/export/index.ts', import.meta.url));
    expect(seen.size).toBeGreaterThan(5);
  });

  it('has a colour for every node type', () => {
    expect(Object.keys(api.NODE_TYPE_COLORS).sort()).toEqual(['document', 'group', 'organisation', 'person', 'place']);
    for (const color of Object.values(api.NODE_TYPE_COLORS)) expect(api.parseColor(color)).not.toBeNull();
  });
});
