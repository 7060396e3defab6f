// One weapon that hit something is one place hit (resolve/cluster.ts foldSingleHits): follow-ups that name no place
// for it tell the strike another post places. Reports invented for the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { withInferredWindows } from '../../src/resolve/infer-window.ts';
import { exact, makeFact, makeReport } from './make.ts';

const reports = [
  makeReport({ id: 'first', published_at: '2025-06-03T14:40:00+03:00', lang: 'ru' }),
  makeReport({ id: 'family', published_at: '2025-06-03T14:55:00+03:00', lang: 'ru' }),
  makeReport({ id: 'summary', published_at: '2025-06-03T15:20:00+03:00', lang: 'ru' }),
  makeReport({ id: 'other', published_at: '2025-06-03T15:30:00+03:00', lang: 'ru' }),
  makeReport({ id: 'wave', published_at: '2025-06-03T15:45:00+03:00', lang: 'ru' }),
];
const byId = new Map(reports.map((r) => [r.id, r]));

function fact(partial: Partial<Fact> & Pick<Fact, 'id' | 'report_id'>): Fact {
  const f = makeFact({ kind: 'strike', ...partial });
  return f.when ? f : withInferredWindows([f], byId.get(f.report_id)!.published_at)[0]!;
}

function resolve(facts: Fact[]) {
  return resolveNight({
    facts,
    reports: byId,
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2025-06-03',
  });
}

const AT_1410 = { start: '2025-06-03T14:10:00+03:00', end: '2025-06-03T14:10:00+03:00', precision: 'exact' as const };
const TULA = { code: 'RU-TUL', name: 'Туле' };

// «Беспилотник врезался в жилой дом в Туле», no time word.
const placed = fact({ id: 'p1', report_id: 'first', weapon: 'uav', count: exact(1), region: TULA });
// «В квартире, куда попал дрон, были двое детей», no place and no time.
const family = fact({ id: 'f1', report_id: 'family', weapon: 'uav', count: exact(1) });
// «Что известно: дрон попал в дом около 14:10; пострадали три человека; горят две квартиры», no place.
const summary = [
  fact({ id: 's1', report_id: 'summary', weapon: 'uav', count: exact(1), when: AT_1410 }),
  fact({ id: 's2', report_id: 'summary', kind: 'casualties', when: AT_1410 }),
  fact({ id: 's3', report_id: 'summary', kind: 'fire', when: AT_1410 }),
];

test('follow-ups of one drone’s hit that name no place join the strike another post places', () => {
  const incidents = resolve([placed, family, ...summary]);
  assert.equal(incidents.length, 1);
  assert.equal(incidents[0]?.region?.code, 'RU-TUL');
  assert.deepEqual(incidents[0]?.facts, ['f1', 'p1', 's1', 's2', 's3']);
  const why = incidents[0]?.reasons.find((r) => r.fact_id === 's1')?.reasons.join('; ') ?? '';
  assert.match(why, /strike by one weapon told with no region, place or country/);
});

test('with two strikes of that weapon in the window, a placeless hit cannot say which and stays apart', () => {
  // «Дрон атаковал АЗС в Курской области», also in the afternoon.
  const kursk = fact({
    id: 'k1',
    report_id: 'other',
    weapon: 'uav',
    count: exact(1),
    region: { code: 'RU-KRS', name: 'Курской области' },
  });
  const incidents = resolve([placed, kursk, family, ...summary]);
  assert.deepEqual(incidents.map((i) => i.facts.join(',')).sort(), ['f1,s1,s2,s3', 'k1', 'p1']);
});

test('a placeless strike that is not one weapon’s hit, or is of another class, stays apart', () => {
  // «Дроны атаковали промышленные объекты», no count: it may be a wave of many places.
  const uncounted = [
    fact({ id: 'u1', report_id: 'summary', weapon: 'uav', when: AT_1410 }),
    fact({ id: 'u2', report_id: 'summary', kind: 'fire', when: AT_1410 }),
  ];
  assert.deepEqual(
    resolve([placed, ...uncounted])
      .map((i) => i.facts.join(','))
      .sort(),
    ['p1', 'u1,u2'],
  );
  // «Ракета попала в склад»: one missile is no hit of the drone's.
  const missile = fact({ id: 'm1', report_id: 'summary', weapon: 'missile', count: exact(1), when: AT_1410 });
  assert.deepEqual(
    resolve([placed, missile])
      .map((i) => i.facts.join(','))
      .sort(),
    ['m1', 'p1'],
  );
});
