import { describe, expect, it } from 'vitest';
import { EDGE_ATTRIBUTE_ORDER, EDGE_LISTS, EVIDENCE_ORDER, NODE_ATTRIBUTE_ORDER, canonicalEdgeAttributes, canonicalValue } from '../../src/export/canonical.js';
import { canonicalCompactText, canonicalText, compactItemText } from '../../src/export/canonical-text.js';
import { SharedItems } from '../../src/export/shared-items.js';
import { canonicalJsonForXml, escapedListJson } from '../../src/export/attribute-model.js';
import { escapeXmlAttribute, escapeXmlText } from '../../src/export/xml.js';

/** What the text must equal: the canonical copy, stringified, indented to `indent`. */
function reference(value: unknown, indent: string, copy: unknown = canonicalValue(value)): string | undefined {
  return JSON.stringify(copy, null, 2)?.replace(/\n/g, `\n${indent}`);
}

const awkward: unknown[] = [
  null,
  0,
  -0,
  1e21,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  '',
  'line\nbreak "quoted" \u2028 \ud800 é',
  [],
  {},
  [[], [{}], [1, [2, [3]]]],
  { b: 1, a: { d: [], c: {} }, e: undefined, f: () => 1, g: [undefined, () => 1, Symbol('s')] },
  // eslint-disable-next-line no-sparse-arrays
  [1, , 3],
  { z: { y: { x: { w: 'deep' } } }, '': 'empty key', '10': 'number-like', '9': 'keys', '4294967295': 'not an index', '01': 'nor this' },
  new Date(0),
];

describe('canonicalText', () => {
  it('writes what JSON.stringify writes of the canonical copy, at any depth', () => {
    for (const value of awkward) {
      for (const indent of ['', '    ', '      ']) expect(canonicalText(value, indent), JSON.stringify(value)).toBe(reference(value, indent));
    }
  });

  it('gives undefined where JSON.stringify does', () => {
    expect(canonicalText(undefined, '')).toBeUndefined();
    expect(canonicalText(() => 1, '')).toBeUndefined();
  });

  it('puts contract attributes first and evidence items in their own order', () => {
    const edge = {
      zeta: 1,
      weight: 2,
      evidence: [{ text: 'Said so.', sentence: 3, doc: 'a', extra: { b: 1, a: 2 }, end: 9, start: 1 }, 'odd', [{ y: 1, x: 2 }]],
      type: 'supports',
      alpha: [{ b: 1, a: 2 }],
      confidence: 0.5,
    };
    const text = canonicalText(edge, '      ', EDGE_ATTRIBUTE_ORDER, EDGE_LISTS);
    expect(text).toBe(reference(edge, '      ', canonicalEdgeAttributes(edge)));
    expect(text!.indexOf('"type"')).toBeLessThan(text!.indexOf('"evidence"'));
    expect(text!.indexOf('"doc"')).toBeLessThan(text!.indexOf('"text"'));
    const node = { y: 2, x: 1, label: 'A', extra: { b: 1, a: 2 } };
    expect(canonicalText(node, '', NODE_ATTRIBUTE_ORDER)).toBe(reference(node, '', canonicalValue(node, NODE_ATTRIBUTE_ORDER)));
  });

  it('writes compact JSON of the canonical copy, with the item order of a list', () => {
    for (const value of awkward) expect(canonicalCompactText(value), JSON.stringify(value)).toBe(JSON.stringify(canonicalValue(value)));
    const evidence = [{ text: 'Said so.', sentence: 3, doc: 'a', extra: { b: 1, a: 2 }, end: 9, start: 1 }, 'odd', [{ y: 1, x: 2 }]];
    expect(canonicalCompactText(evidence, EVIDENCE_ORDER)).toBe(JSON.stringify(canonicalEdgeAttributes({ evidence }).evidence));
    expect(canonicalCompactText(evidence, EVIDENCE_ORDER)!.startsWith('[{"doc":"a","sentence":3,"start":1,"end":9,"text":"Said so.","extra":{"a":2,"b":1}}')).toBe(true);
  });

  // Items shared by many lists (an evidence sentence by the edges it supports) are written once per file.
  const shared = { text: 'He said "<yes> & no"\u0001 \ud83d\ude00 \ud800 \uFFFE', sentence: 3, doc: 'a&b', end: 9, start: 1, extra: { b: 1, a: 2 } };
  const lists = [[shared, 'odd', shared], [{ ...shared }, null, 7, [shared]], [shared], []];

  it('writes a shared item as it would write it afresh, in pretty and compact lists', () => {
    const items = new SharedItems(lists);
    for (const evidence of lists) {
      const edge = { type: 'cooccurs', evidence };
      expect(canonicalText(edge, '      ', EDGE_ATTRIBUTE_ORDER, EDGE_LISTS, items)).toBe(canonicalText(edge, '      ', EDGE_ATTRIBUTE_ORDER, EDGE_LISTS));
    }
    expect(items.held).toBe(0);
    for (const item of [shared, 'odd', null, 7, [shared]]) {
      expect(compactItemText(item, EVIDENCE_ORDER)).toBe(canonicalCompactText([item], EVIDENCE_ORDER)!.slice(1, -1));
    }
  });

  it('escapes a list item by item exactly as the whole list, for attributes and for text', () => {
    for (const escape of [escapeXmlAttribute, escapeXmlText]) {
      const items = new SharedItems(lists);
      for (const evidence of lists) {
        expect(escapedListJson(evidence, EVIDENCE_ORDER, escape, items)).toBe(escape(canonicalJsonForXml(evidence, EVIDENCE_ORDER)));
      }
      expect(items.held).toBe(0);
    }
  });

  it('throws on a bigint, as JSON.stringify does', () => {
    expect(() => canonicalText({ n: 1n }, '')).toThrow(TypeError);
  });
});
