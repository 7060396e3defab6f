// Start-up cost: commands that extract nothing must not load the gazetteer, the lexicons, the language detector
// (about 0.3 s) or the learned step's model, nor the store for `--help`. Proved by the list of modules each command
// loads, not by timing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sitrep-lazy-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function loadedBy(args: string[]): string[] {
  const log = join(dir, `imports-${args.join('-').replace(/\W+/g, '_')}.log`);
  writeFileSync(log, '');
  const script = `const { runCommand } = await import('./src/cli/commands.ts'); await runCommand(${JSON.stringify(args)});`;
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--import', './test/helpers/log-imports.mjs', '--input-type=module', '-e', script],
    { cwd: root, encoding: 'utf8', env: { ...process.env, SITREP_IMPORT_LOG: log } },
  );
  assert.equal(r.status, 0, r.stderr);
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

// The learned step's shipped model (data/learn/kinds-model.json) is part of the extraction stage: the file comes with
// it, and is decoded only when the step is asked for (`--learned`; test/extract/learn.test.ts).
const HEAVY = /\/src\/extract\/|\/tinyld\/|\/src\/ingest\/lang\.ts|\/data\/learn\//;
const MODEL = /\/data\/learn\/kinds-model\.json/;

test("sitrep extract loads the learned step's shipped model, and only the commands that extract do", () => {
  const file = join(dir, 'report.txt');
  writeFileSync(file, 'Overnight, drones struck an oil depot in Belgorod.\n');
  const loaded = loadedBy(['extract', '--published', '2024-05-12T12:00:00+03:00', file]);
  assert.ok(
    loaded.some((u) => MODEL.test(u)),
    'extract loads the model',
  );
});

test('sitrep --help loads neither the extraction stage nor the store', () => {
  const loaded = loadedBy(['--help']);
  assert.ok(
    loaded.some((u) => u.includes('/src/cli/help.ts')),
    'the log works',
  );
  assert.deepEqual(
    loaded.filter((u) => HEAVY.test(u) || u.includes('/kysely/')),
    [],
  );
});

test('sitrep status, incidents and sources open the store without loading the extraction stage', () => {
  const db = join(dir, 'empty.db');
  // An empty database made the way ingest makes one, without this process loading extraction either.
  const made = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `const { openStore } = await import('./src/store/index.ts'); await (await openStore({ url: ${JSON.stringify(db)} })).close();`,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  assert.equal(made.status, 0, made.stderr);
  for (const args of [
    ['status', '--db', db],
    ['incidents', '--db', db],
    ['sources', '--db', db, 'samples/sources.yaml'],
  ]) {
    const loaded = loadedBy(args);
    assert.ok(
      loaded.some((u) => u.includes('/src/store/')),
      'the store was opened',
    );
    assert.deepEqual(
      loaded.filter((u) => HEAVY.test(u)),
      [],
      args.join(' '),
    );
  }
});
