// Ctrl-C (SIGINT) in the middle of a bulk `sitrep ingest` says what it leaves: how many reports were stored, how many
// nights' incidents are not rebuilt, and the command that rebuilds them; `sitrep status` lists those nights until
// `sitrep resolve` rebuilds them. The stop itself stays as safe as a kill (ingest-kill.test.ts): whole batches only.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, mock, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCommand } from '../../src/cli/commands.ts';
import { openStore } from '../../src/store/index.ts';
import { storedReports } from '../helpers/stored-reports.ts';

const bin = fileURLToPath(new URL('../../bin/sitrep.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-interrupt-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const FILES = 600;
const PLACES = ['Tambov', 'Ryazan', 'Smolensk', 'Pskov', 'Penza'];

async function stdoutOf(args: string[]): Promise<string> {
  const lines: string[] = [];
  const log = mock.method(console, 'log', (...xs: unknown[]) => lines.push(xs.join(' ')));
  try {
    assert.equal(await runCommand(args), 0);
  } finally {
    log.mock.restore();
  }
  return lines.join('\n');
}

test('SIGINT mid-ingest: one line on stderr (stored, nights not rebuilt, how to rebuild); status lists them', async () => {
  const inputs = join(dir, 'reports');
  mkdirSync(inputs);
  for (let i = 0; i < FILES; i++) {
    const day = String(1 + (i % 12)).padStart(2, '0');
    writeFileSync(
      join(inputs, `p${String(i).padStart(4, '0')}.txt`),
      `---\npublished: 2025-03-${day}T07:30:00+03:00\n---\nOvernight ${3 + (i % 29)} drones were shot down over ${PLACES[i % PLACES.length]} Oblast, the regional governor wrote in update ${i}.`,
    );
  }
  const db = join(dir, 'interrupt.db');
  const child = spawn(process.execPath, [bin, 'ingest', '--quiet', '--workers', '1', '--db', db, inputs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const deadline = Date.now() + 60_000;
  while (storedReports(db) < 100 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  child.kill('SIGINT');
  const { code, signal } = await exited;
  assert.deepEqual({ code, signal }, { code: 130, signal: null }, 'it exits 130 by itself');
  const stored = storedReports(db);
  assert.ok(stored >= 100 && stored < FILES, `interrupted mid-ingest (${stored} of ${FILES} stored)`);
  assert.equal(stored % 100, 0, 'only whole batches were committed');

  const store = await openStore({ url: db });
  const dirty = (await store.dirtyNights()).length;
  await store.close();
  assert.ok(dirty > 0, 'nights were left pending');
  const line = err.trim().split('\n').at(-1) ?? '';
  assert.equal(
    line,
    `interrupted: ${stored} report(s) stored; the incidents of ${dirty} night(s) are not rebuilt: ` +
      `run \`sitrep resolve --db ${db}\` (or ingest again)`,
  );

  const status = await stdoutOf(['status', '--db', db, '--limit', '1']);
  assert.match(status, new RegExp(`^${dirty} night\\(s\\) pending: .*run \`sitrep resolve --db ${db}\`$`, 'm'));
  assert.match(await stdoutOf(['resolve', '--db', db]), new RegExp(`resolved ${dirty} pending night\\(s\\)`));
  assert.doesNotMatch(await stdoutOf(['status', '--db', db, '--limit', '1']), /pending/);
});
