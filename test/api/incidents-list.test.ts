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

test('pages with a filter read from the documents (weapon, free text) also follow the cursor to the end', async () => {
  const { store, app } = await seeded();
  for (const [query, expected] of [
    ['weapon=uav', INCIDENTS.filter((i) => i.weapons.some((w) => w.type === 'uav'))],
    // Калуга: the region's Russian name, found in incidents whose reports wrote "Kaluga Oblast".
    ['q=%D0%BA%D0%B0%D0%BB%D1%83%D0%B6', INCIDENTS.filter((i) => i.region?.code === 'RU-KLU')],
  ] as const) {
    const seen: string[] = [];
    let next: string | null = `/api/incidents?${query}&limit=3`;
    while (next) {
      const res = await app.request(next);
      assert.equal(res.headers.get('x-total-count'), String(expected.length), query);
      seen.push(...((await res.json()) as Incident[]).map((i) => i.id));
      next = /^<([^>]+)>; rel="next"$/.exec(res.headers.get('link') ?? '')?.[1] ?? null;
    }
    assert.deepEqual(seen, expectedOrder(expected), query);
  }
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

test('an empty parameter is no parameter, as an HTML form sends it', async () => {
  const { store, app } = await seeded();
  const all = await ids(app, '');
  assert.deepEqual(await ids(app, 'region=&kind=&weapon=&status=&q=&since=&until=&limit=&cursor=&offset='), all);
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
  const body = (await res.json()) as { error: string; field: string };
  assert.match(body.error, /"Atlantis" matches no region/);
  assert.equal(body.field, 'region');
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
  // A claimant's name in the other script or another spelling: «Смирнов», "Alexey Smirnow".
  assert.deepEqual(await ids(app, `q=${encodeURIComponent('Смирнов')}`), ['k1']);
  assert.deepEqual(await ids(app, 'q=alexey%20smirnow'), ['k1']);
  assert.deepEqual(await ids(app, `q=${encodeURIComponent('Петров')}`), []);
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
  // The counts' scan finds a name in the other script as the list does.
  const smirnov = (await (await app.request(`/api/stats?q=${encodeURIComponent('Смирнов')}`)).json()) as typeof stats;
  assert.equal(smirnov.total, 1);
  await store.close();
});

test('first_night and last_night select the nights the incidents are filed under, as by_night counts them', async () => {
  const store = await openStore({ url: ':memory:' });
  // A daytime incident (10:59 to 22:59 on 11 May) is filed under the night after (the 12th), so the nights of the
  // 10th and 11th hold two incidents: their bars. Times for the same nights (18:00 to 18:00 UTC+3) would add it.
  const day = makeIncident('d11', {
    when: { start: '2025-05-11T10:59:00+03:00', end: '2025-05-11T22:59:00+03:00', precision: 'day' },
  });
  await seedIncidents(store, [
    makeIncident('n09', { when: nightOf(9) }),
    makeIncident('n10', { when: nightOf(10) }),
    makeIncident('n11', { when: nightOf(11) }),
  ]);
  await store.replaceNightIncidents(['2025-05-12'], [{ incident: day, night_key: '2025-05-12' }], new Map());
  const app = createApp({ store, now });
  const nights = 'first_night=2025-05-10&last_night=2025-05-11';
  assert.deepEqual(await ids(app, nights), ['n11', 'n10']);
  const stats = (await (await app.request('/api/stats')).json()) as { by_night: { night: string; count: number }[] };
  const bars = stats.by_night.filter((b) => b.night >= '2025-05-10' && b.night <= '2025-05-11');
  assert.equal(
    bars.reduce((n, b) => n + b.count, 0),
    2,
  );
  const times = `since=${encodeURIComponent('2025-05-09T18:00:00+03:00')}&until=${encodeURIComponent('2025-05-11T18:00:00+03:00')}`;
  assert.deepEqual(await ids(app, times), ['d11', 'n11', 'n10'], 'a window is matched by overlap, not by its night');
  assert.deepEqual(await ids(app, 'first_night=2025-05-12'), ['d11']);
  assert.deepEqual(await ids(app, 'last_night=2025-05-09'), ['n09']);
  const filtered = (await (await app.request(`/api/stats?${nights}`)).json()) as { total: number };
  assert.equal(filtered.total, 2);
  for (const [query, field] of [
    ['first_night=2025-05-12&last_night=2025-05-10', 'last_night'],
    ['first_night=12%20May', 'first_night'],
    ['last_night=2025-02-30', 'last_night'],
  ] as const) {
    const res = await app.request(`/api/incidents?${query}`);
    assert.equal(res.status, 400, query);
    assert.equal(((await res.json()) as { field: string }).field, field, query);
  }
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

test('exports take the same filters, are not paged, and say how many matched', async () => {
  const { store, app } = await seeded();
  const csv = await app.request('/api/incidents.csv?region=Kursk,Kharkiv');
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
  assert.equal(csv.headers.get('x-total-count'), '4');
  assert.equal(csv.headers.get('x-export-truncated'), null);
  const lines = (await csv.text()).trimEnd().split('\n');
  assert.match(lines[0] ?? '', /^incident_id,event_date,time_precision,/);
  assert.deepEqual(
    lines.slice(1).map((l) => l.split(',')[0]),
    ['h2', 'k2', 'h1', 'k1'],
  );
  const geo = (await (await app.request('/api/incidents.geojson')).json()) as {
    total: number;
    without_coordinates: number;
    features: unknown[];
  };
  assert.equal(geo.total, INCIDENTS.length);
  assert.equal(geo.without_coordinates, 1);
  assert.equal(geo.features.length, INCIDENTS.length - 1);
  const jsonl = await (await app.request('/api/incidents.jsonl?status=disputed')).text();
  assert.deepEqual(
    jsonl
      .trimEnd()
      .split('\n')
      .map((l) => (JSON.parse(l) as Incident).id),
    ['b1'],
  );
  const atom = await app.request('/api/incidents.atom?weapon=missile');
  assert.match(atom.headers.get('content-type') ?? '', /^application\/atom\+xml/);
  assert.equal((await atom.text()).match(/<entry>/g)?.length, 1);
  assert.equal((await app.request('/api/incidents.csv?region=Atlantis')).status, 400);
  await store.close();
});

test('an Atom feed holds the newest 1000 matches and says it was cut; CSV streams every match', async () => {
  const store = await openStore({ url: ':memory:' });
  const many = Array.from({ length: 1001 }, (_, k) =>
    makeIncident(`n${String(k).padStart(4, '0')}`, { when: nightOf(2 + (k % 27), k % 10) }),
  );
  await seedIncidents(store, many);
  const app = createApp({ store, now });
  const atom = await app.request('/api/incidents.atom');
  assert.equal(atom.headers.get('x-total-count'), '1001');
  assert.equal(atom.headers.get('x-export-truncated'), 'true');
  assert.equal((await atom.text()).match(/<entry>/g)?.length, 1000);
  const csv = await app.request('/api/incidents.csv');
  assert.equal(csv.headers.get('x-export-truncated'), null);
  assert.equal((await csv.text()).trimEnd().split('\n').length, 1002);
  await store.close();
});

test('a country as the region finds its regions and its nationwide incidents (no region, country set)', async () => {
  const store = await openStore({ url: ':memory:' });
  await seedIncidents(store, [
    makeIncident('ua-region', { region: { code: 'UA-63', name: 'Kharkiv Oblast' }, when: nightOf(3) }),
    makeIncident('ua-wide', { region: null, country: 'UA', when: nightOf(3) }),
    makeIncident('ru-wide', { region: null, country: 'RU', when: nightOf(3) }),
    makeIncident('nowhere', { region: null, when: nightOf(3) }),
  ]);
  const app = createApp({ store, now });
  assert.deepEqual((await ids(app, 'region=UA')).sort(), ['ua-region', 'ua-wide']);
  assert.deepEqual(await ids(app, 'region=RU'), ['ru-wide']);
  assert.deepEqual(await ids(app, 'region=UA-63'), ['ua-region']);
  await store.close();
});

test('a region finds the nationwide incidents that list it, and the stats count them under it in by_listed_region', async () => {
  const store = await openStore({ url: ':memory:' });
  await seedIncidents(store, [
    makeIncident('wave', {
      region: null,
      country: 'UA',
      regions: [
        { code: 'UA-32', name: 'Київська область' },
        { code: 'UA-05', name: 'Vinnytsia Oblast' },
      ],
      when: nightOf(3),
    }),
    makeIncident('lviv', { region: { code: 'UA-46', name: 'Lviv Oblast' }, when: nightOf(3) }),
    makeIncident('elsewhere', { region: null, country: 'UA', when: nightOf(3) }),
  ]);
  const app = createApp({ store, now });
  assert.deepEqual(await ids(app, 'region=UA-32'), ['wave']);
  assert.deepEqual(await ids(app, `region=${encodeURIComponent('Київська область')}`), ['wave']);
  assert.deepEqual(await ids(app, 'region=Vinnytsia%20Oblast'), ['wave']);
  assert.deepEqual(await ids(app, 'region=UA-46'), ['lviv']);
  assert.deepEqual(await ids(app, 'region=UA-63'), []);
  const stats = (await (await app.request('/api/stats')).json()) as {
    total: number;
    by_region: { code: string; count: number }[];
    without_region: number;
    by_listed_region: { code: string; name: string; count: number }[];
  };
  // by_region keeps its sum (each incident under its own region once); by_listed_region shades what the wave lists.
  assert.equal(stats.by_region.reduce((n, r) => n + r.count, 0) + stats.without_region, stats.total);
  assert.deepEqual(
    stats.by_listed_region.map((r) => [r.code, r.count]),
    [
      ['UA-05', 1],
      ['UA-32', 1],
      ['UA-46', 1],
    ],
  );
  assert.equal(stats.by_listed_region.find((r) => r.code === 'UA-32')?.name, 'Kyiv Oblast');
  const kyivOblast = (await (await app.request('/api/stats?region=UA-32')).json()) as { total: number };
  assert.equal(kyivOblast.total, 1);
  await store.close();
});

test('a region given by its centre city in Ukrainian or Russian, in any case, finds the oblast as the English name does', async () => {
  const { store, app } = await seeded();
  const english = await ids(app, 'region=Kharkiv');
  assert.deepEqual(english.sort(), ['h1', 'h2']);
  for (const name of ['Харків', 'Харьков', 'Харкові', 'Харькове']) {
    assert.deepEqual((await ids(app, `region=${encodeURIComponent(name)}`)).sort(), english.sort(), name);
  }
  // Free text finds them by the city's name too.
  assert.deepEqual((await ids(app, `q=${encodeURIComponent('Харьков')}`)).sort(), ['h1', 'h2']);
  await store.close();
});

test('the Atom feed links to the public URL it is given, never to the Host a client sent', async () => {
  const { store } = await seeded();
  const app = createApp({ store, now, publicUrl: 'https://sitrep.example.org/' });
  const res = await app.request('/api/incidents.atom?kind=strike', { headers: { host: 'evil.example' } });
  const xml = await res.text();
  assert.ok(!xml.includes('evil.example'));
  assert.match(xml, /<link rel="self" href="https:\/\/sitrep\.example\.org\/api\/incidents\.atom\?kind=strike"\/>/);
  assert.match(xml, /href="https:\/\/sitrep\.example\.org\/api\/incidents\/k2"/);
  // Behind a proxy at a path, the links keep the path (with or without its closing slash).
  for (const publicUrl of ['https://example.org/sitrep/', 'https://example.org/sitrep']) {
    const proxied = await (
      await createApp({ store, now, publicUrl }).request('/api/incidents.atom?kind=strike')
    ).text();
    assert.match(
      proxied,
      /<link rel="self" href="https:\/\/example\.org\/sitrep\/api\/incidents\.atom\?kind=strike"\/>/,
    );
    assert.match(proxied, /href="https:\/\/example\.org\/sitrep\/api\/incidents\/k2"/);
  }
  await store.close();
});

test('lang names every region of the answer in one language; without it each incident keeps its own', async () => {
  const { app } = await seeded();
  const names = async (path: string) =>
    ((await (await app.request(path)).json()) as Incident[])
      .filter((i) => i.region?.code === 'RU-KRS' || i.region?.code === 'UA-63')
      .map((i) => i.region!.name)
      .sort();
  // The stored names mix the languages of each incident's reports.
  assert.deepEqual(await names('/api/incidents?region=RU-KRS,UA-63'), [
    'Kharkiv Oblast',
    'Kursk Oblast',
    'Курская область',
    'Харківська область',
  ]);
  assert.deepEqual(await names('/api/incidents?region=RU-KRS,UA-63&lang=en'), [
    'Kharkiv Oblast',
    'Kharkiv Oblast',
    'Kursk Oblast',
    'Kursk Oblast',
  ]);
  const one = (await (await app.request('/api/incidents/h2?lang=uk')).json()) as Incident;
  assert.equal(one.region?.name, 'Харківська область');
  // The exports are English by default (CSV's admin1), in the language asked for otherwise.
  const csv = await (await app.request('/api/incidents.csv?region=UA-63&lang=ru')).text();
  assert.match(csv, /Харьковская область/);
  assert.doesNotMatch(csv, /Kharkiv Oblast/);
  const jsonl = await (await app.request('/api/incidents.jsonl?region=RU-KRS&lang=ru')).text();
  assert.deepEqual(
    jsonl
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as Incident).region?.name),
    ['Курская область', 'Курская область'],
  );
  const bad = await app.request('/api/incidents?lang=de');
  assert.equal(bad.status, 400);
  assert.equal(((await bad.json()) as { field: string }).field, 'lang');
});
