// A toll told of one place in a wave told over the country is that place's, never the wave's (trial ux40, defect 1
// leftover; docs/api.md "A place's toll in a wider incident"): the mayor's "no one was hurt" in one city beside the
// air force's nationwide tally left the wave's toll at 0 killed, 0 injured. Invented facts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claimant, Fact, RegionRef, Report } from '../../src/core/types.ts';
import { mergeCasualties } from '../../src/resolve/casualties.ts';
import { placeFacts } from '../../src/resolve/placed-fact.ts';
import { makeFact, makeReport, night, person } from './make.ts';

const NIGHT = night('2025-03-03T21:00:00+02:00', '2025-03-04T07:00:00+02:00');
const LVIV: RegionRef = { code: 'UA-46', name: 'Lviv Oblast' };
const SUMY: RegionRef = { code: 'UA-59', name: 'Sumy Oblast' };
const MAYOR = person('Andriy Sadovyi', 'mayor');
const GOVERNOR = person('Oleh Hryhorov', 'military_administration');
const PRESIDENT = person('Volodymyr Zelensky', 'official');

function toll(id: string, region: RegionRef | null, killed: number | null, injured: number | null, who: Claimant) {
  const report = makeReport({ id, published_at: '2025-03-04T08:00:00+02:00', lang: 'en' });
  const fact = makeFact({
    id: `${id}:f0`,
    report_id: id,
    kind: 'casualties',
    region,
    when: NIGHT,
    claimant: who,
    casualties: { killed, injured },
  });
  return { report, fact };
}

function merge(items: { report: Report; fact: Fact }[], wave: boolean) {
  const reports = new Map(items.map((i) => [i.report.id, i.report]));
  const origins = new Map(items.map((i) => [i.report.id, i.report.id]));
  return mergeCasualties(
    placeFacts(
      items.map((i) => i.fact),
      reports,
      origins,
    ),
    wave,
  );
}

test("in a wave, one city's zero is that city's: the wave's toll stays null and the zero is in its scope", () => {
  const m = merge([toll('a', LVIV, 0, 0, MAYOR)], true);
  assert.equal(m.casualties.killed, null);
  assert.equal(m.casualties.injured, null);
  assert.deepEqual(
    m.casualties.scopes?.map((s) => [s.field, s.region?.code ?? null, s.count, s.claimants.map((c) => c.name)]),
    [
      ['killed', 'UA-46', 0, ['Andriy Sadovyi']],
      ['injured', 'UA-46', 0, ['Andriy Sadovyi']],
    ],
  );
  assert.deepEqual(m.conflicts, []);
});

test("in a wave, one region's zero hides no other region's injured: the told figures are summed, each in its scope", () => {
  const m = merge([toll('a', LVIV, null, 0, MAYOR), toll('b', SUMY, null, 2, GOVERNOR)], true);
  assert.equal(m.casualties.injured, 2);
  assert.deepEqual(m.conflicts, []);
  assert.deepEqual(
    m.casualties.scopes?.map((s) => [s.region?.code ?? null, s.count]),
    [
      ['UA-46', 0],
      ['UA-59', 2],
    ],
  );
});

test("in a wave, the country's figure beside a region's is the whole, and both are kept in scopes", () => {
  const m = merge([toll('a', null, 3, null, PRESIDENT), toll('b', SUMY, 1, null, GOVERNOR)], true);
  assert.equal(m.casualties.killed, 3);
  assert.deepEqual(
    m.casualties.scopes?.map((s) => [s.region?.code ?? null, s.count, s.report_ids]),
    [
      [null, 3, ['a']],
      ['UA-59', 1, ['b']],
    ],
  );
});

test('negative: outside a wave, a region\'s "no one was hurt" is the incident\'s own 0, with no scopes', () => {
  const m = merge([toll('a', LVIV, 0, 0, MAYOR)], false);
  assert.equal(m.casualties.killed, 0);
  assert.equal(m.casualties.injured, 0);
  assert.equal(m.casualties.scopes, undefined);
});

test('negative: a wave whose toll was told only of the country keeps it as before, with no scopes', () => {
  const m = merge([toll('a', null, 0, 4, PRESIDENT)], true);
  assert.equal(m.casualties.killed, 0);
  assert.equal(m.casualties.injured, 4);
  assert.equal(m.casualties.scopes, undefined);
});
