// Writes data/gazetteer/centres.json: each region's admin centre by every name form the gazetteer holds for that town
// («Запоріжжя», «Запорожье», «Запоріжжі», "Zaporizhzhia"), derived from regions.json and cities.json alone. The region
// filter (src/pipeline/region-names.ts) reads it so that a city's name finds its oblast in any of the three languages
// without loading the 2 MB town list on every `sitrep incidents`. Run after `npm run gen:gazetteer`;
// test/pipeline/region-centres.test.ts fails when the file and its sources disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DATA = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'gazetteer');

type CityRow = [string, string, string, string, number, number, number, string[]];
interface RegionRow {
  code: string;
  centre: { name: string } | null;
}

/** code -> the centre town's name forms (lower case, as cities.json writes them), for every region whose centre
 *  cities.json holds under that region's code. Sorted, so the same sources give the same bytes. */
export function centreForms(regions: readonly RegionRow[], cities: readonly CityRow[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of [...regions].sort((a, b) => a.code.localeCompare(b.code))) {
    if (!r.centre) continue;
    const town = cities.find((c) => c[3] === r.code && c[0] === r.centre!.name);
    if (!town) continue;
    out[r.code] = [...new Set([town[0], town[1], town[2]].map((n) => n.toLocaleLowerCase()).concat(town[7]))].sort();
  }
  return out;
}

export function readSources(): { regions: RegionRow[]; cities: CityRow[] } {
  const read = <T>(file: string) => JSON.parse(readFileSync(join(DATA, file), 'utf8')) as T;
  return { regions: read<RegionRow[]>('regions.json'), cities: read<CityRow[]>('cities.json') };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { regions, cities } = readSources();
  const forms = centreForms(regions, cities);
  writeFileSync(join(DATA, 'centres.json'), `${JSON.stringify(forms)}\n`);
  console.log(`centres.json: ${Object.keys(forms).length} regions`);
}
