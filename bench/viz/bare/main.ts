// The baseline the explorer is timed against: fetch graph.json, import it,
// draw it with sigma's defaults, and note when the first frame is drawn.
import Graph from 'graphology';
import Sigma from 'sigma';

interface Timed {
  __rendered?: number;
  __painted?: number;
}
const timed = window as unknown as Timed;

// Sigma draws once inside its constructor, before a listener could be added
// to the instance, so the first 'afterRender' is caught on its way out.
type Emit = (this: Sigma, event: string, ...args: unknown[]) => boolean;
const prototype = Sigma.prototype as unknown as { emit: Emit };
const emit = prototype.emit;
prototype.emit = function (this: Sigma, event: string, ...args: unknown[]): boolean {
  if (event === 'afterRender' && timed.__rendered === undefined) {
    timed.__rendered = performance.now();
    requestAnimationFrame(() => (timed.__painted = performance.now()));
  }
  return emit.call(this, event, ...args);
};

async function start(): Promise<void> {
  const response = await fetch('graph.json');
  const graph = new Graph({ type: 'directed', multi: true });
  graph.import(await response.json());
  new Sigma(graph, document.getElementById('graph') as HTMLElement);
}

void start();
