// Migrations come from a static list (no directory scanning): the bundle and the tests see exactly
// the same steps. Names sort in the order they must run.
import { type Migration, Migrator, sql } from 'kysely';
import { StoreSchemaError } from '../core/errors.ts';
import type { Capabilities, StoreDialect } from './dialect/dialect.ts';
import { initialMigration } from './migrations/0001-initial.ts';
import { sourcesProvenanceMigration } from './migrations/0002-sources-provenance.ts';
import { incidentRevisionsMigration } from './migrations/0003-incident-revisions.ts';
import { reportNightsMigration } from './migrations/0004-report-nights.ts';
import { integerBandsMigration } from './migrations/0005-integer-bands.ts';

function migrations(caps: Capabilities): Record<string, Migration> {
  return {
    '0001-initial': initialMigration(caps),
    '0002-sources-provenance': sourcesProvenanceMigration(caps),
    '0003-incident-revisions': incidentRevisionsMigration(caps),
    '0004-report-nights': reportNightsMigration(),
    '0005-integer-bands': integerBandsMigration(),
  };
}

/** A store's schema is the number of the last migration it ran ('0005-integer-bands' -> 5); what users and messages
 *  name ("schema 5"). */
function schemaNumber(name: string): number {
  return Number.parseInt(name, 10) || 0;
}

/** The schema this Sitrep writes: its last migration's number. */
export const SCHEMA = Math.max(...Object.keys(migrations({ maxParams: 1, autoId: 'autoincrement' })).map(schemaNumber));

/** Where a store stands against this Sitrep's migrations, read without writing (the migrator itself would first
 *  create its tables): `schema` 0 for a new, empty store. `newer`: migrations it ran that this Sitrep does not know,
 *  so it was written by a newer Sitrep. */
export interface SchemaState {
  schema: number;
  pending: number;
  newer: string[];
}

export async function schemaState(dialect: StoreDialect): Promise<SchemaState> {
  let ran: string[];
  try {
    const rows = await sql<{ name: string }>`select name from kysely_migration`.execute(dialect.db);
    ran = rows.rows.map((r) => r.name);
  } catch {
    ran = []; // no migration table yet: a new store
  }
  const known = Object.keys(migrations(dialect.caps));
  const done = new Set(ran);
  return {
    schema: Math.max(0, ...ran.map(schemaNumber)),
    pending: known.filter((k) => !done.has(k)).length,
    newer: ran.filter((name) => !known.includes(name)).sort(),
  };
}

/**
 * Checks a store before it is used, and upgrades it when `upgrade` allows: a store written by a newer Sitrep is
 * refused (its tables may hold what this version would misread or lose), an older store is upgraded only by a
 * command that writes (`upgrade: true`), and the caller is told (`onUpgrade`), because the step is one way: the
 * older Sitrep then refuses the store. A new, empty store is always set up. Returns the state found.
 */
export async function prepareSchema(
  dialect: StoreDialect,
  opts: { where: string; upgrade: boolean; onUpgrade?: (from: number, to: number) => void },
): Promise<SchemaState> {
  const state = await schemaState(dialect);
  if (state.newer.length > 0) {
    throw new StoreSchemaError(
      `${opts.where} was written by a newer Sitrep (schema ${state.schema}; this one reads schema ${SCHEMA} and ` +
        `older): use that Sitrep or a newer one, or restore a backup made before the upgrade`,
    );
  }
  if (state.pending === 0) return state;
  if (state.schema > 0 && !opts.upgrade) {
    throw new StoreSchemaError(
      `${opts.where} has schema ${state.schema}, made by an older Sitrep; this one needs schema ${SCHEMA}. This ` +
        `command only reads, so it leaves the store as it is: upgrade it with a command that writes (\`sitrep ` +
        `resolve --db ${opts.where}\` will do), which is one way: an older Sitrep cannot open it afterwards ` +
        `(\`sitrep backup\` keeps a copy first)`,
    );
  }
  await migrateToLatest(dialect);
  if (state.schema > 0) opts.onUpgrade?.(state.schema, SCHEMA);
  return state;
}

/** Brings the database up to the latest schema; throws (and changes nothing on SQLite) if a step fails. */
export async function migrateToLatest(dialect: StoreDialect): Promise<void> {
  const migrator = new Migrator({
    db: dialect.db,
    provider: { getMigrations: async () => migrations(dialect.caps) },
    // 0002 (issue 10) and 0003 (issue 9) were written in parallel and touch different tables: a database that
    // already ran 0003 must still be able to run 0002 after it.
    allowUnorderedMigrations: true,
  });
  await dialect.serializeMigrations(async () => {
    const { error, results } = await migrator.migrateToLatest();
    if (error !== undefined) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName;
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`database migration ${failed ?? '(setup)'} failed: ${reason}`, { cause: error });
    }
  });
}
