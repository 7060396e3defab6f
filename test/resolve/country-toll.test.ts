// A toll told of no region beside the regions' own tolls in one wave: the country's figure is the whole and the
// regions' figures its parts, summed, never a dispute of it (ux36 item 2, docs/api.md "Corroboration"). Invented facts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claimant, Fact, RegionRef, Report } from '../../src/core/types.ts';
import { mergeCasualties } from '../../src/resolve/casualties.ts';
import { placeFacts } from '../../src/resolve/placed-fact.ts';
import { makeFact, makeReport, night, person } from './make.ts';

const NIGHT = night('2025-04-02T21:00:00+03:00', '2025-04-03T07:00:00+03:00');
const KHARKIV: RegionRef = { code: 'UA-63', name: 'Харківська область' };
const POLTAVA: RegionRef = { code: 'UA-53', name: 'Полтавська область' };

function toll(id: string, hour: string, region: RegionRef | null, killed: number, who: Claimant) {
  const report = makeReport({ id, published_at: `2025-04-03T${hour}:00+03:00`, lang: 'uk' });
  const fact = makeFact({
    id: `${id}:f0`,
    report_id: id,
    kind: 'casualties',
    region,
    when: NIGHT,
    claimant: who,
    casualties: { killed, injured: null },
  });
  return { report, fact };
}

function merge(items: { report: Report; fact: Fact }[]) {
  const reports = new Map(items.map((i) => [i.report.id, i.report]));
  const origins = new Map(items.map((i) => [i.report.id, i.report.id]));
  return mergeCasualties(
    placeFacts(
      items.map((i) => i.fact),
      reports,
      origins,
    ),
  );
}

const PRESIDENT = person('Президент', 'official');

test("the country's toll is the whole: the regions' smaller tolls beside it are its parts, no dispute", () => {
  const m = merge([
    toll('a', '09:00', null, 6, PRESIDENT),
    toll('b', '07:30', KHARKIV, 3, person('Олег Синєгубов', 'military_administration')),
    toll('c', '08:10', POLTAVA, 2, person('Володимир Когут', 'military_administration')),
  ]);
  assert.equal(m.casualties.killed, 6);
  assert.deepEqual(m.conflicts, []);
});

test("the regions' sum above the country's figure is shown, and still no dispute between regions", () => {
  const m = merge([
    toll('a', '06:00', null, 4, PRESIDENT),
    toll('b', '07:30', KHARKIV, 3, person('Олег Синєгубов', 'military_administration')),
    toll('c', '08:10', POLTAVA, 2, person('Володимир Когут', 'military_administration')),
  ]);
  assert.equal(m.casualties.killed, 5);
  assert.ok(!m.conflicts.some((c) => c.values.some((v) => v.value === 3 || v.value === 2)));
});

test('negative: one region only, its toll above the country-less figure, is one pool as before', () => {
  const m = merge([
    toll('a', '08:00', null, 1, person(null, 'official')),
    toll('b', '08:05', KHARKIV, 3, person('Олег Синєгубов', 'military_administration')),
  ]);
  assert.equal(m.casualties.killed, 3);
  assert.equal(m.conflicts.length, 1);
});
