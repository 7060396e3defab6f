// A tally is one voice's successive totals about one place: the figures of different towns told by one voice are
// summed, never read as a later step of one another, and a town's figure does not dispute the region's whole
// (ux32 items 1 and 2). Invented facts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claimant, Fact, Incident, PlaceRef as Place, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { makeFact, makeReport, night, person } from './make.ts';

const OBLAST = { code: 'UA-18', name: 'Житомирська область' };
const NIGHT = night('2025-07-03T21:00:00+03:00', '2025-07-04T07:00:00+03:00');
const town = (name: string, lat: number, lon: number): Place => ({ name, lat, lon });
const KOROSTEN = town('Korosten', 50.95, 28.64);
const BERDYCHIV = town('Berdychiv', 49.9, 28.6);
const OVRUCH = town('Ovruch', 51.32, 28.8);
const HEAD = person('Віталій Бунечко', 'military_administration');
const CHANNEL = 'Житомирська ОВА (Telegram)';

function toll(
  report: string,
  n: number,
  place: Place | null,
  killed: number | null,
  injured: number | null,
  claimant: Claimant,
): Fact[] {
  const id = `${report}:f${n}`;
  return [
    makeFact({
      id: `${id}s`,
      report_id: report,
      kind: 'strike',
      weapon: 'uav',
      region: OBLAST,
      place,
      when: NIGHT,
      claimant,
    }),
    makeFact({
      id: `${id}c`,
      report_id: report,
      kind: 'casualties',
      region: OBLAST,
      place,
      when: NIGHT,
      claimant,
      casualties: { killed, injured },
    }),
  ];
}

function resolve(reports: Report[], facts: Fact[]): Incident[] {
  return resolveNight({
    facts,
    reports: new Map(reports.map((r) => [r.id, r])),
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2025-07-04',
  });
}

const post = (id: string, hour: string, publisher = CHANNEL): Report =>
  makeReport({ id, published_at: `2025-07-04T${hour}:00+03:00`, publisher, lang: 'uk' });

test("one voice's tolls of two towns in one night are summed, not one town's replacing the other's", () => {
  const incidents = resolve(
    [post('a', '05:00'), post('b', '06:10')],
    [...toll('a', 0, KOROSTEN, 3, 12, HEAD), ...toll('b', 0, BERDYCHIV, 1, 2, HEAD)],
  );
  const withToll = incidents.filter((i) => i.casualties.killed !== null);
  assert.equal(withToll.length, 1);
  assert.deepEqual(withToll[0]!.casualties, { killed: 4, injured: 14, children_killed: null, children_injured: null });
  assert.deepEqual(withToll[0]!.conflicts, []);
});

test("a town's tally still rises step by step beside another town's toll", () => {
  const [inc] = resolve(
    [post('a', '05:00'), post('b', '06:10'), post('c', '09:00')],
    [
      ...toll('a', 0, KOROSTEN, 3, 12, HEAD),
      ...toll('b', 0, BERDYCHIV, 1, 2, HEAD),
      ...toll('c', 0, KOROSTEN, 4, 15, HEAD),
    ],
  );
  assert.deepEqual(inc!.casualties, { killed: 5, injured: 17, children_killed: null, children_injured: null });
  assert.deepEqual(inc!.conflicts, []);
  assert.deepEqual(
    inc!.tallies['casualties.killed']?.map((s) => s.value),
    [3, 4],
  );
});

test("a roundup post's towns are summed", () => {
  const facts = [
    ...toll('r', 0, KOROSTEN, null, 3, HEAD),
    ...toll('r', 1, BERDYCHIV, 1, 2, HEAD),
    ...toll('r', 2, OVRUCH, null, 2, HEAD),
  ];
  const [inc] = resolve([post('r', '08:00')], facts);
  assert.deepEqual(inc!.casualties, { killed: 1, injured: 7, children_killed: null, children_injured: null });
});

test("a town's smaller figure from another voice does not dispute the region's whole", () => {
  const MAYOR = person('Сергій Сухомлин', 'mayor');
  const [inc] = resolve(
    [post('o', '06:30'), post('m', '09:00', 'Мер Житомира (Telegram)')],
    [...toll('o', 0, null, null, 5, HEAD), ...toll('m', 0, town('Zhytomyr', 50.25, 28.66), 0, 0, MAYOR)],
  );
  assert.equal(inc!.casualties.injured, 5);
  assert.deepEqual(inc!.conflicts, []);
  assert.notEqual(inc!.corroboration.status, 'disputed');
});

test('one town told by two voices with other figures at one hour is still a dispute', () => {
  const OTHER = person('Іван Петренко', 'mayor');
  const [inc] = resolve(
    [post('a', '06:00'), post('b', '06:00', 'Мер Коростеня (Telegram)'), post('c', '06:10')],
    [
      ...toll('a', 0, KOROSTEN, 3, null, HEAD),
      ...toll('b', 0, KOROSTEN, 5, null, OTHER),
      ...toll('c', 0, BERDYCHIV, 1, null, HEAD),
    ],
  );
  assert.equal(inc!.corroboration.status, 'disputed');
  const conflict = inc!.conflicts.find((c) => c.field === 'casualties.killed');
  // Told as the incident's totals: Korosten's 3 or 5, with Berdychiv's 1.
  assert.deepEqual(conflict?.values.map((v) => v.value).sort(), [4, 6]);
});
