// Bundles the CLI into dist/sitrep.js so `sitrep` starts in a fraction of a second instead of compiling
// TypeScript on every run. npm runs this after `npm ci` (the "prepare" script); bin/sitrep.js falls back to
// the sources through tsx whenever src/ or data/ is newer than the bundle, so a stale bundle is never used.
// `node scripts/build.mjs --bench` also bundles bench/run.ts, so the benchmark measures the code as the CLI runs it
// (tsx's on-the-fly transform adds a helper call to every closure it creates).
// The CLI is split into chunks: what a command imports dynamically (the extraction stage with its gazetteer, eval,
// the server) lands in dist/chunks/ and is parsed only when that command runs, so `sitrep --help` starts fast.
// The page (web/) is built into dist/web/ by build-web.mjs, which `sitrep serve` serves.
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import { buildWeb } from './build-web.mjs';

// Dependencies stay in node_modules, except Kysely and chrono-node: loaded from their many small ESM files (Kysely's
// ~100, chrono's 267, every locale) they cost more than bundled, ~0.1 s for Kysely, which every command that opens a
// database pays, and ~0.15 s of CPU for chrono (only its English parsers are used), which every thread that extracts
// pays: the process and each worker of a bulk ingest.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const BUNDLED = new Set(['kysely', 'chrono-node']);
const external = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })
  .filter((name) => !BUNDLED.has(name))
  .flatMap((name) => [name, `${name}/*`]);

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Node 20 reads \p{…} in a regular expression, but esbuild's table does not say so and would turn every literal
  // that holds one into a `new RegExp(…)` call, built again each time the function runs (sixty of them, several run
  // for every number, place or sentence). Said here, the literals stay literals, compiled once.
  supported: { 'regexp-unicode-property-escapes': true },
  external,
  logLevel: 'warning',
  // Non-ASCII text is written as itself, not as \uXXXX escapes: the gazetteer and the lexicons are mostly Cyrillic,
  // and escaped they made the extraction chunk 6.3 MB instead of 2.9, which every extracting thread reads and parses
  // at start (about half a second of CPU less a thread, measured on the worker's import). The strings are the same.
  charset: 'utf8',
};
rmSync('dist/chunks', { recursive: true, force: true });
await build({
  ...common,
  // The extraction worker of bulk ingest (src/pipeline/stage-pool.ts) is an entry of its own, sharing chunks with the CLI.
  entryPoints: { sitrep: 'src/cli/main.ts', 'stage-worker': 'src/pipeline/stage-worker.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: true,
});
if (process.argv.includes('--bench')) {
  await build({ ...common, entryPoints: ['bench/run.ts'], outfile: 'dist/bench.js' });
  // The POST latency, measured on the code as `sitrep serve` runs it (the bundle), not through tsx.
  await build({ ...common, entryPoints: ['bench/post-latency.ts'], outfile: 'dist/post-latency.js' });
  // One long text's cost by its length (npm run bench:long).
  await build({ ...common, entryPoints: ['bench/long-text.ts'], outfile: 'dist/long-text.js' });
  // Extraction alone, CPU a text by pass, on the synthetic or the real development texts.
  await build({ ...common, entryPoints: ['bench/extract-cpu.ts'], outfile: 'dist/extract-cpu.js' });
}
await buildWeb();
