import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { Migrator } from 'kysely';
import { createSqliteDialect } from '../../src/store/dialect/sqlite.ts';
import { openStore } from '../../src/store/index.ts';
import { initialMigration } from '../../src/store/migrations/0001-initial.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-0003-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a database from before 0003 keeps its nights waiting for resolution', async () => {
  const path = join(dir, 'old.db');
  const dialect = createSqliteDialect(path);
  const migrator = new Migrator({
    db: dialect.db,
    provider: { getMigrations: async () => ({ '0001-initial': initialMigration(dialect.caps) }) },
  });
  assert.equal((await migrator.migrateToLatest()).error, undefined);
  await dialect.db
    .insertInto('dirty_nights' as never)
    .values({ night_key: '2025-05-07' } as never)
    .execute();
  await dialect.db.destroy();

  const store = await openStore({ url: path });
  try {
    assert.deepEqual(await store.dirtyNights(), ['2025-05-07']);
    assert.deepEqual(await store.nightState('2025-05-07'), { version: 1, resolved_version: 0, revision: 0 });
    assert.equal(await store.replaceNightIncidents(['2025-05-07'], [], new Map()), true);
    assert.deepEqual(await store.dirtyNights(), []);
  } finally {
    await store.close();
  }
});
