// The first schema. Schema builder only, no raw SQL, so PostgreSQL runs the same migration; the one
// difference (how an auto-numbered key is declared) comes in as a capability flag.
import type { Kysely, Migration } from 'kysely';
import type { Capabilities } from '../dialect/dialect.ts';

export function initialMigration(caps: Capabilities): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('reports')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('hash', 'text', (c) => c.notNull().unique())
        .addColumn('title', 'text')
        .addColumn('url', 'text')
        .addColumn('publisher', 'text')
        .addColumn('published_at', 'text', (c) => c.notNull())
        .addColumn('published_ms', 'bigint', (c) => c.notNull())
        .addColumn('published_inferred', 'integer', (c) => c.notNull())
        .addColumn('lang', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('forwarded_from', 'text')
        .addColumn('removed_json', 'text', (c) => c.notNull())
        .addColumn('origin_id', 'text')
        .addColumn('input', 'text')
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('facts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('report_id', 'text', (c) => c.notNull().references('reports.id').onDelete('cascade'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('night_key', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('region_code', 'text')
        .addColumn('json', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('facts_night_key').on('facts').column('night_key').execute();
      await db.schema.createIndex('facts_report_id').on('facts').columns(['report_id', 'seq']).execute();

      // A report's band keys are kept here too, so reading them back needs no index on lsh_bands.report_id.
      await db.schema
        .createTable('signatures')
        .addColumn('report_id', 'text', (c) => c.primaryKey().references('reports.id').onDelete('cascade'))
        .addColumn('sig_json', 'text', (c) => c.notNull())
        .addColumn('bands_json', 'text', (c) => c.notNull())
        .execute();

      // One index only, on band. Band keys are hashes, so each of a report's 32 keys lands on a different
      // index page; every extra index (a primary key, report_id, a foreign key's cascade index) would add
      // another 32 scattered page writes per report to the write-ahead log.
      await db.schema
        .createTable('lsh_bands')
        .addColumn('band', 'text', (c) => c.notNull())
        .addColumn('report_id', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('lsh_bands_band').on('lsh_bands').column('band').execute();

      await db.schema
        .createTable('dirty_nights')
        .addColumn('night_key', 'text', (c) => c.primaryKey())
        .execute();

      await db.schema
        .createTable('incidents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('night_key', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('region_code', 'text')
        .addColumn('when_start_ms', 'bigint')
        .addColumn('when_end_ms', 'bigint')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('json', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('incidents_night_key').on('incidents').column('night_key').execute();
      await db.schema.createIndex('incidents_region_code').on('incidents').column('region_code').execute();
      await db.schema.createIndex('incidents_when_start_ms').on('incidents').column('when_start_ms').execute();

      await db.schema
        .createTable('ingest_log')
        .addColumn('id', 'integer', (c) =>
          caps.autoId === 'identity' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement(),
        )
        .addColumn('input', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('report_id', 'text')
        .addColumn('message', 'text')
        .addColumn('warnings_json', 'text', (c) => c.notNull())
        .addColumn('facts', 'integer', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('at_ms', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('ingest_log_status').on('ingest_log').columns(['status', 'id']).execute();
    },

    async down(db: Kysely<unknown>): Promise<void> {
      for (const table of ['ingest_log', 'incidents', 'dirty_nights', 'lsh_bands', 'signatures', 'facts', 'reports']) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
