// Issue 10, bulk ingest: the band index keys become integers. A report's 32 band keys are hashes, so a batch of 100
// reports writes 3,200 entries all over the index, and each commit rewrote most of its pages; as text
// ('b07:1a2b3c4d') an entry took twice the room of the integer (rows.ts `bandNumber`), so twice the pages. The rows
// are copied in the order they were written, so that a band shared by many reports still lists them in that order
// (the near-duplicate query stops at its limit). The keys in `signatures.bands_json`, which resolution reads, stay text.
import { type Kysely, type Migration, sql } from 'kysely';
import { bandNumber } from '../rows.ts';

type Old = { lsh_bands_text: { band: string; report_id: string }; lsh_bands: { band: number; report_id: string } };

/** Rows copied per statement pair (read, then write). */
const COPY = 20_000;

export function integerBandsMigration(): Migration {
  return {
    async up(raw: Kysely<unknown>): Promise<void> {
      const db = raw as Kysely<Old>;
      await db.schema.dropIndex('lsh_bands_band').execute();
      await db.schema.alterTable('lsh_bands').renameTo('lsh_bands_text').execute();
      await db.schema
        .createTable('lsh_bands')
        .addColumn('band', 'bigint', (c) => c.notNull())
        .addColumn('report_id', 'text', (c) => c.notNull())
        .execute();
      // Only a SQLite file can hold rows here (PostgreSQL support starts at this schema), and only SQLite has the
      // rowid that says in which order they were written.
      const any = await db.selectFrom('lsh_bands_text').select('report_id').limit(1).execute();
      if (any.length > 0) {
        for (let after = -1; ; ) {
          const rows = await db
            .selectFrom('lsh_bands_text')
            .select(['band', 'report_id', sql<number>`rowid`.as('n')])
            .where(sql`rowid`, '>', after)
            .orderBy(sql`rowid`)
            .limit(COPY)
            .execute();
          if (rows.length === 0) break;
          for (let i = 0; i < rows.length; i += 10_000) {
            const part = rows.slice(i, i + 10_000).map((r) => ({ band: bandNumber(r.band), report_id: r.report_id }));
            await db.insertInto('lsh_bands').values(part).execute();
          }
          after = rows[rows.length - 1]!.n;
        }
      }
      await db.schema.dropTable('lsh_bands_text').execute();
      await db.schema.createIndex('lsh_bands_band').on('lsh_bands').column('band').execute();
    },
  };
}
