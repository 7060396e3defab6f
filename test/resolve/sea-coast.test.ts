// A ship hit at sea is told of the sea by one outlet ("in the Kerch Strait", "in the Black Sea": a place with no region,
// docs/eval.md) and of the coast it lay off by another ("off occupied Crimea"). Similar text joins the two when the
// region lies on that sea's coast (resolve/sea-coast.ts, data/gazetteer/sea-coasts.json); a sea far from the region
// stays another place. The leads are invented for the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { isSea, withoutCoastalSeas } from '../../src/resolve/sea-coast.ts';
import { makeFact, makeReport, night } from './make.ts';

const CRIMEA = { code: 'UA-43', name: 'Crimea' };
const WINDOW = night('2025-07-12T01:00:00+03:00', '2025-07-12T05:00:00+03:00');

const leads: Report[] = [
  makeReport({
    id: 'coast',
    publisher: 'wire.example',
    published_at: '2025-07-12T08:00:00+03:00',
    text: 'Ukrainian sea drone hits Russian fuel tanker off occupied Crimea overnight, damaging its engine room, Russian officials said.',
  }),
  makeReport({
    id: 'strait',
    publisher: 'daily.example',
    published_at: '2025-07-12T09:00:00+03:00',
    text: 'A Russian fuel tanker was hit by a Ukrainian sea drone in the Kerch Strait overnight, damaging its engine room, Russian officials said.',
  }),
];

function run(sea: string) {
  const facts: Fact[] = [
    makeFact({ id: 'c1', report_id: 'coast', kind: 'strike', weapon: 'unmanned_boat', region: CRIMEA, when: WINDOW }),
    makeFact({
      id: 's1',
      report_id: 'strait',
      kind: 'strike',
      weapon: 'unmanned_boat',
      place: { name: sea, lat: null, lon: null },
      area: 'sea',
      when: WINDOW,
    }),
  ];
  return resolveNight({
    facts,
    reports: new Map(leads.map((r) => [r.id, r])),
    origins: new Map(leads.map((r) => [r.id, r.id])),
    nightKey: '2025-07-12',
  });
}

test('a tanker hit in the Kerch Strait and one hit off Crimea, told in like words, are one incident', () => {
  const incidents = run('Kerch Strait');
  const crimea = incidents.find((i) => i.facts.includes('c1'))!;
  assert.deepEqual(crimea.facts, ['c1', 's1']);
  assert.equal(crimea.region?.code, 'UA-43');
});

test('a sea that does not wash the region stays another place, however alike the words', () => {
  const incidents = run('Caspian Sea');
  assert.ok(!incidents.find((i) => i.facts.includes('c1'))!.facts.includes('s1'));
});

test('a sea beside regions on its coast is no second place; two seas alone, or a region off its coast, are', () => {
  assert.ok(isSea('Black Sea') && !isSea('UA-43'));
  assert.deepEqual([...withoutCoastalSeas(new Set(['Black Sea', 'UA-43']))], ['UA-43']);
  assert.deepEqual([...withoutCoastalSeas(new Set(['Kerch Strait', 'RU-KDA']))], ['RU-KDA']);
  assert.equal(withoutCoastalSeas(new Set(['Black Sea', 'Kerch Strait'])).size, 2);
  assert.equal(withoutCoastalSeas(new Set(['Black Sea', 'RU-BEL'])).size, 2);
  // Two regions stay two places, with or without a sea on both their coasts.
  assert.equal(withoutCoastalSeas(new Set(['Black Sea', 'UA-43', 'RU-KDA'])).size, 2);
});
