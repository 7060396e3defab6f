// What the exports call a count, and whom they attribute it to: a strike's "two drones struck" is not "2 destroyed",
// and a disputed value is said beside the claimant who gave it, never beside another's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCsv } from '../../src/eval/bench-texts.ts';
import { toAtom } from '../../src/export/atom.ts';
import { CSV_COLUMNS } from '../../src/export/csv.ts';
import { renderExport } from '../../src/export/index.ts';
import { exportContext } from '../../src/pipeline/geo.ts';
import { makeIncident, nightOf } from '../helpers/incidents.ts';

const ctx = exportContext({ now: new Date('2025-05-20T09:00:00Z') });
const count = (value: number) => ({ value, min: value, max: value, approx: false });

// "Two drones struck an energy site in a city overnight, killing one, the governor said."
const STRIKE = makeIncident('strike', {
  kind: 'strike',
  region: { code: 'UA-12', name: 'Dnipropetrovsk Oblast' },
  place: { name: 'Dnipro', lat: 48.47, lon: 35.04 },
  when: nightOf(7),
  weapons: [{ type: 'uav', count: count(2) }],
  casualties: { killed: 1, injured: null },
  claimants: [{ name: 'Serhiy Lysak', role: 'military_administration', channel: null }],
});

// The ministry said 12 over Bryansk, an unsigned post 15.
const DISPUTED = makeIncident('bry', {
  kind: 'interception',
  region: { code: 'RU-BRY', name: 'Брянская область' },
  when: nightOf(7),
  weapons: [{ type: 'uav', count: count(12) }],
  claimants: [{ name: null, role: 'ministry', channel: null }],
  corroboration: { reports: 2, origins: 2, status: 'disputed' },
  conflicts: [
    {
      field: 'weapons[uav].count',
      values: [
        { value: 15, report_ids: ['r_post'], claimants: [] },
        { value: 12, report_ids: ['r_min'], claimants: [{ name: null, role: 'ministry', channel: null }] },
      ],
    },
  ],
});

test('a strike\'s weapon count is "struck", never "destroyed": CSV columns and notes, Atom summary', async () => {
  const [row] = parseCsv(await renderExport('csv', [STRIKE], ctx));
  assert.equal(row!.destroyed, '');
  assert.equal(row!.struck, '2');
  // New columns go at the end: struck after updated_at, then lifted_at, then the children among the tolls.
  assert.deepEqual(CSV_COLUMNS.slice(-5), ['updated_at', 'struck', 'lifted_at', 'children_killed', 'children_injured']);
  assert.doesNotMatch(row!.notes!, /destroyed/);
  assert.match(row!.notes!, /uav \(2 struck\)/);
  const atom = toAtom([STRIKE], ctx);
  assert.doesNotMatch(atom, /destroyed/);
  assert.match(atom, /2 struck/);
});

test("an interception's count stays in destroyed, and struck is empty", async () => {
  const [row] = parseCsv(await renderExport('csv', [DISPUTED], ctx));
  assert.equal(row!.destroyed, '12 (12–15 disputed)');
  assert.equal(row!.struck, '');
});

test('a disputed value is attributed to the claimant who gave it, in the CSV notes and the Atom summary', async () => {
  const [row] = parseCsv(await renderExport('csv', [DISPUTED], ctx));
  const notes = row!.notes!;
  assert.match(notes, /uav \(12 destroyed\)/);
  assert.match(notes, /15 unattributed/);
  assert.match(notes, /12 according to ministry/);
  // Never "according to ministry" next to the post's 15.
  assert.doesNotMatch(notes, /15 according to ministry|15 destroyed/);
  assert.match(toAtom([DISPUTED], ctx), /12 according to ministry/);
});

test('a conflict stored without claimants per value names nobody beside a value', async () => {
  const old = makeIncident('old', {
    ...DISPUTED,
    id: 'old',
    conflicts: DISPUTED.conflicts.map((c) => ({
      ...c,
      values: c.values.map(({ value, report_ids }) => ({ value, report_ids })),
    })),
  });
  const [row] = parseCsv(await renderExport('csv', [old], ctx));
  assert.doesNotMatch(row!.notes!, /according to/);
  assert.match(row!.notes!, /sources disagree \(named: ministry\)/);
});

test("an airport disruption's stated lifting time is its own CSV column", async () => {
  const closure = {
    ...STRIKE,
    kind: 'airport_disruption' as const,
    weapons: [],
    lifted_at: '2025-06-10T05:40:00+03:00',
  };
  const [row] = parseCsv(await renderExport('csv', [closure], ctx));
  assert.equal(row!.lifted_at, '2025-06-10T05:40:00+03:00');
  const [plain] = parseCsv(await renderExport('csv', [STRIKE], ctx));
  assert.equal(plain!.lifted_at, '');
});

test('the claimants column keeps the shape "Name (role, channel)" for a claimant with no name: the name left empty', async () => {
  const airports = makeIncident('airports', {
    kind: 'airport_disruption',
    region: { code: 'RU-KGD', name: 'Kaliningrad Oblast' },
    when: nightOf(8),
    weapons: [],
    claimants: [
      { name: null, role: 'aviation_authority', channel: 'Telegram' },
      { name: 'Anna Petrova', role: 'governor', channel: null },
      { name: null, role: 'ministry', channel: null },
    ],
  });
  const [row] = parseCsv(await renderExport('csv', [airports], ctx));
  assert.equal(row!.claimants, '(aviation authority, Telegram); Anna Petrova (governor); (ministry)');
  // Each cell splits on "(" into a name (maybe empty) and its role and channel.
  assert.deepEqual(
    row!.claimants!.split('; ').map((c) => c.split(' (')[0]!.replace(/^\(.*/, '')),
    ['', 'Anna Petrova', ''],
  );
  // The notes, prose, say "according to ministry" as before.
  assert.match(await renderExport('csv', [DISPUTED], ctx), /12 according to ministry/);
});

// ux34 #20: an outlet's rewrite of the ministry's 24 beside the ministry's own 21 read "24 according to ministry; 21
// according to ministry", as if the ministry disputed itself. Each value names who published it as well.
test('a disputed value names who published it beside whom it credits', async () => {
  const rewrite = makeIncident('rewrite', {
    ...DISPUTED,
    id: 'rewrite',
    sources: [
      {
        report_id: 'r_min',
        title: null,
        url: null,
        publisher: 'Минобороны России (Telegram)',
        published_at: '2025-05-07T07:15:00+03:00',
        origin_id: 'r_min',
      },
      {
        report_id: 'r_daily',
        title: null,
        url: 'https://daily.example/x',
        publisher: 'Example Daily',
        published_at: '2025-05-07T12:00:00+03:00',
        origin_id: 'r_daily',
      },
    ],
    conflicts: [
      {
        field: 'weapons[uav].count',
        values: [
          { value: 24, report_ids: ['r_daily'], claimants: [{ name: null, role: 'ministry', channel: null }] },
          { value: 12, report_ids: ['r_min'], claimants: [{ name: null, role: 'ministry', channel: null }] },
        ],
      },
    ],
  });
  const [row] = parseCsv(await renderExport('csv', [rewrite], ctx));
  assert.match(row!.notes!, /24 according to ministry \(published by Example Daily\)/);
  assert.match(row!.notes!, /12 according to ministry \(published by Минобороны России \(Telegram\)\)/);
});
