// A feed that lists one guid twice with different text: `watch` and `ingest` follow one rule, the first listing
// wins and the other is skipped with the guid named. Before, watch let the later listing overwrite the first as an
// "update" and ingest stored both as two reports.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ingestPaths } from '../../src/pipeline/index.ts';
import { watchSources } from '../../src/pipeline/watch.ts';
import { openStore } from '../../src/store/index.ts';
import { fileFeedRow } from '../helpers/source-row.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-dup-guid-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const now = () => new Date('2025-07-08T09:00:00Z');

const item = (n: string) =>
  `<item><title>Penza</title><guid>penza-0708</guid><pubDate>Tue, 08 Jul 2025 07:20:00 +0300</pubDate>` +
  `<description>Air defences destroyed ${n} drones over Penza Oblast overnight, the governor said.</description></item>`;
const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Example Volga Wire</title>
${item('eight')}
${item('three')}
</channel></rss>`;
const path = join(dir, 'volga.rss');
writeFileSync(path, feed);

test('ingest stores the first listing of a repeated guid and skips the other, naming the guid', async () => {
  const store = await openStore({ url: ':memory:' });
  const summary = await ingestPaths(store, [path], { now });
  assert.equal(summary.counts.ingested, 1, JSON.stringify(summary.outcomes));
  const skipped = summary.outcomes.filter((o) => o.status === 'skipped');
  assert.equal(skipped.length, 1);
  assert.match(skipped[0]!.message ?? '', /duplicate guid "penza-0708".*another text; the first is kept/);
  const [report] = await store.getReports([summary.outcomes.find((o) => o.status === 'ingested')!.report_id!]);
  assert.match(report!.text, /destroyed eight drones/);
  await store.close();
});

test('watch follows the same rule: one new report, no update, the first text kept', async () => {
  const store = await openStore({ url: ':memory:' });
  const row = fileFeedRow('volga', path);
  const [round] = await watchSources(store, [row], { now, random: () => 0.5, allow: new Set(), once: true });
  assert.equal(round?.new, 1, JSON.stringify(round));
  assert.equal(round?.updated, 0);
  assert.equal(round?.skipped, 1);
  assert.equal(await store.countReports(), 1);
  // The stored report is the first listing's text: ingesting the file again finds it a duplicate, stores nothing.
  const again = await ingestPaths(store, [path], { now });
  assert.equal(again.counts.duplicate, 1);
  assert.equal(again.counts.ingested, 0);
  await store.close();
});
