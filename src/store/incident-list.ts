// Read queries over the incidents table for the API and the exports: a filter (regions, kind, time in SQL; weapon,
// status and free text checked on the document), keyset pages newest first, counts and per-field tallies.
// Portable Kysely only, like store.ts.
import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import { UsageError } from '../core/errors.ts';
import { type IncidentMatch, matchesIncident, nameMatcher, needsDocument } from '../core/incident-query.ts';
import { areaOf } from '../core/regions.ts';
import type { Incident, IncidentChange } from '../core/types.ts';
import { chunks } from './chunks.ts';
import type { Database } from './schema.ts';

/** `regions` are ISO 3166-2 codes or bare country codes ('RU': all of Russia's); an incident matches any of them.
 *  `since`/`until` as in IncidentFilter (store.ts): the incident's window overlaps [since, until]. `firstNight`/
 *  `lastNight` select by the night the incident is filed under, inclusive: the key `by_night` counts, so a period of
 *  nights lists exactly the incidents its bars count (a day's incident from 10:59 to 22:59 belongs to the next night
 *  and is not listed under the night that ends at 18:00 within its window). */
export interface IncidentListFilter extends IncidentMatch {
  regions?: readonly string[];
  kind?: string;
  since?: string;
  until?: string;
  firstNight?: string;
  lastNight?: string;
}

/** Where a page ends in the order newest first: the incident's when.end (ms; null when it has no window) and id. */
export interface IncidentCursor {
  end: number | null;
  id: string;
}

export interface IncidentPage {
  limit: number;
  cursor?: IncidentCursor;
  offset?: number;
}

/** How many incidents per field value: region codes, kinds, weapon types, night keys ('2025-05-07'). */
export interface IncidentTallies {
  total: number;
  by_region: Map<string, number>;
  without_region: number;
  /** Every region an incident names counts it: its own, and each one its `regions` list (a nationwide wave's regions
   *  whose reports it holds), once each; so this need not sum to `total`. What a map of "where things happened" shades. */
  by_listed_region: Map<string, number>;
  by_kind: Map<string, number>;
  by_weapon: Map<string, number>;
  by_night: Map<string, number>;
}

type Eb = ExpressionBuilder<Database, 'incidents'>;

/** Documents read per query while scanning; the document filters may drop most of them. */
const SCAN_BATCH = 500;

/** One region code's condition. A region nested in another's area (Moscow in Moscow Oblast's) also finds the
 *  incidents of the wider region that list it: the mayor's Moscow drones merged with the ministry's Moscow Oblast
 *  count are RU-MOS. A region also finds the nationwide incidents (no region of their own) that list it: the Kyiv
 *  Oblast administration's shoot-downs merged into the Air Force's night total are found by Kyiv Oblast. */
export function regionCondition(eb: Eb, region: string): Expression<SqlBool> {
  const code = region.trim().toUpperCase();
  // A country also finds its nationwide incidents: no region, `country` set ("Russia launched 90 missiles at Ukraine").
  if (/^[A-Z]{2}$/.test(code)) {
    return eb.or([
      eb('region_code', 'like', `${code}-%`),
      eb.and([eb('region_code', 'is', null), eb('json', 'like', `%"country":"${code}"%`)]),
    ]);
  }
  const listed = eb('json', 'like', `%"regions":[%"code":"${code}"%`);
  const nationwide = eb.and([eb('region_code', 'is', null), listed]);
  const area = areaOf(code);
  if (area === code) return eb.or([eb('region_code', '=', code), nationwide]);
  return eb.or([eb('region_code', '=', code), eb.and([eb('region_code', '=', area), listed]), nationwide]);
}

function filterTime(name: string, iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new UsageError(`${name} must be an ISO 8601 time like 2025-05-07T03:00:00+03:00`);
  return ms;
}

/** The SQL part of the filter. Weapon and status also narrow by a LIKE on the document (the values are fixed
 *  words, so no escaping is needed); matchesIncident confirms them on the parsed document. */
function sqlCondition(eb: Eb, f: IncidentListFilter): Expression<SqlBool> {
  const all: Expression<SqlBool>[] = [];
  if (f.regions !== undefined && f.regions.length > 0) all.push(eb.or(f.regions.map((r) => regionCondition(eb, r))));
  if (f.kind !== undefined) all.push(eb('kind', '=', f.kind));
  if (f.since !== undefined) all.push(eb('when_end_ms', '>=', filterTime('since', f.since)));
  if (f.until !== undefined) all.push(eb('when_start_ms', '<=', filterTime('until', f.until)));
  if (f.firstNight !== undefined) all.push(eb('night_key', '>=', f.firstNight));
  if (f.lastNight !== undefined) all.push(eb('night_key', '<=', f.lastNight));
  if (f.status !== undefined) all.push(eb('json', 'like', `%"status":"${f.status}"%`));
  if (f.weapon !== undefined) all.push(eb('json', 'like', `%"type":"${f.weapon}"%`));
  return eb.and(all);
}

/** Rows after the cursor in the order when.end descending (no window last), then id. */
function afterCursor(eb: Eb, c: IncidentCursor): Expression<SqlBool> {
  if (c.end === null) return eb.and([eb('when_end_ms', 'is', null), eb('id', '>', c.id)]);
  return eb.or([
    eb('when_end_ms', '<', c.end),
    eb.and([eb('when_end_ms', '=', c.end), eb('id', '>', c.id)]),
    eb('when_end_ms', 'is', null),
  ]);
}

interface Row {
  incident: Incident;
  night_key: string;
  cursor: IncidentCursor;
}

/** Keys (id, when.end, night) are read and sorted apart from the documents: sorting rows that carry a 2 KB
 *  document each cost seconds at 10,000 incidents. At most this many keys per query. */
const KEY_BATCH = 5000;

async function documents(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.selectFrom('incidents').select(['id', 'json']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.json]));
}

/** A cheap test on the stored document before it is parsed: every string free text is matched against is in the
 *  document as written (JSON.stringify escapes only quotes, backslashes and control characters, and a text holding
 *  one is not pre-tested), so a document that contains neither the text nor the code of a region whose name does
 *  cannot match. */
function mayMatch(json: string, filter: IncidentListFilter, names?: (name: string) => boolean): boolean {
  const text = filter.text;
  if (text === undefined || text === '' || JSON.stringify(text) !== `"${text}"`) return true;
  if (json.toLocaleLowerCase().includes(text)) return true;
  if ((filter.textRegions ?? []).some((code) => json.includes(`"${code}"`))) return true;
  if ((filter.textAirports ?? []).some((code) => json.includes(`"${code}"`))) return true;
  // A weapon: its model as a value, or any class (a query for missiles may find a cruise missile's incident).
  if ((filter.textWeapons ?? []).some((w) => (w.model ? json.includes(`"${w.model}"`) : json.includes('"type":"'))))
    return true;
  // A name in the other script: any "name" (or publisher, institution, or models) value of the document will do for a test that may say yes too often.
  if (!names) return false;
  for (const name of jsonNames(json)) if (names(name)) return true;
  return false;
}

/** The name matcher of one scan, when the filter has a folded name to look for. */
function namesOf(filter: IncidentListFilter): ((name: string) => boolean) | undefined {
  return filter.textKey === undefined ? undefined : nameMatcher(filter.textKey);
}

function* jsonNames(json: string): Generator<string> {
  for (const m of json.matchAll(/"name":"((?:[^"\\]|\\.)*)"/g)) yield m[1] ?? '';
  for (const m of json.matchAll(/"publisher":"((?:[^"\\]|\\.)*)"/g)) yield m[1] ?? '';
  // A claimant's body by its own name («Росавиация», found by "Rosaviatsia").
  for (const m of json.matchAll(/"institution":"((?:[^"\\]|\\.)*)"/g)) yield m[1] ?? '';
  for (const m of json.matchAll(/"models":\[([^\]]*)\]/g)) yield m[1] ?? '';
}

/** Every matching incident, newest first, read in batches by keyset (never one unbounded query). `keyBatch` is
 *  how many keys one query reads: a page that needs 101 rows reads no more. */
export async function* scanIncidents(
  db: Kysely<Database>,
  filter: IncidentListFilter,
  from?: IncidentCursor,
  keyBatch = KEY_BATCH,
): AsyncGenerator<Row> {
  let cursor = from;
  const names = namesOf(filter);
  for (;;) {
    const after = cursor;
    const keys = await db
      .selectFrom('incidents')
      .select(['id', 'when_end_ms', 'night_key'])
      .where((eb) => (after ? eb.and([sqlCondition(eb, filter), afterCursor(eb, after)]) : sqlCondition(eb, filter)))
      .orderBy('when_end_ms', (ob) => ob.desc().nullsLast())
      .orderBy('id')
      .limit(keyBatch)
      .execute();
    for (const part of chunks(keys, SCAN_BATCH)) {
      const docs = await documents(
        db,
        part.map((k) => k.id),
      );
      for (const key of part) {
        cursor = { end: key.when_end_ms === null ? null : Number(key.when_end_ms), id: key.id };
        const json = docs.get(key.id);
        // Gone between the two reads (a resolution replaced its night): skip it, as a later read would.
        if (json === undefined || !mayMatch(json, filter, names)) continue;
        const incident = JSON.parse(json) as Incident;
        if (matchesIncident(incident, filter)) yield { incident, night_key: key.night_key, cursor };
      }
    }
    if (keys.length < keyBatch) return;
  }
}

/** Every matching incident in no particular order (by id, on the primary key): for counts and tallies. */
async function* scanUnordered(
  db: Kysely<Database>,
  filter: IncidentListFilter,
): AsyncGenerator<{ incident: Incident; night_key: string }> {
  let last: string | undefined;
  const names = namesOf(filter);
  for (;;) {
    const after = last;
    const rows = await db
      .selectFrom('incidents')
      .select(['id', 'night_key', 'json'])
      .where((eb) =>
        after === undefined ? sqlCondition(eb, filter) : eb.and([sqlCondition(eb, filter), eb('id', '>', after)]),
      )
      .orderBy('id')
      .limit(SCAN_BATCH)
      .execute();
    for (const row of rows) {
      if (!mayMatch(row.json, filter, names)) continue;
      const incident = JSON.parse(row.json) as Incident;
      if (matchesIncident(incident, filter)) yield { incident, night_key: row.night_key };
    }
    if (rows.length < SCAN_BATCH) return;
    last = rows.at(-1)?.id;
  }
}

/** One page of at most `limit` incidents after `cursor` (or after skipping `offset` matches, the older way to
 *  page), and the cursor of the next page when there is one. */
export async function pageIncidents(
  db: Kysely<Database>,
  filter: IncidentListFilter,
  page: IncidentPage,
): Promise<{ incidents: Incident[]; next: IncidentCursor | null; total: number }> {
  const incidents: Incident[] = [];
  let skip = page.cursor ? 0 : (page.offset ?? 0);
  let last: IncidentCursor | null = null;
  let next: IncidentCursor | null = null;
  if (!needsDocument(filter)) {
    // Every key read is a match: read no more than the page needs, and count in SQL.
    for await (const row of scanIncidents(db, filter, page.cursor, Math.min(KEY_BATCH, skip + page.limit + 1))) {
      if (skip > 0) {
        skip--;
        continue;
      }
      if (incidents.length === page.limit) {
        next = last;
        break;
      }
      incidents.push(row.incident);
      last = row.cursor;
    }
    return { incidents, next, total: await countIncidents(db, filter) };
  }
  // The document filters read every candidate anyway: one scan from the start gives the page and the total.
  let total = 0;
  for await (const row of scanIncidents(db, filter)) {
    total++;
    if (page.cursor && !isAfter(row.cursor, page.cursor)) continue;
    if (skip > 0) {
      skip--;
      continue;
    }
    if (incidents.length < page.limit) {
      incidents.push(row.incident);
      last = row.cursor;
    } else if (next === null) next = last;
  }
  return { incidents, next, total };
}

/** Whether `a` comes after `b` in the order newest first (when.end descending, no window last, then id). */
function isAfter(a: IncidentCursor, b: IncidentCursor): boolean {
  if (a.end === b.end) return a.id > b.id;
  if (a.end === null) return true;
  if (b.end === null) return false;
  return a.end < b.end;
}

export async function countIncidents(db: Kysely<Database>, filter: IncidentListFilter): Promise<number> {
  if (!needsDocument(filter)) {
    const row = await db
      .selectFrom('incidents')
      .select((eb) => eb.fn.countAll().as('n'))
      .where((eb) => sqlCondition(eb, filter))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
  let n = 0;
  for await (const _ of scanUnordered(db, filter)) n++;
  return n;
}

/** The regions an incident names: its own and those its `regions` list, each once. */
function listedRegions(incident: Incident): Set<string> {
  const codes = new Set<string>();
  if (incident.region) codes.add(incident.region.code);
  for (const r of incident.regions ?? []) codes.add(r.code);
  return codes;
}

/** An incident with several weapon types counts once under each; the night is the store's night key. */
export async function tallyIncidents(db: Kysely<Database>, filter: IncidentListFilter): Promise<IncidentTallies> {
  const t: IncidentTallies = {
    total: 0,
    by_region: new Map(),
    without_region: 0,
    by_listed_region: new Map(),
    by_kind: new Map(),
    by_weapon: new Map(),
    by_night: new Map(),
  };
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for await (const { incident, night_key } of scanUnordered(db, filter)) {
    t.total++;
    if (incident.region) bump(t.by_region, incident.region.code);
    else t.without_region++;
    for (const code of listedRegions(incident)) bump(t.by_listed_region, code);
    bump(t.by_kind, incident.kind);
    for (const type of new Set(incident.weapons.map((w) => w.type))) bump(t.by_weapon, type);
    bump(t.by_night, night_key);
  }
  return t;
}

export async function lastRevision(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('incident_revisions')
    .select((eb) => eb.fn.max('rev').as('rev'))
    .executeTakeFirst();
  return Number(row?.rev ?? 0);
}

/** The change log's entries for one incident, oldest first (index incident_revisions_incident). */
export async function incidentHistory(
  db: Kysely<Database>,
  id: string,
): Promise<(IncidentChange & { rev: number; night_key: string })[]> {
  const rows = await db
    .selectFrom('incident_revisions')
    .selectAll()
    .where('incident_id', '=', id)
    .orderBy('rev')
    .execute();
  return rows.map((row) => ({
    rev: Number(row.rev),
    night_key: row.night_key,
    ...(JSON.parse(row.detail_json) as IncidentChange),
  }));
}
