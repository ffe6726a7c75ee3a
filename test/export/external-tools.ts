// Runs the outside readers the exports are checked against. A missing tool is
// a failure that says what to install, never a skipped test.
import { spawnSync } from 'node:child_process';

import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The shared data folder sits beside the repository (override with NEWSGRAPH_SHARED). */
export const SHARED = process.env.NEWSGRAPH_SHARED ?? fileURLToPath(new URL('../../../shared/', import.meta.url));
export const GEXF_1_3_SCHEMA = join(SHARED, 'eval/gexf-schema/1.3/gexf.rng');

function run(command: string, args: string[], missingHint: string): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(`${command} is not installed: ${missingHint}`);
  }
  if (result.error) throw result.error;
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** xmllint's verdict: status 0 when well-formed (and valid, given a schema). */
export function xmllint(file: string, relaxng?: string): { status: number; output: string } {
  const args = ['--noout', ...(relaxng ? ['--relaxng', relaxng] : []), file];
  const { status, stdout, stderr } = run('xmllint', args, 'install libxml2-utils (apt-get install libxml2-utils)');
  return { status, output: `${stdout}${stderr}` };
}

/** Runs a Python script with networkx; the script prints one JSON value. */
export function python(script: string, args: string[]): unknown {
  // Debian's python3-networkx installs for /usr/bin/python3, which may not be the first python3 on PATH.
  const interpreter = process.env.NEWSGRAPH_PYTHON ?? 'python3';
  const { status, stdout, stderr } = run(interpreter, ['-c', script, ...args], 'install python3 and python3-networkx');
  if (status !== 0) {
    if (/No module named .?networkx/.test(stderr)) throw new Error(`networkx is missing: install python3-networkx\n${stderr}`);
    throw new Error(`python3 failed (status ${status}):\n${stderr}`);
  }
  return JSON.parse(stdout);
}
