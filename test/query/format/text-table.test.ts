import { describe, expect, it } from 'vitest';
import { formatTable, truncate } from '../../../src/query/format/text-table.js';

describe('formatTable', () => {
  it('aligns columns two spaces apart and leaves no trailing spaces', () => {
    expect(formatTable(['A', 'BEE', 'C'], [['long cell', 'x', ''], ['y', 'z', 'end']])).toBe('A          BEE  C\nlong cell  x\ny          z    end\n');
  });

  it('cuts the last column to fit the width with an ellipsis', () => {
    const table = formatTable(['NAME', 'TEXT'], [['Syria', 'a sentence much longer than the line can hold']], { width: 30 });
    expect(table.split('\n')[1]).toBe('Syria  a sentence much longer…');
  });

  it('narrows other columns when they alone would overflow', () => {
    const table = formatTable(['ONE', 'TWO', 'TEXT'], [['x'.repeat(30), 'y'.repeat(30), 'z'.repeat(30)]], { width: 40 });
    for (const line of table.trimEnd().split('\n')) expect([...line].length).toBeLessThanOrEqual(40);
  });

  it('makes every cell printable', () => {
    expect(formatTable(['A'], [['x\u001b[31m\ny']])).toBe('A\nx[31m y\n');
  });
});

describe('truncate', () => {
  it.each([
    ['Marjanović', 20, 'Marjanović'],
    ['Marjanović', 10, 'Marjanović'],
    ['Marjanović', 6, 'Marja…'],
    ['abc', 1, '…'],
  ])('%j to %i → %j', (text, width, expected) => {
    expect(truncate(text, width)).toBe(expected);
  });
});
