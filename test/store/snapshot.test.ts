import { describe, expect, it } from 'vitest';
import { addExtractions, loadExtractions, readPositions, readSnapshot, savePositions } from '../../src/store/index.js';
import { readDecisions, recordDecision } from '../../src/store/decisions.js';
import { article, newStore } from './fixtures.js';

describe('readSnapshot', () => {
  it('gives what the three readers give one by one', () => {
    const store = newStore();
    addExtractions(store, [article(0), article(1), article(2)]);
    const [first, second] = loadExtractions(store).flatMap((e) => e.entities.map((entity) => entity.key)).slice(0, 2);
    recordDecision(store, { action: 'reject', keys: [first!, second!] });
    savePositions(store, new Map([[first!, { x: 1, y: 2 }]]));
    const snapshot = readSnapshot(store, { positions: true });
    expect(snapshot.extractions).toEqual(loadExtractions(store));
    expect(snapshot.decisions).toEqual(readDecisions(store));
    expect(snapshot.decisions.decisions).toHaveLength(1);
    expect(snapshot.kept).toEqual(readPositions(store));
    expect(snapshot.kept.size).toBe(1);
    expect(readSnapshot(store, { positions: false }).kept.size).toBe(0);
    store.close();
  });

  it('reads every table inside one transaction, so a write committed meanwhile cannot split it', () => {
    const store = newStore();
    addExtractions(store, [article(3)]);
    savePositions(store, new Map([['person:someone', { x: 0, y: 0 }]]));
    const { db } = store;
    const reads: boolean[] = [];
    const prepare = db.prepare.bind(db);
    // Every statement the readers prepare notes whether a transaction is open when it runs.
    db.prepare = ((sql: string) => {
      const statement = prepare(sql);
      for (const run of ['all', 'get'] as const) {
        const original = statement[run].bind(statement) as (...args: unknown[]) => unknown;
        (statement as unknown as Record<string, unknown>)[run] = (...args: unknown[]) => {
          reads.push(db.inTransaction);
          return original(...args);
        };
      }
      return statement;
    }) as typeof db.prepare;
    readSnapshot(store, { positions: true });
    expect(reads.length).toBeGreaterThanOrEqual(6);
    expect(reads.every(Boolean)).toBe(true);
    db.prepare = prepare;
    store.close();
  });
});
