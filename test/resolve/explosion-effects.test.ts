// Blasts heard where an attack struck are that attack's (resolve/cluster.ts): an explosion joins its region's strike,
// else interception, as damage does, and with no attack in its region and window it makes no incident. The leads are
// invented for the test.
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

test('negative: blasts in a region no attack was told of make no incident and join none', () => {
  // "Explosions were heard in Poltava", told with no cause, beside Odesa's strike.
  const far = fact({ id: 'e2', kind: 'explosion', report_id: 'elsewhere', region: POLTAVA });
  const incidents = resolve([strike, far]);
  assert.deepEqual(
    incidents.map((i) => i.facts),
    [['s1']],
  );
  assert.deepEqual(resolve([far]), []);
});

test('negative: blasts told of a whole country join no nationwide wave', () => {
  // "Russia fired missiles at targets across Ukraine" and, in another lead, "explosions were heard across Ukraine".
  const wave = fact({ id: 's2', kind: 'strike', report_id: 'wave', weapon: 'missile', country: 'UA', when: OVERNIGHT });
  const across = fact({ id: 'e3', kind: 'explosion', report_id: 'blasts', country: 'UA' });
  assert.deepEqual(
    resolve([wave, across]).map((i) => i.facts),
    [['s2']],
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
