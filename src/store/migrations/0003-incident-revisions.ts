// Issue 9: stable incident ids with a change log, and nights whose dirty mark cannot be lost to a race.
//
// - `nights` replaces `dirty_nights`: each night keeps a version that every write of its facts raises and the version
//   its incidents were last resolved at; it is dirty while version > resolved_version. A resolution that read
//   version 7 may only store its incidents if the night is still at 7, so a report stored in between is never lost
//   (the night stays dirty and is resolved again). `revision` is the last revision written for the night, so two
//   resolutions of one version cannot both log their changes.
// - `incident_revisions`: one increasing sequence for every create, update, merge and split.
// - `incident_redirects`: an id that merged into another (or split) answers with where it went.
// Schema builder only, as in 0001.
import { type Kysely, type Migration, sql } from 'kysely';
import type { Capabilities } from '../dialect/dialect.ts';

export function incidentRevisionsMigration(caps: Capabilities): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('nights')
        .addColumn('night_key', 'text', (c) => c.primaryKey())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('resolved_version', 'integer', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .execute();
      // Nights waiting for resolution stay waiting.
      await db
        .insertInto('nights' as never)
        .columns(['night_key', 'version', 'resolved_version', 'revision'] as never)
        .expression(
          (db as Kysely<{ dirty_nights: { night_key: string } }>)
            .selectFrom('dirty_nights')
            .select([
              'night_key',
              sql<number>`1`.as('version'),
              sql<number>`0`.as('resolved_version'),
              sql<number>`0`.as('revision'),
            ]) as never,
        )
        .execute();
      await db.schema.dropTable('dirty_nights').execute();

      await db.schema
        .createTable('incident_revisions')
        .addColumn('rev', 'integer', (c) =>
          caps.autoId === 'identity' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement(),
        )
        .addColumn('incident_id', 'text', (c) => c.notNull())
        .addColumn('night_key', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('detail_json', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('incident_revisions_incident')
        .on('incident_revisions')
        .columns(['incident_id', 'rev'])
        .execute();

      await db.schema
        .createTable('incident_redirects')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('night_key', 'text', (c) => c.notNull())
        .addColumn('merged_into', 'text')
        .addColumn('split_into_json', 'text')
        .addColumn('rev', 'integer', (c) => c.notNull())
        .execute();
    },

    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('dirty_nights')
        .addColumn('night_key', 'text', (c) => c.primaryKey())
        .execute();
      await db
        .insertInto('dirty_nights' as never)
        .columns(['night_key'] as never)
        .expression(
          (db as Kysely<{ nights: { night_key: string; version: number; resolved_version: number } }>)
            .selectFrom('nights')
            .select('night_key')
            .whereRef('version', '>', 'resolved_version') as never,
        )
        .execute();
      for (const table of ['incident_redirects', 'incident_revisions', 'nights'])
        await db.schema.dropTable(table).execute();
    },
  };
}
