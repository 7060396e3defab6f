// Node 20's test runner has no globs for .ts files, so list them here and hand them over.
// Usage: node scripts/run-tests.mjs [--timings] [--test-...] [folder-or-file ...]   (default: test/)
// Flags that start with --test- go to node's test runner as they are (--test-name-pattern=…, --test-reporter=…).
//
// The files of one folder share a process. A process costs about three seconds of CPU before its first test (tsx's
// loader thread and some 150 modules under test), and with one process per file that was most of `npm test`
// (99 files, 2026-12-05). Node 20 cannot run files in one process itself (no --test-isolation), so a generated entry
// per folder imports each file inside a `describe` named by its path: the file's top-level hooks stay its own (its
// `after` cleans up when that file is done), and a failure is reported under its file. The files load at once and
// every file's tests wait until all have loaded, so the work one file does as it loads (floors.test.ts scores the
// gold sets) never runs inside another file's timed test.
//
// --timings runs every file in a process of its own, one at a time (the old layout), and prints the files by the CPU
// they took (user+sys of the process and every process it waited for, read from /proc) with their wall time: where
// the suite's time goes, file by file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

function collect(path, out) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) collect(join(path, name), out);
  } else if (path.endsWith('.test.ts')) {
    out.push(path);
  }
  return out;
}

const args = process.argv.slice(2);
const timings = args.includes('--timings');
const passed = args.filter((a) => a.startsWith('--test-'));
const roots = args.filter((a) => a !== '--timings' && !a.startsWith('--test-'));
const files = (roots.length > 0 ? roots : ['test']).flatMap((root) => collect(root, []));
if (files.length === 0) {
  console.error('run-tests: no *.test.ts files found');
  process.exit(1);
}
const NODE_TEST = ['--import', 'tsx', '--test', ...passed];
const reporter = (name) => (passed.some((a) => a.startsWith('--test-reporter')) ? [] : [`--test-reporter=${name}`]);

/** The entry that runs `group` in one process: each file in a describe of its own, its tests held until all load. */
function entryFor(group) {
  const list = group.map((f) => [relative(process.cwd(), f), pathToFileURL(resolve(f)).href]);
  return `import { before, describe } from 'node:test';
const files = ${JSON.stringify(list, null, 1)};
const loads = [];
let loaded;
for (const [name, url] of files) {
  describe(name, async () => {
    before(() => (loaded ??= Promise.allSettled(loads)));
    // import() must be called here, not after an await: node:test files the tests a module declares under the
    // describe whose function started loading it.
    const load = import(url);
    loads.push(load);
    await load;
  });
}
`;
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

function runTimings() {
  const rows = [];
  let failed = false;
  for (const file of files) {
    const ticks = childTicks();
    const started = performance.now();
    const r = spawnSync(process.execPath, [...NODE_TEST, ...reporter('dot'), file], { stdio: 'inherit' });
    rows.push({ file, cpu: (childTicks() - ticks) / 100, wall: (performance.now() - started) / 1000 });
    if (r.status !== 0) {
      failed = true;
      console.error(`run-tests: ${file} failed`);
    }
  }
  rows.sort((a, b) => b.cpu - a.cpu || b.wall - a.wall);
  const total = rows.reduce((s, r) => ({ cpu: s.cpu + r.cpu, wall: s.wall + r.wall }), { cpu: 0, wall: 0 });
  console.log('\n  cpu s   wall s  file (each in a process of its own)');
  for (const r of rows.slice(0, 20))
    console.log(`${r.cpu.toFixed(1).padStart(7)}  ${r.wall.toFixed(1).padStart(7)}  ${r.file}`);
  console.log(`${total.cpu.toFixed(1).padStart(7)}  ${total.wall.toFixed(1).padStart(7)}  all ${rows.length} files`);
  return failed ? 1 : 0;
}

function runGrouped() {
  const groups = new Map();
  for (const file of files) groups.set(dirname(file), [...(groups.get(dirname(file)) ?? []), file]);
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-tests-'));
  try {
    const entries = [...groups].map(([folder, group]) => {
      if (group.length === 1) return group[0];
      const entry = join(dir, `${relative(process.cwd(), folder).replaceAll(/[\\/]/g, '-') || 'root'}.mjs`);
      writeFileSync(entry, entryFor(group));
      return entry;
    });
    const r = spawnSync(process.execPath, [...NODE_TEST, ...reporter('spec'), ...entries], { stdio: 'inherit' });
    return r.status ?? 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exit(timings ? runTimings() : runGrouped());
