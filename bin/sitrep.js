#!/usr/bin/env node
// Runs the bundle that `npm ci` builds (scripts/build.mjs), unless src/ or data/ changed since it was built:
// then the TypeScript sources run through tsx, so a checkout never runs stale code. The page is the same: a
// checkout whose web/ changed after dist/web was built (a `git pull`) rebuilds it before `serve` or `demo`.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'dist', 'sitrep.js');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Rebuilds dist/web when web/ or the map data is newer than it. Only a built page that is stale: a missing one is
 *  said by `serve` itself (tests may start several servers at once, and two builds into one folder would race). */
async function refreshPage() {
  const page = join(root, 'dist', 'web', 'index.html');
  const builder = join(root, 'scripts', 'build-web.mjs');
  if (!existsSync(page) || !existsSync(builder) || !existsSync(join(root, 'web'))) return;
  if (statSync(page).mtimeMs >= Math.max(newestMtime(join(root, 'web')), newestMtime(join(root, 'data', 'map'))))
    return;
  process.stderr.write('sitrep: web/ changed since the page was built: building dist/web again\n');
  try {
    const { buildWeb } = await import(builder);
    await buildWeb();
  } catch (error) {
    process.stderr.write(
      `sitrep: could not build the page (${error instanceof Error ? error.message : error}); serving the old one: run \`npm run build\`\n`,
    );
  }
}

if (['serve', 'demo'].includes(process.argv[2] ?? '')) await refreshPage();

const fresh =
  existsSync(bundle) &&
  statSync(bundle).mtimeMs >= Math.max(newestMtime(join(root, 'src')), newestMtime(join(root, 'data')));
if (fresh) {
  await import(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
