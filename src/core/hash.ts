// 32-bit hashes that are the same on every machine and every run (no Math.random, no per-process seed).

/** FNV-1a over UTF-16 code units: one multiply per character, good enough spread for shingles and for the learned
 *  step's feature keys. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Hashes a run of small integers (one LSH band of a signature), murmur3-style mixing per value. */
export function hashInts(values: ArrayLike<number>, from: number, to: number): number {
  let h = 0x9747b28c;
  for (let i = from; i < to; i++) {
    let k = Math.imul(values[i] ?? 0, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
