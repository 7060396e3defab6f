// `sitrep ingest` reads each file by what it is: pages, feeds, Telegram exports and JSON Lines become reports with
// what their source said (URL, time, outlet, forward), never raw markup; what is not a report is refused or skipped
// with a reason.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ingestPaths } from '../../src/pipeline/index.ts';
import { openStore } from '../../src/store/index.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'ingest');
const dir = mkdtempSync(join(tmpdir(), 'sitrep-kinds-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const now = () => new Date('2025-05-23T12:00:00Z');

test('a folder of every kind: each file read as what it is, reports carry their source metadata', async () => {
  const folder = join(dir, 'mixed');
  mkdirSync(folder);
  copyFileSync(join(FIXTURES, 'html/article-meta/input.html'), join(folder, 'kursk.html'));
  copyFileSync(join(FIXTURES, 'feed/rss2/input.rss'), join(folder, 'wire.rss'));
  copyFileSync(join(FIXTURES, 'telegram/single-chat/result.json'), join(folder, 'result.json'));
  copyFileSync(join(FIXTURES, 'jsonl/rows/input.jsonl'), join(folder, 'rows.jsonl'));
  writeFileSync(join(folder, 'package.json'), '{ "name": "not-a-report" }');
  // An HTML page saved under a text name is still read as HTML, never as markup.
  copyFileSync(join(FIXTURES, 'html/no-article/input.html'), join(folder, 'saved-page.txt'));
  const store = await openStore({ url: ':memory:' });
  const summary = await ingestPaths(store, [folder], { now });
  const by = (status: string) => summary.outcomes.filter((o) => o.status === status);
  // rows.jsonl: line 1 only; line 7's published_at has no offset, so that line fails.
  assert.equal(summary.counts.ingested, 1 + 2 + 4 + 1 + 1, JSON.stringify(summary.outcomes, null, 1));
  assert.deepEqual(
    by('skipped').map((o) => o.input.slice(folder.length + 1)),
    ['result.json#1001/1', 'result.json#1001/5'],
  );
  const failed = by('failed').map((o) => `${o.input.slice(folder.length + 1)}: ${o.message}`);
  assert.ok(
    failed.some((f) => /^package\.json: a \.json file that is neither a Telegram/.test(f)),
    failed.join('\n'),
  );
  assert.ok(failed.some((f) => /^rows\.jsonl:2: line 2 is not JSON/.test(f)));
  assert.ok(
    failed.some((f) => /^rows\.jsonl:8: line 8: "published_at" "2025-13-40T06:50:00\+03:00" names no real/.test(f)),
  );

  const reports = await store.getReports(by('ingested').map((o) => o.report_id!));
  const page = reports.find((r) => r.text.includes('Хинштейн'))!;
  assert.equal(page.url, join(folder, 'kursk.html'), 'a file keeps its path as its url (CONTRACT.md)');
  assert.equal(page.published_at, '2025-05-13T07:15:00+03:00');
  assert.equal(page.publisher, 'Example Daily');
  assert.equal(page.lang, 'ru');
  assert.equal(page.published_inferred, false);
  assert.ok(!/<|dataLayer|trackArticle|Подпишитесь|Все права/.test(page.text), page.text);

  const forward = reports.find((r) => r.text.startsWith('Дежурными'))!;
  assert.equal(forward.forwarded_from, 'Министерство обороны');
  assert.equal(forward.publisher, 'Example Governor Channel');
  assert.equal(forward.published_at, '2025-05-13T06:00:00Z');

  const wire = reports.find((r) => r.url === 'https://example.org/wire/43-drones')!;
  assert.equal(wire.publisher, 'Example Wire');
  assert.ok(!wire.text.includes('evil'));
  const saved = reports.find((r) => r.text.includes('Belgorod Oblast'))!;
  assert.ok(!saved.text.includes('<'), saved.text);

  // Ingesting the same folder again stores nothing twice.
  const again = await ingestPaths(store, [folder], { now });
  assert.equal(again.counts.ingested, 0);
  assert.equal(again.counts.duplicate, summary.counts.ingested);
  await store.close();
});

test('--kind forces a kind; a broken feed keeps its good items and names the bad one', async () => {
  const store = await openStore({ url: ':memory:' });
  const odd = join(dir, 'feed.data');
  copyFileSync(join(FIXTURES, 'feed/broken-xml/input.xml'), odd);
  const summary = await ingestPaths(store, [odd], { now, kind: 'feed' });
  assert.equal(summary.counts.ingested, 2);
  assert.deepEqual(
    summary.outcomes.filter((o) => o.status === 'failed').map((o) => o.message),
    ['item 2: malformed XML (Unexpected end of title)'],
  );
  const all = await ingestPaths(store, [join(FIXTURES, 'feed/all-items-fail/input.xml')], { now });
  assert.equal(all.counts.ingested, 0);
  assert.match(all.outcomes.at(-1)!.message!, /none of the feed's items could be read \(2 failed\)/);
  await store.close();
});

test('Telegram times: date_unixtime in the source time zone', async () => {
  const store = await openStore({ url: ':memory:' });
  const summary = await ingestPaths(store, [join(FIXTURES, 'telegram/full-export/result.json')], {
    now,
    timeZone: 'Europe/Moscow',
  });
  assert.equal(summary.counts.ingested, 1);
  const report = await store.getReport(summary.outcomes.find((o) => o.status === 'ingested')!.report_id!);
  assert.equal(report?.published_at, '2025-05-22T01:10:00+03:00');
  assert.equal(report?.publisher, 'Example Mayor');
  await store.close();
});

test('provenance: every report keeps its source id, url, fetch and publication times and both hashes', async () => {
  const store = await openStore({ url: ':memory:' });
  const file = join(FIXTURES, 'telegram/single-chat/result.json');
  const summary = await ingestPaths(store, [file], { now, sourceId: 'kursk-governor', timeZone: 'Europe/Moscow' });
  const first = summary.outcomes.find((o) => o.status === 'ingested')!;
  const report = (await store.getReport(first.report_id!))!;
  const { createHash } = await import('node:crypto');
  const { readFileSync } = await import('node:fs');
  assert.deepEqual(report.provenance, {
    source_id: 'kursk-governor',
    url: `${file}#1001/2`,
    fetched_at: now().toISOString(),
    published_at: '2025-05-13T07:15:00+03:00',
    text_hash: report.hash,
    raw_hash: createHash('sha256').update(readFileSync(file)).digest('hex'),
    item_key: 'telegram:1001/2',
    byline: null,
    edited_at: null,
  });
  assert.equal(report.hash, createHash('sha256').update(report.text).digest('hex'));
  await store.close();
});

test('a database made before provenance was kept is migrated: old reports read with nulls', async () => {
  const path = join(dir, 'old.db');
  const Database = (await import('better-sqlite3')).default;
  const { Kysely, Migrator, SqliteDialect } = await import('kysely');
  const { initialMigration } = await import('../../src/store/migrations/0001-initial.ts');
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Database(path) }) });
  const migrator = new Migrator({
    db,
    provider: {
      getMigrations: async () => ({ '0001-initial': initialMigration({ maxParams: 999, autoId: 'autoincrement' }) }),
    },
  });
  assert.equal((await migrator.migrateToLatest()).error, undefined);
  await (db as never as import('kysely').Kysely<{ reports: Record<string, unknown> }>)
    .insertInto('reports')
    .values({
      id: 'rep_old',
      hash: 'h',
      title: null,
      url: 'old.txt',
      publisher: null,
      published_at: '2025-05-07T08:00:00+03:00',
      published_ms: 0,
      published_inferred: 0,
      lang: 'en',
      text: 'old',
      forwarded_from: null,
      removed_json: '[]',
      origin_id: null,
      input: 'old.txt',
      ingested_at: '2025-05-07T09:00:00Z',
    })
    .execute();
  await db.destroy();
  const store = await openStore({ url: path });
  const old = await store.getReport('rep_old');
  assert.equal(old?.provenance.raw_hash, null);
  assert.equal(old?.provenance.fetched_at, null);
  assert.equal(old?.provenance.text_hash, 'h');
  await store.close();
});
