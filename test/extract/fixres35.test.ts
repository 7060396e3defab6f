// ux35 #11: a total whose breakdown is brought in as a part of it ("including", «из них», "N of them") is partial. Every
// text is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2025-07-14T09:00:00+03:00';
const totals = (text: string, lang: 'en' | 'ru' | 'uk') =>
  extractText(text, lang, PUBLISHED)
    .filter((f) => f.aggregate)
    .map((f) => [f.count?.value ?? null, f.partial === true]);

test('#11 a breakdown after "including", «из них» or "N of them" marks its total partial', () => {
  assert.deepEqual(
    totals(
      'Air defences destroyed 30 drones overnight, including 12 over Bryansk Oblast and 9 over Oryol Oblast.',
      'en',
    ),
    [[30, true]],
  );
  assert.deepEqual(
    totals('Air defences shot down 30 drones overnight, 12 of them over Bryansk Oblast and 9 over Oryol Oblast.', 'en'),
    [[30, true]],
  );
  assert.deepEqual(totals('Ночью уничтожено 30 беспилотников, из них 12 — над Брянской областью.', 'ru'), [[30, true]]);
});

test('#11 negative: a list after a colon is the whole breakdown', () => {
  assert.deepEqual(
    totals('Ночью уничтожены 21 беспилотник: 12 над Брянской областью и 9 над Орловской областью.', 'ru'),
    [[21, false]],
  );
});
