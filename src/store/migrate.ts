// Migrations come from a static list (no directory scanning): the bundle and the tests see exactly
// the same steps. Names sort in the order they must run.
import { type Migration, Migrator } from 'kysely';
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
