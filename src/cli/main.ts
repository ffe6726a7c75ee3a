#!/usr/bin/env node
// Entry point: picks the command and maps errors to exit codes. Each command
// lives in its own file and only parses arguments before calling the API.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NewsgraphError, UsageError } from '../errors.js';
import { EXIT_BAD_INPUT, EXIT_USAGE, processIO, type CliIO, type Command } from './io.js';
import { sanitise } from './verbose.js';

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  build: { summary: 'build a graph from articles: build <files|dirs|-> [--out DIR] [--format json,gexf,graphml,csv]', load: async () => (await import('./build.js')).run },
  add: { summary: 'extract articles into a store (an SQLite file): add <store> <files|dirs|-> [--date YYYY-MM-DD]', load: async () => (await import('./add.js')).run },
  remove: { summary: 'take articles out of a store: remove <store> <doc-id...>', load: async () => (await import('./remove.js')).run },
  refresh: { summary: 'extract a store\'s articles again with this version: refresh <store>', load: async () => (await import('./refresh.js')).run },
  export: { summary: 'write the graph of a store: export <store> [--out DIR] [--format json,gexf,graphml,csv]', load: async () => (await import('./export.js')).run },
  watch: { summary: 'keep a store and its graph files in step with folders of articles: watch <store> <folders...> [--out DIR] [--once]', load: async () => (await import('./watch.js')).run },
  merges: { summary: 'merges across articles in a store: merges <store> [--all] [--json] | merges <store> accept|reject|split <key> [<key>]', load: async () => (await import('./merges.js')).run },
  extract: { summary: 'print mentions, entities and relations of one article as JSON: extract <file|->', load: async () => (await import('./extract.js')).run },
  query: { summary: 'ask a graph or a store: query <graph.json|store> neighbors|relations|path|search|entity ...', load: async () => (await import('./query.js')).run },
  serve: { summary: 'serve the viewer for a graph: serve <graph.json> [--port N]', load: async () => (await import('./serve.js')).run },
  train: { summary: 'train the recogniser: train ner --conll <train> [--dev <dev>] [--out FILE]', load: async () => (await import('./train.js')).run },
  relations: { summary: 'CoNLL04 entities and relations for SpERT JSON: relations --spert <file.json> [--out FILE] [--gold-entities]', load: async () => (await import('./relations.js')).run },
  tag: { summary: 'tag a CoNLL file with predicted IOB2 tags: tag --conll <file> [--out FILE]', load: async () => (await import('./tag.js')).run },
};

export const USAGE = `newsgraph: evidence-backed entity graphs from news articles

usage: newsgraph <command> [options]

commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}`)
  .join('\n')}

Run "newsgraph <command> --help" for a command's options.
Exit codes: 0 success, 1 bad input, 2 usage error.
`;

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(USAGE);
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`newsgraph: unknown command "${sanitise(name)}"\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  try {
    return await (await command.load())(rest, io);
  } catch (error) {
    return reportError(error, name, io);
  }
}

export function reportError(error: unknown, command: string, io: CliIO): number {
  if (error instanceof UsageError) {
    io.stderr(`newsgraph ${command}: ${sanitise(error.message)}\n`);
    return EXIT_USAGE;
  }
  if (error instanceof NewsgraphError) {
    io.stderr(`newsgraph ${command}: ${sanitise(error.message)}\n`);
    return EXIT_BAD_INPUT;
  }
  // Node's own argument parser throws TypeErrors with these codes.
  const code = (error as { code?: string } | null)?.code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
    io.stderr(`newsgraph ${command}: ${sanitise((error as Error).message)}\n`);
    return EXIT_USAGE;
  }
  io.stderr(`newsgraph ${command}: internal error: ${sanitise((error as Error)?.stack ?? String(error))}\n`);
  return EXIT_BAD_INPUT;
}

// Run only when executed (also through npm's bin symlink), not when imported by tests.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2), processIO()).then((code) => {
    process.exitCode = code;
  });
}
