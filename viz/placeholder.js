// The placeholder viewer: fetches /graph.json and shows it as a summary and
// two sortable tables. Every name and sentence comes from untrusted articles,
// so text goes into the page through textContent only, never as HTML.
'use strict';

(function main() {
  /** Rows drawn per table; a filter narrows the rest. */
  const MAX_ROWS = 500;

  const state = {
    graph: null,
    filter: '',
    show: { cooccurs: false, negated: false, hedged: false },
    nodeSort: { column: 'mentions', descending: true },
    relationSort: { column: 'confidence', descending: true },
  };

  const byId = (id) => document.getElementById(id);

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function fold(text) {
    return String(text ?? '')
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase();
  }

  function compare(a, b) {
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    const left = fold(a);
    const right = fold(b);
    return left < right ? -1 : left > right ? 1 : 0;
  }

  function showError(message) {
    const status = byId('status');
    status.textContent = message;
    status.className = 'error';
  }

  async function load() {
    let response;
    try {
      response = await fetch('graph.json', { headers: { Accept: 'application/json' } });
    } catch (error) {
      return showError(`Could not fetch graph.json: ${error.message}`);
    }
    if (!response.ok) return showError(`Could not fetch graph.json: HTTP ${response.status}`);
    let data;
    try {
      data = await response.json();
    } catch (error) {
      return showError(`graph.json is not valid JSON: ${error.message}`);
    }
    if (!data || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) return showError('graph.json has no "nodes" and "edges" arrays.');
    state.graph = prepare(data);
    byId('status').textContent = `${state.graph.nodes.length} entities, ${state.graph.edges.length} edges.`;
    byId('content').hidden = false;
    renderSummary();
    render();
  }

  /** Flattens the graphology export into rows the tables can sort. */
  function prepare(data) {
    const labels = new Map();
    const nodes = data.nodes.map((node) => {
      const a = node.attributes || {};
      labels.set(node.key, a.label ?? node.key);
      return {
        key: node.key,
        label: a.label ?? node.key,
        type: a.type ?? '',
        aliases: Array.isArray(a.aliases) ? a.aliases.filter((alias) => alias !== a.label).join('; ') : '',
        mentions: Number(a.mentions ?? 0),
        degree: Number(a.degree ?? 0),
        pagerank: Number(a.pagerank ?? 0),
      };
    });
    const edges = data.edges.map((edge) => {
      const a = edge.attributes || {};
      const evidence = Array.isArray(a.evidence) ? a.evidence : [];
      return {
        key: edge.key,
        head: labels.get(edge.source) ?? edge.source,
        tail: labels.get(edge.target) ?? edge.target,
        type: a.type ?? '',
        predicate: a.predicate ?? '',
        confidence: Number(a.confidence ?? 0),
        count: evidence.length,
        evidence: evidence[0] ? `${evidence[0].text ?? ''} [${evidence[0].doc ?? ''}]` : `(${a.method ?? 'no evidence'})`,
        symmetric: a.symmetric === true,
        negated: a.negated === true,
        hedged: a.hedged === true,
      };
    });
    const attributes = data.attributes || {};
    return { nodes, edges, docs: Array.isArray(attributes.docs) ? attributes.docs : [] };
  }

  function renderSummary() {
    const { nodes, edges, docs } = state.graph;
    const summary = byId('summary');
    summary.replaceChildren();
    const add = (term, value) => {
      summary.append(element('dt', term), element('dd', value));
    };
    add('Entities', nodes.length);
    for (const [type, count] of countBy(nodes, 'type')) add(`– ${type}`, count);
    add('Edges', edges.length);
    for (const [type, count] of countBy(edges, 'type')) add(`– ${type}`, count);
    add('Documents', docs.length);

    const list = byId('documents');
    list.replaceChildren();
    for (const doc of docs) {
      const item = element('li');
      const title = doc.title || doc.id;
      const link = safeLink(doc.url);
      if (link) {
        const anchor = element('a', title);
        anchor.href = link;
        anchor.rel = 'noopener noreferrer';
        item.append(anchor);
      } else {
        item.append(element('span', title));
      }
      const details = [doc.author, doc.outlet || doc.source, doc.date].filter(Boolean).join(' · ');
      if (details) item.append(element('span', ` — ${details}`, 'note'));
      list.append(item);
    }
  }

  /** Only web links: a javascript: or data: URL from an article must not become clickable. */
  function safeLink(url) {
    try {
      const parsed = new URL(String(url));
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch {
      return null;
    }
  }

  function countBy(rows, field) {
    const counts = new Map();
    for (const row of rows) counts.set(row[field], (counts.get(row[field]) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]));
  }

  function render() {
    const needle = fold(state.filter.trim());
    const matches = (...fields) => needle === '' || fields.some((field) => fold(field).includes(needle));

    const nodes = state.graph.nodes.filter((node) => matches(node.label, node.aliases, node.key));
    drawTable(byId('nodes'), byId('nodes-note'), nodes, state.nodeSort, [
      { column: 'label', title: 'Entity', cell: (row) => nameButton(row.label) },
      { column: 'type', title: 'Type' },
      { column: 'aliases', title: 'Also called' },
      { column: 'mentions', title: 'Mentions', number: true },
      { column: 'degree', title: 'Degree', number: true },
      { column: 'pagerank', title: 'PageRank', number: true, format: (value) => value.toFixed(4) },
    ]);

    const edges = state.graph.edges.filter(
      (edge) =>
        (state.show.cooccurs || edge.type !== 'cooccurs') &&
        (state.show.negated || !edge.negated) &&
        (state.show.hedged || !edge.hedged) &&
        matches(edge.head, edge.tail, edge.predicate, edge.evidence, edge.type),
    );
    drawTable(byId('relations'), byId('relations-note'), edges, state.relationSort, [
      { column: 'head', title: 'Head', cell: (row) => nameButton(row.head) },
      { column: 'type', title: 'Relation', cell: relationCell },
      { column: 'tail', title: 'Tail', cell: (row) => nameButton(row.tail) },
      { column: 'predicate', title: 'Predicate' },
      { column: 'confidence', title: 'Confidence', number: true, format: (value) => value.toFixed(2) },
      { column: 'count', title: 'Sentences', number: true },
      { column: 'evidence', title: 'Evidence', className: 'evidence' },
    ]);
  }

  function relationCell(row) {
    const cell = element('span', row.symmetric ? `${row.type} ↔` : `${row.type} →`);
    if (row.negated) cell.append(element('span', 'denied', 'flag'));
    if (row.hedged) cell.append(element('span', 'hedged', 'flag'));
    return cell;
  }

  /** A name that, clicked, becomes the filter. */
  function nameButton(name) {
    const button = element('button', name, 'name');
    button.type = 'button';
    button.addEventListener('click', () => {
      byId('filter').value = name;
      state.filter = name;
      render();
    });
    return button;
  }

  function drawTable(table, note, rows, sort, columns) {
    const sorted = [...rows].sort((a, b) => {
      const order = compare(a[sort.column], b[sort.column]);
      return (sort.descending ? -order : order) || compare(a.key, b.key);
    });
    const head = element('thead');
    const headRow = element('tr');
    for (const spec of columns) {
      const th = element('th', spec.title);
      th.scope = 'col';
      if (spec.column === sort.column) th.setAttribute('aria-sort', sort.descending ? 'descending' : 'ascending');
      th.addEventListener('click', () => {
        if (sort.column === spec.column) sort.descending = !sort.descending;
        else Object.assign(sort, { column: spec.column, descending: Boolean(spec.number) });
        render();
      });
      headRow.append(th);
    }
    head.append(headRow);

    const body = element('tbody');
    for (const row of sorted.slice(0, MAX_ROWS)) {
      const tr = element('tr');
      for (const spec of columns) {
        const td = element('td', undefined, spec.number ? 'number' : spec.className);
        if (spec.cell) td.append(spec.cell(row));
        else td.textContent = spec.format ? spec.format(row[spec.column]) : String(row[spec.column] ?? '');
        tr.append(td);
      }
      body.append(tr);
    }
    table.replaceChildren(head, body);
    note.textContent = sorted.length > MAX_ROWS ? `Showing ${MAX_ROWS} of ${sorted.length}; filter to narrow.` : `${sorted.length} shown.`;
  }

  function bindControls() {
    byId('filter').addEventListener('input', (event) => {
      state.filter = event.target.value;
      render();
    });
    for (const flag of ['cooccurs', 'negated', 'hedged']) {
      byId(`show-${flag}`).addEventListener('change', (event) => {
        state.show[flag] = event.target.checked;
        render();
      });
    }
  }

  bindControls();
  load();
})();
