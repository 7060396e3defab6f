// What the shared store code needs from a database. Differences between databases are declared here as
// capability flags (Kysely's habit), so store.ts and the migrations never ask "is this SQLite?".
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export interface Capabilities {
  /** Most bound parameters one statement may carry (SQLite 32766, PostgreSQL 65535): caps multi-row inserts. */
  maxParams: number;
  /** How an auto-numbered key is declared: SQLite `integer primary key autoincrement`, PostgreSQL identity. */
  autoId: 'autoincrement' | 'identity';
}

export interface StoreDialect {
  readonly name: 'sqlite' | 'postgres';
  readonly db: Kysely<Database>;
  readonly caps: Capabilities;
  /** Runs the migrator so that two processes opening one new database at the same moment do not both build
   *  it: `sitrep ingest` and `sitrep serve` started together on a fresh file must not race. */
  serializeMigrations<T>(run: () => Promise<T>): Promise<T>;
  /** Present where the database can copy itself to a new file while others read and write it (SQLite's online
   *  backup: a consistent snapshot, the write-ahead log's commits included). Returns the pages copied. */
  backup?(dest: string): Promise<number>;
}
