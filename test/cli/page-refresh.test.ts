// bin/sitrep.js rebuilds a stale page (web/ newer than dist/web, as after a `git pull`) before `serve` and `demo`,
// and only then: run in a copy of the launcher beside a fake package so the real dist/ is never touched.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const launcher = fileURLToPath(new URL('../../bin/sitrep.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sitrep-page-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A package with a bundle that says it ran, a builder that leaves a mark, and a page built at `builtAt`. */
function fakePackage(name: string, builtAt: Date, webAt: Date): string {
  const root = join(dir, name);
  for (const sub of ['bin', 'dist/web', 'src', 'data/map', 'web', 'scripts'])
    mkdirSync(join(root, sub), { recursive: true });
  copyFileSync(launcher, join(root, 'bin/sitrep.js'));
  writeFileSync(join(root, 'src/a.ts'), '');
  writeFileSync(join(root, 'data/map/m.json'), '{}');
  writeFileSync(join(root, 'web/main.ts'), '');
  writeFileSync(
    join(root, 'scripts/build-web.mjs'),
    "import { writeFileSync } from 'node:fs';\nexport async function buildWeb() { writeFileSync(new URL('../dist/web/rebuilt', import.meta.url), 'yes'); }\n",
  );
  writeFileSync(join(root, 'dist/web/index.html'), '<!doctype html>');
  writeFileSync(join(root, 'dist/sitrep.js'), "console.log('bundle ran', process.argv[2]);\n");
  const old = new Date('2020-01-01T00:00:00Z');
  for (const f of ['src/a.ts', 'data/map/m.json', 'scripts/build-web.mjs']) utimesSync(join(root, f), old, old);
  utimesSync(join(root, 'web/main.ts'), webAt, webAt);
  utimesSync(join(root, 'dist/web/index.html'), builtAt, builtAt);
  return root;
}

function run(root: string, command: string) {
  const r = spawnSync(process.execPath, [join(root, 'bin/sitrep.js'), command], { encoding: 'utf8', timeout: 30_000 });
  return { out: r.stdout, err: r.stderr, rebuilt: existsSync(join(root, 'dist/web/rebuilt')) };
}

const early = new Date('2021-01-01T00:00:00Z');
const late = new Date('2022-01-01T00:00:00Z');

test('serve rebuilds a page older than web/ and says so', () => {
  const r = run(fakePackage('stale', early, late), 'serve');
  assert.ok(r.rebuilt, r.err);
  assert.match(r.err, /web\/ changed since the page was built/);
  assert.match(r.out, /bundle ran serve/);
});

test('a page newer than web/ is left alone', () => {
  const r = run(fakePackage('fresh', late, early), 'demo');
  assert.equal(r.rebuilt, false);
  assert.equal(r.err, '');
});

test('commands that serve no page never build it', () => {
  const r = run(fakePackage('other', early, late), 'incidents');
  assert.equal(r.rebuilt, false);
  assert.match(r.out, /bundle ran incidents/);
});
