// The tables as Kysely sees them. Portable types only, so the same rows work on SQLite and PostgreSQL:
// timestamps are ISO text plus an integer ms column where a range filter needs one, documents are JSON
// text, booleans are 0/1. PostgreSQL hands `bigint` back as a string, so code never reads *_ms columns
// as numbers without Number().
import type { Generated } from 'kysely';

export interface ReportsTable {
  id: string;
  hash: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  published_at: string;
  published_ms: number;
  published_inferred: number;
  lang: string;
  text: string;
  forwarded_from: string | null;
  removed_json: string;
  origin_id: string | null;
  input: string | null;
  ingested_at: string;
  // 0002: provenance (null on reports stored before it).
  source_id: string | null;
  fetched_at: string | null;
  raw_hash: string | null;
  item_key: string | null;
  byline: string | null;
  edited_at: string | null;
  // 0004: the block (night key) the publication falls in; a report with no fact is resolved there. Null on reports
  // stored before 0004 until `sitrep resolve --all`.
  night_key: string | null;
}

export interface ReportRevisionsTable {
  id: Generated<number>;
  report_id: string;
  hash: string;
  text: string;
  title: string | null;
  edited_at: string | null;
  replaced_at: string;
}

export interface SourceStateTable {
  source_id: string;
  last_success_at: string | null;
  last_error_at: string | null;
  last_error: string | null;
  items_seen: number;
  consecutive_failures: number;
  etag: string | null;
  last_modified: string | null;
  /** Kind-specific resume point (a channel page's newest post id). */
  cursor: string | null;
  next_poll_ms: number | null;
  updated_at: string;
}

export interface SourceItemsTable {
  source_id: string;
  item_key: string;
  report_id: string | null;
  text_hash: string | null;
  edited_at: string | null;
  seen_at: string;
}

export interface FactsTable {
  id: string;
  report_id: string;
  /** Position of the fact within its report: fact ids are hashes, so they cannot give the reading order. */
  seq: number;
  night_key: string;
  kind: string;
  region_code: string | null;
  json: string;
}

export interface SignaturesTable {
  report_id: string;
  sig_json: string;
  bands_json: string;
}

export interface LshBandsTable {
  /** A band key as an integer (rows.ts `bandNumber`; migration 0005): 'b07:1a2b3c4d' is 7 × 2^32 + 0x1a2b3c4d. */
  band: number;
  report_id: string;
}

/** A night is dirty while version > resolved_version (migration 0003). */
export interface NightsTable {
  night_key: string;
  version: number;
  resolved_version: number;
  /** The last revision written for the night's incidents. */
  revision: number;
}

export interface IncidentRevisionsTable {
  rev: Generated<number>;
  incident_id: string;
  night_key: string;
  action: string;
  detail_json: string;
}

export interface IncidentRedirectsTable {
  id: string;
  night_key: string;
  merged_into: string | null;
  split_into_json: string | null;
  rev: number;
}

export interface IncidentsTable {
  id: string;
  night_key: string;
  kind: string;
  region_code: string | null;
  when_start_ms: number | null;
  when_end_ms: number | null;
  updated_at: string;
  json: string;
}

export interface IngestLogTable {
  id: Generated<number>;
  input: string;
  status: string;
  report_id: string | null;
  message: string | null;
  warnings_json: string;
  facts: number;
  at: string;
  at_ms: number;
}

export interface Database {
  reports: ReportsTable;
  facts: FactsTable;
  signatures: SignaturesTable;
  lsh_bands: LshBandsTable;
  nights: NightsTable;
  incident_revisions: IncidentRevisionsTable;
  incident_redirects: IncidentRedirectsTable;
  incidents: IncidentsTable;
  ingest_log: IngestLogTable;
  report_revisions: ReportRevisionsTable;
  source_state: SourceStateTable;
  source_items: SourceItemsTable;
}
