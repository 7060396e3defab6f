// Blasts heard where an attack struck are that attack's (resolve/cluster.ts): an explosion joins its region's strike,
// else interception, as damage does, and with no attack in its region and window it makes an incident of its own, kind
// `explosion`, one per place and night; blasts told of a whole country make none. The leads are invented for the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { withInferredWindows } from '../../src/resolve/infer-window.ts';
import { exact, makeFact, makeReport, night, person, seededShuffle } from './make.ts';

const reports = [
  makeReport({ id: 'wave', published_at: '2025-03-04T08:10:00+03:00' }),
  makeReport({ id: 'blasts', published_at: '2025-03-04T09:25:00+03:00' }),
  makeReport({ id: 'shield', published_at: '2025-03-04T07:40:00+03:00' }),
  makeReport({ id: 'elsewhere', published_at: '2025-03-04T10:05:00+03:00' }),
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
    nightKey: '2025-03-04',
  });
}

const OVERNIGHT = night('2025-03-03T22:00:00+03:00', '2025-03-04T07:00:00+03:00');
const ODESA = { code: 'UA-51', name: 'Odesa' };
const POLTAVA = { code: 'UA-53', name: 'Poltava' };

// "Russian missiles hit port buildings in Odesa overnight, the regional governor said."
const strike = fact({
  id: 's1',
  kind: 'strike',
  report_id: 'wave',
  weapon: 'missile',
  region: ODESA,
  when: OVERNIGHT,
  claimant: person(null, 'governor'),
});
// "Blasts shook the seafront in Odesa", in an outlet's lead at 09:25 that names no time.
const blasts = fact({ id: 'e1', kind: 'explosion', report_id: 'blasts', region: ODESA });

test('blasts heard in the region struck that night are the strike’s, not a fact of no incident', () => {
  const incidents = resolve([strike, blasts]);
  assert.equal(incidents.length, 1);
  assert.equal(incidents[0]?.kind, 'strike');
  assert.deepEqual(incidents[0]?.facts, ['e1', 's1']);
  const why = incidents[0]?.reasons.find((r) => r.fact_id === 'e1')?.reasons.join('; ') ?? '';
  assert.match(why, /explosion in the region of the strike/);
});

test('with no strike, the blasts join the region’s shoot-downs', () => {
  // "Air defence destroyed 9 drones over Odesa overnight."
  const shield = fact({
    id: 'i1',
    report_id: 'shield',
    weapon: 'uav',
    count: exact(9),
    region: ODESA,
    when: OVERNIGHT,
    claimant: person(null, 'governor'),
  });
  const incidents = resolve([shield, blasts]);
  assert.equal(incidents.length, 1);
  assert.equal(incidents[0]?.kind, 'interception');
  assert.deepEqual(incidents[0]?.facts, ['e1', 'i1']);
});

test('blasts in a region no attack was told of are an incident of their own, kind explosion, apart from the strike', () => {
  // "Explosions were heard in Poltava", told with no cause, beside Odesa's strike.
  const far = fact({ id: 'e2', kind: 'explosion', report_id: 'elsewhere', region: POLTAVA });
  assert.deepEqual(
    resolve([strike, far])
      .map((i) => `${i.kind}:${i.facts.join(',')}`)
      .sort(),
    ['explosion:e2', 'strike:s1'],
  );
  const alone = resolve([far]);
  assert.equal(alone.length, 1);
  assert.equal(alone[0]?.region?.code, 'UA-53');
});

test('several reports of blasts in one place and night are one incident, which the strike told later joins', () => {
  // An eyewitness's "blasts over the port" at 02:10 and a channel's "more explosions in Odesa" at 02:40.
  const first = fact({
    id: 'e4',
    kind: 'explosion',
    report_id: 'blasts',
    region: ODESA,
    when: night('2025-03-04T02:10:00+03:00', '2025-03-04T02:10:00+03:00'),
  });
  const second = fact({
    id: 'e5',
    kind: 'explosion',
    report_id: 'elsewhere',
    region: ODESA,
    when: night('2025-03-04T02:40:00+03:00', '2025-03-04T02:40:00+03:00'),
  });
  assert.deepEqual(
    resolve([first, second]).map((i) => `${i.kind}:${i.facts.join(',')}`),
    ['explosion:e4,e5'],
  );
  // The governor's overnight strike joins them, and names the incident's kind.
  assert.deepEqual(
    resolve([first, second, strike]).map((i) => `${i.kind}:${i.facts.join(',')}`),
    ['strike:e4,e5,s1'],
  );
});

test('negative: blasts told of a whole country join no nationwide wave', () => {
  // "Russian missiles hit cities all over Ukraine" and, in another lead, "explosions were heard across Ukraine".
  const wave = fact({ id: 's2', kind: 'strike', report_id: 'wave', weapon: 'missile', country: 'UA', when: OVERNIGHT });
  const across = fact({ id: 'e3', kind: 'explosion', report_id: 'blasts', country: 'UA' });
  assert.deepEqual(
    resolve([wave, across]).map((i) => i.facts),
    [['s2']],
  );
  assert.deepEqual(resolve([across]), []);
});

test('blasts in a region with no attack of its own, during the nationwide wave, are that wave’s', () => {
  // "Russian missiles hit cities all over Ukraine overnight" and, in a roundup, "several blasts were heard in
  // Poltava Oblast around 03:00".
  const wave = fact({ id: 's3', kind: 'strike', report_id: 'wave', weapon: 'missile', country: 'UA', when: OVERNIGHT });
  const heard = fact({
    id: 'e6',
    kind: 'explosion',
    report_id: 'elsewhere',
    region: POLTAVA,
    when: night('2025-03-04T03:00:00+03:00', '2025-03-04T03:00:00+03:00'),
  });
  assert.deepEqual(
    resolve([wave, heard]).map((i) => `${i.kind}:${i.facts.join(',')}`),
    ['strike:e6,s3'],
  );
});

test('order does not matter', () => {
  const facts = [strike, blasts, fact({ id: 'e2', kind: 'explosion', report_id: 'elsewhere', region: POLTAVA })];
  const key = (fs: Fact[]) =>
    resolve(fs)
      .map((i) => `${i.kind}:${i.facts.join(',')}`)
      .sort();
  for (let seed = 1; seed <= 5; seed++) assert.deepEqual(key(seededShuffle(facts, seed)), key(facts));
});
