/** An open-addressing hash table from 32-bit feature keys to dense feature ids 0..size-1. */

export interface FeatureTable {
  /** Key stored in each slot (meaningful where `slotIds` is non-zero). */
  readonly slotKeys: Uint32Array;
  /** Feature id + 1 of each slot; 0 marks an empty slot. Length is a power of two. */
  readonly slotIds: Int32Array;
  /** Number of features. */
  readonly size: number;
}

function slotOf(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
}

/** The id of `key`, or -1 when the key was never seen in training. */
export function lookupFeature(table: FeatureTable, key: number): number {
  const { slotKeys, slotIds } = table;
  const mask = slotIds.length - 1;
  let slot = slotOf(key, mask);
  for (;;) {
    const id = slotIds[slot]!;
    if (id === 0) return -1;
    if (slotKeys[slot] === key) return id - 1;
    slot = (slot + 1) & mask;
  }
}

function place(slotKeys: Uint32Array, slotIds: Int32Array, key: number, id: number): void {
  const mask = slotIds.length - 1;
  let slot = slotOf(key, mask);
  while (slotIds[slot] !== 0) slot = (slot + 1) & mask;
  slotKeys[slot] = key;
  slotIds[slot] = id + 1;
}

/** A table of distinct `keys`, each key's id being its position; load factor at most 1/2. */
export function buildFeatureTable(keys: Uint32Array): FeatureTable {
  let capacity = 16;
  while (capacity < keys.length * 2) capacity *= 2;
  const slotKeys = new Uint32Array(capacity);
  const slotIds = new Int32Array(capacity);
  keys.forEach((key, id) => place(slotKeys, slotIds, key, id));
  return { slotKeys, slotIds, size: keys.length };
}

/** Gives every distinct key of `keys` an id (in order of first appearance); returns the table and the ids. */
export function internKeys(keys: Uint32Array): { table: FeatureTable; ids: Int32Array } {
  let distinct = new Uint32Array(1024);
  let table = buildFeatureTable(distinct.subarray(0, 0));
  let size = 0;
  const ids = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    let id = lookupFeature(table, key);
    if (id < 0) {
      id = size++;
      if (size > distinct.length) {
        const grown = new Uint32Array(distinct.length * 2);
        grown.set(distinct);
        distinct = grown;
      }
      distinct[id] = key;
      if (size * 2 > table.slotIds.length) table = buildFeatureTable(distinct.subarray(0, size));
      else place(table.slotKeys, table.slotIds, key, id);
    }
    ids[i] = id;
  }
  return { table: { ...table, size }, ids };
}
