// Killing `sitrep ingest` with SIGKILL in the middle of a bulk run (batches committed, the extraction worker busy)
// and running it again loses nothing and stores nothing twice: the killed run's batches are whole, the re-run
// finds them duplicates and stores the rest, and the store ends as one uninterrupted run leaves it.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ingestPaths } from '../../src/pipeline/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { storedReports } from '../helpers/stored-reports.ts';

const bin = fileURLToPath(new URL('../../bin/sitrep.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-kill-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const FILES = 800;
const REGIONS = ['Kursk', 'Bryansk', 'Belgorod', 'Voronezh', 'Kaluga', 'Oryol', 'Lipetsk', 'Tula'];

async function summary(store: Store) {
  const facts = await store.getFactRowsByNight(await store.allNightKeys());
  const incidents = await store.listIncidents();
  return {
    reports: await store.countReports(),
    facts: facts.length,
    incidents: incidents.length,
    dirty: await store.dirtyNights(),
  };
}

test('SIGKILL mid-ingest, then a re-run: every report stored exactly once, the store as one run leaves it', async () => {
  const inputs = join(dir, 'reports');
  mkdirSync(inputs);
  for (let i = 0; i < FILES; i++) {
    const day = String(1 + (i % 20)).padStart(2, '0');
    writeFileSync(
      join(inputs, `r${String(i).padStart(4, '0')}.txt`),
      `---\npublished: 2025-05-${day}T08:00:00+03:00\n---\nAir defences destroyed ${2 + (i % 37)} drones over ${REGIONS[i % REGIONS.length]} Oblast overnight, the governor said in bulletin ${i}.`,
    );
  }
  const db = join(dir, 'ingest.db');
  const args = [bin, 'ingest', '--quiet', '--workers', '1', '--db', db, inputs];
  const child = spawn(process.execPath, args, { stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ? -1 : code)),
  );
  const deadline = Date.now() + 60_000;
  while (storedReports(db) < 200 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  child.kill('SIGKILL');
  assert.equal(await exited, -1, 'the first run was killed, not finished');
  const before = storedReports(db);
  assert.ok(before >= 200 && before < FILES, `killed mid-ingest (${before} of ${FILES} stored)`);
  assert.equal(before % 100, 0, 'only whole batches were committed');

  const second = spawn(process.execPath, args, { stdio: 'ignore' });
  assert.equal(await new Promise<number | null>((resolve) => second.on('exit', resolve)), 0);

  const store = await openStore({ url: db });
  const rerun = await store.listOutcomes({ limit: FILES });
  assert.equal(rerun.filter((o) => o.status === 'duplicate').length, before, 'what the killed run stored');
  assert.equal(rerun.filter((o) => o.status === 'ingested').length, FILES - before, 'and the rest');
  const got = await summary(store);
  await store.close();

  const clean = await openStore({ url: ':memory:' });
  await ingestPaths(clean, [inputs], { workers: 0, now: () => new Date('2025-06-01T00:00:00Z') });
  const want = await summary(clean);
  await clean.close();
  assert.deepEqual(got, want);
  assert.equal(got.reports, FILES);
  assert.deepEqual(got.dirty, []);
});
