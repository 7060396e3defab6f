// Builds the page (web/) into dist/web/: index.html, assets/app.js and app.css (Leaflet's CSS inside), and the
// map file from data/map/. The server (src/api/web.ts) serves that folder. Called by scripts/build.mjs, and by the
// browser test so it never runs against a stale bundle.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildWeb(outdir = join(ROOT, 'dist/web')) {
  const assets = join(outdir, 'assets');
  mkdirSync(assets, { recursive: true });
  await build({
    entryPoints: { app: join(ROOT, 'web/src/main.ts'), 'app-style': join(ROOT, 'web/styles.css') },
    outdir: assets,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    // Leaflet's CSS names control icons; they are copied beside app.css.
    loader: { '.png': 'file', '.svg': 'file' },
    assetNames: '[name]-[hash]',
    logLevel: 'warning',
    legalComments: 'linked',
  });
  copyFileSync(join(ROOT, 'web/index.html'), join(outdir, 'index.html'));
  copyFileSync(join(ROOT, 'data/map/admin1.topo.json'), join(assets, 'admin1.topo.json'));
  return outdir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildWeb();
