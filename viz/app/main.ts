// The explorer page: loads the graph, draws it with sigma, and wires the
// search, filters, details panel, layout, exports and URL state together.
import { detectCommunities } from './communities.js';
import { setUpBring } from './bring.js';
import { buildControls } from './controls.js';
import { renderDetails } from './details.js';
import { createDocumentView } from './document-view.js';
import { DocumentLibrary } from './documents.js';
import { byId } from './dom.js';
import { exportGexf, exportJson, exportPng } from './export.js';
import { createLayout, type LayoutControl } from './layout.js';
import { fetchGraph, graphUrl, toGraph, type ViewGraph } from './load.js';
import { mergeGraph } from './merge.js';
import { createView, type View } from './renderer.js';
import { SearchIndex } from './search.js';
import { formatHash, parseHash, type ViewState } from './state.js';
import { countVisible, isNodeVisible } from './visibility.js';

const status = byId('status');

function showError(message: string): void {
  status.textContent = message;
  status.classList.add('error');
  document.body.dataset.ready = 'error';
}

async function start(): Promise<void> {
  // The page's one graph object: articles merge into it and opened files
  // replace its contents, so sigma, the layout and the panels keep their hold on it.
  let graph: ViewGraph;
  let loadError: string | null = null;
  // The article texts sit beside the graph file; fetched when an evidence sentence is first opened.
  let documentsUrl: URL | null = null;
  try {
    performance.mark('explorer:fetch');
    const url = graphUrl(window.location);
    documentsUrl = new URL('documents.json', url);
    graph = await fetchGraph(url);
    performance.measure('explorer: fetch and check the graph', 'explorer:fetch');
  } catch (error) {
    // Still a working page: the reader can open a graph file or bring articles.
    loadError = (error as Error).message;
    graph = toGraph({ nodes: [], edges: [] }, 'empty graph');
  }
  const state = parseHash(window.location.hash);
  const container = byId('graph');
  // Sigma draws the first picture inside its constructor, with the reducers
  // already reading the state from the URL.
  performance.mark('explorer:sigma');
  const view = createView(graph, container, state);
  performance.measure('explorer: sigma first draw', 'explorer:sigma');
  const searchBox = byId<HTMLInputElement>('search');
  const names = byId<HTMLDataListElement>('names');
  // The search index and the autocomplete list wait until the picture is up.
  let search: SearchIndex | null = null;
  const searchIndex = (): SearchIndex => (search ??= new SearchIndex(graph));
  let stopFilling = (): void => undefined;
  const fillNames = (): void => {
    stopFilling();
    stopFilling = searchIndex().fillDatalist(names, graph);
  };

  let communitiesDone = false;
  /** Shows the state everywhere; `redraw` false only for the first call, which sigma's constructor already drew. */
  const update = (redraw = true): void => {
    controls.show();
    if (state.colorBy === 'community' && communitiesDone === false) {
      view.setCommunities(detectCommunities(graph));
      communitiesDone = true;
      redraw = true;
    }
    renderDetails(graph, state, { select: (node) => select(node, true), openEvidence: (request, opener) => void documentView.open(request, opener) });
    if (redraw) view.redraw();
    summarise(graph, state, container);
    const hash = formatHash(state);
    if (hash !== window.location.hash) history.replaceState(null, '', hash === '' ? window.location.pathname + window.location.search : hash);
  };
  const controls = buildControls(graph, state, () => update());
  const library = new DocumentLibrary(loadError === null ? documentsUrl : null);
  const documentView = createDocumentView(library, {
    select: (key) => select(key, true),
    entity: (key) => (graph.hasNode(key) ? { label: graph.getNodeAttribute(key, 'label'), type: graph.getNodeAttribute(key, 'type') } : null),
  });

  const select = (node: string | null, zoom: boolean): void => {
    state.selected = node !== null && graph.hasNode(node) ? node : null;
    update();
    if (zoom && state.selected !== null) zoomTo(view, state.selected);
  };

  const runSearch = (): void => {
    state.search = searchBox.value.trim();
    const node = searchIndex().find(state.search);
    searchBox.classList.toggle('no-match', state.search !== '' && node === null);
    if (node !== null) {
      if (!isNodeVisible(graph, node, state)) state.hiddenNodeTypes.delete(graph.getNodeAttribute(node, 'type'));
      select(node, true);
    } else update();
  };
  searchBox.value = state.search;
  searchBox.addEventListener('change', runSearch);
  searchBox.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') runSearch();
  });

  view.sigma.on('enterNode', ({ node }) => {
    view.focus.hovered = node;
    view.redraw();
  });
  view.sigma.on('leaveNode', () => {
    view.focus.hovered = null;
    view.redraw();
  });
  view.sigma.on('enterEdge', ({ edge }) => {
    view.focus.hoveredEdge = edge;
    view.redraw();
  });
  view.sigma.on('leaveEdge', () => {
    view.focus.hoveredEdge = null;
    view.redraw();
  });
  view.sigma.on('clickNode', ({ node }) => select(node, false));
  view.sigma.on('clickStage', () => select(null, false));

  const layoutButton = byId<HTMLButtonElement>('layout');
  const startLayout = (): LayoutControl =>
    createLayout(graph, {
      onChange: (running) => {
        layoutButton.textContent = running ? 'Stop layout' : 'Layout';
        layoutButton.setAttribute('aria-pressed', String(running));
        view.setLayoutRunning(running);
      },
      afterDraw: (callback) => void view.sigma.once('afterRender', callback),
    });
  let layout = startLayout();
  layoutButton.addEventListener('click', () => layout.toggle());

  /** After the graph changed: lists, search, sizes, communities and the layout's settings start over. */
  const changedGraph = (): void => {
    if (layout.running()) layout.toggle();
    layout.kill();
    layout = startLayout();
    controls.refill();
    search = null;
    fillNames();
    view.rescale();
    communitiesDone = false;
    status.classList.remove('error');
    document.body.dataset.ready = 'true';
  };
  setUpBring({
    hasDoc: (id) => graph.getAttribute('docs').some((doc) => doc.id === id),
    merge: (from, article) => {
      library.add(article);
      const result = mergeGraph(graph, from);
      changedGraph();
      const first = result.addedNodes[0];
      if (first !== undefined) select(first, true);
      else update();
      const title = from.getAttribute('docs')[0]?.title;
      const origin = title ? ` from “${title}”` : '';
      return `Added ${result.addedNodes.length} new entities and ${result.addedEdges} new links${origin}; ${result.mergedEdges} known links gained evidence.`;
    },
    replace: (next, name) => {
      // The served texts belong to the served graph, not to a file the reader opened.
      library.forget();
      documentView.close();
      graph.clear();
      graph.replaceAttributes(next.getAttributes());
      graph.import(next.export());
      state.selected = null;
      state.search = '';
      searchBox.value = '';
      changedGraph();
      update();
      void view.sigma.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: 300 });
      document.title = `${name} · newsgraph explorer`;
    },
  });
  byId('export-json').addEventListener('click', () => exportJson(graph, state));
  byId('export-gexf').addEventListener('click', () => exportGexf(graph, state));
  byId('export-png').addEventListener('click', () => void exportPng(view.sigma));
  byId('reset-view').addEventListener('click', () => void view.sigma.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: 400 }));

  window.addEventListener('hashchange', () => {
    Object.assign(state, parseHash(window.location.hash));
    searchBox.value = state.search;
    update();
  });

  update(false);
  fillNames();
  if (loadError !== null) return showError(loadError);
  if (graph.order === 0) status.textContent = 'The graph is empty: paste an article or open a graph file.';
  if (state.selected !== null) zoomTo(view, state.selected);
  document.body.dataset.ready = 'true';
}

function zoomTo(view: View, node: string): void {
  const sigma = view.sigma;
  const graph = sigma.getGraph();
  if (!graph.hasNode(node)) return;
  // From the node's graph position to the camera's frame, through sigma's own
  // conversions: display data need not be in camera units.
  const { x, y } = graph.getNodeAttributes(node);
  const target = sigma.viewportToFramedGraph(sigma.graphToViewport({ x, y }));
  const camera = sigma.getCamera();
  // Closer in, but never zooming out of a view the reader already narrowed.
  void camera.animate({ x: target.x, y: target.y, ratio: Math.min(camera.getState().ratio, 0.6) }, { duration: 500 });
}

/** The status line and two data attributes the page's tests read. */
function summarise(graph: ViewGraph, state: ViewState, container: HTMLElement): void {
  const { nodes, edges } = countVisible(graph, state);
  status.textContent = `${nodes} of ${graph.order} entities · ${edges} of ${graph.size} links shown`;
  container.dataset.visibleNodes = String(nodes);
  container.dataset.visibleEdges = String(edges);
}

void start();
