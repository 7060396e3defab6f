// ux30 #11: a count told over regions that lie one inside the other («над Московским регионом, включая Москву и
// Московскую область») is one place's count, kept on that region's fact, not a sum over a list. Every text is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2025-06-10T08:00:00+03:00';
const shot = (text: string, lang: 'en' | 'ru' | 'uk') =>
  extractText(text, lang, PUBLISHED)
    .filter((f) => f.kind === 'interception')
    .map((f) => [f.region?.code ?? null, f.count?.value ?? null] as const);

test('nested regions: the count stays on the region that holds the others, each inner one a fact with no count', () => {
  assert.deepEqual(
    shot(
      'Минобороны: с 01:10 до 04:00 мск над Московским регионом, включая Москву и Московскую область, уничтожены 7 украинских БПЛА.',
      'ru',
    ),
    [
      ['RU-MOS', 7],
      ['RU-MOW', null],
    ],
  );
  assert.deepEqual(shot('Над Москвой и Московской областью ночью сбиты 3 беспилотника.', 'ru'), [
    ['RU-MOS', 3],
    ['RU-MOW', null],
  ]);
  assert.deepEqual(shot('Над Києвом та Київщиною вночі збито 6 дронів.', 'uk'), [
    ['UA-32', 6],
    ['UA-30', null],
  ]);
});

test('negative: regions side by side stay a list with the total in no region; no count, no change', () => {
  assert.deepEqual(shot('Над Брянской и Орловской областями сбиты 4 беспилотника.', 'ru'), [
    [null, 4],
    ['RU-BRY', null],
    ['RU-ORL', null],
  ]);
  assert.deepEqual(shot('Над Москвой и Московской областью сбиты беспилотники.', 'ru'), [
    ['RU-MOW', null],
    ['RU-MOS', null],
  ]);
});

// ux30 #6: a toll update without an attack word. Every text is invented.
const tolls = (text: string, lang: 'en' | 'ru' | 'uk') =>
  extractText(text, lang, PUBLISHED)
    .filter((f) => f.kind === 'casualties')
    .map((f) => [f.region?.code ?? null, f.casualties?.killed ?? null, f.casualties?.injured ?? null] as const);

test('a rising toll whose second figure leaves its verb out («поранених — до 11», "the injured to 19")', () => {
  assert.deepEqual(tolls('Херсон: кількість загиблих зросла до 4, поранених — до 13.', 'uk'), [['UA-65', 4, 13]]);
  assert.deepEqual(tolls('В Херсоне число погибших выросло до 4, раненых — до 13.', 'ru'), [['UA-65', 4, 13]]);
  assert.deepEqual(tolls('The death toll in Kherson rose to 4, the injured to 13.', 'en'), [['UA-65', 4, 13]]);
});

test('"the toll rose to 6" is the dead, as a death toll is', () => {
  assert.deepEqual(tolls('Kherson: the toll rose to 6.', 'en'), [['UA-65', 6, null]]);
  assert.deepEqual(tolls('The toll has risen to 6 in Kherson, officials said.', 'en'), [['UA-65', 6, null]]);
});

test('negative: no rising, no elliptic toll; a toll that is no count of the dead', () => {
  // «до 10» without a verb of rising is "up to ten", no figure of a toll.
  assert.deepEqual(tolls('Унаслідок атаки на Херсон загинули 2 людини, поранених — до 10.', 'uk'), [
    ['UA-65', 2, null],
  ]);
  assert.deepEqual(tolls('The war took a heavy toll on Kherson.', 'en'), []);
});

// ux30 #12: the short compounds of an administrative building. Every text is invented.
const objects = (text: string, lang: 'ru' | 'uk') =>
  extractText(text, lang, PUBLISHED)
    .filter((f) => f.kind === 'damage')
    .map((f) => f.object);

test('«адмінбудівлю», «адмінбудинок», «админздание» are an administrative building', () => {
  assert.deepEqual(objects('Унаслідок атаки на Чернігів пошкоджено адмінбудівлю.', 'uk'), ['administrative_building']);
  assert.deepEqual(objects('Після удару по Чернігову пошкоджено адмінбудинок.', 'uk'), ['administrative_building']);
  assert.deepEqual(objects('В Курске в результате атаки повреждено админздание.', 'ru'), ['administrative_building']);
  // Negative: a word that only begins like it is no building («адміністрація повідомила»).
  assert.deepEqual(objects('Унаслідок атаки на Чернігів пошкоджено авто, повідомила адміністрація.', 'uk'), [null]);
});
