// longestFirst (extract/common/time.ts) finds overlaps by a binary search over the pieces it keeps, instead of a walk
// of them all: it must keep exactly the pieces, in the order, that the walk kept.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { longestFirst } from '../../src/extract/common/time.ts';

interface Piece {
  start: number;
  end: number;
  id: number;
}

/** The walk it replaces. */
function walk(pieces: Piece[]): Piece[] {
  const byLength = [...pieces].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Piece[] = [];
  for (const p of byLength) if (!kept.some((k) => k.start < p.end && p.start < k.end)) kept.push(p);
  return kept.sort((a, b) => a.start - b.start);
}

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    return a / 4294967296;
  };
}

describe('longestFirst keeps what the walk of every kept piece keeps', () => {
  it('on nested, touching, equal and empty spans', () => {
    const pieces: Piece[] = [
      { start: 5, end: 5, id: 0 },
      { start: 5, end: 9, id: 1 },
      { start: 3, end: 7, id: 2 },
      { start: 9, end: 12, id: 3 },
      { start: 9, end: 12, id: 4 },
      { start: 12, end: 12, id: 5 },
      { start: 0, end: 3, id: 6 },
      { start: 2, end: 2, id: 7 },
    ];
    assert.deepEqual(longestFirst(pieces), walk(pieces));
  });

  it('on a thousand random sets of spans', () => {
    const next = random(20);
    for (let round = 0; round < 1000; round++) {
      const pieces: Piece[] = [];
      const n = 1 + Math.floor(next() * 30);
      for (let id = 0; id < n; id++) {
        const start = Math.floor(next() * 60);
        pieces.push({ start, end: start + Math.floor(next() * next() * 15), id });
      }
      assert.deepEqual(
        longestFirst(pieces).map((p) => p.id),
        walk(pieces).map((p) => p.id),
      );
    }
  });
});
