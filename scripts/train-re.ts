// Trains the CoNLL04 models (to be `npm run train:re`):
//   npx tsx scripts/train-re.ts [--train FILE] [--dev FILE] [--epochs N] [--folds N] [--ner-epochs N]
//     [--ner-extra-misc keep|drop] [--ner-domain NAME] [--seed N] [--out-dir DIR]
// Writes DIR/ner.json (entity recogniser, src/ner trained on CoNLL04's entity
// spans) and DIR/model.json (relation classifier). Same data and options, same bytes.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../src/errors.js';
import { writeFileAtomic } from '../src/io/atomic.js';
import { loadModelFile } from '../src/ner/load-file.js';
import { serialiseModel } from '../src/ner/model-format.js';
import { readConllFile } from '../src/ner/read-conll-file.js';
import { trainNer } from '../src/ner/train.js';
import { serialiseRelationModel } from '../src/re/model-format.js';
import { nerTrainingDocuments } from '../src/re/ner-data.js';
import { jackknifeEntities } from '../src/re/jackknife.js';
import type { SpertSentence } from '../src/re/spert.js';
import { readSpertFile } from '../src/re/read-spert-file.js';
import { trainRelations } from '../src/re/train.js';
import { sharedPath } from './shared-data.js';

const { values } = parseArgs({
  options: {
    train: { type: 'string', default: sharedPath('eval/conll04/conll04_train.json') },
    dev: { type: 'string', default: sharedPath('eval/conll04/conll04_dev.json') },
    epochs: { type: 'string', default: '5' },
    // Folds for the jackknifed entities of train and for the per-type biases' cross-validation.
    folds: { type: 'string', default: '5' },
    'ner-epochs': { type: 'string', default: '8' },
    'ner-minimum-weight': { type: 'string', default: '0.5' },
    // CoNLL-2003 adds names the CoNLL04 sentences never show; CoNLL04 is repeated so its own conventions win.
    'ner-extra-conll': { type: 'string', default: sharedPath('eval/conll2003/train.txt') },
    'ner-repeat': { type: 'string', default: '3' },
    // CoNLL-2003's MISC (nationalities, events) is not CoNLL04's Other (dates, amounts, titles): "drop" reads it as O.
    'ner-extra-misc': { type: 'string', default: 'drop' },
    // Domain features for the CoNLL04 sentences (src/ner/domain-features.ts), so the two corpora's conventions can differ; "" for none.
    'ner-domain': { type: 'string', default: '' },
    seed: { type: 'string', default: '1' },
    // Perceptrons averaged into the classifier, and cross-validation runs pooled to choose its per-type biases.
    ensemble: { type: 'string', default: '3' },
    'cv-repeats': { type: 'string', default: '3' },
    'bias-window': { type: 'string', default: '2' },
    'out-dir': { type: 'string', default: 'models/re' },
  },
});
const log = (line: string) => process.stdout.write(`${line}\n`);
const train = readSpertFile(values.train ?? '');
const dev = readSpertFile(values.dev ?? '');
const seed = Number(values.seed);
const outDir = values['out-dir'] ?? 'models/re';

log('entity recogniser:');
// The gazetteer lists are those of the shipped recogniser (built from npm data).
const { gazetteerData } = loadModelFile();
const extraMisc = values['ner-extra-misc'];
if (extraMisc !== 'keep' && extraMisc !== 'drop') throw new UsageError(`--ner-extra-misc must be "keep" or "drop", not "${extraMisc}"`);
const readExtraTags = (tags: readonly string[]) => (extraMisc === 'drop' ? tags.map((tag) => (tag.endsWith('-MISC') ? 'O' : tag)) : [...tags]);
const extra = values['ner-extra-conll']
  ? readConllFile(values['ner-extra-conll']).documents.map((d) => ({ sentences: d.sentences.map((s) => s.tokens), tags: d.sentences.map((s) => readExtraTags(s.tags)) }))
  : [];
const domain = values['ner-domain'] || undefined;
const nerRecipe = (sentences: readonly SpertSentence[], withDev: boolean) => {
  const own = nerTrainingDocuments(sentences).map((d) => (domain ? { ...d, domain } : d));
  return trainNer([...extra, ...Array.from({ length: Number(values['ner-repeat']) }, () => own).flat()], gazetteerData, {
    epochs: Number(values['ner-epochs']),
    seed,
    decoder: 'viterbi',
    stages: 1,
    folds: 1,
    minimumWeight: Number(values['ner-minimum-weight']),
    ...(domain ? { domain } : {}),
    ...(withDev ? { dev: nerTrainingDocuments(dev), log } : {}),
  });
};
const ner = nerRecipe(train, true);
const extraNote = extra.length ? ` + CoNLL-2003 train${extraMisc === 'drop' ? ' (MISC read as O)' : ''}` : '';
ner.saved.info = { ...ner.saved.info, data: `CoNLL04 train (SpERT split) x${values['ner-repeat']}${extraNote}${domain ? `, domain features "${domain}"` : ''}` };
writeFileAtomic(join(outDir, 'ner.json'), serialiseModel(ner.saved));

log('jackknifed entities of train (same recipe, each fold unseen):');
const folds = Number(values.folds);
const predicted = jackknifeEntities(train, folds, seed, (sentences, fold) => {
  log(`  fold ${fold + 1}/${folds}`);
  return nerRecipe(sentences, false).model;
});
log('relation classifier:');
// Per-type biases from -4 to 24 in steps of 0.5, chosen on train folds, never on dev.
const classBiases = Array.from({ length: 57 }, (_, i) => -4 + i / 2);
const re = trainRelations(train, {
  epochs: Number(values.epochs),
  seed,
  biases: [],
  dev,
  predicted,
  classBiases,
  folds,
  ensemble: Number(values.ensemble),
  cvRepeats: Number(values['cv-repeats']),
  biasWindow: Number(values['bias-window']),
  log,
});
re.saved.info = { ...re.saved.info, data: 'CoNLL04 train (SpERT split): gold entities and jackknifed predicted entities' };
writeFileAtomic(join(outDir, 'model.json'), serialiseRelationModel(re.saved));
log(`wrote ${join(outDir, 'ner.json')} and ${join(outDir, 'model.json')}`);
