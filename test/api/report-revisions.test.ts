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
  revisions: {
    text: string;
    title: string | null;
    hash: string;
    edited_at: string | null;
    replaced_at: string;
    source_replaced_at: string | null;
  }[];
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
  // The feed gave no edit time: the source says nothing of when it replaced the text.
  assert.equal(body.revisions[0]!.source_replaced_at, null);
  await store.close();
});

// ux41 #8: a Telegram export dates each edit (`edited_unixtime`), yet a revision said only when Sitrep read the edit.
// Each revision keeps its own text's edit time (`edited_at`: null for the post's first text) and now also the time
// the source gives for the edit that replaced it (`source_replaced_at`).
test("an edited Telegram post's revisions carry the export's time of the edit that replaced each text", async () => {
  const tg = join(dir, 'result.json');
  const post = (text: string, edited?: string) => ({
    id: 77,
    type: 'message',
    date: '2025-07-09T02:10:00',
    date_unixtime: String(Date.parse('2025-07-09T02:10:00+03:00') / 1000),
    from: 'Тестова ОВА',
    from_id: 'channel901',
    text,
    text_entities: [{ type: 'plain', text }],
    ...(edited ? { edited: edited.slice(0, 19), edited_unixtime: String(Date.parse(edited) / 1000) } : {}),
  });
  const write = (text: string, edited?: string) =>
    writeFileSync(
      tg,
      JSON.stringify({ name: 'Тестова ОВА', type: 'public_channel', id: 901, messages: [post(text, edited)] }),
    );
  const store = await openStore({ url: ':memory:' });
  const app = createApp({ store, now });
  const tgRow = fileFeedRow('oda', tg, { kind: 'telegram', language: 'uk', time_zone: 'Europe/Kyiv' });
  const watch = () => watchSources(store, [tgRow], { now, random: () => 0.5, allow: new Set(), once: true });
  write('Вночі ворог атакував Суми ударними БпЛА. Поранено 2 людей.');
  await watch();
  write('Вночі ворог атакував Суми ударними БпЛА. Поранено 4 людей.', '2025-07-09T07:40:00+03:00');
  clock += 3_600_000;
  await watch();
  write('Вночі ворог атакував Суми ударними БпЛА. Поранено 6 людей.', '2025-07-09T09:15:00+03:00');
  clock += 3_600_000;
  await watch();
  const [id] = (await store.listOutcomes({ status: 'ingested' })).map((o) => o.report_id!);
  const body = (await (await app.request(`/api/reports/${id}`)).json()) as ReportBody;
  assert.match(body.text, /Поранено 6/);
  const times = body.revisions.map((r) => [r.edited_at && Date.parse(r.edited_at), Date.parse(r.source_replaced_at!)]);
  assert.deepEqual(times, [
    [null, Date.parse('2025-07-09T07:40:00+03:00')],
    [Date.parse('2025-07-09T07:40:00+03:00'), Date.parse('2025-07-09T09:15:00+03:00')],
  ]);
  // replaced_at stays when Sitrep read each newer text (README, docs/api.md).
  assert.deepEqual(
    body.revisions.map((r) => Date.parse(r.replaced_at)),
    [clock - 3_600_000, clock],
  );
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
    'source_replaced_at',
    'text',
    'title',
  ]);
  await store.close();
});
