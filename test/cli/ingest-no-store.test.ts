// An ingest that stores nothing (a missing file, a refused URL) leaves no empty ./sitrep.db behind (ux39); one that
// stores a report creates the store as before, and a store that was there before, or that another ingest stored into
// while this one ran, is never removed.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/sitrep.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sitrep-no-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });

test('a failed ingest creates no store; a stored report does; an existing store stays', () => {
  const cwd = join(dir, 'work');
  mkdirSync(cwd);
  const missing = run(cwd, 'ingest', 'no-such-file.txt');
  assert.equal(missing.status, 1);
  assert.match(missing.stdout, /nothing stored, so sitrep\.db was not created/);
  const refused = run(cwd, 'ingest', 'http://127.0.0.1:9/report');
  assert.equal(refused.status, 1);
  assert.equal(existsSync(join(cwd, 'sitrep.db')), false);

  writeFileSync(
    join(cwd, 'note.md'),
    '---\npublished: 2025-06-10T06:00:00+03:00\n---\nНочью над Орловской областью сбиты 2 беспилотника.\n',
  );
  assert.equal(run(cwd, 'ingest', 'note.md').status, 0);
  assert.equal(existsSync(join(cwd, 'sitrep.db')), true);
  // The store was there before this failed run: it stays, with its report.
  assert.equal(run(cwd, 'ingest', 'no-such-file.txt').status, 1);
  assert.equal(existsSync(join(cwd, 'sitrep.db')), true);
});

test('a failed ingest keeps the new store another ingest stored into meanwhile (review 39b #3)', async () => {
  const cwd = join(dir, 'race');
  mkdirSync(cwd);
  writeFileSync(
    join(cwd, 'note.md'),
    '---\npublished: 2025-06-10T06:00:00+03:00\n---\nНочью над Курской областью сбиты 3 беспилотника.\n',
  );
  // The first ingest has made race.db and waits on this page while the second stores a report into it; then the
  // page fails, so the first stored nothing.
  let release = () => {};
  let asked = () => {};
  const requested = new Promise<void>((resolve) => {
    asked = resolve;
  });
  const server = createServer((_req, res) => {
    asked();
    release = () => res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const first = spawn(
      process.execPath,
      [bin, 'ingest', `http://127.0.0.1:${port}/report`, '--allow-private', '--db', 'race.db'],
      { cwd, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    first.stdout.on('data', (chunk) => {
      out += chunk;
    });
    const exited = new Promise<number | null>((resolve) => first.on('close', resolve));
    await requested;
    assert.equal(run(cwd, 'ingest', 'note.md', '--db', 'race.db').status, 0);
    release();
    assert.equal(await exited, 1);
    assert.doesNotMatch(out, /was not created/);
    assert.equal(existsSync(join(cwd, 'race.db')), true);
    assert.match(run(cwd, 'status', '--db', 'race.db').stdout, /1 report\(s\)/);
  } finally {
    server.close();
  }
});
