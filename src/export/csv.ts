// One row per incident. Columns that mean what ACLED's mean carry ACLED's names (docs/exports.md maps them); ours
// follow. Written with csv-stringify (quoting, embedded newlines) and guarded against formula injection: a report's
// text reaches cells (titles, publishers, claimants), and a spreadsheet would run "=HYPERLINK(…)" as a formula.
import { stringify } from 'csv-stringify/sync';
import type { Incident, Precision } from '../core/types.ts';
import type { ExportContext } from './context.ts';
import {
  casualtyColumn,
  claimantsText,
  conflictsText,
  countLabel,
  notesText,
  publishersText,
  weaponColumn,
} from './values.ts';

export const CSV_COLUMNS = [
  'incident_id',
  'event_date',
  'time_precision',
  'start',
  'end',
  'country',
  'admin1',
  'admin1_code',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'kind',
  'weapons',
  'launched',
  'destroyed',
  'hit',
  'fatalities',
  'injured',
  'effects',
  'airports',
  'diverted_to',
  'claimants',
  'reports',
  'origins',
  'status',
  'conflicts',
  'source',
  'source_urls',
  'notes',
  'updated_at',
  'struck',
  'lifted_at',
  // Extension (session 37): the children among `fatalities` and `injured`, parts of them; empty when not told.
  'children_killed',
  'children_injured',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string | number>;

/** ACLED's time_precision: 1 the day is known, 2 the week, 3 only the month or less. */
const TIME_PRECISION: Record<Precision, number> = {
  exact: 1,
  hour: 1,
  night: 1,
  day: 1,
  evening: 1,
  week: 2,
  unknown: 3,
};

/** A country's English name, as the CSV's `country` column and `explain` give it. */
export const COUNTRY: Record<string, string> = {
  RU: 'Russia',
  UA: 'Ukraine',
  BY: 'Belarus',
  PL: 'Poland',
  MD: 'Moldova',
  RO: 'Romania',
};

/** A cell a spreadsheet would read as a formula gets a leading apostrophe, which it shows as text. */
export function guardFormula(value: string): string {
  // Spaces before the sign do not stop every spreadsheet from reading a formula (" =1+1", a no-break space).
  return /^[\s\u00a0\u2000-\u200b\u3000\ufeff]*[=+\-@]|^[\t\r]/.test(value) ? `'${value}` : value;
}

/** The date of the window's last moment, on the clock it is written in (the reports' zone, usually Moscow or Kyiv
 *  time): a whole day or an evening ends at the next midnight, which is no moment of it, so "2025-07-01T00:00 →
 *  2025-07-02T00:00" is 1 July, the day a desk joins on (ACLED's event date); a night ends in its morning. */
export function eventDate(start: string, end: string): string {
  const date = end.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}T00:00(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.test(end)) return date;
  if (Date.parse(start) >= Date.parse(end)) return date;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

export function csvRow(incident: Incident, ctx: ExportContext): Row {
  const code = incident.region?.code ?? null;
  // A nationwide incident (no region) still names its country.
  const country = code?.slice(0, 2) ?? incident.country ?? null;
  const admin1 = code ? (ctx.regionName(code) ?? incident.region?.name ?? code) : '';
  const point = ctx.locate(incident);
  return {
    incident_id: incident.id,
    event_date: incident.when ? eventDate(incident.when.start, incident.when.end) : '',
    time_precision: incident.when ? TIME_PRECISION[incident.when.precision] : '',
    start: incident.when?.start ?? '',
    end: incident.when?.end ?? '',
    country: country ? (COUNTRY[country] ?? country) : '',
    admin1,
    admin1_code: code ?? '',
    location: point?.name ?? incident.place?.name ?? '',
    latitude: point?.lat ?? '',
    longitude: point?.lon ?? '',
    // ACLED: 1 the place itself, 3 only the region is known and its centre stands for it.
    geo_precision: point ? (point.precise ? 1 : 3) : '',
    kind: incident.kind,
    weapons: incident.weapons.map((w) => w.type).join('; '),
    launched: weaponColumn(incident, 'launched'),
    // A weapon's count is destroyed only in an interception; a strike's "two drones struck" goes to `struck`.
    destroyed: countLabel(incident.kind) === 'destroyed' ? weaponColumn(incident, 'count') : '',
    hit: weaponColumn(incident, 'hit'),
    fatalities: casualtyColumn(incident, 'killed'),
    injured: casualtyColumn(incident, 'injured'),
    effects: incident.effects.map((e) => [e.kind, e.object, e.detail].filter(Boolean).join(': ')).join('; '),
    airports: incident.airports.join(' '),
    diverted_to: incident.diverted_to.join(' '),
    claimants: claimantsText(incident),
    reports: incident.corroboration.reports,
    origins: incident.corroboration.origins,
    status: incident.corroboration.status,
    conflicts: conflictsText(incident),
    source: publishersText(incident),
    source_urls: incident.sources
      .map((s) => s.url)
      .filter((u): u is string => u !== null)
      .join(' '),
    notes: notesText(incident, admin1 || null),
    updated_at: incident.updated_at,
    struck: countLabel(incident.kind) === 'struck' ? weaponColumn(incident, 'count') : '',
    lifted_at: incident.lifted_at ?? '',
    children_killed: casualtyColumn(incident, 'children_killed'),
    children_injured: casualtyColumn(incident, 'children_injured'),
  };
}

/** Rows stringified per batch, so an export of any size streams. */
const BATCH = 500;

export async function* csvChunks(
  incidents: Iterable<Incident> | AsyncIterable<Incident>,
  ctx: ExportContext,
): AsyncGenerator<string> {
  const options = { columns: [...CSV_COLUMNS], cast: { string: guardFormula } };
  yield stringify([], { ...options, header: true });
  let rows: Row[] = [];
  for await (const incident of incidents) {
    rows.push(csvRow(incident, ctx));
    if (rows.length === BATCH) {
      yield stringify(rows, options);
      rows = [];
    }
  }
  if (rows.length > 0) yield stringify(rows, options);
}
