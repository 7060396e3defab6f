// fixrev39a (review 39a, 5): the word-count memo of night resolution is bounded by characters as well as by texts, so
// long pages (serve takes 1 MiB bodies) cannot grow it past its bound; its answers are textWordCounts' own.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wordCountsOf, wordMemoSize } from '../../src/pipeline/night-work.ts';
import { textWordCounts } from '../../src/resolve/wording.ts';

const BOUND_CHARS = 3_000_000;
const BOUND_TEXTS = 2_000;

/** An invented text of about `size` characters, different for each `seed`. */
function text(seed: number, size: number): string {
  const words = ['дрони', 'атакували', 'Харків', 'вночі', 'пошкоджено', 'будинок', 'ППО', 'збила', 'ракети'];
  const out: string[] = [`${seed}`];
  let length = out[0]!.length;
  for (let i = 0; length < size; i++) {
    const w = words[(i * 7 + seed) % words.length]!;
    out.push(w);
    length += w.length + 1;
  }
  return out.join(' ');
}

describe('wordCountsOf: a bounded memo', () => {
  it('1 MiB texts are counted and never kept', () => {
    const before = wordMemoSize();
    const big = text(1, 1_048_576);
    const counts = wordCountsOf(big, 'uk');
    assert.deepEqual([...counts], [...textWordCounts(big, 'uk')]);
    assert.deepEqual(wordMemoSize(), before);
  });

  it('long texts below the one-text limit never hold more than the bound in characters', () => {
    for (let i = 0; i < 40; i++) {
      wordCountsOf(text(100 + i, 150_000), 'uk');
      assert.ok(wordMemoSize().chars <= BOUND_CHARS, JSON.stringify(wordMemoSize()));
    }
    assert.ok(wordMemoSize().chars > BOUND_CHARS / 2);
  });

  it('many short texts never hold more than the bound in texts, and the last read stay', () => {
    const last = text(10_000 + BOUND_TEXTS + 99, 300);
    for (let i = 0; i < BOUND_TEXTS + 100; i++) wordCountsOf(text(10_000 + i, 300), 'en');
    assert.ok(wordMemoSize().texts <= BOUND_TEXTS, JSON.stringify(wordMemoSize()));
    // The same map again: the newest text was kept, not cleared with the rest.
    assert.equal(wordCountsOf(last, 'en'), wordCountsOf(last, 'en'));
    const size = wordMemoSize();
    wordCountsOf(last, 'en');
    assert.deepEqual(wordMemoSize(), size);
  });

  it('one text in two languages gets each language its own counts', () => {
    const t = text(7, 400);
    assert.deepEqual([...wordCountsOf(t, 'uk')], [...textWordCounts(t, 'uk')]);
    assert.deepEqual([...wordCountsOf(t, 'ru')], [...textWordCounts(t, 'ru')]);
  });
});
