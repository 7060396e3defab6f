// ux32 #15, #16, #20: POST /api/reports refuses fields it does not read and takes `speaker` as JSON Lines does; a
// since/until with a time of day and no offset is refused by name; a known route under another method is a 405.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApp } from '../../src/api/app.ts';
import type { Incident, IngestOutcome } from '../../src/core/types.ts';
import { openStore } from '../../src/store/index.ts';

const now = () => new Date('2025-06-25T09:00:00+03:00');
const REPORT = {
  text: 'Overnight air defences destroyed six drones over Penza Oblast.',
  published_at: '2025-06-25T06:00:00+03:00',
  source: 'Penza Governor (Telegram)',
};

async function fresh() {
  return createApp({ store: await openStore({ url: ':memory:' }), now });
}
const post = (app: ReturnType<typeof createApp>, body: unknown) =>
  app.request('/api/reports', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const errorOf = async (r: Response) => ({
  status: r.status,
  ...((await r.json()) as { error: string; field: string }),
});

test('POST /api/reports: speaker is read as JSON Lines reads it, the person kept as the claimant', async () => {
  const app = await fresh();
  const r = await post(app, { ...REPORT, speaker: { role: 'governor', person: 'Oleg Melnichenko', region: 'RU-PNZ' } });
  assert.equal(r.status, 201);
  assert.equal(((await r.json()) as IngestOutcome).status, 'ingested');
  const list = (await (await app.request('/api/incidents')).json()) as Incident[];
  assert.equal(list.length, 1);
  assert.deepEqual(
    list[0]!.claimants.map((c) => [c.name, c.role]),
    [['Oleg Melnichenko', 'governor']],
  );
});

test('POST /api/reports: an unknown field, at the top or in speaker, or a bad speaker, is a 400 naming it', async () => {
  const app = await fresh();
  const extra = await errorOf(await post(app, { ...REPORT, extra: 1 }));
  assert.deepEqual([extra.status, extra.field], [400, 'extra']);
  assert.match(extra.error, /unknown field "extra"/);
  const two = await errorOf(await post(app, { ...REPORT, speeker: {}, tags: [] }));
  assert.match(two.error, /unknown fields "speeker", "tags"/);
  const inner = await errorOf(await post(app, { ...REPORT, speaker: { role: 'governor', name: 'X' } }));
  assert.deepEqual([inner.status, inner.field], [400, 'speaker.name']);
  const role = await errorOf(await post(app, { ...REPORT, speaker: { role: 'king' } }));
  assert.equal(role.status, 400);
  assert.match(role.error, /speaker/);
  // Nothing was stored by the refused posts.
  assert.deepEqual(await (await app.request('/api/incidents')).json(), []);
});

test('since/until with a time of day and no offset: a 400 naming the field; with an offset, or a date alone, read', async () => {
  const app = await fresh();
  for (const field of ['since', 'until']) {
    const e = await errorOf(await app.request(`/api/incidents?${field}=2025-06-21T06:59`));
    assert.deepEqual([e.status, e.field], [400, field]);
    assert.match(e.error, /no offset/);
    const stats = await errorOf(await app.request(`/api/stats?${field}=2025-06-21T06:59:30`));
    assert.deepEqual([stats.status, stats.field], [400, field]);
  }
  assert.equal((await app.request('/api/incidents?since=2025-06-21T06:59%2B03:00')).status, 200);
  assert.equal((await app.request('/api/incidents?since=2025-06-21T06:59Z')).status, 200);
  assert.equal((await app.request('/api/incidents?since=2025-06-21')).status, 200);
});

test('a known route under a method it does not take is a 405 with Allow; an unknown route stays a 404', async () => {
  const app = await fresh();
  const del = await app.request('/api/reports/rep_x', { method: 'DELETE' });
  assert.equal(del.status, 405);
  assert.equal(del.headers.get('allow'), 'GET, HEAD');
  const postList = await app.request('/api/incidents', { method: 'POST' });
  assert.equal(postList.status, 405);
  assert.equal(postList.headers.get('allow'), 'GET, HEAD');
  assert.equal((await app.request('/api/reports', { method: 'PUT' })).headers.get('allow'), 'POST');
  const none = await app.request('/api/nothing-here', { method: 'DELETE' });
  assert.equal(none.status, 404);
  assert.equal(none.headers.get('allow'), null);
});
