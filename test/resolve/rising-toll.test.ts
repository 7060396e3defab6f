// A toll rises over a day: another voice's lower figure told hours before a higher one is an older step of the count,
// not a dispute with it; two voices at about the same hour with other figures still disagree (ux32 item 14).
// Invented facts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claimant, Fact, Incident, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { makeFact, makeReport, night, person } from './make.ts';

const OBLAST = { code: 'UA-48', name: 'Миколаївська область' };
const CITY = { name: 'Mykolaiv', lat: 46.97, lon: 32.0 };
const NIGHT = night('2025-07-08T21:00:00+03:00', '2025-07-09T07:00:00+03:00');
const HEAD = person('Віталій Кім', 'military_administration');
const MAYOR = person('Олександр Сєнкевич', 'mayor');

function post(id: string, time: string, claimant: Claimant, killed: number, injured: number): [Fact[], Report] {
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
      makeFact({ ...base, id: `${id}:c`, kind: 'casualties', casualties: { killed, injured } }),
    ],
    report,
  ];
}

function resolve(posts: [Fact[], Report][]): Incident[] {
  return resolveNight({
    facts: posts.flatMap(([f]) => f),
    reports: new Map(posts.map(([, r]) => [r.id, r])),
    origins: new Map(posts.map(([, r]) => [r.id, r.id])),
    nightKey: '2025-07-09',
  });
}

test("a mayor's early figure and the regional head's higher one hours later are a rising toll, not a dispute", () => {
  const [inc, ...rest] = resolve([
    post('h1', '04:20', HEAD, 2, 9),
    post('m1', '05:05', MAYOR, 2, 11),
    post('h2', '12:30', HEAD, 3, 19),
  ]);
  assert.equal(rest.length, 0);
  assert.deepEqual(inc!.casualties, { killed: 3, injured: 19, children_killed: null, children_injured: null });
  assert.deepEqual(inc!.conflicts, []);
  assert.notEqual(inc!.corroboration.status, 'disputed');
});

test('the later, higher figure is shown even when the earlier voice is the regional head', () => {
  const COUNCIL = person(null, 'official');
  const [inc] = resolve([post('h1', '07:20', HEAD, 1, 6), post('c1', '11:00', COUNCIL, 1, 8)]);
  assert.equal(inc!.casualties.injured, 8);
  assert.deepEqual(inc!.conflicts, []);
});

test('two voices at about the same hour with other figures still disagree', () => {
  const [inc] = resolve([post('h1', '08:00', HEAD, 2, 9), post('m1', '08:30', MAYOR, 2, 12)]);
  assert.equal(inc!.corroboration.status, 'disputed');
  assert.deepEqual(
    inc!.conflicts.map((c) => c.field),
    ['casualties.injured'],
  );
});

test('a lower figure told later than a higher one still disputes it', () => {
  const [inc] = resolve([post('h1', '06:00', HEAD, 2, 12), post('m1', '11:00', MAYOR, 2, 9)]);
  assert.equal(inc!.corroboration.status, 'disputed');
});
