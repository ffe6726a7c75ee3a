import { describe, expect, it } from 'vitest';
import { defaultState, formatHash, parseHash } from '../../viz/app/state.js';
import { MultiDirectedGraph } from 'graphology';
import { mostConnectedNeighbours, nodeShown } from '../../viz/app/visibility.js';
import { articleSteps } from '../../viz/app/controls.js';
import type { EdgeData, NodeData, ViewGraph } from '../../viz/app/load.js';

const entity = (docs: string[], type = 'person'): NodeData =>
  ({ label: 'X', type, aliases: [], mentions: docs.length, docs, degree: 1, pagerank: 0, x: 0, y: 0, size: 5, firstSeen: null, lastSeen: null }) as NodeData;

describe('the min-articles filter', () => {
  it('hides entities named in fewer articles, and nothing at 1', () => {
    const state = defaultState();
    expect(state.minArticles).toBe(1);
    // A graph file from elsewhere may list no articles: shown while the filter is off.
    expect(nodeShown(entity([]), state)).toBe(true);
    state.minArticles = 2;
    expect(nodeShown(entity(['a']), state)).toBe(false);
    expect(nodeShown(entity(['a', 'b']), state)).toBe(true);
    expect(nodeShown(entity([]), state)).toBe(false);
    // The other filters still apply.
    state.hiddenNodeTypes.add('person');
    expect(nodeShown(entity(['a', 'b']), state)).toBe(false);
  });

  it('is kept in the URL, and a malformed value keeps the default', () => {
    const state = defaultState();
    state.minArticles = 3;
    expect(formatHash(state)).toBe('#articles=3');
    expect(parseHash('#articles=3').minArticles).toBe(3);
    expect(parseHash('#articles=-4').minArticles).toBe(1);
    expect(parseHash('#articles=abc').minArticles).toBe(1);
    expect(parseHash('#articles=2.6').minArticles).toBe(3);
    expect(formatHash(defaultState())).toBe('');
  });
});

describe('the min-articles slider stops', () => {
  it('go one by one to 5, then by round numbers, and end at the largest count', () => {
    expect(articleSteps(1)).toEqual([1]);
    expect(articleSteps(4)).toEqual([1, 2, 3, 4]);
    expect(articleSteps(12)).toEqual([1, 2, 3, 4, 5, 6, 8, 10, 12]);
    const many = articleSteps(617);
    expect(many).toEqual([1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100, 120, 150, 200, 250, 300, 400, 500, 600, 617]);
  });
});

describe('the labelled neighbours of a hub', () => {
  const hub = () => {
    const graph = new MultiDirectedGraph<NodeData, EdgeData>();
    graph.addNode('place:hub', entity(['a']));
    for (let n = 0; n < 50; n++) {
      graph.addNode(`person:p${String(n).padStart(2, '0')}`, { ...entity(['a']), degree: n % 7 });
      graph.addDirectedEdgeWithKey(`e${n}`, `person:p${String(n).padStart(2, '0')}`, 'place:hub', { type: n === 48 ? 'cooccurs' : 'works_for', predicate: '', confidence: 1, weight: 1, evidence: [], method: 'test', firstSeen: null, lastSeen: null } as unknown as EdgeData);
    }
    return graph as unknown as ViewGraph;
  };

  it('are all of a small neighbourhood', () => {
    expect(mostConnectedNeighbours(hub(), 'place:hub', defaultState(), 60).size).toBe(49);
    const withCooccurrence = { ...defaultState(), hiddenEdgeTypes: new Set<string>() };
    expect(mostConnectedNeighbours(hub(), 'place:hub', withCooccurrence, 60).size).toBe(50);
  });

  it('are the most connected of a large one, ties by key, and only those joined by a visible edge', () => {
    const picked = [...mostConnectedNeighbours(hub(), 'place:hub', defaultState(), 10)];
    // Degrees cycle 0-6: the nodes of degree 6 but p48, whose only edge is a co-occurrence (hidden by default), then the first of degree 5.
    expect(picked).toEqual(['person:p06', 'person:p13', 'person:p20', 'person:p27', 'person:p34', 'person:p41', 'person:p05', 'person:p12', 'person:p19', 'person:p26']);
  });
});
