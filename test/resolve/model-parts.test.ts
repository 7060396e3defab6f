// fixtally30 (ux30's defect 1): two models of one weapon class in one report ("13 Kh-101 and 4 Kalibr shot down") are
// parts of one statement: the class's number is their sum, never the last model's as a running tally's later step.
// A later report of the voice with a new sum is still the tally's next step.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Incident, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { exact, makeFact, makeReport, person } from './make.ts';

const AIR_FORCE = person(null, 'air_force');

function resolve(facts: Fact[], reports: Report[]): Incident[] {
  return resolveNight({
    facts,
    reports: new Map(reports.map((r) => [r.id, r])),
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2025-09-14',
  });
}

const model = (id: string, report: string, name: string, launched: number, count: number): Fact =>
  makeFact({
    id,
    report_id: report,
    weapon: 'cruise_missile',
    weapon_model: name,
    launched: exact(launched),
    count: exact(count),
    claimant: AIR_FORCE,
  });

test('two models of one class in one report sum to the class number', () => {
  const [inc] = resolve(
    [model('f1', 'rep_1', 'Kh-101', 11, 9), model('f2', 'rep_1', 'Kalibr', 5, 5)],
    [makeReport({ id: 'rep_1', published_at: '2025-09-14T08:40:00+03:00' })],
  );
  assert.ok(inc);
  const cruise = inc.weapons.find((w) => w.type === 'cruise_missile');
  assert.deepEqual([cruise?.launched?.value, cruise?.count?.value], [16, 14]);
  // One statement: no running tally between its parts.
  assert.equal(inc.tallies['weapons[cruise_missile].count'], undefined);
  const why = inc.reasons.find((r) => r.fact_id === 'f1')?.reasons.join('; ') ?? '';
  assert.match(why, /count 9 \(Kh-101\) is part of its report's total of 14/);
  assert.doesNotMatch(why, /earlier step/);
});

test('a later report of the voice with new model figures is the next step of its tally', () => {
  const [inc] = resolve(
    [
      model('f1', 'rep_1', 'Kh-101', 11, 9),
      model('f2', 'rep_1', 'Kalibr', 5, 5),
      model('f3', 'rep_2', 'Kh-101', 11, 10),
      model('f4', 'rep_2', 'Kalibr', 5, 5),
    ],
    [
      makeReport({ id: 'rep_1', published_at: '2025-09-14T08:40:00+03:00' }),
      makeReport({ id: 'rep_2', published_at: '2025-09-14T11:15:00+03:00' }),
    ],
  );
  assert.ok(inc);
  const cruise = inc.weapons.find((w) => w.type === 'cruise_missile');
  assert.equal(cruise?.count?.value, 15);
  assert.deepEqual(
    inc.tallies['weapons[cruise_missile].count']!.map((s) => [s.value, s.parts]),
    [
      [14, ['f1', 'f2']],
      [15, ['f3', 'f4']],
    ],
  );
});

test('one model told twice in one report is no sum', () => {
  const [inc] = resolve(
    [model('f1', 'rep_1', 'Kh-101', 11, 9), model('f2', 'rep_1', 'Kh-101', 11, 9)],
    [makeReport({ id: 'rep_1', published_at: '2025-09-14T08:40:00+03:00' })],
  );
  assert.equal(inc?.weapons.find((w) => w.type === 'cruise_missile')?.count?.value, 9);
});
