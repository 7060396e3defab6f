// Extraction of the reports `serve` is sent (POST /api/reports), off the server's thread: on it, one report that
// takes long to read held every request, /healthz included, and a SIGTERM too (its handler waits for the thread).
// One extraction worker (stage-pool.ts), started at the first POST, so a server that is never sent a report never
// loads extraction; reports are read one after another, each within a time budget: a report still being read when
// its budget runs out has its worker stopped (the next report gets a new one) and is answered as too large.
import type { IngestBytesOptions, Staged } from './stage.ts';
import { createStagePool, type StagePool } from './stage-pool.ts';

export interface ReportStager {
  /** Resolves with the staged report, or with `timedOut` when its budget ran out. Never rejects. */
  stage(bytes: Uint8Array, opts: IngestBytesOptions): Promise<Staged | { timedOut: true; budgetMs: number }>;
  /** Stops the worker, with whatever it is reading: a report being read then never settles. */
  close(): Promise<void>;
}

/** A report's budget: linear extraction reads a 1 MiB report in seconds, so a minute is a bug or a hostile text. */
export const REPORT_BUDGET_MS = 60_000;

export function createReportStager(opts: { budgetMs?: number; script?: URL } = {}): ReportStager {
  const budgetMs = opts.budgetMs ?? REPORT_BUDGET_MS;
  let pool: StagePool | null = null;
  let closed = false;
  // One at a time: a budget counts from when the report's reading starts, and stopping the worker stops only it.
  let tail: Promise<unknown> = Promise.resolve();

  const start = async (): Promise<StagePool> => {
    // Staged here only when no worker can start at all (a missing bundle), as bulk ingest does.
    const { stageReport } = await import('./stage.ts');
    return createStagePool({ size: 1, inline: stageReport, script: opts.script });
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
      timer = setTimeout(() => resolve({ timedOut: true, budgetMs }), budgetMs);
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

  return {
    stage(bytes, options) {
      if (closed) return new Promise(() => {});
      const next = tail.then(() => run(bytes, options));
      tail = next.catch(() => undefined);
      return next;
    },
    async close() {
      closed = true;
      const current = pool;
      pool = null;
      await current?.close();
    },
  };
}
