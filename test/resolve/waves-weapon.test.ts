// A wave holds the regions' attacks of its weapons (resolve/nationwide-waves.ts): a statement told of a whole country
// that names missiles is the missile strike, not the drones that hit plants in two other regions the same night.
// Reports invented for the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { withInferredWindows } from '../../src/resolve/infer-window.ts';
import { exact, makeFact, makeReport, night } from './make.ts';

const NIGHT = night('2025-06-11T21:00:00+03:00', '2025-06-12T07:00:00+03:00');
const AFTERNOON = { start: '2025-06-12T13:40:00+03:00', end: '2025-06-12T13:40:00+03:00', precision: 'exact' as const };
const DAY = { start: '2025-06-12T00:00:00+03:00', end: '2025-06-13T00:00:00+03:00', precision: 'day' as const };

const reports = [
  makeReport({ id: 'wire', published_at: '2025-06-12T16:05:00+03:00', lang: 'ru' }),
  makeReport({ id: 'bulletin', published_at: '2025-06-12T17:30:00+03:00', lang: 'ru' }),
  makeReport({ id: 'plants', published_at: '2025-06-12T06:50:00+03:00', lang: 'ru' }),
  makeReport({ id: 'orel', published_at: '2025-06-12T07:20:00+03:00', lang: 'ru' }),
  makeReport({ id: 'lipetsk', published_at: '2025-06-12T08:10:00+03:00', lang: 'ru' }),
  makeReport({ id: 'kursk', published_at: '2025-06-12T14:30:00+03:00', lang: 'ru' }),
  makeReport({ id: 'stavka', published_at: '2025-06-12T12:20:00+03:00', lang: 'ru' }),
];
const byId = new Map(reports.map((r) => [r.id, r]));

/** A fact of a report; with no `when` it gets the window its publication allows, as ingest gives it. */
function fact(partial: Partial<Fact> & Pick<Fact, 'id' | 'report_id'>): Fact {
  const f = makeFact(partial);
  return f.when ? f : withInferredWindows([f], byId.get(f.report_id)!.published_at)[0]!;
}

function resolve(facts: Fact[]) {
  return resolveNight({
    facts,
    reports: byId,
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2025-06-12',
  });
}

const factsOf = (facts: Fact[]) =>
  resolve(facts)
    .map((i) => i.facts)
    .sort();

// «По данным агентства, ВСУ впервые ударили по территории России крылатыми ракетами», no time of its own, and a
// second outlet's «Крылатые ракеты сегодня днём применены против российских регионов», told of today.
const wire = fact({ id: 'w1', report_id: 'wire', kind: 'strike', weapon: 'cruise_missile', country: 'RU' });
const bulletin = fact({
  id: 'b1',
  report_id: 'bulletin',
  kind: 'strike',
  weapon: 'missile',
  country: 'RU',
  when: DAY,
});
// «Днём крылатые ракеты попали по окраине Льгова»: the missile strike the statements tell.
const kursk = fact({
  id: 'k1',
  report_id: 'kursk',
  kind: 'strike',
  weapon: 'cruise_missile',
  region: { code: 'RU-KRS', name: 'Льгова' },
  when: AFTERNOON,
});
// «Ночью беспилотники атаковали консервный завод под Орлом, затем — маслозавод в Липецкой области».
const orel = fact({
  id: 'p1',
  report_id: 'plants',
  kind: 'strike',
  weapon: 'uav',
  region: { code: 'RU-ORL', name: 'Орлом' },
  when: NIGHT,
});
const lipetsk = fact({
  id: 'p2',
  report_id: 'plants',
  kind: 'strike',
  weapon: 'uav',
  region: { code: 'RU-LIP', name: 'Липецкой области' },
  when: NIGHT,
});

test('a statement of missiles told of a whole country holds the missile strike, not the night’s drones on plants', () => {
  const incidents = resolve([wire, bulletin, kursk, orel, lipetsk]);
  const wave = incidents.find((i) => i.facts.includes('k1'));
  assert.deepEqual(wave?.facts, ['b1', 'k1', 'w1']);
  assert.deepEqual(
    wave?.regions?.map((r) => r.code),
    ['RU-KRS'],
  );
  assert.deepEqual(incidents.find((i) => i.region?.code === 'RU-ORL')?.facts, ['p1']);
  assert.deepEqual(incidents.find((i) => i.region?.code === 'RU-LIP')?.facts, ['p2']);
});

test('a region whose attack names no weapon, or a statement that names none, still joins the wave', () => {
  // «В Орловской области повреждён завод», no weapon named: nothing says it is another attack than the statement's.
  const plain = fact({
    id: 'p3',
    report_id: 'orel',
    kind: 'strike',
    region: { code: 'RU-ORL', name: 'Орловской' },
    when: DAY,
  });
  assert.deepEqual(factsOf([bulletin, kursk, plain]), [['b1', 'k1', 'p3']]);
  // «Украина сегодня атаковала российские регионы», no weapon: it holds the drones as well as the missiles.
  const told = fact({ id: 'b2', report_id: 'bulletin', kind: 'strike', country: 'RU', when: DAY });
  const drones = { ...orel, when: DAY };
  assert.deepEqual(factsOf([told, kursk, drones]), [['b2', 'k1', 'p1']]);
});

test('a statement that names drones and missiles holds the regions’ drones and missiles alike', () => {
  // «Этой ночью по России выпущены ракеты и 40 беспилотников»: a combined attack's statement, two facts.
  const missiles = fact({
    id: 's1',
    report_id: 'stavka',
    kind: 'strike',
    weapon: 'missile',
    country: 'RU',
    when: NIGHT,
  });
  const drones = fact({
    id: 's2',
    report_id: 'stavka',
    kind: 'strike',
    weapon: 'uav',
    launched: exact(40),
    country: 'RU',
    when: NIGHT,
  });
  const bryansk = fact({
    id: 'r1',
    report_id: 'lipetsk',
    kind: 'strike',
    weapon: 'ballistic_missile',
    region: { code: 'RU-BRY', name: 'Брянской' },
    when: NIGHT,
  });
  assert.deepEqual(factsOf([missiles, drones, bryansk, orel, lipetsk]), [['p1', 'p2', 'r1', 's1', 's2']]);
});

test('two regions’ drone strikes do not date a missile statement that has no time of its own', () => {
  // The wire's statement, written at 16:05, beside the night's two drone strikes only: they are no missile wave, so
  // nothing dates it and every fact stays where it was.
  assert.deepEqual(factsOf([wire, { ...orel, when: DAY }, { ...lipetsk, when: DAY }]), [['p1'], ['p2'], ['w1']]);
});
