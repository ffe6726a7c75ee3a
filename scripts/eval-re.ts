// Dev-set scores of the CoNLL04 path (to be `npm run eval:re`):
//   npx tsx scripts/eval-re.ts [--spert FILE] [--model FILE] [--ner-model FILE] [--scorer score_re.py]
// Runs `relations --spert` end to end and with gold entities, prints NER
// strict, RE strict and RE boundaries (end to end) and RE strict with gold
// entities, computed here like score_re.py, then runs score_re.py itself on
// the same outputs so agreement to 4 decimals can be seen.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { run } from '../src/cli/relations.js';
import type { CliIO } from '../src/cli/io.js';
import { readSpertFile } from '../src/re/read-spert-file.js';
import { formatPrf, scoreRelations, type Prf, type ReScores } from '../src/re/score.js';
import { sharedPath } from './shared-data.js';

const { values } = parseArgs({
  options: {
    spert: { type: 'string', default: sharedPath('eval/conll04/conll04_dev.json') },
    model: { type: 'string' },
    'ner-model': { type: 'string' },
    scorer: { type: 'string', default: sharedPath('tools/score_re.py') },
  },
});
const gold = values.spert ?? '';
const directory = mkdtempSync(join(tmpdir(), 'eval-re-'));
const io: CliIO = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), stdin: async () => Buffer.alloc(0), cwd: process.cwd() };
const out = (line = '') => process.stdout.write(`${line}\n`);
const modelArgs = [...(values.model ? ['--model', values.model] : []), ...(values['ner-model'] ? ['--ner-model', values['ner-model']] : [])];

interface Run {
  name: string;
  file: string;
  rows: Array<[string, keyof ReScores]>;
}
const runs: Run[] = [
  { name: 'end to end', file: join(directory, 'end-to-end.json'), rows: [['NER strict', 'ner'], ['RE strict', 'strict'], ['RE boundaries', 'bound']] },
  { name: 'gold entities', file: join(directory, 'gold-entities.json'), rows: [['RE strict (gold entities)', 'strict']] },
  // The extractor that builds the graphs, on the same sentences: its relations as the official scorer sees them.
  { name: 'article pipeline', file: join(directory, 'article-pipeline.json'), rows: [['NER strict', 'ner'], ['RE strict', 'strict'], ['RE boundaries', 'bound']] },
];
let agreeAll = true;
for (const r of runs) {
  const started = performance.now();
  const mode = r.name === 'gold entities' ? ['--gold-entities', ...modelArgs] : r.name === 'article pipeline' ? ['--article-pipeline'] : modelArgs;
  const code = await run(['--spert', gold, '--out', r.file, ...mode], io);
  if (code !== 0) throw new Error(`relations --spert exited with ${code}`);
  const seconds = (performance.now() - started) / 1000;
  const ours = scoreRelations(readSpertFile(gold), readSpertFile(r.file));
  out(`== ${r.name} (${seconds.toFixed(2)} s) — scored here:`);
  for (const [label, key] of r.rows) out(formatPrf(label, ours[key] as Prf));
  for (const key of Object.keys(ours).filter((k) => k.startsWith('strict:'))) out(formatPrf(`  ${key}`, ours[key as keyof ReScores] as Prf));
  const python = spawnSync('python3', [values.scorer ?? '', gold, r.file, '--json'], { encoding: 'utf8' });
  if (python.error || python.status !== 0) {
    out(`score_re.py not run (${python.error?.message ?? python.stderr.trim()})`);
    agreeAll = false;
    continue;
  }
  const theirs = JSON.parse(python.stdout) as Record<string, Prf>;
  out(`-- scored by score_re.py:`);
  for (const [label, key] of r.rows) out(formatPrf(label, theirs[key] as Prf));
  const agree = Object.keys(theirs).every((k) => (['p', 'r', 'f1'] as const).every((m) => (ours[k as keyof ReScores] as Prf | undefined)?.[m].toFixed(4) === theirs[k]?.[m].toFixed(4)));
  out(agree ? '   both scorers agree to 4 decimals' : '   SCORERS DISAGREE');
  out();
  agreeAll &&= agree;
}
rmSync(directory, { recursive: true, force: true });
if (!agreeAll) process.exitCode = 1;
