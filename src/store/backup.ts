// `sitrep backup`: a consistent copy of a store while `serve`, `watch` or `ingest` go on using it. It opens the
// store without migrating it, so an older store can be copied before a newer Sitrep upgrades it.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../core/errors.ts';
import { isPostgresUrl } from './dialect/postgres.ts';
import { createSqliteDialect } from './dialect/sqlite.ts';
import { asStoreFailure } from './failure.ts';
import { schemaState } from './migrate.ts';

export interface BackupResult {
  pages: number;
  /** The copied store's schema (store/migrate.ts). */
  schema: number;
}

/** Copies the store at `url` to the new file `dest`, making its folder if need be (`backups/night.db` in a fresh
 *  checkout works as written, like `--db` does for a new store); refuses to overwrite a file. */
export async function backupStore(url: string, dest: string): Promise<BackupResult> {
  if (isPostgresUrl(url)) throw new UsageError('a PostgreSQL store is backed up with pg_dump, not sitrep backup');
  if (url === ':memory:') throw new UsageError('an in-memory database has nothing to back up');
  if (dest === ':memory:' || dest.trim() === '') throw new UsageError('backup needs a file path to write the copy to');
  if (resolve(dest) === resolve(url)) throw new UsageError('the backup must go to another file than the store');
  if (existsSync(dest)) throw new UsageError(`${dest} exists: name a new file (a backup never overwrites one)`);
  const folder = dirname(resolve(dest));
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot make the folder ${folder} for ${dest}: ${(error as Error).message}`);
  }
  // A backup only reads the store: it opens it read-only, so a store this user cannot write is copied all the same.
  let dialect: ReturnType<typeof createSqliteDialect>;
  try {
    dialect = createSqliteDialect(url, { readOnly: true });
  } catch (error) {
    throw asStoreFailure(error, url, false) ?? error;
  }
  try {
    const { schema } = await schemaState(dialect);
    if (!dialect.backup) throw new UsageError(`this database cannot copy itself; use its own backup tool`);
    const pages = await dialect.backup(dest).catch((error: unknown) => {
      throw asStoreFailure(error, dest, true) ?? error;
    });
    return { pages, schema };
  } catch (error) {
    throw asStoreFailure(error, url, false) ?? error;
  } finally {
    await dialect.db.destroy();
  }
}
