// The trial's smaller CLI points (ux40 #13): a stopped `resolve` says what it rebuilt, SITREP_WORKERS=-2 is told its
// sign, and --weapon drone is told the class the search already reads "drone" as.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { resolveStoppedLine } from '../../src/cli/resolve-stop.ts';
import { incidentFilter } from '../../src/pipeline/incident-filter.ts';
import { ingestBytes, resolveAll } from '../../src/pipeline/index.ts';
import { openStore } from '../../src/store/index.ts';

const bin = fileURLToPath(new URL('../../bin/sitrep.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sitrep-fixcli40-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test("a stopped resolve's line says how many nights were rebuilt and what is left, --all or not", () => {
  const again = 'sitrep resolve --db k.db';
  assert.equal(
    resolveStoppedLine({ signal: 'SIGINT', all: { done: 120, total: 540 }, pendingBefore: 0, rebuilt: 0, again }),
    'stopped by SIGINT: 120 of 540 night(s) rebuilt; the other 420 keep their incidents of before: run `sitrep resolve --db k.db --all` again to rebuild them',
  );
  assert.match(
    resolveStoppedLine({ signal: 'SIGTERM', all: { done: 0, total: null }, pendingBefore: 0, rebuilt: 0, again }),
    /before any night was rebuilt: incidents are as before/,
  );
  assert.equal(
    resolveStoppedLine({ signal: 'SIGINT', pendingBefore: 5, rebuilt: 2, again }),
    'stopped by SIGINT: 2 of 5 pending night(s) rebuilt, 3 still pending (`sitrep status` lists them): run `sitrep resolve --db k.db` again',
  );
});

test('resolveAll reports each night as it is written and waits for the callback, so the CLI can let a signal in', async () => {
  const store = await openStore({ url: ':memory:' });
  for (const [day, n] of [
    ['2025-06-09', 4],
    ['2025-06-10', 6],
  ] as const) {
    const text = `Overnight air defences destroyed ${n} drones over Lipetsk Oblast, the governor said.`;
    await ingestBytes(store, new TextEncoder().encode(text), {
      input: `${day}.txt`,
      published: `${day}T08:00:00+03:00`,
      lang: 'en',
      now: new Date(`${day}T09:00:00+03:00`),
    });
  }
  const seen: string[] = [];
  let turned = 0;
  await resolveAll(store, undefined, async (done, total) => {
    seen.push(`${done}/${total}`);
    setImmediate(() => turned++);
    await new Promise<void>((r) => setImmediate(r));
  });
  assert.deepEqual(seen.at(0), `0/${seen.length - 1}`);
  assert.ok(seen.length >= 3, seen.join(' '));
  assert.equal(turned, seen.length, 'a macrotask ran at each night');
  await store.close();
});

test('--weapon drone names uav, a typo its class; a word for nothing lists the values alone', () => {
  assert.throws(() => incidentFilter({ weapon: 'drone' }), /weapon must be one of uav, .* \(did you mean uav\?\)$/);
  assert.throws(() => incidentFilter({ weapon: 'дрони' }), /\(did you mean uav\?\)$/);
  assert.throws(() => incidentFilter({ weapon: 'missle' }), /\(did you mean missile\?\)$/);
  assert.throws(() => incidentFilter({ weapon: 'zzzz' }), /unmanned_boat$/);
  assert.equal(incidentFilter({ weapon: 'uav' }).weapon, 'uav');
  // A time with a space for the T and no offset is refused as the T form is, not read in the server's zone.
  assert.throws(() => incidentFilter({ since: '2025-06-21 06:59' }), /has a time of day but no offset/);
});

test('SITREP_WORKERS=-2 is told its sign, not that it is no whole number', () => {
  const file = join(dir, 'one.txt');
  writeFileSync(file, 'Overnight air defences destroyed 7 drones over Oryol Oblast.\n');
  const r = spawnSync(
    process.execPath,
    [bin, 'ingest', '--quiet', '--db', join(dir, 'w.db'), '--published', '2025-05-07T08:00:00+03:00', file],
    { encoding: 'utf8', env: { ...process.env, SITREP_WORKERS: '-2' }, timeout: 60_000 },
  );
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /warning: SITREP_WORKERS="-2" is below 0: it takes a whole number of 0 or more/);
  assert.doesNotMatch(r.stderr, /not a whole number/);
});
