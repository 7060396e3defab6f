/**
 * Pairs of items that share a key few items use: an inverted index over the keys, never all pairs. A key held by more
 * than `reach` items finds no pair by itself (a word every post of a night uses says nothing of which two belong
 * together, and its pairs would be quadratic in the block). Pairs are [lower index, higher index], each once, in order.
 */
export function rarePairs(keys: readonly Iterable<number>[], reach: number): number[][] {
  const index = new Map<number, number[]>();
  keys.forEach((k, i) => {
    for (const w of new Set(k)) {
      const list = index.get(w);
      if (list) list.push(i);
      else index.set(w, [i]);
    }
  });
  const n = keys.length;
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
