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

const RU_PUBLISHED = '2024-11-22T15:00:00+03:00';
const strikesRu = (text: string) =>
  extractText(text, 'ru', RU_PUBLISHED)
    .filter((f) => f.kind === 'strike')
    .map((f) => [f.weapon, f.country]);

describe('a quotation that judges the act is a reaction, even opened after a colon', () => {
  for (const text of [
    'Премьер заявил: «То, что ракеты ATACMS применены для удара вглубь РФ, — это опасный шаг».',
    'Премьер: «Ракеты ATACMS применены для удара вглубь РФ — это опасный шаг».',
  ]) {
    it(text, () => assert.deepEqual(strikesRu(text), []));
  }
  it('a claim quoted after a colon, judging nothing, is still read', () =>
    assert.deepEqual(strikesRu('Премьер заявил: «Ракеты ATACMS применены для удара вглубь РФ этой ночью».'), [
      ['ballistic_missile', 'RU'],
    ]));
});

describe('a word of air defence marks only the weapon of a use «во время» an attack', () => {
  for (const text of [
    'Несмотря на работу ПВО, ракеты ATACMS применены для удара вглубь РФ.',
    'Зенитные ракеты применены для удара вглубь Украины.',
  ]) {
    it(text, () => assert.equal(strikesRu(text).length, 1));
  }
  it("the defender's weapon «во время» an attack is still no strike", () =>
    assert.deepEqual(strikesRu('Зенитные ракеты применены во время атаки вглубь Украины.'), []));
});

describe('a hedge keeps a use from being told as done only when it governs its clause', () => {
  it('a hedge in another clause leaves the use told', () =>
    assert.equal(
      strikesRu('Аналитики допускают новые удары, а ночью ракеты ATACMS применены для удара вглубь РФ.').length,
      1,
    ));
  it('a word that only begins like a hedge is none', () =>
    assert.equal(strikesRu('Предполагаемые ракеты ATACMS применены для удара вглубь РФ.').length, 1));
  it('a hedge with «, что» before the use still keeps it', () =>
    assert.deepEqual(strikesRu('Эксперты допускают, что ракеты ATACMS уже применены для удара вглубь РФ.'), []));
});
