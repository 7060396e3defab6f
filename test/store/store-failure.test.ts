// ux33 #9: a store that cannot be used (read-only for this user, a full disk) stops a command with one line naming
// the store and the cause, exit code 4, no stack; a command that only reads opens the store read-only and never
// switches it to WAL; watch does not die on recording its failure in a store that cannot take it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { ingestBytes } from '../../src/pipeline/ingest.ts';
import { watchSources } from '../../src/pipeline/watch.ts';
import { asStoreFailure, openStore } from '../../src/store/index.ts';
import { fileFeedRow } from '../helpers/source-row.ts';

const bin = fileURLToPath(new URL('../../bin/sitrep.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-failure-'));
chmodSync(dir, 0o777);
after(() => rmSync(dir, { recursive: true, force: true }));
const now = () => new Date('2026-11-10T09:00:00Z');

async function seeded(name: string): Promise<string> {
  const path = join(dir, name);
  const store = await openStore({ url: path });
  await ingestBytes(store, new TextEncoder().encode('Air defences destroyed 4 drones over Lipetsk Oblast overnight.'), {
    input: 'a.txt',
    published: '2026-11-10T08:00:00+03:00',
    now: now(),
  });
  await store.close();
  return path;
}

test('a command that only reads leaves the journal mode as it is: no switch to WAL, which is a write', async () => {
  const path = await seeded('journal.db');
  const raw = new BetterSqlite3(path);
  raw.pragma('journal_mode = DELETE');
  raw.close();
  const store = await openStore({ url: path, readOnly: true });
  assert.equal(await store.countReports(), 1);
  await store.close();
  const check = new BetterSqlite3(path, { readonly: true });
  assert.equal(check.pragma('journal_mode', { simple: true }), 'delete');
  check.close();
  // A command that writes still makes it WAL, as before.
  (await openStore({ url: path })).close();
  const again = new BetterSqlite3(path, { readonly: true });
  assert.equal(again.pragma('journal_mode', { simple: true }), 'wal');
  again.close();
});

/** Runs the real binary as a user who cannot write the store: `nobody` when the tests run as root (root writes any
 *  file whatever its mode), else this user with the file made read-only. */
function runReadOnly(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const asRoot = process.getuid?.() === 0;
  if (asRoot && !existsSync('/usr/bin/setpriv')) throw new Error('root without setpriv: cannot drop to another user');
  const [cmd, argv] = asRoot
    ? ['/usr/bin/setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bin, ...args]]
    : [process.execPath, [bin, ...args]];
  return spawnSync(cmd, argv, { encoding: 'utf8', cwd: dir });
}

test('a store the user cannot write: reads work, writes stop with one line and exit code 4, no stack', async () => {
  const path = await seeded('readonly.db');
  chmodSync(path, 0o444);
  for (const f of [`${path}-wal`, `${path}-shm`]) if (existsSync(f)) rmSync(f);
  const read = runReadOnly(['incidents', '--db', path]);
  assert.equal(read.status, 0, read.stderr);
  assert.match(read.stdout, /\d+ incident\(s\)/);
  assert.equal(runReadOnly(['status', '--db', path]).status, 0);

  const ingest = runReadOnly(['ingest', '--db', path, '-']);
  assert.equal(ingest.status, 4, ingest.stderr);
  assert.equal(ingest.stderr.trim(), `sitrep: cannot write ${path}: read-only (the file is not writable by this user)`);

  writeFileSync(join(dir, 'post.md'), 'Air defences destroyed 2 drones over Oryol Oblast overnight.\n');
  writeFileSync(join(dir, 'sources.yaml'), 'sources:\n  - id: local\n    kind: text\n    path: post.md\n');
  const watch = runReadOnly(['watch', '--once', '--db', path, join(dir, 'sources.yaml')]);
  assert.equal(watch.status, 4, watch.stderr);
  assert.match(watch.stderr, /^sitrep: cannot write .*readonly\.db: read-only/);
  assert.doesNotMatch(watch.stderr, /\n\s+at /);
});

test('a full disk met by watch stops it with the store and the cause, not a stack from recording the failure', async () => {
  // A real SQLITE_FULL: a database capped at its current size, then grown.
  const capped = new BetterSqlite3(':memory:');
  capped.exec('create table t (x blob)');
  capped.pragma('max_page_count = 2');
  let full: unknown;
  try {
    capped.prepare('insert into t values (zeroblob(100000))').run();
  } catch (error) {
    full = error;
  }
  capped.close();
  assert.ok(full, 'the capped database took the row');

  const store = await openStore({ url: ':memory:' });
  const failing = Object.assign(Object.create(store) as typeof store, {
    logOutcome: async () => {
      throw full;
    },
  });
  const row = fileFeedRow('gone', join(dir, 'does-not-exist.md'), { kind: 'text' });
  await assert.rejects(watchSources(failing, [row], { now, random: () => 0.5, allow: new Set(), once: true }), (e) => {
    assert.equal(asStoreFailure(e, 'night.db', true)?.message, 'cannot write night.db: the disk is full');
    return true;
  });
  await store.close();
  assert.equal(asStoreFailure(new Error('a bug'), 'night.db', true), null);
});
