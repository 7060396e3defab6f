import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/index.ts';

// Issue 9: two `sitrep ingest` processes writing one night into one database at once. Before the night's version
// check, a report stored while the other process resolved that night could be left out of every incident.
const bin = fileURLToPath(new URL('../../bin/sitrep.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sitrep-concurrent-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => {
      err += String(d);
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(code) : reject(new Error(`exit ${code}: ${err}`))));
  });
}

test('two processes ingesting one night into one store: every report ends in its incidents', async () => {
  const db = join(dir, 'shared.db');
  const batches = ['a', 'b'].map((who) => {
    const folder = join(dir, who);
    mkdirSync(folder);
    return Array.from({ length: 4 }, (_, i) => {
      const file = join(folder, `${who}${i}.txt`);
      writeFileSync(
        file,
        `---\npublished: 2025-05-07T0${i}:${who === 'a' ? '10' : '40'}:00+03:00\n---\nOvernight air defences destroyed ${i + 3} drones over Kursk Oblast, channel ${who}${i} reported.\n`,
      );
      return file;
    });
  });
  // Each process ingests its files one by one, so resolutions and inserts of the two interleave.
  await Promise.all(
    batches.map(async (files) => {
      for (const f of files) await run(['ingest', '--quiet', '--db', db, f]);
    }),
  );
  const store = await openStore({ url: db });
  try {
    assert.deepEqual(await store.dirtyNights(), []);
    const urls = (await store.listIncidents({})).flatMap((i) => i.sources.map((s) => s.url));
    assert.deepEqual([...new Set(urls)].sort(), batches.flat().sort());
  } finally {
    await store.close();
  }
});
