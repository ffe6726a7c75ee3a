// `newsgraph query <graph.json> <subcommand> ...`: parses arguments, asks the
// query API, prints a table (or JSON with --json). Everything printed has
// passed through `printable` or `terminalJson`: names come from articles.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BadInputError, NewsgraphError, NotFoundError, UsageError } from '../errors.js';
import { ENTITY_TYPES, type NodeType } from '../types.js';
import { formatEntity, formatNeighbors, formatPath, formatRelations, formatSearch } from '../query/format/results.js';
import { printableLines, terminalJson } from '../query/format/printable.js';
import type { TableOptions } from '../query/format/text-table.js';
import {
  DIRECTIONS,
  entity,
  neighbors,
  path,
  relations,
  search,
  type Direction,
  type EdgeFilterOptions,
  type NewsGraph,
} from '../query/index.js';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, type CliIO, type Command } from './io.js';
import { loadQueryGraph } from './query-source.js';

export const QUERY_USAGE = `usage: newsgraph query <graph.json|store> <subcommand> [options]

subcommands:
  neighbors <entity> [--type T] [--relation R] [--direction in|out|both]
                              what an entity is linked to (T: a node type)
  relations [--type R] [--head X] [--tail Y] [--min-confidence N]
                              relations matching every filter (R: a relation type)
  path <a> <b>                the shortest chain of relations between two entities
  search <text> [--limit N] [--type T]
                              entities whose names match, best first
  entity <name>               everything the graph holds about one entity

An entity is named by its key (person:ryan-dillon), its label or any alias;
case and accents do not matter.

options:
  --json                print the answer as JSON
  --width N             fit tables to N columns (default: the terminal's width;
                        not cut when output is not a terminal)
  --include-cooccurs    also use same-sentence co-occurrence edges
  --include-negated     also use relations the text denies
  --include-hedged      also use relations the text only suggests
  -h, --help            show this help
`;

const OPTIONS = {
  json: { type: 'boolean' },
  width: { type: 'string' },
  type: { type: 'string' },
  relation: { type: 'string' },
  direction: { type: 'string' },
  head: { type: 'string' },
  tail: { type: 'string' },
  'min-confidence': { type: 'string' },
  limit: { type: 'string' },
  'include-cooccurs': { type: 'boolean' },
  'include-negated': { type: 'boolean' },
  'include-hedged': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

const COMMON = ['json', 'width', 'include-cooccurs', 'include-negated', 'include-hedged', 'help'];
/** Which options each subcommand takes, and how many names it needs. */
const SUBCOMMANDS: Record<string, { options: string[]; names: 'none' | 'one' | 'two' }> = {
  neighbors: { options: ['type', 'relation', 'direction'], names: 'one' },
  relations: { options: ['type', 'head', 'tail', 'min-confidence'], names: 'none' },
  path: { options: [], names: 'two' },
  search: { options: ['limit', 'type'], names: 'one' },
  entity: { options: [], names: 'one' },
};

export const run: Command = async (argv, io) => {
  try {
    return runQuery(argv, io);
  } catch (error) {
    return report(error, io);
  }
};

function runQuery(argv: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  if (values.help) {
    io.stdout(QUERY_USAGE);
    return EXIT_OK;
  }
  const [graphArgument, subcommand, ...names] = positionals;
  if (graphArgument === undefined) throw new UsageError('missing the graph file');
  if (subcommand === undefined) throw new UsageError('missing a subcommand: neighbors, relations, path, search or entity');
  const spec = SUBCOMMANDS[subcommand];
  if (spec === undefined) throw new UsageError(`unknown subcommand ${JSON.stringify(subcommand)}`);
  for (const option of Object.keys(values)) {
    if (!COMMON.includes(option) && !spec.options.includes(option)) throw new UsageError(`${subcommand} does not take --${option}`);
  }
  checkNames(subcommand, spec.names, names);

  const graph = loadQueryGraph(resolve(io.cwd, graphArgument), graphArgument);
  const table: TableOptions = { width: tableWidth(values) };
  const filter: EdgeFilterOptions = {
    includeCooccurs: values['include-cooccurs'] ?? false,
    includeNegated: values['include-negated'] ?? false,
    includeHedged: values['include-hedged'] ?? false,
  };
  const output = answer(graph, subcommand, names, values, filter, table, graphArgument);
  io.stdout(output.endsWith('\n') ? output : `${output}\n`);
  return EXIT_OK;
}

function answer(
  graph: NewsGraph,
  subcommand: string,
  names: string[],
  values: Values,
  filter: EdgeFilterOptions,
  table: TableOptions,
  graphName: string,
): string {
  const json = values.json ?? false;
  // A name that is not in the graph is the user's input, not the graph's fault: say which graph.
  const inGraph = <T>(ask: () => T): T => {
    try {
      return ask();
    } catch (error) {
      if (error instanceof NotFoundError) throw new NotFoundError(`${graphName}: ${error.message}`, { cause: error });
      if (error instanceof BadInputError) throw new BadInputError(`${graphName}: ${error.message}`, { cause: error });
      throw error;
    }
  };
  const joined = names.join(' ');
  switch (subcommand) {
    case 'neighbors': {
      const center = inGraph(() => entity(graph, joined));
      const found = inGraph(() =>
        neighbors(graph, center.key, { ...filter, type: nodeType(values.type), direction: direction(values.direction), relation: values.relation }),
      );
      return json ? terminalJson(found) : formatNeighbors(center, found, table);
    }
    case 'relations': {
      const found = inGraph(() =>
        relations(graph, { ...filter, type: values.type, head: values.head, tail: values.tail, minConfidence: number(values['min-confidence'], 'min-confidence', 0, 1) }),
      );
      return json ? terminalJson(found) : formatRelations(found, table);
    }
    case 'path': {
      const [fromName, toName] = names as [string, string];
      const from = inGraph(() => entity(graph, fromName));
      const to = inGraph(() => entity(graph, toName));
      const steps = path(graph, from.key, to.key, filter);
      return json ? terminalJson(steps) : formatPath(from, to, steps, table);
    }
    case 'search': {
      const limit = number(values.limit, 'limit', 1, Number.MAX_SAFE_INTEGER, true);
      const hits = search(graph, joined, { limit, type: nodeType(values.type) });
      return json ? terminalJson(hits) : formatSearch(joined, hits, table);
    }
    default: {
      const found = inGraph(() => entity(graph, joined));
      return json ? terminalJson(found) : formatEntity(found, table);
    }
  }
}

function checkNames(subcommand: string, wanted: 'none' | 'one' | 'two', names: string[]): void {
  if (wanted === 'none' && names.length > 0) throw new UsageError(`${subcommand} takes no names, only options (got ${JSON.stringify(names.join(' '))})`);
  if (wanted === 'one' && names.join('').trim() === '') {
    throw new UsageError(`${subcommand} needs ${subcommand === 'search' ? 'some text to look for' : 'the name of an entity'}`);
  }
  if (wanted === 'two' && names.length !== 2) {
    throw new UsageError(`${subcommand} needs exactly two entity names (quote names with spaces), got ${names.length}`);
  }
}

function nodeType(value: string | undefined): NodeType | undefined {
  const types: readonly string[] = [...ENTITY_TYPES, 'document'];
  if (value === undefined || types.includes(value)) return value as NodeType | undefined;
  throw new UsageError(`--type must be one of ${types.join(', ')}, got ${JSON.stringify(value)}`);
}

function direction(value: string | undefined): Direction | undefined {
  if (value === undefined || (DIRECTIONS as readonly string[]).includes(value)) return value as Direction | undefined;
  throw new UsageError(`--direction must be one of ${DIRECTIONS.join(', ')}, got ${JSON.stringify(value)}`);
}

function number(value: string | undefined, option: string, min: number, max: number, integer = false): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed) || parsed < min || parsed > max || (integer && !Number.isInteger(parsed))) {
    const kind = integer ? 'a whole number' : 'a number';
    throw new UsageError(`--${option} must be ${kind} ${max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`}, got ${JSON.stringify(value)}`);
  }
  return parsed;
}

function tableWidth(values: Values): number | undefined {
  const width = number(values.width, 'width', 20, 10000, true);
  if (width !== undefined) return width;
  return process.stdout.isTTY ? process.stdout.columns : undefined;
}

function report(error: unknown, io: CliIO): number {
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
    io.stderr(printableLines(`newsgraph query: ${(error as Error).message}\n\n${QUERY_USAGE}`));
    return EXIT_USAGE;
  }
  if (error instanceof NewsgraphError) {
    io.stderr(printableLines(`newsgraph query: ${error.message}\n`));
    return EXIT_BAD_INPUT;
  }
  throw error;
}
