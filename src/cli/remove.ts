// newsgraph remove <store> <doc-id...>: take articles out of a store.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { openStore, removeDocuments, storedIds } from '../store/index.js';
import type { Command } from './io.js';

const HELP = `usage: newsgraph remove <store> <doc-id...>

Removes articles, by id (the file name without its extension, as listed in an
export's graph.json "docs"), and everything extracted from them. An unknown id
removes nothing and exits 1. The next export leaves out the nodes and edges
that only they supported.
`;

export const run: Command = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const [storeArg, ...ids] = positionals;
  if (storeArg === undefined || ids.length === 0) throw new UsageError(`give a store and at least one article id\n\n${HELP}`);
  const store = openStore(resolve(io.cwd, storeArg));
  try {
    const removed = removeDocuments(store, ids);
    const held = storedIds(store).length;
    io.stdout(`newsgraph remove: removed ${removed.join(', ')}; ${store.path} holds ${held} article${held === 1 ? '' : 's'}\n`);
    return 0;
  } finally {
    store.close();
  }
};
