// Sentences per second of the whole `relations --spert` path (read, recognise,
// classify, write) on the CoNLL04 dev set (to be `npm run bench:re`):
//   npx tsx bench/re/run.ts [--spert FILE] [--runs N]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/relations.js';
import { readSpertFile } from '../../src/re/read-spert-file.js';
import { sharedPath } from '../../scripts/shared-data.js';

const { values } = parseArgs({
  options: {
    spert: { type: 'string', default: sharedPath('eval/conll04/conll04_dev.json') },
    runs: { type: 'string', default: '5' },
  },
});
const file = values.spert ?? '';
const sentences = readSpertFile(file).length;
const directory = mkdtempSync(join(tmpdir(), 'bench-re-'));
const io: CliIO = { stdout: () => undefined, stderr: (t) => process.stderr.write(t), stdin: async () => Buffer.alloc(0), cwd: process.cwd() };
for (const mode of [[], ['--gold-entities']]) {
  const times: number[] = [];
  for (let i = 0; i < Number(values.runs); i++) {
    const started = performance.now();
    await run(['--spert', file, '--out', join(directory, 'out.json'), ...mode], io);
    times.push((performance.now() - started) / 1000);
  }
  // The first run also loads the models; the median of the rest is the steady rate.
  const steady = times.slice(1).sort((a, b) => a - b);
  const median = steady[Math.floor(steady.length / 2)] ?? times[0] ?? 0;
  process.stdout.write(`${mode.length ? 'gold entities' : 'end to end   '}: ${sentences} sentences, first run ${times[0]?.toFixed(2)} s, median ${median.toFixed(2)} s → ${(sentences / median).toFixed(0)} sentences/s\n`);
}
rmSync(directory, { recursive: true, force: true });
