// A reader who asks for Russian or Ukrainian gets the towns in that language too, not only the regions: the page in
// Ukrainian said «місце Dnipro» (the thirty-second session's trial, item 20). Invented incidents.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApp } from '../../src/api/app.ts';
import type { Incident } from '../../src/core/types.ts';
import { openStore } from '../../src/store/index.ts';
import { makeIncident, nightOf, seedIncidents } from '../helpers/incidents.ts';

const KHARKIV = { name: 'Kharkiv', lat: 49.98081, lon: 36.25272 };
const CHUHUIV = { name: 'Chuhuiv', lat: 49.83538, lon: 36.6865 };
// A name the gazetteer holds at other coordinates, and a site it does not hold: both keep their names.
const ELSEWHERE = { name: 'Kharkiv', lat: 10, lon: 10 };
const SITE = { name: 'Saltivka depot', lat: 50.02, lon: 36.33 };

async function app() {
  const store = await openStore({ url: ':memory:' });
  await seedIncidents(store, [
    makeIncident('one', { region: { code: 'UA-63', name: 'Kharkiv Oblast' }, place: KHARKIV, when: nightOf(3) }),
    makeIncident('two', {
      region: { code: 'UA-63', name: 'Kharkiv Oblast' },
      place: null,
      places: [CHUHUIV, SITE, ELSEWHERE],
      when: nightOf(4),
    }),
  ]);
  return createApp({ store, now: () => new Date('2025-05-20T09:00:00+03:00') });
}

test('lang=uk and lang=ru name the towns of place and places; English and unknown places keep theirs', async () => {
  const a = await app();
  const get = async (path: string) => (await (await a.request(path)).json()) as Incident;
  assert.equal((await get('/api/incidents/one?lang=uk')).place?.name, 'Харків');
  assert.equal((await get('/api/incidents/one?lang=ru')).place?.name, 'Харьков');
  assert.equal((await get('/api/incidents/one?lang=en')).place?.name, 'Kharkiv');
  assert.equal((await get('/api/incidents/one')).place?.name, 'Kharkiv');
  assert.deepEqual(
    (await get('/api/incidents/two?lang=uk')).places?.map((p) => p.name),
    ['Чугуїв', 'Saltivka depot', 'Kharkiv'],
  );
  const list = (await (await a.request('/api/incidents?lang=uk')).json()) as Incident[];
  assert.deepEqual(list.map((i) => i.place?.name ?? null).sort(), ['Харків', null].sort());
  // The exports take the same names: CSV's location.
  const csv = await (await a.request('/api/incidents.csv?lang=ru')).text();
  assert.match(csv, /Харьков/);
  assert.doesNotMatch(csv, /,Kharkiv,/);
});
