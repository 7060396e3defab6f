import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { Migrator } from 'kysely';
import { lshBands, minhashSignature } from '../../src/resolve/minhash.ts';
import { createSqliteDialect } from '../../src/store/dialect/sqlite.ts';
import { openStore } from '../../src/store/index.ts';
import { initialMigration } from '../../src/store/migrations/0001-initial.ts';
import { sourcesProvenanceMigration } from '../../src/store/migrations/0002-sources-provenance.ts';
import { incidentRevisionsMigration } from '../../src/store/migrations/0003-incident-revisions.ts';
import { reportNightsMigration } from '../../src/store/migrations/0004-report-nights.ts';
import { bandNumber } from '../../src/store/rows.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-0005-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('band keys become integers that sort as the keys do, one for one', () => {
  const keys = [
    ...lshBands(minhashSignature('Air defences destroyed 12 drones over Kursk Oblast overnight.', 'en')),
    ...lshBands(minhashSignature('Над территорией Брянской области уничтожены три беспилотника.', 'ru')),
    'b00:00000000',
    'b31:ffffffff',
  ];
  const numbers = keys.map(bandNumber);
  assert.equal(new Set(numbers).size, new Set(keys).size);
  const byKey = [...keys].sort().map(bandNumber);
  const byNumber = [...numbers].sort((a, b) => a - b);
  assert.deepEqual(byKey, byNumber);
  assert.equal(bandNumber('b07:1a2b3c4d'), 7 * 2 ** 32 + 0x1a2b3c4d);
  // Any other name is a band too, kept apart from every real key.
  assert.ok(bandNumber('band-a') < 0);
  assert.notEqual(bandNumber('band-a'), bandNumber('band-b'));
});

test('a database from before 0005 keeps its band index, in the order it was written', async () => {
  const path = join(dir, 'old.db');
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
  // Written out of id order: a band shared by more reports than the query's limit lists the first written.
  const shared = 'b03:00ab12cd';
  const writers = ['rep_k', 'rep_c', 'rep_x', 'rep_a', 'rep_m'];
  const rows = [
    ...writers.map((report_id) => ({ band: shared, report_id })),
    { band: 'b04:deadbeef', report_id: 'rep_z' },
    { band: 'b04:deadbef0', report_id: 'rep_y' },
  ];
  await dialect.db
    .insertInto('lsh_bands' as never)
    .values(rows as never)
    .execute();
  await dialect.db.destroy();

  const store = await openStore({ url: path });
  try {
    assert.deepEqual(await store.reportsSharingBands([shared]), [...writers].sort());
    assert.deepEqual(await store.reportsSharingBands([shared], 3), ['rep_c', 'rep_k', 'rep_x']);
    assert.deepEqual(await store.reportsSharingBands(['b04:deadbeef']), ['rep_z']);
    assert.deepEqual(await store.reportsSharingBands(['b04:deadbef0', 'b09:00000000']), ['rep_y']);
  } finally {
    await store.close();
  }
});
