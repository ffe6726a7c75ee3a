// newsgraph build <files|dirs|-> [--out DIR] [--format ...]: read articles,
// extract, build one graph, write the chosen files.
import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { UsageError, BadInputError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import { serialiseMergeList, type CrossMerge } from '../resolve/across/index.js';
import { readAliasTableFile } from '../io/alias-table-file.js';
import { readInputs } from '../io/read-inputs.js';
import { applyDefaultDate, parseDefaultDate } from '../ingest/default-date.js';
import { parseFormats } from '../export/formats.js';
import { parseGexfVersion } from '../export/gexf-version.js';
import { documentsFile } from '../export/documents.js';
import { addDocuments, wantsDocuments } from '../export/write-documents.js';
import { assembleGraph, type AssembleOptions } from '../corpus/assemble.js';
import { extractAll } from '../corpus/extract-all.js';
import { startRecogniser, type EarlyRecogniser } from '../corpus/split.js';
import { chooseJobs, parseJobs } from '../corpus/jobs.js';
import { createProgress, createStatus, type Status } from '../corpus/progress.js';
import { summaryLine } from '../corpus/summary.js';
import { layOutAndWrite } from '../corpus/write-around-layout.js';
import { planLayout } from '../graph/layout.js';
import { assignMetrics } from '../graph/metrics.js';
import type { CliIO, Command } from './io.js';
import { assembleOptions, GRAPH_OUTPUT_OPTIONS, graphOutputHelp } from './graph-output-options.js';
import { EXTRACTION_HELP, EXTRACTION_OPTIONS } from './extraction-options.js';
import { printDecisions, sanitise } from './verbose.js';

const HELP = `usage: newsgraph build <files|dirs|-> [options]

Reads articles (plain text, Markdown, HTML; folders are walked; "-" reads
standard input), extracts entities and relations, and writes one graph.

options:
${graphOutputHelp(`the alias table (JSON: merges across articles to accept,
                       reject or split); see "newsgraph merges --help"`)}${EXTRACTION_HELP}  --verbose            print every rule decision with its reason (to stderr)
`;

export const run: Command = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...GRAPH_OUTPUT_OPTIONS,
      ...EXTRACTION_OPTIONS,
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
  const requestedJobs = parseJobs(values.jobs);
  const defaultDate = values.date === undefined ? undefined : parseDefaultDate(values.date, '--date');
  // Read before the slow extraction, so a broken table fails fast.
  const table = values.aliases === undefined ? null : readAliasTableFile(resolve(io.cwd, values.aliases));
  const started = performance.now();
  // Only a terminal gets the redrawn lines; a pipe or a log file would collect every frame.
  const status = createStatus(io.stderr, io.stderrIsTTY === true);
  try {
    const { graph, merges, uncertain, documents, articles, skipped, jobs, extractionSeconds } = await extractAndAssemble(positionals, io, {
      status,
      documents: wantsDocuments(formats),
      defaultDate,
      requestedJobs,
      rulesOnly: values['rules-only'],
      verbose: values.verbose,
      assemble: assembleOptions(values, table),
    });
    if (values.verbose) {
      status.clear();
      printMerges(merges, uncertain, io);
    }
    status.show(`laying out the graph and writing the files (${graph.order} nodes, ${graph.size} edges)`);
    const written = await layOutAndWrite(graph, planLayout(graph), resolve(io.cwd, values.out), formats, {
      gexfVersion,
      whileLayingOut: () => assignMetrics(graph, null),
    });
    if (documents !== null) addDocuments(written, resolve(io.cwd, values.out), documents);
    if (values.merges !== undefined) {
      const path = resolve(io.cwd, values.merges);
      writeFileAtomic(path, serialiseMergeList({ merges, uncertain }));
      written.push(path);
    }
    const relationEdges = graph.filterEdges((_, a) => a.type !== 'cooccurs').length;
    const summary = summaryLine({
      articles,
      entities: graph.filterNodes((_, a) => a.type !== 'document').length,
      relations: relationEdges,
      cooccurrences: graph.size - relationEdges,
      skipped,
      seconds: (performance.now() - started) / 1000,
      extractionSeconds,
      jobs,
    });
    // One article has nothing to merge across; the line would only be noise.
    const across = articles > 1 ? `  merged ${merges.length} entit${merges.length === 1 ? 'y' : 'ies'} across articles; ${uncertain.length} uncertain pair${uncertain.length === 1 ? '' : 's'} left apart\n` : '';
    // Cleared before the summary, which is the command's output.
    status.clear();
    io.stdout(`${summary}\n${across}${written.map((p) => `  wrote ${p}`).join('\n')}\n`);
    return 0;
  } finally {
    status.clear();
  }
};

interface ExtractOptions {
  /** Says on the terminal what happens after the extraction's progress bar. */
  status: Status;
  /** Keep each article's text and mentions for documents.json (written with graph.json). */
  documents: boolean;
  defaultDate: string | undefined;
  requestedJobs: number | undefined;
  rulesOnly: boolean;
  verbose: boolean;
  assemble: AssembleOptions;
}

/**
 * Reads, extracts and assembles the articles into one graph. The documents
 * (their whole text) and the extractions live only in here, and each
 * extraction keeps only what the graph reads (slim), so a large corpus holds
 * its graph, not its text, while the graph is built and written; only with
 * graph.json does it keep the texts and mentions that documents.json holds.
 */
async function extractAndAssemble(positionals: readonly string[], io: CliIO, options: ExtractOptions) {
  const targets = positionals.map((p) => (p === '-' ? p : resolve(io.cwd, p)));
  const started = mayShare(targets, options) ? startRecogniser() : undefined;
  try {
    return await readExtractAndAssemble(targets, positionals, io, options, started);
  } finally {
    started?.stop();
  }
}

/**
 * Whether two jobs will probably share the articles (../corpus/jobs.ts), so
 * that their worker is worth starting before the articles are read: asked
 * for, or left to the default with a folder among the inputs on a machine
 * with two cores or more. A guess that turns out wrong costs a worker's start
 * on the other core.
 */
function mayShare(targets: readonly string[], options: ExtractOptions): boolean {
  if (options.rulesOnly || (options.requestedJobs ?? 2) !== 2) return false;
  if (options.requestedJobs === 2) return true;
  return availableParallelism() >= 2 && targets.some((target) => target !== '-' && isFolder(target));
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

async function readExtractAndAssemble(
  targets: readonly string[],
  positionals: readonly string[],
  io: CliIO,
  options: ExtractOptions,
  started: EarlyRecogniser | undefined,
) {
  const { docs: readDocs, skipped } = await readInputs(targets, { stdin: io.stdin });
  const docs = applyDefaultDate(readDocs, options.defaultDate);
  for (const s of skipped) io.stderr(`newsgraph build: skipped ${s.path}: ${s.reason}\n`);
  if (docs.length === 0) throw new BadInputError(`no article could be read from ${positionals.join(', ')}`);
  const jobs = chooseJobs(docs.length, availableParallelism(), options.requestedJobs, { recogniser: !options.rulesOnly });
  const progress = createProgress({ total: docs.length, write: io.stderr, enabled: io.stderrIsTTY === true });
  const extractionStarted = performance.now();
  const { extractions, failed } = await extractAll(docs, {
    jobs,
    rulesOnly: options.rulesOnly,
    slim: { keepDecisions: options.verbose, keepDocuments: options.documents },
    onDone: progress.tick,
    ...(started ? { started } : {}),
  });
  progress.finish();
  const extractionSeconds = (performance.now() - extractionStarted) / 1000;
  for (const f of failed) io.stderr(`newsgraph build: skipped ${f.path}: ${f.reason}\n`);
  if (extractions.length === 0) throw new BadInputError(`no article could be extracted from ${positionals.join(', ')}`);
  if (options.verbose) for (const e of extractions) printDecisions(e, io);
  options.status.show(`building the graph of ${extractions.length} article${extractions.length === 1 ? '' : 's'}`);
  const assembled = assembleGraph(extractions, options.assemble);
  // Made here, while the extractions are at hand: the texts, with the graph's keys.
  const documents = options.documents ? documentsFile(extractions, assembled.keyMap) : null;
  return { ...assembled, documents, articles: extractions.length, skipped: skipped.length + failed.length, jobs, extractionSeconds };
}

/** --verbose: each merge across articles with its rule and reason. */
function printMerges(merges: readonly CrossMerge[], uncertain: readonly CrossMerge[], io: CliIO): void {
  io.stderr('── across articles\n');
  const line = (m: CrossMerge) => `"${m.fromLabel}" (${m.from}) → "${m.intoLabel}" (${m.into})${m.via ? ` via ${m.via}` : ''} ${m.score.toFixed(2)}: ${m.reason}`;
  for (const m of merges) io.stderr(`[across] ${m.rule}: ${sanitise(line(m))}\n`);
  for (const m of uncertain) io.stderr(`[across] uncertain ${m.rule}: ${sanitise(line(m))}\n`);
}
