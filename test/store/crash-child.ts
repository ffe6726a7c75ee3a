// Run by crash.test.ts in a process of its own: adds a batch of articles to
// the store named on the command line and, half-way through the transaction,
// with rows already on disk, says "writing" and waits to be killed.
import { articleText } from '../corpus/articles.js';
import { extractText } from '../helpers.js';
import { addExtractions, openStore } from '../../src/store/index.js';

const path = process.argv[2];
if (!path) throw new Error('usage: crash-child.ts <store>');
const extractions = Array.from({ length: 40 }, (_, n) => extractText(articleText(n + 10), `crash-${n}`, { rulesOnly: true }));
const store = openStore(path);
// A page cache this small spills the transaction's pages into the
// write-ahead log before the commit, so the kill finds them on disk.
store.db.pragma('cache_size = 2');
let written = 0;
addExtractions(store, extractions, {
  afterArticle: () => {
    written += 1;
    if (written < 30) return;
    process.stdout.write('writing\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  },
});
