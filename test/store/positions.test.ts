import { describe, expect, it } from 'vitest';
import { readPositions, savePositions } from '../../src/store/positions.js';
import { addExtractions } from '../../src/store/index.js';
import { article, newStore, rowCounts, snapshot } from './fixtures.js';

const at = (x: number, y: number) => ({ x, y });

describe('positions kept in the store', () => {
  it('has none until the first save, then gives back what was saved', () => {
    const store = newStore();
    expect(readPositions(store).size).toBe(0);
    const saved = savePositions(store, new Map([['person:a', at(1.5, -2)], ['place:b', at(0, 3.25)]]));
    expect(saved).toEqual({ added: 2, dropped: 0 });
    expect(readPositions(store)).toEqual(new Map([['person:a', at(1.5, -2)], ['place:b', at(0, 3.25)]]));
    store.close();
  });

  it('never moves a kept position, adds the new ones and drops those of nodes gone', () => {
    const store = newStore();
    savePositions(store, new Map([['person:a', at(1, 1)], ['place:b', at(2, 2)], ['group:c', at(3, 3)]]));
    const saved = savePositions(store, new Map([['person:a', at(9, 9)], ['person:new', at(4, 4)]]), { alsoLive: ['group:c'] });
    expect(saved).toEqual({ added: 1, dropped: 1 });
    expect(readPositions(store)).toEqual(new Map([['person:a', at(1, 1)], ['group:c', at(3, 3)], ['person:new', at(4, 4)]]));
    store.close();
  });

  it('replaces every position on a fresh layout', () => {
    const store = newStore();
    savePositions(store, new Map([['person:a', at(1, 1)], ['place:b', at(2, 2)]]));
    savePositions(store, new Map([['person:a', at(5, 5)]]), { replace: true });
    expect(readPositions(store)).toEqual(new Map([['person:a', at(5, 5)]]));
    store.close();
  });

  it('drops a position that is not a finite number', () => {
    const store = newStore();
    savePositions(store, new Map([['person:a', at(1, 1)], ['place:b', at(2, 2)]]));
    store.db.prepare('UPDATE layout_positions SET x = ? WHERE key = ?').run(Number.POSITIVE_INFINITY, 'place:b');
    expect(readPositions(store)).toEqual(new Map([['person:a', at(1, 1)]]));
    store.close();
  });

  it('leaves the articles alone', () => {
    const store = newStore();
    addExtractions(store, [article(1), article(2)]);
    const [before, counts] = [snapshot(store), rowCounts(store)];
    savePositions(store, new Map([['person:a', at(1, 1)]]));
    expect(snapshot(store)).toBe(before);
    expect(rowCounts(store)).toEqual(counts);
    store.close();
  });
});
