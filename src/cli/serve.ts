import { serve } from '@hono/node-server';
import { createApp } from '../api/app.ts';
import { openStore } from '../store/index.ts';

/** Runs until the process is stopped; ends open change streams and closes the database on SIGINT/SIGTERM. */
export async function startServer(opts: {
  db: string;
  port: number;
  host?: string;
  maxBodyBytes?: number;
  publicUrl?: string;
}): Promise<void> {
  const store = await openStore({ url: opts.db });
  // Aborted first at shutdown: change streams (/api/changes as server-sent events) end, so the server can close.
  const shutdown = new AbortController();
  const hostname = opts.host ?? '127.0.0.1';
  const shown = ['0.0.0.0', '127.0.0.1', '::'].includes(hostname) ? 'localhost' : hostname;
  // The feed's links name this server, never the Host header a client sent.
  const publicUrl = opts.publicUrl ?? `http://${shown}:${opts.port}/`;
  const app = createApp({
    store,
    now: () => new Date(),
    maxBodyBytes: opts.maxBodyBytes,
    signal: shutdown.signal,
    publicUrl,
  });
  const server = serve({ fetch: app.fetch, port: opts.port, hostname }, (info) => {
    console.log(`Sitrep is serving ${opts.db} on http://${shown}:${info.port}/`);
  });
  await new Promise<void>((resolve) => {
    const stop = () => {
      shutdown.abort();
      server.close();
      void store.close().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
