// User trial 40, defect 4: a ministry's distributive count after its places («над … областей — по одному») and a
// count over a sea and a region before a later item. Every text is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2025-03-02T08:00:00+03:00';
const read = (text: string) =>
  extractText(text, 'ru', PUBLISHED).map((f) => ({
    region: f.region?.code ?? f.place?.name ?? null,
    count: f.count?.value ?? null,
    aggregate: f.aggregate === true,
  }));

test('«над … и … областей — по одному»: each listed region gets the count', () => {
  const facts = read(
    'Прошедшей ночью дежурными средствами ПВО уничтожены девять беспилотников над территорией Липецкой области, над территориями Тамбовской и Пензенской областей — по одному.',
  );
  assert.deepEqual(
    facts.filter((f) => f.region?.startsWith('RU-')),
    [
      { region: 'RU-LIP', count: 9, aggregate: false },
      { region: 'RU-TAM', count: 1, aggregate: false },
      { region: 'RU-PNZ', count: 1, aggregate: false },
    ],
  );
});

test('«над Воронежской, Тульской и Рязанской областями — по два»: a list with commas is one list', () => {
  const facts = read(
    'Над Московской областью сбиты шесть дронов, над Воронежской, Тульской и Рязанской областями — по два.',
  );
  const two = facts.filter((f) => f.count === 2).map((f) => f.region);
  assert.deepEqual(two, ['RU-VOR', 'RU-TUL', 'RU-RYA']);
});

test('a count with a sea and a region before it, then an item, is its own part, not the total', () => {
  const facts = read(
    'Минувшей ночью дежурными средствами ПВО уничтожены над акваторией Азовского моря и территорией Республики Крым 7 украинских беспилотников, над территориями Белгородской и Курской областей — по одному.',
  );
  assert.deepEqual(facts, [
    { region: 'Sea of Azov', count: 7, aggregate: false },
    { region: 'RU-BEL', count: 1, aggregate: false },
    { region: 'RU-KRS', count: 1, aggregate: false },
    { region: 'UA-43', count: null, aggregate: false },
  ]);
});

test('negative: «по одному» before its places keeps its reading', () => {
  const facts = read(
    'Ночью уничтожены пять беспилотников: три над территорией Брянской области и по одному – над территориями Орловской и Калужской областей.',
  );
  assert.deepEqual(
    facts.filter((f) => f.region !== null).map((f) => [f.region, f.count]),
    [
      ['RU-BRY', 3],
      ['RU-ORL', 1],
      ['RU-KLU', 1],
    ],
  );
});
