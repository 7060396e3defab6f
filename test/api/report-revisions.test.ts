// README: "An edited post updates its report and keeps the old text as a revision". The revision is reachable:
// GET /api/reports/{id} lists each earlier text with when it was replaced, oldest first, and the OpenAPI document
// describes the field.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { createApp } from '../../src/api/app.ts';
import { watchSources } from '../../src/pipeline/watch.ts';
import { openStore } from '../../src/store/index.ts';
import { fileFeedRow } from '../helpers/source-row.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-revisions-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let clock = Date.parse('2025-07-09T05:00:00Z');
const now = () => new Date(clock);
const path = join(dir, 'wire.rss');
const feed = (n: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Example Delta Wire</title>
<item><title>Kaluga</title><guid>kaluga-0709</guid><pubDate>Wed, 09 Jul 2025 07:30:00 +0300</pubDate>
<description>Air defences destroyed ${n} drones over Kaluga Oblast overnight, the governor said.</description></item>
</channel></rss>`;
const row = fileFeedRow('delta', path);

interface ReportBody {
  text: string;
  revisions: { text: string; title: string | null; hash: string; edited_at: string | null; replaced_at: string }[];
}

test('an edited item: GET /api/reports/{id} gives the old text under revisions, with when it was replaced', async () => {
  const store = await openStore({ url: ':memory:' });
  const app = createApp({ store, now });
  const watch = () => watchSources(store, [row], { now, random: () => 0.5, allow: new Set(), once: true });
  writeFileSync(path, feed('four'));
  await watch();
  const [id] = (await store.listOutcomes({ status: 'ingested' })).map((o) => o.report_id!);
  const before = (await (await app.request(`/api/reports/${id}`)).json()) as ReportBody;
  assert.deepEqual(before.revisions, [], 'a report never edited has none');

  writeFileSync(path, feed('six'));
  clock += 3_600_000;
  const [round] = await watch();
  assert.equal(round?.updated, 1, JSON.stringify(round));
  const res = await app.request(`/api/reports/${id}`);
  assert.equal(res.status, 200);
  const body = (await res.json()) as ReportBody;
  assert.match(body.text, /destroyed six drones/);
  assert.equal(body.revisions.length, 1);
  assert.match(body.revisions[0]!.text, /destroyed four drones/);
  assert.match(body.revisions[0]!.hash, /^[0-9a-f]{64}$/);
  assert.equal(Date.parse(body.revisions[0]!.replaced_at), clock);
  await store.close();
});

test('the OpenAPI document describes revisions on a report', async () => {
  const store = await openStore({ url: ':memory:' });
  const doc = (await (await createApp({ store, now }).request('/api/openapi.json')).json()) as {
    paths: Record<string, { get?: { responses: Record<string, { content: Record<string, { schema: unknown }> }> } }>;
    components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
  };
  const schema = JSON.stringify(doc.paths['/api/reports/{id}']?.get?.responses['200']?.content['application/json']);
  assert.match(schema, /ReportDetail/);
  assert.ok(doc.components.schemas.ReportDetail?.properties?.revisions, 'ReportDetail lists revisions');
  assert.deepEqual(Object.keys(doc.components.schemas.ReportRevision?.properties ?? {}).sort(), [
    'edited_at',
    'hash',
    'replaced_at',
    'text',
    'title',
  ]);
  await store.close();
});
