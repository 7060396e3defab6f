// The children among an incident's killed and injured are merged as the tolls are (trial defect 11, session 37): one
// voice's rising figure is a tally, two voices at about the same hour with other figures a dispute, and a report that
// told none leaves them as they were. Invented facts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Casualties, Claimant, Fact, Incident, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { makeFact, makeReport, night, person } from './make.ts';

const OBLAST = { code: 'UA-59', name: 'Сумська область' };
const CITY = { name: 'Sumy', lat: 50.91, lon: 34.8 };
const NIGHT = night('2025-07-08T21:00:00+03:00', '2025-07-09T07:00:00+03:00');
const HEAD = person('Олег Григоров', 'military_administration');
const MAYOR = person('Артем Кобзар', 'mayor');

function post(id: string, time: string, claimant: Claimant, casualties: Casualties): [Fact[], Report] {
  const report = makeReport({
    id,
    published_at: `2025-07-09T${time}:00+03:00`,
    publisher: `${id} channel`,
    lang: 'uk',
  });
  const base = { report_id: id, region: OBLAST, place: CITY, when: NIGHT, claimant };
  return [
    [
      makeFact({ ...base, id: `${id}:s`, kind: 'strike', weapon: 'uav' }),
      makeFact({ ...base, id: `${id}:c`, kind: 'casualties', casualties }),
    ],
    report,
  ];
}

function resolve(posts: [Fact[], Report][]): Incident {
  const [incident, ...rest] = resolveNight({
    facts: posts.flatMap(([f]) => f),
    reports: new Map(posts.map(([, r]) => [r.id, r])),
    origins: new Map(posts.map(([, r]) => [r.id, r.id])),
    nightKey: '2025-07-09',
  });
  assert.equal(rest.length, 0);
  return incident!;
}

const toll = (injured: number, children: number | null): Casualties => ({
  killed: 1,
  injured,
  children_killed: null,
  children_injured: children,
});

test('one voice: «серед них двоє дітей», then «троє дітей» is a rising tally of the children, no dispute', () => {
  const i = resolve([post('a', '06:00', HEAD, toll(9, 2)), post('b', '09:00', HEAD, toll(12, 3))]);
  assert.equal(i.casualties.children_injured, 3);
  assert.equal(i.casualties.children_killed, null);
  assert.ok(!i.conflicts.some((c) => c.field === 'casualties.children_injured'));
  assert.deepEqual(
    i.tallies?.['casualties.children_injured']?.map((s) => s.value),
    [2, 3],
  );
});

test('two voices at about the same hour with other figures of the children disagree', () => {
  const i = resolve([post('a', '08:00', HEAD, toll(9, 2)), post('b', '08:05', MAYOR, toll(9, 4))]);
  const conflict = i.conflicts.find((c) => c.field === 'casualties.children_injured');
  assert.ok(conflict, JSON.stringify(i.conflicts));
  assert.deepEqual(conflict.values.map((v) => v.value).sort(), [2, 4]);
});

test('a report that told no children leaves the others’ figure; none told at all is null', () => {
  const i = resolve([post('a', '08:00', HEAD, toll(9, 2)), post('b', '08:05', MAYOR, toll(9, null))]);
  assert.equal(i.casualties.children_injured, 2);
  assert.equal(i.casualties.injured, 9);
  const none = resolve([post('a', '08:00', HEAD, { killed: 1, injured: 9 })]);
  assert.deepEqual(none.casualties, { killed: 1, injured: 9, children_killed: null, children_injured: null });
});
