// An open-addressing map from 32-bit feature hashes to row numbers, on typed
// arrays only: fast to probe, cheap to build from a saved key list. Key and
// row sit side by side so a probe touches one cache line, not two.

const EMPTY = -1;

export class HashIndex {
  /** [key, row] pairs; row EMPTY marks a free slot. */
  private slots: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity * 2).fill(EMPTY);
    this.mask = capacity - 1;
  }

  /** Index whose row i is keys[i]. */
  static fromKeys(keys: Uint32Array): HashIndex {
    const index = new HashIndex(keys.length);
    for (let i = 0; i < keys.length; i++) index.getOrAdd(keys[i] ?? 0);
    return index;
  }

  get(key: number): number {
    const slots = this.slots;
    const mask = this.mask;
    const signed = key | 0;
    let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const at = slot << 1;
      const row = slots[at + 1] ?? EMPTY;
      if (row === EMPTY || slots[at] === signed) return row;
      slot = (slot + 1) & mask;
    }
  }

  getOrAdd(key: number): number {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const slots = this.slots;
    const mask = this.mask;
    const signed = key | 0;
    let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const at = slot << 1;
      const row = slots[at + 1] ?? EMPTY;
      if (row === EMPTY) {
        slots[at] = signed;
        slots[at + 1] = this.size;
        return this.size++;
      }
      if (slots[at] === signed) return row;
      slot = (slot + 1) & mask;
    }
  }

  /** Keys in row order. */
  keysByRow(): Uint32Array {
    const out = new Uint32Array(this.size);
    for (let at = 0; at < this.slots.length; at += 2) {
      const row = this.slots[at + 1] ?? EMPTY;
      if (row !== EMPTY) out[row] = (this.slots[at] ?? 0) >>> 0;
    }
    return out;
  }

  private grow(): void {
    const keys = this.keysByRow();
    const capacity = (this.mask + 1) * 2;
    this.slots = new Int32Array(capacity * 2).fill(EMPTY);
    this.mask = capacity - 1;
    this.size = 0;
    for (const key of keys) this.getOrAdd(key);
  }
}
