// Opening a store: choose the dialect from the url, make sure a file has a folder to live in, check its schema and
// migrate.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../core/errors.ts';
import type { StoreDialect } from './dialect/dialect.ts';
import { createPostgresDialect, isPostgresUrl } from './dialect/postgres.ts';
import { createSqliteDialect } from './dialect/sqlite.ts';
import { asStoreFailure, assertWritable } from './failure.ts';
import { prepareSchema } from './migrate.ts';
import { createStore, type Store } from './store.ts';

/** `url`: a file path ('~/.local/share/sitrep/sitrep.db' already expanded), ':memory:', or later a
 *  postgres:// url. The schema is brought up to date before the store is handed out, unless `readOnly` (a command
 *  that only reads: an older store is then refused with what to run, never upgraded behind the user's back).
 *  `onUpgrade` hears of an older store's upgrade, which is one way, so that the command can say so. A store written
 *  by a newer Sitrep is always refused (StoreSchemaError). */
export async function openStore(opts: {
  url: string;
  readOnly?: boolean;
  onUpgrade?: (from: number, to: number) => void;
}): Promise<Store> {
  const url = opts.url.trim();
  if (url === '') throw new UsageError('no database given: pass a file path or :memory:');
  const write = opts.readOnly !== true;
  let dialect: StoreDialect;
  if (isPostgresUrl(url)) {
    dialect = createPostgresDialect(url);
  } else {
    if (url !== ':memory:' && write) {
      mkdirSync(dirname(resolve(url)), { recursive: true });
      assertWritable(url);
    }
    try {
      dialect = createSqliteDialect(url, { readOnly: !write });
    } catch (error) {
      throw asStoreFailure(error, url, write) ?? error;
    }
  }
  try {
    await prepareSchema(dialect, { where: url, upgrade: write, onUpgrade: opts.onUpgrade });
  } catch (error) {
    await dialect.db.destroy();
    throw asStoreFailure(error, url, write) ?? error;
  }
  return createStore(dialect);
}
