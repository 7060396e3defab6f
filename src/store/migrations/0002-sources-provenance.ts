// Issue 10: provenance on every report, earlier texts of edited posts, and what `sitrep watch` remembers between
// runs (each source's state, each item seen). Schema builder only, like 0001, so PostgreSQL runs it too.
import type { Kysely, Migration } from 'kysely';
import type { Capabilities } from '../dialect/dialect.ts';

const REPORT_COLUMNS = ['source_id', 'fetched_at', 'raw_hash', 'item_key', 'byline', 'edited_at'] as const;

export function sourcesProvenanceMigration(caps: Capabilities): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      // One column per statement: SQLite's ALTER TABLE adds one at a time.
      for (const column of REPORT_COLUMNS) {
        await db.schema.alterTable('reports').addColumn(column, 'text').execute();
      }
      await db.schema.createIndex('reports_source_item').on('reports').columns(['source_id', 'item_key']).execute();

      // The text a report had before its post was edited; the report itself always holds the latest.
      await db.schema
        .createTable('report_revisions')
        .addColumn('id', 'integer', (c) =>
          caps.autoId === 'identity' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement(),
        )
        .addColumn('report_id', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('title', 'text')
        .addColumn('edited_at', 'text')
        .addColumn('replaced_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('report_revisions_report')
        .on('report_revisions')
        .columns(['report_id', 'id'])
        .execute();

      // One row per sources.yaml id: what `sitrep sources` shows and what a restarted `watch` resumes from.
      await db.schema
        .createTable('source_state')
        .addColumn('source_id', 'text', (c) => c.primaryKey())
        .addColumn('last_success_at', 'text')
        .addColumn('last_error_at', 'text')
        .addColumn('last_error', 'text')
        .addColumn('items_seen', 'integer', (c) => c.notNull())
        .addColumn('consecutive_failures', 'integer', (c) => c.notNull())
        .addColumn('etag', 'text')
        .addColumn('last_modified', 'text')
        .addColumn('cursor', 'text')
        .addColumn('next_poll_ms', 'bigint')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      // Every item a source has given, by its key: a restarted watch skips what it has stored, and an edited post
      // (same key, new text) updates its report instead of adding one.
      await db.schema
        .createTable('source_items')
        .addColumn('source_id', 'text', (c) => c.notNull())
        .addColumn('item_key', 'text', (c) => c.notNull())
        .addColumn('report_id', 'text')
        .addColumn('text_hash', 'text')
        .addColumn('edited_at', 'text')
        .addColumn('seen_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('source_items_pk', ['source_id', 'item_key'])
        .execute();
    },

    async down(db: Kysely<unknown>): Promise<void> {
      for (const table of ['source_items', 'source_state', 'report_revisions'])
        await db.schema.dropTable(table).execute();
      await db.schema.dropIndex('reports_source_item').execute();
      for (const column of REPORT_COLUMNS) await db.schema.alterTable('reports').dropColumn(column).execute();
    },
  };
}
