// A count the voices contradict: the value shown is the highest-standing voice's, and each value of the conflict
// names who gave it, so an export never writes "according to the ministry" beside an unsigned post's number.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Incident, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { exact, makeFact, makeReport, night, person } from './make.ts';

const WINDOW = night('2025-05-06T21:00:00+03:00', '2025-05-07T07:00:00+03:00');
const BRYANSK = { code: 'RU-BRY', name: 'Брянская область' };

function resolve(facts: Fact[], reports: Report[]): Incident[] {
  return resolveNight({
    facts,
    reports: new Map(reports.map((r) => [r.id, r])),
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2025-05-07',
  });
}

const over = (id: string, report_id: string, n: number, claimant: Fact['claimant']): Fact =>
  makeFact({
    id,
    report_id,
    kind: 'interception',
    weapon: 'uav',
    count: exact(n),
    region: BRYANSK,
    when: WINDOW,
    claimant,
  });

test("a ministry's 12 stands against an unsigned post's 15 copied twice: 12 is shown, each value says who gave it", () => {
  const reports = [
    makeReport({ id: 'r_min', published_at: '2025-05-07T07:30:00+03:00', lang: 'ru' }),
    makeReport({ id: 'r_post1', published_at: '2025-05-07T08:00:00+03:00', lang: 'ru' }),
    makeReport({ id: 'r_post2', published_at: '2025-05-07T08:10:00+03:00', lang: 'ru' }),
  ];
  const facts = [
    over('r_min:f0', 'r_min', 12, person(null, 'ministry')),
    over('r_post1:f0', 'r_post1', 15, null),
    over('r_post2:f0', 'r_post2', 15, null),
  ];
  const [incident, ...rest] = resolve(facts, reports);
  assert.equal(rest.length, 0);
  assert.deepEqual(incident!.weapons[0]!.count, exact(12));
  const conflict = incident!.conflicts.find((c) => c.field === 'weapons[uav].count');
  assert.ok(conflict);
  const byValue = new Map(conflict.values.map((v) => [v.value, v.claimants]));
  assert.deepEqual(byValue.get(12), [person(null, 'ministry')]);
  assert.deepEqual(byValue.get(15), []);
  assert.equal(incident!.corroboration.status, 'disputed');
});

test('two voices of equal standing: the value more origins back is shown, as before', () => {
  const reports = ['a', 'b', 'c'].map((id, n) =>
    makeReport({ id, published_at: `2025-05-07T0${7 + n}:00:00+03:00`, lang: 'ru' }),
  );
  const facts = [
    over('a:f0', 'a', 12, person('Alexander Bogomaz', 'governor')),
    over('b:f0', 'b', 15, person(null, 'ministry')),
    over('c:f0', 'c', 15, person('Someone Else', 'official')),
  ];
  const [incident] = resolve(facts, reports);
  assert.deepEqual(incident!.weapons[0]!.count, exact(15));
});
