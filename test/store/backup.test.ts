// `sitrep backup` (ux31 #16): a copy made while another connection has commits in the -wal file holds them all,
// where a plain copy of the main file does not; it never overwrites, and copies an older store without upgrading it.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, mock, test } from 'node:test';
import { Migrator, sql } from 'kysely';
import { runCommand } from '../../src/cli/commands.ts';
import { UsageError } from '../../src/core/errors.ts';
import { ingestBytes } from '../../src/pipeline/ingest.ts';
import { createSqliteDialect } from '../../src/store/dialect/sqlite.ts';
import { backupStore, openStore } from '../../src/store/index.ts';
import { initialMigration } from '../../src/store/migrations/0001-initial.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-backup-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const texts = [
  'Air defences destroyed 4 drones over Lipetsk Oblast overnight, the regional governor said.',
  'Overnight 6 drones were shot down over Tula Oblast, the governor said on Telegram.',
  'Two drones were destroyed over Oryol Oblast early on Friday, the governor said.',
];

test("a backup taken while the store is open holds every commit, the -wal file's too", async () => {
  const path = join(dir, 'live.db');
  const store = await openStore({ url: path });
  try {
    for (const [i, text] of texts.entries()) {
      await ingestBytes(store, new TextEncoder().encode(text), {
        input: `t${i}.txt`,
        published: `2026-04-0${i + 1}T08:00:00+03:00`,
        now: new Date('2026-04-05T00:00:00Z'),
      });
    }
    // The writer is still open: its commits sit in live.db-wal. A plain copy of the main file misses them.
    assert.ok(existsSync(`${path}-wal`));
    copyFileSync(path, join(dir, 'plain.db'));
    const plain = await openStore({ url: join(dir, 'plain.db') });
    const inPlain = await plain.countReports();
    await plain.close();
    assert.ok(inPlain < texts.length, `the plain copy has ${inPlain}`);

    const r = await backupStore(path, join(dir, 'copy.db'));
    assert.ok(r.pages > 0);
    const copy = await openStore({ url: join(dir, 'copy.db'), readOnly: true });
    assert.equal(await copy.countReports(), texts.length);
    assert.equal((await copy.listIncidents()).length, (await store.listIncidents()).length);
    await copy.close();
  } finally {
    await store.close();
  }
});

test('sitrep backup: one line on success; never overwrites; needs a destination', async () => {
  const path = join(dir, 'cli.db');
  const store = await openStore({ url: path });
  await store.close();
  const lines: string[] = [];
  const log = mock.method(console, 'log', (...xs: unknown[]) => lines.push(xs.join(' ')));
  try {
    assert.equal(await runCommand(['backup', '--db', path, join(dir, 'cli-copy.db')]), 0);
  } finally {
    log.mock.restore();
  }
  assert.match(lines.join('\n'), /^backed up .*cli\.db to .*cli-copy\.db \(\d+ pages, schema \d+\)$/);
  writeFileSync(join(dir, 'taken.db'), 'keep me');
  await assert.rejects(runCommand(['backup', '--db', path, join(dir, 'taken.db')]), /exists: name a new file/);
  await assert.rejects(runCommand(['backup', '--db', path]), UsageError);
  await assert.rejects(runCommand(['backup', '--db', join(dir, 'none.db'), join(dir, 'x.db')]), /no database at/);
});

test('an older store is copied as it is, not upgraded', async () => {
  const path = join(dir, 'old.db');
  const dialect = createSqliteDialect(path);
  const migrator = new Migrator({
    db: dialect.db,
    provider: { getMigrations: async () => ({ '0001-initial': initialMigration(dialect.caps) }) },
  });
  assert.equal((await migrator.migrateToLatest()).error, undefined);
  await dialect.db.destroy();
  const r = await backupStore(path, join(dir, 'old-copy.db'));
  assert.equal(r.schema, 1);
  for (const file of [path, join(dir, 'old-copy.db')]) {
    const d = createSqliteDialect(file);
    const rows = await sql<{ name: string }>`select name from kysely_migration`.execute(d.db);
    await d.db.destroy();
    assert.deepEqual(
      rows.rows.map((x) => x.name),
      ['0001-initial'],
    );
  }
});

test('sitrep backup makes a missing destination folder, as the --help and README examples need (ux33 #14)', async () => {
  const path = join(dir, 'folder.db');
  const store = await openStore({ url: path });
  await store.close();
  const dest = join(dir, 'backups', 'nested', 'folder-2026-06-10.db');
  const log = mock.method(console, 'log', () => {});
  try {
    assert.equal(await runCommand(['backup', '--db', path, dest]), 0);
  } finally {
    log.mock.restore();
  }
  const copy = await openStore({ url: dest, readOnly: true });
  assert.equal(await copy.countReports(), 0);
  await copy.close();
  // A file where the folder should be is still one clear usage error, not a stack.
  writeFileSync(join(dir, 'plainfile'), 'x');
  await assert.rejects(backupStore(path, join(dir, 'plainfile', 'x.db')), /cannot make the folder/);
});
