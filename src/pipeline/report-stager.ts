// Extraction of the reports `serve` is sent (POST /api/reports), off the server's thread: on it, one report that
// takes long to read held every request, /healthz included, and a SIGTERM too (its handler waits for the thread).
// One extraction worker (stage-pool.ts), started at the first POST, so a server that is never sent a report never
// loads extraction; reports are read one after another, each within a time budget: a report still being read when
// its budget runs out has its worker stopped (the next report gets a new one) and is answered as too large.
// Memory: a worker that has read a 1 MiB report holds hundreds of megabytes it no longer needs, and an idle thread
// never collects them (measured: 1.1 GB of heap after ten 1 MiB reports, still 350 MB a minute later). So the worker
// is stopped once no report has come for a while (the next report starts one again, about a second of loading), and
// its heap has a limit: a report that needs more fails alone instead of growing the process until the machine kills it.
import type { IngestBytesOptions, Staged } from './stage.ts';
import { createStagePool, type StagePool } from './stage-pool.ts';

export interface ReportStager {
  /** Resolves with the staged report, or with `timedOut` when its budget ran out. Never rejects. */
  stage(bytes: Uint8Array, opts: IngestBytesOptions): Promise<Staged | { timedOut: true; budgetMs: number }>;
  /** Stops the worker if no report is being read or waiting: what the idle timer calls; tests call it directly.
   *  True when a worker was stopped. */
  release(): Promise<boolean>;
  /** True while a worker is up (started by a report, not yet released or closed). */
  readonly running: boolean;
  /** Stops the worker, with whatever it is reading: a report being read then never settles. */
  close(): Promise<void>;
}

export interface ReportStagerOptions {
  budgetMs?: number;
  /** Idle time after the last report before the worker is stopped. */
  idleMs?: number;
  /** The worker's heap limit (V8's old generation), in MB. */
  heapMb?: number;
  script?: URL;
  /** Schedules the idle release; returns its cancel. Tests pass one that only records the callback. */
  schedule?: (release: () => void, ms: number) => () => void;
}

/** A report's budget: linear extraction reads a 1 MiB report in seconds, so a minute is a bug or a hostile text. */
export const REPORT_BUDGET_MS = 60_000;

/** Long enough that a burst of reports (a night's updates) shares one worker, short next to the weeks `serve` runs. */
export const REPORT_IDLE_MS = 60_000;

/** A 1 MiB report (the default `--max-body`) peaks near 150 MB of heap in a worker (measured on the four languages'
 *  invented 1 MiB reports: 89–176 MB with the extraction stage loaded): a few times that. */
export const REPORT_HEAP_MB = 512;

const scheduleTimer = (release: () => void, ms: number) => {
  // Unref'd: a pending release never keeps a process alive that has nothing else to do.
  const timer = setTimeout(release, ms).unref();
  return () => clearTimeout(timer);
};

export function createReportStager(opts: ReportStagerOptions = {}): ReportStager {
  const budgetMs = opts.budgetMs ?? REPORT_BUDGET_MS;
  const idleMs = opts.idleMs ?? REPORT_IDLE_MS;
  const heapMb = opts.heapMb ?? REPORT_HEAP_MB;
  const schedule = opts.schedule ?? scheduleTimer;
  let pool: StagePool | null = null;
  let closed = false;
  // Reports received and not yet answered: the worker is released only when none is.
  let pending = 0;
  let cancelRelease: (() => void) | null = null;
  // One at a time: a budget counts from when the report's reading starts, and stopping the worker stops only it.
  let tail: Promise<unknown> = Promise.resolve();

  const start = async (): Promise<StagePool> => {
    // Staged here only when no worker can start at all (a missing bundle), as bulk ingest does.
    const { stageReport } = await import('./stage.ts');
    return createStagePool({
      size: 1,
      inline: stageReport,
      script: opts.script,
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
    });
  };

  const run = async (bytes: Uint8Array, options: IngestBytesOptions) => {
    if (closed) return new Promise<never>(() => {});
    if (!pool) {
      const started = await start();
      // Closed while the extraction stage loaded: the worker just started would keep the process alive.
      if (closed) {
        await started.close();
        return new Promise<never>(() => {});
      }
      pool = started;
    }
    const current = pool;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<{ timedOut: true; budgetMs: number }>((resolve) => {
      // Unref'd: a report still being read when the server stops never settles, and its budget must not keep the
      // stopped process alive until it runs out (a minute); while it is read, its worker keeps the process up.
      timer = setTimeout(() => resolve({ timedOut: true, budgetMs }), budgetMs).unref();
    });
    try {
      const result = await Promise.race([current.stage([{ bytes, opts: options }]).then((r) => r[0]!), timeout]);
      if ('timedOut' in result && pool === current) {
        pool = null;
        await current.close();
      }
      return result;
    } finally {
      clearTimeout(timer);
    }
  };

  const release = async (): Promise<boolean> => {
    if (pending > 0 || !pool) return false;
    const current = pool;
    pool = null;
    await current.close();
    return true;
  };

  return {
    stage(bytes, options) {
      if (closed) return new Promise(() => {});
      pending++;
      cancelRelease?.();
      cancelRelease = null;
      // Counted down before the caller sees the result, so that a release right after it finds the worker idle.
      const next = tail
        .then(() => run(bytes, options))
        .finally(() => {
          if (--pending > 0 || closed) return;
          cancelRelease = schedule(() => {
            cancelRelease = null;
            void release();
          }, idleMs);
        });
      tail = next.catch(() => undefined);
      return next;
    },
    release,
    get running() {
      return pool !== null;
    },
    async close() {
      closed = true;
      cancelRelease?.();
      cancelRelease = null;
      const current = pool;
      pool = null;
      await current?.close();
    },
  };
}
