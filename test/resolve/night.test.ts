import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nightKey } from '../../src/resolve/night.ts';

test('a night window and the evening before it belong to the same night', () => {
  const overnight = {
    start: '2025-05-06T21:00:00+03:00',
    end: '2025-05-07T07:00:00+03:00',
    precision: 'night' as const,
  };
  const evening = { start: '2025-05-06T20:00:00+03:00', end: '2025-05-06T23:00:00+03:00', precision: 'hour' as const };
  assert.equal(nightKey(overnight, '2025-05-07T09:00:00+03:00'), '2025-05-07');
  assert.equal(nightKey(evening, '2025-05-06T23:30:00+03:00'), '2025-05-07');
});

test('the date is taken in UTC+3 whatever offset the time is written in', () => {
  const utc = { start: '2025-05-06T18:00:00Z', end: '2025-05-07T04:00:00Z', precision: 'night' as const };
  assert.equal(nightKey(utc, '2025-05-07T06:00:00Z'), '2025-05-07');
});

test('with no window the publication time decides', () => {
  assert.equal(nightKey(null, '2025-05-07T08:15:00+03:00'), '2025-05-07');
  // The afternoon's and the evening's follow-ups stay with the morning: a post that names no time is the day it
  // was written (Moscow time) until 22:00; from then on it may open the night to come.
  assert.equal(nightKey(null, '2025-05-07T15:00:00+03:00'), '2025-05-07');
  assert.equal(nightKey(null, '2025-05-07T18:30:00+03:00'), '2025-05-07');
  assert.equal(nightKey(null, '2025-05-07T21:50:00+03:00'), '2025-05-07');
  assert.equal(nightKey(null, '2025-05-07T22:10:00+03:00'), '2025-05-08');
  assert.equal(nightKey(null, '2025-05-07T18:50:00Z'), '2025-05-07');
});

test('an evening post that names no time is that day; one that names the evening, or a late one, opens the night', () => {
  const published = '2025-05-07T20:40:00+03:00';
  // The window infer-window.ts gives a post that names no time: the twelve hours behind it.
  const inferred = { start: '2025-05-07T08:40:00+03:00', end: published, precision: 'unknown' as const };
  assert.equal(nightKey(inferred, published), '2025-05-07');
  // "Вечером над областью сбиты три беспилотника": the evening is told, and it opens the night to 8 May.
  const evening = { start: '2025-05-07T18:00:00+03:00', end: published, precision: 'hour' as const };
  assert.equal(nightKey(evening, published), '2025-05-08');
  // A mayor's first post of a live tally at 23:48 that names no time is the night it opens, with his later posts.
  const late = '2025-05-07T23:48:00+03:00';
  assert.equal(nightKey({ start: '2025-05-07T11:48:00+03:00', end: late, precision: 'unknown' }, late), '2025-05-08');
});

test('an unreadable window falls back to the publication time; nothing readable throws', () => {
  const broken = { start: 'yesterday', end: 'tonight', precision: 'unknown' as const };
  assert.equal(nightKey(broken, '2025-05-07T08:00:00+03:00'), '2025-05-07');
  assert.throws(() => nightKey(null, 'not a date'), RangeError);
});

test('a window ending at noon is that day; nothing ends after the report that tells it', () => {
  assert.equal(
    nightKey(
      { start: '2025-07-15T06:00:00+03:00', end: '2025-07-15T12:00:00+03:00', precision: 'hour' },
      '2025-07-15T13:00:00+03:00',
    ),
    '2025-07-15',
  );
  // "early on Friday" read as all of Friday, in a report published at 01:30 on Friday.
  assert.equal(
    nightKey(
      { start: '2025-07-18T00:00:00+03:00', end: '2025-07-19T00:00:00+03:00', precision: 'day' },
      '2025-07-18T01:30:00+03:00',
    ),
    '2025-07-18',
  );
});

test('a whole named day is the block of that morning, whenever it is told', () => {
  const day = { start: '2025-05-07T00:00:00+03:00', end: '2025-05-08T00:00:00+03:00', precision: 'day' as const };
  // The evening roundup (after 18:00) and the next morning's recap both tell of 7 May's daytime.
  assert.equal(nightKey(day, '2025-05-07T19:30:00+03:00'), '2025-05-07');
  assert.equal(nightKey(day, '2025-05-08T09:00:00+03:00'), '2025-05-07');
  // A day told in another offset is still read on the local clock.
  assert.equal(
    nightKey({ ...day, start: '2025-05-06T21:00:00Z', end: '2025-05-07T21:00:00Z' }, '2025-05-07T17:00:00Z'),
    '2025-05-07',
  );
  // A London outlet's "on Thursday" is Thursday in its own offset, midnight to midnight UTC: still that day's block,
  // not the next one that its end (03:00 Kyiv time on Friday) would give.
  const london = { start: '2022-12-29T00:00:00+00:00', end: '2022-12-30T00:00:00+00:00', precision: 'day' as const };
  assert.equal(nightKey(london, '2022-12-29T11:00:00+00:00'), '2022-12-29');
  assert.equal(
    nightKey({ ...london, start: '2022-12-29T00:00Z', end: '2022-12-30T00:00Z' }, '2022-12-29T20:00Z'),
    '2022-12-29',
  );
  // Not a whole day: the window's end decides, as before.
  const evening = { start: '2025-05-07T18:00:00+03:00', end: '2025-05-08T00:00:00+03:00', precision: 'day' as const };
  assert.equal(nightKey(evening, '2025-05-07T23:00:00+03:00'), '2025-05-08');
  // «в среду вечером»: the whole day as the labels read it, marked 'evening', opens the night after as its hours do.
  assert.equal(nightKey({ ...day, precision: 'evening' }, '2025-05-07T23:00:00+03:00'), '2025-05-08');
  assert.equal(nightKey({ ...day, precision: 'evening' }, '2025-05-08T09:00:00+03:00'), '2025-05-08');
});

test('an airport closure posted in the evening with no time is of the night it opens (ux30 #4)', () => {
  // Rosaviatsia's 21:35 «введены ограничения» and its 23:58 «сняты в 23:55» are one episode, one block.
  const at = '2025-05-07T21:35:00+03:00';
  const inferred = { start: '2025-05-07T09:35:00+03:00', end: at, precision: 'unknown' as const };
  assert.equal(nightKey(inferred, at, 'airport_disruption'), '2025-05-08');
  const lifted = { start: '2025-05-07T23:55:00+03:00', end: '2025-05-07T23:55:00+03:00', precision: 'exact' as const };
  assert.equal(nightKey(lifted, '2025-05-07T23:58:00+03:00', 'airport_disruption'), '2025-05-08');
  // Any other kind told then with no time is a follow-up of the day.
  assert.equal(nightKey(inferred, at, 'interception'), '2025-05-07');
  // Before 18:00 an airport post is of the day's block as before.
  assert.equal(nightKey(null, '2025-05-07T15:00:00+03:00', 'airport_disruption'), '2025-05-07');
});
