// `sitrep watch` stops on SIGTERM as `sitrep ingest` does (ux31 #24): one line on stderr saying what the run stored,
// exit code 143, so a supervisor that reads exit codes sees the same from both.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/sitrep.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sitrep-watch-signal-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('SIGTERM ends watch with one line and exit code 143', async () => {
  const sources = join(dir, 'sources.yaml');
  // A loopback source without allow_private: refused at once, no network.
  writeFileSync(
    sources,
    'sources:\n  - id: local\n    kind: feed\n    url: http://127.0.0.1:9/feed.xml\n    poll: 10m\n',
  );
  const child = spawn(process.execPath, [bin, 'watch', '--db', join(dir, 'w.db'), sources], { stdio: 'pipe' });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => {
    err += String(d);
  });
  const code = await new Promise<number | null>((resolve) => {
    child.stdout.on('data', (d) => {
      out += String(d);
      // Polled once (refused): now it sleeps until the next poll.
      if (/local: error/.test(out)) child.kill('SIGTERM');
    });
    child.on('exit', (c) => resolve(c));
  });
  assert.equal(code, 143, err);
  assert.match(err, /^stopped by SIGTERM: 0 new report\(s\) stored in this run; start watch again to go on\n$/);
});

test('the stop line counts only what watch stored, not what an ingest beside it stored (ux35 #9)', async () => {
  const sources = join(dir, 'sources-9.yaml');
  const db = join(dir, 'w9.db');
  writeFileSync(
    sources,
    'sources:\n  - id: local\n    kind: feed\n    url: http://127.0.0.1:9/feed.xml\n    poll: 10m\n',
  );
  const report = join(dir, 'other.md');
  writeFileSync(report, 'Air defences destroyed 4 drones over Lipetsk Oblast overnight, the governor said.\n');
  const child = spawn(process.execPath, [bin, 'watch', '--db', db, sources], { stdio: 'pipe' });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => {
    err += String(d);
  });
  let ingested = false;
  const code = await new Promise<number | null>((resolve) => {
    child.stdout.on('data', (d) => {
      out += String(d);
      if (ingested || !/local: error/.test(out)) return;
      ingested = true;
      // Another process stores a report while watch sleeps; then watch is stopped.
      const other = spawn(process.execPath, [bin, 'ingest', '--db', db, report], { stdio: 'ignore' });
      other.on('exit', (c) => {
        assert.equal(c, 0);
        child.kill('SIGTERM');
      });
    });
    child.on('exit', (c) => resolve(c));
  });
  assert.equal(code, 143, err);
  assert.match(err, /^stopped by SIGTERM: 0 new report\(s\) stored in this run/);
});
