// Bulk ingest: documents stored BATCH at a time in one transaction each, while the extraction workers stage the
// next batch. Outcomes come out in input order whatever runs where.
import type { IngestOutcome } from '../core/types.ts';
import type { Store } from '../store/index.ts';
import { internalFailure } from './failure.ts';
import type { NightResolver } from './night-work.ts';
import { storeStaged } from './settle.ts';
import type { IngestBytesOptions, Staged } from './stage.ts';
import type { StageFn, StageJob, StagePool } from './stage-pool.ts';

/** A document to store, or an outcome already decided without storing (an unreadable file, a skipped one). */
export type BulkItem =
  | { outcome: IngestOutcome }
  | { bytes: Uint8Array; opts: IngestBytesOptions /** The source's own warnings, put first. */; warnings?: string[] };

export interface BulkOptions {
  /** Extraction threads (stage-pool.ts `poolSize`); 0 stages in this thread. */
  workers: number;
  /** Documents per transaction. */
  batch?: number;
  /** Each outcome, in input order, as soon as its batch is stored. */
  onOutcome: (outcome: IngestOutcome) => void | Promise<void>;
  /** After each stored batch's outcomes (the ingest log is written per batch). */
  onBatch?: () => void | Promise<void>;
  /** After the last batch is stored, before the workers stop: they are idle then, and resolution's pure part runs on
   *  them (`resolveDirty(store, { pool })`); null when there are none. */
  afterStored?: (pool: NightResolver | null) => Promise<void>;
}

/** One commit per report cost ~1.5 ms of a ~2 ms ingest; a batch of 100 shares it. */
export const BATCH = 100;
/** Batches staged ahead of the one being stored: enough to keep every worker busy while the store writes. */
const AHEAD = 2;

/**
 * Stores every document of `items`. The pool starts only when a first full batch is waiting, so one file or a few
 * never pay its start-up (about the time of staging a few hundred reports); until its workers are ready, batches are
 * staged in this thread. A crash of this process loses at most the batches not yet committed: a re-run stores them,
 * and what was committed comes back as duplicates.
 */
export async function ingestStream(
  store: Store,
  items: AsyncIterable<BulkItem> | Iterable<BulkItem>,
  opts: BulkOptions,
): Promise<void> {
  const size = opts.batch ?? BATCH;
  const { stageReport } = await import('./stage.ts');
  let pool: StagePool | null = null;
  const inflight: Promise<void>[] = [];
  let tail: Promise<void> = Promise.resolve();
  let slots: BulkItem[] = [];
  let docs = 0;

  const flush = async () => {
    if (slots.length === 0) return;
    const batch = slots;
    const full = docs >= size;
    slots = [];
    docs = 0;
    if (pool === null && full && opts.workers > 0) {
      const { createStagePool } = await import('./stage-pool.ts');
      pool = createStagePool({ size: opts.workers, inline: stageReport });
    }
    // Storing is synchronous underneath (better-sqlite3): without a turn of the event loop here the workers'
    // "ready" messages would wait until the whole input was staged in this thread.
    if (pool !== null && !pool.ready) await new Promise((resolve) => setImmediate(resolve));
    const jobs = batch.filter((x): x is Extract<BulkItem, { bytes: Uint8Array }> => 'bytes' in x);
    const staging = pool?.ready ? pool.stage(jobs) : Promise.resolve(stageInline(stageReport, jobs));
    const done = tail.then(async () => {
      const stored = await storeStaged(store, jobs, await helpStaging(pool, staging));
      const outcomes: IngestOutcome[] = [];
      let k = 0;
      for (const item of batch) {
        if ('outcome' in item) {
          outcomes.push(item.outcome);
          continue;
        }
        const outcome = stored[k++]!;
        if (item.warnings && item.warnings.length > 0) outcome.warnings.unshift(...item.warnings);
        outcomes.push(outcome);
      }
      for (const outcome of outcomes) await opts.onOutcome(outcome);
      await opts.onBatch?.();
    });
    // Awaited below or at the end; marked handled so that a failure is not also reported as unhandled.
    done.catch(() => {});
    tail = done;
    inflight.push(done);
    while (inflight.length > AHEAD) await inflight.shift();
  };

  try {
    for await (const item of items) {
      if ('outcome' in item && slots.length === 0 && inflight.length === 0) {
        // Nothing before it is waiting: shown at once, so a folder of skipped files reports as it goes.
        await opts.onOutcome(item.outcome);
        continue;
      }
      slots.push(item);
      if ('bytes' in item && ++docs >= size) await flush();
    }
    await flush();
    for (const done of inflight.splice(0)) await done;
    const ready = pool as StagePool | null;
    await opts.afterStored?.(ready?.ready ? ready : null);
  } finally {
    await (pool as StagePool | null)?.close();
  }
}

/**
 * Waits for a batch's staging, staging in this thread meanwhile the chunks of that batch that no worker has taken
 * yet. Storing takes this thread a third of the time extraction takes a worker, so with one worker (two processors)
 * it sat idle most of the time. Only the awaited batch's chunks, never a later batch's: taking those left the worker
 * without work while this thread was busy. A chunk here delays the workers' answers by at most its own time, and each
 * worker keeps one more chunk in hand (stage-pool.ts DEPTH).
 */
async function helpStaging(pool: StagePool | null, staging: Promise<Staged[]>): Promise<Staged[]> {
  let done = false;
  staging.then(() => {
    done = true;
  });
  // A turn of the event loop between chunks: the workers' answers and their next chunks go out meanwhile.
  while (!done && pool?.stageOneHere(staging)) await new Promise((resolve) => setImmediate(resolve));
  // Then, until the workers answer with the batch's last chunks (up to two each, DEPTH), one report at a time from the
  // far end of the queue: a later batch's last reports, which the workers reach last. Waiting idle here was a third
  // of this thread's time in the bulk bench (one worker, two processors). One report, not a chunk, so that this
  // thread is back within a report's time when the batch is staged, and the workers keep every chunk in front.
  while (!done && pool?.stageLastJobHere()) await new Promise((resolve) => setImmediate(resolve));
  return staging;
}

function stageInline(stage: StageFn, jobs: readonly StageJob[]): Staged[] {
  return jobs.map((job) => {
    try {
      return stage(job.bytes, job.opts);
    } catch (error) {
      return { ok: false, outcome: internalFailure(job.opts.input, error) };
    }
  });
}
