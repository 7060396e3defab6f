// The one place that composes the stages; the CLI and the API both call these.

export { timeZoneFor } from '../core/time-zone.ts';
export { exportContext, incidentPoint } from './geo.ts';
export {
  type IngestCounts,
  type IngestOptions,
  type IngestSummary,
  ingestBatch,
  ingestBytes,
  ingestPaths,
} from './ingest.ts';
export { isIsoWithOffset } from './iso.ts';
export { type Prepared, type PrepareOptions, prepareReport } from './prepare.ts';
export { refreshStoredFacts, resolveAll, resolveDirty, resolveNightKey } from './resolve.ts';
