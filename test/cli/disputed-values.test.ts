// Under a disagreement no value is shown as Sitrep's own: the CLI table's WEAPONS column and the page's casualties
// line and list card mark a disputed number as disputed and say who gave which, as the CSV does ("10 (8–10 disputed)").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { table } from '../../src/cli/format.ts';
import type { Incident } from '../../src/core/types.ts';
import { STRINGS } from '../../web/i18n/index.ts';
import { casualtiesText, weaponsSummary } from '../../web/src/bits.ts';
import type { Ctx } from '../../web/src/ctx.ts';
import { EMPTY_FILTERS } from '../../web/src/state.ts';
import { makeIncident } from '../helpers/incidents.ts';

const count = (n: number) => ({ value: n, min: n, max: n, approx: false });
const mayor = { name: 'Petro Kovalenko', role: 'mayor' as const, channel: null };
const oblast = { name: 'Anna Hrytsenko', role: 'governor' as const, channel: null };

const ctx: Ctx = {
  t: STRINGS.en,
  lang: 'en',
  regions: new Map(),
  now: () => new Date('2025-06-10T12:00:00Z'),
  go: () => {},
  view: () => ({ filters: EMPTY_FILTERS, incident: null, report: null }),
};

const disputed: Incident = makeIncident('inc_disputed', {
  kind: 'interception',
  weapons: [{ type: 'uav', count: count(17), launched: count(25) }],
  casualties: { killed: null, injured: 6 },
  conflicts: [
    {
      field: 'weapons[uav].count',
      values: [
        { value: count(17), report_ids: ['rep_a'], claimants: [oblast] },
        { value: count(13), report_ids: ['rep_b'], claimants: [mayor] },
      ],
    },
    {
      field: 'weapons[uav].launched',
      values: [
        { value: count(25), report_ids: ['rep_a'], claimants: [oblast] },
        { value: count(21), report_ids: ['rep_b'], claimants: [mayor] },
      ],
    },
    {
      field: 'casualties.injured',
      values: [
        { value: 6, report_ids: ['rep_a'], claimants: [oblast] },
        { value: 4, report_ids: ['rep_b'], claimants: [] },
      ],
    },
  ],
});

test('the CLI table marks a disputed weapon count with the range, as the CSV does; an undisputed one stays bare', () => {
  const out = table([disputed, makeIncident('inc_calm')]);
  assert.match(out, /^inc_disputed .* uav 17 \(13–17 disputed\) /m);
  assert.match(out, /^inc_calm .* uav 40 {2,}/m);
});

test("the page's casualties line names who gave each disputed number and says it is disputed", () => {
  assert.equal(
    casualtiesText(ctx, disputed),
    'killed: not stated, injured: 6 (Anna Hrytsenko (governor)) / 4 · disputed',
  );
  assert.equal(
    casualtiesText(ctx, makeIncident('calm', { casualties: { killed: 1, injured: null } })),
    'killed: 1, injured: not stated',
  );
});

test("the list card shows every disputed count's values, launched as well as destroyed", () => {
  assert.equal(weaponsSummary(ctx, disputed), 'drones: 25 / 21 launched, 17 / 13 destroyed');
});
