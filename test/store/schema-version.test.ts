// Upgrades are said, never done behind a reader's back, and a newer store is named as such (ux31 #17): a command
// that only reads leaves an older store as it is and says what to run; a command that writes upgrades it and says so
// (one way); a store written by a newer Sitrep is refused with its schema, without a stack trace.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Migrator, sql } from 'kysely';
import { StoreSchemaError } from '../../src/core/errors.ts';
import { createSqliteDialect } from '../../src/store/dialect/sqlite.ts';
import { openStore } from '../../src/store/index.ts';
import { SCHEMA } from '../../src/store/migrate.ts';
import { initialMigration } from '../../src/store/migrations/0001-initial.ts';
import { sourcesProvenanceMigration } from '../../src/store/migrations/0002-sources-provenance.ts';
import { incidentRevisionsMigration } from '../../src/store/migrations/0003-incident-revisions.ts';
import { reportNightsMigration } from '../../src/store/migrations/0004-report-nights.ts';

const bin = fileURLToPath(new URL('../../bin/sitrep.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sitrep-schema-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A store as the Sitrep before migration 0005 left it. */
async function olderStore(name: string): Promise<string> {
  const path = join(dir, name);
  const dialect = createSqliteDialect(path);
  const migrator = new Migrator({
    db: dialect.db,
    provider: {
      getMigrations: async () => ({
        '0001-initial': initialMigration(dialect.caps),
        '0002-sources-provenance': sourcesProvenanceMigration(dialect.caps),
        '0003-incident-revisions': incidentRevisionsMigration(dialect.caps),
        '0004-report-nights': reportNightsMigration(),
      }),
    },
  });
  assert.equal((await migrator.migrateToLatest()).error, undefined);
  await dialect.db.destroy();
  return path;
}

async function ranMigrations(path: string): Promise<string[]> {
  const dialect = createSqliteDialect(path);
  try {
    const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(dialect.db);
    return rows.rows.map((r) => r.name);
  } finally {
    await dialect.db.destroy();
  }
}

test('a command that only reads leaves an older store as it is and says what upgrades it', async () => {
  const path = await olderStore('old-read.db');
  await assert.rejects(openStore({ url: path, readOnly: true }), (error: unknown) => {
    assert.ok(error instanceof StoreSchemaError);
    assert.match(error.message, /has schema 4/);
    assert.match(error.message, new RegExp(`needs schema ${SCHEMA}`));
    assert.match(error.message, /only reads/);
    assert.match(error.message, /sitrep resolve --db /);
    return true;
  });
  assert.equal((await ranMigrations(path)).length, 4, 'nothing was migrated');

  // The real binary: exit 2, one message, no stack, and still schema 4 after it.
  const r = spawnSync(process.execPath, [bin, 'incidents', '--db', path], { encoding: 'utf8' });
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /has schema 4, made by an older Sitrep/);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
  assert.equal((await ranMigrations(path)).length, 4);
});

test('a command that writes upgrades an older store and says so, once', async () => {
  const path = await olderStore('old-write.db');
  const told: [number, number][] = [];
  const store = await openStore({ url: path, onUpgrade: (from, to) => told.push([from, to]) });
  await store.close();
  assert.deepEqual(told, [[4, SCHEMA]]);
  assert.equal((await ranMigrations(path)).length, SCHEMA);
  // Up to date now: no word the second time, and a reader opens it.
  const again = await openStore({ url: path, readOnly: true, onUpgrade: () => told.push([0, 0]) });
  await again.close();
  assert.equal(told.length, 1);

  const r = spawnSync(process.execPath, [bin, 'resolve', '--db', await olderStore('old-cli.db')], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, new RegExp(`upgraded .* from schema 4 to schema ${SCHEMA} \\(one way`));
});

test('a store written by a newer Sitrep is refused with its schema, without a stack trace', async () => {
  const path = join(dir, 'newer.db');
  await (await openStore({ url: path })).close();
  const newer = String(SCHEMA + 1).padStart(4, '0');
  const dialect = createSqliteDialect(path);
  await sql`insert into kysely_migration (name, timestamp) values (${`${newer}-from-the-future`}, '2027-01-01T00:00:00.000Z')`.execute(
    dialect.db,
  );
  await dialect.db.destroy();
  for (const readOnly of [true, false]) {
    await assert.rejects(openStore({ url: path, readOnly }), (error: unknown) => {
      assert.ok(error instanceof StoreSchemaError);
      assert.match(error.message, new RegExp(`written by a newer Sitrep \\(schema ${SCHEMA + 1};`));
      return true;
    });
  }
  const r = spawnSync(process.execPath, [bin, 'status', '--db', path], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^sitrep: .* was written by a newer Sitrep \(schema \d+;/);
  assert.doesNotMatch(r.stderr, /\n\s+at |corrupted migrations/);
});

test('a new store is set up by any command, with nothing to say', async () => {
  const told: number[] = [];
  const store = await openStore({ url: join(dir, 'new.db'), readOnly: true, onUpgrade: (from) => told.push(from) });
  assert.equal(await store.countReports(), 0);
  await store.close();
  assert.deepEqual(told, []);
});
