import { describe, expect, it } from 'vitest';
import { evidenceCell } from '../../../src/query/format/evidence-cell.js';
import type { EdgeRecord } from '../../../src/query/graph-types.js';

const edge = (evidence: EdgeRecord['evidence']): EdgeRecord =>
  ({ key: 'e', source: 'a', target: 'b', sourceLabel: 'A', targetLabel: 'B', type: 'supports', predicate: 'backed', confidence: 0.8, weight: evidence.length, method: 'pattern:x', evidence }) as EdgeRecord;
const sentence = (text: string, saidBy?: string) => ({ doc: 'd', sentence: 0, start: 0, end: text.length, text, ...(saidBy ? { saidBy } : {}) });

describe('the evidence cell of a query table', () => {
  it('shows the first sentence and how many more there are', () => {
    expect(evidenceCell(edge([sentence('Iran backs the Houthis.'), sentence('Again.')]))).toBe('(+1) Iran backs the Houthis.');
  });

  it('says whose claim a reported sentence is', () => {
    expect(evidenceCell(edge([sentence('Iran backs the Houthis, Dillon said.', 'person:ryan-dillon')]))).toBe('[said by person:ryan-dillon] Iran backs the Houthis, Dillon said.');
  });

  it('names the method when there is no sentence', () => {
    expect(evidenceCell(edge([]))).toBe('(pattern:x)');
  });
});
