// newsgraph build <files|dirs|-> [--out DIR] [--format ...]: read articles,
// extract, build one graph, write the chosen files.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { UsageError, BadInputError } from '../errors.js';
import { readInputs } from '../io/read-inputs.js';
import { parseFormats, EXPORT_FORMATS } from '../export/formats.js';
import { writeExports } from '../export/write.js';
import { DEFAULT_GEXF_VERSION, GEXF_VERSIONS, parseGexfVersion } from '../export/gexf-version.js';
import { buildGraph } from '../graph/index.js';
import { extract } from '../pipeline.js';
import type { Command } from './io.js';
import { printDecisions } from './verbose.js';
import { defaultRecogniser } from './recogniser.js';

const HELP = `usage: newsgraph build <files|dirs|-> [options]

Reads articles (plain text, Markdown, HTML; folders are walked; "-" reads
standard input), extracts entities and relations, and writes one graph.

options:
  --out DIR            where to write (default: out)
  --format LIST        comma-separated: ${EXPORT_FORMATS.join(', ')} (default: all)
  --gexf-version V     ${GEXF_VERSIONS.join(' or ')} (default: ${DEFAULT_GEXF_VERSION}; 1.2draft for networkx 2.x)
  --no-cooccurrence    leave co-occurrence edges out
  --uncertain          keep negated and hedged relations (marked as such)
  --rules-only         do not use the trained recogniser
  --verbose            print every rule decision with its reason (to stderr)
`;

export const run: Command = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'out' },
      format: { type: 'string', default: EXPORT_FORMATS.join(',') },
      'gexf-version': { type: 'string', default: DEFAULT_GEXF_VERSION },
      'no-cooccurrence': { type: 'boolean', default: false },
      uncertain: { type: 'boolean', default: false },
      'rules-only': { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError(`no articles given\n\n${HELP}`);
  const formats = parseFormats(values.format);
  const gexfVersion = parseGexfVersion(values['gexf-version'], '--gexf-version');
  const targets = positionals.map((p) => (p === '-' ? p : resolve(io.cwd, p)));
  const { docs, skipped } = await readInputs(targets, { stdin: io.stdin });
  for (const s of skipped) io.stderr(`newsgraph build: skipped ${s.path}: ${s.reason}\n`);
  if (docs.length === 0) throw new BadInputError(`no article could be read from ${positionals.join(', ')}`);
  const recogniser = await defaultRecogniser(values['rules-only']);
  const extractions = docs.map((doc) => extract(doc, { recogniser }));
  if (values.verbose) for (const e of extractions) printDecisions(e, io);
  const graph = buildGraph(extractions, { cooccurrence: !values['no-cooccurrence'], uncertain: values.uncertain });
  const written = writeExports(graph, resolve(io.cwd, values.out), formats, { gexfVersion });
  const relationEdges = graph.filterEdges((_, a) => a.type !== 'cooccurs').length;
  io.stdout(
    `newsgraph: ${docs.length} article${docs.length === 1 ? '' : 's'}, ${graph.filterNodes((_, a) => a.type !== 'document').length} entities, ` +
      `${relationEdges} relations, ${graph.size - relationEdges} co-occurrence edges` +
      (skipped.length ? `, ${skipped.length} file${skipped.length === 1 ? '' : 's'} skipped` : '') +
      `\n${written.map((p) => `  wrote ${p}`).join('\n')}\n`,
  );
  return 0;
};
