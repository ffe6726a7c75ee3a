import { describe, expect, it } from 'vitest';
import { MODEL_RELATION_TYPES, modelRelationsOf, type SentenceSlot } from '../../src/relations/model-relations.js';
import type { SpertSentence } from '../../src/re/spert.js';
import { trainRelations } from '../../src/re/train.js';
import type { Doc, Entity, EntityType, Mention, Relation, Sentence } from '../../src/types.js';

// A tiny classifier that reads "toils at" as working for: no pattern knows that verb.
const toils = (a: string, b: string, related: boolean): SpertSentence => ({
  tokens: [a, related ? 'toils' : 'sued', related ? 'at' : 'the', b, '.'],
  entities: [
    { type: 'Peop', start: 0, end: 1 },
    { type: 'Org', start: 3, end: 4 },
  ],
  relations: related ? [{ type: 'Work_For', head: 0, tail: 1 }] : [],
});
const { model } = trainRelations([toils('Ann', 'IBM', true), toils('Bob', 'Sony', true), toils('Cy', 'Ford', false), toils('Di', 'Exxon', false)], { epochs: 5, seed: 1, biases: [] });

const TEXT = 'Kim toils at Acme .';
const doc: Doc = { id: 'd', format: 'text', text: TEXT, meta: {}, zones: [{ kind: 'body', start: 0, end: TEXT.length }] } as unknown as Doc;
const words = TEXT.split(' ');
let at = 0;
const sentence: Sentence = {
  index: 0,
  start: 0,
  end: TEXT.length,
  zone: 'body',
  tokens: words.map((text) => {
    const start = TEXT.indexOf(text, at);
    at = start + text.length;
    return { text, start, end: at };
  }),
};
const slot = (text: string, type: EntityType, key: string): SentenceSlot => {
  const start = TEXT.indexOf(text);
  const mention: Mention = { start, end: start + text.length, text, type, sentence: 0, score: 1, method: 'test', form: 'name' };
  const entity: Entity = { key, label: text, type, aliases: [text], mentions: [0], merges: [] };
  return { mention, entity };
};
const slots = [slot('Kim', 'person', 'person:kim'), slot('Acme', 'organisation', 'organisation:acme')];

describe('model relations in the article pipeline', () => {
  it('adds a relation the patterns miss, with the sentence as evidence', () => {
    const found = modelRelationsOf(doc, sentence, slots, [], model, 0.5);
    expect(found).toHaveLength(1);
    const [r] = found;
    expect(r).toMatchObject({ head: 'person:kim', tail: 'organisation:acme', type: 'works_for', method: 'model:re', predicate: 'toils at' });
    expect(r?.evidence).toEqual({ doc: 'd', sentence: 0, start: 0, end: TEXT.length, text: TEXT });
    expect(r?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(r?.confidence).toBeLessThanOrEqual(1);
  });

  it('adds nothing where a pattern already gave the same head, tail and type in that sentence', () => {
    const pattern: Relation = { head: 'person:kim', tail: 'organisation:acme', type: 'works_for', predicate: 'toils at', evidence: { doc: 'd', sentence: 0, start: 0, end: TEXT.length, text: TEXT }, confidence: 0.8, method: 'pattern:test' };
    expect(modelRelationsOf(doc, sentence, slots, [pattern], model, 0.5)).toEqual([]);
    // The same relation from another sentence does not block this one.
    const elsewhere = { ...pattern, evidence: { ...pattern.evidence, sentence: 3 } };
    expect(modelRelationsOf(doc, sentence, slots, [elsewhere], model, 0.5)).toHaveLength(1);
  });

  it('needs two named mentions and keeps to the threshold', () => {
    expect(modelRelationsOf(doc, sentence, slots.slice(0, 1), [], model, 0.5)).toEqual([]);
    const nominal = [slots[0]!, { ...slots[1]!, mention: { ...slots[1]!.mention, form: 'nominal' as const } }];
    expect(modelRelationsOf(doc, sentence, nominal, [], model, 0.5)).toEqual([]);
    expect(modelRelationsOf(doc, sentence, slots, [], model, 1.01)).toEqual([]);
  });

  it('maps every classifier label to a relation type of ours', () => {
    expect(Object.keys(MODEL_RELATION_TYPES).sort()).toEqual(['Kill', 'Live_In', 'Located_In', 'OrgBased_In', 'Work_For']);
  });
});
