// A query parameter a route does not take is a 400 naming it, and a time whose offset's + arrived as a space says
// how to send it. What the page sends and what the OpenAPI document lists must still be taken.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApp } from '../../src/api/app.ts';
import { openStore } from '../../src/store/index.ts';
import { apiQuery } from '../../web/src/state.ts';

const now = () => new Date('2025-05-07T09:00:00+03:00');

async function fresh() {
  const store = await openStore({ url: ':memory:' });
  return { app: createApp({ store, now }), store };
}

async function errorOf(res: Response): Promise<{ status: number; error: string; field?: string }> {
  const body = (await res.json()) as { error: string; field?: string };
  return { status: res.status, ...body };
}

test('a misspelt or unknown parameter is a 400 naming it, with the parameter it was likely meant to be', async () => {
  const { app, store } = await fresh();
  const typo = await errorOf(await app.request('/api/incidents?regoin=Kursk'));
  assert.equal(typo.status, 400);
  assert.equal(typo.field, 'regoin');
  assert.match(typo.error, /unknown parameter "regoin" \(did you mean "region"\?\)/);
  assert.match(typo.error, /since, until, first_night, last_night, region/);
  const other = await errorOf(await app.request('/api/incidents?foo=bar'));
  assert.deepEqual([other.status, other.field], [400, 'foo']);
  assert.doesNotMatch(other.error, /did you mean/);
  for (const path of [
    '/api/stats?kinds=strike',
    '/api/incidents.csv?regoin=Kursk',
    '/api/incidents/inc_x?lnag=uk',
    '/api/changes?after=3',
    '/api/regions?lang=uk',
    '/api/reports/rep_x?full=1',
  ]) {
    const e = await errorOf(await app.request(path));
    assert.equal(e.status, 400, path);
    assert.equal(e.field, new URL(path, 'http://x').searchParams.keys().next().value, path);
  }
  await store.close();
});

test('every parameter the page sends and the document lists is still taken', async () => {
  const { app, store } = await fresh();
  // The page's own query for every filter set, with the paging it adds (web/src/api.ts).
  const page = apiQuery({
    since: '2025-05-01',
    until: '2025-05-07',
    regions: ['RU-KRS', 'Belgorod'],
    kind: 'interception',
    weapon: 'uav',
    status: 'corroborated',
    q: 'Kursk',
  });
  const list = new URLSearchParams(page);
  list.set('limit', '100');
  for (const path of [`/api/incidents?${list}`, `/api/stats?${page}`, `/api/incidents.csv?${page}`]) {
    assert.equal((await app.request(path)).status, 200, path);
  }
  assert.equal((await app.request('/api/changes?limit=1')).status, 200);
  assert.equal((await app.request('/api/changes?since=0')).status, 200);

  // Every query parameter of every GET route in the document is known to its route.
  const doc = (await (await app.request('/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
  };
  let checked = 0;
  for (const [path, methods] of Object.entries(doc.paths)) {
    const params = (methods.get?.parameters ?? []).filter((p) => p.in === 'query');
    for (const p of params) {
      const url = `${path.replace('{id}', 'inc_none')}?${p.name}=`;
      const res = await app.request(url);
      const body = res.status === 400 ? await errorOf(res) : null;
      assert.ok(body === null || !/unknown parameter/.test(body.error), `${url}: ${body?.error}`);
      checked++;
    }
  }
  assert.ok(checked > 20, `checked ${checked} documented parameters`);
  await store.close();
});

test('a time whose + arrived as a space (an unencoded +) is a 400 that says to send + as %2B', async () => {
  const { app, store } = await fresh();
  // What curl -G -d 'since=…+03:00' sends: the + unencoded, which a query string reads as a space.
  const e = await errorOf(await app.request('/api/incidents?since=2025-06-02T05:00:00+03:00'));
  assert.equal(e.status, 400);
  assert.equal(e.field, 'since');
  assert.match(e.error, /%2B/);
  assert.match(e.error, /since=2025-06-02T05:00:00%2B03:00/);
  const until = await errorOf(await app.request('/api/stats?until=2025-06-02T05:00+0300'));
  assert.deepEqual([until.status, until.field], [400, 'until']);
  assert.match(until.error, /%2B/);
  // Encoded, it is read; a value that is no time at all keeps the plain message.
  assert.equal((await app.request('/api/incidents?since=2025-06-02T05:00:00%2B03:00')).status, 200);
  const junk = await errorOf(await app.request('/api/incidents?since=yesterday'));
  assert.match(junk.error, /must be an ISO 8601 time/);
  assert.doesNotMatch(junk.error, /%2B/);
  await store.close();
});
