// fixux42d: an oblast a report sets beside its city ("hits in Kyiv and in Kyiv Oblast") is the land beyond the city:
// it does not widen the city's incident, which other reports tell, to the oblast.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { exact, makeFact, makeReport, night, person } from './make.ts';

const NIGHT = night('2025-03-02T21:00:00+02:00', '2025-03-03T07:00:00+02:00');
const NAMES: Record<string, string> = {
  'UA-30': 'Київ',
  'UA-32': 'Київська область',
  'RU-MOW': 'Москва',
  'RU-MOS': 'Московская область',
};

function resolve(facts: Fact[], reports: Report[]) {
  return resolveNight({
    facts,
    reports: new Map(reports.map((r) => [r.id, r])),
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2025-03-03',
    regionName: (code) => NAMES[code] ?? null,
  });
}

const kyiv = { code: 'UA-30', name: 'Києві' };
const oblast = { code: 'UA-32', name: 'Київщині' };
const reports = [
  makeReport({ id: 'city', published_at: '2025-03-03T05:00:00+02:00', lang: 'uk' }),
  makeReport({ id: 'af', published_at: '2025-03-03T09:00:00+02:00', lang: 'uk' }),
  makeReport({ id: 'ova', published_at: '2025-03-03T08:00:00+02:00', lang: 'uk' }),
];
const cityStrike = makeFact({
  id: 'city-1',
  report_id: 'city',
  kind: 'strike',
  weapon: 'uav',
  region: kyiv,
  when: NIGHT,
  claimant: person(null, 'military_administration'),
});
const cityToll = makeFact({
  id: 'city-2',
  report_id: 'city',
  kind: 'casualties',
  region: kyiv,
  when: NIGHT,
  casualties: { killed: 1, injured: 4, children_killed: null, children_injured: null },
  claimant: person(null, 'military_administration'),
});
const afCity = makeFact({
  id: 'af-1',
  report_id: 'af',
  kind: 'strike',
  region: kyiv,
  when: NIGHT,
  claimant: person(null, 'air_force'),
});
const afOblast = makeFact({
  id: 'af-2',
  report_id: 'af',
  kind: 'strike',
  region: oblast,
  when: NIGHT,
  claimant: person(null, 'air_force'),
});

test("a summary's «у Києві та на Київщині» beside the city's own strike leaves the incident the city's", () => {
  const incidents = resolve([cityStrike, cityToll, afCity, afOblast], reports);
  const strike = incidents.find((i) => i.kind === 'strike');
  assert.deepEqual(strike?.region, { code: 'UA-30', name: 'Київ' });
  assert.deepEqual(
    strike?.regions?.map((r) => r.code),
    ['UA-30', 'UA-32'],
  );
});

test("the summary's city and oblast alone are the oblast's: it holds both", () => {
  const incidents = resolve([afCity, afOblast], reports);
  assert.equal(incidents.length, 1);
  assert.equal(incidents[0]?.region?.code, 'UA-32');
});

test("another report's oblast still holds the city: the city's strike and the OVA's strike over the oblast", () => {
  const ova = makeFact({
    ...afOblast,
    id: 'ova-1',
    report_id: 'ova',
    claimant: person(null, 'military_administration'),
  });
  const incidents = resolve([cityStrike, cityToll, ova], reports);
  const strike = incidents.find((i) => i.kind === 'strike');
  assert.equal(strike?.region?.code, 'UA-32');
});

test('with a third report of the oblast alone, the oblast is shared again (Moscow, Moscow Oblast, «в Москве и Подмосковье»)', () => {
  const moscow = { code: 'RU-MOW', name: 'Москве' };
  const moscowOblast = { code: 'RU-MOS', name: 'Подмосковье' };
  const ru = [
    makeReport({ id: 'mayor', published_at: '2025-03-03T05:00:00+03:00', lang: 'ru' }),
    makeReport({ id: 'news', published_at: '2025-03-03T06:00:00+03:00', lang: 'ru' }),
    makeReport({ id: 'mod', published_at: '2025-03-03T08:00:00+03:00', lang: 'ru' }),
  ];
  const base = { kind: 'strike' as const, weapon: 'uav' as const, when: NIGHT };
  const facts = [
    makeFact({ ...base, id: 'mayor-1', report_id: 'mayor', region: moscow }),
    makeFact({ ...base, id: 'news-1', report_id: 'news', region: moscow }),
    makeFact({ ...base, id: 'news-2', report_id: 'news', region: moscowOblast }),
    makeFact({ ...base, id: 'mod-1', report_id: 'mod', region: moscowOblast }),
  ];
  const strike = resolve(facts, ru).find((i) => i.kind === 'strike');
  assert.equal(strike?.region?.code, 'RU-MOS');
  const alone = resolve(facts.slice(0, 3), ru).find((i) => i.kind === 'strike');
  assert.equal(alone?.region?.code, 'RU-MOW');
});

// A strike told with no weapon («У Конотопі внаслідок влучання пошкоджено будівлю») takes the one weapon its own post's
// attack statements name («атакував Сумщину 12 ударними БпЛА»), rather than an unknown air target no span tells.
const sumy = { code: 'UA-59', name: 'Сумщину' };
const post = makeReport({ id: 'ova-post', published_at: '2025-03-03T08:00:00+02:00', lang: 'uk' });
const attack = makeFact({ id: 'p-1', report_id: 'ova-post', weapon: 'uav', region: sumy, when: NIGHT });
const hit = makeFact({
  id: 'p-2',
  report_id: 'ova-post',
  kind: 'strike',
  region: sumy,
  place: { name: 'Конотоп', lat: null, lon: null },
  object: 'administrative_building',
  when: NIGHT,
});

test("a strike of no weapon takes its post's one weapon", () => {
  const strike = resolve([attack, hit], [post]).find((i) => i.kind === 'strike');
  assert.deepEqual(
    strike?.weapons.map((w) => w.type),
    ['uav'],
  );
});

test('a post naming drones and missiles gives its strike of no weapon neither: an unknown air target', () => {
  const missiles = makeFact({ id: 'p-3', report_id: 'ova-post', weapon: 'missile', region: sumy, when: NIGHT });
  const strike = resolve([attack, missiles, hit], [post]).find((i) => i.kind === 'strike');
  assert.deepEqual(
    strike?.weapons.map((w) => w.type),
    ['unknown_air_target'],
  );
});

// Review 42d #2: an oblast fact of the summary that tells its own figures (its own dead and injured, its own count) is
// an event of the oblast, not the mere land beyond the city: it keeps widening the incident to the oblast, so the
// oblast's toll is never read as a second figure of the city's.
test("the summary's oblast with its own dead («на Київщині … загинула одна людина») keeps the oblast", () => {
  const toll = (killed: number, injured: number | null) => ({
    killed,
    injured,
    children_killed: null,
    children_injured: null,
  });
  const afCityToll = makeFact({ ...afCity, id: 'af-3', kind: 'casualties', casualties: toll(2, null) });
  const afOblastToll = makeFact({ ...afOblast, id: 'af-4', kind: 'casualties', casualties: toll(1, 3) });
  const incidents = resolve([cityStrike, cityToll, afCity, afCityToll, afOblast, afOblastToll], reports);
  assert.ok(incidents.length > 0);
  for (const incident of incidents) assert.equal(incident.region?.code, 'UA-32');
});

test("the summary's oblast with its own count of drones that hit («на Київщині два дрони влучили …») keeps the oblast", () => {
  const afOblastHits = makeFact({ ...afOblast, id: 'af-5', weapon: 'uav', count: exact(2) });
  const strike = resolve([cityStrike, cityToll, afCity, afOblastHits], reports).find((i) => i.kind === 'strike');
  assert.equal(strike?.region?.code, 'UA-32');
});
