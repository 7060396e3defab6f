// An ingest that stores nothing (a missing file, a refused URL) leaves no empty ./sitrep.db behind (ux39); one that
// stores a report creates the store as before, and a store that was there before is never removed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
