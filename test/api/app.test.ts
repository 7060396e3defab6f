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
  // Swapped bounds are a slip to point out, not an empty answer.
  const swapped = await app.request('/api/incidents?since=2025-05-08T00:00:00Z&until=2025-05-07T00:00:00Z');
  assert.equal(swapped.status, 400);
  assert.deepEqual(((await swapped.json()) as { field: string }).field, 'until');
  assert.equal((await app.request('/api/incidents?kind=parade')).status, 400);
  assert.equal((await app.request('/api/incidents/inc_nope')).status, 404);
  assert.equal((await app.request('/api/reports/rep_nope')).status, 404);
  assert.equal((await post(app, { text: 'x' })).status, 400);
  assert.equal((await post(app, { ...REPORT, published_at: '7 May' })).status, 400);
  // A day that does not exist is refused, not rolled over into March.
  const noDay = await post(app, { ...REPORT, published_at: '2025-02-30T08:00:00+03:00' });
  assert.equal(noDay.status, 400);
  assert.match(((await noDay.json()) as { error: string }).error, /names no such day or time/);
  // Late by the sender's clock or its time zone, within a day: taken.
  const late = { ...REPORT, text: REPORT.text.replace('12', '14'), published_at: '2025-05-07T23:00:00+03:00' };
  assert.equal((await post(app, late)).status, 201);
  assert.equal((await post(app, { ...REPORT, lang: 'de' })).status, 400);
  const bad = await app.request('/api/reports', { method: 'POST', body: '{not json' });
  assert.equal(bad.status, 400);
  // Bytes that are no UTF-8 are refused by name, not stored as replacement characters.
  const latin1 = Buffer.concat([
    Buffer.from('{"text":"Drones over Kursk Oblast '),
    Buffer.from([0xe9, 0xff]),
    Buffer.from('","published_at":"2025-05-07T08:00:00+03:00"}'),
  ]);
  const notUtf8 = await app.request('/api/reports', { method: 'POST', body: latin1 });
  assert.equal(notUtf8.status, 400);
  assert.match(((await notUtf8.json()) as { error: string }).error, /not valid UTF-8/);
  // The reference page's address with a trailing slash leads to it.
  const slash = await app.request('/api/docs/');
  assert.equal(slash.status, 301);
  assert.equal(slash.headers.get('location'), '/api/docs');
  await store.close();
});

// The page itself (/) is tested in test/api/web.test.ts and, in a browser, in test/web/browser.test.ts.
test('GET /healthz counts the stored reports', async () => {
  const { app, store } = await appWithStore();
  await post(app, REPORT);
  const health = (await (await app.request('/healthz')).json()) as { ok: boolean; reports: number };
  assert.deepEqual(health, { ok: true, reports: 1 });
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
  // The query goes along, so a client following the link gets the language it asked for.
  const uk = await app.request('/api/incidents/inc_b?lang=uk');
  assert.equal(uk.headers.get('location'), '/api/incidents/inc_a?lang=uk');
  assert.equal((await app.request('/api/incidents/inc_zzz')).status, 404);
  await store.close();
});

test('POST /api/reports: a wrong type, null, an array or a missing text is a 400 naming the field', async () => {
  const { app, store } = await appWithStore();
  const cases: [unknown, string][] = [
    [null, 'body'],
    [[REPORT], 'body'],
    ['text', 'body'],
    [{ published_at: REPORT.published_at }, 'text'],
    [{ ...REPORT, text: null }, 'text'],
    [{ ...REPORT, text: ['a'] }, 'text'],
    [{ ...REPORT, text: '   ' }, 'text'],
    [{ ...REPORT, published_at: 1746594000 }, 'published_at'],
    // A publication time nobody meant would stretch the page's timeline over a century.
    [{ ...REPORT, published_at: '1900-01-01T00:00:00+03:00' }, 'published_at'],
    [{ ...REPORT, published_at: '9999-12-31T23:59:59+14:00' }, 'published_at'],
    [{ ...REPORT, published_at: '2025-05-09T09:00:00+03:00' }, 'published_at'],
    [{ ...REPORT, url: 42 }, 'url'],
    [{ ...REPORT, url: 'file:///etc/passwd' }, 'url'],
    [{ ...REPORT, title: { a: 1 } }, 'title'],
    [{ ...REPORT, source: ['x'] }, 'source'],
    [{ ...REPORT, lang: 7 }, 'lang'],
    // Control characters make it "binary, not text": the 400 names the field, like any other.
    [{ ...REPORT, text: `Drones\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f` }, 'text'],
  ];
  for (const [body, field] of cases) {
    const res = await post(app, body);
    assert.equal(res.status, 400, JSON.stringify(body));
    const json = (await res.json()) as { error: string; field: string };
    assert.equal(json.field, field, JSON.stringify(body));
    assert.ok(json.error.includes(field === 'body' ? 'body' : `"${field}"`), json.error);
  }
  assert.equal(await store.countReports(), 0, 'nothing was stored');
  await store.close();
});

test('POST /api/reports: null optional fields are accepted, and a report without a url stores url null', async () => {
  const { app, store } = await appWithStore();
  const res = await post(app, { text: REPORT.text, published_at: REPORT.published_at, url: null, title: null });
  assert.equal(res.status, 201);
  const outcome = (await res.json()) as IngestOutcome;
  const report = (await (await app.request(`/api/reports/${outcome.report_id}`)).json()) as {
    url: string | null;
    provenance: { url: string | null; source_id: string | null; raw_hash: string; fetched_at: string };
  };
  assert.equal(report.url, null);
  assert.equal(report.provenance.url, null);
  assert.equal(report.provenance.source_id, null);
  assert.equal(report.provenance.fetched_at, now().toISOString());
  assert.match(report.provenance.raw_hash, /^[0-9a-f]{64}$/);
  await store.close();
});

test('POST /api/reports: a body over the limit is 413, by Content-Length or while streaming, and nothing is stored', async () => {
  const store = await openStore({ url: ':memory:' });
  const app = createApp({ store, now, maxBodyBytes: 1000 });
  const big = JSON.stringify({ ...REPORT, text: 'x'.repeat(2000) });
  const declared = await app.request('/api/reports', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': String(big.length) },
    body: big,
  });
  assert.equal(declared.status, 413);
  assert.match(((await declared.json()) as { error: string }).error, /body too large/);
  // No Content-Length: the body is counted as it arrives and cut off at the limit.
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += 1;
      if (pulled > 10_000) controller.close();
      else controller.enqueue(new Uint8Array(100).fill(0x20));
    },
  });
  const chunked = await app.request('/api/reports', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
    body: stream,
    duplex: 'half',
  } as RequestInit);
  assert.equal(chunked.status, 413);
  assert.ok(pulled < 100, `read ${pulled} chunks of 100 bytes; it should stop just past 1000 bytes`);
  assert.equal(await store.countReports(), 0);
  // The default is 1 MiB.
  const dflt = createApp({ store, now });
  const mib = JSON.stringify({ ...REPORT, text: 'x'.repeat(1024 * 1024) });
  assert.equal((await dflt.request('/api/reports', { method: 'POST', body: mib })).status, 413);
  await store.close();
});

test('unknown routes answer JSON 404', async () => {
  const { app, store } = await appWithStore();
  for (const [method, path] of [
    ['GET', '/nope'],
    ['GET', '/api/nothing'],
    // A known route under another method is a 405 with Allow (test/api/fixuk32.test.ts), not a 404.
    ['DELETE', '/api/nothing'],
  ] as const) {
    const res = await app.request(path, { method });
    assert.equal(res.status, 404);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
    assert.match(((await res.json()) as { error: string }).error, /no such route/);
  }
  await store.close();
});

test('over a real socket: a 5 MB POST is answered 413 at once and /healthz still answers', async () => {
  const { serve } = await import('@hono/node-server');
  const store = await openStore({ url: ':memory:' });
  const app = createApp({ store, now });
  let server!: ReturnType<typeof serve>;
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port));
  });
  try {
    const started = Date.now();
    const big = JSON.stringify({ ...REPORT, text: 'x'.repeat(5 * 1024 * 1024) });
    const res = await fetch(`http://127.0.0.1:${port}/api/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: big,
    });
    assert.equal(res.status, 413);
    assert.ok(Date.now() - started < 5000, 'answered quickly');
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    assert.equal(health.status, 200);
    assert.equal(await store.countReports(), 0);
  } finally {
    (server as import('node:http').Server).closeAllConnections();
    server.close();
    await store.close();
  }
});
