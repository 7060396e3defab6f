import { hashInts } from '../core/hash.ts';
import type { Lang } from '../core/types.ts';
import { shingleHashes } from './shingles.ts';

const PERMUTATIONS = 128;
const BANDS = 32;
const ROWS = PERMUTATIONS / BANDS;
// Marks "no shingle at all" (an empty text). Values are stored offset by 2^31 so that plain signed
// int32 comparison gives unsigned order; a real value can equal EMPTY only with odds of 2^-32.
const EMPTY = 0x7fffffff;

// mulberry32 with a fixed seed: the constants are the same on every run and machine, so signatures
// stored yesterday stay comparable with the ones computed today.
function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

// Permutation i is h -> xorshift(a_i * h + b_i mod 2^32): with a_i odd the multiply-add is a bijection
// of the 32-bit words (a universal family), and the xorshift, also a bijection, mixes the high bits
// into the low ones. Everything stays in int32 arithmetic: a modulo-prime version cost ten times more
// (2 ms instead of 0.1 ms for a 2 KB text), which matters when every ingested report is signed.
const random = seededRandom(0x51737265);
const A = new Int32Array(PERMUTATIONS);
const B = new Int32Array(PERMUTATIONS);
for (let i = 0; i < PERMUTATIONS; i++) {
  A[i] = random() | 1;
  B[i] = random() | 0;
}

/** 128 MinHash values of the text's stemmed 3-shingles. */
export function minhashSignature(text: string, lang: Lang): number[] {
  const shingles = Int32Array.from(shingleHashes(text, lang));
  const n = shingles.length;
  const sig = new Array<number>(PERMUTATIONS);
  // Four permutations per pass over the shingles: each shingle is loaded once for four, and their a, b and running
  // minimums stay in registers (PERMUTATIONS is a multiple of four).
  for (let i = 0; i < PERMUTATIONS; i += 4) {
    const a0 = A[i]!;
    const b0 = B[i]!;
    const a1 = A[i + 1]!;
    const b1 = B[i + 1]!;
    const a2 = A[i + 2]!;
    const b2 = B[i + 2]!;
    const a3 = A[i + 3]!;
    const b3 = B[i + 3]!;
    let m0 = EMPTY;
    let m1 = EMPTY;
    let m2 = EMPTY;
    let m3 = EMPTY;
    for (let j = 0; j < n; j++) {
      const h = shingles[j]!;
      let v0 = (Math.imul(a0, h) + b0) | 0;
      let v1 = (Math.imul(a1, h) + b1) | 0;
      let v2 = (Math.imul(a2, h) + b2) | 0;
      let v3 = (Math.imul(a3, h) + b3) | 0;
      v0 = (v0 ^ (v0 >>> 15) ^ 0x80000000) | 0;
      v1 = (v1 ^ (v1 >>> 15) ^ 0x80000000) | 0;
      v2 = (v2 ^ (v2 >>> 15) ^ 0x80000000) | 0;
      v3 = (v3 ^ (v3 >>> 15) ^ 0x80000000) | 0;
      if (v0 < m0) m0 = v0;
      if (v1 < m1) m1 = v1;
      if (v2 < m2) m2 = v2;
      if (v3 < m3) m3 = v3;
    }
    sig[i] = m0;
    sig[i + 1] = m1;
    sig[i + 2] = m2;
    sig[i + 3] = m3;
  }
  return sig;
}

/** 32 band keys ('b07:1a2b3c4d'); two texts sharing any key are candidate near-duplicates. */
export function lshBands(sig: readonly number[]): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    const from = b * ROWS;
    let empty = true;
    for (let i = from; i < from + ROWS; i++) if (sig[i] !== EMPTY) empty = false;
    // Empty texts share every band with each other; they are not near-duplicates of anything.
    if (empty || sig.length < from + ROWS) continue;
    const hex = hashInts(sig, from, from + ROWS)
      .toString(16)
      .padStart(8, '0');
    keys.push(`b${String(b).padStart(2, '0')}:${hex}`);
  }
  return keys;
}

/** Share of equal positions: an unbiased estimate of the Jaccard similarity of the shingle sets. */
export function estimateJaccard(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  let same = 0;
  let filled = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] === EMPTY && b[i] === EMPTY) continue;
    filled++;
    if (a[i] === b[i]) same++;
  }
  return filled === 0 ? 0 : same / filled;
}
