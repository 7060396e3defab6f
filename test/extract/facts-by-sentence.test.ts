// factsBySentence (extract/view.ts) replaces a walk of all the report's facts for each sentence: it must give the same
// facts in the same order as that walk, whatever the sentence loop does to the list between two questions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { factsBySentence, type SentenceView } from '../../src/extract/view.ts';

const view = (index: number, start: number, end: number) =>
  ({ index, span: { start, end, text: '' } }) as unknown as SentenceView;
const fact = (start: number, name: string) =>
  ({ id: name, evidence: { start, end: start + 1, text: '' } }) as unknown as Fact;
const walk = (facts: readonly Fact[], v: SentenceView) =>
  facts.filter((f) => f.evidence.start >= v.span.start && f.evidence.start < v.span.end);
const ids = (facts: readonly Fact[]) => facts.map((f) => f.id);

describe('factsBySentence finds what the walk of every fact finds', () => {
  const views = [view(0, 0, 10), view(1, 11, 20), view(2, 20, 35)];

  it('as facts are appended sentence by sentence, and for a title read last', () => {
    const facts: Fact[] = [];
    const here = factsBySentence(facts, views);
    facts.push(fact(0, 'a'), fact(5, 'b'));
    assert.deepEqual(ids(here(views[0]!)), ['a', 'b']);
    facts.push(fact(11, 'c'), fact(19, 'd'), fact(10, 'between'));
    assert.deepEqual(ids(here(views[1]!)), ids(walk(facts, views[1]!)));
    facts.push(fact(20, 'e'), fact(2, 'title'));
    for (const v of views) assert.deepEqual(ids(here(v)), ids(walk(facts, v)));
    assert.deepEqual(ids(here(views[0]!)), ['a', 'b', 'title']);
    // An offset between two sentences (the space after a full stop) is in none of them.
    assert.ok(!views.some((v) => here(v).some((f) => f.id === 'between')));
  });

  it('after a detector takes back facts it had added (a splice of the last ones, or of an earlier one)', () => {
    const facts: Fact[] = [];
    const here = factsBySentence(facts, views);
    facts.push(fact(1, 'a'), fact(12, 'b'), fact(13, 'c'));
    assert.deepEqual(ids(here(views[1]!)), ['b', 'c']);
    facts.splice(facts.length - 2, 2);
    facts.push(fact(14, 'd'));
    assert.deepEqual(ids(here(views[1]!)), ['d']);
    facts.splice(0, 1);
    facts.push(fact(3, 'e'));
    for (const v of views) assert.deepEqual(ids(here(v)), ids(walk(facts, v)));
    assert.deepEqual(ids(here(views[0]!)), ['e']);
  });

  it('over sentences out of order or overlapping, by the walk itself', () => {
    const odd = [view(0, 10, 20), view(1, 0, 15)];
    const facts = [fact(12, 'a'), fact(3, 'b')];
    const here = factsBySentence(facts, odd);
    assert.deepEqual(ids(here(odd[0]!)), ['a']);
    assert.deepEqual(ids(here(odd[1]!)), ['a', 'b']);
  });
});
