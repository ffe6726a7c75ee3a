// The browser's stand-in for node:module. src/ingest/html-dom.ts loads
// linkedom on first use through createRequire, so that Node commands given
// only text never load it; a browser bundle has no require, and gets
// linkedom bundled here instead, handed out under the same name.
import * as linkedom from 'linkedom';

const MODULES: Readonly<Record<string, unknown>> = { linkedom };

/** `from` (node:module's base for resolution) means nothing here: every module is bundled. */
export function createRequire(from?: string | URL): (id: string) => unknown {
  void from;
  return (id) => {
    if (!(id in MODULES)) throw new Error(`the page bundles no module "${id}"`);
    return MODULES[id];
  };
}
