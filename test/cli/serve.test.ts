import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { serve } from '../../src/cli/serve.js';
import { CONTENT_SECURITY_POLICY, startServer, type RunningServer } from '../../src/io/serve-http.js';
import { FIXTURE_DIR, SMALL_GRAPH_PATH } from '../query/fixture.js';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with the path sent exactly as written: fetch would normalise "/../" away. */
function rawRequest(port: number, path: string, options: { method?: string; host?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { host: options.host ?? `127.0.0.1:${port}` } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The placeholder files alone, so a built viewer in viz/dist does not change what these tests see. */
function placeholderFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'newsgraph-viz-'));
  const viz = fileURLToPath(new URL('../../viz/', import.meta.url));
  for (const file of ['index.html', 'placeholder.js', 'placeholder.css']) writeFileSync(join(folder, file), readFileSync(join(viz, file)));
  return folder;
}

describe('startServer with the placeholder viewer', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ graphPath: SMALL_GRAPH_PATH, port: 0, vizDir: placeholderFolder() });
  });
  afterAll(async () => {
    await server.close();
  });

  it('listens on 127.0.0.1 on a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.port).toBeGreaterThan(0);
    expect(server.requestedPort).toBe(0);
  });

  it('serves the page at / with security headers', async () => {
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(await response.text()).toContain('<script src="placeholder.js" defer></script>');
  });

  it.each([
    ['/placeholder.js', 'text/javascript; charset=utf-8'],
    ['/placeholder.css', 'text/css; charset=utf-8'],
    ['/index.html', 'text/html; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const response = await fetch(new URL(path, server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('serves the graph, byte for byte, at /graph.json', async () => {
    const response = await fetch(new URL('/graph.json?v=1', server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.text()).toBe(readFileSync(SMALL_GRAPH_PATH, 'utf8'));
  });

  it.each([
    ['/../package.json', 400],
    ['/%2e%2e/package.json', 400],
    ['/..%2fpackage.json', 400],
    ['/..%5c..%5cpackage.json', 400],
    ['/viz/../../package.json', 400],
    ['/%00index.html', 400],
    ['/%E0%A4%A', 400],
    ['//etc/passwd', 404],
    ['/package.json', 404],
    ['/README.md', 404],
    ['/.git/config', 404],
    ['/nothing-here.js', 404],
  ])('refuses %s with %i', async (path, status) => {
    const reply = await rawRequest(server.port, path);
    expect(reply.status).toBe(status);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.body).not.toContain('"name": "newsgraph"');
  });

  it('answers only GET and HEAD', async () => {
    const post = await rawRequest(server.port, '/graph.json', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
    const head = await rawRequest(server.port, '/graph.json', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(Number(head.headers['content-length'])).toBe(readFileSync(SMALL_GRAPH_PATH).length);
  });

  it('refuses a foreign Host header (DNS rebinding) but accepts localhost', async () => {
    expect((await rawRequest(server.port, '/graph.json', { host: `evil.example:${server.port}` })).status).toBe(421);
    expect((await rawRequest(server.port, '/graph.json', { host: `localhost:${server.port}` })).status).toBe(200);
  });
});

describe('startServer', () => {
  it('prefers a built viewer in viz/dist and keeps requests inside it', async () => {
    const viz = mkdtempSync(join(tmpdir(), 'newsgraph-viz-'));
    mkdirSync(join(viz, 'dist', 'assets'), { recursive: true });
    writeFileSync(join(viz, 'index.html'), 'placeholder');
    writeFileSync(join(viz, 'dist', 'index.html'), 'built viewer');
    writeFileSync(join(viz, 'dist', 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(viz, 'dist', '.secret'), 'hidden');
    writeFileSync(join(viz, 'outside.txt'), 'outside');
    symlinkSync(join(viz, 'outside.txt'), join(viz, 'dist', 'escape.txt'));
    const server = await startServer({ graphPath: SMALL_GRAPH_PATH, port: 0, vizDir: viz });
    try {
      expect(await (await fetch(server.url)).text()).toBe('built viewer');
      const script = await fetch(new URL('/assets/app.js', server.url));
      expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect((await rawRequest(server.port, '/.secret')).status).toBe(404);
      expect((await rawRequest(server.port, '/escape.txt')).status).toBe(404);
      expect((await rawRequest(server.port, '/assets')).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('picks a free port when the one asked for is taken', async () => {
    const first = await startServer({ graphPath: SMALL_GRAPH_PATH, port: 0 });
    const second = await startServer({ graphPath: SMALL_GRAPH_PATH, port: first.port });
    try {
      expect(second.requestedPort).toBe(first.port);
      expect(second.port).not.toBe(first.port);
      expect((await fetch(second.url)).status).toBe(200);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it('refuses a bad graph before listening', async () => {
    await expect(startServer({ graphPath: join(FIXTURE_DIR, 'not-json.json'), graphName: 'not-json.json', port: 0 })).rejects.toMatchObject({
      name: 'BadInputError',
      message: expect.stringMatching(/^not-json\.json: not valid JSON/),
    });
    await expect(startServer({ graphPath: join(FIXTURE_DIR, 'absent.json'), port: 0 })).rejects.toMatchObject({ name: 'NotFoundError' });
  });
});

describe('newsgraph serve', () => {
  function captureIO(): CliIO & { out: () => string; err: () => string } {
    let stdout = '';
    let stderr = '';
    return {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      stdin: async () => Buffer.alloc(0),
      cwd: FIXTURE_DIR,
      out: () => stdout,
      err: () => stderr,
    };
  }

  it('serves until told to stop, then exits 0', async () => {
    const io = captureIO();
    let stop = (): void => {};
    let started = (_url: string): void => {};
    const up = new Promise<string>((resolve) => (started = resolve));
    const watched: CliIO = { ...io, stdout: (text) => (io.stdout(text), started(text)) };
    const done = serve(['small-graph.json', '--port', '0'], watched, () => new Promise<void>((resolve) => (stop = resolve)));
    const line = await up;
    expect(line).toMatch(/^newsgraph: serving small-graph\.json at http:\/\/127\.0\.0\.1:\d+\/\n$/);
    const url = (/at (\S+)\n/.exec(line) as RegExpExecArray)[1] as string;
    expect((await fetch(new URL('/graph.json', url))).status).toBe(200);
    stop();
    expect(await done).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
  });

  it('says so when the port is taken', async () => {
    const busy = await startServer({ graphPath: SMALL_GRAPH_PATH, port: 0 });
    const io = captureIO();
    try {
      expect(await serve(['small-graph.json', '--port', String(busy.port)], io, async () => {})).toBe(0);
      expect(io.err()).toMatch(new RegExp(`^newsgraph: port ${busy.port} is taken; using \\d+ instead\\n$`));
    } finally {
      await busy.close();
    }
  });

  it.each<[string, string[], number, RegExp]>([
    ['a graph that is not JSON', ['not-json.json', '--port', '0'], 1, /^newsgraph serve: not-json\.json: not valid JSON/],
    ['a missing graph', ['absent.json', '--port', '0'], 1, /^newsgraph serve: absent\.json: no such file\n$/],
    ['no graph', [], 2, /missing the graph file\n\nusage: newsgraph serve/],
    ['two graphs', ['a.json', 'b.json'], 2, /serve takes one graph file/],
    ['a bad port', ['small-graph.json', '--port', 'http'], 2, /--port must be a whole number from 0 to 65535, got "http"/],
    ['a port too high', ['small-graph.json', '--port', '70000'], 2, /--port must be a whole number/],
    ['an unknown option', ['small-graph.json', '--open'], 2, /Unknown option '--open'/],
  ])('exits with an error for %s', async (_what, args, code, message) => {
    const io = captureIO();
    expect(await serve(args, io, async () => {})).toBe(code);
    expect(io.err()).toMatch(message);
    expect(io.out()).toBe('');
  });

  it('prints help with exit 0', async () => {
    const io = captureIO();
    expect(await serve(['--help'], io, async () => {})).toBe(0);
    expect(io.out()).toMatch(/^usage: newsgraph serve <graph\.json>/);
  });
});

describe('the placeholder page', () => {
  const VIZ = fileURLToPath(new URL('../../viz/', import.meta.url));

  /** Runs viz/placeholder.js against viz/index.html in a DOM, with /graph.json answered by `data`. */
  async function renderPage(data: unknown) {
    const { window, document } = parseHTML(readFileSync(join(VIZ, 'index.html'), 'utf8'));
    const fetchStub = async () => ({ ok: true, status: 200, json: async () => data });
    vm.runInContext(readFileSync(join(VIZ, 'placeholder.js'), 'utf8'), vm.createContext({ window, document, fetch: fetchStub, URL, console }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    return { window, document };
  }

  const graph = (): any => JSON.parse(readFileSync(SMALL_GRAPH_PATH, 'utf8'));

  it('shows a summary and tables of entities and asserted relations', async () => {
    const { document } = await renderPage(graph());
    expect(document.getElementById('status')?.textContent).toBe('14 entities, 15 edges.');
    expect(document.querySelectorAll('#nodes tbody tr')).toHaveLength(14);
    // 15 edges less 2 co-occurrence, 1 denied and 1 hedged.
    expect(document.querySelectorAll('#relations tbody tr')).toHaveLength(11);
    expect(document.getElementById('documents')?.textContent).toContain('US-trained rebels defect to the Syrian army — Marko Marjanović · Russia Insider · 2018-06-05');
    expect(document.getElementById('relations')?.textContent).toContain('The US military trained the Commandos of the Revolution at At Tanf. [rebels-defect]');
  });

  it('puts names in as text, never as markup, and links only web URLs', async () => {
    const data = graph();
    data.nodes[0].attributes.label = '<img src=x onerror=alert(1)>Ryan';
    data.attributes.docs[0].url = 'javascript:alert(1)';
    const { document } = await renderPage(data);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(document.getElementById('nodes')?.textContent).toContain('<img src=x onerror=alert(1)>Ryan');
    expect(document.querySelectorAll('#documents a')).toHaveLength(0);
  });

  it('sorts by a column when its title is clicked', async () => {
    const { window, document } = await renderPage(graph());
    const firstLabel = () => document.querySelector('#nodes tbody tr td')?.textContent;
    expect(firstLabel()).toBe('Commandos of the Revolution');
    document.querySelectorAll('#nodes th')[0]?.dispatchEvent(new window.Event('click'));
    expect(firstLabel()).toBe('al-Tanf');
    expect(document.querySelectorAll('#nodes th')[0]?.getAttribute('aria-sort')).toBe('ascending');
  });

  it('says what is wrong when graph.json is not a graph', async () => {
    const { document } = await renderPage({ hello: 'world' });
    expect(document.getElementById('status')?.textContent).toBe('graph.json has no "nodes" and "edges" arrays.');
  });
});
