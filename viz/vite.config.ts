// The explorer page: sources in viz/app, built into viz/dist, which
// `newsgraph serve` prefers over the placeholder page in viz/.
// Relative asset paths (base './') let the built folder sit on any static host.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./app'),
  base: './',
  publicDir: false,
  build: {
    outDir: process.env.NEWSGRAPH_VIZ_OUT ?? here('./dist'),
    emptyOutDir: true,
    // Source maps would publish the sources twice; the page is small enough to read built.
    sourcemap: false,
    target: 'es2022',
    chunkSizeWarningLimit: 1024,
  },
  // Module workers (layout, extractor) split into chunks like the page.
  worker: { format: 'es' },
  // Ingest loads linkedom lazily through node:module's createRequire; the page bundles it instead.
  resolve: { alias: { 'node:module': here('./shims/node-module.ts') } },
  // The page imports the palette from ../src so the viewer and exports agree.
  server: { fs: { allow: [here('..')] } },
});
