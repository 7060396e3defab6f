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

// ux38 #4: the summary said "weapons: uav 40" for an incident disputed 25 vs 40 and had no toll at all, though the
// JSON, the table and the CSV show both. It now says each figure as the table does, with the toll and who gave it.
test("explain's summary gives a disputed figure's range and the toll with its claimants and steps", async () => {
  const store = await openStore({ url: ':memory:' });
  try {
    const ova = { name: 'Ivan Petrenko', role: 'military_administration' as const, channel: 'Telegram' };
    const unsigned = { name: null, role: 'military_administration' as const, channel: 'Telegram' };
    const toll = (report: string, at: string, killed: number, claimant: Fact['claimant']) => {
      const text = `Killed ${killed}, injured 9.`;
      return {
        report: makeReport({ id: report, hash: `h-${report}`, published_at: at, lang: 'en', text }),
        fact: makeFact({
          id: `${report}:f0`,
          report_id: report,
          kind: 'casualties',
          casualties: { killed, injured: 9 },
          claimant,
          evidence: { start: 0, end: text.length, text },
        }),
      };
    };
    const first = toll('ova1', '2025-05-07T08:00:00+03:00', 3, ova);
    const second = toll('ova2', '2025-05-07T12:00:00+03:00', 4, unsigned);
    const police = toll('police', '2025-05-07T13:00:00+03:00', 2, null);
    for (const { report, fact } of [first, second, police])
      await store.insertReport({
        report,
        night_key: '2025-05-07',
        facts: [{ fact, night_key: '2025-05-07' }],
        signature: [1, 2, 3],
        bands: [],
        input: `${report.id}.txt`,
        ingestedAt: '2025-05-07T19:00:00Z',
      });
    await seedIncidents(store, [
      makeIncident('inc_toll', {
        kind: 'strike',
        facts: ['ova1:f0', 'ova2:f0', 'police:f0'],
        casualties: { killed: 4, injured: 9 },
        claimants: [ova],
        weapons: [{ type: 'uav', count: { value: 40, min: 40, max: 40, approx: false } }],
        conflicts: [
          {
            field: 'weapons[uav].count',
            values: [
              { value: { value: 40, min: 40, max: 40, approx: false }, report_ids: ['ova2'], claimants: [ova] },
              { value: { value: 25, min: 25, max: 25, approx: false }, report_ids: ['police'], claimants: [] },
            ],
          },
          {
            field: 'casualties.killed',
            values: [
              { value: 4, report_ids: ['ova2'], claimants: [unsigned] },
              { value: 2, report_ids: ['police'], claimants: [] },
            ],
          },
        ],
        tallies: {
          'casualties.killed': [
            {
              fact_id: 'ova1:f0',
              report_id: 'ova1',
              published_at: '2025-05-07T08:00:00+03:00',
              value: 3,
              increment: false,
            },
            {
              fact_id: 'ova2:f0',
              report_id: 'ova2',
              published_at: '2025-05-07T12:00:00+03:00',
              value: 4,
              increment: false,
              correction: true,
            },
          ],
        },
        sources: [
          { ...source('ova1', '2025-05-07T08:00:00+03:00'), origin_id: 'ova1' },
          { ...source('ova2', '2025-05-07T12:00:00+03:00'), origin_id: 'ova2' },
          { ...source('police', '2025-05-07T13:00:00+03:00'), origin_id: 'police' },
        ],
        corroboration: { reports: 3, origins: 3, status: 'disputed' },
        reasons: [],
      }),
    ]);
    const lines = (await explainIncident(store, 'inc_toll'))!.split('\n');
    assert.equal(lines[1], '  weapons: uav 40 (25–40 disputed)');
    // The unsigned post of the administration is the named head's word, as the incident's claimants fold it.
    assert.equal(
      lines[2],
      '  casualties: killed 4 (2–4 disputed), injured 9, according to Ivan Petrenko (military administration, Telegram); 1 report(s) naming no one',
    );
    assert.equal(
      lines[3],
      '  tally killed: 3 (ova1, 2025-05-07T08:00:00+03:00) → 4 (ova2, 2025-05-07T12:00:00+03:00, correction)',
    );
    assert.ok(
      lines.includes('  conflict casualties.killed: 4 from ova2 (military administration, Telegram) vs 2 from police'),
    );
  } finally {
    await store.close();
  }
});

test('explain says why a report that credits no one and has no channel made no voice', async () => {
  const { ingestBytes } = await import('../../src/pipeline/ingest.ts');
  const store = await openStore({ url: ':memory:' });
  try {
    const at = new Date('2025-05-07T09:00:00Z');
    const put = (text: string, input: string, publisher?: string) =>
      ingestBytes(store, new TextEncoder().encode(text), {
        input,
        published: '2025-05-07T08:00:00+03:00',
        now: at,
        ...(publisher ? { source: publisher } : {}),
      });
    await put('Overnight a drone hit a house in Kursk, residents said; the roof was damaged.', 'pasted.txt');
    await put('A drone hit a house in Kursk overnight, Governor Alexander Khinshtein said.', 'gov.txt', '@gov_kursk');
    const { resolveDirty } = await import('../../src/pipeline/resolve.ts');
    await resolveDirty(store);
    const [incident] = await store.listIncidents({});
    assert.ok(incident);
    const out = (await explainIncident(store, incident.id))!;
    assert.match(
      out,
      /credits no one and has no channel of its own \(no publisher, no web address\): no independent voice/,
    );
  } finally {
    await store.close();
  }
});

test('explain says why nameless officials beside the air force made no voice', async () => {
  const { ingestBytes } = await import('../../src/pipeline/ingest.ts');
  const store = await openStore({ url: ':memory:' });
  try {
    const at = new Date('2025-05-07T09:00:00Z');
    const put = (text: string, input: string, publisher: string) =>
      ingestBytes(store, new TextEncoder().encode(text), {
        input,
        published: '2025-05-07T08:00:00+03:00',
        now: at,
        source: publisher,
      });
    await put("Ukraine's air force said it shot down 14 drones over Kyiv overnight.", 'a.txt', 'Kyiv Daily');
    await put('Air defences downed 14 drones over Kyiv overnight, officials said.', 'b.txt', 'Wire Service');
    const { resolveDirty } = await import('../../src/pipeline/resolve.ts');
    await resolveDirty(store);
    const [incident, ...rest] = await store.listIncidents({});
    assert.ok(incident);
    assert.equal(rest.length, 0);
    assert.equal(incident.corroboration.voices, 1);
    const out = (await explainIncident(store, incident.id))!;
    assert.match(out, /credits only nameless officials or an outlet, who may be the named body beside them/);
  } finally {
    await store.close();
  }
});

// ux41 #9: a nationwide incident's header read "interception in ? (-)" though the incident knows its country; ux41 #6:
// the incidents it is related to (not merged with) were said nowhere in the text.
test('explain names a nationwide incident by its country and lists what it is related to', async () => {
  const store = await openStore({ url: ':memory:' });
  try {
    await seedIncidents(store, [
      makeIncident('inc_wave', { region: null, country: 'UA', related: ['inc_hit'] }),
      makeIncident('inc_hit', {
        kind: 'strike',
        region: { code: 'UA-63', name: 'Kharkiv Oblast' },
        related: ['inc_wave'],
      }),
      makeIncident('inc_nowhere', { region: null }),
    ]);
    const wave = (await explainIncident(store, 'inc_wave'))!.split('\n');
    assert.match(wave[0]!, /^inc_wave: interception in Ukraine \(nationwide\), /);
    assert.ok(wave.includes('  related: inc_hit (strike in Kharkiv Oblast (UA-63))'), wave.join('\n'));
    const hit = (await explainIncident(store, 'inc_hit'))!.split('\n');
    assert.match(hit[0]!, /^inc_hit: strike in Kharkiv Oblast \(UA-63\), /);
    assert.ok(hit.includes('  related: inc_wave (interception in Ukraine (nationwide))'), hit.join('\n'));
    // Neither a region nor a country: said as unknown, and no related line when there is nothing related.
    const nowhere = (await explainIncident(store, 'inc_nowhere'))!.split('\n');
    assert.match(nowhere[0]!, / in \? \(-\), /);
    assert.ok(!nowhere.some((l) => l.startsWith('  related:')));
  } finally {
    await store.close();
  }
});
