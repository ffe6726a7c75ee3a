// newsgraph merges <store> [--all] [--json]: the merges across articles the
// rules were unsure of (and with --all, those they made), each with its score,
// reason, both labels and example articles.
// newsgraph merges <store> accept|reject|split <key> [<key>]: records a decision,
// which every later listing (and the graph built with it) honours.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { BadInputError, NotFoundError, UsageError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import {
  ALIAS_ACTIONS,
  emptyAliasTable,
  isEntityKey,
  parseAliasTable,
  resolveAcross,
  serialiseAliasTable,
  serialiseMergeList,
  type AliasAction,
  type AliasDecision,
  type AliasTable,
  type CrossMerge,
} from '../resolve/across/index.js';
import { openStore, readSnapshot, type Store } from '../store/index.js';
import { hasEntityKey, recordDecision } from '../store/decisions.js';
import type { Command, CliIO } from './io.js';
import { sanitise } from './verbose.js';

const HELP = `usage: newsgraph merges <store> [--all] [--json]
       newsgraph merges <store> accept <from-key> <into-key> [--note TEXT]
       newsgraph merges <store> reject <key> <key> [--note TEXT]
       newsgraph merges <store> split <key> [<key>] [--note TEXT]

Entities from different articles are merged when a rule is sure enough (an
acronym another article defines, the same name, a transliteration, a surname
only one person in the corpus has). Pairs the rules are unsure of are not
merged: this lists them, best first, so you can decide.

decisions (kept in the store; later ones about the same keys win):
  accept A B    merge A into B
  reject A B    never merge A and B
  split A       keep A out of every automatic merge
  split A B     undo the merge of A and B

options:
  --all          also list the merges that were made
  --json         print JSON ({"version", "merges"?, "uncertain"})
  --table FILE   keep decisions in this alias-table file (as "build --aliases"
                 reads) instead of the store
  --note TEXT    why, kept with the decision
`;

export const run: Command = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      all: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      table: { type: 'string' },
      note: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const [storePath, action, ...keys] = positionals;
  if (storePath === undefined) throw new UsageError(`give a store\n\n${HELP}`);
  const tablePath = values.table === undefined ? null : resolve(io.cwd, values.table);
  const store = openStore(resolve(io.cwd, storePath));
  try {
    if (action === undefined) return list(store, tablePath, { all: values.all, json: values.json }, io);
    if (!(ALIAS_ACTIONS as readonly string[]).includes(action)) throw new UsageError(`unknown decision "${action}"; use ${ALIAS_ACTIONS.join(', ')}\n\n${HELP}`);
    const decision = decisionFrom(action as AliasAction, keys, values.note);
    for (const key of decision.keys) {
      if (!hasEntityKey(store, key)) throw new NotFoundError(`${store.path}: no stored article has an entity "${key}" ("newsgraph merges ${storePath} --all" shows the keys)`);
    }
    const count = tablePath === null ? recordDecision(store, decision) : appendToTableFile(tablePath, decision);
    const where = tablePath ?? store.path;
    io.stdout(`newsgraph merges: recorded ${describeDecision(decision)} (${count} decision${count === 1 ? '' : 's'} in ${where})\n`);
    return 0;
  } finally {
    store.close();
  }
};

function decisionFrom(action: AliasAction, keys: string[], note: string | undefined): AliasDecision {
  const counts = action === 'split' ? [1, 2] : [2];
  if (!counts.includes(keys.length)) throw new UsageError(`"${action}" takes ${counts.join(' or ')} entity key${action === 'split' ? '(s)' : 's'}, got ${keys.length}\n\n${HELP}`);
  for (const key of keys) if (!isEntityKey(key)) throw new UsageError(`"${key}" is not an entity key "<type>:<slug>" (e.g. person:ryan-dillon)`);
  if (keys.length === 2 && keys[0] === keys[1]) throw new UsageError(`both keys are "${keys[0]}"; name two different entities`);
  return { action, keys, ...(note !== undefined ? { note } : {}) };
}

function describeDecision(d: AliasDecision): string {
  const [a, b] = d.keys;
  if (d.action === 'accept') return `accept: ${a} merges into ${b}`;
  if (d.action === 'reject') return `reject: ${a} and ${b} stay apart`;
  return b === undefined ? `split: ${a} stays out of automatic merges` : `split: ${a} and ${b} stay apart`;
}

function list(store: Store, tablePath: string | null, options: { all: boolean; json: boolean }, io: CliIO): number {
  const { extractions, decisions } = readSnapshot(store, { positions: false });
  if (extractions.length === 0) throw new BadInputError(`${store.path}: holds no articles ("newsgraph add" adds some)`);
  const table = tablePath === null ? decisions : readTableFile(tablePath);
  const { merges, uncertain } = resolveAcross(extractions, { table });
  if (options.json) {
    io.stdout(serialiseMergeList(options.all ? { merges, uncertain } : { uncertain }));
    return 0;
  }
  const lines = [
    `newsgraph merges: ${extractions.length} article${extractions.length === 1 ? '' : 's'}, ${merges.length} merge${merges.length === 1 ? '' : 's'} across articles, ` +
      `${uncertain.length} uncertain pair${uncertain.length === 1 ? '' : 's'}, ${table.decisions.length} decision${table.decisions.length === 1 ? '' : 's'}`,
  ];
  if (options.all) {
    lines.push('', `merged (${merges.length}):`);
    for (const m of merges) lines.push(...describeMerge(m, '→'));
  }
  lines.push('', `uncertain (${uncertain.length}), best first:`);
  for (const m of uncertain) lines.push(...describeMerge(m, '~'));
  if (uncertain.length > 0) lines.push('', 'decide with: newsgraph merges <store> accept|reject <from-key> <into-key>');
  io.stdout(`${lines.map(sanitise).join('\n')}\n`);
  return 0;
}

function describeMerge(m: CrossMerge, arrow: string): string[] {
  const examples = (docs: string[]) => (docs.length === 0 ? '-' : docs.join(', '));
  return [
    `  ${scoreText(m.score)} ${m.rule}: "${m.fromLabel}" (${m.from}) ${arrow} "${m.intoLabel}" (${m.into})${m.via ? ` via ${m.via}` : ''}`,
    `       ${m.reason}`,
    `       in: ${examples(m.docs.from)} | ${examples(m.docs.into)}`,
  ];
}

function readTableFile(path: string): AliasTable {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') return emptyAliasTable(); // no decision taken yet
    throw new BadInputError(`--table: cannot read ${path} (${code ?? (error as Error).message})`);
  }
  return parseAliasTable(text, path);
}

function appendToTableFile(path: string, decision: AliasDecision): number {
  const table = readTableFile(path);
  table.decisions.push(decision);
  writeFileAtomic(path, serialiseAliasTable(table));
  return table.decisions.length;
}

/** Two decimals, rounded down: a pair just under the threshold (0.749) must not read as reaching it (0.75). */
function scoreText(score: number): string {
  return (Math.floor(score * 100 + 1e-9) / 100).toFixed(2);
}
