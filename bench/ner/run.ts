// NER speed, single-threaded, on the CoNLL-2003 dev sentences:
//   npx tsx bench/ner/run.ts [--model FILE] [--conll FILE]
// Reports model size, load time, our tokens/s (first pass with empty caches,
// then the best of three warm passes), compromise 14's tokens/s on the same
// sentences (people/places/organizations), their ratio, and peak memory.
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { DEFAULT_MODEL_PATH, loadModelFile } from '../../src/ner/load-file.js';
import { readConllFile } from '../../src/ner/read-conll-file.js';
import { tagTokens } from '../../src/ner/tagger.js';

const { values } = parseArgs({
  options: {
    model: { type: 'string', default: DEFAULT_MODEL_PATH },
    conll: { type: 'string', default: '/work/shared/eval/conll2003/valid.txt' },
  },
});
const modelPath = values.model ?? DEFAULT_MODEL_PATH;

const loadStarted = performance.now();
const model = loadModelFile(modelPath);
const loadSeconds = (performance.now() - loadStarted) / 1000;

const documents = readConllFile(values.conll ?? '').documents.map((d) => d.sentences.map((s) => s.tokens));
const tokenCount = documents.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);

function timeOurs(): number {
  const started = performance.now();
  let tags = 0;
  for (const document of documents) for (const sentence of tagTokens(model, document)) tags += sentence.length;
  if (tags !== tokenCount) throw new Error(`tagged ${tags} of ${tokenCount} tokens`);
  return tokenCount / ((performance.now() - started) / 1000);
}

function timeCompromise(): number {
  const started = performance.now();
  let found = 0;
  for (const document of documents) {
    for (const sentence of document) {
      const doc = nlp(sentence.join(' '));
      found += doc.people().length + doc.places().length + doc.organizations().length;
    }
  }
  if (found < 0) throw new Error('unreachable');
  return tokenCount / ((performance.now() - started) / 1000);
}

const cold = timeOurs();
const warm = Math.max(timeOurs(), timeOurs(), timeOurs());
const theirs = timeCompromise();
const sizeMb = statSync(modelPath).size / 1e6;
const peakMb = process.resourceUsage().maxRSS / 1024;

const lines = [
  `model:            ${modelPath}`,
  `model size:       ${sizeMb.toFixed(2)} MB`,
  `model load:       ${loadSeconds.toFixed(3)} s`,
  `dev tokens:       ${tokenCount}`,
  `ours, cold:       ${Math.round(cold)} tokens/s`,
  `ours, warm best:  ${Math.round(warm)} tokens/s`,
  `compromise 14:    ${Math.round(theirs)} tokens/s`,
  `ratio (cold):     ${(cold / theirs).toFixed(1)}x`,
  `ratio (warm):     ${(warm / theirs).toFixed(1)}x`,
  `peak RSS:         ${peakMb.toFixed(0)} MB`,
];
process.stdout.write(`${lines.join('\n')}\n`);
