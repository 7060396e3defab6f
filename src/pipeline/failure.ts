import type { IngestOutcome } from '../core/types.ts';
import type { InputFailure } from '../ingest/source.ts';
import { storeFailureCause } from '../store/failure.ts';

/** An input that failed for a reason of ours, not of its own: recorded, and the batch goes on. A store that cannot be
 *  written (read-only, a full disk) is no input's failure, and could not take the record either: it goes on up, and
 *  the command stops with one line (store/failure.ts). */
export function internalFailure(input: string, error: unknown): IngestOutcome {
  if (storeFailureCause(error) !== null) throw error;
  const message = error instanceof Error ? error.message : String(error);
  return { input, status: 'failed', report_id: null, message: `internal error: ${message}`, warnings: [], facts: 0 };
}

export function notStored(failure: InputFailure, status: 'failed' | 'skipped'): IngestOutcome {
  return { input: failure.input, status, report_id: null, message: failure.message, warnings: [], facts: 0 };
}
