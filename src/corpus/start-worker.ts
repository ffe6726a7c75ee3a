// Node-only: starts one of this folder's worker modules. From dist/ that is
// the compiled `<name>.js` beside this file; from the TypeScript sources
// (tests, tsx scripts) it is `<name>.ts`, loaded through tsx, which is then
// installed as a development dependency.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

export function startWorker(name: string, workerData: unknown): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, here), { workerData });
  const file = JSON.stringify(new URL(`./${name}.ts`, here).href);
  // require.resolve finds tsx's CommonJS build of the API; its ES module build sits beside it.
  const api = createRequire(here).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs');
  const tsx = JSON.stringify(pathToFileURL(api).href);
  return new Worker(`import(${tsx}).then((api) => api.tsImport(${file}, ${file}))`, { eval: true, workerData });
}
