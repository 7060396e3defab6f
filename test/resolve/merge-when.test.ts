// mergeWhen: the window of a merged incident. An evening that names its day is a whole day marked 'evening'
// (extract/common/time.ts); merged with a plain day it must not give an arbitrary precision or a 48-hour window.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, TimeSpan } from '../../src/core/types.ts';
import { mergeWhen } from '../../src/resolve/merge-when.ts';
import type { PlacedFact } from '../../src/resolve/placed-fact.ts';

const placed = (when: TimeSpan): PlacedFact => ({ fact: { when } as Fact, inferred: false }) as PlacedFact;
const sundayEvening: TimeSpan = {
  start: '2024-11-17T00:00:00+03:00',
  end: '2024-11-18T00:00:00+03:00',
  precision: 'evening',
};
const monday: TimeSpan = { start: '2024-11-18T00:00:00+03:00', end: '2024-11-19T00:00:00+03:00', precision: 'day' };

test('an evening merged with a day keeps the evening hours and is a day, whatever the order', () => {
  for (const members of [
    [sundayEvening, monday],
    [monday, sundayEvening],
  ]) {
    const when = mergeWhen(members.map(placed));
    assert.ok(when);
    assert.equal(when.precision, 'day');
    assert.equal(Date.parse(when.start), Date.parse('2024-11-17T18:00:00+03:00'));
    assert.equal(Date.parse(when.end), Date.parse('2024-11-19T00:00:00+03:00'));
  }
});

test('evenings alone keep their whole days and their precision', () => {
  const when = mergeWhen([placed(sundayEvening), placed(sundayEvening)]);
  assert.deepEqual(when, sundayEvening);
});

// Issue ux30 #3: an instant inside a longer stated window is a moment of the incident, not its span.
const at = (iso: string): TimeSpan => ({ start: iso, end: iso, precision: 'exact' });
const inferredAt = (when: TimeSpan): PlacedFact => ({ fact: { when } as Fact, inferred: true }) as PlacedFact;
const permutations = <T>(xs: readonly T[]): T[][] =>
  xs.length <= 1
    ? [[...xs]]
    : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((r) => [x, ...r]));

test('an exact time inside a stated stretch keeps the stretch; one outside it widens it', () => {
  const ministry: TimeSpan = {
    start: '2025-09-03T00:30:00+03:00',
    end: '2025-09-03T03:00:00+03:00',
    precision: 'hour',
  };
  const mayor = inferredAt({
    start: '2025-09-02T21:00:00+03:00',
    end: '2025-09-03T01:10:00+03:00',
    precision: 'night',
  });
  for (const members of permutations([
    placed(ministry),
    placed(at('2025-09-03T02:40:00+03:00')),
    placed(at('2025-09-03T04:15:00+03:00')),
    mayor,
  ])) {
    assert.deepEqual(mergeWhen(members), {
      start: ministry.start,
      end: '2025-09-03T04:15:00+03:00',
      precision: 'hour',
    });
  }
  // With no stretch stated, instants alone still make a window from the first to the last.
  assert.deepEqual(mergeWhen([placed(at('2025-09-03T02:40:00+03:00')), placed(at('2025-09-03T04:15:00+03:00'))]), {
    start: '2025-09-03T02:40:00+03:00',
    end: '2025-09-03T04:15:00+03:00',
    precision: 'exact',
  });
});

test('posts published before the stated lifting time start the window; a later follow-up gives way', () => {
  const closedAt = (published: string): PlacedFact =>
    inferredAt({ start: '2025-06-09T21:00:00+03:00', end: published, precision: 'night' });
  const lifted = placed(at('2025-06-10T05:40:00+03:00'));
  const followUp = inferredAt({
    start: '2025-06-10T03:00:00+03:00',
    end: '2025-06-10T15:00:00+03:00',
    precision: 'unknown',
  });
  for (const members of permutations([
    closedAt('2025-06-10T00:58:00+03:00'),
    closedAt('2025-06-10T00:42:00+03:00'),
    lifted,
    followUp,
  ])) {
    assert.deepEqual(mergeWhen(members), {
      start: '2025-06-10T00:42:00+03:00',
      end: '2025-06-10T05:40:00+03:00',
      precision: 'night',
    });
  }
  // A follow-up alone after the stated time: the stated time, as before.
  assert.deepEqual(mergeWhen([lifted, followUp]), at('2025-06-10T05:40:00+03:00'));
});
