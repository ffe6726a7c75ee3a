// NER speed, single-threaded, on the CoNLL-2003 dev sentences:
//   npx tsx bench/ner/run.ts [--model FILE] [--conll FILE]
// Reports model size, load time, our tokens/s (first pass with empty caches,
// then the best of three warm passes), compromise 14's tokens/s on the same
// sentences (people/places/organizations; first pass, then best of two),
// the ratios, and peak memory.
// Speeds divide by the CPU time of this process (process.cpuUsage), not wall
// time, so other work on a shared machine skews them less.
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { DEFAULT_MODEL_PATH, loadModelFile } from '../../src/ner/load-file.js';
import { readConllFile } from '../../src/ner/read-conll-file.js';
import { tagTokens } from '../../src/ner/tagger.js';
import { sharedPath } from '../../scripts/shared-data.js';

const { values } = parseArgs({
  options: {
    model: { type: 'string', default: DEFAULT_MODEL_PATH },
    conll: { type: 'string', default: sharedPath('eval/conll2003/valid.txt') },
  },
});
const modelPath = values.model ?? DEFAULT_MODEL_PATH;

const loadStarted = performance.now();
const loadCpu = process.cpuUsage();
const model = loadModelFile(modelPath);
const loadSeconds = (performance.now() - loadStarted) / 1000;
const loadCpuSeconds = cpuSecondsSince(loadCpu);

const documents = readConllFile(values.conll ?? '').documents.map((d) => d.sentences.map((s) => s.tokens));
const tokenCount = documents.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);

function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

function timeOurs(): number {
  const started = process.cpuUsage();
  let tags = 0;
  for (const document of documents) for (const sentence of tagTokens(model, document)) tags += sentence.length;
  if (tags !== tokenCount) throw new Error(`tagged ${tags} of ${tokenCount} tokens`);
  return tokenCount / cpuSecondsSince(started);
}

function timeCompromise(): number {
  const started = process.cpuUsage();
  let found = 0;
  for (const document of documents) {
    for (const sentence of document) {
      const doc = nlp(sentence.join(' '));
      found += doc.people().length + doc.places().length + doc.organizations().length;
    }
  }
  if (found < 0) throw new Error('unreachable');
  return tokenCount / cpuSecondsSince(started);
}

const cold = timeOurs();
const warm = Math.max(timeOurs(), timeOurs(), timeOurs());
const theirsCold = timeCompromise();
const theirs = Math.max(theirsCold, timeCompromise());
const sizeMb = statSync(modelPath).size / 1e6;
const peakMb = process.resourceUsage().maxRSS / 1024;

const lines = [
  `model:            ${modelPath}`,
  `model size:       ${sizeMb.toFixed(2)} MB`,
  `model load:       ${loadSeconds.toFixed(3)} s wall, ${loadCpuSeconds.toFixed(3)} s CPU`,
  `dev tokens:       ${tokenCount}`,
  `ours, cold:       ${Math.round(cold)} tokens/s`,
  `ours, warm best:  ${Math.round(warm)} tokens/s`,
  `compromise, cold: ${Math.round(theirsCold)} tokens/s`,
  `compromise, warm: ${Math.round(theirs)} tokens/s`,
  `ratio, cold/cold: ${(cold / theirsCold).toFixed(1)}x`,
  `ratio, warm/warm: ${(warm / theirs).toFixed(1)}x`,
  `peak RSS:         ${peakMb.toFixed(0)} MB`,
];
process.stdout.write(`${lines.join('\n')}\n`);
