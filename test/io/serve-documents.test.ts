import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, startServer, type RunningServer } from '../../src/io/serve-http.js';
import { SMALL_GRAPH_PATH } from '../query/fixture.js';

const DOCUMENTS = '{"version":1,"documents":[\n{"id":"a","title":null,"date":null,"text":"Ryan Dillon spoke.","mentions":[[0,11,"person:ryan-dillon"]]}\n]}\n';

/** A folder holding the small graph, with or without documents.json beside it. */
function graphFolder(documents: string | null): string {
  const folder = mkdtempSync(join(tmpdir(), 'newsgraph-serve-docs-'));
  writeFileSync(join(folder, 'graph.json'), readFileSync(SMALL_GRAPH_PATH));
  if (documents !== null) writeFileSync(join(folder, 'documents.json'), documents);
  return folder;
}

function placeholderFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'newsgraph-viz-'));
  const viz = fileURLToPath(new URL('../../viz/', import.meta.url));
  for (const file of ['index.html', 'placeholder.js', 'placeholder.css']) writeFileSync(join(folder, file), readFileSync(join(viz, file)));
  return folder;
}

describe('startServer and documents.json', () => {
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('serves the documents.json beside the graph, as JSON under the same CSP', async () => {
    const folder = graphFolder(DOCUMENTS);
    server = await startServer({ graphPath: join(folder, 'graph.json'), port: 0, vizDir: placeholderFolder() });
    expect(server.documentsPath).toBe(join(folder, 'documents.json'));
    const response = await fetch(new URL('documents.json', server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toBe(DOCUMENTS);
  });

  it('answers 404 when the graph has no documents.json beside it', async () => {
    const folder = graphFolder(null);
    server = await startServer({ graphPath: join(folder, 'graph.json'), port: 0, vizDir: placeholderFolder() });
    expect(server.documentsPath).toBeNull();
    const response = await fetch(new URL('documents.json', server.url));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('no documents.json');
    expect((await fetch(server.url)).status).toBe(200);
  });

  it('takes another documents file when given one', async () => {
    const folder = graphFolder(null);
    const other = join(folder, 'texts.json');
    writeFileSync(other, DOCUMENTS);
    server = await startServer({ graphPath: join(folder, 'graph.json'), documentsPath: other, port: 0, vizDir: placeholderFolder() });
    expect(await (await fetch(new URL('documents.json', server.url))).text()).toBe(DOCUMENTS);
  });

  it('refuses a documents.json it cannot read, naming it', async () => {
    const folder = graphFolder(null);
    mkdirSync(join(folder, 'documents.json'));
    await expect(startServer({ graphPath: join(folder, 'graph.json'), port: 0, vizDir: placeholderFolder() })).rejects.toMatchObject({
      name: 'BadInputError',
      message: expect.stringContaining('documents.json'),
    });
  });
});
