// Blasts heard with no cause told are an incident of their own, kind `explosion` (issue 8), that the API lists, filters
// and exports like any other; a later claim of an attack in that region and night joins it. The posts are invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApp } from '../../src/api/app.ts';
import type { Incident } from '../../src/core/types.ts';
import { openStore } from '../../src/store/index.ts';

const now = () => new Date('2024-06-12T09:00:00+03:00');
// An eyewitness's post at 02:20, another channel's at 02:45: blasts in one city, no cause told.
const EYEWITNESS = {
  text: 'Жители Брянска сообщают о нескольких взрывах около 02:10, над городом слышен гул.',
  published_at: '2024-06-12T02:20:00+03:00',
  source: 'Bryansk Eyewitness',
  lang: 'ru',
};
const SECOND = {
  text: 'В Брянске снова прогремели взрывы, пишут местные жители.',
  published_at: '2024-06-12T02:45:00+03:00',
  source: 'City Talk',
  lang: 'ru',
};
// The governor at 06:00: the night's drone attack repelled.
const GOVERNOR = {
  text: 'Ночью атака беспилотников на Брянскую область отражена силами ПВО. Пострадавших нет. Губернатор Брянской области',
  published_at: '2024-06-12T06:00:00+03:00',
  source: 'Bryansk Governor',
  lang: 'ru',
};

async function appWithStore() {
  const store = await openStore({ url: ':memory:' });
  return { app: createApp({ store, now }), store };
}

async function post(app: ReturnType<typeof createApp>, body: unknown) {
  const res = await app.request('/api/reports', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.equal(res.status, 201);
}

async function list(app: ReturnType<typeof createApp>, query = ''): Promise<Incident[]> {
  return (await (await app.request(`/api/incidents${query}`)).json()) as Incident[];
}

test('blasts told by two posts in one city and night are one explosion incident, listed, filtered and exported', async () => {
  const { app, store } = await appWithStore();
  await post(app, EYEWITNESS);
  await post(app, SECOND);
  const all = await list(app);
  assert.deepEqual(
    all.map((i) => [i.kind, i.region?.code, i.sources.length]),
    [['explosion', 'RU-BRY', 2]],
  );
  assert.equal((await list(app, '?kind=explosion')).length, 1);
  assert.equal((await list(app, '?kind=strike')).length, 0);

  const csv = await app.request('/api/incidents.csv?kind=explosion');
  assert.equal(csv.status, 200);
  const [header, row] = (await csv.text()).trimEnd().split('\n');
  const kindAt = header!.split(',').indexOf('kind');
  assert.ok(kindAt >= 0);
  assert.equal(row!.split(',')[kindAt], 'explosion');

  const geo = (await (await app.request('/api/incidents.geojson?kind=explosion')).json()) as {
    features: { properties: { kind: string } }[];
  };
  assert.deepEqual(
    geo.features.map((f) => f.properties.kind),
    ['explosion'],
  );
  await store.close();
});

test('the governor’s "drone attack repelled" at 06:00 joins the blasts heard at 02:10: one incident, the attack’s kind', async () => {
  const { app, store } = await appWithStore();
  await post(app, EYEWITNESS);
  await post(app, GOVERNOR);
  const all = await list(app);
  assert.equal(all.length, 1, JSON.stringify(all.map((i) => i.kind)));
  assert.notEqual(all[0]?.kind, 'explosion');
  assert.equal(all[0]?.region?.code, 'RU-BRY');
  assert.equal(all[0]?.sources.length, 2);
  assert.equal((await list(app, '?kind=explosion')).length, 0);
  await store.close();
});

test('negative: blasts told only of a whole country make no incident', async () => {
  const { app, store } = await appWithStore();
  await post(app, { ...SECOND, text: 'В нескольких городах России ночью слышали взрывы.' });
  assert.deepEqual(await list(app), []);
  await store.close();
});
