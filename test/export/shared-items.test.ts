import { describe, expect, it } from 'vitest';
import { SharedItems } from '../../src/export/shared-items.js';

describe('SharedItems', () => {
  const a = { n: 'a' };
  const b = { n: 'b' };

  it('renders an item counted several times once, and holds it only until its last use', () => {
    const items = new SharedItems([[a, b], [a], 'not a list', [a, 'text', null]]);
    const rendered: string[] = [];
    const render = (item: unknown) => {
      rendered.push(JSON.stringify(item));
      return `<${JSON.stringify(item)}>`;
    };
    expect(items.text(a, render)).toBe('<{"n":"a"}>');
    expect(items.held).toBe(1);
    expect(items.text(b, render)).toBe('<{"n":"b"}>');
    // b had one use: rendered, not held.
    expect(items.held).toBe(1);
    expect(items.text(a, render)).toBe('<{"n":"a"}>');
    expect(items.text(a, render)).toBe('<{"n":"a"}>');
    expect(items.held).toBe(0);
    expect(rendered).toEqual(['{"n":"a"}', '{"n":"b"}']);
  });

  it('renders anything uncounted, and primitives, at each use', () => {
    const items = new SharedItems([[a]]);
    let calls = 0;
    const render = (item: unknown) => `${++calls}:${String(item)}`;
    expect(items.text('text', render)).toBe('1:text');
    expect(items.text('text', render)).toBe('2:text');
    const uncounted = {};
    expect(items.text(uncounted, render)).toBe('3:[object Object]');
    expect(items.text(uncounted, render)).toBe('4:[object Object]');
    expect(items.held).toBe(0);
  });
});
