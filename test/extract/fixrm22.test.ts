// Review of ruweapon22 and mod22 (twenty-second session, fixrm22): «на» after an attack's weapon aims only at a place
// right behind it; «по» and «до» before a dotted number make a clock only when they close a «с» window; a breakdown's
// parts must lie inside the total's time; two verbs' counts are not summed across two places; an air force hit of a
// class launched with no fate told is that launch's hit. Every text is invented.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const at = '2024-11-20T12:00:00+03:00';
const strikes = (facts: Fact[]) =>
  facts.filter((f) => f.kind === 'strike').map((f) => `${f.region?.code ?? '-'} ${f.weapon ?? '-'}`);

describe('«на» after an attack noun and its weapon: a place right behind it only', () => {
  for (const [lang, text, region] of [
    ['ru', 'Об атаке дронов на совещании в Москве доложил губернатор.', 'RU-MOW'],
    ['ru', 'Губернатор рассказал об атаке дронов на встрече с жителями Белгорода.', 'RU-BEL'],
    ['ru', 'Кадры атаки дронов на видео опубликовали жители Москвы.', 'RU-MOW'],
    ['uk', 'Про атаку дронів на брифінгу в Києві розповів губернатор Курської області.', 'UA-30'],
  ] as const) {
    it(`negative, ${lang}: ${text}`, () => {
      const facts = extractText(text, lang, at);
      assert.ok(!strikes(facts).some((s) => s.startsWith(region)), JSON.stringify(strikes(facts)));
    });
  }
  for (const [lang, text, want] of [
    ['ru', 'Ночью произошла атака дронов на российский Белгород.', 'RU-BEL uav'],
    ['ru', 'Губернатор сообщил об атаке беспилотников на территорию Курской области.', 'RU-KRS uav'],
    // A list that starts right behind «на» goes on.
    ['ru', 'Атака беспилотников на Брянск и Подмосковье отражена.', 'RU-MOS uav'],
    ['ru', 'Массированная атака БПЛА на Орловскую и Тульскую области.', 'RU-TUL uav'],
    ['ru', 'Атака дронов на Липецк и Тамбов.', 'RU-TAM uav'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const facts = extractText(text, lang, at);
      assert.ok(strikes(facts).includes(want), JSON.stringify(strikes(facts)));
    });
  }
});

const PUBLISHED = '2025-03-10T07:20:00+03:00';
const whens = (text: string) =>
  extractText(text, 'ru', PUBLISHED).map((f) => (f.when ? [f.when.start, f.when.end] : null));

describe('«по», «до» before a date or an amount make no clock time', () => {
  for (const text of [
    'Над Калужской областью уничтожены 3 беспилотника, ограничения в аэропорту Калуги продлены по 20.12.',
    'Над Белгородской областью уничтожены 5 беспилотников, режим КТО продлен по 15.05.',
    'Над Курской областью уничтожены 2 беспилотника, поврежден дом, компенсации по 10.50 тысяч рублей.',
    'Над Брянской областью уничтожены 4 беспилотника, ограничения действуют до 15.05.',
  ]) {
    it(text, () => {
      const got = whens(text);
      assert.ok(!got.some((w) => w !== null && /T(?:20:12|15:05|10:50)/u.test(w[0] ?? '')), JSON.stringify(got));
    });
  }
  it('a bare hour word is a length: «атака длилась 5 часов»', () =>
    assert.deepEqual(whens('Над Курской областью уничтожены 5 беспилотников, атака длилась 5 часов.'), [null]));
  it('«в 5 часов» is still a time', () =>
    assert.deepEqual(whens('Сегодня в 5 часов над Курской областью уничтожены 5 беспилотников.'), [
      ['2025-03-10T05:00:00+03:00', '2025-03-10T05:00:00+03:00'],
    ]));
  it('«с … по …» still closes a window with «по»', () =>
    assert.deepEqual(
      whens(
        'С 22.00 9 марта по 06.00 10 марта дежурными средствами ПВО уничтожены 12 БПЛА над территорией Курской области.',
      ),
      [['2025-03-09T22:00:00+03:00', '2025-03-10T06:00:00+03:00']],
    ));
});

const totals = (text: string) =>
  extractText(text, 'ru', PUBLISHED)
    .filter((f) => f.kind === 'interception' && f.region === null && f.place === null)
    .map((f) => [f.count?.value ?? null, f.aggregate]);

describe('a breakdown after a total: its parts lie inside the total’s time', () => {
  it('negative: parts of a later window are not the night total’s', () =>
    assert.deepEqual(
      totals(
        'С 23:00 9 марта до 07:00 мск 10 марта дежурными средствами ПВО уничтожены 10 украинских БПЛА. С 09:00 до 12:00 мск над территорией Белгородской области уничтожены 2 БПЛА, над территорией Курской области — 3 БПЛА.',
      ),
      [[10, false]],
    ));
  it('negative: parts dated the day before', () =>
    assert.deepEqual(
      totals(
        '10 марта дежурными средствами ПВО уничтожены 10 украинских БПЛА. 9 марта над территорией Белгородской области уничтожены 2 БПЛА, над территорией Курской области — 3 БПЛА.',
      ),
      [[10, false]],
    ));
  it('parts with no time of their own still break it down', () =>
    assert.deepEqual(
      totals(
        'С 23:00 9 марта до 07:00 мск 10 марта дежурными средствами ПВО уничтожены 10 украинских БПЛА. Над территорией Белгородской области уничтожены 2 БПЛА, над территорией Курской области — 3 БПЛА.',
      ),
      [[10, true]],
    ));
});

const rows = (text: string) =>
  extractText(text, 'ru', PUBLISHED)
    .filter((f) => f.kind === 'interception')
    .map((f) => [f.region?.code ?? null, f.count?.value ?? null]);

describe('two verbs’ counts: not summed across a place before the first and another after the second', () => {
  it('negative: Bryansk before, Kursk after', () => {
    const got = rows('Над Брянской областью 4 БПЛА уничтожено и ещё 2 перехвачено над Курской областью.');
    assert.ok(!got.some((r) => r[1] === 6), JSON.stringify(got));
  });
  it('one place after both verbs still sums them', () =>
    assert.deepEqual(rows('Четыре БПЛА уничтожено и ещё два перехвачено над территорией Брянской области.'), [
      ['RU-BRY', 6],
    ]));
});

const AF = '2026-09-05T08:30:00+03:00';
describe('an air force hit of a class launched with no fate told is that launch’s hit', () => {
  const text =
    'У ніч на 5 вересня ворог атакував 2 балістичними ракетами Іскандер-М та 50 ударними БпЛА. Збито 40 БпЛА. Зафіксовано влучання 2 балістичних ракет та 10 БпЛА на 5 локаціях.';
  it(text, () => {
    const facts = extractText(text, 'uk', AF).filter((f) => f.weapon === 'ballistic_missile');
    assert.deepEqual(
      facts.map((f) => [f.kind, f.launched?.value ?? null, f.count?.value ?? null, f.hit?.value ?? null]),
      [['interception', 2, null, 2]],
    );
  });
});
