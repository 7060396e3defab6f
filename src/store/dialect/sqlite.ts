// The embedded database: one better-sqlite3 file behind Kysely. Everything SQLite-only lives here.
import { existsSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, type SqliteDatabase, SqliteDialect, sql } from 'kysely';
import type { Database } from '../schema.ts';
import type { StoreDialect } from './dialect.ts';

/** Prepared statements kept per connection. An ingest reuses a handful of query shapes over and over;
 *  re-preparing a 32-row band insert on every report would cost more than running it. */
const STATEMENT_CACHE_SIZE = 256;

/** Two processes opening one new file at once both switch it to WAL; SQLite may answer the loser "database is
 *  locked" at once, without waiting out busy_timeout (it will not wait for a lock it could deadlock on). Such a
 *  switch is retried for up to five seconds; a file already in WAL needs no switch. */
function toWal(raw: BetterSqlite3.Database): void {
  const deadline = Date.now() + 5000;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      if (raw.pragma('journal_mode', { simple: true }) !== 'wal') raw.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      const busy = (error as { code?: string }).code === 'SQLITE_BUSY';
      if (!busy || Date.now() > deadline) throw error;
      Atomics.wait(pause, 0, 0, 25);
    }
  }
}

/** `readOnly`: a command that only reads (incidents, explain, status, sources, backup) opens the file read-only and
 *  leaves its journal mode as it is: switching a store to WAL is a write, which failed on a store this user cannot
 *  write (ux33 #9). A store already in WAL reads as well, where SQLite can keep its -shm file beside it. */
export function createSqliteDialect(path: string, opts: { readOnly?: boolean } = {}): StoreDialect {
  // A file that does not exist yet is made as before (a new store is set up by any command that is given one).
  const readOnly = opts.readOnly === true && path !== ':memory:' && existsSync(path);
  const raw = new BetterSqlite3(path, readOnly ? { readonly: true, fileMustExist: true } : {});
  // busy_timeout first: switching to WAL needs a lock that another process may briefly hold.
  raw.pragma('busy_timeout = 5000');
  // WAL lets `sitrep serve` read while `sitrep ingest` writes to the same file; ':memory:' stays 'memory'.
  if (!readOnly) toWal(raw);
  // Under WAL, NORMAL skips the fsync of each commit (bulk ingest commits every 100 reports). What it risks, precisely:
  // a commit is in the write-ahead log, in the operating system's cache, when it returns, so a crash or kill of this
  // process loses no committed report; a power loss or OS crash may roll back the last commits, whole, never leaving
  // half a transaction or a corrupt file (the log's checksums stop recovery at the last complete commit).
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  // Report ids, text hashes, fact ids and LSH band keys are hashes, so every batch writes all over their indexes;
  // with SQLite's default cache (2 MiB) most of those pages were read again from the operating system on every batch
  // once a store held a couple of thousand reports (about 1.2 KB of index a report, most of it the band index).
  // 64 MiB holds them for about 50,000 reports; it is a ceiling, used only as pages are read.
  raw.pragma('cache_size = -65536');
  // For the same reason a bulk batch's commit writes over a thousand pages (4 MiB) to the log, past SQLite's default
  // checkpoint threshold of 1,000 pages, so every commit was also a checkpoint, with its two fsyncs (about half of
  // the commits' time). 10,000 pages (40 MiB) checkpoint once every several batches; the log is emptied at close.
  raw.pragma('wal_autocheckpoint = 10000');

  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) });
  return {
    name: 'sqlite',
    db,
    caps: { maxParams: 32766, autoId: 'autoincrement' },
    // Kysely does not wrap SQLite migrations in a transaction; SQLite DDL is transactional, so one
    // IMMEDIATE transaction makes a second process wait (busy_timeout) and then find the work done.
    async serializeMigrations(run) {
      await sql`begin immediate`.execute(db);
      try {
        const result = await run();
        await sql`commit`.execute(db);
        return result;
      } catch (error) {
        await sql`rollback`.execute(db);
        throw error;
      }
    },
    // SQLite's online backup API: page by page, restarting if another connection writes meanwhile, so the copy is
    // one consistent state of the store, every commit still in the -wal file included (a plain `cp` of the main
    // file while the log holds commits copies an older store).
    async backup(dest) {
      const { totalPages } = await raw.backup(dest);
      return totalPages;
    },
  };
}

/** Wraps the connection for Kysely's SqliteDialect: caches statements, and turns Kysely's plain `begin`
 *  into `begin immediate`. A deferred transaction that reads before it writes can fail at once with
 *  SQLITE_BUSY when another process wrote in between; an immediate one waits its turn instead. */
function withStatementCache(raw: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => raw.close(),
    prepare(text) {
      const source = text === 'begin' ? 'begin immediate' : text;
      let statement = cache.get(source);
      if (statement) {
        // Move to the back so the least recently used shape is the one dropped.
        cache.delete(source);
      } else {
        statement = raw.prepare(source);
        if (cache.size >= STATEMENT_CACHE_SIZE) {
          const oldest = cache.keys().next().value;
          if (oldest !== undefined) cache.delete(oldest);
        }
      }
      cache.set(source, statement);
      return statement;
    },
  };
}
