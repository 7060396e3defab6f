import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DOMParser } from 'linkedom';
import type { Incident } from '../../src/core/types.ts';
import { parseCsv } from '../../src/eval/bench-texts.ts';
import { toAtom } from '../../src/export/atom.ts';
import { CSV_COLUMNS, eventDate } from '../../src/export/csv.ts';
import { renderExport } from '../../src/export/index.ts';
import { exportTime, withExportTimes } from '../../src/export/times.ts';
import { exportContext } from '../../src/pipeline/geo.ts';
import { makeIncident, nightOf } from '../helpers/incidents.ts';

const ctx = exportContext({
  now: new Date('2025-05-20T09:00:00Z'),
  selfUrl: 'http://localhost:8080/api/incidents.atom',
});
const count = (value: number) => ({ value, min: value, max: value, approx: false });

// The air force's night: launched, destroyed and hit side by side, and two sources disagreeing on the destroyed.
const AIR_FORCE = makeIncident('af', {
  region: { code: 'UA-63', name: 'Харківська область' },
  place: { name: 'Chuhuiv', lat: 49.84, lon: 36.69 },
  when: nightOf(7),
  weapons: [{ type: 'uav', count: count(18), launched: count(48), hit: count(6) }],
  casualties: { killed: 1, injured: 3 },
  claimants: [{ name: null, role: 'air_force', channel: 'Telegram' }],
  corroboration: { reports: 2, origins: 2, status: 'disputed' },
  conflicts: [
    {
      field: 'weapons[uav].count',
      values: [
        { value: 18, report_ids: ['r1'] },
        { value: 15, report_ids: ['r2'] },
      ],
    },
  ],
  sources: [
    {
      report_id: 'r1',
      title: 'Night of 7 May',
      url: 'https://example.org/af/7-may',
      publisher: 'Air Force (Telegram)',
      published_at: '2025-05-07T08:00:00+03:00',
      origin_id: 'r1',
    },
  ],
});

// Text from a report lands in cells: a publisher that is a spreadsheet formula must stay text.
const HOSTILE = makeIncident('evil', {
  region: { code: 'RU-KRS', name: 'Курская область' },
  when: nightOf(6),
  weapons: [
    { type: 'uav', count: count(5) },
    { type: 'missile', count: count(2) },
  ],
  claimants: [{ name: '=HYPERLINK("http://evil.example","x")', role: null, channel: null }],
  sources: [
    {
      report_id: 'r3',
      title: '<script>alert(1)</script> & "quotes"',
      url: 'https://example.org/a?b=1&c=2',
      publisher: '@SUM(A1:A9)',
      published_at: '2025-05-06T08:00:00+03:00',
      origin_id: 'r3',
    },
  ],
});

const NOWHERE = makeIncident('nowhere', { region: null, when: null, weapons: [] });

test('CSV: ACLED column names, launched/destroyed/hit apart, a disputed count shows its range', async () => {
  const rows = parseCsv(await renderExport('csv', [AIR_FORCE, HOSTILE, NOWHERE], ctx));
  assert.deepEqual(Object.keys(rows[0]!), [...CSV_COLUMNS]);
  for (const acled of [
    'event_date',
    'time_precision',
    'admin1',
    'location',
    'latitude',
    'longitude',
    'geo_precision',
    'source',
    'notes',
    'fatalities',
  ]) {
    assert.ok((CSV_COLUMNS as readonly string[]).includes(acled), acled);
  }
  const af = rows[0]!;
  assert.equal(af.event_date, '2025-05-07');
  assert.equal(af.time_precision, '1');
  assert.equal(af.country, 'Ukraine');
  assert.equal(af.admin1, 'Kharkiv Oblast', 'the English name, whatever the reports wrote');
  assert.equal(af.location, 'Chuhuiv');
  assert.equal(af.geo_precision, '1');
  assert.equal(af.launched, '48');
  assert.equal(af.destroyed, '18 (15–18 disputed)');
  assert.equal(af.hit, '6');
  assert.equal(af.fatalities, '1');
  assert.equal(af.status, 'disputed');
  assert.match(af.conflicts ?? '', /weapons\[uav\]\.count: 18 vs 15/);
  assert.match(af.notes ?? '', /48 launched, 18 destroyed, 6 hit/);
  // No place: the region's centre, marked as such.
  const krs = rows[1]!;
  assert.equal(krs.location, 'Kursk');
  assert.equal(krs.geo_precision, '3');
  assert.equal(krs.destroyed, 'uav: 5; missile: 2');
  assert.equal(krs.fatalities, '', 'not mentioned is not zero');
  const none = rows[2]!;
  assert.equal(none.latitude, '');
  assert.equal(none.event_date, '');
});

test('CSV: a cell that starts like a formula is written as text', async () => {
  const rows = parseCsv(await renderExport('csv', [HOSTILE], ctx));
  const cells = Object.values(rows[0]!);
  assert.ok(
    cells.every((cell) => !/^[=+\-@]/.test(cell)),
    cells.join(' | '),
  );
  assert.equal(rows[0]!.source, "'@SUM(A1:A9)");
  // Its brackets written square, as every bracket inside a claimant's name is (a split on "(" finds the role).
  assert.equal(rows[0]!.claimants, `'=HYPERLINK["http://evil.example","x"]`);
});

test('written in batches: one CSV header, one GeoJSON collection, every incident once in each format', async () => {
  // Every third has no region and no place, so features and incidents do not line up with the batches.
  const many = Array.from({ length: 1203 }, (_, k) => makeIncident(`i${k}`, k % 3 === 0 ? { region: null } : {}));
  const rows = parseCsv(await renderExport('csv', many, ctx));
  assert.deepEqual(
    rows.map((r) => r.incident_id),
    many.map((i) => i.id),
  );
  const geo = JSON.parse(await renderExport('geojson', many, ctx)) as { features: { id: string }[]; total: number };
  assert.equal(geo.total, many.length);
  assert.deepEqual(
    geo.features.map((f) => f.id),
    many.filter((i) => i.region !== null).map((i) => i.id),
  );
  const lines = (await renderExport('jsonl', many, ctx)).split('\n');
  assert.equal(lines.pop(), '', 'the last line ends with a newline');
  assert.deepEqual(
    lines.map((l) => (JSON.parse(l) as Incident).id),
    many.map((i) => i.id),
  );
});

test('GeoJSON: points for places and region centres, and a count of incidents without coordinates', async () => {
  const geo = JSON.parse(await renderExport('geojson', [AIR_FORCE, NOWHERE, HOSTILE], ctx)) as {
    type: string;
    total: number;
    approximate: number;
    without_coordinates: number;
    features: {
      id: string;
      geometry: { coordinates: number[] };
      properties: { location_precise: boolean; region: { name: string } };
    }[];
  };
  assert.equal(geo.type, 'FeatureCollection');
  // Regions by their English names, as CSV's admin1, whatever the reports wrote (Харківська область, Курская область).
  assert.deepEqual(
    geo.features.map((f) => f.properties.region.name),
    ['Kharkiv Oblast', 'Kursk Oblast'],
  );
  const russian = JSON.parse(
    await renderExport('geojson', [AIR_FORCE], exportContext({ now: new Date(), lang: 'ru' })),
  ) as { features: { properties: { region: { name: string } } }[] };
  assert.equal(russian.features[0]?.properties.region.name, 'Харьковская область');
  assert.equal(geo.total, 3);
  assert.equal(geo.without_coordinates, 1);
  assert.equal(geo.approximate, 1);
  assert.deepEqual(
    geo.features.map((f) => [f.id, f.geometry.coordinates, f.properties.location_precise]),
    [
      ['af', [36.69, 49.84], true],
      ['evil', [36.18735, 51.73733], false],
    ],
  );
});

test('JSON Lines: one incident per line, each the whole incident', async () => {
  const lines = (await renderExport('jsonl', [AIR_FORCE, NOWHERE], ctx)).trimEnd().split('\n');
  assert.deepEqual(
    lines.map((l) => JSON.parse(l) as Incident),
    // Its times as every export writes them (times.ts).
    [AIR_FORCE, NOWHERE].map(withExportTimes),
  );
});

test('Atom: well-formed XML with one entry per incident and report text escaped', () => {
  const xml = toAtom([AIR_FORCE, HOSTILE], ctx);
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const entries = [...doc.querySelectorAll('entry')];
  assert.equal(entries.length, 2);
  assert.equal(entries[0]?.querySelector('id')?.textContent, 'urn:sitrep:incident:af');
  assert.match(entries[0]?.querySelector('title')?.textContent ?? '', /18 \(15–18 disputed\)/);
  assert.equal(
    entries[0]?.querySelector('link[rel="alternate"]')?.getAttribute('href'),
    'http://localhost:8080/api/incidents/af',
  );
  assert.equal(doc.querySelectorAll('script').length, 0, 'a title cannot open an element');
  assert.ok(!xml.includes('<script>'));
  assert.ok(xml.includes('title="&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;quotes&#34;"'));
  assert.match(entries[1]?.querySelector('summary')?.textContent ?? '', /=HYPERLINK\("http:\/\/evil\.example","x"\)/);
  // Written as every export writes a time (times.ts): UTC as +00:00.
  assert.equal(doc.querySelector('feed > updated')?.textContent, exportTime(AIR_FORCE.updated_at));
});

test('CSV: a nationwide incident (no region) names its country and no admin1', async () => {
  const nationwide = makeIncident('ua-wide', { region: null, country: 'UA' });
  const [row] = parseCsv(await renderExport('csv', [nationwide, NOWHERE], ctx));
  assert.equal(row?.country, 'Ukraine');
  assert.equal(row?.admin1, '');
  const rows = parseCsv(await renderExport('csv', [NOWHERE], ctx));
  assert.equal(rows[0]?.country, '');
});

test('CSV: a formula behind spaces or a no-break space is guarded too', async () => {
  const { guardFormula } = await import('../../src/export/csv.ts');
  for (const cell of ['=1+1', ' =1+1', '\u00a0=1+1', '\t=1', '@SUM(A1)', '+7', '-7']) {
    assert.equal(guardFormula(cell), `'${cell}`, JSON.stringify(cell));
  }
  assert.equal(guardFormula('Kursk Oblast'), 'Kursk Oblast');
  assert.equal(guardFormula('7 drones'), '7 drones');
});

test('CSV event_date is the date of the window’s last moment: a day or an evening that ends at midnight is that day', () => {
  // A whole day (Monday 1 July) and an evening end at the next midnight, which is no moment of them.
  assert.equal(eventDate('2025-07-01T00:00:00+03:00', '2025-07-02T00:00:00+03:00'), '2025-07-01');
  assert.equal(eventDate('2025-06-10T18:00:00+03:00', '2025-06-11T00:00:00+03:00'), '2025-06-10');
  assert.equal(eventDate('2025-02-28T00:00:00Z', '2025-03-01T00:00:00.000Z'), '2025-02-28');
  // A night ends in its morning; an instant at midnight is that midnight's date.
  assert.equal(eventDate('2025-05-06T21:00:00+03:00', '2025-05-07T07:00:00+03:00'), '2025-05-07');
  assert.equal(eventDate('2025-05-07T00:00:00+03:00', '2025-05-07T00:00:00+03:00'), '2025-05-07');
  assert.equal(eventDate('2025-01-01T00:00:00+02:00', '2025-01-01T00:00:30+02:00'), '2025-01-01');
});
