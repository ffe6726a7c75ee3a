// `newsgraph serve <graph.json> [--port N] [--host H]`: checks the graph, serves
// the viewer for it, and runs until interrupted.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { NewsgraphError, UsageError } from '../errors.js';
import { SERVER_DEFAULTS, startServer } from '../io/serve-http.js';
import { printableLines } from '../query/format/printable.js';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, type CliIO, type Command } from './io.js';

export const SERVE_USAGE = `usage: newsgraph serve <graph.json> [--port N] [--host H]

Serves the graph viewer at http://${SERVER_DEFAULTS.host}:${SERVER_DEFAULTS.port}/ until Ctrl-C.
The documents.json that build writes beside the graph, when there is one,
gives the viewer the articles' texts (an evidence sentence opens its article).

options:
  --port N      port to listen on (default ${SERVER_DEFAULTS.port}; 0 or a taken port: any free one)
  --host H      address to bind (default ${SERVER_DEFAULTS.host}, this machine only)
  -h, --help    show this help
`;

// Tests and scripts start and stop the server in-process through this.
export { startServer, type RunningServer, type ServerOptions } from '../io/serve-http.js';

export const run: Command = (argv, io) => serve(argv, io, untilSignal);

/**
 * The command with its stopping condition given: once the server is up, it
 * runs until the promise `waitForStop()` returns settles. Tests pass their own.
 */
export async function serve(argv: string[], io: CliIO, waitForStop: () => Promise<unknown>): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      io.stdout(SERVE_USAGE);
      return EXIT_OK;
    }
    const [graphArgument, ...extra] = positionals;
    if (graphArgument === undefined) throw new UsageError('missing the graph file');
    if (extra.length > 0) throw new UsageError(`serve takes one graph file, got ${positionals.length} arguments`);
    const port = parsePort(values.port);
    const server = await startServer({
      graphPath: resolve(io.cwd, graphArgument),
      graphName: graphArgument,
      port,
      host: values.host ?? SERVER_DEFAULTS.host,
    });
    if (server.requestedPort !== 0 && server.port !== server.requestedPort) {
      io.stderr(`newsgraph: port ${server.requestedPort} is taken; using ${server.port} instead\n`);
    }
    io.stdout(printableLines(`newsgraph: serving ${graphArgument} at ${server.url}\n`));
    if (server.documentsPath !== null) io.stdout(printableLines(`newsgraph: with the article texts in ${server.documentsPath}\n`));
    await waitForStop();
    await server.close();
    return EXIT_OK;
  } catch (error) {
    return report(error, io);
  }
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return SERVER_DEFAULTS.port;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, got ${JSON.stringify(value)}`);
  return port;
}

/** Resolves on the first SIGINT or SIGTERM, then stops listening for them. */
function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolveSignal) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolveSignal(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function report(error: unknown, io: CliIO): number {
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
    io.stderr(printableLines(`newsgraph serve: ${(error as Error).message}\n\n${SERVE_USAGE}`));
    return EXIT_USAGE;
  }
  if (error instanceof NewsgraphError) {
    io.stderr(printableLines(`newsgraph serve: ${error.message}\n`));
    return EXIT_BAD_INPUT;
  }
  throw error;
}
