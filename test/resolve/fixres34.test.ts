// ux34 trial items on resolution (2: shoot-downs told by the two sides are no one incident; 5: a lower figure told
// after another voice's higher one disputes it, whatever retells the higher one later). Every post is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact, Incident, Report } from '../../src/core/types.ts';
import { resolveNight } from '../../src/resolve/incidents.ts';
import { exact, makeFact, makeReport, night, person } from './make.ts';

const NIGHT = night('2026-04-13T21:00:00+03:00', '2026-04-14T07:00:00+03:00');

function resolve(facts: Fact[], reports: Report[]): Incident[] {
  return resolveNight({
    facts,
    reports: new Map(reports.map((r) => [r.id, r])),
    origins: new Map(reports.map((r) => [r.id, r.id])),
    nightKey: '2026-04-14',
  });
}

// ux34 #2: "Russia says it downed 25 Ukrainian drones overnight, 10 of them over the Kursk region" and "Ukraine's air
// force: 27 of 35 Russian drones shot down overnight". The ministry's total names no country, but its report tells it
// of Russia's regions: it never meets the air force's total of Ukraine, and the two counts dispute nothing.
test("#2 a total told of no country is its report's country: the two sides' totals of one night never meet", () => {
  const reports = [
    makeReport({ id: 'wire', published_at: '2026-04-14T07:10:00+03:00', lang: 'en' }),
    makeReport({ id: 'af', published_at: '2026-04-14T08:00:00+03:00', lang: 'en' }),
  ];
  const ministry = makeFact({
    id: 'wire:f0',
    report_id: 'wire',
    weapon: 'uav',
    count: exact(25),
    when: NIGHT,
    claimant: person(null, 'official'),
  });
  const kursk = makeFact({
    id: 'wire:f1',
    report_id: 'wire',
    weapon: 'uav',
    count: exact(10),
    region: { code: 'RU-KRS', name: 'Kursk region' },
    when: NIGHT,
    claimant: person(null, 'ministry'),
  });
  const airForce = makeFact({
    id: 'af:f0',
    report_id: 'af',
    weapon: 'uav',
    count: exact(27),
    launched: exact(35),
    country: 'UA',
    when: NIGHT,
    claimant: person(null, 'air_force'),
  });
  const incidents = resolve([ministry, kursk, airForce], reports);
  const holding = (id: string) => incidents.find((i) => i.facts.includes(id));
  assert.notEqual(holding('wire:f0'), holding('af:f0'));
  assert.equal(holding('af:f0')?.country, 'UA');
  assert.equal(holding('wire:f0')?.country, 'RU');
  assert.ok(
    incidents.every((i) => i.conflicts.length === 0),
    JSON.stringify(incidents.map((i) => i.conflicts)),
  );
});

// ux34 #5: the mayor's channel says 7 injured at 03:10, the regional head 6 at 07:30, and a wire retells the mayor's
// 7 at 10:20. The 6 came after the mayor's 7: it disputes it; the wire's retelling is no count that rose past the 6.
test('#5 a lower toll told after another voice’s higher one disputes it, though a retelling of the higher comes later', () => {
  const reports = [
    makeReport({ id: 'mayor', published_at: '2026-04-14T03:10:00+03:00', lang: 'uk', publisher: 'Мер (Telegram)' }),
    makeReport({ id: 'ova', published_at: '2026-04-14T07:30:00+03:00', lang: 'uk' }),
    makeReport({ id: 'wire', published_at: '2026-04-14T10:20:00+03:00', lang: 'en' }),
  ];
  const region = { code: 'UA-59', name: 'Суми' };
  const toll = (id: string, report_id: string, n: number, claimant: Fact['claimant']) =>
    makeFact({
      id,
      report_id,
      kind: 'casualties',
      region,
      casualties: { killed: null, injured: n },
      when: NIGHT,
      claimant,
    });
  const incidents = resolve(
    [
      toll('mayor:f0', 'mayor', 7, null),
      toll('ova:f0', 'ova', 6, person('Іван Петренко', 'military_administration')),
      toll('wire:f0', 'wire', 7, person('Oleh Mayorenko', 'mayor')),
    ],
    reports,
  );
  assert.equal(incidents.length, 1);
  const conflict = incidents[0]?.conflicts.find((c) => c.field === 'casualties.injured');
  assert.deepEqual(conflict?.values.map((v) => v.value).sort(), [6, 7]);
  assert.equal(incidents[0]?.corroboration.status, 'disputed');
});

test('#5 negative: a lower toll told an hour or more before every higher one is an older step', () => {
  const reports = [
    makeReport({ id: 'mayor', published_at: '2026-04-14T03:10:00+03:00', lang: 'uk', publisher: 'Мер (Telegram)' }),
    makeReport({ id: 'ova', published_at: '2026-04-14T07:30:00+03:00', lang: 'uk' }),
  ];
  const region = { code: 'UA-59', name: 'Суми' };
  const incidents = resolve(
    [
      makeFact({
        id: 'mayor:f0',
        report_id: 'mayor',
        kind: 'casualties',
        region,
        when: NIGHT,
        casualties: { killed: null, injured: 4 },
      }),
      makeFact({
        id: 'ova:f0',
        report_id: 'ova',
        kind: 'casualties',
        region,
        when: NIGHT,
        casualties: { killed: null, injured: 9 },
        claimant: person('Іван Петренко', 'military_administration'),
      }),
    ],
    reports,
  );
  assert.equal(incidents[0]?.casualties.injured, 9);
  assert.deepEqual(incidents[0]?.conflicts, []);
});
