// Opening a store: choose the dialect from the url, make sure a file has a folder to live in, migrate.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../core/errors.ts';
import type { StoreDialect } from './dialect/dialect.ts';
import { createPostgresDialect, isPostgresUrl } from './dialect/postgres.ts';
import { createSqliteDialect } from './dialect/sqlite.ts';
import { migrateToLatest } from './migrate.ts';
import { createStore, type Store } from './store.ts';

/** `url`: a file path ('~/.local/share/sitrep/sitrep.db' already expanded), ':memory:', or later a
 *  postgres:// url. The schema is brought up to date before the store is handed out. */
export async function openStore(opts: { url: string }): Promise<Store> {
  const url = opts.url.trim();
  if (url === '') throw new UsageError('no database given: pass a file path or :memory:');
  let dialect: StoreDialect;
  if (isPostgresUrl(url)) {
    dialect = createPostgresDialect(url);
  } else {
    if (url !== ':memory:') mkdirSync(dirname(resolve(url)), { recursive: true });
    dialect = createSqliteDialect(url);
  }
  try {
    await migrateToLatest(dialect);
  } catch (error) {
    await dialect.db.destroy();
    throw error;
  }
  return createStore(dialect);
}
