// Golden fixtures: whole articles beside the summary the extractor gives.
// `npx tsx scripts/update-fixtures.ts` rewrites the summaries; review the diff.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/index.js';
import { extract } from '../../src/pipeline.js';
import { loadRecogniser } from '../../src/io/recogniser.js';

export const FIXTURE_ROOT = new URL('../fixtures/articles/', import.meta.url).pathname;

export interface Fixture {
  name: string;
  input: string;
}

export const SEED = new URL('../../seeds/000_c61f085763ff7fbd.txt', import.meta.url).pathname;

/** Each fixture folder holds input.* and expected.json; the seed's input stays in seeds/. */
export function fixtures(): Fixture[] {
  return readdirSync(FIXTURE_ROOT)
    .sort()
    .map((name) => {
      const input = readdirSync(join(FIXTURE_ROOT, name)).find((f) => f.startsWith('input.'));
      return { name, input: input ? join(FIXTURE_ROOT, name, input) : SEED };
    });
}

export const expectedPath = (fixture: Fixture) => join(FIXTURE_ROOT, fixture.name, 'expected.json');

/** What a reviewer reads in a fixture diff: entities and relations, with their evidence sentence. */
export function summarise(path: string) {
  const doc = ingest({ content: readFileSync(path), path });
  const extraction = extract(doc, { recogniser: loadRecogniser() });
  return {
    meta: doc.meta,
    entities: extraction.entities.map((e) => ({ key: e.key, label: e.label, type: e.type, aliases: e.aliases, mentions: e.mentions.length })),
    relations: extraction.relations
      .filter((r) => r.type !== 'cooccurs')
      .map((r) => ({
        head: r.head,
        type: r.type,
        predicate: r.predicate,
        tail: r.tail,
        ...(r.negated ? { negated: true } : {}),
        ...(r.hedged ? { hedged: true } : {}),
        method: r.method,
        sentence: r.evidence.text,
      })),
  };
}
