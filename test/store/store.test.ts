import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { SkipInputError, UsageError } from '../../src/core/errors.ts';
import { sha256 } from '../../src/core/ids.ts';
import type { Fact, Incident, IngestOutcome, Report } from '../../src/core/types.ts';
import { openStore } from '../../src/store/open.ts';
import type { FactRow, Store } from '../../src/store/store.ts';
import { makeIncident } from '../helpers/incidents.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const freshFile = (): string => join(dir, `db-${++files}.sqlite`);

function makeReport(n: number, over: Partial<Report> = {}): Report {
  const text = over.text ?? `Air defence destroyed ${n} drones over the region overnight, the governor said.`;
  return {
    id: `rep_${n}`,
    hash: sha256(text),
    title: `Report ${n}`,
    url: `https://news.example/${n}`,
    publisher: 'Example News',
    published_at: '2025-05-07T08:15:00+03:00',
    published_inferred: false,
    lang: 'en',
    text,
    forwarded_from: null,
    removed: ['Subscribe to our channel'],
    ...over,
  };
}

function makeFact(reportId: string, i: number, over: Partial<Fact> = {}): Fact {
  return {
    id: `${reportId}_f${i}`,
    report_id: reportId,
    kind: 'interception',
    weapon: 'uav',
    weapon_model: null,
    count: { value: 10 + i, min: 10 + i, max: 10 + i, approx: false },
    launched: null,
    hit: null,
    region: { code: 'RU-KLU', name: 'Kaluga region' },
    place: { name: 'Kaluga', lat: 54.51, lon: 36.26 },
    area: 'over',
    when: { start: '2025-05-06T21:00:00+03:00', end: '2025-05-07T07:00:00+03:00', precision: 'night' },
    object: null,
    detail: null,
    casualties: { killed: null, injured: 0 },
    airports: [],
    diverted_to: [],
    claimant: { name: 'Vladislav Shapsha', role: 'governor', channel: 'Telegram' },
    evidence: { start: 0, end: 40, text: 'Air defence destroyed drones over the region' },
    fields: { weapon: { start: 22, end: 28, text: 'drones', inferred: false } },
    aggregate: false,
    increment: false,
    ...over,
  };
}

function factRows(report: Report, count: number, night = '2025-05-07'): FactRow[] {
  return Array.from({ length: count }, (_, i) => ({ fact: makeFact(report.id, i), night_key: night }));
}

function makeOutcome(input: string, over: Partial<IngestOutcome> = {}): IngestOutcome {
  return { input, status: 'ingested', report_id: null, message: null, warnings: [], facts: 0, ...over };
}

async function insert(store: Store, report: Report, facts: FactRow[], bands: string[] = []) {
  return store.insertReport({
    report,
    night_key: '2025-05-07',
    facts,
    signature: [3, 1, 4, 1, 5],
    bands,
    input: `inbox/${report.id}.txt`,
    ingestedAt: '2025-05-07T10:00:00.000Z',
  });
}

const ids = (list: readonly { id: string }[]): string[] => list.map((x) => x.id);

for (const target of ['file', 'memory'] as const) {
  describe(`store on ${target}`, () => {
    const open = () => openStore({ url: target === 'file' ? freshFile() : ':memory:' });

    test('a report and its facts read back as written', async () => {
      const store = await open();
      const report = makeReport(1);
      const facts = factRows(report, 5);
      assert.equal(await insert(store, report, facts, ['b2', 'b1', 'b1']), 'inserted');
      const expected = {
        ...report,
        origin_id: null,
        input: 'inbox/rep_1.txt',
        ingested_at: '2025-05-07T10:00:00.000Z',
        // Nothing given: fetched when ingested, the rest unknown.
        provenance: {
          source_id: null,
          url: report.url,
          fetched_at: '2025-05-07T10:00:00.000Z',
          published_at: report.published_at,
          text_hash: report.hash,
          raw_hash: null,
          item_key: null,
          byline: null,
          edited_at: null,
        },
      };
      assert.deepEqual(await store.getReport('rep_1'), expected);
      assert.deepEqual(await store.findReportByHash(report.hash), expected);
      assert.equal(await store.getReport('rep_nope'), undefined);
      assert.deepEqual(
        await store.getFactsByReport('rep_1'),
        facts.map((f) => f.fact),
      );
      const wanted = ['rep_1_f3', 'missing', 'rep_1_f0'];
      assert.deepEqual(ids(await store.getFacts(wanted)), ['rep_1_f3', 'rep_1_f0']);
      assert.deepEqual(await store.getFactRowsByNight(['2025-05-07']), facts);
      assert.deepEqual(await store.getFactRowsByNight(['2025-05-08']), []);
      assert.deepEqual(await store.getSignatures(['rep_1', 'rep_x']), new Map([['rep_1', [3, 1, 4, 1, 5]]]));
      assert.deepEqual(await store.getBands(['rep_1']), new Map([['rep_1', ['b1', 'b2']]]));
      assert.equal(await store.countReports(), 1);
      await store.close();
    });

    test('getReports keeps the caller order across chunks of the IN list', async () => {
      const store = await open();
      for (let n = 0; n < 620; n++) await insert(store, makeReport(n), []);
      const wanted = Array.from({ length: 620 }, (_, n) => `rep_${619 - n}`);
      wanted.splice(300, 0, 'rep_missing');
      const got = await store.getReports(wanted);
      assert.deepEqual(
        ids(got),
        wanted.filter((id) => id !== 'rep_missing'),
      );
      assert.equal(await store.countReports(), 620);
      await store.close();
    });

    test('a second report with the same hash is a duplicate and writes nothing', async () => {
      const store = await open();
      const first = makeReport(1);
      await insert(store, first, factRows(first, 2), ['shared']);
      const copy = { ...makeReport(2, { text: first.text }), title: 'Reposted' };
      assert.equal(await insert(store, copy, factRows(copy, 3, '2025-05-09'), ['shared', 'own']), 'duplicate');
      assert.equal(await store.countReports(), 1);
      assert.equal(await store.getReport('rep_2'), undefined);
      assert.deepEqual(await store.getFactsByReport('rep_2'), []);
      assert.deepEqual(await store.reportsSharingBands(['own', 'shared']), ['rep_1']);
      assert.deepEqual(await store.dirtyNights(), ['2025-05-07']);
      await store.close();
    });

    test('a failure inside insertReport leaves no partial rows', async () => {
      const store = await open();
      const bad = makeReport(1);
      const facts = factRows(bad, 3, '2025-05-08');
      facts.push({ fact: makeFact(bad.id, 1), night_key: '2025-05-08' });
      await assert.rejects(insert(store, bad, facts, ['band-a']));
      assert.equal(await store.countReports(), 0);
      assert.equal(await store.findReportByHash(bad.hash), undefined);
      assert.deepEqual(await store.getFactsByReport('rep_1'), []);
      assert.deepEqual(await store.getSignatures(['rep_1']), new Map());
      assert.deepEqual(await store.reportsSharingBands(['band-a']), []);
      assert.deepEqual(await store.dirtyNights(), []);

      // A clash with a fact already stored rolls back the newcomer and leaves the first report whole.
      const good = makeReport(2);
      await insert(store, good, factRows(good, 2), ['band-b']);
      const clash = makeReport(3);
      const clashing = [{ fact: { ...makeFact(clash.id, 0), id: 'rep_2_f0' }, night_key: '2025-05-10' }];
      await assert.rejects(insert(store, clash, clashing, ['band-b', 'band-c']));
      assert.deepEqual(ids(await store.getReports(['rep_2', 'rep_3'])), ['rep_2']);
      assert.deepEqual(await store.reportsSharingBands(['band-b', 'band-c']), ['rep_2']);
      assert.deepEqual(await store.dirtyNights(), ['2025-05-07']);
      // And the store still works after the rollback.
      assert.equal(await insert(store, makeReport(4), []), 'inserted');
      await store.close();
    });

    test('a fact filed under another report or a bad publication time is refused', async () => {
      const store = await open();
      const report = makeReport(1);
      const stray = [{ fact: makeFact('rep_other', 0), night_key: '2025-05-07' }];
      await assert.rejects(insert(store, report, stray), /belongs to report rep_other/);
      await assert.rejects(insert(store, makeReport(2, { published_at: 'yesterday' }), []), SkipInputError);
      assert.equal(await store.countReports(), 0);
      await store.close();
    });

    test('band keys find the reports that share them', async () => {
      const store = await open();
      await insert(store, makeReport(1), [], ['k1', 'k2']);
      await insert(store, makeReport(2), [], ['k2', 'k3']);
      await insert(store, makeReport(3), [], ['k4']);
      assert.deepEqual(await store.reportsSharingBands(['k2']), ['rep_1', 'rep_2']);
      assert.deepEqual(await store.reportsSharingBands(['k3', 'k4']), ['rep_2', 'rep_3']);
      assert.deepEqual(await store.reportsSharingBands(['k9']), []);
      assert.deepEqual(await store.reportsSharingBands([]), []);
      await store.close();
    });

    test('a batch is stored with the outcomes one by one would give: a repeat, in the batch or stored, is a duplicate', async () => {
      const store = await open();
      const [a, b, c] = [makeReport(1), makeReport(2), makeReport(3)];
      assert.equal(await insert(store, b, factRows(b, 1)), 'inserted');
      const row = (report: Report, facts: FactRow[], bands: string[]) => ({
        report,
        night_key: '2025-05-07',
        facts,
        signature: [1, 2],
        bands,
        input: `batch/${report.id}.txt`,
        ingestedAt: '2025-05-07T11:00:00.000Z',
      });
      const got = await store.insertReports([
        row(a, factRows(a, 2), ['x1', 'x2']),
        row(b, factRows(b, 1), ['y']),
        row(a, factRows(a, 2), ['x1', 'x2']),
        row(c, factRows(c, 3, '2025-05-08'), ['x2', 'x2']),
      ]);
      assert.deepEqual(got, ['inserted', 'duplicate', 'duplicate', 'inserted']);
      assert.equal(await store.countReports(), 3);
      assert.equal((await store.getReport(a.id))?.input, 'batch/rep_1.txt');
      assert.equal((await store.getReport(b.id))?.input, 'inbox/rep_2.txt');
      assert.equal((await store.getFactsByReport(a.id)).length, 2);
      assert.equal((await store.getFactsByReport(c.id)).length, 3);
      assert.deepEqual([...(await store.getBands([a.id, c.id])).values()], [['x1', 'x2'], ['x2']]);
      assert.deepEqual(await store.reportsSharingBands(['x2']), [a.id, c.id]);
      assert.deepEqual(await store.dirtyNights(), ['2025-05-07', '2025-05-08']);
      await store.close();
    });

    test('nights are marked dirty by inserts and cleared by replaceNightIncidents', async () => {
      const store = await open();
      const a = makeReport(1);
      const b = makeReport(2);
      await insert(store, a, [...factRows(a, 1, '2025-05-07'), { fact: makeFact(a.id, 1), night_key: '2025-05-08' }]);
      await insert(store, b, factRows(b, 2, '2025-05-08'));
      assert.deepEqual(await store.dirtyNights(), ['2025-05-07', '2025-05-08']);
      await store.replaceNightIncidents(['2025-05-07'], [], new Map());
      assert.deepEqual(await store.dirtyNights(), ['2025-05-08']);
      const c = makeReport(3);
      await insert(store, c, factRows(c, 1, '2025-05-07'));
      assert.deepEqual(await store.dirtyNights(), ['2025-05-07', '2025-05-08']);
      assert.deepEqual(await store.allNightKeys(), ['2025-05-07', '2025-05-08']);
      await store.close();
    });

    test('replaceNightIncidents replaces only the given nights and sets origins', async () => {
      const store = await open();
      await insert(store, makeReport(1), []);
      await insert(store, makeReport(2), []);
      const night = (key: string, ...incidents: Incident[]) =>
        incidents.map((incident) => ({ incident, night_key: key }));
      await store.replaceNightIncidents(
        ['2025-05-07', '2025-05-08'],
        [...night('2025-05-07', makeIncident('i1'), makeIncident('i2')), ...night('2025-05-08', makeIncident('i3'))],
        new Map(),
      );
      const replacement = makeIncident('i4', { kind: 'strike' });
      await store.replaceNightIncidents(
        ['2025-05-07'],
        night('2025-05-07', replacement),
        new Map([
          ['rep_1', 'rep_1'],
          ['rep_2', 'rep_1'],
        ]),
      );
      assert.deepEqual(ids(await store.listIncidents()), ['i3', 'i4']);
      assert.deepEqual(await store.getIncident('i4'), replacement);
      assert.equal(await store.getIncident('i1'), undefined);
      assert.equal((await store.getReport('rep_2'))?.origin_id, 'rep_1');
      assert.equal((await store.getReport('rep_1'))?.origin_id, 'rep_1');
      assert.deepEqual(await store.allNightKeys(), ['2025-05-07', '2025-05-08']);
      await assert.rejects(
        store.replaceNightIncidents(['2025-05-07'], night('2025-05-09', makeIncident('i5')), new Map()),
        /not being replaced/,
      );
      assert.deepEqual(ids(await store.listIncidents()), ['i3', 'i4']);
      await store.close();
    });

    test('listIncidents filters by region, kind, time overlap and pages', async () => {
      const store = await open();
      const span = (start: string, end: string) => ({ start, end, precision: 'hour' as const });
      const all = [
        makeIncident('a', { when: span('2025-05-01T22:00:00+03:00', '2025-05-02T02:00:00+03:00') }),
        makeIncident('b', {
          kind: 'strike',
          region: { code: 'RU-BEL', name: 'Belgorod' },
          when: span('2025-05-03T23:00:00+03:00', '2025-05-04T01:00:00+03:00'),
        }),
        makeIncident('c', {
          region: { code: 'UA-63', name: 'Kharkiv' },
          when: span('2025-05-05T20:00:00Z', '2025-05-05T21:00:00Z'),
        }),
        makeIncident('d', { when: null, region: null }),
        makeIncident('e', { when: span('2025-05-03T20:00:00Z', '2025-05-03T21:00:00Z') }),
      ];
      await store.replaceNightIncidents(
        ['n'],
        all.map((incident) => ({ incident, night_key: 'n' })),
        new Map(),
      );
      assert.deepEqual(ids(await store.listIncidents()), ['a', 'b', 'e', 'c', 'd']);
      assert.deepEqual(ids(await store.listIncidents({ region: 'RU-KLU' })), ['a', 'e']);
      assert.deepEqual(ids(await store.listIncidents({ region: 'ru' })), ['a', 'b', 'e']);
      assert.deepEqual(ids(await store.listIncidents({ kind: 'strike' })), ['b']);
      // b runs 20:00Z-22:00Z on the 3rd: it overlaps a window opening at 21:30Z; e ended at 21:00Z.
      assert.deepEqual(ids(await store.listIncidents({ since: '2025-05-03T21:30:00Z' })), ['b', 'c']);
      assert.deepEqual(ids(await store.listIncidents({ until: '2025-05-02T00:00:00+03:00' })), ['a']);
      assert.deepEqual(
        ids(await store.listIncidents({ since: '2025-05-03T21:00:00Z', until: '2025-05-05T20:00:00Z' })),
        ['b', 'e', 'c'],
      );
      assert.deepEqual(ids(await store.listIncidents({ limit: 2, offset: 1 })), ['b', 'e']);
      assert.deepEqual(ids(await store.listIncidents({ offset: 3 })), ['c', 'd']);
      assert.deepEqual(ids(await store.listIncidents({ region: 'RU-KLU', limit: 1 })), ['a']);
      await assert.rejects(store.listIncidents({ since: 'last tuesday' }), UsageError);
      await assert.rejects(store.listIncidents({ limit: -1 }), UsageError);
      await store.close();
    });

    test('outcomes are logged and listed newest first, by status', async () => {
      const store = await open();
      await store.logOutcome(makeOutcome('a.txt', { report_id: 'rep_1', facts: 4 }), '2025-05-07T10:00:00Z');
      await store.logOutcome(
        makeOutcome('b.html', { status: 'failed', message: 'no text in page', warnings: ['empty body'] }),
        '2025-05-07T10:00:01Z',
      );
      await store.logOutcome(makeOutcome('c.txt', { status: 'duplicate', report_id: 'rep_1' }), '2025-05-07T10:00:02Z');
      const rows = await store.listOutcomes();
      assert.deepEqual(
        rows.map((r) => r.input),
        ['c.txt', 'b.html', 'a.txt'],
      );
      const failed = await store.listOutcomes({ status: 'failed' });
      assert.equal(failed.length, 1);
      const { id, ...rest } = failed[0]!;
      assert.equal(typeof id, 'number');
      assert.deepEqual(rest, {
        input: 'b.html',
        status: 'failed',
        report_id: null,
        message: 'no text in page',
        facts: 0,
        at: '2025-05-07T10:00:01Z',
        warnings: ['empty body'],
      });
      assert.deepEqual(
        (await store.listOutcomes({ limit: 2 })).map((r) => r.input),
        ['c.txt', 'b.html'],
      );
      assert.equal((await store.listOutcomes({ status: 'ingested' }))[0]?.facts, 4);
      await store.close();
    });
  });
}

describe('store on a shared file', () => {
  test('the file is in WAL mode', async () => {
    const path = freshFile();
    const store = await openStore({ url: path });
    await store.close();
    const raw = new BetterSqlite3(path, { readonly: true });
    try {
      assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
    } finally {
      raw.close();
    }
  });

  test('two stores on one file see each other', async () => {
    const path = freshFile();
    const writer = await openStore({ url: path });
    const reader = await openStore({ url: path });
    const report = makeReport(1);
    await insert(writer, report, factRows(report, 2));
    assert.equal((await reader.getReport('rep_1'))?.hash, report.hash);
    assert.deepEqual(await reader.dirtyNights(), ['2025-05-07']);
    await reader.replaceNightIncidents(
      ['2025-05-07'],
      [{ incident: makeIncident('i1'), night_key: '2025-05-07' }],
      new Map(),
    );
    assert.deepEqual(ids(await writer.listIncidents()), ['i1']);
    assert.equal(await insert(reader, report, []), 'duplicate');
    await writer.close();
    await reader.close();
  });

  test('a store reopened on its file keeps its data and does not migrate twice', async () => {
    const path = freshFile();
    const first = await openStore({ url: path });
    await insert(first, makeReport(1), []);
    await first.close();
    const second = await openStore({ url: path });
    assert.equal(await second.countReports(), 1);
    await second.close();
  });

  test('a batch writes its band rows in band order, and a band still lists its reports in the order stored', async () => {
    const path = freshFile();
    const store = await openStore({ url: path });
    // Real keys ('b07:1a2b3c4d') number as their band, then their hash; each report's own keys come sorted.
    const row = (n: number, bands: string[]) => ({
      report: makeReport(n),
      night_key: '2025-05-07',
      facts: [],
      signature: [n],
      bands,
      input: `batch/rep_${n}.txt`,
      ingestedAt: '2025-05-07T11:00:00.000Z',
    });
    await insert(store, makeReport(9), [], ['b01:0000000f']);
    await store.insertReports([
      row(3, ['b00:000000aa', 'b01:0000000f', 'b02:00000001']),
      row(1, ['b00:00000002', 'b01:0000000f', 'b02:000000ff']),
      row(2, ['b00:00000001', 'b01:0000000f']),
    ]);
    const raw = new BetterSqlite3(path, { readonly: true });
    try {
      const bands = raw.prepare('select band from lsh_bands order by rowid').pluck().all() as number[];
      assert.deepEqual(
        bands.slice(1),
        [...bands.slice(1)].sort((a, b) => a - b),
      );
      // The popular band: the report stored before the batch first, then the batch's in its own order.
      const popular = raw
        .prepare('select report_id from lsh_bands where band = ? order by rowid')
        .pluck()
        .all(2 ** 32 + 15);
      assert.deepEqual(popular, ['rep_9', 'rep_3', 'rep_1', 'rep_2']);
    } finally {
      raw.close();
    }
    assert.deepEqual(await store.reportsSharingBands(['b01:0000000f'], 2), ['rep_3', 'rep_9']);
    await store.close();
  });

  test('opening creates missing parent folders', async () => {
    const store = await openStore({ url: join(dir, 'nested', 'deeper', 'sitrep.db') });
    assert.equal(await store.countReports(), 0);
    await store.close();
  });

  test('a postgres url is refused with a usage error', async () => {
    await assert.rejects(openStore({ url: 'postgres://localhost/sitrep' }), UsageError);
  });
});
