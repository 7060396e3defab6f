import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Lang, Precision, TimeSpan } from '../../src/core/types.ts';
import { findTimes, type TimeContext, toZonedIso, zoneOffset } from '../../src/extract/common/time.ts';

// Fixed publication times; the clock is never read. 2025-05-07 is a Wednesday, 2025-07-15 a Tuesday.
const MOSCOW_MORNING: TimeContext = { published: '2025-05-07T08:05:00+03:00', timeZone: 'Europe/Moscow' };
const MOSCOW_LATE: TimeContext = { published: '2025-05-07T23:10:00+03:00', timeZone: 'Europe/Moscow' };
const KYIV_JULY: TimeContext = { published: '2025-07-15T09:00:00+03:00', timeZone: 'Europe/Kyiv' };
const KYIV_JANUARY: TimeContext = { published: '2025-01-16T08:05:00+02:00', timeZone: 'Europe/Kyiv' };

const span = (start: string, end: string, precision: Precision): TimeSpan => ({ start, end, precision });
const LAST_NIGHT = span('2025-05-06T21:00:00+03:00', '2025-05-07T07:00:00+03:00', 'night');
const NOV_21_NIGHT = span('2024-11-20T21:00:00+03:00', '2024-11-21T07:00:00+03:00', 'night');
const YESTERDAY = span('2025-05-06T00:00:00+03:00', '2025-05-07T00:00:00+03:00', 'day');
const TODAY = span('2025-05-07T00:00:00+03:00', '2025-05-08T00:00:00+03:00', 'day');
// An evening that names its day is that whole day, marked 'evening' so that resolution keeps it with the night after.
const YESTERDAY_EVENING = span('2025-05-06T00:00:00+03:00', '2025-05-07T00:00:00+03:00', 'evening');
const THIS_WEEK = span('2025-05-05T00:00:00+03:00', '2025-05-07T08:05:00+03:00', 'week');
// "Earlier this week" is the seven days before publication (docs/eval.md), not the calendar week.
const PAST_WEEK = span('2025-04-30T08:05:00+03:00', '2025-05-07T08:05:00+03:00', 'week');

/** The single time expression in `text`: the span of text it covers and what it resolves to. */
function only(text: string, lang: Lang, ctx: TimeContext): { text: string; when: TimeSpan } {
  const found = findTimes(text, lang, ctx);
  assert.equal(found.length, 1, `one time in ${JSON.stringify(text)}, got ${JSON.stringify(found)}`);
  const m = found[0] as (typeof found)[number];
  assert.equal(text.slice(m.start, m.end), m.text, 'offsets point into the input');
  return { text: m.text, when: m.when };
}

type Case = [string, string, TimeSpan];

function table(lang: Lang, ctx: TimeContext, cases: Case[]): void {
  for (const [text, covered, when] of cases) {
    test(`${lang} @${ctx.published}: ${text}`, () => {
      assert.deepEqual(only(text, lang, ctx), { text: covered, when });
    });
  }
}

describe('English', () => {
  table('en', { ...MOSCOW_MORNING, published: '2025-05-07T08:05:00+03:00' }, [
    ['Last night, air defences destroyed 40 UAVs.', 'Last night', LAST_NIGHT],
    ['Drones were downed overnight.', 'overnight', LAST_NIGHT],
    ['during the night, 32 drones', 'during the night', LAST_NIGHT],
    ['"Tonight," he wrote', 'Tonight', LAST_NIGHT],
    ['on the night of May 6 to 7', 'on the night of May 6 to 7', LAST_NIGHT],
    ['on the night of 21 November', 'on the night of 21 November', NOV_21_NIGHT],
    ['Earlier this week, a drone hit', 'Earlier this week', PAST_WEEK],
    ['earlier in the week', 'earlier in the week', PAST_WEEK],
    // A bare "this week" reads as "earlier this week" (the real labels: air strikes across the country, a target hit by
    // a drone and a series of assaults, each told "this week", are each the seven days before publication).
    ['this week', 'this week', PAST_WEEK],
    ['yesterday', 'yesterday', YESTERDAY],
    ['today', 'today', TODAY],
    // A morning or an afternoon is the whole day it falls in (docs/eval.md: "on Friday morning" is that day).
    ['this morning', 'this morning', span('2025-05-07T00:00:00+03:00', '2025-05-08T00:00:00+03:00', 'day')],
    // So is an evening that names its day, "this evening" as «сегодня вечером» (docs/eval.md).
    ['this evening', 'this evening', { ...TODAY, precision: 'evening' }],
    ['on May 6', 'on May 6', YESTERDAY],
    ['on 6 May 2025', 'on 6 May 2025', YESTERDAY],
    ['on Tuesday', 'on Tuesday', YESTERDAY],
    ['on Wednesday', 'on Wednesday', TODAY],
    // "<day> night" is that whole day, of precision evening, as the real labels read "on Monday night" (enwin26);
    // "overnight Tuesday" is the night that ended on Tuesday.
    ['Tuesday night', 'Tuesday night', { ...YESTERDAY, precision: 'evening' }],
    ['overnight Wednesday', 'overnight Wednesday', LAST_NIGHT],
    ['at 10:30 on May 5', 'at 10:30 on May 5', span('2025-05-05T10:30:00+03:00', '2025-05-05T10:30:00+03:00', 'exact')],
    [
      'between 8 pm and 11 pm',
      'between 8 pm and 11 pm',
      span('2025-05-06T20:00:00+03:00', '2025-05-06T23:00:00+03:00', 'hour'),
    ],
    [
      'from 20:00 to 23:00 Moscow time',
      'from 20:00 to 23:00 Moscow time',
      span('2025-05-06T20:00:00+03:00', '2025-05-06T23:00:00+03:00', 'hour'),
    ],
    ['posted 5/6/2025', '5/6/2025', YESTERDAY],
    ['Tuesday, May 6', 'Tuesday, May 6', YESTERDAY],
  ]);

  test('"tonight" after 21:00 is the night under way', () => {
    const ctx = { published: '2025-05-07T22:30:00+03:00', timeZone: 'Europe/Moscow' };
    assert.deepEqual(
      only('Drones are attacking tonight', 'en', ctx).when,
      span('2025-05-07T21:00:00+03:00', '2025-05-08T07:00:00+03:00', 'night'),
    );
  });

  test('"Moscow time" reads the clock in Moscow, the output keeps the report zone', () => {
    // Published 23:30 in Kyiv is already 00:30 on the 16th in Moscow: the window ended the Moscow day before.
    const ctx = { published: '2025-01-15T23:30:00+02:00', timeZone: 'Europe/Kyiv' };
    assert.deepEqual(
      only('from 20:00 to 23:00 Moscow time', 'en', ctx).when,
      span('2025-01-15T19:00:00+02:00', '2025-01-15T22:00:00+02:00', 'hour'),
    );
  });
});

describe('Russian', () => {
  table('ru', MOSCOW_MORNING, [
    ['Этой ночью сбиты 5 дронов', 'Этой ночью', LAST_NIGHT],
    ['Минувшей ночью сбиты', 'Минувшей ночью', LAST_NIGHT],
    ['прошедшей ночью', 'прошедшей ночью', LAST_NIGHT],
    ['Сегодня ночью', 'Сегодня ночью', LAST_NIGHT],
    ['Ночью над областью', 'Ночью', LAST_NIGHT],
    ['«В течение минувшей ночи»', 'В течение минувшей ночи', LAST_NIGHT],
    ['в течение ночи', 'в течение ночи', LAST_NIGHT],
    ['в ночь на 21 ноября', 'в ночь на 21 ноября', NOV_21_NIGHT],
    ['в ночь с 20 на 21 ноября', 'в ночь с 20 на 21 ноября', NOV_21_NIGHT],
    ['в ночь на среду', 'в ночь на среду', LAST_NIGHT],
    ['в ночь со вторника на среду', 'в ночь со вторника на среду', LAST_NIGHT],
    ['вчера', 'вчера', YESTERDAY],
    ['сегодня', 'сегодня', TODAY],
    // Adjectives of a time (sixth session): «в ходе ночного налета», «сегодняшнего удара», «сегодняшней ночи».
    ['в ходе ночного налета дронов', 'ночного налета', LAST_NIGHT],
    ['при сегодняшней атаке на город', 'сегодняшней', TODAY],
    ['после вчерашнего обстрела', 'вчерашнего', YESTERDAY],
    ['В течение сегодняшней ночи пресечены', 'В течение сегодняшней ночи', LAST_NIGHT],
    ['утром', 'утром', TODAY],
    ['сегодня утром', 'сегодня утром', TODAY],
    ['Утром 30 июля', 'Утром 30 июля', span('2024-07-30T00:00:00+03:00', '2024-07-31T00:00:00+03:00', 'day')],
    ['вечером', 'вечером', span('2025-05-06T18:00:00+03:00', '2025-05-07T00:00:00+03:00', 'day')],
    // An evening that names its day is that whole day, as the real labels read «в воскресенье вечером», «накануне
    // вечером», «вечером воскресенья» (docs/eval.md: «сегодня вечером», "on Friday morning"); a bare one keeps its hours.
    ['вчера вечером', 'вчера вечером', YESTERDAY_EVENING],
    ['накануне вечером', 'накануне вечером', YESTERDAY_EVENING],
    ['во вторник вечером', 'во вторник вечером', YESTERDAY_EVENING],
    ['Вечером 6 мая', 'Вечером 6 мая', YESTERDAY_EVENING],
    // Before noon, «днём» is yesterday's.
    ['днём', 'днём', YESTERDAY],
    ['на этой неделе', 'на этой неделе', THIS_WEEK],
    ['во вторник', 'во вторник', YESTERDAY],
    // A part of the day before a weekday in the genitive stands for its preposition: «ранним утром вторника» is
    // Tuesday's, not this morning's.
    ['ранним утром вторника', 'ранним утром вторника', YESTERDAY],
    ['Вечером вторника', 'Вечером вторника', YESTERDAY_EVENING],
    ['утром среды', 'утром среды', TODAY],
    ['21 ноября', '21 ноября', span('2024-11-21T00:00:00+03:00', '2024-11-22T00:00:00+03:00', 'day')],
    ['21.11.2024', '21.11.2024', span('2024-11-21T00:00:00+03:00', '2024-11-22T00:00:00+03:00', 'day')],
    ['с 7 по 13 октября', '7 по 13 октября', span('2024-10-07T00:00:00+03:00', '2024-10-14T00:00:00+03:00', 'day')],
    [
      'В период с 20.00 до 23.00 мск уничтожены',
      'В период с 20.00 до 23.00 мск',
      span('2025-05-06T20:00:00+03:00', '2025-05-06T23:00:00+03:00', 'hour'),
    ],
    ['с 20.00 до 7.00', 'с 20.00 до 7.00', span('2025-05-06T20:00:00+03:00', '2025-05-07T07:00:00+03:00', 'hour')],
    [
      'С 8.50 мск до 11.10 мск',
      'С 8.50 мск до 11.10 мск',
      span('2025-05-06T08:50:00+03:00', '2025-05-06T11:10:00+03:00', 'hour'),
    ],
    ['с 20 до 23 часов', 'с 20 до 23 часов', span('2025-05-06T20:00:00+03:00', '2025-05-06T23:00:00+03:00', 'hour')],
    ['за прошедшие сутки', 'за прошедшие сутки', span('2025-05-06T08:05:00+03:00', '2025-05-07T08:05:00+03:00', 'day')],
    ['в 23:40 21 ноября', 'в 23:40 21 ноября', span('2024-11-21T23:40:00+03:00', '2024-11-21T23:40:00+03:00', 'exact')],
    [
      '31 октября около 19.00 мск',
      '31 октября около 19.00 мск',
      span('2024-10-31T19:00:00+03:00', '2024-10-31T19:00:00+03:00', 'exact'),
    ],
    ['около 7.30 мск', 'около 7.30 мск', span('2025-05-07T07:30:00+03:00', '2025-05-07T07:30:00+03:00', 'exact')],
    ['в 3 часа ночи', 'в 3 часа ночи', span('2025-05-07T03:00:00+03:00', '2025-05-07T03:00:00+03:00', 'exact')],
    ['За ночь на территории области', 'За ночь', LAST_NIGHT],
    [
      'За период с 21.15 мск 5 мая до 05.15 мск 6 мая уничтожены',
      'с 21.15 мск 5 мая до 05.15 мск 6 мая',
      span('2025-05-05T21:15:00+03:00', '2025-05-06T05:15:00+03:00', 'hour'),
    ],
  ]);

  table('ru', MOSCOW_LATE, [
    ['с 20.00 до 23.00', 'с 20.00 до 23.00', span('2025-05-07T20:00:00+03:00', '2025-05-07T23:00:00+03:00', 'hour')],
    ['Ночью над областью', 'Ночью', LAST_NIGHT],
    ['около 22.15 мск', 'около 22.15 мск', span('2025-05-07T22:15:00+03:00', '2025-05-07T22:15:00+03:00', 'exact')],
    // Told that evening, «сегодня вечером» is the whole day too; a bare «вечером» is the evening's hours.
    ['сегодня вечером', 'сегодня вечером', span('2025-05-07T00:00:00+03:00', '2025-05-08T00:00:00+03:00', 'evening')],
    ['вечером', 'вечером', span('2025-05-07T18:00:00+03:00', '2025-05-08T00:00:00+03:00', 'day')],
  ]);

  test('«мск» forces Moscow time whatever the report zone', () => {
    assert.deepEqual(
      only('с 20:00 до 7:00 по московскому времени', 'ru', KYIV_JANUARY).when,
      span('2025-01-15T19:00:00+02:00', '2025-01-16T06:00:00+02:00', 'hour'),
    );
    assert.deepEqual(
      only('с 20:00 до 7:00', 'ru', KYIV_JANUARY).when,
      span('2025-01-15T20:00:00+02:00', '2025-01-16T07:00:00+02:00', 'hour'),
    );
  });

  test('a date without a year is the latest one not after publication, two days ahead allowed', () => {
    const dec30 = { published: '2025-12-30T12:00:00+03:00', timeZone: 'Europe/Moscow' };
    assert.equal(only('2 января', 'ru', dec30).when.start, '2025-01-02T00:00:00+03:00');
    assert.equal(only('9 мая', 'ru', MOSCOW_MORNING).when.start, '2025-05-09T00:00:00+03:00');
    assert.equal(only('10 мая', 'ru', MOSCOW_MORNING).when.start, '2024-05-10T00:00:00+03:00');
  });

  test('month names in every case form', () => {
    const forms = ['5 марта', '5 марте', '1 августа', '3 декабря', '12 апреля', '1 июня', '1 сентября'];
    for (const text of forms) assert.equal(findTimes(text, 'ru', MOSCOW_MORNING).length, 1, text);
  });
});

describe('Ukrainian', () => {
  const KYIV_LAST_NIGHT = span('2025-07-14T21:00:00+03:00', '2025-07-15T07:00:00+03:00', 'night');
  // November is winter time in Kyiv: +02:00 even though the report was published in July.
  const NOV_21 = span('2024-11-20T21:00:00+02:00', '2024-11-21T07:00:00+02:00', 'night');
  table('uk', KYIV_JULY, [
    ['Цієї ночі ворог атакував', 'Цієї ночі', KYIV_LAST_NIGHT],
    ['Минулої ночі', 'Минулої ночі', KYIV_LAST_NIGHT],
    ['вночі', 'вночі', KYIV_LAST_NIGHT],
    ['Уночі', 'Уночі', KYIV_LAST_NIGHT],
    ['у ніч на 21 листопада', 'у ніч на 21 листопада', NOV_21],
    ['в ніч на 21 листопада', 'в ніч на 21 листопада', NOV_21],
    ['в ніч з 20 на 21 листопада', 'в ніч з 20 на 21 листопада', NOV_21],
    ['у ніч на вівторок', 'у ніч на вівторок', KYIV_LAST_NIGHT],
    ['вчора', 'вчора', span('2025-07-14T00:00:00+03:00', '2025-07-15T00:00:00+03:00', 'day')],
    ['сьогодні', 'сьогодні', span('2025-07-15T00:00:00+03:00', '2025-07-16T00:00:00+03:00', 'day')],
    ['під час нічної атаки', 'нічної атаки', KYIV_LAST_NIGHT],
    [
      'після сьогоднішнього удару',
      'сьогоднішнього',
      span('2025-07-15T00:00:00+03:00', '2025-07-16T00:00:00+03:00', 'day'),
    ],
    ['зранку', 'зранку', span('2025-07-15T00:00:00+03:00', '2025-07-16T00:00:00+03:00', 'day')],
    ['цього тижня', 'цього тижня', span('2025-07-14T00:00:00+03:00', '2025-07-15T09:00:00+03:00', 'week')],
    ['з 18:00 до 08:00', 'з 18:00 до 08:00', span('2025-07-14T18:00:00+03:00', '2025-07-15T08:00:00+03:00', 'hour')],
    ['21 листопада', '21 листопада', span('2024-11-21T00:00:00+02:00', '2024-11-22T00:00:00+02:00', 'day')],
    ['5 березня', '5 березня', span('2025-03-05T00:00:00+02:00', '2025-03-06T00:00:00+02:00', 'day')],
    ['1 липня', '1 липня', span('2025-07-01T00:00:00+03:00', '2025-07-02T00:00:00+03:00', 'day')],
  ]);

  test('Kyiv in January is +02:00', () => {
    assert.deepEqual(
      only('Минулої ночі', 'uk', { published: '2025-01-15T09:00:00+02:00', timeZone: 'Europe/Kyiv' }).when,
      span('2025-01-14T21:00:00+02:00', '2025-01-15T07:00:00+02:00', 'night'),
    );
  });

  test('a night across the spring change keeps both offsets', () => {
    assert.deepEqual(
      only('Минулої ночі', 'uk', { published: '2025-03-30T09:00:00+03:00', timeZone: 'Europe/Kyiv' }).when,
      span('2025-03-29T21:00:00+02:00', '2025-03-30T07:00:00+03:00', 'night'),
    );
  });
});

describe('not times', () => {
  const negatives: Record<Lang, string[]> = {
    en: [
      'night vision goggles',
      'the nightlife of Kyiv',
      'a night shift',
      '40 drones',
      'Su-34 jets',
      'may 40 drones',
      // A span, not a clock: "the alarm lasted exactly 3 hours", "losses in the previous 24 hours".
      'the alarm lasted exactly 3 hours',
      'heavy losses in the previous 24 hours',
      // Ahead of publication: its "this week" is not the seven days before it.
      'more drones will come later this week',
      'strikes expected later in the week',
    ],
    ru: ['ночной клуб', 'байкеры «Ночные волки»', 'среда обитания', '40 дронов', 'Ту-22М3', 'ночная смена'],
    uk: ['нічний клуб', 'середа', '40 дронів', 'сім’я'],
  };
  for (const [lang, texts] of Object.entries(negatives) as [Lang, string[]][]) {
    for (const text of texts) {
      test(`${lang}: ${text}`, () => {
        assert.deepEqual(findTimes(text, lang, MOSCOW_MORNING), []);
      });
    }
  }
});

describe('running text', () => {
  test('every expression, sorted, the longest of overlapping ones', () => {
    const text = 'В ночь на 21 ноября сбиты 12 дронов. Вчера около 22.15 мск ещё два. На этой неделе — 40.';
    const found = findTimes(text, 'ru', MOSCOW_MORNING);
    assert.deepEqual(
      found.map((m) => m.text),
      ['В ночь на 21 ноября', 'Вчера около 22.15 мск', 'На этой неделе'],
    );
    assert.deepEqual(found[1]?.when, span('2025-05-06T22:15:00+03:00', '2025-05-06T22:15:00+03:00', 'exact'));
  });

  test('the same input gives the same output', () => {
    const text = 'Last night and earlier this week';
    assert.deepEqual(findTimes(text, 'en', MOSCOW_MORNING), findTimes(text, 'en', MOSCOW_MORNING));
  });

  test('an unreadable publication time is refused', () => {
    assert.throws(() => findTimes('вчера', 'ru', { published: 'yesterday', timeZone: 'Europe/Moscow' }));
  });
});

describe('zones', () => {
  test('zoneOffset follows DST in Kyiv and not in Moscow', () => {
    assert.equal(zoneOffset('2025-01-15T12:00:00Z', 'Europe/Kyiv'), '+02:00');
    assert.equal(zoneOffset('2025-07-15T12:00:00Z', 'Europe/Kyiv'), '+03:00');
    assert.equal(zoneOffset('2025-01-15T12:00:00Z', 'Europe/Moscow'), '+03:00');
    assert.equal(zoneOffset('2025-07-15T12:00:00Z', 'Etc/GMT-3'), '+03:00');
    assert.equal(zoneOffset('2025-07-15T12:00:00Z', 'America/New_York'), '-04:00');
  });

  test('on the day of a change each side keeps its offset, whichever is read first', () => {
    // Kyiv went from +02:00 to +03:00 at 01:00 UTC on 2025-03-30 and back at 01:00 UTC on 2025-10-26.
    assert.equal(zoneOffset('2025-03-30T23:00:00Z', 'Europe/Kyiv'), '+03:00');
    assert.equal(zoneOffset('2025-03-30T00:59:00Z', 'Europe/Kyiv'), '+02:00');
    assert.equal(zoneOffset('2025-03-30T01:00:00Z', 'Europe/Kyiv'), '+03:00');
    assert.equal(zoneOffset('2025-10-26T00:00:00Z', 'Europe/Kyiv'), '+03:00');
    assert.equal(zoneOffset('2025-10-26T01:14:00Z', 'Europe/Kyiv'), '+02:00');
    assert.equal(zoneOffset('2025-10-26T00:59:00Z', 'Europe/Kyiv'), '+03:00');
    assert.equal(zoneOffset('2025-10-26T12:00:00Z', 'Europe/Kyiv'), '+02:00');
  });

  test('toZonedIso writes the wall clock with its offset', () => {
    assert.equal(toZonedIso(new Date('2025-05-07T04:00:00Z'), 'Europe/Moscow'), '2025-05-07T07:00:00+03:00');
    assert.equal(toZonedIso(new Date('2025-01-15T22:30:15Z'), 'Europe/Kyiv'), '2025-01-16T00:30:15+02:00');
    assert.equal(toZonedIso(new Date('2025-07-15T12:00:00Z'), 'UTC'), '2025-07-15T12:00:00+00:00');
  });
});
