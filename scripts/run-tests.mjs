// Node 20's test runner has no globs for .ts files, so list them here and hand them over.
// Usage: node scripts/run-tests.mjs [--timings] [--test-...] [folder-or-file ...]   (default: test/)
// Flags that start with --test- go to node's test runner (--test-name-pattern=foo or --test-name-pattern foo).
//
// The files of one folder share a process. A process costs CPU before its first test: about 1 s for a trivial file
// (tsx's loader thread), up to 3 s for files that load extraction (some 150 modules under test); with one process
// per file that was most of `npm test` (99 files, 2026-12-05). Node 20 cannot run files in one process itself (no
// --test-isolation), so a generated entry per folder imports each file inside a `describe` named by its path: the
// file's top-level hooks stay its own (its `after` cleans up when that file is done), and a failure is reported
// under its file. The files load at once and
// every file's tests wait until all have loaded, so the work one file does as it loads (floors.test.ts scores the
// gold sets) never runs inside another file's timed test.
//
// A run that ends early must not pass: a test that calls process.exit(0) would end its folder's process before the
// later files ran, and a file that sets process.exitCode = 0 in an after hook would hide an error that escaped
// another file's test. So each entry sets a flag in a root after hook, counts what failed, and on exit writes a
// status file and sets exitCode 1 unless its run completed clean; the runner reads the status files, names each
// failing folder with its entry, and counts the files that failed (node's own count leaves out a file that fails
// to load). Every folder gets an entry, one file or many, so every run is checked.
//
// --timings runs every file in a process of its own, one at a time (the old layout), and prints the files by the CPU
// they took (user+sys of the process and every process it waited for, read from /proc) with their wall time: where
// the suite's time goes, file by file. Each file runs through an entry of its own, checked the same way.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const USAGE = 'usage: node scripts/run-tests.mjs [--timings] [--test-...] [folder-or-file ...]';
// Node 20's --test-* flags that take a value: given as `--flag value`, the value is the next argument, not a folder.
const VALUE_FLAGS = new Set([
  '--test-name-pattern',
  '--test-skip-pattern',
  '--test-reporter',
  '--test-reporter-destination',
  '--test-concurrency',
  '--test-timeout',
  '--test-shard',
  '--test-coverage-include',
  '--test-coverage-exclude',
  '--test-coverage-branches',
  '--test-coverage-functions',
  '--test-coverage-lines',
]);

function usageError(message) {
  console.error(`run-tests: ${message}\n${USAGE}`);
  process.exit(2);
}

function parseArgs(argv) {
  const out = { timings: false, passed: [], roots: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--timings') out.timings = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('--test-')) {
      if (arg.includes('=') || !VALUE_FLAGS.has(arg)) out.passed.push(arg);
      else if (i + 1 < argv.length) out.passed.push(`${arg}=${argv[++i]}`);
      else usageError(`${arg} needs a value (${arg}=VALUE or ${arg} VALUE)`);
    } else if (arg.startsWith('-')) usageError(`unknown flag ${arg}`);
    else if (!existsSync(arg)) usageError(`no such file or folder: ${arg}`);
    else out.roots.push(arg);
  }
  return out;
}

function collect(path, out) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) collect(join(path, name), out);
  } else if (path.endsWith('.test.ts')) {
    out.push(path);
  }
  return out;
}

const { timings, passed, roots } = parseArgs(process.argv.slice(2));
const files = (roots.length > 0 ? roots : ['test']).flatMap((root) => collect(root, []));
if (files.length === 0) {
  console.error('run-tests: no *.test.ts files found');
  process.exit(1);
}
const NODE_TEST = ['--import', 'tsx', '--test', ...passed];
const reporter = (name) => (passed.some((a) => a.startsWith('--test-reporter')) ? [] : [`--test-reporter=${name}`]);
const shown = (path) => relative(process.cwd(), path) || '.';

/** The entry that runs `group` in one process: each file in a describe of its own, its tests held until all load. */
function entryFor(folder, group, statusPath) {
  const list = group.map((f) => [shown(f), pathToFileURL(resolve(f)).href]);
  return `import { writeFileSync } from 'node:fs';
import { after, afterEach, before, describe } from 'node:test';
const folder = ${JSON.stringify(folder)};
const files = ${JSON.stringify(list, null, 1)};
const loads = [];
let loaded;
let completed = false;
const failed = new Set();
const unloaded = new Set();
let escaped = 0;
// node's harness has its own listeners, so these only count: an error that escapes a test after it ended sets no
// test's status, only process.exitCode, which a later file could set back to 0.
process.on('uncaughtException', () => escaped++);
process.on('unhandledRejection', () => escaped++);
for (const [name, url] of files) {
  describe(name, async () => {
    before(() => (loaded ??= Promise.allSettled(loads)));
    afterEach((t) => {
      if (t.passed === false) failed.add(name);
    });
    // import() must be called here, not after an await: node:test files the tests a module declares under the
    // describe whose function started loading it.
    const load = import(url);
    loads.push(load);
    try {
      await load;
    } catch (error) {
      unloaded.add(name);
      throw error;
    }
  });
}
// Root hooks run after every file's describe: not reached when a test calls process.exit().
after(() => {
  completed = true;
});
process.on('exit', (code) => {
  const status = { code, completed, failed: [...failed], unloaded: [...unloaded], escaped };
  writeFileSync(${JSON.stringify(statusPath)}, JSON.stringify(status));
  if (!completed) console.error(\`run-tests: \${folder}: its process exited (code \${code}) before its files had finished\`);
  if ((!completed || failed.size + unloaded.size + escaped > 0) && !process.exitCode) process.exitCode = 1;
});
`;
}

/** Writes one entry per group, named by its index and folder so no two collide and a failure says where it came from. */
function writeEntries(dir, groups) {
  return groups.map(({ folder, group }, i) => {
    const slug = folder.replaceAll(/[^A-Za-z0-9_]+/g, '-').replace(/^-+|-+$/g, '') || 'root';
    const entry = join(dir, `entry-${String(i + 1).padStart(2, '0')}-${slug}.mjs`);
    const statusPath = `${entry}.status.json`;
    writeFileSync(entry, entryFor(folder, group, statusPath));
    return { folder, group, entry, statusPath };
  });
}

/** What went wrong in one entry's process, from the status file it wrote on exit: problems and failed files. */
function check({ folder, group, entry, statusPath }) {
  const held = `(${basename(entry)} held ${group.map((f) => shown(f)).join(', ')})`;
  let status;
  try {
    status = JSON.parse(readFileSync(statusPath, 'utf8'));
  } catch {
    return {
      problems: [`${folder}: its process ended without a status (killed or crashed) ${held}`],
      failed: [],
      unloaded: [],
    };
  }
  const problems = [];
  if (!status.completed)
    problems.push(
      `${folder}: its process exited (code ${status.code}) before its files had finished (a test called process.exit()?) ${held}`,
    );
  if (status.escaped > 0)
    problems.push(
      `${folder}: ${status.escaped} uncaught error(s) in its process (thrown outside a test, or after one ended) ${held}`,
    );
  if (status.failed.length + status.unloaded.length > 0) problems.push(`${folder}: failed ${held}`);
  return { problems, failed: status.failed, unloaded: status.unloaded };
}

/** Prints what the entries' status files say and returns whether the run failed (whatever node's exit code was). */
function report(checked, nodeFailed) {
  const problems = checked.flatMap((c) => c.problems);
  const failedFiles = new Set(checked.flatMap((c) => [...c.failed, ...c.unloaded]));
  const unloaded = checked.reduce((n, c) => n + c.unloaded.length, 0);
  for (const p of problems) console.error(`run-tests: ${p}`);
  if (failedFiles.size > 0)
    console.error(
      `run-tests: ${failedFiles.size} of ${files.length} files failed (${unloaded} failed to load): ${[...failedFiles].join(', ')}`,
    );
  else if (nodeFailed && problems.length === 0) console.error('run-tests: failed (see above)');
  return nodeFailed || problems.length > 0;
}

/** Clock ticks of CPU (user+sys) this process has waited for in its children and their waited-for descendants. */
function childTicks() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[13]) + Number(fields[14]); // cutime, cstime
  } catch {
    return Number.NaN; // not Linux: wall time only
  }
}

function runTimings(dir) {
  const rows = [];
  const checked = [];
  let nodeFailed = false;
  const entries = writeEntries(
    dir,
    files.map((file) => ({ folder: shown(file), group: [file] })),
  );
  for (const e of entries) {
    const ticks = childTicks();
    const started = performance.now();
    const r = spawnSync(process.execPath, [...NODE_TEST, ...reporter('dot'), e.entry], { stdio: 'inherit' });
    rows.push({ file: e.folder, cpu: (childTicks() - ticks) / 100, wall: (performance.now() - started) / 1000 });
    checked.push(check(e));
    if (r.status !== 0) {
      nodeFailed = true;
      console.error(`run-tests: ${e.folder} failed`);
    }
  }
  rows.sort((a, b) => b.cpu - a.cpu || b.wall - a.wall);
  const total = rows.reduce((s, r) => ({ cpu: s.cpu + r.cpu, wall: s.wall + r.wall }), { cpu: 0, wall: 0 });
  console.log('\n  cpu s   wall s  file (each in a process of its own)');
  for (const r of rows.slice(0, 20))
    console.log(`${r.cpu.toFixed(1).padStart(7)}  ${r.wall.toFixed(1).padStart(7)}  ${r.file}`);
  console.log(`${total.cpu.toFixed(1).padStart(7)}  ${total.wall.toFixed(1).padStart(7)}  all ${rows.length} files`);
  return report(checked, nodeFailed) ? 1 : 0;
}

function runGrouped(dir) {
  const byFolder = new Map();
  for (const file of files) byFolder.set(dirname(file), [...(byFolder.get(dirname(file)) ?? []), file]);
  const entries = writeEntries(
    dir,
    [...byFolder].map(([folder, group]) => ({ folder: shown(folder), group })),
  );
  const r = spawnSync(process.execPath, [...NODE_TEST, ...reporter('spec'), ...entries.map((e) => e.entry)], {
    stdio: 'inherit',
  });
  return report(entries.map(check), r.status !== 0) ? 1 : 0;
}

const dir = mkdtempSync(join(tmpdir(), 'sitrep-tests-'));
let code = 1;
try {
  code = timings ? runTimings(dir) : runGrouped(dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(code);
