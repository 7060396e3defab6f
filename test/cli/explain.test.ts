// `sitrep explain` says why each report is in an incident, including a retelling: a source with no fact of its own
// (resolve/incidents.ts), which has no reason under Facts. Incident made by hand.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explainIncident, inOffsetOf } from '../../src/cli/explain.ts';
import type { Fact } from '../../src/core/types.ts';
import { nightKey } from '../../src/resolve/night.ts';
import { openStore } from '../../src/store/index.ts';
import { makeIncident, seedIncidents } from '../helpers/incidents.ts';
import { makeFact, makeReport } from '../resolve/make.ts';

const source = (report_id: string, published_at: string) => ({
  report_id,
  title: null,
  url: null,
  publisher: null,
  published_at,
  origin_id: 'ministry',
});

test('explain says why a source with no fact of its own is listed', async () => {
  const store = await openStore({ url: ':memory:' });
  try {
    await seedIncidents(store, [
      makeIncident('inc_retold', {
        facts: ['ministry:f0'],
        sources: [source('ministry', '2025-05-07T08:00:00+03:00'), source('denial', '2025-05-07T09:00:00+03:00')],
        corroboration: { reports: 2, origins: 1, status: 'single_origin' },
        reasons: [{ fact_id: 'ministry:f0', report_id: 'ministry', reasons: ['region RU-KLU'] }],
      }),
    ]);
    const out = (await explainIncident(store, 'inc_retold'))!;
    const lines = out.split('\n');
    const at = lines.findIndex((l) => l.startsWith('  denial '));
    assert.ok(at > 0, out);
    assert.match(lines[at + 1]!, /no fact of its own: retells origin ministry/);
    // A report whose fact is in the incident is explained under Facts, not here.
    const ministry = lines.findIndex((l) => l.startsWith('  ministry '));
    assert.doesNotMatch(lines[ministry + 1]!, /no fact of its own/);
  } finally {
    await store.close();
  }
});

// ux36 #10: a report listed as a retelling of the night's wave has facts of its own elsewhere (a schedule from the
// next day, its own incident on that night; an effect of no place that joined nothing): "no fact of its own" was false.
test('explain says where a retelling source\'s own facts went instead of "no fact of its own"', async () => {
  const store = await openStore({ url: ':memory:' });
  try {
    const published = '2025-05-07T18:30:00+03:00';
    const text = 'Энергокомпания с 8 мая вводит графики отключений после ночной атаки. Повреждены подстанции.';
    const report = makeReport({
      id: 'outage',
      hash: 'h-outage',
      publisher: 'Новости',
      published_at: published,
      lang: 'ru',
      text,
    });
    const fact = (n: number, when: Fact['when'], kind: Fact['kind']): Fact =>
      makeFact({
        id: `outage:f${n}`,
        report_id: 'outage',
        kind,
        when,
        casualties: { killed: null, injured: null },
        evidence: { start: 0, end: 10, text: text.slice(0, 10) },
      });
    const nextDay = { start: '2025-05-08T00:00:00+03:00', end: '2025-05-09T00:00:00+03:00', precision: 'day' as const };
    const schedule = fact(0, nextDay, 'power_outage');
    const damage = fact(1, { start: '2025-05-07T06:30:00+03:00', end: published, precision: 'day' }, 'damage');
    const night = nightKey(schedule.when, published, schedule.kind);
    await store.insertReport({
      report,
      night_key: '2025-05-07',
      facts: [
        { fact: schedule, night_key: night },
        { fact: damage, night_key: '2025-05-07' },
      ],
      signature: [1, 2, 3],
      bands: [],
      input: 'outage.txt',
      ingestedAt: '2025-05-07T19:00:00Z',
    });
    await seedIncidents(store, [
      makeIncident('inc_wave', {
        facts: ['ministry:f0'],
        sources: [source('ministry', '2025-05-07T08:00:00+03:00'), source('outage', published)],
        reasons: [{ fact_id: 'ministry:f0', report_id: 'ministry', reasons: ['region RU-KLU'] }],
      }),
    ]);
    const own = makeIncident('inc_schedule', { kind: 'damage', when: nextDay, facts: ['outage:f0'] });
    await store.replaceNightIncidents([night], [{ incident: own, night_key: night }], new Map(), {
      changes: [{ action: 'create', incident_id: own.id, night_key: night }],
    });
    const out = (await explainIncident(store, 'inc_wave'))!;
    const lines = out.split('\n');
    const at = lines.findIndex((l) => l.startsWith('  outage '));
    assert.doesNotMatch(lines[at + 1]!, /no fact of its own/, out);
    assert.match(lines[at + 1]!, new RegExp(`f0 in inc_schedule \\(night ${night}\\); f1 in no incident`), out);
    assert.match(lines[at + 1]!, /retelling origin ministry/);
  } finally {
    await store.close();
  }
});

test('explain folds a publisher or sentence with a newline onto one line (display only)', async () => {
  const store = await openStore({ url: ':memory:' });
  try {
    await seedIncidents(store, [
      makeIncident('inc_folded', {
        facts: [],
        sources: [{ ...source('odesa', '2025-05-07T08:00:00+03:00'), publisher: 'Одеська\n  ОВА\t(канал)' }],
        corroboration: { reports: 1, origins: 1, status: 'single_origin' },
        reasons: [],
      }),
    ]);
    const out = (await explainIncident(store, 'inc_folded'))!;
    const line = out.split('\n').find((l) => l.startsWith('  odesa '));
    assert.ok(line, out);
    assert.match(out, /corroboration: single_origin, 1 report\(s\), 1 origin\(s\), 1 voice\(s\)/);
    assert.match(line, /^ {2}odesa Одеська ОВА \(канал\) {2}published 2025-05-07T08:00:00\+03:00, origin ministry$/);
  } finally {
    await store.close();
  }
});

test("explain tells a window's two ends on one offset, the start's (ux33 #16)", async () => {
  const store = await openStore({ url: ':memory:' });
  try {
    await seedIncidents(store, [
      makeIncident('inc_two_zones', {
        when: { start: '2026-11-09T21:00:00+03:00', end: '2026-11-10T07:00:00+02:00', precision: 'night' },
        facts: ['ministry:f0'],
        sources: [source('ministry', '2026-11-10T08:00:00+03:00')],
        reasons: [
          {
            fact_id: 'ministry:f0',
            report_id: 'ministry',
            reasons: ['overlaps 2026-11-09T21:00+03:00..2026-11-10T07:00+02:00', 'region RU-BRY'],
          },
        ],
      }),
    ]);
    const out = (await explainIncident(store, 'inc_two_zones'))!;
    const head = out.split('\n')[0]!;
    // The same instant as 07:00 on Kyiv time, told on the start's Moscow offset.
    assert.match(head, /2026-11-09T21:00:00\+03:00 → 2026-11-10T08:00:00\+03:00$/, head);
    assert.match(out, /because: overlaps 2026-11-09T21:00\+03:00\.\.2026-11-10T08:00\+03:00; region RU-BRY/, out);
    assert.doesNotMatch(out, /\+02:00/);
  } finally {
    await store.close();
  }
});

test('inOffsetOf keeps the instant and the precision, across a date and to UTC', () => {
  assert.equal(inOffsetOf('2026-11-10T07:00:00+02:00', '2026-11-09T21:00:00+03:00'), '2026-11-10T08:00:00+03:00');
  assert.equal(inOffsetOf('2026-11-10T01:30+03:00', '2026-11-09T20:00Z'), '2026-11-09T22:30Z');
  assert.equal(inOffsetOf('2026-11-10T01:30-04:30', '2026-11-09T20:00+05:45'), '2026-11-10T11:45+05:45');
  assert.equal(inOffsetOf('2026-11-10T07:00:00+03:00', '2026-11-09T21:00:00+03:00'), '2026-11-10T07:00:00+03:00');
});
