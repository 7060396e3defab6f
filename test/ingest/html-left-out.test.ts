// "What cleaning left out" of an article page: the blocks of page text Readability dropped (navigation, footer,
// related links) reach the report's `removed`, bounded; scripts are code, not text a reader saw, and are not listed.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parseHtml } from '../../src/ingest/sources/html/parse.ts';
import { ingestPaths } from '../../src/pipeline/index.ts';
import { openStore } from '../../src/store/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-left-out-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const body = [
  'Local officials in Sumy said a drone struck a grain silo on the outskirts of the city late on Tuesday evening.',
  'Emergency crews worked through the night to contain the fire, and no casualties were reported by morning.',
  'The regional administration said the silo had been empty since the spring and that repairs would start soon.',
]
  .map((p) => `<p>${p}</p>`)
  .join('\n');
const page = (extra: string) => `<!doctype html><html lang="en"><head><title>Sumy silo hit</title>
<script>var promo = "Weekly digest: 40 drones";</script></head><body>
<nav><a href="/">Home</a> · <a href="/region">Region</a> · Follow our Sumy live blog</nav>
<article><h1>Sumy silo hit</h1>${body}</article>
<footer>Example Gazette. More: what the 40 drones mean</footer>${extra}</body></html>`;

test("an article page's navigation and footer are listed in removed; its script is not", async () => {
  const path = join(dir, 'sumy.html');
  writeFileSync(path, page(''));
  const store = await openStore({ url: ':memory:' });
  const summary = await ingestPaths(store, [path], { now: () => new Date('2025-07-09T10:00:00Z') });
  const [report] = await store.getReports([summary.outcomes.find((o) => o.status === 'ingested')!.report_id!]);
  assert.ok(!report!.text.includes('live blog'), report!.text);
  assert.deepEqual(report!.removed, [
    'Home · Region · Follow our Sumy live blog',
    'Example Gazette. More: what the 40 drones mean',
  ]);
  await store.close();
});

test('removed is bounded: 20 blocks of at most 200 characters, then a count of the rest', () => {
  const asides = Array.from({ length: 25 }, (_, i) => `<aside>Related story ${i + 1}: ${'x'.repeat(300)}</aside>`);
  const [doc] = parseHtml(new TextEncoder().encode(page(asides.join(''))), { input: 'p.html' }).documents;
  const removed = doc!.removed ?? [];
  assert.equal(removed.length, 21);
  assert.ok(removed.slice(0, 20).every((b) => b.length <= 200));
  assert.equal(removed[20], '… and 7 more blocks of the page left out');
});
