import type { IngestOutcome } from '../core/types.ts';
import type { InputFailure } from '../ingest/source.ts';

/** An input that failed for a reason of ours, not of its own: recorded, and the batch goes on. */
export function internalFailure(input: string, error: unknown): IngestOutcome {
  const message = error instanceof Error ? error.message : String(error);
  return { input, status: 'failed', report_id: null, message: `internal error: ${message}`, warnings: [], facts: 0 };
}

export function notStored(failure: InputFailure, status: 'failed' | 'skipped'): IngestOutcome {
  return { input: failure.input, status, report_id: null, message: failure.message, warnings: [], facts: 0 };
}
