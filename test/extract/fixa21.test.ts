// Second review of fixenclaim21 and fixrutg21 (twenty-first session, fixa21): "pre-dawn" dated only by a day in its
// own clause; a quotation that judges the act is a reaction even after a colon; a word of air defence only on the
// weapon of a use «во время» an attack; a hedge only when it governs the clause of the use. The texts are ours,
// invented in the shape of the review's examples.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2023-05-04T08:00:00+00:00';
const when = (f: Fact) => [f.kind, f.when ? `${f.when.start}..${f.when.end}` : null];
const whenOf = (text: string) => extractText(text, 'en', PUBLISHED).map(when);
const LAST_NIGHT = '2023-05-03T21:00:00+00:00..2023-05-04T07:00:00+00:00';

describe('"pre-dawn" takes a day only from its own clause', () => {
  for (const text of [
    'Russia launched a pre-dawn drone attack on Odesa, the third since Tuesday.',
    'Russia launched a pre-dawn drone attack on Odesa, a week after the strike on Tuesday.',
    'Russia launched a pre-dawn drone attack on Odesa; the mayor will meet the minister on Friday.',
    'Russia launched a pre-dawn drone attack on Odesa days after the strike on Tuesday.',
  ]) {
    it(text, () => assert.deepEqual(whenOf(text)[0], ['strike', LAST_NIGHT]));
  }
});
