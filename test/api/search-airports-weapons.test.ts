// Free text finds an incident by what a desk types first: an airport's name in any script, a weapon's model or class
// in any language, a publisher's name in the other script (ux30 item 20).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApp } from '../../src/api/app.ts';
import type { Incident } from '../../src/core/types.ts';
import { openStore } from '../../src/store/index.ts';
import { makeIncident, nightOf, seedIncidents } from '../helpers/incidents.ts';

const now = () => new Date('2025-05-20T09:00:00+03:00');
const n = (value: number) => ({ value, min: value, max: value, approx: false });
const source = (report_id: string, publisher: string) => ({
  report_id,
  title: null,
  url: null,
  publisher,
  published_at: '2025-05-06T08:00:00+03:00',
  origin_id: report_id,
});

const INCIDENTS: Incident[] = [
  // Restrictions at two airports, told by the aviation authority: the place is the city, not the airport.
  makeIncident('air1', {
    kind: 'airport_disruption',
    region: { code: 'RU-MOW', name: 'Москва' },
    place: { name: 'Москва', lat: null, lon: null },
    when: nightOf(4),
    weapons: [],
    airports: ['SVO', 'ZIA'],
    sources: [source('r1', 'Росавиация')],
  }),
  makeIncident('air2', {
    kind: 'airport_disruption',
    region: { code: 'RU-KGD', name: 'Kaliningrad Oblast' },
    when: nightOf(5),
    weapons: [],
    airports: ['KGD'],
    diverted_to: ['VKO'],
  }),
  makeIncident('uav1', {
    region: { code: 'UA-51', name: 'Odesa Oblast' },
    when: nightOf(6),
    weapons: [{ type: 'uav', count: n(12), models: ['Shahed'] }],
  }),
  makeIncident('mis1', {
    kind: 'strike',
    region: { code: 'UA-63', name: 'Kharkiv Oblast' },
    when: nightOf(7),
    weapons: [
      { type: 'ballistic_missile', count: n(2), models: ['Iskander-M'] },
      { type: 'cruise_missile', count: n(3), models: ['Kh-101'] },
    ],
  }),
  makeIncident('plain', { region: { code: 'RU-BRY', name: 'Bryansk Oblast' }, when: nightOf(8) }),
  // A mayor's figures: "Mayor", folded, holds the letters of Sochi's code (ux32 item 11 after its fix).
  makeIncident('mayor', {
    region: { code: 'UA-63', name: 'Kharkiv Oblast' },
    when: nightOf(9),
    weapons: [],
    sources: [source('r9', 'Kharkiv Mayor')],
  }),
];

async function ids(app: ReturnType<typeof createApp>, q: string): Promise<string[]> {
  const res = await app.request(`/api/incidents?q=${encodeURIComponent(q)}`);
  assert.equal(res.status, 200, q);
  return ((await res.json()) as Incident[]).map((i) => i.id).sort();
}

test('q finds an airport by its name in any script, or its code, among the airports and the diversions', async () => {
  const store = await openStore({ url: ':memory:' });
  await seedIncidents(store, INCIDENTS);
  const app = createApp({ store, now });
  for (const q of ['Sheremetyevo', 'Шереметьево', 'Шереметьєво', 'sheremetevo', 'SVO', 'Zhukovsky', 'Жуковский'])
    assert.deepEqual(await ids(app, q), ['air1'], q);
  // A diversion's airport too; and the name of an airport no incident names finds nothing.
  assert.deepEqual(await ids(app, 'Vnukovo'), ['air2']);
  assert.deepEqual(await ids(app, 'Пулково'), []);
  // A code is that airport alone: no publisher or name that holds its letters ("Mayor" for AER).
  assert.deepEqual(await ids(app, 'AER'), []);
  assert.deepEqual(await ids(app, 'kgd'), ['air2']);
  await store.close();
});

test('q finds a weapon by its model or class in any language, never another model of its class', async () => {
  const store = await openStore({ url: ':memory:' });
  await seedIncidents(store, INCIDENTS);
  const app = createApp({ store, now });
  for (const q of ['Shahed', 'Шахед', 'шахеды']) assert.deepEqual(await ids(app, q), ['uav1'], q);
  for (const q of ['Kh-101', 'Іскандер', 'Искандер', 'Iskander']) assert.deepEqual(await ids(app, q), ['mis1'], q);
  // A model whose name is one letter and a number, written in Cyrillic, with a Latin X, or without the dash.
  for (const q of ['Х-101', 'х-101', 'X-101', 'Kh101']) assert.deepEqual(await ids(app, q), ['mis1'], q);
  assert.deepEqual(await ids(app, 'Х-22'), []);
  // A class: the generic missile holds its cruise and ballistic kinds; the drones are every uav incident.
  assert.deepEqual(await ids(app, 'ракети'), ['mis1']);
  assert.deepEqual(await ids(app, 'drones'), ['plain', 'uav1']);
  assert.deepEqual(await ids(app, 'Kalibr'), []);
  assert.deepEqual(await ids(app, 'Герань'), []);
  // The counts read the same filter.
  const stats = (await (await app.request(`/api/stats?q=${encodeURIComponent('Іскандер')}`)).json()) as {
    total: number;
  };
  assert.equal(stats.total, 1);
  await store.close();
});

test("q finds a publisher by its name in the other script: 'Rosaviatsia' for «Росавиация»", async () => {
  const store = await openStore({ url: ':memory:' });
  await seedIncidents(store, INCIDENTS);
  const app = createApp({ store, now });
  assert.deepEqual(await ids(app, 'Rosaviatsia'), ['air1']);
  assert.deepEqual(await ids(app, 'Росавиация'), ['air1']);
  await store.close();
});
