// Bundles the CLI into dist/sitrep.js so `sitrep` starts in a fraction of a second instead of compiling
// TypeScript on every run. npm runs this after `npm ci` (the "prepare" script); bin/sitrep.js falls back to
// the sources through tsx whenever src/ or data/ is newer than the bundle, so a stale bundle is never used.
// `node scripts/build.mjs --bench` also bundles bench/run.ts, so the benchmark measures the code as the CLI runs it
// (tsx's on-the-fly transform adds a helper call to every closure it creates).
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
};
await build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/sitrep.js', sourcemap: true });
if (process.argv.includes('--bench')) {
  await build({ ...common, entryPoints: ['bench/run.ts'], outfile: 'dist/bench.js' });
}
