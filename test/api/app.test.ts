import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApp } from '../../src/api/app.ts';
import type { Incident, IngestOutcome } from '../../src/core/types.ts';
import { openStore } from '../../src/store/index.ts';

const now = () => new Date('2025-05-07T09:00:00+03:00');
const REPORT = {
  text: 'Last night air defences destroyed 12 drones over Kursk Oblast, Governor Alexei Smirnov said on Telegram.',
  published_at: '2025-05-07T08:00:00+03:00',
  url: 'https://example.org/kursk',
  source: 'Example Daily',
};

async function appWithStore() {
  const store = await openStore({ url: ':memory:' });
  return { app: createApp({ store, now }), store };
}

function post(app: ReturnType<typeof createApp>, body: unknown) {
  return app.request('/api/reports', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

test('POST /api/reports ingests, then the incident is listed, fetched with its facts, and the report too', async () => {
  const { app, store } = await appWithStore();
  const created = await post(app, REPORT);
  assert.equal(created.status, 201);
  const outcome = (await created.json()) as IngestOutcome;
  assert.equal(outcome.status, 'ingested');

  const list = (await (await app.request('/api/incidents?region=RU-KRS')).json()) as Incident[];
  assert.equal(list.length, 1);
  assert.equal(list[0]?.kind, 'interception');
  assert.equal(list[0]?.weapons[0]?.count?.value, 12);

  const one = (await (await app.request(`/api/incidents/${list[0]!.id}`)).json()) as Incident & {
    fact_details: { evidence: { text: string } }[];
  };
  assert.match(one.fact_details[0]!.evidence.text, /destroyed 12 drones/);

  const report = (await (await app.request(`/api/reports/${outcome.report_id}`)).json()) as {
    url: string;
    facts: unknown[];
  };
  assert.equal(report.url, REPORT.url);
  assert.ok(report.facts.length > 0);

  const again = await post(app, REPORT);
  assert.equal(again.status, 200);
  assert.equal(((await again.json()) as IngestOutcome).status, 'duplicate');
  await store.close();
});

test('filters and errors map to HTTP codes', async () => {
  const { app, store } = await appWithStore();
  await post(app, REPORT);
  assert.equal(((await (await app.request('/api/incidents?region=RU-MOW')).json()) as unknown[]).length, 0);
  assert.equal(((await (await app.request('/api/incidents?kind=strike')).json()) as unknown[]).length, 0);
  assert.equal(
    ((await (await app.request('/api/incidents?since=2025-05-08T00:00:00%2B03:00')).json()) as unknown[]).length,
    0,
  );
  assert.equal((await app.request('/api/incidents?since=yesterday')).status, 400);
  assert.equal((await app.request('/api/incidents?kind=parade')).status, 400);
  assert.equal((await app.request('/api/incidents/inc_nope')).status, 404);
  assert.equal((await app.request('/api/reports/rep_nope')).status, 404);
  assert.equal((await post(app, { text: 'x' })).status, 400);
  assert.equal((await post(app, { ...REPORT, published_at: '7 May' })).status, 400);
  assert.equal((await post(app, { ...REPORT, lang: 'de' })).status, 400);
  const bad = await app.request('/api/reports', { method: 'POST', body: '{not json' });
  assert.equal(bad.status, 400);
  await store.close();
});

test('GET /healthz and the page, which shows each incident with its evidence', async () => {
  const { app, store } = await appWithStore();
  await post(app, REPORT);
  const health = (await (await app.request('/healthz')).json()) as { ok: boolean; reports: number };
  assert.deepEqual(health, { ok: true, reports: 1 });
  const page = await (await app.request('/')).text();
  assert.match(page, /Kursk Oblast/);
  assert.match(page, /destroyed 12 drones/);
  assert.match(page, /single origin/);
  await store.close();
});

test('GET /api/incidents/:id for an id that merged into another answers 301 with merged_into', async () => {
  const { app, store } = await appWithStore();
  await store.replaceNightIncidents([], [], new Map(), {
    changes: [{ action: 'merge', incident_id: 'inc_a', merged: ['inc_b'], night_key: '2025-05-07' }],
    redirects: [{ id: 'inc_b', merged_into: 'inc_a', split_into: [], night_key: '2025-05-07' }],
  });
  const res = await app.request('/api/incidents/inc_b');
  assert.equal(res.status, 301);
  assert.equal(res.headers.get('location'), '/api/incidents/inc_a');
  assert.deepEqual(await res.json(), { id: 'inc_b', merged_into: 'inc_a', split_into: [], revision: 1 });
  assert.equal((await app.request('/api/incidents/inc_zzz')).status, 404);
  await store.close();
});
