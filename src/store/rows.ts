// Conversions between domain objects and table rows. The documents (facts, incidents) are stored whole as
// JSON and read back as they were given; the columns beside them exist only for filtering and joining.
import { SkipInputError } from '../core/errors.ts';
import type { Fact, Incident, IngestOutcome, IngestStatus, Lang, Report, ReportProvenance } from '../core/types.ts';
import type { FactsTable, IncidentsTable, IngestLogTable, ReportsTable } from './schema.ts';
import type { IngestLogRow, StoredReport } from './store.ts';

/** What the source told about a report beyond the Report itself; every field may be missing. */
export type ProvenanceInput = Partial<
  Pick<ReportProvenance, 'source_id' | 'fetched_at' | 'raw_hash' | 'item_key' | 'byline' | 'edited_at'>
>;

export function toReportRow(
  report: Report,
  input: string,
  ingestedAt: string,
  provenance: ProvenanceInput | undefined,
  /** The block the publication falls in (see ReportsTable.night_key). */
  nightKey: string,
): ReportsTable {
  const publishedMs = Date.parse(report.published_at);
  if (Number.isNaN(publishedMs)) {
    throw new SkipInputError(`report ${report.id}: published_at "${report.published_at}" is not an ISO 8601 time`);
  }
  return {
    id: report.id,
    hash: report.hash,
    title: report.title,
    url: report.url,
    publisher: report.publisher,
    published_at: report.published_at,
    published_ms: publishedMs,
    published_inferred: report.published_inferred ? 1 : 0,
    lang: report.lang,
    text: report.text,
    forwarded_from: report.forwarded_from,
    removed_json: JSON.stringify(report.removed),
    origin_id: null,
    input,
    ingested_at: ingestedAt,
    source_id: provenance?.source_id ?? null,
    fetched_at: provenance?.fetched_at ?? ingestedAt,
    raw_hash: provenance?.raw_hash ?? null,
    item_key: provenance?.item_key ?? null,
    byline: provenance?.byline ?? null,
    edited_at: provenance?.edited_at ?? null,
    night_key: nightKey,
  };
}

export function fromReportRow(row: ReportsTable): StoredReport {
  return {
    id: row.id,
    hash: row.hash,
    title: row.title,
    url: row.url,
    publisher: row.publisher,
    published_at: row.published_at,
    published_inferred: Number(row.published_inferred) === 1,
    lang: row.lang as Lang,
    text: row.text,
    forwarded_from: row.forwarded_from,
    removed: JSON.parse(row.removed_json) as string[],
    origin_id: row.origin_id,
    input: row.input,
    ingested_at: row.ingested_at,
    provenance: {
      source_id: row.source_id,
      url: row.url,
      fetched_at: row.fetched_at,
      published_at: row.published_at,
      text_hash: row.hash,
      raw_hash: row.raw_hash,
      item_key: row.item_key,
      byline: row.byline,
      edited_at: row.edited_at,
    },
  };
}

export function toFactRow(fact: Fact, reportId: string, seq: number, nightKey: string): FactsTable {
  if (fact.report_id !== reportId) {
    // A fact filed under another report would vanish from getFactsByReport of both.
    throw new Error(`fact ${fact.id} belongs to report ${fact.report_id}, not ${reportId}`);
  }
  return {
    id: fact.id,
    report_id: reportId,
    seq,
    night_key: nightKey,
    kind: fact.kind,
    region_code: fact.region?.code ?? null,
    json: JSON.stringify(fact),
  };
}

export function toIncidentRow(incident: Incident, nightKey: string): IncidentsTable {
  return {
    id: incident.id,
    night_key: nightKey,
    kind: incident.kind,
    region_code: incident.region?.code ?? null,
    when_start_ms: incident.when ? isoToMs(incident.when.start, `incident ${incident.id} when.start`) : null,
    when_end_ms: incident.when ? isoToMs(incident.when.end, `incident ${incident.id} when.end`) : null,
    updated_at: incident.updated_at,
    json: JSON.stringify(incident),
  };
}

export function toLogRow(outcome: IngestOutcome, at: string): Omit<IngestLogTable, 'id'> {
  return {
    input: outcome.input,
    status: outcome.status,
    report_id: outcome.report_id,
    message: outcome.message,
    warnings_json: JSON.stringify(outcome.warnings),
    facts: outcome.facts,
    at,
    at_ms: isoToMs(at, 'ingest log time'),
  };
}

export function fromLogRow(row: Omit<IngestLogTable, 'id'> & { id: number }): IngestLogRow {
  return {
    id: Number(row.id),
    input: row.input,
    status: row.status as IngestStatus,
    report_id: row.report_id,
    message: row.message,
    facts: Number(row.facts),
    at: row.at,
    warnings: JSON.parse(row.warnings_json) as string[],
  };
}

function isoToMs(iso: string, what: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`${what} "${iso}" is not an ISO 8601 time`);
  return ms;
}

/**
 * A band key ('b07:1a2b3c4d', resolve/minhash.ts `lshBands`) as the integer the band index stores: the band number
 * times 2^32 plus the 32-bit hash, so one key is one number and back, and numbers sort as the keys do. An index entry
 * is about half the size of the text's, and a bulk batch writes 32 of them a report all over the index (migration
 * 0005). A string of any other shape (tests name bands freely) gets a negative 52-bit hash, apart from every real key.
 */
export function bandNumber(band: string): number {
  if (band.length === 12 && BAND_KEY.test(band)) {
    return Number(band.slice(1, 3)) * 2 ** 32 + Number.parseInt(band.slice(4), 16);
  }
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < band.length; i++) {
    const c = band.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return -((h1 >>> 0) * 2 ** 20 + (h2 >>> 12)) - 1;
}

const BAND_KEY = /^b\d\d:[0-9a-f]{8}$/;
