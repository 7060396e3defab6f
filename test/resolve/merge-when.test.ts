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
