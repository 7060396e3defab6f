// PostgreSQL will plug in here: Kysely's PostgresDialect over a `pg` Pool, caps { maxParams: 65535,
// autoId: 'identity' }, and serializeMigrations as a pass-through (Kysely already takes an advisory lock
// and runs PostgreSQL migrations in a transaction). The shared store code and migrations are written
// for both; what is missing is a server to test against.
import { UsageError } from '../../core/errors.ts';
import type { StoreDialect } from './dialect.ts';

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

export function createPostgresDialect(_url: string): StoreDialect {
  throw new UsageError('PostgreSQL support arrives in a later release; use a SQLite file path');
}
