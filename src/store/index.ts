// The store's public surface, for callers that prefer one import.
export { openStore } from './open.ts';
export type { ProvenanceInput } from './rows.ts';
export type {
  FactRow,
  IncidentCursor,
  IncidentFilter,
  IncidentListFilter,
  IncidentTallies,
  IngestLogRow,
  SourceItem,
  SourceState,
  Store,
  StoredReport,
} from './store.ts';
