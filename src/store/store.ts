// The one query layer every stage's I/O goes through. Written against Kysely's portable builder only, so the
// same code serves the embedded SQLite file and, later, PostgreSQL; what differs is in dialect/.

import { type ExpressionBuilder, sql, type Transaction } from 'kysely';
import { UsageError } from '../core/errors.ts';
import type {
  Fact,
  Incident,
  IncidentChange,
  IncidentRedirect,
  IngestOutcome,
  IngestStatus,
  Report,
  ReportProvenance,
} from '../core/types.ts';
import {
  getRedirect,
  listRevisions,
  logChanges,
  markDirty as markNightsDirty,
  markResolved,
  type NightState,
  type ReplaceOptions,
  readNightStates,
  unchanged,
} from './change-log.ts';
import { chunks } from './chunks.ts';
import type { StoreDialect } from './dialect/dialect.ts';
import {
  countIncidents,
  type IncidentCursor,
  type IncidentListFilter,
  type IncidentPage,
  type IncidentTallies,
  incidentHistory,
  lastRevision,
  pageIncidents,
  regionCondition,
  scanIncidents,
  tallyIncidents,
} from './incident-list.ts';
import {
  bandNumber,
  fromLogRow,
  fromReportRow,
  type ProvenanceInput,
  toFactRow,
  toIncidentRow,
  toLogRow,
  toReportRow,
} from './rows.ts';
import type { Database, SourceStateTable } from './schema.ts';

export interface StoredReport extends Report {
  origin_id: string | null;
  input: string | null;
  ingested_at: string;
  provenance: ReportProvenance;
}

/** A fact and the night it is resolved in: `night_key` like '2025-05-07' (the date the night ends). */
export interface FactRow {
  fact: Fact;
  night_key: string;
}

/** A stored fact unparsed: `json` is its Fact. */
export interface FactText {
  json: string;
  report_id: string;
  night_key: string;
}

/** A report's MinHash signature and LSH band keys as stored (JSON). */
export interface SignatureText {
  sig: string;
  bands: string;
}

export interface IngestLogRow {
  id: number;
  input: string;
  status: IngestStatus;
  report_id: string | null;
  message: string | null;
  facts: number;
  at: string;
  /** Extension: the outcome's warnings, kept so `sitrep status` can show them. */
  warnings: string[];
}

/** What `sitrep watch` keeps per sources.yaml row between runs; `sitrep sources` shows it: the table's row as is. */
export type SourceState = SourceStateTable;

/** One item a source has given: its key ('telegram:<chat>/<post>', a guid, a URL), the report it became and a
 *  hash of its text as the source gave it, so that a restart skips it and an edit is noticed. */
export interface SourceItem {
  source_id: string;
  item_key: string;
  report_id: string | null;
  text_hash: string | null;
  edited_at: string | null;
  seen_at: string;
}

/** `since`/`until` are ISO times: an incident matches when its `when` overlaps [since, until] (ends
 *  included); incidents with no `when` match only when neither is given. `region` is an ISO 3166-2 code
 *  ('RU-KLU'), or a bare country code ('RU') for all of that country's regions; a code nested in another region's
 *  area ('RU-MOW') also matches that region's incidents that list it in `regions`. */
export interface IncidentFilter {
  region?: string;
  kind?: string;
  since?: string;
  until?: string;
  limit?: number;
  offset?: number;
}

export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** One transaction: report, facts, signature, band keys, and every night key of its facts marked dirty (a report
   *  with no fact: its own `night_key`, so its origin is computed there).
   *  Returns 'duplicate' (and writes nothing) when a report with the same hash exists. Every fact must carry
   *  `report_id === report.id`; a bad published_at throws SkipInputError. */
  insertReport(x: {
    report: Report;
    /** The block its publication falls in (resolve/night.ts with no window): a report with no fact is resolved
     *  there, so that it still takes part in origins. */
    night_key: string;
    facts: FactRow[];
    signature: number[];
    bands: string[];
    input: string;
    ingestedAt: string;
    provenance?: ProvenanceInput;
  }): Promise<'inserted' | 'duplicate'>;
  /** One transaction: the same text seen again in an earlier copy becomes the report of record (its metadata and
   *  the facts read with its publication time); the nights of the old and new facts are marked dirty (the old and
   *  new `night_key` where it had or has no fact). */
  replaceReport(x: {
    report: Report;
    night_key: string;
    facts: FactRow[];
    input: string;
    ingestedAt: string;
    provenance?: ProvenanceInput;
  }): Promise<void>;
  findReportByHash(hash: string): Promise<StoredReport | undefined>;
  getReport(id: string): Promise<StoredReport | undefined>;
  /** In the order of `ids`; unknown ids are left out. */
  getReports(ids: readonly string[]): Promise<StoredReport[]>;
  countReports(): Promise<number>;
  /** Every fact's id and kind, and whether it tells of an earlier year («у 2022 році…»), in no set order. */
  listFactKinds(): Promise<{ id: string; kind: string; historical: boolean }[]>;
  /** Rows in every table: whether a store holds anything at all (a failed ingest removes a store it made only if so). */
  countRows(): Promise<Record<keyof Database, number>>;
  /** In the order the facts were extracted. */
  getFactsByReport(reportId: string): Promise<Fact[]>;
  /** In the order of `ids`; unknown ids are left out. */
  getFacts(ids: readonly string[]): Promise<Fact[]>;
  /** Ordered by night, report id, then extraction order, so a resolver sees the same list however it was ingested. */
  getFactRowsByNight(nightKeys: readonly string[]): Promise<FactRow[]>;
  /** The same facts as stored, unparsed (a night resolved on a worker is parsed there: text crosses threads far
   *  cheaper than the objects it makes). */
  getFactTextsByNight(nightKeys: readonly string[]): Promise<FactText[]>;
  /** Ids of the reports with no fact whose `night_key` is one of these, sorted: they are in no night by their facts,
   *  and are resolved (for origins only) in the block of their publication. */
  factlessReportIds(nightKeys: readonly string[]): Promise<string[]>;
  /** Every report's id, publication time and stored `night_key` (null before migration 0004), by id: for
   *  `resolve --all`, which brings the night keys up to the current rule. */
  listReportNights(): Promise<{ id: string; published_at: string; night_key: string | null }[]>;
  /** One transaction: sets reports' `night_key`; for a report with no fact the old and new nights are marked dirty. */
  updateReportNights(rows: readonly { id: string; night_key: string }[]): Promise<void>;
  getSignatures(reportIds: readonly string[]): Promise<Map<string, number[]>>;
  /** Each report's band keys, sorted, without repeats. */
  getBands(reportIds: readonly string[]): Promise<Map<string, string[]>>;
  /** Both, unparsed: `sig` and `bands` are the JSON of getSignatures' and getBands' values. */
  getSignatureTexts(reportIds: readonly string[]): Promise<Map<string, SignatureText>>;
  /** LSH candidates: ids of reports that share at least one band key (indexed lookup; cost independent of store size).
   *  Sorted by id. */
  reportsSharingBands(bands: readonly string[], limit?: number): Promise<string[]>;
  /** Nights whose facts changed since their incidents were last resolved. */
  dirtyNights(): Promise<string[]>;
  /** One transaction: rewrites stored facts (same ids) with new contents and night keys; the old and new nights are
   *  marked dirty. For facts stored under older rules (a window not yet inferred, blocks cut at another hour). */
  updateFacts(rows: readonly FactRow[]): Promise<void>;
  /** Where a night stands: read before reading its facts, handed back to replaceNightIncidents. Null for a night
   *  that never had facts. */
  nightState(nightKey: string): Promise<NightState | null>;
  /** The incidents stored for one night, by id. */
  listNightIncidents(nightKey: string): Promise<Incident[]>;
  /** What an id that no longer names an incident answers (merged into another), else undefined. */
  getRedirect(id: string): Promise<IncidentRedirect | undefined>;
  /** The change log, oldest first: revisions after `after` (default 0). */
  listRevisions(opts?: {
    after?: number;
    limit?: number;
  }): Promise<(IncidentChange & { rev: number; night_key: string })[]>;
  /** Every night that has facts, incidents or a report with no fact, so a full rebuild also clears incidents left
   *  without facts and recomputes the origins of reports with no fact. */
  allNightKeys(): Promise<string[]>;
  /** One transaction: delete every incident whose night_key is in nightKeys, insert the given ones, set
   *  reports.origin_id for the given map, clear those nights' dirty flags. An incident for a night that is not
   *  in nightKeys throws before anything is written. With `expect` (the states read before the facts), nothing is
   *  written and false is returned when a night moved on meanwhile (a report arrived, or another resolution wrote):
   *  the night stays dirty for the next resolution. `changes` are logged as revisions (one sequence for the whole
   *  store) and each changed incident carries its revision; `redirects` record ids that merged away. */
  replaceNightIncidents(
    nightKeys: readonly string[],
    incidents: readonly { incident: Incident; night_key: string }[],
    origins: ReadonlyMap<string, string>,
    opts?: ReplaceOptions,
  ): Promise<boolean>;
  /** Ordered by when.start (incidents without `when` last), then id. */
  listIncidents(filter?: IncidentFilter): Promise<Incident[]>;
  getIncident(id: string): Promise<Incident | undefined>;
  /** Newest first (when.end descending, no window last, then id): at most `limit` incidents after `cursor`, the
   *  cursor of the next page when there is one, and how many match in all (incident-list.ts). */
  pageIncidents(
    filter: IncidentListFilter,
    page: IncidentPage,
  ): Promise<{ incidents: Incident[]; next: IncidentCursor | null; total: number }>;
  /** Every matching incident in the order of pageIncidents, read in batches. */
  scanIncidents(filter: IncidentListFilter): AsyncIterable<Incident>;
  countIncidents(filter: IncidentListFilter): Promise<number>;
  tallyIncidents(filter: IncidentListFilter): Promise<IncidentTallies>;
  /** The newest revision of the change log (0 when it is empty). */
  lastRevision(): Promise<number>;
  /** One incident's entries in the change log, oldest first. */
  incidentHistory(id: string): Promise<(IncidentChange & { rev: number; night_key: string })[]>;
  logOutcome(outcome: IngestOutcome, at: string): Promise<void>;
  /** Every source's state, by id. */
  getSourceStates(): Promise<Map<string, SourceState>>;
  saveSourceState(state: SourceState): Promise<void>;
  getSourceItem(sourceId: string, itemKey: string): Promise<SourceItem | undefined>;
  saveSourceItem(item: SourceItem): Promise<void>;
  countSourceItems(sourceId: string): Promise<number>;
  /** Every item remembered from a source (a complete export is checked against it for posts deleted since). */
  listSourceItems(sourceId: string): Promise<SourceItem[]>;
  /** Many reports in one transaction, each exactly as insertReport would store it (in order, so a second copy of a
   *  text in the same batch is a duplicate), for bulk ingest: one commit instead of one per report. */
  insertReports(
    batch: readonly {
      report: Report;
      night_key: string;
      facts: FactRow[];
      signature: number[];
      bands: string[];
      input: string;
      ingestedAt: string;
      provenance?: ProvenanceInput;
    }[],
  ): Promise<('inserted' | 'duplicate')[]>;
  /** Outcomes of a batch in one statement per chunk. */
  logOutcomes(outcomes: readonly IngestOutcome[], at: string): Promise<void>;
  /** One transaction: an edited post's report gets its new text, metadata and facts (same id: links to it stay
   *  valid), the text it had is kept in report_revisions, and the nights of its old and new facts are marked dirty
   *  (the old and new `night_key` where it had or has no fact).
   *  Returns false (and writes nothing) when another report already has the new text. */
  reviseReport(x: {
    reportId: string;
    report: Report;
    night_key: string;
    facts: FactRow[];
    signature: number[];
    bands: string[];
    input: string;
    ingestedAt: string;
    provenance?: ProvenanceInput;
  }): Promise<boolean>;
  /** Earlier texts of a report, oldest first. */
  getRevisions(reportId: string): Promise<ReportRevision[]>;
  /** When each revised report's current text replaced its previous one (its latest revision's `replaced_at`), by
   *  id; reports never revised are absent. The time an edit was seen, for sources that do not say when they edited
   *  (a Telegram page's "edited" carries no time). */
  revisedAt(reportIds: readonly string[]): Promise<Map<string, string>>;
  /** Newest first. */
  listOutcomes(filter?: { status?: IngestStatus; limit?: number }): Promise<IngestLogRow[]>;
  close(): Promise<void>;
}

/** One earlier text of an edited report. `edited_at` is when the source said that text itself was edited (null for
 *  a post's first text); `replaced_at` when Sitrep read the newer text; `source_replaced_at` (an extension) when the
 *  source said the newer text was edited, i.e. when the source replaced this one (a Telegram export's
 *  `edited_unixtime` of the post's next version), null when the source gave no such time (a preview page's bare
 *  "edited", a feed item fixed without a new `updated`). */
export interface ReportRevision {
  hash: string;
  text: string;
  title: string | null;
  edited_at: string | null;
  replaced_at: string;
  source_replaced_at: string | null;
}

/** Longest IN list per statement; bigger id lists are read in several queries. */
const IN_CHUNK = 500;

export type { NightState, ReplaceOptions } from './change-log.ts';
export type { IncidentCursor, IncidentListFilter, IncidentPage, IncidentTallies } from './incident-list.ts';

export function createStore(dialect: StoreDialect): Store {
  const { db, caps } = dialect;
  let closed = false;

  /** One JSON column of the signatures table, by report id, in the order of `ids`. */
  async function factTextsByNight(nightKeys: readonly string[]): Promise<FactText[]> {
    const out: FactText[] = [];
    for (const part of chunks(unique(nightKeys).sort(), IN_CHUNK)) {
      const rows = await db
        .selectFrom('facts')
        .select(['json', 'night_key', 'report_id'])
        .where('night_key', 'in', part)
        .orderBy('night_key')
        .orderBy('report_id')
        .orderBy('seq')
        .execute();
      out.push(...rows);
    }
    return out;
  }

  async function readSignatureColumn<T>(
    ids: readonly string[],
    column: 'sig_json' | 'bands_json',
  ): Promise<Map<string, T>> {
    const found = new Map<string, T>();
    for (const part of chunks(unique(ids), IN_CHUNK)) {
      const rows = await db
        .selectFrom('signatures')
        .select(['report_id', column])
        .where('report_id', 'in', part)
        .execute();
      for (const row of rows) found.set(row.report_id, JSON.parse(row[column] as string) as T);
    }
    return new Map(inOrderEntries(ids, found));
  }
  // Rows per multi-row insert: as many as the parameter limit allows, at most IN_CHUNK.
  const rowsPer = (columns: number): number => Math.max(1, Math.min(IN_CHUNK, Math.floor(caps.maxParams / columns)));
  const markDirty = (trx: Transaction<Database>, nights: { night_key: string }[]): Promise<void> =>
    markNightsDirty(
      trx,
      nights.map((n) => n.night_key),
    );

  /**
   * The body of insertReports, inside a caller's transaction: a statement per table for the whole batch (chunked by
   * the parameter limit) instead of five per report. A text whose hash is stored already, or that came earlier in
   * the batch, is a duplicate and writes nothing; `returning` says which reports the conflict clause kept out.
   */
  const insertMany = async (
    trx: Transaction<Database>,
    batch: readonly Parameters<Store['insertReport']>[0][],
  ): Promise<('inserted' | 'duplicate')[]> => {
    const out: ('inserted' | 'duplicate')[] = batch.map(() => 'duplicate');
    const seen = new Set<string>();
    const first = batch.filter((x) => {
      if (seen.has(x.report.hash)) return false;
      seen.add(x.report.hash);
      return true;
    });
    const inserted = new Set<string>();
    const reportRows = first.map((x) => toReportRow(x.report, x.input, x.ingestedAt, x.provenance, x.night_key));
    for (const part of chunks(reportRows, rowsPer(Object.keys(reportRows[0] ?? {}).length))) {
      const rows = await trx
        .insertInto('reports')
        .values(part)
        .onConflict((oc) => oc.column('hash').doNothing())
        .returning('id')
        .execute();
      for (const row of rows) inserted.add(row.id);
    }
    const stored = first.filter((x) => inserted.has(x.report.id));
    const factRows = stored.flatMap(({ report, facts }) =>
      facts.map((row, seq) => toFactRow(row.fact, report.id, seq, row.night_key)),
    );
    for (const part of chunks(factRows, rowsPer(7))) await trx.insertInto('facts').values(part).execute();
    const bandKeys = new Map(stored.map((x) => [x.report.id, unique(x.bands).sort()]));
    const sigRows = stored.map((x) => ({
      report_id: x.report.id,
      sig_json: JSON.stringify(x.signature),
      bands_json: JSON.stringify(bandKeys.get(x.report.id)),
    }));
    for (const part of chunks(sigRows, rowsPer(3))) await trx.insertInto('signatures').values(part).execute();
    // Written in band order: a batch's 3,200 keys are random, and inserting them sorted walks the band index
    // page after page instead of all over it (in a harness of 100-report batches, about 0.12 instead of 0.22 ms of
    // CPU a report). The sort is stable, so within a band the rows still come in the batch's report order, after
    // every earlier batch's: the order a band lists its reports in (`reportsSharingBands` past its limit) is kept.
    const bandRows = [...bandKeys]
      .flatMap(([report_id, keys]) => keys.map((band) => ({ band: bandNumber(band), report_id })))
      .sort((a, b) => a.band - b.band);
    for (const part of chunks(bandRows, rowsPer(2))) await trx.insertInto('lsh_bands').values(part).execute();
    await markDirty(
      trx,
      unique(stored.flatMap((x) => (x.facts.length > 0 ? x.facts.map((row) => row.night_key) : [x.night_key])))
        .sort()
        .map((night_key) => ({ night_key })),
    );
    batch.forEach((x, i) => {
      // The first copy of a stored text is the inserted one; every later copy stays a duplicate.
      if (inserted.delete(x.report.id)) out[i] = 'inserted';
    });
    return out;
  };

  return {
    dialect: dialect.name,

    async insertReport(x) {
      const [result] = await db.transaction().execute((trx) => insertMany(trx, [x]));
      return result!;
    },

    async insertReports(batch) {
      if (batch.length === 0) return [];
      return db.transaction().execute((trx) => insertMany(trx, batch));
    },

    async logOutcomes(outcomes, at) {
      for (const part of chunks(
        outcomes.map((o) => toLogRow(o, at)),
        rowsPer(8),
      )) {
        await db.insertInto('ingest_log').values(part).execute();
      }
    },

    async replaceReport({ report, night_key, facts, input, ingestedAt, provenance }) {
      const { id, hash, ...columns } = toReportRow(report, input, ingestedAt, provenance, night_key);
      const factRows = facts.map((row, seq) => toFactRow(row.fact, report.id, seq, row.night_key));
      await db.transaction().execute(async (trx) => {
        const old = await trx.selectFrom('facts').select('night_key').distinct().where('report_id', '=', id).execute();
        const nights = await touchedNights(trx, id, old, facts, night_key);
        await trx.deleteFrom('facts').where('report_id', '=', id).execute();
        await trx.updateTable('reports').set(columns).where('id', '=', id).where('hash', '=', hash).execute();
        for (const part of chunks(factRows, rowsPer(7))) await trx.insertInto('facts').values(part).execute();
        await markDirty(trx, nights);
      });
    },

    async findReportByHash(hash) {
      const row = await db.selectFrom('reports').selectAll().where('hash', '=', hash).executeTakeFirst();
      return row && fromReportRow(row);
    },

    async getReport(id) {
      const row = await db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
      return row && fromReportRow(row);
    },

    async getReports(ids) {
      const byId = new Map<string, StoredReport>();
      for (const part of chunks(unique(ids), IN_CHUNK)) {
        const rows = await db.selectFrom('reports').selectAll().where('id', 'in', part).execute();
        for (const row of rows) byId.set(row.id, fromReportRow(row));
      }
      return inOrder(ids, byId);
    },

    async countReports() {
      const row = await db
        .selectFrom('reports')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async listFactKinds() {
      const rows = await db.selectFrom('facts').select(['id', 'kind', 'json']).execute();
      // Only a fact that may be historical is parsed: the flag is written by JSON.stringify, so its text is exact.
      return rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        historical: r.json.includes('"historical":true') && (JSON.parse(r.json) as Fact).historical === true,
      }));
    },

    async countRows() {
      const counts = {} as Record<keyof Database, number>;
      for (const table of TABLES) {
        const row = await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow();
        counts[table] = Number(row.n);
      }
      return counts;
    },

    async getFactsByReport(reportId) {
      const rows = await db
        .selectFrom('facts')
        .select('json')
        .where('report_id', '=', reportId)
        .orderBy('seq')
        .execute();
      return rows.map((row) => JSON.parse(row.json) as Fact);
    },

    async getFacts(ids) {
      const byId = new Map<string, Fact>();
      for (const part of chunks(unique(ids), IN_CHUNK)) {
        const rows = await db.selectFrom('facts').select(['id', 'json']).where('id', 'in', part).execute();
        for (const row of rows) byId.set(row.id, JSON.parse(row.json) as Fact);
      }
      return inOrder(ids, byId);
    },

    async getFactRowsByNight(nightKeys) {
      const rows = await factTextsByNight(nightKeys);
      return rows.map((row) => ({ fact: JSON.parse(row.json) as Fact, night_key: row.night_key }));
    },

    getFactTextsByNight(nightKeys) {
      return factTextsByNight(nightKeys);
    },

    async getSignatureTexts(reportIds) {
      const found = new Map<string, SignatureText>();
      for (const part of chunks(unique(reportIds), IN_CHUNK)) {
        const rows = await db
          .selectFrom('signatures')
          .select(['report_id', 'sig_json', 'bands_json'])
          .where('report_id', 'in', part)
          .execute();
        for (const row of rows) found.set(row.report_id, { sig: row.sig_json, bands: row.bands_json });
      }
      return new Map(inOrderEntries(reportIds, found));
    },

    getSignatures(reportIds) {
      return readSignatureColumn<number[]>(reportIds, 'sig_json');
    },

    getBands(reportIds) {
      return readSignatureColumn<string[]>(reportIds, 'bands_json');
    },

    async reportsSharingBands(bands, limit) {
      const ids = new Set<string>();
      for (const part of chunks(unique(bands), IN_CHUNK)) {
        // A popular statement copied thousands of times must not make every new copy read them all.
        let query = db.selectFrom('lsh_bands').select('report_id').distinct().where('band', 'in', part.map(bandNumber));
        if (limit !== undefined) query = query.limit(limit);
        const rows = await query.execute();
        for (const row of rows) ids.add(row.report_id);
      }
      return [...ids].sort();
    },

    async dirtyNights() {
      const rows = await db
        .selectFrom('nights')
        .select('night_key')
        .whereRef('version', '>', 'resolved_version')
        .orderBy('night_key')
        .execute();
      return rows.map((row) => row.night_key);
    },

    async updateFacts(rows) {
      if (rows.length === 0) return;
      await db.transaction().execute(async (trx) => {
        const nights = new Set<string>();
        for (const part of chunks(rows, IN_CHUNK)) {
          const old = await trx
            .selectFrom('facts')
            .select('night_key')
            .distinct()
            .where(
              'id',
              'in',
              part.map((r) => r.fact.id),
            )
            .execute();
          for (const o of old) nights.add(o.night_key);
        }
        for (const row of rows) {
          nights.add(row.night_key);
          await trx
            .updateTable('facts')
            .set({
              night_key: row.night_key,
              kind: row.fact.kind,
              region_code: row.fact.region?.code ?? null,
              json: JSON.stringify(row.fact),
            })
            .where('id', '=', row.fact.id)
            .execute();
        }
        await markDirty(
          trx,
          [...nights].sort().map((night_key) => ({ night_key })),
        );
      });
    },

    async nightState(nightKey) {
      return (await readNightStates(db, [nightKey])).get(nightKey) ?? null;
    },

    async listNightIncidents(nightKey) {
      const rows = await db
        .selectFrom('incidents')
        .select('json')
        .where('night_key', '=', nightKey)
        .orderBy('id')
        .execute();
      return rows.map((row) => JSON.parse(row.json) as Incident);
    },

    getRedirect(id) {
      return getRedirect(db, id);
    },

    listRevisions(opts = {}) {
      return listRevisions(db, opts.after ?? 0, opts.limit === undefined ? undefined : count('limit', opts.limit));
    },

    async allNightKeys() {
      const rows = await db
        .selectFrom('facts')
        .select('night_key')
        .union(db.selectFrom('incidents').select('night_key'))
        .execute();
      const factless = await db
        .selectFrom('reports')
        .select('night_key')
        .distinct()
        .where('night_key', 'is not', null)
        .where(noFact)
        .execute();
      return unique([...rows, ...factless].flatMap((row) => (row.night_key === null ? [] : [row.night_key]))).sort();
    },

    async factlessReportIds(nightKeys) {
      const ids: string[] = [];
      for (const part of chunks(unique(nightKeys), IN_CHUNK)) {
        const rows = await db.selectFrom('reports').select('id').where('night_key', 'in', part).where(noFact).execute();
        for (const row of rows) ids.push(row.id);
      }
      return ids.sort();
    },

    async listReportNights() {
      return db.selectFrom('reports').select(['id', 'published_at', 'night_key']).orderBy('id').execute();
    },

    async updateReportNights(rows) {
      if (rows.length === 0) return;
      await db.transaction().execute(async (trx) => {
        const nights = new Set<string>();
        for (const part of chunks(rows, IN_CHUNK)) {
          const old = await trx
            .selectFrom('reports')
            .select(['id', 'night_key'])
            .where(
              'id',
              'in',
              part.map((r) => r.id),
            )
            .where(noFact)
            .execute();
          const factless = new Set(old.map((o) => o.id));
          for (const o of old) if (o.night_key !== null) nights.add(o.night_key);
          for (const r of part) if (factless.has(r.id)) nights.add(r.night_key);
        }
        for (const row of rows) {
          await trx.updateTable('reports').set({ night_key: row.night_key }).where('id', '=', row.id).execute();
        }
        await markDirty(
          trx,
          [...nights].sort().map((night_key) => ({ night_key })),
        );
      });
    },

    async replaceNightIncidents(nightKeys, incidents, origins, opts = {}) {
      const keys = unique(nightKeys);
      const wanted = new Set(keys);
      const stray = incidents.find((x) => !wanted.has(x.night_key));
      if (stray) {
        // Inserting outside the replaced nights would pile up copies there on the next rebuild.
        throw new Error(`incident ${stray.incident.id} is for night ${stray.night_key}, which is not being replaced`);
      }
      return db.transaction().execute(async (trx) => {
        // The transaction is immediate (dialect/sqlite.ts): no other writer runs between this check and the write.
        const states = await readNightStates(trx, keys);
        if (opts.expect && !unchanged(keys, states, opts.expect)) return false;
        // Each change gets the next revision; the incident it names carries it.
        const { revisionOf, lastRevision } = await logChanges(trx, opts);
        const rows = incidents.map((x) => {
          const rev = revisionOf.get(x.incident.id);
          const revised = rev === undefined ? x.incident : { ...x.incident, revision: rev };
          if (rev !== undefined && opts.at) revised.revised_at = opts.at;
          return toIncidentRow(revised, x.night_key);
        });
        for (const part of chunks(keys, IN_CHUNK)) {
          await trx.deleteFrom('incidents').where('night_key', 'in', part).execute();
          // An id that names an incident again is no longer a redirect.
        }
        for (const part of chunks(
          rows.map((r) => r.id),
          IN_CHUNK,
        )) {
          await trx.deleteFrom('incident_redirects').where('id', 'in', part).execute();
        }
        for (const part of chunks(rows, rowsPer(8))) await trx.insertInto('incidents').values(part).execute();
        // One UPDATE for many reports (a CASE on the id) rather than one per origin: a night's origins are mostly
        // single reports.
        for (const part of chunks([...origins], IN_CHUNK)) {
          const byId = sql.join(
            part.map(([id, originId]) => sql`when ${id} then ${originId}`),
            sql` `,
          );
          await trx
            .updateTable('reports')
            .set({ origin_id: sql<string>`case ${sql.ref('id')} ${byId} end` })
            .where(
              'id',
              'in',
              part.map(([id]) => id),
            )
            .execute();
        }
        await markResolved(trx, keys, states, opts.expect, lastRevision);
        return true;
      });
    },

    async listIncidents(filter = {}) {
      let query = db.selectFrom('incidents').select('json');
      const region = filter.region;
      if (region !== undefined) query = query.where((eb) => regionCondition(eb, region));
      if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
      if (filter.since !== undefined) query = query.where('when_end_ms', '>=', filterTime('since', filter.since));
      if (filter.until !== undefined) query = query.where('when_start_ms', '<=', filterTime('until', filter.until));
      query = query.orderBy('when_start_ms', (ob) => ob.asc().nullsLast()).orderBy('id');
      query = paginate(query, filter.limit, filter.offset);
      const rows = await query.execute();
      return rows.map((row) => JSON.parse(row.json) as Incident);
    },

    async getIncident(id) {
      const row = await db.selectFrom('incidents').select('json').where('id', '=', id).executeTakeFirst();
      return row && (JSON.parse(row.json) as Incident);
    },

    pageIncidents(filter, page) {
      count('limit', page.limit);
      if (page.offset !== undefined) count('offset', page.offset);
      return pageIncidents(db, filter, page);
    },

    async *scanIncidents(filter) {
      for await (const row of scanIncidents(db, filter)) yield row.incident;
    },

    countIncidents(filter) {
      return countIncidents(db, filter);
    },

    tallyIncidents(filter) {
      return tallyIncidents(db, filter);
    },

    lastRevision() {
      return lastRevision(db);
    },

    incidentHistory(id) {
      return incidentHistory(db, id);
    },

    async logOutcome(outcome, at) {
      await db.insertInto('ingest_log').values(toLogRow(outcome, at)).execute();
    },

    async getSourceStates() {
      const rows = await db.selectFrom('source_state').selectAll().execute();
      return new Map(
        rows.map((r) => [
          r.source_id,
          {
            ...r,
            items_seen: Number(r.items_seen),
            consecutive_failures: Number(r.consecutive_failures),
            next_poll_ms: r.next_poll_ms === null ? null : Number(r.next_poll_ms),
          },
        ]),
      );
    },

    async saveSourceState(state) {
      const { source_id, ...rest } = state;
      await db
        .insertInto('source_state')
        .values(state)
        .onConflict((oc) => oc.column('source_id').doUpdateSet(rest))
        .execute();
    },

    async getSourceItem(sourceId, itemKey) {
      return db
        .selectFrom('source_items')
        .selectAll()
        .where('source_id', '=', sourceId)
        .where('item_key', '=', itemKey)
        .executeTakeFirst();
    },

    async saveSourceItem(item) {
      const { source_id, item_key, ...rest } = item;
      await db
        .insertInto('source_items')
        .values(item)
        .onConflict((oc) => oc.columns(['source_id', 'item_key']).doUpdateSet(rest))
        .execute();
    },

    async listSourceItems(sourceId) {
      return db.selectFrom('source_items').selectAll().where('source_id', '=', sourceId).orderBy('item_key').execute();
    },

    async countSourceItems(sourceId) {
      const row = await db
        .selectFrom('source_items')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('source_id', '=', sourceId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async reviseReport({ reportId, report, night_key, facts, signature, bands, input, ingestedAt, provenance }) {
      const { id: _newId, ...columns } = toReportRow(report, input, ingestedAt, provenance, night_key);
      const factRows = facts.map((row, seq) =>
        toFactRow({ ...row.fact, report_id: reportId }, reportId, seq, row.night_key),
      );
      const bandKeys = unique(bands).sort();
      return db.transaction().execute(async (trx) => {
        const taken = await trx.selectFrom('reports').select('id').where('hash', '=', report.hash).executeTakeFirst();
        if (taken !== undefined) return false;
        const old = await trx.selectFrom('reports').selectAll().where('id', '=', reportId).executeTakeFirst();
        if (old === undefined) throw new Error(`no report ${reportId} to revise`);
        await trx
          .insertInto('report_revisions')
          .values({
            report_id: reportId,
            hash: old.hash,
            text: old.text,
            title: old.title,
            edited_at: old.edited_at,
            replaced_at: ingestedAt,
          })
          .execute();
        const oldNights = await trx
          .selectFrom('facts')
          .select('night_key')
          .distinct()
          .where('report_id', '=', reportId)
          .execute();
        const nights = await touchedNights(trx, reportId, oldNights, facts, night_key);
        await trx.deleteFrom('facts').where('report_id', '=', reportId).execute();
        await trx.deleteFrom('lsh_bands').where('report_id', '=', reportId).execute();
        // The origin is recomputed when the night is resolved; the old one may no longer hold.
        await trx
          .updateTable('reports')
          .set({ ...columns, origin_id: old.origin_id })
          .where('id', '=', reportId)
          .execute();
        for (const part of chunks(factRows, rowsPer(7))) await trx.insertInto('facts').values(part).execute();
        await trx
          .updateTable('signatures')
          .set({ sig_json: JSON.stringify(signature), bands_json: JSON.stringify(bandKeys) })
          .where('report_id', '=', reportId)
          .execute();
        const bandRows = bandKeys.map((band) => ({ band: bandNumber(band), report_id: reportId }));
        for (const part of chunks(bandRows, rowsPer(2))) await trx.insertInto('lsh_bands').values(part).execute();
        await markDirty(trx, nights);
        return true;
      });
    },

    async revisedAt(reportIds) {
      const found = new Map<string, string>();
      for (const part of chunks(unique(reportIds), IN_CHUNK)) {
        const rows = await db
          .selectFrom('report_revisions')
          .select(['report_id', (eb) => eb.fn.max('replaced_at').as('at')])
          .where('report_id', 'in', part)
          .groupBy('report_id')
          .execute();
        for (const row of rows) found.set(row.report_id, String(row.at));
      }
      return found;
    },

    async getRevisions(reportId) {
      const rows = await db
        .selectFrom('report_revisions')
        .select(['hash', 'text', 'title', 'edited_at', 'replaced_at'])
        .where('report_id', '=', reportId)
        .orderBy('id')
        .execute();
      if (rows.length === 0) return [];
      // Each row keeps the edit time of the text it holds, so the time the source gives for the edit that replaced it
      // is the next text's: the next row's, and for the latest row the report's own. Read, not stored: no column to
      // migrate, and it cannot disagree with the texts' own times.
      const current = await db.selectFrom('reports').select('edited_at').where('id', '=', reportId).executeTakeFirst();
      const next = [...rows.slice(1).map((r) => r.edited_at), current?.edited_at ?? null];
      return rows.map((r, i) => {
        const at = next[i] ?? null;
        // A newer text dated as the older one (a source that kept its edit time) tells no time of this replacement.
        return { ...r, source_replaced_at: at !== null && at !== r.edited_at ? at : null };
      });
    },

    async listOutcomes(filter = {}) {
      let query = db.selectFrom('ingest_log').selectAll();
      if (filter.status !== undefined) query = query.where('status', '=', filter.status);
      query = paginate(query.orderBy('id', 'desc'), filter.limit, undefined);
      const rows = await query.execute();
      return rows.map(fromLogRow);
    },

    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}

interface Pageable<Q> {
  limit(n: number): Q;
  offset(n: number): Q;
}

/** An offset needs a limit on SQLite; the largest safe integer stands for "no limit" on every database. */
function paginate<Q extends Pageable<Q>>(query: Q, limit: number | undefined, offset: number | undefined): Q {
  if (limit === undefined && offset === undefined) return query;
  const limited = query.limit(count('limit', limit ?? Number.MAX_SAFE_INTEGER));
  return offset === undefined ? limited : limited.offset(count('offset', offset));
}

function count(name: string, n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new UsageError(`${name} must be a whole number of 0 or more, got ${n}`);
  return n;
}

function filterTime(name: string, iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new UsageError(`${name} must be an ISO 8601 time like 2025-05-07T03:00:00+03:00`);
  return ms;
}

/** A report row with no fact (a correlated NOT EXISTS: portable, and indexed by facts.report_id). */
/** Every table, checked complete against the schema: a table added later is counted by countRows too. */
const TABLE_SET: Record<keyof Database, true> = {
  reports: true,
  facts: true,
  signatures: true,
  lsh_bands: true,
  nights: true,
  incident_revisions: true,
  incident_redirects: true,
  incidents: true,
  ingest_log: true,
  report_revisions: true,
  source_state: true,
  source_items: true,
};
const TABLES = Object.keys(TABLE_SET) as (keyof Database)[];

function noFact({ not, exists, selectFrom }: ExpressionBuilder<Database, 'reports'>) {
  return not(exists(selectFrom('facts').select('facts.id').whereRef('facts.report_id', '=', 'reports.id')));
}

/** The nights a rewrite of a report's facts touches: those of its old and new facts, and its own block (old and new)
 *  where it had, or now has, no fact, since it is resolved there for its origin. Read before the report is rewritten. */
async function touchedNights(
  trx: Transaction<Database>,
  reportId: string,
  oldFacts: readonly { night_key: string }[],
  newFacts: readonly FactRow[],
  newNightKey: string,
): Promise<{ night_key: string }[]> {
  const keys = [...oldFacts.map((r) => r.night_key), ...newFacts.map((r) => r.night_key)];
  if (oldFacts.length === 0) {
    const row = await trx.selectFrom('reports').select('night_key').where('id', '=', reportId).executeTakeFirst();
    if (row?.night_key) keys.push(row.night_key);
  }
  if (newFacts.length === 0) keys.push(newNightKey);
  return unique(keys)
    .sort()
    .map((night_key) => ({ night_key }));
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function inOrder<T>(ids: readonly string[], byId: ReadonlyMap<string, T>): T[] {
  return inOrderEntries(ids, byId).map(([, value]) => value);
}

/** Entries for `ids` that were found, once each, in the caller's order. */
function inOrderEntries<T>(ids: readonly string[], byId: ReadonlyMap<string, T>): [string, T][] {
  const out: [string, T][] = [];
  for (const id of unique(ids)) {
    const value = byId.get(id);
    if (value !== undefined) out.push([id, value]);
  }
  return out;
}
