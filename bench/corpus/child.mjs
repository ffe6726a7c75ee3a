// Runs one `newsgraph build` from a compiled dist/ in this process, then
// reports its peak resident memory (worker threads share the process, so it
// counts them too) and the CPU seconds it used, as a last JSON line on
// stderr. Plain JavaScript so no loader sits in the measured process.
// NEWSGRAPH_BENCH_DIST names another dist/ folder (an older checkout's, for a
// before/after comparison on the same machine).
import { pathToFileURL } from 'node:url';

const dist = process.env.NEWSGRAPH_BENCH_DIST ? pathToFileURL(`${process.env.NEWSGRAPH_BENCH_DIST}/`) : new URL('../../dist/', import.meta.url);
const { main } = await import(new URL('cli/main.js', dist).href);
const { processIO } = await import(new URL('cli/io.js', dist).href);

const code = await main(process.argv.slice(2), processIO());
const usage = process.resourceUsage();
process.stderr.write(`\n${JSON.stringify({ maxRssKb: usage.maxRSS, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 })}\n`);
process.exitCode = code;
