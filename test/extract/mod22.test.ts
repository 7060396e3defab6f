// Ministry breakdowns and windows (twenty-second session, mod22): a night total whose regions the next sentence
// breaks down; one weapon counted in two parts by two verbs; a window «с … мск <date> по … мск <date>»; «в районе
// <clock>». The texts are ours, invented in the shape of the ministry's posts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { extractText } from '../helpers/extract-text.ts';

const PUBLISHED = '2025-03-10T07:20:00+03:00';
const count = (f: Fact) => f.count?.value ?? null;
const row = (f: Fact) => [f.kind, f.region?.code ?? f.place?.name ?? null, f.weapon, count(f), f.aggregate];
const rows = (text: string) => extractText(text, 'ru', PUBLISHED).map(row);
const totals = (text: string) =>
  extractText(text, 'ru', PUBLISHED)
    .filter((f) => f.region === null && f.place === null)
    .map(row);

describe('a total whose regions the sentences after it break down is an aggregate', () => {
  for (const text of [
    'В течение прошедшей ночи дежурными средствами ПВО уничтожены 9 украинских БПЛА. Шесть БПЛА сбиты над территорией Курской области, три – над территорией Орловской области.',
    'Ночью дежурными средствами ПВО перехвачены и уничтожены 9 украинских беспилотных летательных аппаратов. Пять БПЛА уничтожены над территорией Брянской области и четыре перехвачены над территорией Тульской области.',
    // Cut short by its collector: the parts add to less than the total.
    'В течение прошедшей ночи дежурными средствами ПВО уничтожены 9 украинских БПЛА. Пять БПЛА сбиты над территорией Курской области, два – над территорией Орловской',
  ]) {
    it(text, () => assert.deepEqual(totals(text), [['interception', null, 'uav', 9, true]]));
  }
});

describe('not a breakdown of the total', () => {
  for (const [why, text] of [
    [
      'a sea is the fact’s own place',
      'Ночью дежурными средствами ПВО уничтожены 9 украинских БПЛА над акваторией Черного моря. Три БПЛА сбиты над территорией Курской области.',
    ],
    [
      'the parts add to more than the total',
      'Ночью дежурными средствами ПВО уничтожены 9 украинских БПЛА. Восемь БПЛА сбиты над территорией Курской области, пять – над территорией Брянской области.',
    ],
    [
      'another two add to the tally',
      'Ночью дежурными средствами ПВО уничтожены 9 украинских БПЛА. Шесть БПЛА сбиты над территорией Курской области. Кроме того, ещё два БПЛА сбиты над территорией Брянской области.',
    ],
  ]) {
    it(`${why}: ${text}`, () => {
      const all = extractText(text as string, 'ru', PUBLISHED);
      assert.ok(
        all.some((f) => count(f) === 9),
        'the total is read',
      );
      assert.deepEqual(all.filter((f) => f.aggregate).map(row), []);
    });
  }
});

describe('one weapon counted in two parts by two verbs is one interception of their sum', () => {
  for (const [text, region, n] of [
    [
      'Ночью дежурными средствами ПВО шесть украинских беспилотных летательных аппаратов уничтожено и еще три перехвачено над территорией Курской области.',
      'RU-KRS',
      9,
    ],
    [
      'Ночью дежурными средствами ПВО уничтожены семь и перехвачены два украинских БПЛА над территорией Орловской области.',
      'RU-ORL',
      9,
    ],
    [
      'Ночью дежурными средствами ПВО пять украинских БПЛА уничтожено и четыре перехвачено над акваторией Черного моря.',
      'Black Sea',
      9,
    ],
  ] as const) {
    it(text, () => assert.deepEqual(rows(text), [['interception', region, 'uav', n, false]]));
  }
  it('a place between the verbs keeps two facts', () => {
    const got = rows(
      'Ночью дежурными средствами ПВО пять украинских БПЛА уничтожено над территорией Курской области и два перехвачено над территорией Брянской области.',
    );
    assert.deepEqual(
      got.map((r) => [r[1], r[3]]),
      [
        ['RU-KRS', 5],
        ['RU-BRY', 2],
      ],
    );
  });
  it('a number of another weapon after the second verb is not summed', () => {
    const got = rows(
      'Ночью дежурными средствами ПВО были уничтожены пять и перехвачены три украинских БПЛА над территорией Курской области, четыре БПЛА перехвачены над территорией Брянской области.',
    );
    assert.deepEqual(
      got.map((r) => [r[1], r[3]]),
      [
        ['RU-KRS', 8],
        ['RU-BRY', 4],
      ],
    );
  });
});

const windowOf = (text: string) =>
  extractText(text, 'ru', PUBLISHED).map((f) => (f.when ? [f.when.start, f.when.end] : null));

describe('a clock window told with «по» and a date on each side', () => {
  for (const text of [
    'За период с 22.00 мск 9 марта по 06.00 мск 10 марта дежурными средствами ПВО уничтожены 12 БПЛА над территорией Курской области.',
    'С 22.00 9 марта по 06.00 10 марта дежурными средствами ПВО уничтожены 12 БПЛА над территорией Курской области.',
  ]) {
    it(text, () => assert.deepEqual(windowOf(text), [['2025-03-09T22:00:00+03:00', '2025-03-10T06:00:00+03:00']]));
  }
});

describe('«в районе» before a clock time is that time', () => {
  it('«Сегодня в районе 6.40»', () =>
    assert.deepEqual(
      windowOf(
        'Сегодня в районе 6.40 пресечена попытка атаки БПЛА. Дежурными средствами ПВО БПЛА уничтожен над территорией Курской области.',
      ),
      [['2025-03-10T06:40:00+03:00', '2025-03-10T06:40:00+03:00']],
    ));
});

// An Air Force night summary of our own: cruise missiles and drones launched, some of each shot down.
const AF_PUBLISHED = '2026-09-05T08:30:00+03:00';
const summary = (hits: string, cruiseDown = 2) =>
  [
    'У ніч на 5 вересня (з 18:00 4 вересня) противник атакував 3 крилатими ракетами Х-101 та 120 ударними БпЛА типу Shahed.',
    '',
    'За попередніми даними, станом на 08:00, протиповітряною обороною збито/подавлено цілі:',
    `- ${cruiseDown} крилаті ракети Х-101;`,
    '- 98 ворожих БпЛА типу Shahed.',
    '',
    hits,
  ].join('\n');
const hitsOf = (text: string) =>
  extractText(text, 'uk', AF_PUBLISHED)
    .filter((f) => f.kind === 'interception')
    .map((f) => [f.weapon, f.hit?.value ?? null]);

describe('hits of no one class after a summary of several', () => {
  for (const line of [
    'Зафіксовано влучання засобів повітряного нападу противника на 9 локаціях.',
    'Зафіксовано влучання ракет та ударних БпЛА противника на 9 локаціях.',
  ]) {
    it(`several classes got through: ${line}`, () =>
      assert.deepEqual(hitsOf(summary(line)), [
        ['cruise_missile', null],
        ['uav', null],
      ]));
  }
  it('only the drones got through: the hits are theirs', () =>
    assert.deepEqual(hitsOf(summary('Зафіксовано влучання засобів повітряного нападу противника на 9 локаціях.', 3)), [
      ['cruise_missile', null],
      ['uav', 9],
    ]));
  it('hits counted per class keep their own numbers', () =>
    assert.deepEqual(hitsOf(summary('Зафіксовано влучання 1 ракети та 7 ударних БпЛА на 6 локаціях.')), [
      ['cruise_missile', 1],
      ['uav', 7],
    ]));
});

describe('the side’s plural weapons with no number are every one of the attack told before', () => {
  const attempt = (weapons: string, after: string) =>
    `Около 18.30 мск пресечена попытка киевского режима совершить атаку с применением ${weapons} по объектам на территории России. ${after}`;
  const interceptionsOf = (text: string) =>
    extractText(text, 'ru', PUBLISHED)
      .filter((f) => f.kind === 'interception')
      .map((f) => [f.region?.code ?? null, f.weapon, count(f), f.launched?.value ?? null]);
  it('three drones, the Ukrainian drones destroyed over one region', () =>
    assert.deepEqual(
      interceptionsOf(
        attempt(
          'трёх БпЛА самолетного типа',
          'Дежурными средствами ПВО украинские беспилотные летательные аппараты уничтожены над территорией Брянской области.',
        ),
      ),
      [['RU-BRY', 'uav', 3, 3]],
    ));
  it('two missiles, the Ukrainian missiles destroyed', () =>
    assert.deepEqual(
      interceptionsOf(
        attempt(
          'двух крылатых ракет',
          'Дежурными средствами ПВО украинские ракеты были уничтожены над территорией Курской области.',
        ),
      ),
      [['RU-KRS', 'cruise_missile', 2, 2]],
    ));
  it('over two regions named without counts, each region’s count stays untold', () =>
    assert.ok(
      interceptionsOf(
        attempt(
          'трёх БпЛА самолетного типа',
          'Дежурными средствами ПВО украинские беспилотные летательные аппараты уничтожены над территориями Брянской и Курской областей.',
        ),
      ).every((r) => r[0] === null || r[2] === null),
    ));
});
