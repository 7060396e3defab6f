// A follow-up that names no place, its region only its channel's, leaves the place the other reports name, and its
// generic "missile" is the incident's one specific missile told less precisely (ux42 #8): the mayor's «удар
// балістичною ракетою по Одесі», then his «кількість поранених внаслідок ракетного удару зросла» are one strike at
// Odesa by a ballistic missile, not a strike of the region by a ballistic missile and a second, generic one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, FieldEvidence, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { exact, makeFact, makeReport, night, person } from './make.ts';

const NIGHT = night('2025-03-02T21:00:00+02:00', '2025-03-03T07:00:00+02:00');
const ODESA = { name: 'Odesa', lat: 46.48, lon: 30.73 };
const REGION = { code: 'UA-51', name: 'Одесі' };
const mayor = person('Геннадій Труханов', 'mayor');
const span = (start: number, end: number, text: string): FieldEvidence => ({ start, end, text, inferred: false });
/** A region the channel's metadata gives: the text names none. */
const FROM_CHANNEL: FieldEvidence = { start: 0, end: 0, text: '', inferred: true, from: 'publisher' };

const reports = [
  makeReport({ id: 'post', published_at: '2025-03-03T02:10:00+02:00', lang: 'uk' }),
  makeReport({ id: 'update', published_at: '2025-03-03T08:40:00+02:00', lang: 'uk' }),
];

function resolve(facts: Fact[], rs: Report[] = reports) {
  return resolveNight({
    facts,
    reports: new Map(rs.map((r) => [r.id, r])),
    origins: new Map(rs.map((r) => [r.id, r.id])),
    nightKey: '2025-03-03',
  });
}

const strike = makeFact({
  id: 'post-1',
  report_id: 'post',
  kind: 'strike',
  weapon: 'ballistic_missile',
  hit: exact(1),
  region: REGION,
  place: ODESA,
  when: NIGHT,
  claimant: mayor,
  fields: { region: span(30, 35, 'Одесі'), place: span(30, 35, 'Одесі'), weapon: span(8, 27, 'балістичною ракетою') },
});
const toll = makeFact({
  id: 'post-2',
  report_id: 'post',
  kind: 'casualties',
  region: REGION,
  place: ODESA,
  when: NIGHT,
  claimant: mayor,
  casualties: { killed: 1, injured: 6, children_killed: null, children_injured: null },
  fields: { region: span(30, 35, 'Одесі'), place: span(30, 35, 'Одесі') },
});
const laterStrike = (over: Partial<Fact> = {}): Fact =>
  makeFact({
    id: 'update-1',
    report_id: 'update',
    kind: 'strike',
    weapon: 'missile',
    region: { code: 'UA-51', name: '' },
    when: NIGHT,
    claimant: mayor,
    fields: { region: FROM_CHANNEL, weapon: span(40, 55, 'ракетного удару') },
    ...over,
  });
const laterToll = makeFact({
  id: 'update-2',
  report_id: 'update',
  kind: 'casualties',
  region: { code: 'UA-51', name: '' },
  when: NIGHT,
  claimant: mayor,
  casualties: { killed: 1, injured: 9, children_killed: null, children_injured: null },
  fields: { region: FROM_CHANNEL },
});

test("a follow-up that names no place keeps the other reports' place, and its generic missile is their ballistic one", () => {
  const incidents = resolve([strike, toll, laterStrike(), laterToll]);
  assert.equal(incidents.length, 1);
  const [odesa] = incidents;
  assert.equal(odesa?.place?.name, 'Odesa', 'the place the mayor named stays');
  assert.deepEqual(
    odesa?.weapons.map((w) => w.type),
    ['ballistic_missile'],
    'one weapon: the generic missile is the ballistic one',
  );
  assert.equal(odesa?.casualties?.injured, 9);
});

test('near miss: a follow-up that names the region in its own words is a statement of the region: no place', () => {
  const ofRegion = laterStrike({
    region: { code: 'UA-51', name: 'Одещині' },
    fields: { region: span(20, 28, 'Одещині'), weapon: span(40, 55, 'ракетного удару') },
  });
  const [incident] = resolve([strike, toll, ofRegion, laterToll]);
  assert.equal(incident?.place, null);
});

test('near miss: a generic missile with a number of its own stays a type of its own', () => {
  const counted = laterStrike({ hit: exact(3) });
  const [incident] = resolve([strike, toll, counted, laterToll]);
  assert.deepEqual(incident?.weapons.map((w) => w.type).sort(), ['ballistic_missile', 'missile']);
});

test('near miss: beside a cruise and a ballistic missile, a generic missile is neither', () => {
  const cruise = makeFact({
    ...strike,
    id: 'post-3',
    weapon: 'cruise_missile',
    hit: exact(1),
    fields: { ...strike.fields, weapon: span(60, 75, 'крилатою ракетою') },
  });
  const [incident] = resolve([strike, cruise, toll, laterStrike(), laterToll]);
  assert.deepEqual(incident?.weapons.map((w) => w.type).sort(), ['ballistic_missile', 'cruise_missile', 'missile']);
});
