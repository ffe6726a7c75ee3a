// A small static server for the viewer: the page's files, one graph at
// /graph.json and, when the build wrote one beside it, the article texts at
// /documents.json (the document view's). It binds to the loopback address by default, answers only
// GET and HEAD, refuses any path that tries to leave its folder, and sends
// headers that keep a browser from running anything the page did not ship.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BadInputError } from '../errors.js';
import { DOCUMENTS_FILE } from '../export/documents.js';
import { parseGraph } from '../query/parse-graph.js';
import { readGraphFile } from '../query/load-file.js';

export interface ServerOptions {
  /** The graph file to serve at /graph.json; checked with the query loader first. */
  graphPath: string;
  /** What messages call the graph. Default: graphPath. */
  graphName?: string;
  /**
   * The article texts served at /documents.json. Default: documents.json
   * beside the graph file; when there is none, /documents.json is a 404 and
   * the page says the texts are not available.
   */
  documentsPath?: string;
  /** 0 picks a free port. When the port is taken, a free one is picked instead. Default 8080. */
  port?: number;
  /** Default 127.0.0.1: only this machine can connect. */
  host?: string;
  /** The folder of the viewer. Default: viz/dist when built, else the placeholder in viz/. */
  vizDir?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  /** The port asked for; differs from `port` when it was 0 or taken. */
  requestedPort: number;
  /** The folder the page's files come from. */
  root: string;
  /** The documents file served at /documents.json, or null when there is none. */
  documentsPath: string | null;
  close: () => Promise<void>;
}

export const SERVER_DEFAULTS = { port: 8080, host: '127.0.0.1' } as const;

/** The placeholder page's files: the only ones served from viz/ itself, whose other files are sources. */
const PLACEHOLDER_FILES = new Set(['index.html', 'placeholder.js', 'placeholder.css']);

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The page may load its own files and nothing else: no inline script, no other origin, no framing. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // The layout worker is built from a blob: URL by graphology-layout-forceatlas2/worker.
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/**
 * Checks the graph, then serves the viewer and the graph until `close()`.
 * Throws BadInputError / NotFoundError for a bad graph and BadInputError
 * when the address cannot be bound.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const graphName = options.graphName ?? options.graphPath;
  const graphText = readGraphFile(options.graphPath, graphName);
  parseGraph(graphText, { name: graphName });
  const graphBytes = Buffer.from(graphText, 'utf8');
  const documentsPath = options.documentsPath ?? join(dirname(options.graphPath), DOCUMENTS_FILE);
  const documentsBytes = readDocuments(documentsPath);

  const { root, only } = viewerFolder(options.vizDir);
  const host = options.host ?? SERVER_DEFAULTS.host;
  const requestedPort = options.port ?? SERVER_DEFAULTS.port;
  const server = createServer((request, response) => {
    try {
      respond(request, response, { root, only, graphBytes, documentsBytes, host, port: (server.address() as AddressInfo).port });
    } catch {
      send(response, request, 500, 'internal error\n');
    }
  });

  let port: number;
  try {
    port = await listen(server, requestedPort, host);
  } catch (error) {
    if ((error as { code?: string }).code !== 'EADDRINUSE') throw bindError(error, host, requestedPort);
    port = await listen(server, 0, host).catch((retry: unknown) => {
      throw bindError(retry, host, 0);
    });
  }
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    port,
    requestedPort,
    root,
    documentsPath: documentsBytes === null ? null : documentsPath,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

interface Site {
  root: string;
  only: ReadonlySet<string> | null;
  graphBytes: Buffer;
  documentsBytes: Buffer | null;
  host: string;
  port: number;
}

function respond(request: IncomingMessage, response: ServerResponse, site: Site): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return send(response, request, 405, 'only GET and HEAD\n');
  }
  // Bound to this machine, the server must not answer pages of other sites
  // that resolve their own name to 127.0.0.1 (DNS rebinding).
  if (LOOPBACK.has(site.host) && !isLoopbackHost(request.headers.host, site.port)) {
    return send(response, request, 421, 'unexpected Host header\n');
  }
  const rawPath = (request.url ?? '/').split(/[?#]/, 1)[0] as string;
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return send(response, request, 400, 'malformed path\n');
  }
  const segments = path.split(/[/\\]/);
  if (!path.startsWith('/') || path.includes('\0') || segments.includes('..')) return send(response, request, 400, 'bad path\n');
  if (path === '/graph.json') return send(response, request, 200, site.graphBytes, CONTENT_TYPES['.json']);
  if (path === `/${DOCUMENTS_FILE}`) {
    if (site.documentsBytes === null) return send(response, request, 404, 'not found: no documents.json beside the graph\n');
    return send(response, request, 200, site.documentsBytes, CONTENT_TYPES['.json']);
  }

  const relative = path === '/' ? 'index.html' : segments.filter(Boolean).join('/');
  const hidden = segments.some((segment) => segment.startsWith('.'));
  if (hidden || (site.only !== null && !site.only.has(relative))) return send(response, request, 404, 'not found\n');
  const file = insideRoot(site.root, relative);
  if (file === null) return send(response, request, 404, 'not found\n');
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  return send(response, request, 200, readFileSync(file), type);
}

/**
 * The documents file's bytes, read once like the graph's, or null when there
 * is none. The page checks what it reads, so it is not parsed here: a large
 * corpus's texts would only slow the start.
 */
function readDocuments(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') return null;
    throw new BadInputError(`cannot read the article texts ${path} (${code ?? (error as Error).message})`, { cause: error });
  }
}

/** The real path of `relative` under `root` when it is a file that stays inside root (symlinks included). */
function insideRoot(root: string, relative: string): string | null {
  try {
    const real = realpathSync(join(root, relative));
    if (!real.startsWith(root + sep) || !statSync(real).isFile()) return null;
    return real;
  } catch {
    return null;
  }
}

function isLoopbackHost(header: string | undefined, port: number): boolean {
  if (header === undefined) return false;
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(header.toLowerCase());
  return match !== null && LOOPBACK.has(match[1] as string) && (match[2] === undefined || Number(match[2]) === port);
}

function send(response: ServerResponse, request: IncomingMessage, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8'): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': bytes.length });
  response.end(request.method === 'HEAD' ? undefined : bytes);
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolveListen, rejectListen) => {
    const onError = (error: Error): void => rejectListen(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolveListen((server.address() as AddressInfo).port);
    });
  });
}

function bindError(error: unknown, host: string, port: number): BadInputError {
  const code = (error as { code?: string }).code ?? String(error);
  return new BadInputError(`cannot listen on ${host}:${port} (${code})`, { cause: error });
}

/** Picks the built viewer when there is one, else the placeholder page. */
function viewerFolder(vizDir: string | undefined): { root: string; only: ReadonlySet<string> | null } {
  const viz = vizDir ?? join(packageRoot(), 'viz');
  const built = join(viz, 'dist');
  if (existsSync(join(built, 'index.html'))) return { root: realpathSync(built), only: null };
  if (!existsSync(join(viz, 'index.html'))) throw new BadInputError(`no viewer found: ${viz} has neither dist/index.html nor index.html`);
  return { root: realpathSync(viz), only: PLACEHOLDER_FILES };
}

/** The folder of newsgraph's package.json, searched upward from this file (src/io or dist/io). */
function packageRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (let folder = here, depth = 0; depth < 5; folder = dirname(folder), depth++) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'newsgraph') return folder;
  }
  return resolve(here, '..', '..');
}
