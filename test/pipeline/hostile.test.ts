// Inputs built to be slow or hostile. Each must finish well inside the test
// timeout (an earlier all-pairs resolution took minutes on 40 KB) and give a
// clean result.
import { describe, expect, it } from 'vitest';
import { extractText } from '../helpers.js';
import { buildGraph } from '../../src/graph/index.js';
import { toGEXF } from '../../src/export/index.js';
import { MAX_PATTERN_TOKENS } from '../../src/relations/index.js';

const CITIES = ['Moscow', 'Paris', 'Berlin', 'Damascus', 'Tehran', 'Baghdad', 'Cairo', 'Lagos', 'Tokyo', 'Lima'];

describe('hostile and oversized input', () => {
  it('reads one sentence listing 5,000 places without pairing them all', () => {
    const list = Array.from({ length: 5000 }, (_, i) => CITIES[i % CITIES.length]).join(' , ');
    const extraction = extractText(`${list} and Rome attacked ISIS.`);
    expect(extraction.entities.length).toBe(CITIES.length + 2);
    expect(extraction.relations.filter((r) => r.type !== 'cooccurs')).toEqual([]);
    expect(extraction.decisions.some((d) => d.rule === 'long-sentence')).toBe(true);
    expect(extraction.sentences[0]!.tokens.length).toBeGreaterThan(MAX_PATTERN_TOKENS);
  });

  it('resolves an article with thousands of distinct names', () => {
    const sentences = Array.from({ length: 3000 }, (_, i) => `Anna Berg${String.fromCharCode(97 + (i % 26))}${Math.floor(i / 26)} told Reuters in ${CITIES[i % 10]} that the talks failed.`);
    const extraction = extractText(sentences.join(' '));
    expect(extraction.entities.length).toBeGreaterThan(10);
    expect(extraction.relations.some((r) => r.type === 'communicated_with')).toBe(true);
  });

  it('keeps markup, control characters and right-to-left text as plain text', () => {
    const text = 'Ryan Dillon told CNN that <img src=x onerror=alert(1)> and <script>alert(2)</script> were found\u0007 near \u202eDamascus.';
    const extraction = extractText(text);
    const told = extraction.relations.find((r) => r.type === 'communicated_with')!;
    expect(told.evidence.text).toContain('<img src=x onerror=alert(1)>');
    const gexf = toGEXF(buildGraph([extraction]));
    expect(gexf).not.toContain('<img');
    expect(gexf).not.toContain('<script>');
    expect(gexf).not.toContain('\u0007');
  });
});
