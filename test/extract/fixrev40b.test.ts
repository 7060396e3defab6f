// Review 40b, findings 1, 3 and 5: a count told jointly over several places, a «— по N» list whose places each repeat
// their preposition, and the span of a distributive count. Every text is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2025-03-02T08:00:00+03:00';
const facts = (text: string) => extractText(text, 'ru', PUBLISHED);
const read = (text: string) =>
  facts(text).map((f) => ({
    region: f.region?.code ?? f.place?.name ?? null,
    count: f.count?.value ?? null,
    aggregate: f.aggregate === true,
  }));

test('a count told jointly over two regions before an item is no region’s own', () => {
  const got = read(
    'Этой ночью дежурными средствами ПВО перехвачены и уничтожены над территориями Смоленской и Тверской областей 5 украинских БПЛА, над территорией Псковской области — 3.',
  );
  assert.deepEqual(got, [
    { region: null, count: 5, aggregate: true },
    { region: 'RU-PSK', count: 3, aggregate: false },
    { region: 'RU-SMO', count: null, aggregate: false },
    { region: 'RU-TVE', count: null, aggregate: false },
  ]);
});

test('a count over a region and a sea named after it is no region’s own', () => {
  const got = read(
    'Ночью уничтожены над территорией Краснодарского края и акваторией Азовского моря 9 украинских беспилотников, над территорией Ростовской области — 2.',
  );
  assert.equal(got.find((f) => f.count === 9)?.region, null);
  assert.equal(
    got.some((f) => f.region === 'RU-KDA' && f.count !== null),
    false,
  );
});

test('«над территорией X и над территорией Y — по два»: each place gets the count', () => {
  const got = read(
    'Дежурными средствами ПВО уничтожены 4 украинских беспилотника: над территорией Смоленской области и над территорией Тверской области — по два.',
  );
  assert.deepEqual(
    got.filter((f) => f.region?.startsWith('RU-')).map((f) => [f.region, f.count]),
    [
      ['RU-SMO', 2],
      ['RU-TVE', 2],
    ],
  );
});

test('«над X областью и на территории Y области — по одному»: another preposition links the list too', () => {
  const got = read(
    'Ночью средствами ПВО сбиты беспилотники над Липецкой областью и на территории Тамбовской области — по одному.',
  );
  assert.deepEqual(
    got.filter((f) => f.region?.startsWith('RU-')).map((f) => [f.region, f.count]),
    [
      ['RU-LIP', 1],
      ['RU-TAM', 1],
    ],
  );
});

test('negative: a comma link with no conjunction still holds the last list only', () => {
  const got = read(
    'Прошедшей ночью дежурными средствами ПВО уничтожены девять беспилотников над территорией Липецкой области, над территориями Тамбовской и Пензенской областей — по одному.',
  );
  assert.equal(got.find((f) => f.region === 'RU-LIP')?.count, 9);
});

test('a distributive count’s evidence is its «по N» words', () => {
  const text =
    'Минувшей ночью дежурными средствами ПВО уничтожены беспилотники над территориями Калужской, Тульской и Орловской областей — по одному.';
  const each = facts(text).filter((f) => f.count?.value === 1);
  assert.equal(each.length, 3);
  for (const f of each) assert.equal(text.slice(f.fields.count!.start, f.fields.count!.end), 'по одному');
});

test('«Над X та Y збито N …, над Z — M»: places before the verb with the count are told jointly too', () => {
  const got = extractText(
    'Над Харківщиною та Полтавщиною збито 5 ударних БпЛА, над Сумщиною — 3.',
    'uk',
    PUBLISHED,
  ).map((f) => [f.region?.code ?? null, f.count?.value ?? null]);
  assert.deepEqual(
    got.filter(([, n]) => n === 5),
    [[null, 5]],
  );
  assert.deepEqual(
    got.filter(([r]) => r === 'UA-63' || r === 'UA-53'),
    [
      ['UA-63', null],
      ['UA-53', null],
    ],
  );
});
