import { describe, expect, it } from 'vitest';
import { fitToView, nodeSize, type SizeScale } from '../../viz/app/look.js';
import { sizeForDegree } from '../../src/export/palette.js';
import type { NodeData } from '../../viz/app/load.js';

const node = (degree: number, pagerank = 0): NodeData => ({ degree, pagerank }) as NodeData;

describe('fitting the nodes to the view', () => {
  it('leaves a graph whose discs fit alone', () => {
    // Forty nodes of degree 4 (8 px): about 8,000 px² of discs in a 1,000 x 700 view.
    expect(fitToView(Array.from({ length: 40 }, () => sizeForDegree(4)), 1000 * 700)).toBe(1);
  });

  it('brings a corpus down to 15% of the view', () => {
    const sizes = Array.from({ length: 6000 }, (_, n) => sizeForDegree(n % 50));
    const fit = fitToView(sizes, 1000 * 700);
    expect(fit).toBeLessThan(0.5);
    const covered = sizes.reduce((sum, size) => sum + Math.PI * (size * fit) ** 2, 0);
    expect(covered / (1000 * 700)).toBeCloseTo(0.15, 6);
  });

  it('changes nothing while the view has no size yet', () => {
    expect(fitToView([100, 100, 100], 0)).toBe(1);
    expect(fitToView([100, 100, 100], Number.NaN)).toBe(1);
  });

  it('scales degree and PageRank sizes alike, never under 1.5 px', () => {
    const scale: SizeScale = { maxPagerank: 0.5, maxDegreeSize: sizeForDegree(100), fit: 0.25 };
    expect(nodeSize(node(100), 'degree', scale)).toBeCloseTo(sizeForDegree(100) / 4, 6);
    expect(nodeSize(node(0, 0.5), 'pagerank', scale)).toBeCloseTo(sizeForDegree(100) / 4, 6);
    expect(nodeSize(node(0), 'degree', scale)).toBe(1.5);
    expect(nodeSize(node(9), 'degree', { ...scale, fit: 1 })).toBe(sizeForDegree(9));
  });
});
