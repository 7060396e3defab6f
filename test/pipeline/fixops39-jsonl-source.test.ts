// ux39b #7: watch of a JSON Lines file gave every line the sources.yaml row's name as its publisher, so one scraper's
// file of many channels read as one channel, and resolved otherwise than `ingest` of the same lines. Lines are ours.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { watchSources } from '../../src/pipeline/watch.ts';
import { openStore } from '../../src/store/index.ts';
import { fileFeedRow } from '../helpers/source-row.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-jsonl-source-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const line = (n: number, extra: Record<string, string>) =>
  JSON.stringify({
    text: `Над Тамбовской областью ночью сбиты ${n} беспилотника.`,
    published_at: `2025-06-09T0${n}:00:00+03:00`,
    url: `https://wire.example.org/${n}`,
    ...extra,
  });

test("a JSONL line's own source (else channel) is its publisher; the row's name stands in for lines naming none", async () => {
  const path = join(dir, 'wire.jsonl');
  writeFileSync(
    path,
    [
      line(2, { source: 'Тамбовские вести' }),
      line(3, { channel: '@tambov_gov' }),
      line(4, {}),
      // An empty source is no source (review 39c #7): the channel, else the row's name.
      line(5, { source: '' }),
      line(6, { source: ' ', channel: '@tambov_news' }),
    ].join('\n'),
  );
  const store = await openStore({ url: ':memory:' });
  const row = fileFeedRow('wire', path, { kind: 'jsonl', name: 'Wire RU' });
  await watchSources(store, [row], {
    now: () => new Date('2026-11-10T09:00:00Z'),
    random: () => 0.5,
    allow: new Set(),
    once: true,
  });
  const nights = await store.listReportNights();
  const reports = await store.getReports(nights.map((n) => n.id));
  const byUrl = new Map(reports.map((r) => [r.url, r.publisher]));
  assert.deepEqual(
    [2, 3, 4, 5, 6].map((n) => byUrl.get(`https://wire.example.org/${n}`)),
    ['Тамбовские вести', '@tambov_gov', 'Wire RU', 'Wire RU', '@tambov_news'],
  );
  await store.close();
});
