// Facts told of no region that still belong to one attack (resolve/unplaced-folds.ts): a placeless strike or
// interception beside the one region attacked in its window, and an alert told of a whole country while that country
// was attacked. The leads are invented for the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { withInferredWindows } from '../../src/resolve/infer-window.ts';
import { exact, makeFact, makeReport, night, person, seededShuffle } from './make.ts';

const reports = [
  makeReport({ id: 'city', published_at: '2025-06-10T07:10:00+03:00' }),
  makeReport({ id: 'claim', published_at: '2025-06-10T13:40:00+03:00' }),
  makeReport({ id: 'national', published_at: '2025-06-10T16:30:00+03:00' }),
  makeReport({ id: 'port', published_at: '2025-06-10T08:05:00+03:00' }),
  makeReport({ id: 'sirens', published_at: '2025-06-10T04:40:00+03:00' }),
  makeReport({ id: 'border', published_at: '2025-06-10T09:15:00+03:00' }),
  makeReport({ id: 'bang', published_at: '2025-06-10T13:20:00+03:00' }),
  makeReport({ id: 'moscow', published_at: '2025-06-10T08:20:00+03:00', lang: 'ru' }),
  makeReport({ id: 'wire', published_at: '2025-06-10T09:10:00+03:00' }),
  makeReport({ id: 'next', published_at: '2025-06-11T12:30:00+03:00' }),
];
const byId = new Map(reports.map((r) => [r.id, r]));

function fact(partial: Partial<Fact> & Pick<Fact, 'id' | 'report_id'>): Fact {
  const f = makeFact(partial);
  return f.when ? f : withInferredWindows([f], byId.get(f.report_id)!.published_at)[0]!;
}

function resolve(facts: Fact[]) {
  return resolveNight({
    facts,
    reports: byId,
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2025-06-10',
  });
}

const groups = (facts: Fact[]) =>
  resolve(facts)
    .map((i) => i.facts.join(','))
    .sort();

const OVERNIGHT = night('2025-06-09T21:00:00+03:00', '2025-06-10T06:00:00+03:00');
const KHARKIV = { code: 'UA-63', name: 'Kharkiv' };

// "Air defences downed all 14 missiles fired at Kharkiv overnight, the regional governor said."
const kharkiv = fact({
  id: 'k1',
  report_id: 'city',
  weapon: 'missile',
  count: exact(14),
  region: KHARKIV,
  when: OVERNIGHT,
  claimant: person(null, 'governor'),
});
// "The governor says air defences shot down a volley of Iskander missiles" at 13:40, read with no place: the region's
// own voice; its window (the last twelve hours) is inferred from the publication.
const claim = fact({ id: 'c1', report_id: 'claim', weapon: 'ballistic_missile', claimant: person(null, 'governor') });
const media = person('Example Daily', 'media');

test('a placeless interception beside the one region shot at in its window is that region’s attack', () => {
  const incidents = resolve([kharkiv, claim]);
  assert.equal(incidents.length, 1);
  assert.equal(incidents[0]?.region?.code, 'UA-63');
  assert.deepEqual(incidents[0]?.facts, ['c1', 'k1']);
  const why = incidents[0]?.reasons.find((r) => r.fact_id === 'c1')?.reasons.join('; ') ?? '';
  assert.match(why, /no region, place or country: the one region's interception its window overlaps/);
});

test('a placeless strike told "on Tuesday" joins the one region struck that day', () => {
  // "Residents heard a loud bang as drones attacked on Tuesday", read with no place.
  const bang = fact({
    id: 'b1',
    kind: 'strike',
    report_id: 'bang',
    weapon: 'uav',
    when: { start: '2025-06-10T00:00:00+03:00', end: '2025-06-11T00:00:00+03:00', precision: 'day' },
    claimant: media,
  });
  // "Drones hit two blocks of flats in Sumy early on Tuesday."
  const sumy = fact({
    id: 's1',
    kind: 'strike',
    report_id: 'city',
    weapon: 'uav',
    region: { code: 'UA-59', name: 'Sumy' },
    when: { start: '2025-06-10T00:00:00+03:00', end: '2025-06-10T06:00:00+03:00', precision: 'hour' },
  });
  assert.deepEqual(groups([bang, sumy]), ['b1,s1']);
});

test('with two regions shot at in its window, a placeless interception cannot say which and stays apart', () => {
  // "Odesa's air defence downed six drones overnight."
  const odesa = fact({
    id: 'o1',
    report_id: 'port',
    weapon: 'uav',
    count: exact(6),
    region: { code: 'UA-51', name: 'Odesa' },
    when: OVERNIGHT,
  });
  assert.deepEqual(groups([kharkiv, odesa, claim]), ['c1', 'k1', 'o1']);
});

test('a statement told of a whole country does not join a single region’s attack', () => {
  // "Ukraine's air force said it intercepted missiles across the country", told at 16:30 with no time: a country may
  // be many places, and one region's shoot-downs do not date it (nationwide-waves.ts, datedByRegions).
  const national = fact({
    id: 'n1',
    report_id: 'national',
    weapon: 'missile',
    country: 'UA',
    claimant: person(null, 'official'),
  });
  assert.deepEqual(groups([kharkiv, national]), ['k1', 'n1']);
});

test('a placeless interception of another kind’s window, or outside the region’s window, stays apart', () => {
  // The same claim told a day later: its inferred window does not meet the night's.
  const late = fact({
    ...claim,
    id: 'c2',
    when: { start: '2025-06-10T20:00:00+03:00', end: '2025-06-11T08:00:00+03:00', precision: 'unknown' },
  });
  assert.deepEqual(groups([kharkiv, late]), ['c2', 'k1']);
  // A placeless strike beside a region's interceptions: another kind, it does not join them.
  const strike = fact({ id: 'x1', kind: 'strike', report_id: 'claim', weapon: 'ballistic_missile', when: OVERNIGHT });
  assert.deepEqual(groups([kharkiv, strike]), ['k1', 'x1']);
});

test('a placeless claim of the other side, or credited to a national body, does not join the region', () => {
  // «ПВО уничтожила ракеты ночью» in a Russian post, read with no place: Russia's night, not Kharkiv's.
  const ru = fact({ id: 'r2', report_id: 'moscow', weapon: 'missile', claimant: person(null, 'ministry') });
  assert.deepEqual(groups([kharkiv, ru]), ['k1', 'r2']);
  // "Ukraine's air force said it shot down the missiles", read with no place: a national body's word may be either
  // side's night, and it is not Kharkiv's own voice.
  const force = fact({ id: 'f2', report_id: 'wire', weapon: 'missile', claimant: person(null, 'air_force') });
  assert.deepEqual(groups([kharkiv, force]), ['f2', 'k1']);
  // The same word from the governor who told Kharkiv's figure joins it.
  const own = fact({ id: 'g2', report_id: 'wire', weapon: 'missile', claimant: person(null, 'governor') });
  assert.deepEqual(groups([{ ...kharkiv, claimant: person(null, 'governor') }, own]), ['g2,k1']);
});

test('fact by fact: only the placeless facts whose own window meets the region join it', () => {
  // "Missiles shot down between 5 and 9 am" and "more missiles shot down between 8 am and noon", told by an outlet
  // and read with no place, chain into one placeless cluster: only the first meets Kharkiv's night.
  const at = (start: string, end: string) => ({
    start: `2025-06-10T${start}:00+03:00`,
    end: `2025-06-10T${end}:00+03:00`,
    precision: 'hour' as const,
  });
  const early = fact({ id: 'm3', report_id: 'wire', weapon: 'missile', when: at('05', '09'), claimant: media });
  const later = fact({ id: 'l3', report_id: 'claim', weapon: 'missile', when: at('08', '12'), claimant: media });
  assert.deepEqual(groups([kharkiv, early, later]), ['k1,m3', 'l3']);
});

test('a placeless fact of another weapon class, or a larger or launched count, does not join the region', () => {
  // "Cruise missiles shot down" beside Kharkiv's drones: another class.
  const drones = fact({ ...kharkiv, id: 'k4', weapon: 'uav' });
  const missiles = fact({ id: 'x4', report_id: 'wire', weapon: 'cruise_missile', when: OVERNIGHT, claimant: media });
  assert.deepEqual(groups([drones, missiles]), ['k4', 'x4']);
  // "40 missiles shot down" beside Kharkiv's 14: the country's figure, not the region's; "12 of 20 launched" too.
  const total = fact({
    id: 't4',
    report_id: 'wire',
    weapon: 'missile',
    count: exact(40),
    when: OVERNIGHT,
    claimant: media,
  });
  assert.deepEqual(groups([kharkiv, total]), ['k1', 't4']);
  const launched = fact({
    id: 'n4',
    report_id: 'wire',
    weapon: 'missile',
    count: exact(12),
    launched: exact(20),
    when: OVERNIGHT,
    claimant: media,
  });
  assert.deepEqual(groups([kharkiv, launched]), ['k1', 'n4']);
  // "Nine ballistic missiles shot down": no more than the region's own, of its class; it joins.
  const nine = fact({
    id: 'e4',
    report_id: 'wire',
    weapon: 'ballistic_missile',
    count: exact(9),
    when: OVERNIGHT,
    claimant: media,
  });
  assert.deepEqual(groups([kharkiv, nine]), ['e4,k1']);
});

test('an alert told of a whole country on a day, not a night or an hour, does not join one region’s attack', () => {
  // "Air raid alerts across Ukraine on Tuesday as a MiG took off" beside one region's strike that afternoon.
  const day = fact({
    id: 'a5',
    kind: 'alert',
    report_id: 'national',
    country: 'UA',
    when: { start: '2025-06-10T00:00:00+03:00', end: '2025-06-11T00:00:00+03:00', precision: 'day' },
  });
  const hit = fact({
    ...kharkiv,
    id: 'k5',
    kind: 'strike',
    count: null,
    when: { start: '2025-06-10T14:00:00+03:00', end: '2025-06-10T15:00:00+03:00', precision: 'hour' },
  });
  assert.deepEqual(groups([hit, day]), ['a5', 'k5']);
});

test('an alert told of a whole country joins no wave that nothing dates', () => {
  // "Russia attacked Ukraine with missiles", told at 16:30 with no time of its own and no two regions to date it, and
  // "air raid alerts across Ukraine" told at 13:40 with no time: neither says which attack it was.
  const wave = fact({ id: 'w6', kind: 'strike', report_id: 'national', weapon: 'missile', country: 'UA' });
  const alarm = fact({ id: 'a6', kind: 'alert', report_id: 'claim', country: 'UA' });
  assert.deepEqual(groups([wave, alarm]), ['a6', 'w6']);
});

// "Air raid alerts sounded across Ukraine before dawn."
const sirens = fact({ id: 'a1', kind: 'alert', report_id: 'sirens', country: 'UA' });

test('an alert told of a whole country joins the one attack on that country in its window', () => {
  const incidents = resolve([kharkiv, sirens]);
  assert.deepEqual(
    incidents.map((i) => i.facts.join(',')),
    ['a1,k1'],
  );
  const why = incidents[0]?.reasons.find((r) => r.fact_id === 'a1')?.reasons.join('; ') ?? '';
  assert.match(why, /told of the whole country while this interception was under way there/);
});

test('an alert told of a whole country joins the country’s wave', () => {
  // "Russia fired missiles at cities across Ukraine overnight." and Odesa's and Kharkiv's strikes.
  const wave = fact({ id: 'w1', kind: 'strike', report_id: 'port', weapon: 'missile', country: 'UA', when: OVERNIGHT });
  const odesa = fact({
    id: 'o2',
    kind: 'strike',
    report_id: 'port',
    weapon: 'missile',
    region: { code: 'UA-51', name: 'Odesa' },
    when: OVERNIGHT,
  });
  const hit = fact({ ...kharkiv, id: 'k2', kind: 'strike', count: null });
  assert.deepEqual(groups([wave, odesa, hit, sirens]), ['a1,k2,o2,w1']);
});

test('an alert told of a whole country stays apart with no attack on it, or with two regions and no wave', () => {
  // "Drones attacked Belgorod Oblast overnight": an attack on the other country.
  const belgorod = fact({
    id: 'r1',
    kind: 'strike',
    report_id: 'border',
    weapon: 'uav',
    region: { code: 'RU-BEL', name: 'Belgorod Oblast' },
    when: OVERNIGHT,
  });
  assert.deepEqual(groups([belgorod, sirens]), ['a1', 'r1']);
  const odesa = fact({
    id: 'o3',
    report_id: 'port',
    weapon: 'uav',
    region: { code: 'UA-51', name: 'Odesa' },
    when: OVERNIGHT,
  });
  assert.deepEqual(groups([kharkiv, odesa, sirens]), ['a1', 'k1', 'o3']);
});

test('the folds give the same incidents in any order of the facts', () => {
  const facts = [kharkiv, claim, sirens];
  const expected = JSON.stringify(resolve(facts));
  for (let seed = 1; seed <= 5; seed++) assert.equal(JSON.stringify(resolve(seededShuffle(facts, seed))), expected);
});

test('a placeless strike beside the one region whose air defence worked that night is that attack: one event told as an attack and as a shoot-down', () => {
  // "Drone attack on an air base leaves three dead", an outlet's lead with no place, beside the governor's shoot-down
  // over Kharkiv that night: outlets tell as a strike what the region tells as an interception.
  const lead = fact({
    id: 's1',
    kind: 'strike',
    report_id: 'wire',
    weapon: 'missile',
    when: OVERNIGHT,
    claimant: media,
  });
  assert.deepEqual(groups([kharkiv, lead]), ['k1,s1']);
  // Two regions attacked that night (a strike on Odesa's port beside Kharkiv's shoot-down): it cannot say which.
  const port = fact({
    id: 'p1',
    kind: 'strike',
    report_id: 'port',
    weapon: 'missile',
    region: { code: 'UA-51', name: 'Odesa' },
    when: OVERNIGHT,
    claimant: person(null, 'governor'),
  });
  assert.deepEqual(groups([kharkiv, port, lead]), ['k1', 'p1', 's1']);
});
