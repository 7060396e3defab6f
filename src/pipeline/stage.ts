// Bytes to the rows of one report, ready to store: cleaning, extraction, signature. Touches no store and keeps no
// state, so it runs the same in this thread or on the extraction workers (stage-pool.ts).
import { sha256Bytes } from '../core/ids.ts';
import type { IngestOutcome } from '../core/types.ts';
import { withInferredWindows } from '../resolve/infer-window.ts';
import { lshBands, minhashSignature } from '../resolve/minhash.ts';
import { nightKey, publicationNightKey } from '../resolve/night.ts';
import type { ProvenanceInput, Store } from '../store/index.ts';
import { type PrepareOptions, prepareReport } from './prepare.ts';

export type IngestBytesOptions = PrepareOptions & {
  /** Where the bytes came from; `raw_hash` defaults to the hash of `bytes`, `fetched_at` to `now`. */
  provenance?: ProvenanceInput;
};

/** Plain data only (it crosses from a worker by structured clone). */
export type Staged =
  | { ok: false; outcome: IngestOutcome }
  | { ok: true; row: Parameters<Store['insertReport']>[0]; warnings: string[] };

export function stageReport(bytes: Uint8Array, opts: IngestBytesOptions): Staged {
  const prepared = prepareReport(bytes, opts);
  if (!prepared.ok) {
    return {
      ok: false,
      outcome: {
        input: opts.input,
        status: 'failed',
        report_id: null,
        message: prepared.message,
        warnings: [],
        facts: 0,
      },
    };
  }
  const { report, warnings } = prepared;
  // What is stored is what resolution reads: every fact with a window, the ones the text gives none inferred from
  // the publication time. `sitrep extract` shows the text's own reading, without them.
  const facts = withInferredWindows(prepared.facts, report.published_at, report.lang);
  const signature = minhashSignature(report.text, report.lang);
  const provenance: ProvenanceInput = {
    fetched_at: opts.now.toISOString(),
    raw_hash: sha256Bytes(bytes),
    ...opts.provenance,
  };
  const row = {
    provenance,
    report,
    night_key: publicationNightKey(report.published_at),
    facts: facts.map((fact) => ({ fact, night_key: nightKey(fact.when, report.published_at, fact.kind) })),
    signature,
    bands: lshBands(signature),
    input: opts.input,
    ingestedAt: opts.now.toISOString(),
  };
  return { ok: true, row, warnings };
}
