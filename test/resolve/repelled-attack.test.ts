// An attack told only as made, with nothing hit, beside its region's shoot-downs in the same window is the attack
// those shoot-downs repelled (`foldRepelledAttacks`, resolve/cluster.ts): outlets' leads say "drones attack Moscow
// again" while the ministry says they were shot down, and a reader counts one incident. A strike that hit something
// stays apart, and so does one of a weapon the interception never names. The leads are invented for the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { withInferredWindows } from '../../src/resolve/infer-window.ts';
import { exact, makeFact, makeReport, night, person, seededShuffle } from './make.ts';

const reports = [
  makeReport({ id: 'ministry', published_at: '2025-06-10T07:30:00+03:00' }),
  makeReport({ id: 'siege', published_at: '2025-06-10T08:15:00+03:00' }),
  makeReport({ id: 'airport', published_at: '2025-06-10T08:40:00+03:00' }),
  makeReport({ id: 'flats', published_at: '2025-06-10T09:05:00+03:00' }),
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

const MOSCOW = { code: 'RU-MOW', name: 'Moscow' };
const OBLAST = { code: 'RU-MOS', name: 'Moscow Oblast' };

// "The defence ministry said five drones were shot down over Moscow Oblast overnight."
const downed = fact({
  id: 'i1',
  report_id: 'ministry',
  weapon: 'uav',
  count: exact(5),
  region: OBLAST,
  when: night('2025-06-10T03:00:00+03:00', '2025-06-10T06:00:00+03:00'),
  claimant: person(null, 'ministry'),
});
// "Moscow under siege as drones attack again", a headline that names no time.
const siege = fact({ id: 's1', kind: 'strike', report_id: 'siege', weapon: 'uav', region: MOSCOW });
// "Airport shut for three hours after drone attack on Moscow; the mayor said there were no casualties."
const shut = fact({ id: 's2', kind: 'strike', report_id: 'airport', weapon: null, region: MOSCOW });
const noneHurt = fact({
  id: 'c1',
  kind: 'casualties',
  report_id: 'airport',
  region: MOSCOW,
  casualties: { killed: 0, injured: 0 },
});

test('an attack told with nothing hit joins the shoot-downs of its region and window: one interception', () => {
  const incidents = resolve([downed, siege, shut, noneHurt]);
  assert.equal(incidents.length, 1);
  assert.equal(incidents[0]?.kind, 'interception');
  assert.deepEqual(incidents[0]?.facts, ['c1', 'i1', 's1', 's2']);
  const why = incidents[0]?.reasons.find((r) => r.fact_id === 's1')?.reasons.join('; ') ?? '';
  assert.match(why, /the attack it repelled/);
});

test('the same in any order of the facts', () => {
  const facts = [downed, siege, shut, noneHurt];
  for (let seed = 1; seed <= 5; seed++) {
    const incidents = resolve(seededShuffle(facts, seed));
    assert.equal(incidents.length, 1);
    assert.deepEqual(incidents[0]?.facts, ['c1', 'i1', 's1', 's2']);
  }
});

test('a strike that hit something stays an incident of its own beside the shoot-downs', () => {
  // "Two drones hit apartment blocks in Moscow; one person was injured."
  const hit = fact({ id: 's3', kind: 'strike', report_id: 'flats', weapon: 'uav', region: MOSCOW });
  const hurt = fact({
    id: 'c2',
    kind: 'casualties',
    report_id: 'flats',
    region: MOSCOW,
    casualties: { killed: null, injured: 1 },
  });
  const incidents = resolve([downed, hit, hurt]);
  assert.deepEqual(incidents.map((i) => i.kind).sort(), ['interception', 'strike']);
  // A building named as hit is a hit too, even with no damage told.
  const block = fact({
    id: 's4',
    kind: 'strike',
    report_id: 'flats',
    weapon: 'uav',
    region: MOSCOW,
    object: 'residential_building',
  });
  assert.deepEqual(
    resolve([downed, block])
      .map((i) => i.kind)
      .sort(),
    ['interception', 'strike'],
  );
});

test('a missile attack does not join drones shot down, nor an attack on another region', () => {
  const missiles = fact({ id: 's5', kind: 'strike', report_id: 'siege', weapon: 'missile', region: MOSCOW });
  assert.equal(resolve([downed, missiles]).length, 2);
  const kursk = fact({
    id: 's6',
    kind: 'strike',
    report_id: 'siege',
    weapon: 'uav',
    region: { code: 'RU-KRS', name: 'Kursk Oblast' },
  });
  assert.equal(resolve([downed, kursk]).length, 2);
});

test('an attack no report names a weapon of (shelling, «обстреляли») stays apart from the drones downed', () => {
  // «ВСУ обстреляли Москву», no weapon named.
  const shelled = fact({ id: 's7', kind: 'strike', report_id: 'siege', weapon: null, region: MOSCOW });
  assert.deepEqual(
    resolve([downed, shelled])
      .map((i) => i.kind)
      .sort(),
    ['interception', 'strike'],
  );
});

test('an attack its own words put in the morning stays apart from the night’s drones downed', () => {
  // «Вранці російські дрони атакували Москву»: the day, told by «вранці».
  const morning = fact({
    id: 's8',
    kind: 'strike',
    report_id: 'flats',
    weapon: 'uav',
    region: MOSCOW,
    when: { start: '2025-06-10T00:00:00+03:00', end: '2025-06-11T00:00:00+03:00', precision: 'day' },
    fields: { when: { start: 0, end: 6, text: 'Вранці', inferred: false } },
  });
  assert.equal(resolve([downed, morning]).length, 2);
});

test('a city’s attack folded into its oblast’s interception keeps the city among the incident’s regions', () => {
  const [one, ...rest] = resolve([downed, siege]);
  assert.equal(rest.length, 0);
  assert.deepEqual((one?.regions ?? []).map((r) => r.code).sort(), ['RU-MOS', 'RU-MOW']);
});
