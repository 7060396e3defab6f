import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timeZoneFor } from '../../src/core/time-zone.ts';
import { namesRealTime, toIsoWithOffset } from '../../src/ingest/zoned-time.ts';

test('an RFC 822 date keeps its stated offset when no zone is configured', () => {
  assert.equal(toIsoWithOffset('Tue, 13 May 2025 07:15:00 +0300'), '2025-05-13T07:15:00+03:00');
  assert.equal(toIsoWithOffset('Tue, 13 May 2025 01:15:00 -0430'), '2025-05-13T01:15:00-04:30');
  assert.equal(toIsoWithOffset('Tue, 13 May 2025 23:30:00 +0200'), '2025-05-13T23:30:00+02:00');
  // An English report published at +03:00 reads its clock times at +03:00, not in UTC.
  assert.equal(timeZoneFor('en', toIsoWithOffset('Tue, 13 May 2025 07:15:00 +0300')!), 'Etc/GMT-3');
});

test('a named zone gives UTC without a configured zone; a configured zone wins; ISO is kept as written', () => {
  assert.equal(toIsoWithOffset('Tue, 13 May 2025 05:10:00 GMT'), '2025-05-13T05:10:00Z');
  assert.equal(toIsoWithOffset('Tue, 13 May 2025 07:15:00 +0300', 'Europe/Kyiv'), '2025-05-13T07:15:00+03:00');
  assert.equal(toIsoWithOffset('Tue, 13 May 2025 04:15:00 +0000', 'Europe/Moscow'), '2025-05-13T07:15:00+03:00');
  assert.equal(toIsoWithOffset('2025-05-13T07:15:00+0300'), '2025-05-13T07:15:00+03:00');
  assert.equal(toIsoWithOffset('2025-05-13'), null);
  assert.equal(toIsoWithOffset('Tue, 13 May 2025 07:15:00'), null);
});

test('a date that names no real day is no instant, zone or not; a real date without a zone only lacks one', () => {
  for (const bad of ['2025-13-40T06:50:00+03:00', '2025-02-30T07:00:00Z', 'Mon, 31 Jun 2025 07:00:00 +0300', 'soon']) {
    assert.equal(namesRealTime(bad), false, bad);
    assert.equal(toIsoWithOffset(bad), null, bad);
  }
  assert.equal(namesRealTime('2024-02-29T07:00:00+03:00'), true);
  assert.equal(namesRealTime('Tue, 03 Jun 2025 06:00:00'), true);
  assert.equal(toIsoWithOffset('Tue, 03 Jun 2025 06:00:00'), null);
});
