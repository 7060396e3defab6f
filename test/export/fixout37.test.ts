// ux37 #12, #13, #14: exports split a claimant on "(" cleanly, write every time one way, and place and title an
// airport incident at its airport.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCsv } from '../../src/eval/bench-texts.ts';
import { renderExport } from '../../src/export/index.ts';
import { exportContext, incidentPoint } from '../../src/pipeline/geo.ts';
import { speakerOf } from '../../src/pipeline/speaker.ts';
import { inferredWindow } from '../../src/resolve/infer-window.ts';
import { makeIncident, nightOf } from '../helpers/incidents.ts';

const ctx = exportContext({ now: new Date('2025-05-20T09:00:00Z') });

test('a source row named after its speaker with a medium in brackets speaks on that medium, not on its own name', () => {
  const row = { kind: 'text' as const, name: 'Ivan Bondar (Telegram)' };
  const s = speakerOf({ ...row, speaker: { person: 'Ivan Bondar', role: 'mayor', region: null } });
  assert.deepEqual(s?.claimant, { name: 'Ivan Bondar', role: 'mayor', channel: 'Telegram' });
  // A name with no bracket is still the channel, as before.
  const plain = speakerOf({
    kind: 'text',
    name: 'Poltava City Council',
    speaker: { person: null, role: 'official', region: null },
  });
  assert.equal(plain?.claimant.channel, 'Poltava City Council');
});

test('CSV claimants: a bracket inside a name or channel is written square, so a split on "(" finds role and channel', async () => {
  const incident = makeIncident('brackets', {
    when: nightOf(7),
    claimants: [
      { name: 'Ivan Bondar', role: 'mayor', channel: 'Ivan Bondar (site)' },
      { name: null, role: 'aviation_authority', channel: 'Telegram' },
    ],
  });
  const [row] = parseCsv(await renderExport('csv', [incident], ctx));
  assert.equal(row!.claimants, 'Ivan Bondar (mayor, Ivan Bondar [site]); (aviation authority, Telegram)');
  for (const one of row!.claimants!.split('; ')) assert.equal(one.split('(').length, 2, one);
});

const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

// A window computed in UTC beside a feed's `+00:00` publication, a lifting told without seconds.
const MIXED = makeIncident('mixed', {
  kind: 'airport_disruption',
  region: { code: 'RU-MOW', name: 'Moscow' },
  weapons: [],
  airports: ['SVO'],
  when: { start: '2024-10-29T18:00:00Z', end: '2024-10-30T07:00:21+00:00', precision: 'night' },
  lifted: true,
  lifted_at: '2024-10-30T06:40+0000',
  updated_at: '2024-10-30T07:00:21.500Z',
  sources: [
    {
      report_id: 'r1',
      title: null,
      url: 'https://example.org/a',
      publisher: 'Example Wire',
      published_at: '2024-10-30T07:00:21Z',
      origin_id: 'o1',
    },
  ],
});

test('every time in every export is written one way: seconds and a numeric offset, UTC as +00:00', async () => {
  const [row] = parseCsv(await renderExport('csv', [MIXED], ctx));
  for (const column of ['start', 'end', 'updated_at', 'lifted_at'] as const) assert.match(row![column]!, TIME, column);
  assert.equal(row!.start, '2024-10-29T18:00:00+00:00');
  assert.equal(row!.lifted_at, '2024-10-30T06:40:00+00:00');
  for (const format of ['jsonl', 'geojson', 'atom'] as const) {
    const out = await renderExport(format, [MIXED], ctx);
    const times = [...out.matchAll(/\d{4}-\d{2}-\d{2}T[^"<,\s]*/g)].map((m) => m[0]);
    assert.ok(times.length >= (format === 'atom' ? 2 : 5), format);
    for (const t of times) assert.match(t, TIME, `${format}: ${t}`);
  }
});

test('a window inferred from a +00:00 publication starts in that spelling, not in Z', () => {
  assert.equal(inferredWindow('2024-10-30T02:35:40+00:00')?.start, '2024-10-29T18:00:00+00:00');
  assert.equal(inferredWindow('2024-10-30T02:35:40Z')?.start, '2024-10-29T18:00:00Z');
});

test("CSV claimants and notes: a body by its own name stands where a person's name would", async () => {
  const incident = makeIncident('body', {
    kind: 'airport_disruption',
    weapons: [],
    airports: ['LED'],
    when: nightOf(7),
    claimants: [{ name: null, role: 'aviation_authority', channel: null, institution: 'Росавиация' }],
  });
  const [row] = parseCsv(await renderExport('csv', [incident], ctx));
  assert.equal(row!.claimants, 'Росавиация (aviation authority)');
  assert.match(row!.notes!, /according to Росавиация \(aviation authority\)/);
});

const spb = { name: 'Saint Petersburg', lat: 59.93863, lon: 30.31413 };
const closure = (over: Partial<Parameters<typeof makeIncident>[1]> = {}) =>
  makeIncident('led', {
    kind: 'airport_disruption',
    region: { code: 'RU-SPE', name: 'Saint Petersburg' },
    place: spb,
    weapons: [],
    airports: ['LED'],
    when: nightOf(7),
    ...over,
  });

test("an airport disruption of one airport is drawn at the airfield, not the city's centre, and named so", async () => {
  assert.deepEqual(incidentPoint(closure()), { lat: 59.8003, lon: 30.2625, precise: true, name: 'Pulkovo (LED)' });
  assert.equal(incidentPoint(closure({ place: null }))?.name, 'Pulkovo (LED)');
  assert.equal(incidentPoint(closure(), undefined, 'ru')?.name, 'Пулково (LED)');
  const geo = JSON.parse(await renderExport('geojson', [closure()], ctx));
  assert.deepEqual(geo.features[0].geometry.coordinates, [30.2625, 59.8003]);
  assert.equal(geo.features[0].properties.location_precise, true);
  const [row] = parseCsv(await renderExport('csv', [closure()], ctx));
  assert.deepEqual([row!.location, row!.geo_precision], ['Pulkovo (LED)', '1']);
});

test('several airports, another kind, or a town far from the airport keep the place or the region', () => {
  const two = closure({ place: null, region: { code: 'RU-MOW', name: 'Moscow' }, airports: ['DME', 'VKO'] });
  assert.equal(incidentPoint(two)?.precise, false);
  assert.equal(incidentPoint(closure({ kind: 'strike' }))?.name, 'Saint Petersburg');
  const far = { name: 'Vyborg', lat: 60.71, lon: 28.75 };
  assert.equal(incidentPoint(closure({ place: far }))?.name, 'Vyborg');
});

test("an Atom title of an airport's incident names its airports", async () => {
  const atom = await renderExport('atom', [closure({ airports: ['DME', 'VKO'] })], ctx);
  assert.match(atom, /<title>airport disruption · Saint Petersburg · DME, VKO · single origin<\/title>/);
});
