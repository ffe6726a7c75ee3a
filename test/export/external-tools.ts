// Runs the outside readers the exports are checked against. A missing tool is
// a failure that says what to install, never a skipped test.
import { spawnSync } from 'node:child_process';

import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The shared data folder sits beside the repository (override with NEWSGRAPH_SHARED). */
export const SHARED = process.env.NEWSGRAPH_SHARED ?? fileURLToPath(new URL('../../../shared/', import.meta.url));
export const GEXF_1_3_SCHEMA = join(SHARED, 'eval/gexf-schema/1.3/gexf.rng');
export const GEXF_1_2DRAFT_SCHEMA = join(SHARED, 'eval/gexf-schema/1.2draft/gexf.rng');

/** The Python with a current networkx (3.x): the first python3 on PATH unless NEWSGRAPH_PYTHON says otherwise. */
export const PYTHON = process.env.NEWSGRAPH_PYTHON ?? 'python3';
/**
 * The Python that Debian's python3-networkx (2.8 in bookworm) installs for,
 * which reads GEXF 1.2draft but not 1.3. A pyenv or venv python3 may come
 * first on PATH, so this one is named by its full path.
 */
export const DEBIAN_PYTHON = process.env.NEWSGRAPH_DEBIAN_PYTHON ?? '/usr/bin/python3';

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

/** Runs a Python script with networkx (by default with PYTHON); the script prints one JSON value. */
export function python(script: string, args: string[], interpreter: string = PYTHON): unknown {
  const hint =
    interpreter === DEBIAN_PYTHON
      ? 'install python3-networkx (apt-get install python3-networkx), or set NEWSGRAPH_DEBIAN_PYTHON'
      : 'install python3 with networkx 3 (pip install networkx), or set NEWSGRAPH_PYTHON';
  const { status, stdout, stderr } = run(interpreter, ['-c', script, ...args], hint);
  if (status !== 0) {
    if (/No module named .?networkx/.test(stderr)) throw new Error(`networkx is missing for ${interpreter}: ${hint}\n${stderr}`);
    throw new Error(`${interpreter} failed (status ${status}):\n${stderr}`);
  }
  return JSON.parse(stdout);
}

/** The networkx version `interpreter` imports, as [major, minor] plus the full text. */
export function networkxVersion(interpreter: string): { major: number; minor: number; text: string } {
  const text = python('import json, networkx; print(json.dumps(networkx.__version__))', [], interpreter) as string;
  const [major, minor] = text.split('.').map((part) => parseInt(part, 10));
  return { major: major ?? NaN, minor: minor ?? NaN, text };
}
