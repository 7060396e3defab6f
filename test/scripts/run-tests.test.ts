// scripts/run-tests.mjs runs the files of one folder in one process through a generated entry. These tests run it on
// throwaway folders in a temp dir, so a runner that silently skips a folder, or passes a run that ended early, fails
// here rather than hiding a failure in the real suite.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const project = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const runner = join(project, 'scripts', 'run-tests.mjs');

interface Run {
  code: number | null;
  out: string;
}

/** Runs the runner from the project (so `--import tsx` resolves) on folders given by absolute path. */
function run(args: string[]): Promise<Run> {
  // Under npm test this file runs inside node's test runner, whose NODE_TEST_CONTEXT would make the inner one report
  // to it instead of running its own files.
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  return new Promise((done) => {
    execFile(
      process.execPath,
      [runner, '--test-reporter=tap', ...args],
      { cwd: project, env },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        done({ code, out: `${stdout}\n${stderr}` });
      },
    );
  });
}

let root = '';
function write(path: string, text: string): string {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  return dirname(full);
}
const passing = (name: string) => `import { test } from 'node:test';\ntest(${JSON.stringify(name)}, () => {});\n`;

before(() => {
  root = mkdtempSync(join(tmpdir(), 'sitrep-run-tests-'));
});
after(() => rmSync(root, { recursive: true, force: true }));

describe('run-tests.mjs', { concurrency: true }, () => {
  test('runs folders whose names differ only by - and / (x-y and x/y)', async () => {
    write('names/x-y/one.test.ts', passing('ran dash one'));
    write('names/x-y/two.test.ts', passing('ran dash two'));
    write('names/x/y/one.test.ts', passing('ran slash one'));
    write('names/x/y/two.test.ts', passing('ran slash two'));
    const r = await run([join(root, 'names')]);
    assert.equal(r.code, 0, r.out);
    for (const name of ['ran dash one', 'ran dash two', 'ran slash one', 'ran slash two'])
      assert.match(r.out, new RegExp(`ok \\d+ - ${name}`), `${name} did not run:\n${r.out}`);
  });

  test('fails a folder whose process a test ends with process.exit(0) before later files ran', async () => {
    const folder = write(
      'exits/a.test.ts',
      `import { test } from 'node:test';
test('leaves early', async () => { await new Promise((r) => setTimeout(r, 20)); process.exit(0); });
`,
    );
    write(
      'exits/b.test.ts',
      `import { test } from 'node:test';
test('fails later', async () => { await new Promise((r) => setTimeout(r, 400)); throw new Error('never seen'); });
`,
    );
    const r = await run([folder]);
    assert.equal(r.code, 1, r.out);
    assert.ok(r.out.includes(`run-tests: ${relative(project, folder)}: `), `the folder is not named:\n${r.out}`);
    assert.match(r.out, /before its files had finished/);
  });

  test('fails a folder whose error after a test is hidden by another file setting process.exitCode = 0', async () => {
    const folder = write(
      'hides/a.test.ts',
      `import { test } from 'node:test';
test('leaks an error', () => { setTimeout(() => { throw new Error('escaped'); }, 5); });
`,
    );
    write(
      'hides/b.test.ts',
      `import { after, test } from 'node:test';
test('waits', async () => { await new Promise((r) => setTimeout(r, 200)); });
after(() => { process.exitCode = 0; });
`,
    );
    const r = await run([folder]);
    assert.equal(r.code, 1, r.out);
    assert.match(r.out, /1 uncaught error\(s\) in its process/);
  });

  test('counts a file that fails to load among the failed files', async () => {
    const folder = write(
      'loads/a.test.ts',
      `import { test } from 'node:test';\nimport './missing.js';\ntest('a', () => {});\n`,
    );
    write('loads/b.test.ts', passing('b'));
    const r = await run([folder]);
    assert.equal(r.code, 1, r.out);
    assert.match(r.out, /1 of 2 files failed \(1 failed to load\)/);
    assert.match(r.out, /loads\/a\.test\.ts/);
  });

  test('takes the value of --test-name-pattern given after a space', async () => {
    const folder = write('pattern/a.test.ts', passing('keep me'));
    write(
      'pattern/b.test.ts',
      `import { test } from 'node:test';\ntest('drop me', () => { throw new Error('ran'); });\n`,
    );
    const r = await run(['--test-name-pattern', 'keep', folder]);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /ok \d+ - keep me/);
    assert.doesNotMatch(r.out, /ENOENT/);
  });

  test('says what is wrong with a flag missing its value or a folder that does not exist', async () => {
    const missing = await run(['--test-name-pattern']);
    assert.equal(missing.code, 2, missing.out);
    assert.match(missing.out, /--test-name-pattern needs a value/);
    const absent = await run([join(root, 'no-such-folder')]);
    assert.equal(absent.code, 2, absent.out);
    assert.match(absent.out, /no such file or folder/);
    assert.doesNotMatch(absent.out, /ENOENT/);
  });
});
