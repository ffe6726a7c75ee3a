// newsgraph train ner --conll <train> [--dev <dev>] [--out FILE] [--epochs N] [--seed N]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import gazetteerData from '../ner/data/gazetteer.json' with { type: 'json' };
import { formatScores } from '../ner/evaluate.js';
import { serialiseModel } from '../ner/model-format.js';
import { readTrainingDocuments } from '../ner/read-conll-file.js';
import { DEFAULT_TRAIN_OPTIONS, trainNer } from '../ner/train.js';
import type { Command } from './io.js';

const USAGE = `usage: newsgraph train ner --conll <train.txt> [options]

Trains the named-entity tagger (averaged perceptron, two passes per document).

options:
  --conll FILE      training data: CoNLL columns, token first, IOB tag last
  --dev FILE        development data: prints dev P/R/F1 after every epoch
  --out FILE        where to write the model (default models/ner/model.json)
  --epochs N        passes over the data per stage (default ${DEFAULT_TRAIN_OPTIONS.epochs})
  --seed N          shuffling seed (default ${DEFAULT_TRAIN_OPTIONS.seed})
  --decoder NAME    viterbi or greedy (default ${DEFAULT_TRAIN_OPTIONS.decoder})
  --stages N        1 (no document label pass) or 2 (default ${DEFAULT_TRAIN_OPTIONS.stages})
  --folds N         jackknife folds for stage 2 (default ${DEFAULT_TRAIN_OPTIONS.folds})
  --min-weight X    drop weights smaller than X from the saved model (default ${DEFAULT_TRAIN_OPTIONS.minimumWeight})
`;

function positiveInteger(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number, got "${value}"`);
  return n;
}

export const run: Command = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      conll: { type: 'string' },
      dev: { type: 'string' },
      out: { type: 'string' },
      epochs: { type: 'string' },
      seed: { type: 'string' },
      decoder: { type: 'string' },
      stages: { type: 'string' },
      folds: { type: 'string' },
      'min-weight': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals[0] !== 'ner' || positionals.length !== 1) throw new UsageError(`expected "train ner", got "train ${positionals.join(' ')}"\n\n${USAGE}`);
  if (!values.conll) throw new UsageError(`--conll <train file> is required\n\n${USAGE}`);
  const decoder = values.decoder ?? DEFAULT_TRAIN_OPTIONS.decoder;
  if (decoder !== 'viterbi' && decoder !== 'greedy') throw new UsageError(`--decoder must be viterbi or greedy, got "${decoder}"`);
  const stages = positiveInteger(values.stages, 'stages', DEFAULT_TRAIN_OPTIONS.stages);
  if (stages !== 1 && stages !== 2) throw new UsageError(`--stages must be 1 or 2, got "${values.stages}"`);
  const minimumWeight = Number(values['min-weight'] ?? DEFAULT_TRAIN_OPTIONS.minimumWeight);
  if (!Number.isFinite(minimumWeight) || minimumWeight < 0) throw new UsageError(`--min-weight must be a number ≥ 0, got "${values['min-weight']}"`);
  const out = resolve(io.cwd, values.out ?? 'models/ner/model.json');

  const started = Date.now();
  const train = readTrainingDocuments(resolve(io.cwd, values.conll));
  const dev = values.dev ? readTrainingDocuments(resolve(io.cwd, values.dev)) : undefined;
  io.stderr(`train: ${train.length} documents${dev ? `, dev: ${dev.length} documents` : ''}\n`);
  const result = trainNer(train, gazetteerData, {
    epochs: positiveInteger(values.epochs, 'epochs', DEFAULT_TRAIN_OPTIONS.epochs),
    seed: positiveInteger(values.seed, 'seed', DEFAULT_TRAIN_OPTIONS.seed),
    decoder,
    stages,
    folds: Math.max(2, positiveInteger(values.folds, 'folds', DEFAULT_TRAIN_OPTIONS.folds)),
    minimumWeight,
    ...(dev ? { dev } : {}),
    log: (line) => io.stderr(`${line}\n`),
  });
  const text = serialiseModel(result.saved);
  writeFileAtomic(out, text);
  const last = result.history[result.history.length - 1];
  if (last?.dev) io.stdout(`dev scores after the last epoch:\n${formatScores(last.dev)}\n`);
  io.stdout(`wrote ${out} (${(text.length / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  return 0;
};
