import { describe, expect, it } from 'vitest';
import { extractText } from '../helpers.js';
import { findReport, REPORT_FORMS } from '../../src/relations/attribution.js';
import type { Extraction } from '../../src/types.js';

/** "head -type-> tail said by X" for every relation carrying a speaker. */
function attributed(extraction: Extraction): string[] {
  return extraction.relations
    .filter((r) => r.evidence.saidBy)
    .map((r) => `${r.head} -${r.type}-> ${r.tail} said by ${r.evidence.saidBy}`)
    .sort();
}

describe('reported speech: what was said belongs to the speaker', () => {
  it.each([
    ['speaker, apposition, listener, "that"',
      'The coalition met. Ryan Dillon, a coalition spokesman, told CNN that the Commandos of the Revolution had defected to the Syrian army.',
      ['group:commandos-of-the-revolution -defected_to-> organisation:syrian-army said by person:ryan-dillon']],
    ['speaker first, no "that"',
      'The Pentagon said on Monday the Houthis were supported by Iran.',
      ['place:iran -supports-> group:houthis said by organisation:pentagon']],
    ['statement first, then the speaker',
      '"Iran supports the Houthis," Ryan Dillon told reporters.',
      ['place:iran -supports-> group:houthis said by person:ryan-dillon']],
    ['inverted report',
      'The Houthis are backed by Iran, said Ryan Dillon, a coalition spokesman.',
      ['place:iran -supports-> group:houthis said by person:ryan-dillon']],
    ['according to, after the statement',
      'The Houthis were backed by Iran, according to Human Rights Watch.',
      ['place:iran -supports-> group:houthis said by organisation:human-rights-watch']],
    ['according to, before the statement',
      'According to Human Rights Watch, the Houthis were backed by Iran.',
      ['place:iran -supports-> group:houthis said by organisation:human-rights-watch']],
  ])('%s', (_, text, expected) => {
    expect(attributed(extractText(text))).toEqual(expected);
  });

  it.each([
    ['Ryan Dillon, a coalition spokesman, told CNN that the fighters had defected to the Syrian army.'],
    ['US Army Col. Ryan Dillon, a coalition spokesman, told CNN that the fighters had defected to the Syrian army.'],
  ])('keeps the statement on the report between speaker and listener: %s', (text) => {
    const extraction = extractText(text);
    const report = extraction.relations.find((r) => r.type === 'communicated_with');
    expect(report?.head).toBe('person:ryan-dillon');
    expect(report?.tail).toBe('organisation:cnn');
    expect(report?.evidence.statement).toBe('the fighters had defected to the Syrian army');
    // The report itself is the article's claim, not the speaker's.
    expect(report?.evidence.saidBy).toBeUndefined();
  });

  it.each([
    ['a plain statement of the article', 'Iran supports the Houthis.'],
    ['a relation outside the reported part', 'Ryan Dillon, who works for the Pentagon, said nothing.'],
    ['a report with nothing said', 'Ryan Dillon told CNN.'],
  ])('marks nothing in %s', (_, text) => {
    expect(attributed(extractText(text))).toEqual([]);
  });

  it('reads every example of every form', () => {
    for (const form of REPORT_FORMS) {
      expect(form.examples.length, form.id).toBeGreaterThan(0);
      expect(form.reason.length, form.id).toBeGreaterThan(10);
    }
    const slot = (n: number, type = 'person') => `⟦${n}:${type}:name⟧`;
    expect(findReport(` ${slot(0)} told ${slot(1, 'organisation')} that ${slot(2, 'group')} defected to ${slot(3, 'organisation')} . `)).toMatchObject({ form: 'speaker-verb-content', speaker: 0, listener: 1, verb: 'told' });
    expect(findReport(` " ${slot(2, 'group')} defected , " ${slot(0)} said . `)).toMatchObject({ form: 'content-speaker-verb', speaker: 0, listener: null });
    expect(findReport(` ${slot(2, 'group')} defected . `)).toBeNull();
  });
});

describe('reported speech in the graph files', () => {
  it('carries the speaker and the statement into the edge evidence and edges.csv', async () => {
    const { buildGraph } = await import('../../src/graph/index.js');
    const { toCSV } = await import('../../src/export/csv.js');
    const extraction = extractText('Ryan Dillon told CNN that the Houthis were backed by Iran.');
    const graph = buildGraph([extraction]);
    const edge = graph.findEdge((_, a) => a.type === 'supports');
    expect(edge && graph.getEdgeAttributes(edge).evidence[0]?.saidBy).toBe('person:ryan-dillon');
    const { edges } = toCSV(graph);
    const [header, ...rows] = edges.trim().split(/\r?\n/);
    expect(header?.endsWith(',evidence_said_by,evidence_statement')).toBe(true);
    expect(rows.some((row) => row.includes('supports') && row.endsWith(',person:ryan-dillon,'))).toBe(true);
    expect(rows.some((row) => row.includes('communicated_with') && row.endsWith(',the Houthis were backed by Iran'))).toBe(true);
  });
});
