// Dev-set score of the NER model (to be `npm run eval:ner`):
//   npx tsx scripts/eval-ner.ts [--model FILE] [--conll FILE] [--scorer score_ner.py]
// Prints P/R/F1 per type and overall, computed here the way score_ner.py does,
// then runs score_ner.py itself (when python3 is there) so both can be compared.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../src/io/atomic.js';
import { appendTagColumn } from '../src/ner/conll.js';
import { formatScores, scoreTags, type ScoreReport } from '../src/ner/evaluate.js';
import { loadModelFile } from '../src/ner/load-file.js';
import { readConllFile } from '../src/ner/read-conll-file.js';
import { tagTokens } from '../src/ner/tagger.js';
import { sharedPath } from './shared-data.js';

const { values } = parseArgs({
  options: {
    model: { type: 'string' },
    conll: { type: 'string', default: sharedPath('eval/conll2003/valid.txt') },
    scorer: { type: 'string', default: sharedPath('tools/score_ner.py') },
  },
});
const conll = values.conll ?? '';
const model = loadModelFile(values.model);
const file = readConllFile(conll);
const started = performance.now();
const predicted = file.documents.map((d) =>
  tagTokens(
    model,
    d.sentences.map((s) => s.tokens),
  ),
);
const seconds = (performance.now() - started) / 1000;
const tokens = file.documents.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.tokens.length, 0), 0);
const ours = scoreTags(
  file.documents.flatMap((d) => d.sentences.map((s) => s.tags)),
  predicted.flat(),
);
process.stdout.write(`${conll}: ${tokens} tokens tagged in ${seconds.toFixed(2)} s\n\nscored here:\n${formatScores(ours)}\n`);

const directory = mkdtempSync(join(tmpdir(), 'eval-ner-'));
const tagged = join(directory, 'predicted.conll');
writeFileAtomic(tagged, appendTagColumn(file, predicted));
process.stdout.write(`\ntagged file: ${tagged}\n`);
const python = spawnSync('python3', [values.scorer ?? '', conll, tagged, '--json'], { encoding: 'utf8' });
if (python.error || python.status !== 0) {
  process.stdout.write(`score_ner.py not run (${python.error?.message ?? python.stderr.trim()})\n`);
} else {
  const theirs = JSON.parse(python.stdout) as ScoreReport;
  process.stdout.write(`\nscored by score_ner.py:\n${formatScores(theirs)}\n`);
  const types = ['PER', 'LOC', 'ORG', 'ALL'] as const;
  const agree = types.every((t) => (['p', 'r', 'f1'] as const).every((k) => ours[t][k].toFixed(4) === theirs[t][k].toFixed(4)));
  process.stdout.write(agree ? '\nboth scorers agree to 4 decimals\n' : '\nSCORERS DISAGREE\n');
  if (!agree) process.exitCode = 1;
  rmSync(directory, { recursive: true, force: true });
}
