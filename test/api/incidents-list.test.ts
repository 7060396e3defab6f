import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApp } from '../../src/api/app.ts';
import type { Incident } from '../../src/core/types.ts';
import { openStore } from '../../src/store/index.ts';
import { makeIncident, nightOf, seedIncidents } from '../helpers/incidents.ts';

const now = () => new Date('2025-05-20T09:00:00+03:00');

const INCIDENTS: Incident[] = [
  makeIncident('k1', {
    region: { code: 'RU-KRS', name: 'Курская область' },
    when: nightOf(3),
    claimants: [{ name: 'Alexei Smirnov', role: 'governor', channel: 'Telegram' }],
  }),
  makeIncident('k2', { region: { code: 'RU-KRS', name: 'Kursk Oblast' }, when: nightOf(5), kind: 'strike' }),
  makeIncident('b1', {
    region: { code: 'RU-BEL', name: 'Belgorod Oblast' },
    when: nightOf(5),
    weapons: [{ type: 'missile', count: null }],
    corroboration: { reports: 3, origins: 2, status: 'disputed' },
  }),
  makeIncident('h1', { region: { code: 'UA-63', name: 'Харківська область' }, when: nightOf(4) }),
  makeIncident('h2', {
    region: { code: 'UA-63', name: 'Kharkiv Oblast' },
    when: nightOf(6, 3),
    corroboration: { reports: 2, origins: 2, status: 'corroborated' },
    sources: [
      {
        report_id: 'r1',
        title: 'Night attack on Kharkiv',
        url: null,
        publisher: 'Example Daily',
        published_at: '2025-05-06T08:00:00+03:00',
        origin_id: 'r1',
      },
    ],
  }),
  makeIncident('m1', { region: { code: 'RU-MOW', name: 'Moscow' }, when: nightOf(6, 3) }),
  makeIncident('x1', { region: null, when: null }),
  ...Array.from({ length: 6 }, (_, i) => makeIncident(`z${i}`, { when: nightOf(10 + i) })),
];

async function seeded() {
  const store = await openStore({ url: ':memory:' });
  await seedIncidents(store, INCIDENTS);
  return { store, app: createApp({ store, now }) };
}

async function ids(app: ReturnType<typeof createApp>, query: string): Promise<string[]> {
  const res = await app.request(`/api/incidents?${query}`);
  assert.equal(res.status, 200, `${query}: ${await res.clone().text()}`);
  return ((await res.json()) as Incident[]).map((i) => i.id);
}

/** The order the API promises: when.end descending (instants), incidents without a window last, then id. */
function expectedOrder(list: readonly Incident[]): string[] {
  const end = (i: Incident) => (i.when ? Date.parse(i.when.end) : Number.NEGATIVE_INFINITY);
  return [...list].sort((a, b) => end(b) - end(a) || a.id.localeCompare(b.id)).map((i) => i.id);
}

test('pages follow Link rel=next to the end: every incident once, newest first, X-Total-Count on each page', async () => {
  const { store, app } = await seeded();
  const seen: string[] = [];
  let next: string | null = '/api/incidents?limit=4';
  let pages = 0;
  while (next) {
    const res = await app.request(next);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('x-total-count'), String(INCIDENTS.length));
    const page = (await res.json()) as Incident[];
    assert.ok(page.length <= 4);
    seen.push(...page.map((i) => i.id));
    const link = res.headers.get('link');
    next = link ? (/^<([^>]+)>; rel="next"$/.exec(link)?.[1] ?? null) : null;
    if (next) assert.ok(next.includes(`cursor=${encodeURIComponent(res.headers.get('x-next-cursor') ?? '?')}`));
    pages++;
  }
  assert.equal(pages, Math.ceil(INCIDENTS.length / 4));
  assert.deepEqual(seen, expectedOrder(INCIDENTS));
  await store.close();
});

test('limit defaults to 100, refuses more than 500 and less than 1, and a forged cursor is a 400', async () => {
  const { store, app } = await seeded();
  assert.equal((await ids(app, '')).length, INCIDENTS.length);
  for (const q of ['limit=501', 'limit=0', 'limit=abc', 'cursor=bm9wZQ']) {
    const res = await app.request(`/api/incidents?${q}`);
    assert.equal(res.status, 400, q);
    assert.ok(((await res.json()) as { error: string }).error.length > 0);
  }
  const over = (await (await app.request('/api/incidents?limit=501')).json()) as { error: string; field: string };
  assert.match(over.error, /500/);
  assert.equal(over.field, 'limit');
  await store.close();
});

test('offset still skips matches in the same order', async () => {
  const { store, app } = await seeded();
  assert.deepEqual(await ids(app, 'offset=3&limit=2'), expectedOrder(INCIDENTS).slice(3, 5));
  await store.close();
});

test('region takes codes and names in three languages, repeated or comma-separated; an unknown one is a 400', async () => {
  const { store, app } = await seeded();
  for (const q of ['region=RU-KRS', 'region=Kursk', 'region=%D0%9A%D1%83%D1%80%D1%81%D0%BA%D0%B0%D1%8F']) {
    assert.deepEqual(await ids(app, q), ['k2', 'k1'], q);
  }
  assert.deepEqual((await ids(app, 'region=Kursk,Kharkiv')).sort(), ['h1', 'h2', 'k1', 'k2']);
  assert.deepEqual((await ids(app, 'region=Kursk&region=UA-63')).sort(), ['h1', 'h2', 'k1', 'k2']);
  assert.deepEqual(await ids(app, 'region=Moscow'), ['m1']);
  const res = await app.request('/api/incidents?region=Atlantis');
  assert.equal(res.status, 400);
  assert.match(((await res.json()) as { error: string }).error, /"Atlantis" matches no region/);
  await store.close();
});

test('status, weapon, kind, time and free text narrow the list, and X-Total-Count counts what matches', async () => {
  const { store, app } = await seeded();
  assert.deepEqual(await ids(app, 'status=disputed'), ['b1']);
  assert.deepEqual(await ids(app, 'status=corroborated'), ['h2']);
  assert.deepEqual(await ids(app, 'weapon=missile'), ['b1']);
  assert.deepEqual(await ids(app, 'kind=strike'), ['k2']);
  assert.deepEqual(await ids(app, 'since=2025-05-05T00:00:00%2B03:00&until=2025-05-06T12:00:00%2B03:00'), [
    'h2',
    'm1',
    'b1',
    'k2',
  ]);
  // A claimant's name, a source's publisher, and a region named in another language than the incident's own.
  assert.deepEqual(await ids(app, 'q=smirnov'), ['k1']);
  assert.deepEqual(await ids(app, 'q=example%20daily'), ['h2']);
  assert.deepEqual(await ids(app, 'q=%D0%BA%D1%83%D1%80%D1%81%D0%BA'), ['k2', 'k1']);
  const res = await app.request('/api/incidents?weapon=uav&limit=2');
  assert.equal(res.headers.get('x-total-count'), String(INCIDENTS.filter((i) => i.weapons[0]?.type === 'uav').length));
  for (const q of ['status=maybe', 'weapon=catapult', 'since=yesterday']) {
    assert.equal((await app.request(`/api/incidents?${q}`)).status, 400, q);
  }
  await store.close();
});

test('GET /api/stats counts what the list holds, by region, kind, weapon and night', async () => {
  const { store, app } = await seeded();
  const stats = (await (await app.request('/api/stats')).json()) as {
    total: number;
    by_region: { code: string; name: string; names: { en: string; ru: string; uk: string }; count: number }[];
    without_region: number;
    by_kind: { kind: string; count: number }[];
    by_weapon: { weapon: string; count: number }[];
    by_night: { night: string; count: number }[];
  };
  assert.equal(stats.total, INCIDENTS.length);
  assert.equal(stats.without_region, 1);
  const klu = INCIDENTS.filter((i) => i.region?.code === 'RU-KLU').length;
  assert.deepEqual(stats.by_region[0], {
    code: 'RU-KLU',
    name: 'Kaluga Oblast',
    names: { en: 'Kaluga Oblast', ru: 'Калужская область', uk: 'Калузька область' },
    count: klu,
  });
  assert.equal(stats.by_region.find((r) => r.code === 'RU-KRS')?.name, 'Kursk Oblast');
  assert.equal(stats.by_region.reduce((n, r) => n + r.count, 0) + stats.without_region, stats.total);
  assert.deepEqual(stats.by_kind, [
    { kind: 'interception', count: INCIDENTS.length - 1 },
    { kind: 'strike', count: 1 },
  ]);
  assert.deepEqual(stats.by_weapon, [
    { weapon: 'uav', count: INCIDENTS.length - 1 },
    { weapon: 'missile', count: 1 },
  ]);
  assert.deepEqual(stats.by_night.slice(0, 4), [
    { night: '2025-05-03', count: 1 },
    { night: '2025-05-04', count: 1 },
    { night: '2025-05-05', count: 2 },
    { night: '2025-05-06', count: 2 },
  ]);
  const kursk = (await (await app.request('/api/stats?region=Kursk')).json()) as typeof stats;
  assert.equal(kursk.total, 2);
  assert.deepEqual(kursk.by_kind.map((k) => k.kind).sort(), ['interception', 'strike']);
  await store.close();
});

test('GET /api/regions lists every region with its names in three languages', async () => {
  const { store, app } = await seeded();
  const regions = (await (await app.request('/api/regions')).json()) as {
    code: string;
    name: { en: string; ru: string; uk: string };
    country: string;
  }[];
  const kursk = regions.find((r) => r.code === 'RU-KRS');
  assert.deepEqual(kursk?.name, { en: 'Kursk Oblast', ru: 'Курская область', uk: 'Курська область' });
  assert.equal(kursk?.country, 'RU');
  assert.ok(regions.some((r) => r.country === 'UA'));
  assert.equal(new Set(regions.map((r) => r.code)).size, regions.length);
  await store.close();
});
