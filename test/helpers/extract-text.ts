// The facts of a short text through the same preparation as `sitrep ingest` (cleaning, language given, extraction),
// for the extraction tests; `now` is the publication time, so nothing depends on the clock. The default, the rules
// alone: the learned step is opt-in (test/extract/learn.test.ts tests it). `checkIndexes` makes extraction compare
// every answer of its indexes with the walk they replace (test/extract/facts-by-sentence.test.ts).
import assert from 'node:assert/strict';
import type { Fact, Lang } from '../../src/core/types.ts';
import { prepareReport } from '../../src/pipeline/index.ts';

export function extractText(
  text: string,
  lang: Lang,
  published: string,
  opts: { checkIndexes?: boolean } = {},
): Fact[] {
  const p = prepareReport(new TextEncoder().encode(text), {
    input: 'test',
    published,
    lang,
    now: new Date(published),
    checkIndexes: opts.checkIndexes,
  });
  assert.ok(p.ok, 'the report should prepare');
  return p.facts;
}
