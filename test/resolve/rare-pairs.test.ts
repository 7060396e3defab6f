import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rarePairs } from '../../src/resolve/rare-pairs.ts';

/** Every pair of items sharing a key that at most `reach` items hold, by brute force over the pairs. */
function reference(keys: readonly number[][], reach: number): number[][] {
  const holders = new Map<number, number>();
  for (const k of keys) for (const w of new Set(k)) holders.set(w, (holders.get(w) ?? 0) + 1);
  const pairs: number[][] = [];
  for (let a = 0; a < keys.length; a++) {
    const mine = new Set(keys[a]!.filter((w) => holders.get(w)! <= reach));
    for (let b = a + 1; b < keys.length; b++) if (keys[b]!.some((w) => mine.has(w))) pairs.push([a, b]);
  }
  return pairs;
}

function randomKeys(n: number, vocabulary: number, seed: number): number[][] {
  let s = seed;
  const next = () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
  return Array.from({ length: n }, () =>
    Array.from({ length: Math.floor(next() * 6) }, () => Math.floor(next() * vocabulary)),
  );
}

test('rare pairs: each pair once, in order, only through keys few items hold (a small block and one past the bit matrix)', () => {
  for (const [n, vocabulary, reach] of [
    [40, 30, 4],
    [300, 200, 64],
    [2100, 3000, 5],
  ] as const) {
    const keys = randomKeys(n, vocabulary, n);
    const found = rarePairs(keys, reach);
    assert.ok(found.length > 0);
    assert.deepEqual(found, reference(keys, reach), `${n} items`);
  }
});
