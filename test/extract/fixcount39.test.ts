// User trial 39b, counts: a sum of money is no weapon count (#2). Every text is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2025-09-15T09:00:00+03:00';
const counts = (text: string, lang: 'en' | 'ru' | 'uk') =>
  extractText(text, lang, PUBLISHED)
    .filter((f) => f.count !== null)
    .map((f) => f.count?.value ?? f.count?.min ?? null);

test('#2 a number followed by a currency counts no weapon (ru, uk, en)', () => {
  for (const [text, lang] of [
    ['Ночью дроны атаковали аэродром в Крыму. Уничтожено техники на сотни миллионов рублей.', 'ru'],
    ['Беспилотники ударили по складу в Курской области, ущерб превысил 40 млн рублей.', 'ru'],
    ['Дрони СБУ знищили на аеродромі в Криму техніку вартістю три мільйони доларів.', 'uk'],
    ['Drones hit an airfield in Crimea, destroying equipment worth 200 million dollars.', 'en'],
  ] as const) {
    assert.deepEqual(counts(text, lang), [], text);
  }
});

test('#2 negative: a count beside a sum keeps the count', () => {
  assert.deepEqual(
    counts('Над Курской областью сбиты 12 беспилотников, ущерб оценивается в 5 млн рублей.', 'ru'),
    [12],
  );
  assert.deepEqual(
    counts('Air defences shot down 9 drones over Kharkiv; the damage is put at 3 million euros.', 'en'),
    [9],
  );
});
