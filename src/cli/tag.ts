// newsgraph tag --conll <file> [--out FILE] [--model FILE]
// Writes the CoNLL lines back with one more column: the predicted IOB2 tag.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import { appendTagColumn } from '../ner/conll.js';
import { loadModelFile } from '../ner/load-file.js';
import { readConllFile } from '../ner/read-conll-file.js';
import { tagTokens } from '../ner/tagger.js';
import type { Command } from './io.js';

const USAGE = `usage: newsgraph tag --conll <file> [--out FILE] [--model FILE]

Tags a CoNLL file (token in the first column; "-DOCSTART-" lines separate
documents, blank lines separate sentences) with the named-entity model, one
document at a time, and writes the same lines with the predicted IOB2 tag
(B-PER, I-PER, B-ORG, B-LOC, B-MISC, ..., O) as one more column.

options:
  --conll FILE   input (required)
  --out FILE     output file (default: standard output)
  --model FILE   model (default: models/ner/model.json of this package)
`;

export const run: Command = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      conll: { type: 'string' },
      out: { type: 'string' },
      model: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"\n\n${USAGE}`);
  if (!values.conll) throw new UsageError(`--conll <file> is required\n\n${USAGE}`);
  const model = loadModelFile(values.model ? resolve(io.cwd, values.model) : undefined);
  const file = readConllFile(resolve(io.cwd, values.conll));
  const predicted = file.documents.map((document) =>
    tagTokens(
      model,
      document.sentences.map((s) => s.tokens),
    ),
  );
  const text = appendTagColumn(file, predicted);
  if (values.out) writeFileAtomic(resolve(io.cwd, values.out), text);
  else io.stdout(text);
  return 0;
};
