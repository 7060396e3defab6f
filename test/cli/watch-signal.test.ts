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

/** stderr's lines other than the log's, which start with their time. */
const untimed = (err: string) => err.split('\n').filter((l) => l !== '' && !/^\d{4}-\d{2}-\d{2}T/.test(l));

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
  child.stdout.on('data', (d) => {
    out += String(d);
  });
  const code = await new Promise<number | null>((resolve) => {
    // A source's error is on stderr with the other log lines (ux40 #11), not among the rounds' results on stdout.
    child.stderr.on('data', (d) => {
      err += String(d);
      // Polled once (refused): now it sleeps until the next poll.
      // Once: a second SIGTERM would stop it at once, or kill it after its handler is gone.
      if (/local: error/.test(err) && child.signalCode === null && !child.killed) child.kill('SIGTERM');
    });
    child.on('exit', (c) => resolve(c));
  });
  assert.equal(code, 143, err);
  assert.equal(out, '');
  // Besides the timed log lines, one line: what the run stored.
  assert.deepEqual(untimed(err), [
    'stopped by SIGTERM: 0 new report(s) stored in this run; start watch again to go on',
  ]);
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
  let err = '';
  let ingested = false;
  const code = await new Promise<number | null>((resolve) => {
    child.stderr.on('data', (d) => {
      err += String(d);
      if (ingested || !/local: error/.test(err)) return;
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
  assert.match(untimed(err)[0]!, /^stopped by SIGTERM: 0 new report\(s\) stored in this run/);
});

test("watch --once: a source's error is on stderr, each round's result on stdout (ux40 #11)", async () => {
  const sources = join(dir, 'sources-11.yaml');
  const good = join(dir, 'good.md');
  writeFileSync(good, 'Air defences destroyed 3 drones over Kursk Oblast overnight, the governor said.\n');
  writeFileSync(
    sources,
    `sources:\n  - id: gone\n    kind: text\n    path: ${join(dir, 'no-such-file.md')}\n  - id: here\n    kind: text\n    path: ${good}\n`,
  );
  const child = spawn(process.execPath, [bin, 'watch', '--once', '--db', join(dir, 'w11.db'), sources], {
    stdio: 'pipe',
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => {
    out += String(d);
  });
  child.stderr.on('data', (d) => {
    err += String(d);
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  assert.equal(code, 1, err);
  assert.match(err, /gone: error: .*no such file/);
  assert.doesNotMatch(out, /error/);
  assert.match(out, /here: 1 new, 0 updated, 0 seen, 0 failed/);
});
