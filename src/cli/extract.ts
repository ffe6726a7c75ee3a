// newsgraph extract <file|->: one article's mentions, entities and relations as JSON.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { readInputs } from '../io/read-inputs.js';
import { extract } from '../pipeline.js';
import type { Command } from './io.js';
import { printDecisions } from './verbose.js';
import { defaultRecogniser } from './recogniser.js';

const HELP = `usage: newsgraph extract <file|-> [--verbose] [--rules-only]

Prints one article's metadata, zones, normalised text (which every offset
refers to), mentions, entities and relations (negated and hedged ones
included, marked) as JSON.
`;

export const run: Command = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      verbose: { type: 'boolean', default: false },
      'rules-only': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`give exactly one file (or "-")\n\n${HELP}`);
  const target = positionals[0] === '-' ? '-' : resolve(io.cwd, positionals[0]!);
  const { docs } = await readInputs([target], { stdin: io.stdin });
  const doc = docs[0]!;
  const recogniser = await defaultRecogniser(values['rules-only']);
  const extraction = extract(doc, { recogniser });
  if (values.verbose) printDecisions(extraction, io);
  // The normalised text goes last in the document: every offset above and below refers to it.
  const { text, ...fields } = doc;
  io.stdout(
    `${JSON.stringify(
      {
        doc: { ...fields, path: doc.path ? positionals[0] : undefined, text },
        sentences: extraction.sentences.length,
        mentions: extraction.mentions,
        entities: extraction.entities,
        relations: extraction.relations.filter((r) => r.type !== 'cooccurs'),
      },
      null,
      2,
    )}\n`,
  );
  return 0;
};
