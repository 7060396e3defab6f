// The facts of a short text through the same preparation as `sitrep ingest` (cleaning, language given, extraction),
// for the extraction tests; `now` is the publication time, so nothing depends on the clock. The rules alone
// (`learned: null`): these tests pin the rules' shapes, and the learned step's shipped model changes with every
// retraining; the step itself is tested in test/extract/learn.test.ts, the pipeline with it by the floors.
import assert from 'node:assert/strict';
import type { Fact, Lang } from '../../src/core/types.ts';
import { prepareReport } from '../../src/pipeline/index.ts';

export function extractText(text: string, lang: Lang, published: string): Fact[] {
  const p = prepareReport(new TextEncoder().encode(text), {
    input: 'test',
    published,
    lang,
    now: new Date(published),
    learned: null,
  });
  assert.ok(p.ok, 'the report should prepare');
  return p.facts;
}
