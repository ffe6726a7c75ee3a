// Runs one newsgraph command from dist/ in this process, then reports its
// peak memory and CPU time (user + system, worker threads included) as a
// last JSON line on stderr. CPU time is given beside wall time because a
// busy machine stretches the wall clock. Plain JavaScript, so no loader
// sits in the measured process.
import { main } from '../../dist/cli/main.js';
import { processIO } from '../../dist/cli/io.js';

const code = await main(process.argv.slice(2), processIO());
const usage = process.resourceUsage();
process.stderr.write(`\n${JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 })}\n`);
process.exitCode = code;
