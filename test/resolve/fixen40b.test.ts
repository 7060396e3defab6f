// ux40 #5: a wave told of the whole country with no figure, and one outlet's single missile in one city. Invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { exact, makeFact, makeReport, person } from './make.ts';

const DAY = { start: '2026-03-09T00:00:00+02:00', end: '2026-03-10T00:00:00+02:00', precision: 'day' as const };
const reports = [
  makeReport({ id: 'wire', published_at: '2026-03-09T12:00:00+02:00' }),
  makeReport({ id: 'outlet', published_at: '2026-03-09T13:00:00+02:00' }),
  makeReport({ id: 'paper', published_at: '2026-03-09T14:00:00+02:00' }),
];

function resolve(facts: Fact[]) {
  return resolveNight({
    facts,
    reports: new Map(reports.map((r) => [r.id, r])),
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2026-03-09',
    regionName: () => null,
  });
}

// "Russia fired 60 missiles at Ukraine on Monday, the military said": a strike of the whole country, no count.
const wave = makeFact({
  id: 'wire-1',
  report_id: 'wire',
  kind: 'strike',
  weapon: 'missile',
  country: 'UA',
  when: DAY,
  claimant: person(null, 'official'),
});
// "A Russian missile hit a footbridge in Lviv on Monday": one missile in one city, in the outlet's own voice.
const bridge = makeFact({
  id: 'outlet-1',
  report_id: 'outlet',
  kind: 'strike',
  weapon: 'missile',
  count: exact(1),
  region: { code: 'UA-46', name: 'Lviv' },
  when: DAY,
});

test("#5: one city's single missile is that city's count, not the count of a wave told of the whole country", () => {
  const [incident, ...rest] = resolve([wave, bridge]);
  assert.equal(rest.length, 0);
  const missile = incident?.weapons.find((w) => w.type === 'missile');
  assert.equal(missile?.count, null);
  assert.deepEqual(
    missile?.scopes?.map((s) => [s.field, s.region?.code ?? null, s.count.value, s.report_ids]),
    [['count', 'UA-46', 1, ['outlet']]],
  );
});

test('#5: one missile told striking beside a larger count of the same place backs it, no dispute', () => {
  const salvo = { ...bridge, id: 'paper-1', report_id: 'paper', count: exact(9) };
  const [incident, ...rest] = resolve([wave, bridge, salvo]);
  assert.equal(rest.length, 0);
  assert.deepEqual(incident?.conflicts, []);
  const missile = incident?.weapons.find((w) => w.type === 'missile');
  assert.deepEqual(
    missile?.scopes?.map((s) => [s.region?.code ?? null, s.count.value]),
    [['UA-46', 9]],
  );
});

test('#5 negative: with no wave of the whole country, the city count is the count shown', () => {
  const [incident] = resolve([bridge]);
  assert.deepEqual(incident?.weapons.find((w) => w.type === 'missile')?.count, exact(1));
});
