// The change log over HTTP: a page of JSON, or a server-sent event stream that polls the store, since `sitrep
// ingest` in another process writes to the same file and only the database sees both.
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { IncidentChange } from '../core/types.ts';
import type { Store } from '../store/index.ts';
import type { CHANGE_EVENTS } from './schemas.ts';

export type ChangeEvent = (typeof CHANGE_EVENTS)[number];

const EVENT_OF: Record<IncidentChange['action'], ChangeEvent> = {
  create: 'created',
  update: 'updated',
  merge: 'merged',
  split: 'split',
  delete: 'deleted',
};

export interface ChangeOut {
  revision: number;
  action: ChangeEvent;
  incident_id: string;
  merged?: string[];
  split_from?: string[];
  night: string;
}

export function toChange(row: IncidentChange & { rev: number; night_key: string }): ChangeOut {
  return {
    revision: row.rev,
    action: EVENT_OF[row.action],
    incident_id: row.incident_id,
    ...(row.merged && row.merged.length > 0 ? { merged: row.merged } : {}),
    ...(row.split_from && row.split_from.length > 0 ? { split_from: row.split_from } : {}),
    night: row.night_key,
  };
}

export interface StreamOptions {
  /** How often the store is read for new changes (default 1000 ms). */
  pollMs: number;
  /** How often a comment line is sent while nothing happens, so proxies keep the connection (default 15 s). */
  heartbeatMs: number;
  /** Aborted when the server shuts down: every stream ends, so the process can exit. */
  signal?: AbortSignal;
}

/** Rows read per poll; a client far behind catches up in several reads without a pause between them. */
const BATCH = 500;

/** Resolves after `ms`, or as soon as one of the signals aborts (the client left, or the server is stopping, so the
 *  pending timer does not hold the process). */
function pause(ms: number, signals: readonly (AbortSignal | undefined)[]): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      for (const s of signals) s?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    for (const s of signals) s?.addEventListener('abort', done, { once: true });
  });
}

export function streamChanges(c: Context, store: Store, after: number, opts: StreamOptions): Response {
  return streamSSE(
    c,
    async (stream) => {
      const closed = new AbortController();
      stream.onAbort(() => closed.abort());
      const stop = () => closed.signal.aborted || opts.signal?.aborted === true;
      // A browser reconnecting ahead of the log (it remembers a revision of a store since rebuilt) would wait for
      // ever: it starts again from the beginning, and the comment line says so. (since= ahead is a 400 before this.)
      const newest = await store.lastRevision();
      const start = after > newest ? 0 : after;
      let last = start;
      let quiet = 0;
      const note = start === after ? '' : ` (revision ${after} is ahead of the log, whose last is ${newest})`;
      await stream.write(`: changes after revision ${start}${note}\nretry: 2000\n\n`);
      while (!stop()) {
        const rows = await store.listRevisions({ after: last, limit: BATCH });
        for (const row of rows) {
          const change = toChange(row);
          await stream.writeSSE({ id: String(change.revision), event: change.action, data: JSON.stringify(change) });
          last = change.revision;
        }
        if (rows.length === BATCH) continue;
        quiet = rows.length > 0 ? 0 : quiet + opts.pollMs;
        if (quiet >= opts.heartbeatMs) {
          await stream.write(': heartbeat\n\n');
          quiet = 0;
        }
        await pause(opts.pollMs, [closed.signal, opts.signal]);
      }
    },
    async (error, stream) => {
      // The store closing under a stream at shutdown is expected; anything else is worth a line in the log.
      if (!opts.signal?.aborted) console.error(error);
      await stream.close();
    },
  );
}

/** The revision a reconnecting browser resumes after (its Last-Event-ID header), which wins over since=; undefined
 *  when there is none. */
export function resumeRevision(c: Context): number | undefined {
  const value = c.req.header('last-event-id')?.trim() ?? '';
  // Only a revision number can resume a stream; anything else (or a number too large to be one) is ignored.
  return /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}
