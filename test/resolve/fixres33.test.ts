// The thirty-third trial's wrong data in resolution (ux-report items 1, 2, 4): a strike's count is no step of an
// interception's destroyed tally, and another report's strike is not folded in by the interception's own debris; a
// third party's retelling never revises the voice's own figure; an alarm is no voice and adds no weapon.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Incident, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { exact, makeFact, makeReport, night, person } from './make.ts';

const NIGHT = night('2026-03-01T21:00:00+03:00', '2026-03-02T07:00:00+03:00');
const ORYOL = { code: 'RU-ORL', name: 'Орловская область' };
const OWN = { from: 'publisher' as const, start: 0, end: 0, text: '', inferred: true };

function resolve(facts: Fact[], reports: Report[], origins?: Map<string, string>): Incident[] {
  return resolveNight({
    facts,
    reports: new Map(reports.map((r) => [r.id, r])),
    origins: origins ?? new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2026-03-02',
  });
}

const inferredDay = (start: string, end: string) => ({
  when: { start, end, precision: 'unknown' as const },
  fields: { when: { start: 0, end: 0, text: '', inferred: true, from: 'publication' as const } },
});

test("the governor's later drone on a car is its own strike: neither a step of his «сбито 9» nor folded in by that post's debris", () => {
  const gov = person(null, 'governor');
  const reports = [
    makeReport({
      id: 'r_am',
      published_at: '2026-03-02T08:10:00+03:00',
      lang: 'ru',
      publisher: 'Губернатор (Telegram)',
    }),
    makeReport({
      id: 'r_pm',
      published_at: '2026-03-02T16:20:00+03:00',
      lang: 'ru',
      publisher: 'Губернатор (Telegram)',
    }),
  ];
  const facts = [
    makeFact({
      id: 'r_am:f0',
      report_id: 'r_am',
      kind: 'interception',
      weapon: 'uav',
      count: exact(9),
      region: ORYOL,
      when: NIGHT,
      claimant: gov,
    }),
    makeFact({
      id: 'r_am:f1',
      report_id: 'r_am',
      kind: 'debris',
      weapon: 'uav',
      region: ORYOL,
      when: NIGHT,
      claimant: gov,
    }),
    makeFact({ id: 'r_am:f2', report_id: 'r_am', kind: 'damage', region: ORYOL, when: NIGHT, claimant: gov }),
    makeFact({
      id: 'r_pm:f0',
      report_id: 'r_pm',
      kind: 'strike',
      weapon: 'uav',
      count: exact(1),
      region: ORYOL,
      object: 'vehicle',
      claimant: gov,
      ...inferredDay('2026-03-02T04:20:00+03:00', '2026-03-02T16:20:00+03:00'),
    }),
  ];
  const incidents = resolve(facts, reports);
  const interception = incidents.find((i) => i.kind === 'interception');
  const strike = incidents.find((i) => i.kind === 'strike');
  assert.ok(interception && strike, incidents.map((i) => i.kind).join(','));
  assert.deepEqual(interception.facts, ['r_am:f0', 'r_am:f1', 'r_am:f2']);
  assert.deepEqual(strike.facts, ['r_pm:f0']);
  assert.deepEqual(interception.weapons[0]!.count, exact(9));
  assert.deepEqual(interception.tallies ?? {}, {});
});

test('a strike folded into an interception by its own debris adds no step to the destroyed tally', () => {
  const gov = person(null, 'governor');
  const reports = [
    makeReport({ id: 'r_a', published_at: '2026-03-02T07:30:00+03:00', lang: 'ru' }),
    makeReport({ id: 'r_b', published_at: '2026-03-02T09:00:00+03:00', lang: 'ru' }),
  ];
  const facts = [
    makeFact({
      id: 'r_a:f0',
      report_id: 'r_a',
      kind: 'interception',
      weapon: 'uav',
      count: exact(9),
      region: ORYOL,
      when: NIGHT,
      claimant: gov,
    }),
    makeFact({
      id: 'r_b:f0',
      report_id: 'r_b',
      kind: 'strike',
      weapon: 'uav',
      count: exact(1),
      region: ORYOL,
      when: NIGHT,
      claimant: gov,
    }),
    makeFact({
      id: 'r_b:f1',
      report_id: 'r_b',
      kind: 'debris',
      weapon: 'uav',
      region: ORYOL,
      when: NIGHT,
      claimant: gov,
    }),
  ];
  const [incident, ...rest] = resolve(facts, reports);
  assert.equal(rest.length, 0);
  assert.equal(incident!.kind, 'interception');
  assert.deepEqual(incident!.weapons[0]!.count, exact(9));
  assert.deepEqual(incident!.tallies ?? {}, {});
});

test("a wire's retelling of the air force (46) never revises the air force's own 44: a dispute, each value with its reports", () => {
  const reports = [
    makeReport({ id: 'r_af', published_at: '2026-03-02T09:00:00+02:00', publisher: 'Air Force (Telegram)' }),
    makeReport({ id: 'r_w1', published_at: '2026-03-02T09:40:00+02:00', publisher: 'Wire One' }),
    makeReport({ id: 'r_w2', published_at: '2026-03-02T11:00:00+02:00', publisher: 'Daily Two' }),
  ];
  const af = { name: null, role: 'air_force' as const, channel: null };
  const fact = (id: string, report_id: string, n: number, own: boolean): Fact =>
    makeFact({
      id,
      report_id,
      kind: 'interception',
      weapon: 'uav',
      count: exact(n),
      when: NIGHT,
      country: 'UA',
      claimant: af,
      fields: own ? { claimant: OWN } : {},
    });
  const facts = [
    fact('r_af:f0', 'r_af', 44, true),
    fact('r_w1:f0', 'r_w1', 44, false),
    fact('r_w2:f0', 'r_w2', 46, false),
  ];
  const [incident, ...rest] = resolve(facts, reports);
  assert.equal(rest.length, 0);
  assert.deepEqual(incident!.weapons[0]!.count, exact(44));
  assert.deepEqual(incident!.tallies ?? {}, {});
  const conflict = incident!.conflicts.find((c) => c.field === 'weapons[uav].count');
  assert.ok(conflict, 'a conflict 44 vs 46');
  assert.deepEqual(conflict.values.map((v) => [v.value, v.report_ids]).sort(), [
    [44, ['r_af', 'r_w1']],
    [46, ['r_w2']],
  ]);
  assert.equal(incident!.corroboration.status, 'disputed');
});

test("retellings with the voice's own later figure are its tally as before; one that repeats an earlier step revises nothing", () => {
  const reports = [
    makeReport({ id: 'r_w', published_at: '2026-03-02T08:00:00+02:00', publisher: 'Wire One' }),
    makeReport({ id: 'r_af', published_at: '2026-03-02T09:00:00+02:00', publisher: 'Air Force (Telegram)' }),
    makeReport({ id: 'r_af2', published_at: '2026-03-02T12:00:00+02:00', publisher: 'Air Force (Telegram)' }),
    makeReport({ id: 'r_w2', published_at: '2026-03-02T12:30:00+02:00', publisher: 'Daily Two' }),
  ];
  const af = { name: null, role: 'air_force' as const, channel: null };
  const fact = (report_id: string, n: number, own: boolean): Fact =>
    makeFact({
      id: `${report_id}:f0`,
      report_id,
      kind: 'interception',
      weapon: 'uav',
      count: exact(n),
      when: NIGHT,
      country: 'UA',
      claimant: af,
      fields: own ? { claimant: OWN } : {},
    });
  const [incident] = resolve(
    [fact('r_w', 40, false), fact('r_af', 40, true), fact('r_af2', 44, true), fact('r_w2', 40, false)],
    reports,
  );
  assert.deepEqual(incident!.weapons[0]!.count, exact(44));
  assert.deepEqual(incident!.conflicts, []);
  assert.deepEqual(
    incident!.tallies!['weapons[uav].count']!.map((s) => s.value),
    [40, 44],
  );
});

test("the mayor's alert and all-clear beside the governor's FPV strike are no voice and add no missile", () => {
  const reports = [
    makeReport({ id: 'r_alert', published_at: '2026-03-02T02:10:00+03:00', lang: 'ru', publisher: 'Мэр (Telegram)' }),
    makeReport({ id: 'r_clear', published_at: '2026-03-02T02:45:00+03:00', lang: 'ru', publisher: 'Мэр (Telegram)' }),
    makeReport({
      id: 'r_gov',
      published_at: '2026-03-02T07:50:00+03:00',
      lang: 'ru',
      publisher: 'Губернатор (Telegram)',
    }),
  ];
  const mayor = person(null, 'mayor');
  const alert = (report_id: string): Fact =>
    makeFact({
      id: `${report_id}:f0`,
      report_id,
      kind: 'alert',
      weapon: 'missile',
      region: ORYOL,
      claimant: mayor,
      when: night('2026-03-02T02:00:00+03:00', '2026-03-02T03:00:00+03:00'),
    });
  const facts = [
    alert('r_alert'),
    alert('r_clear'),
    makeFact({
      id: 'r_gov:f0',
      report_id: 'r_gov',
      kind: 'strike',
      weapon: 'fpv_drone',
      count: exact(1),
      region: ORYOL,
      when: NIGHT,
      claimant: person(null, 'governor'),
    }),
  ];
  const [incident, ...rest] = resolve(facts, reports);
  assert.equal(rest.length, 0, 'the alarm still joins the strike');
  assert.equal(incident!.kind, 'strike');
  assert.deepEqual(
    incident!.weapons.map((w) => w.type),
    ['fpv_drone'],
  );
  assert.equal(incident!.corroboration.voices, 1);
  assert.equal(incident!.corroboration.status, 'single_origin');
  assert.equal(incident!.corroboration.reports, 3);
});

test("an alert's own incident keeps its weapon and its voices", () => {
  const reports = [
    makeReport({ id: 'r_a', published_at: '2026-03-02T14:10:00+03:00', lang: 'ru', publisher: 'Мэр (Telegram)' }),
    makeReport({
      id: 'r_b',
      published_at: '2026-03-02T14:12:00+03:00',
      lang: 'ru',
      publisher: 'Губернатор (Telegram)',
    }),
  ];
  const w = night('2026-03-02T14:00:00+03:00', '2026-03-02T15:00:00+03:00');
  const facts = [
    makeFact({
      id: 'r_a:f0',
      report_id: 'r_a',
      kind: 'alert',
      weapon: 'missile',
      region: ORYOL,
      claimant: person(null, 'mayor'),
      when: w,
    }),
    makeFact({
      id: 'r_b:f0',
      report_id: 'r_b',
      kind: 'alert',
      weapon: 'missile',
      region: ORYOL,
      claimant: person(null, 'governor'),
      when: w,
    }),
  ];
  const [incident] = resolve(facts, reports);
  assert.equal(incident!.kind, 'alert');
  assert.deepEqual(
    incident!.weapons.map((w) => w.type),
    ['missile'],
  );
  assert.equal(incident!.corroboration.voices, 2);
});
