// The store's public surface, for callers that prefer one import.
export { type BackupResult, backupStore } from './backup.ts';
export { isPostgresUrl } from './dialect/postgres.ts';
export { asStoreFailure, storeFailureCause } from './failure.ts';
export { openStore } from './open.ts';
export type { ProvenanceInput } from './rows.ts';
export type {
  FactRow,
  FactText,
  IncidentCursor,
  IncidentFilter,
  IncidentListFilter,
  IncidentTallies,
  IngestLogRow,
  NightState,
  ReportRevision,
  SignatureText,
  SourceItem,
  SourceState,
  Store,
  StoredReport,
} from './store.ts';
