/**
 * Pairs of items that share a key few items use: an inverted index over the keys, never all pairs. A key held by more
 * than `reach` items finds no pair by itself (a word every post of a night uses says nothing of which two belong
 * together, and its pairs would be quadratic in the block). Pairs are [lower index, higher index], each once, in order.
 */
export function rarePairs(keys: readonly Iterable<number>[], reach: number): number[][] {
  const index = new Map<number, number[]>();
  keys.forEach((k, i) => {
    for (const w of k) {
      const list = index.get(w);
      // A key an item holds twice is listed once: the list ends with this item already.
      if (!list) index.set(w, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  const n = keys.length;
  return n <= BITMAP_MAX ? pairsByBitmap(index, n, reach) : pairsBySet(index, n, reach);
}

/** Items up to which the pairs found are marked in a bit matrix (n² bits: 512 KiB at this size) and read out row by
 *  row, already in order: a night's pairs, tens of thousands of them, cost neither a hash set nor a sort. */
const BITMAP_MAX = 2048;

function pairsByBitmap(index: ReadonlyMap<number, number[]>, n: number, reach: number): number[][] {
  const bits = new Uint32Array(Math.ceil((n * n) / 32));
  let any = false;
  for (const list of index.values()) {
    if (list.length > reach || list.length < 2) continue;
    any = true;
    for (let x = 0; x < list.length; x++) {
      const row = list[x]! * n;
      for (let y = x + 1; y < list.length; y++) {
        const bit = row + list[y]!;
        bits[bit >>> 5]! |= 1 << (bit & 31);
      }
    }
  }
  const pairs: number[][] = [];
  if (!any) return pairs;
  for (let a = 0; a < n; a++) {
    // Row a's marked columns (every one is above a): read word by word, skipping empty words.
    const from = a * n + a + 1;
    const to = (a + 1) * n;
    for (let w = from >>> 5; w <= (to - 1) >>> 5 && from < to; w++) {
      let word = bits[w]!;
      while (word !== 0) {
        const low = word & -word;
        const bit = w * 32 + (31 - Math.clz32(low));
        word ^= low;
        if (bit >= from && bit < to) pairs.push([a, bit - a * n]);
      }
    }
  }
  return pairs;
}

function pairsBySet(index: ReadonlyMap<number, number[]>, n: number, reach: number): number[][] {
  const seen = new Set<number>();
  const pairs: number[][] = [];
  for (const list of index.values()) {
    if (list.length > reach) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const pair = list[x]! * n + list[y]!;
        if (seen.has(pair)) continue;
        seen.add(pair);
        pairs.push([list[x]!, list[y]!]);
      }
    }
  }
  return pairs.sort((p, q) => p[0]! - q[0]! || p[1]! - q[1]!);
}
