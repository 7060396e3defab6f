// Origins for every report (issue 9 follow-up): a report from which no fact was read (a rewrite of a politician's
// statement, a repost of an off-topic post) still has rewrites to be grouped with, but it has no fact and so no
// night. `reports.night_key` is the block its publication falls in; a report with no fact is resolved there. Null on
// reports stored before 0004 until `sitrep resolve --all` fills it in (the store cannot compute a night itself).
import type { Kysely, Migration } from 'kysely';

export function reportNightsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('reports').addColumn('night_key', 'text').execute();
      await db.schema.createIndex('reports_night').on('reports').column('night_key').execute();
    },
  };
}
