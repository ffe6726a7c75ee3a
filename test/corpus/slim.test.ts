import { describe, expect, it } from 'vitest';
import { assembleGraph } from '../../src/corpus/assemble.js';
import { extractAll } from '../../src/corpus/extract-all.js';
import { shareEvidenceText, slimExtraction } from '../../src/corpus/slim.js';
import { toJSON } from '../../src/export/json.js';
import { ingest } from '../../src/ingest/index.js';
import { extract } from '../../src/pipeline.js';
import type { Doc, Relation } from '../../src/types.js';
import { articleText } from './articles.js';

// Half of them dated, so evidence dates and first/last seen are built too.
const docs: Doc[] = Array.from({ length: 8 }, (_, n) => {
  const doc = ingest({ content: articleText(n), id: `doc-${n}`, format: 'text' });
  return n % 2 === 0 ? { ...doc, meta: { ...doc.meta, date: `2024-03-0${n + 1}` } } : doc;
});
const full = docs.map((doc) => extract(doc));

describe('slimExtraction', () => {
  it('drops the text, sentences, mentions and (unless asked) decisions and zones', () => {
    const slim = slimExtraction(full[0]!, { keepDecisions: false });
    expect(full[0]!.sentences.length).toBeGreaterThan(0);
    expect(full[0]!.decisions.length).toBeGreaterThan(0);
    expect(slim.sentences).toEqual([]);
    expect(slim.mentions).toEqual([]);
    expect(slim.decisions).toEqual([]);
    expect(slim.doc.text).toBe('');
    expect(slim.doc.zones).toEqual([]);
    expect(slim.doc.id).toBe(full[0]!.doc.id);
    expect(slim.doc.meta).toEqual(full[0]!.doc.meta);
    expect(slim.entities).toEqual(full[0]!.entities);
    expect(slim.relations).toEqual(full[0]!.relations);
  });

  it('keeps decisions and zones for --verbose', () => {
    const slim = slimExtraction(full[0]!, { keepDecisions: true });
    expect(slim.decisions).toEqual(full[0]!.decisions);
    expect(slim.doc.zones).toEqual(full[0]!.doc.zones);
  });

  it('builds the same graph, byte for byte, as the whole extractions', () => {
    const slim = full.map((e) => slimExtraction(e, { keepDecisions: false }));
    expect(toJSON(assembleGraph(slim).graph)).toBe(toJSON(assembleGraph(full).graph));
    expect(toJSON(assembleGraph(slim, { acrossArticles: false, uncertain: true }).graph)).toBe(
      toJSON(assembleGraph(full, { acrossArticles: false, uncertain: true }).graph),
    );
  });

  it.each([1, 3])('comes the same from extractAll with %i job(s), and builds the same graph', async (jobs) => {
    const result = await extractAll(docs, { jobs, rulesOnly: false, slim: { keepDecisions: false } });
    const whole = await extractAll(docs, { jobs: 1, rulesOnly: false });
    expect(result.extractions.map((e) => e.sentences.length + e.mentions.length + e.doc.text.length)).toEqual(docs.map(() => 0));
    expect(toJSON(assembleGraph(result.extractions).graph)).toBe(toJSON(assembleGraph(whole.extractions).graph));
  });
});

describe('shareEvidenceText', () => {
  const relation = (sentence: number, text: string): Relation => ({
    head: 'person:a',
    tail: 'place:b',
    type: 'cooccurs',
    predicate: '',
    evidence: { doc: 'd', sentence, start: 0, end: text.length, text },
    confidence: 0.5,
    method: 'cooccurrence',
  });

  it('changes no value, and leaves a differing text of the same sentence alone', () => {
    const relations = [relation(0, 'One sentence.'), relation(0, 'One sentence.'), relation(1, 'Another.'), relation(0, 'Odd one.')];
    const before = structuredClone(relations);
    shareEvidenceText(relations);
    expect(relations).toEqual(before);
  });
});
