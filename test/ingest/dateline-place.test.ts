import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';

describe('dateline with a place', () => {
  it.each([
    ['Paris, 14 March 2023', undefined],
    ['Moscow, March 3, 2021', undefined],
    ['Global Research, August 12, 2017', 'Global Research'],
  ])('%s', (line, outlet) => {
    const doc = ingest({ content: `A headline\n\nBy Claire Dubois\n\n${line}\n\nThe story starts here and goes on.`, format: 'text' });
    expect(doc.meta.outlet).toBe(outlet);
    expect(doc.meta.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
