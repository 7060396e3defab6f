import { createServer } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../api/app.ts';
import { answerClientError } from '../api/client-error.ts';
import { defaultWebDir } from '../api/web.ts';
import { UsageError } from '../core/errors.ts';
import { createReportStager } from '../pipeline/report-stager.ts';
import { openStore } from '../store/index.ts';

/** Runs until the process is stopped; ends open change streams and closes the database on SIGINT/SIGTERM. */
export async function startServer(opts: {
  db: string;
  port: number;
  host?: string;
  maxBodyBytes?: number;
  publicUrl?: string;
  /** How long one POSTed report may take to read (report-stager.ts); tests shorten it. */
  reportBudgetMs?: number;
}): Promise<void> {
  // serve writes (POST /api/reports), so it upgrades an older store, and says so: the step is one way.
  const store = await openStore({
    url: opts.db,
    onUpgrade: (from, to) =>
      console.error(
        `sitrep: upgraded ${opts.db} from schema ${from} to schema ${to} (one way: an older Sitrep cannot open it now)`,
      ),
  });
  // Aborted first at shutdown: change streams (/api/changes as server-sent events) end, so the server can close.
  const shutdown = new AbortController();
  const hostname = opts.host ?? '127.0.0.1';
  const shown = ['0.0.0.0', '127.0.0.1', '::'].includes(hostname) ? 'localhost' : hostname;
  // The feed's links name this server, never the Host header a client sent.
  const publicUrl = opts.publicUrl ?? `http://${shown}:${opts.port}/`;
  // A POSTed report is read on a worker thread: the server answers other requests meanwhile, and a stop is not held
  // until the reading ends.
  const stager = createReportStager({ budgetMs: opts.reportBudgetMs });
  const app = createApp({
    store,
    now: () => new Date(),
    maxBodyBytes: opts.maxBodyBytes,
    signal: shutdown.signal,
    stager,
    publicUrl,
  });
  const server = serve({ fetch: app.fetch, port: opts.port, hostname }, (info) => {
    console.log(`Sitrep is serving ${opts.db} on http://${shown}:${info.port}/`);
    // Said at start, not only as a 503 on the page: a checkout that links node_modules has no dist/web.
    if (defaultWebDir() === null) {
      console.error(
        'sitrep: the page is not built (no dist/web): the API serves, and `/` answers 503 until `npm run build` ' +
          'builds it; the page is served from then on, without a restart',
      );
    }
  });
  // A request Node's parser refuses (a query typed unencoded) gets the API's JSON error, not an empty 400.
  server.on('clientError', answerClientError);
  await new Promise<void>((resolve, reject) => {
    // A port in use or refused is the caller's to fix: a one-line usage error, not a stack.
    server.once('error', (error: NodeJS.ErrnoException) => {
      shutdown.abort();
      void store.close().finally(() => reject(listenError(error, hostname, opts.port)));
    });
    const stop = () => {
      shutdown.abort();
      // A report being read is dropped (nothing of it was stored), and its request's connection with the others: a
      // stop waits for no client.
      void stager.close();
      server.close();
      if ('closeAllConnections' in server) server.closeAllConnections();
      void store.close().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/**
 * Throws the same usage error `startServer` would when the address cannot be listened on, without serving: `demo`
 * asks first, so a busy port is said before the samples are ingested, not after. Port 0 (any free port) always can.
 */
export async function assertCanListen(port: number, host = '127.0.0.1'): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, host, port)));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  const where = `${host}:${port}`;
  if (error.code === 'EADDRINUSE') {
    return new UsageError(`${where} is already in use: choose another port with --port, or PORT=8081 npm start`);
  }
  if (error.code === 'EACCES')
    return new UsageError(`${where} needs privileges to listen on: choose a port above 1023`);
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
    return new UsageError(`--host ${host} is not an address of this machine`);
  }
  return error;
}
