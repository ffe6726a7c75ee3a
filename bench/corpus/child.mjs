// Runs one `newsgraph build` from dist/ in this process, then reports its
// peak resident memory (worker threads share the process, so it counts them
// too) as a last JSON line on stderr. Plain JavaScript so no loader sits in
// the measured process.
import { main } from '../../dist/cli/main.js';
import { processIO } from '../../dist/cli/io.js';

const code = await main(process.argv.slice(2), processIO());
process.stderr.write(`\n${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
process.exitCode = code;
