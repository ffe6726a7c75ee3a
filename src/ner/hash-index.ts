// An open-addressing map from 32-bit feature hashes to row numbers, on typed
// arrays only: fast to probe, cheap to build from a saved key list.

const EMPTY = -1;

export class HashIndex {
  private keys: Uint32Array;
  private rows: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Uint32Array(capacity);
    this.rows = new Int32Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
  }

  /** Index whose row i is keys[i]. */
  static fromKeys(keys: Uint32Array): HashIndex {
    const index = new HashIndex(keys.length);
    for (let i = 0; i < keys.length; i++) index.getOrAdd(keys[i] ?? 0);
    return index;
  }

  get(key: number): number {
    const { keys, rows, mask } = this;
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const row = rows[slot] ?? EMPTY;
      if (row === EMPTY || keys[slot] === key) return row;
      slot = (slot + 1) & mask;
    }
  }

  getOrAdd(key: number): number {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const { keys, rows, mask } = this;
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const row = rows[slot] ?? EMPTY;
      if (row === EMPTY) {
        keys[slot] = key;
        rows[slot] = this.size;
        return this.size++;
      }
      if (keys[slot] === key) return row;
      slot = (slot + 1) & mask;
    }
  }

  /** Keys in row order. */
  keysByRow(): Uint32Array {
    const out = new Uint32Array(this.size);
    for (let slot = 0; slot < this.keys.length; slot++) {
      const row = this.rows[slot] ?? EMPTY;
      if (row !== EMPTY) out[row] = this.keys[slot] ?? 0;
    }
    return out;
  }

  private grow(): void {
    const keys = this.keysByRow();
    const capacity = this.keys.length * 2;
    this.keys = new Uint32Array(capacity);
    this.rows = new Int32Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
    this.size = 0;
    for (const key of keys) this.getOrAdd(key);
  }
}
