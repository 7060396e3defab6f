// A damaged hospital, school or kindergarten is kept as the damage's detail, in each language, but only when the word
// stands beside the damage word: a sentence names a hospital for other reasons too (where the injured were taken).
// Thirty-second session's trial, item 12. Invented sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Lang } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2025-06-11T08:00:00+03:00';

function damageDetails(text: string, lang: Lang): (string | null)[] {
  const facts = extractText(text, lang, PUBLISHED);
  return facts.filter((f) => f.kind === 'damage').map((f) => f.detail);
}

test('a hospital, a clinic, a school, a kindergarten beside the damage word are its detail', () => {
  assert.deepEqual(damageDetails('A Russian drone damaged a children’s hospital in Sumy overnight.', 'en'), [
    'hospital',
  ]);
  assert.deepEqual(damageDetails('Внаслідок удару по Херсону пошкоджено поліклініку та дві школи.', 'uk'), [
    'clinic, school',
  ]);
  assert.deepEqual(damageDetails('В Брянске после атаки БПЛА повреждены детский сад и больница.', 'ru'), [
    'kindergarten, hospital',
  ]);
});

test('a hospital the injured were taken to is no damaged hospital', () => {
  assert.deepEqual(
    damageDetails('The drone strike damaged two houses in Poltava; four people were taken to hospital.', 'en'),
    [null],
  );
  assert.deepEqual(
    damageDetails(
      'Після атаки дронів у Чернігові пошкоджено житловий будинок, поранену жінку доставили до лікарні.',
      'uk',
    ),
    [null],
  );
});

test('a building part keeps its detail wherever the sentence names it, as before', () => {
  assert.deepEqual(damageDetails('Windows were shattered after a drone attack damaged homes in Kursk.', 'en'), [
    'windows',
  ]);
});

test('a building the damage was beside is no damaged building (the review of the branch)', () => {
  assert.deepEqual(damageDetails('A drone strike in Sumy damaged houses near a school and a kindergarten.', 'en'), [
    null,
  ]);
  assert.deepEqual(damageDetails('Після атаки у Дніпрі пошкоджено будинок біля лікарні.', 'uk'), [null]);
  assert.deepEqual(damageDetails('После атаки БПЛА в Курске повреждены дома возле школы.', 'ru'), [null]);
});
