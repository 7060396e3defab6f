// A nationwide figure told of no country (an air force's "30 drones shot down", its hits then placed in two oblasts)
// is of the country its report places its other facts in (ux32 item 19). Invented facts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Incident, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { exact, makeFact, makeReport, night, person } from './make.ts';

const NIGHT = night('2025-09-02T21:00:00+03:00', '2025-09-03T07:00:00+03:00');
const AIR_FORCE = person(null, 'air_force');

function resolve(facts: Fact[], reports: Report[]): Incident[] {
  return resolveNight({
    facts,
    reports: new Map(reports.map((r) => [r.id, r])),
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2025-09-03',
  });
}

const report = makeReport({ id: 'af', published_at: '2025-09-03T09:00:00+03:00', lang: 'uk' });
const total = makeFact({
  id: 'af:0',
  report_id: 'af',
  kind: 'interception',
  weapon: 'uav',
  count: exact(41),
  when: NIGHT,
  claimant: AIR_FORCE,
});
const hit = (id: string, code: string, name: string) =>
  makeFact({
    id,
    report_id: 'af',
    kind: 'strike',
    weapon: 'uav',
    region: { code, name },
    when: NIGHT,
    claimant: AIR_FORCE,
  });

test('a total of no region and no country takes the country its report places its hits in', () => {
  const incidents = resolve([total, hit('af:1', 'UA-63', 'Харківщина'), hit('af:2', 'UA-46', 'Львівщина')], [report]);
  const wave = incidents.find((i) => i.kind === 'interception');
  assert.equal(wave?.region, null);
  assert.equal(wave?.country, 'UA');
});

test('with nothing else placed in its report, it names no country', () => {
  const [wave] = resolve([total], [report]);
  assert.equal(wave?.country, undefined);
});
