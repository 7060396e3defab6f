// `serve` and `demo` on a port they cannot use: one clear line and exit code 2, never a stack.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/index.ts';

const bin = fileURLToPath(new URL('../../bin/sitrep.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sitrep-port-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function sitrep(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: r.status, err: r.stderr };
}

test('serve on a port in use says so in one line and exits 2', async () => {
  const busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  const port = (busy.address() as { port: number }).port;
  try {
    const db = join(dir, 'a.db');
    // The database must exist for serve: an empty one (an ingest that stores nothing no longer makes one).
    await (await openStore({ url: db })).close();
    const r = sitrep(['serve', '--db', db, '--port', String(port)]);
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, new RegExp(`127\\.0\\.0\\.1:${port} is already in use`));
    assert.doesNotMatch(r.err, /\n\s+at /, 'no stack');
  } finally {
    busy.close();
  }
});

test('a PORT or --port that is no port is a usage error naming it, before anything is done', () => {
  const bad = sitrep(['demo', '--db', join(dir, 'demo.db')], { PORT: 'abc' });
  assert.equal(bad.code, 2);
  assert.match(bad.err, /PORT takes a port number from 0 to 65535, got "abc"/);
  const high = sitrep(['serve', '--db', join(dir, 'a.db'), '--port', '70000']);
  assert.equal(high.code, 2);
  assert.match(high.err, /--port takes a port number from 0 to 65535, got "70000"/);
});

test('demo on a port in use says so before it ingests anything: no database is written', async () => {
  const busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  const port = (busy.address() as { port: number }).port;
  try {
    const db = join(dir, 'demo-busy.db');
    const r = sitrep(['demo', '--db', db, '--port', String(port)]);
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, new RegExp(`127\\.0\\.0\\.1:${port} is already in use`));
    assert.equal(existsSync(db), false, 'the samples were ingested before the port was checked');
  } finally {
    busy.close();
  }
});
