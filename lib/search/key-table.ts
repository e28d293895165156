/**
 * An open-addressing hash table from 32-bit gram keys to dense term ids. The indexer
 * looks up every distinct bigram of every document (some 65 million lookups at
 * 100,000 documents), so the table is one typed array of [key, id] pairs: one cache
 * line per probe, no objects, no JS Map.
 */
const EMPTY = 0; // gram keys are never 0: unigram keys are CJK code units, bigram keys are larger still

export class KeyTable {
  private slots: Uint32Array;
  private mask: number;
  private count = 0;

  constructor(initialCapacity = 1 << 16) {
    let capacity = 1;
    while (capacity < initialCapacity * 2) capacity <<= 1;
    this.slots = new Uint32Array(capacity * 2);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  private slot(key: number): number {
    return (Math.imul(key | 0, 0x9e3779b1) >>> 0) & this.mask;
  }

  /** The id of `key`, or -1. */
  get(key: number): number {
    const slots = this.slots;
    let slot = this.slot(key);
    for (;;) {
      const found = slots[slot * 2] as number;
      if (found === key) return slots[slot * 2 + 1] as number;
      if (found === EMPTY) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The id of `key`, adding it with id `nextId()` when new. */
  getOrAdd(key: number, nextId: () => number): number {
    const slots = this.slots;
    let slot = this.slot(key);
    for (;;) {
      const found = slots[slot * 2] as number;
      if (found === key) return slots[slot * 2 + 1] as number;
      if (found === EMPTY) break;
      slot = (slot + 1) & this.mask;
    }
    const id = nextId();
    slots[slot * 2] = key;
    slots[slot * 2 + 1] = id;
    if (++this.count * 2 > this.mask) this.grow();
    return id;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    this.mask = this.slots.length / 2 - 1;
    for (let i = 0; i < old.length; i += 2) {
      const key = old[i] as number;
      if (key === EMPTY) continue;
      let slot = this.slot(key);
      while (this.slots[slot * 2] !== EMPTY) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = key;
      this.slots[slot * 2 + 1] = old[i + 1] as number;
    }
  }
}
