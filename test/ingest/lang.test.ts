import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLang } from '../../src/ingest/lang.ts';

test('Ukrainian letters decide uk', () => {
  assert.equal(detectLang('Сили ППО збили 12 дронів над областю'), 'uk');
  assert.equal(detectLang('ЄДИНИЙ ЗАПИС'), 'uk');
  assert.equal(detectLang('Ґанок пошкоджено'), 'uk');
});

test('Russian letters decide ru', () => {
  assert.equal(detectLang('Сбиты беспилотники над Брянской областью'), 'ru');
  assert.equal(detectLang('Это ЁЛКА'), 'ru');
});

test('no Cyrillic is English', () => {
  assert.equal(detectLang('Forty drones were shot down over Kaluga region.'), 'en');
});

test('an English article quoting one Russian word stays English', () => {
  assert.equal(
    detectLang('The governor wrote a single word, «Отбой», on his channel after the attack ended at night.'),
    'en',
  );
});

test('links do not count as English', () => {
  assert.equal(detectLang('Над Києвом збито дрони https://example.org/news/air-defence-report-for-the-night'), 'uk');
});

test('mixed: a Russian post naming one Ukrainian place is ru', () => {
  const text =
    'По данным Минобороны, ночью над территорией области сбиты восемь беспилотников. ' +
    'Ранее сообщалось об атаке на Київщину, уточнили в ведомстве, пострадавших нет.';
  assert.equal(detectLang(text), 'ru');
});

test('mixed: a Ukrainian post quoting a Russian phrase is uk', () => {
  const text =
    'Повітряні сили повідомили, що вночі над областю знищено вісім ударних дронів. ' +
    'Окупанти у своїх каналах писали «сбиты все цели», але це не відповідає дійсності.';
  assert.equal(detectLang(text), 'uk');
});

test('a single і in a long text without ы is not enough for uk', () => {
  const ruNoTelltale = 'Над городом Курск сбит беспилотник, повреждена крыша дома на улице Ленина, пожар потушен, ';
  assert.equal(detectLang(`${ruNoTelltale.repeat(3)}Кiев`, 'ru'), 'ru');
});

test('Cyrillic without telltale letters: hint first, then the detector', () => {
  assert.equal(detectLang('Над Харковом', 'uk'), 'uk');
  assert.equal(detectLang('Над Харьковом сбит дрон'), 'ru');
  const r = detectLang('Над городом');
  assert.ok(r === 'ru' || r === 'uk');
});

test('no letters at all: the hint, else en', () => {
  assert.equal(detectLang('12:00 — 40', 'uk'), 'uk');
  assert.equal(detectLang('12:00 — 40'), 'en');
});

// Invented headlines without a telltale letter, on which the statistical detector guesses the other language: the past
// tense of the -овать / -увати verbs decides (ru «атаковали», uk «атакував»).
test('no telltale letters: a Ukrainian past in -ував decides uk', () => {
  assert.equal(detectLang('Ворог атакував нафтобазу поблизу Ковеля, спалахнула пожежа'), 'uk');
  assert.equal(detectLang('Дрон атакував елеватор в Умани, спричинивши пожежу'), 'uk');
});

test('no telltale letters: a Russian past in -овали decides ru', () => {
  assert.equal(
    detectLang('Полтавскую область массированно атаковали БПЛА. Повреждена нефтебаза возле Кременчуга'),
    'ru',
  );
});

test('the past-tense cue yields to a hint and to the letters', () => {
  assert.equal(detectLang('Дрон атакував елеватор в Умани', 'ru'), 'ru');
  assert.equal(detectLang('Дроны атаковали склад, а потом атакував'), 'ru');
});
