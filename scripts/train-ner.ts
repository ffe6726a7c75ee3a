// Runs the train command before it is registered in src/cli/main.ts:
//   npx tsx scripts/train-ner.ts --conll ../shared/eval/conll2003/train.txt --dev ../shared/eval/conll2003/valid.txt
import { processIO } from '../src/cli/io.js';
import { reportError } from '../src/cli/main.js';
import { run } from '../src/cli/train.js';

const io = processIO();
run(['ner', ...process.argv.slice(2)], io)
  .catch((error: unknown) => reportError(error, 'train', io))
  .then((code) => {
    process.exitCode = code;
  });
