// Place lookup over the generated gazetteer (data/gazetteer/*.json, see its README): regions, towns, seas
// and airports of Russia and Ukraine named in a report, in English, Russian or Ukrainian, in any case form.
//
// One token trie is built lazily at first use; a lookup walks it once per token, leftmost-longest, so
// "Kaluga Oblast" beats "Kaluga" and "Нижний Новгород" beats "Новгород". Town names and English names need a
// capital first letter ("Орел" the town, never "орел"; "Bor" never "bor"); Russian/Ukrainian region phrases
// with a region noun do not («в калужской области»).
import airportsData from '../../../data/gazetteer/airports.json' with { type: 'json' };
import citiesData from '../../../data/gazetteer/cities.json' with { type: 'json' };
import regionsData from '../../../data/gazetteer/regions.json' with { type: 'json' };
import seasData from '../../../data/gazetteer/seas.json' with { type: 'json' };
import unsureData from '../../../data/gazetteer/unsure-villages.json' with { type: 'json' };
import type { Lang } from '../../core/types.ts';
import { anyOf, byLanguage, pairedByLanguage } from '../grammar.ts';
import { keyAt, nameKey, type Tokens, tokenize } from './gazetteer-tokens.ts';
import { forEachNode, type Hit, insert, longestAt, newTrie, type Trie } from './gazetteer-trie.ts';

export type PlaceKind = 'region' | 'city' | 'sea';

export interface PlaceMatch extends Place {
  /** Character offsets into the input; text = input.slice(start, end). */
  start: number;
  end: number;
  text: string;
  /** A district named by its town's adjective («Белгородский район»), from findDistricts. */
  district?: boolean;
  /** A front sector named by its town's adjective («на Купянском направлении»), from findFacilityTowns. */
  front?: boolean;
  /** Where the region that follows the town and confirms it ends («Оріхів Запорізької області»): a list goes on
   *  after it, not after the town's name. */
  ownRegionEnd?: number;
  /** A district adjective that shares the head noun of a district whose city or region is named after it («в
   *  Ленинском и Кировском районах Донецка»): a district for sure, read over a town its adjective spells (Ленинск). */
  owned?: boolean;
  /** A district whose region or city is named right after it («Одинцовского района Московской области», «районе
   *  Донецка»): its owner is told, no city the text spoke of before takes it. */
  ownerNamed?: boolean;
}

export interface AirportMatch {
  start: number;
  end: number;
  text: string;
  iata: string;
  city: string;
  region: string;
}

export interface RegionInfo {
  code: string;
  name_en: string;
  name_ru: string;
  name_uk: string;
  country: 'RU' | 'UA';
  centre: { name: string; lat: number; lon: number } | null;
}

interface RegionRow {
  code: string;
  country: string;
  kind: string;
  name_en: string;
  name_ru: string;
  name_uk: string;
  centre: { name: string; lat: number; lon: number } | null;
  forms: { a: string[]; c: string[]; p: string[]; b: string[] };
}
type CityRow = [string, string | null, string | null, string, number, number, number, string[]];
interface SeaRow {
  code: string;
  name_en: string;
  forms: string[];
}
interface AirportRow {
  iata: string;
  city: string;
  region: string;
  main: boolean;
  bare: boolean;
  names: { en: string[]; ru: string[]; uk: string[] };
  /** The names alone, as keys. */
  keys: string[];
  /** Names with an airport word ("аэропорту шереметьево", "kazan airport"), as keys. */
  forms: string[];
}

/** A place as the gazetteer knows it. */
export interface Place {
  kind: PlaceKind;
  /** Region: ISO 3166-2; city: ISO 3166-2 of its region; sea: 'sea:black' etc. */
  code: string;
  /** Canonical English name ("Kaluga Oblast", "Voronezh", "Black Sea"). */
  name: string;
  /** City coordinates; a region's admin centre; null for seas. */
  lat: number | null;
  lon: number | null;
  population: number | null;
}

/** What a trie entry means: a place, the plural end of a list of regions, or a region's base word that
 *  only counts inside such a list ("Курской" in «Курской и Белгородской областей», "Kursk" in "Kursk and
 *  Belgorod regions"). */
enum Role {
  Place = 0,
  Plural = 1,
  Base = 2,
}

interface PlaceHit extends Hit {
  place: number;
  role: Role;
}

interface AirportHit extends Hit {
  airport: number;
  /** Bare names that are also towns or people ("Жуковский") count only in quotes. */
  quoted: boolean;
}

interface Index {
  places: Place[];
  trie: Trie<PlaceHit>;
  regions: Map<string, RegionInfo>;
  /** Each region's place by its code (the first row of that code), so that `regionPlace` is one lookup, not a search
   *  of the places: a code no region has would otherwise scan every town. */
  regionPlaces: Map<string, Place>;
  airports: AirportRow[];
  airportTrie: Trie<AirportHit>;
  iata: Map<string, number>;
  mainAirport: Map<string, string>;
  /** Towns whose Russian or Ukrainian name a town of another region also bears (Кам'янське of Dnipropetrovsk and of
   *  Odesa), by place index. */
  namesakes: Set<number>;
  /** Each town's Russian and Ukrainian names as written (the nominative), as `${code}|${English name}|${name key}`. */
  nominatives: Set<string>;
  /** Village forms that are also common words of a language («Атаки»), and villages named like a place abroad
   *  ("Berlin" of Chelyabinsk Oblast) as `${code}|${English name}`: data/gazetteer/unsure-villages.json. */
  commonWords: Record<Lang, ReadonlySet<string>>;
  abroad: ReadonlySet<string>;
}

let index: Index | null = null;

/** Under this many people a place is a village: its name may be shared with places the source lacks. */
const VILLAGE = 5000;
/** Under this many people a town after a village's title («с. Веселе») may be a namesake of the village meant: the
 *  round size under which a settlement is a small town (the urban-type settlements and the smallest towns). */
const SMALL_TOWN = 20000;
const ADJECTIVE_NAME = /(?:ое|ий|ый|ая|ське|ський|ська|ее|ие)$/u;

// Kinds ranked for one surface form naming several places: a region over a sea over a town, then population.
const KIND_RANK: Record<PlaceKind, number> = { region: 3, sea: 2, city: 1 };

const SWAP: Readonly<Record<string, string>> = { ia: 'ya', ya: 'ia', iu: 'yu', yu: 'iu' };

/** The other common romanisation of a Latin name (ia <-> ya, iu <-> yu), or null when it has none. */
function latinVariant(key: string): string | null {
  if (!/^[a-z' ]+$/.test(key) || !/ia|ya|iu|yu/.test(key)) return null;
  return key.replace(/ia|ya|iu|yu/g, (x) => SWAP[x] as string);
}

function build(): Index {
  const places: Place[] = [];
  const trie = newTrie<PlaceHit>();
  const regions = new Map<string, RegionInfo>();
  const regionPlaces = new Map<string, Place>();
  for (const r of regionsData as RegionRow[]) {
    const country = r.country === 'UA' ? 'UA' : 'RU';
    regions.set(r.code, {
      code: r.code,
      name_en: r.name_en,
      name_ru: r.name_ru,
      name_uk: r.name_uk,
      country,
      centre: r.centre,
    });
    const place =
      places.push({
        kind: 'region',
        code: r.code,
        name: r.name_en,
        lat: r.centre?.lat ?? null,
        lon: r.centre?.lon ?? null,
        population: null,
      }) - 1;
    if (!regionPlaces.has(r.code)) regionPlaces.set(r.code, places[place] as Place);
    for (const f of r.forms.a) insert(trie, f, { place, role: Role.Place, cap: false });
    for (const f of r.forms.c) insert(trie, f, { place, role: Role.Place, cap: true });
    for (const f of r.forms.p) insert(trie, f, { place, role: Role.Plural, cap: /^[a-z]/.test(f) });
    for (const f of r.forms.b) insert(trie, f, { place, role: Role.Base, cap: /^[a-z]/.test(f) });
  }
  for (const s of seasData as SeaRow[]) {
    const place =
      places.push({ kind: 'sea', code: s.code, name: s.name_en, lat: null, lon: null, population: null }) - 1;
    for (const f of s.forms) insert(trie, f, { place, role: Role.Place, cap: true });
  }
  const byName = new Map<string, { codes: Set<string>; places: number[] }>();
  for (const c of citiesData as unknown as CityRow[]) {
    const place = places.push({ kind: 'city', code: c[3], name: c[0], lat: c[4], lon: c[5], population: c[6] }) - 1;
    for (const n of [c[1], c[2]]) {
      if (n === null) continue;
      const key = nameKey(n);
      const entry = byName.get(key) ?? { codes: new Set<string>(), places: [] };
      entry.codes.add(c[3]);
      entry.places.push(place);
      byName.set(key, entry);
    }
    // A village named by an adjective («Киевское», «Суворовское») declines like the adjective it is: «киевского
    // режима», «Суворовского района». Only its name as written (and in English) stands for it.
    const adjectival = c[6] < VILLAGE && [c[1], c[2]].some((n) => n !== null && ADJECTIVE_NAME.test(n));
    const own = new Set([c[0], c[1], c[2]].filter((n): n is string => n !== null).map(nameKey));
    for (const f of c[7]) {
      if (adjectival && !own.has(f)) continue;
      insert(trie, f, { place, role: Role.Place, cap: true });
      // English spells the Ukrainian я/ю two ways: "Sloviansk" and "Slovyansk", "Kostiantynivka" and "Kostyantynivka".
      const variant = latinVariant(f);
      if (variant !== null) insert(trie, variant, { place, role: Role.Place, cap: true });
    }
  }
  const rank = (h: PlaceHit) => {
    const p = places[h.place] as Place;
    return KIND_RANK[p.kind] * 1e9 + (p.population ?? 0);
  };
  forEachNode(trie.root, (node) => {
    if (node.hits === null || node.hits.length < 2) return;
    // One place once per node (a form may repeat in two spellings), best first.
    const seen = new Set<string>();
    node.hits = node.hits
      .sort((a, b) => rank(b) - rank(a))
      .filter((h) => {
        const key = `${h.place}|${h.role}|${h.cap}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  });

  const airports = airportsData as AirportRow[];
  const airportTrie = newTrie<AirportHit>();
  const iata = new Map<string, number>();
  const mainAirport = new Map<string, string>();
  airports.forEach((a, i) => {
    iata.set(a.iata, i);
    if (a.main && !mainAirport.has(`${a.region}|${a.city}`)) mainAirport.set(`${a.region}|${a.city}`, a.iata);
    if (a.main && !mainAirport.has(a.city)) mainAirport.set(a.city, a.iata);
    for (const k of a.keys) insert(airportTrie, k, { airport: i, cap: true, quoted: !a.bare });
    for (const k of a.forms)
      insert(airportTrie, k, { airport: i, cap: !/^(airport|аэропорт|аеропорт)/.test(k), quoted: false });
  });
  const namesakes = new Set([...byName.values()].filter((e) => e.codes.size > 1).flatMap((e) => e.places));
  const nominatives = new Set(
    [...byName].flatMap(([key, e]) => e.places.map((i) => `${places[i]!.code}|${places[i]!.name}|${key}`)),
  );
  const commonWords = {
    en: new Set(unsureData.words.en),
    ru: new Set(unsureData.words.ru),
    uk: new Set(unsureData.words.uk),
  };
  const abroad = new Set(unsureData.abroad.map(([code, name]) => `${code}|${name}`));
  return {
    places,
    trie,
    regions,
    regionPlaces,
    airports,
    airportTrie,
    iata,
    mainAirport,
    namesakes,
    nominatives,
    commonWords,
    abroad,
  };
}

function getIndex(): Index {
  index ??= build();
  return index;
}

// Words that join regions into one list: «Брянской, Курской и Белгородской областей», "Kursk and Belgorod".
// The words that join the last two names of a list; the same in every list below.
const AND = '(?:и|і|й|та|and|&)';
const LIST_GAP = new RegExp(`^\\s*(,\\s*|,?\\s*${AND}\\s+)$`, 'i');

interface Found {
  start: number;
  end: number;
  hits: PlaceHit[];
  /** Region this span names when it stands in a list of regions. */
  base: number | null;
  role: Role;
}

function toMatch(text: string, f: Found, place: Place): PlaceMatch {
  return { start: f.start, end: f.end, text: text.slice(f.start, f.end), ...place };
}

const EMPTY: ReadonlySet<string> = new Set();

/** Every town named exactly `name`, in the gazetteer's order (the most populous first): «Олександрівка» is a town of
 *  three regions and a village of many more. */
export function townsNamed(name: string): Place[] {
  const idx = getIndex();
  const tokens = tokensOf(name);
  const m = longestAt(idx.trie, tokens, 0);
  if (m === null || endOf(name, tokens, m.to) !== name.length) return [];
  return m.hits
    .filter((h) => h.role !== Role.Base)
    .map((h) => idx.places[h.place] as Place)
    .filter((p) => p.kind === 'city');
}

/** The region codes a report names in other ways (a district, a town's facility or front) in the sentence that holds
 *  the offset `at`. */
export type NamedBeside = (at: number) => ReadonlySet<string>;

const NONE_BESIDE: NamedBeside = () => EMPTY;

/** Places named in `text`: non-overlapping, longest first, sorted by start. `prefer` holds region codes the
 *  report names in other ways (a district), which decide between towns of one name. `beside` gives those named in a
 *  name's own sentence, which decide first and leave a village of none of them unplaced; `headings` the districts
 *  told as a heading («Белгородский район:»), whose region holds the villages after them. `lang`, the report's
 *  language, leaves a village unplaced that the report does not confirm when its name as written is a common word of
 *  that language or a place abroad (`unsure`), or a first name before a surname (`nameBeforeSurname`); without it such
 *  villages are read as any other (callers that look up one name). `home` holds the region the report's channel speaks
 *  for (a regional head's, a city's): it decides between towns of one name when nothing in the report does. */
export function findPlaces(
  text: string,
  prefer: ReadonlySet<string> = EMPTY,
  beside = NONE_BESIDE,
  headings: readonly { at: number; code: string }[] = [],
  lang?: Lang,
  home: ReadonlySet<string> = EMPTY,
): PlaceMatch[] {
  const idx = getIndex();
  const tokens: Tokens = tokensOf(text);
  const found: Found[] = [];
  const n = tokens.starts.length;
  for (let i = 0; i < n; ) {
    const m = longestAt(idx.trie, tokens, i);
    if (m === null) {
      i++;
      continue;
    }
    const places = m.hits.filter((h) => h.role !== Role.Base);
    const base = m.hits.find((h) => h.role === Role.Base);
    const role = places.length > 0 ? (places[0] as PlaceHit).role : Role.Base;
    found.push({
      start: tokens.starts[i] as number,
      end: endOf(text, tokens, m.to),
      hits: places,
      base: base?.place ?? null,
      role,
    });
    i = m.to;
  }
  // A list closed by a plural region noun turns the names before it into those regions.
  for (let k = found.length - 1; k > 0; k--) {
    if ((found[k] as Found).role !== Role.Plural) continue;
    for (let j = k - 1; j >= 0; j--) {
      const prev = found[j] as Found;
      const next = found[j + 1] as Found;
      if (prev.base === null || !LIST_GAP.test(text.slice(prev.end, next.start))) break;
      prev.hits = [{ place: prev.base, role: Role.Place, cap: false }];
      prev.role = Role.Place;
    }
  }
  const kept = found.filter((f, k) => f.hits.length > 0 && !inCompound(text, found, k) && !notAPlace(tokens, f, idx));
  // A town name shared by several towns: prefer the one in a region the report names elsewhere.
  const named = new Set<string>(prefer);
  for (const f of kept) if (f.hits.length === 1) named.add((idx.places[(f.hits[0] as PlaceHit).place] as Place).code);
  const out: PlaceMatch[] = [];
  const namesakes = new Set<PlaceMatch>();
  for (const f of kept) {
    let hit = f.hits[0] as PlaceHit;
    if (f.hits.length > 1) {
      const near = beside(f.start);
      const codeOf = (h: PlaceHit) => (idx.places[h.place] as Place).code;
      // «Вдень окупанти вдарили КАБами по Золочеву» on the Kharkiv head's channel: with nothing in the report to choose,
      // the region the channel speaks for (`home`) decides; a place the report names itself decides first.
      const chosen =
        f.hits.find((h) => near.has(codeOf(h)) && !dwarfed(f.hits, h, idx)) ??
        f.hits.find((h) => named.has(codeOf(h)) && !dwarfed(f.hits, h, idx)) ??
        f.hits.find((h) => home.has(codeOf(h)) && !dwarfed(f.hits, h, idx));
      // «Павлівка» is a village in six regions: with nothing in the report to choose, it stays unplaced rather than
      // guessed. A town of some size keeps its name over villages that share it.
      if (!chosen && ambiguousVillage(f.hits, idx)) continue;
      hit = chosen ?? hit;
    }
    const match = toMatch(text, f, idx.places[hit.place] as Place);
    if (idx.namesakes.has(hit.place)) namesakes.add(match);
    out.push(match);
  }
  // «Степанівка» in a post about Zaporizhzhia is not the Odesa village of that name the source happens to hold: a
  // village outside every region the report otherwise names is a namesake, left unplaced.
  // «били по с. Веселе» in a post about Kharkiv oblast: the title says a village, so the Zaporizhzhia town of that name
  // (9,700 people) is a namesake like any village of the gazetteer. Only a small town: «с. Краматорськ» is a slip
  // of the pen over a city, not a village the gazetteer lacks, and the city stays itself.
  const village = (p: PlaceMatch) =>
    isVillage(p) ||
    (p.kind === 'city' &&
      (p.population ?? 0) < SMALL_TOWN &&
      VILLAGE_TITLE.test(text.slice(Math.max(0, p.start - 12), p.start)));
  const regions = new Set(out.filter((p) => !village(p)).map((p) => p.code));
  // «на аеродромі Бельбек у Криму»: a village of a city-region stands inside the region around that city.
  const within = (code: string, codes: ReadonlySet<string>) => codes.has(code) || codes.has(SURROUNDING[code] ?? code);
  // «у населенного пункта Богатырь на Великоновоселковском направлении»: a district, facility or front decides for
  // the villages of its own sentence only, where a village of another region is one of its region the source lacks.
  // Named in another sentence it drops none: «Бехтеры, ранена женщина. Бои на Покровском направлении» keeps Бехтеры.
  const keeps = (p: PlaceMatch) => {
    const near = beside(p.start);
    if (within(p.code, near) || within(p.code, regions) || prefer.has(p.code)) return true;
    // «Глава МЗС Словаччини: Атаки ЗСУ по нафтопроводу…», "talks in Berlin": a village whose name is also a common
    // word or a place abroad, in a report that names none of its region, is the word or the place abroad far more
    // often than the village; an ambiguous name stays unplaced rather than guessed. A village's title before it
    // («с. Правда») says which it is.
    if (
      lang !== undefined &&
      (unsure(p, lang, idx, home) || nameBeforeSurname(text, p, out)) &&
      !VILLAGE_TITLE.test(text.slice(Math.max(0, p.start - 12), p.start))
    )
      return false;
    // «Белгородский район: … В Журавлёвке дрон сбросил …»: a district heading (`headings`) names the report's region
    // for what follows it; a village of a far region (the Crimean Журавлёвка) is a namesake there, left unplaced
    // rather than guessed. A district merely named in another sentence still drops none.
    return near.size === 0 && regions.size === 0 && !headings.some((h) => h.at < p.start && h.code !== p.code);
  };
  const placed = out.filter((p) => !village(p) || keeps(p));
  return withOwnRegion(text, strayInList(text, placed, namesakes));
}

// Between two towns of one list: a comma or a conjunction, and any names between them the gazetteer does not hold
// («Гуляйполя, Оріхова, Новоандріївки, Левадного та Кам'янського»).
const JOIN = `(?:\\s*,\\s*|,?\\s*${AND}\\s+)`;
const RUN_GAP = new RegExp(`^${JOIN}(?:\\p{Lu}[\\p{L}'’ʼ-]*${JOIN})*$`, 'iu');

/**
 * «обстріляв райони Гуляйполя, Малої Токмачки, Оріхова та Кам'янського»: in a list of towns of which two or more
 * lie in one region, a name that several towns share, none of them in that region (the big Kamianske of
 * Dnipropetrovsk for a village of Zaporizhzhia), is a village the gazetteer lacks, not a town of another region; it
 * is left unplaced. A list of towns of different regions, each alone in its region, keeps them all.
 */
function strayInList(text: string, places: readonly PlaceMatch[], namesakes: ReadonlySet<PlaceMatch>): PlaceMatch[] {
  const stray = new Set<PlaceMatch>();
  for (let i = 0; i < places.length; ) {
    let j = i;
    while (
      j + 1 < places.length &&
      places[j]!.kind === 'city' &&
      places[j + 1]!.kind === 'city' &&
      RUN_GAP.test(text.slice(places[j]!.end, places[j + 1]!.start))
    )
      j++;
    const run = places.slice(i, j + 1);
    if (run.length >= 3) {
      const count = new Map<string, number>();
      for (const p of run) count.set(p.code, (count.get(p.code) ?? 0) + 1);
      const shared = [...count.values()].some((n) => n >= 2);
      for (const p of run) if (shared && count.get(p.code) === 1 && namesakes.has(p)) stray.add(p);
    }
    i = j + 1;
  }
  return stray.size === 0 ? [...places] : places.filter((p) => !stray.has(p));
}

// Between a city that is a region of its own and the region around it: a comma or "in" ("Sevastopol, Crimea",
// "Sevastopol in Crimea").
const AROUND_GAP = new RegExp(`^(?:\\s*,\\s*|\\s+(?:${anyOf('within_region')})\\s+)$`, 'iu');

/** «Київ, Київська, Чернігівська області»: a place after the region, after a comma or "and" (`LIST_GAP`), makes the
 *  city and the region items of a list, two places. */
function listGoesOn(text: string, region: PlaceMatch, next: PlaceMatch | undefined): boolean {
  return next !== undefined && LIST_GAP.test(text.slice(region.end, next.start));
}

/**
 * «Любимовка Курской области», «в Первомайске Луганской области»: a town followed straight away by a region names
 * the town of that region. The pair is one place, the town; a town of another region there is a namesake the
 * source lacks, and only the region stays. A city that is a region of its own followed by the region around it
 * (`SURROUNDING`), straight away, after "in" or, for a region that names the city's land (`LAND_OF`), after a comma
 * ("Sevastopol, Crimea", "the port Sevastopol in Crimea"), is the city too: the region only says where the city lies, it is no second place of the event. Not a village or
 * site of the city («у аэродрома Бельбек в Крыму»): the region named there frames the sentences after it.
 */
function withOwnRegion(text: string, places: readonly PlaceMatch[]): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  for (let i = 0; i < places.length; i++) {
    const town = places[i] as PlaceMatch;
    const region = places[i + 1];
    const gap = region ? text.slice(town.end, region.start) : '';
    if (town.kind === 'city' && region?.kind === 'region' && /^\s*$/u.test(gap)) {
      out.push(town.code === region.code ? { ...town, ownRegionEnd: region.end } : region);
      i++;
      continue;
    }
    if (
      town.kind === 'city' &&
      region?.kind === 'region' &&
      SURROUNDING[town.code] === region.code &&
      !isVillage(town) &&
      AROUND_GAP.test(gap) &&
      (LAND_OF[town.code] === region.code || !COMMA_GAP.test(gap)) &&
      !listGoesOn(text, region, places[i + 2])
    ) {
      out.push({ ...town, ownRegionEnd: region.end });
      i++;
      continue;
    }
    out.push(town);
  }
  return out;
}

/** "Sevastopol, Crimea": a city-region whose surrounding region also names the land the city lies on (Crimea, the
 *  peninsula). After a comma only such a region says where the city lies; "Moscow, Moscow region", «Киев, Киевская
 *  область», "St. Petersburg, Leningrad region" are two regions listed, as the reports write them (Moscow is no part
 *  of Moscow oblast). */
const LAND_OF: Readonly<Record<string, string>> = { 'UA-40': 'UA-43' };
const COMMA_GAP = /^\s*,\s*$/u;

/** Cities that are regions of their own, and the region around them. */
export const SURROUNDING: Readonly<Record<string, string>> = {
  'UA-30': 'UA-32',
  'UA-40': 'UA-43',
  'RU-MOW': 'RU-MOS',
  'RU-SPE': 'RU-LEN',
};

/** Whether a town's match is its name as written, the nominative («Курск», «Донецьк»), not a declined form («Курска»,
 *  «Донецька»). A name whose nominative and genitive are one («Запоріжжя») counts as written. */
export function isNominative(p: PlaceMatch): boolean {
  return p.kind === 'city' && getIndex().nominatives.has(`${p.code}|${p.name}|${nameKey(p.text)}`);
}

// A village's title right before a name (`village_title`: «с. », «село »).
const VILLAGE_TITLE = new RegExp(`(?<![\\p{L}.-])(?:${anyOf('village_title')})\\s*$`, 'iu');

/** A town under 5,000 people, or a named site (population 0). */
export function isVillage(p: Place): boolean {
  return p.kind === 'city' && (p.population ?? 0) < VILLAGE;
}

// «В Николаеве … Во Львовской области …»: Mykolaiv the regional centre, not the small Lviv-Oblast town of that
// name. A namesake's region named elsewhere in the report decides only between towns of comparable size; one that a
// city ten times its size shares a name with needs its region next to it (withOwnRegion).
const BIG_CITY = 100_000;

function dwarfed(hits: readonly PlaceHit[], h: PlaceHit, idx: Index): boolean {
  const best = idx.places[(hits[0] as PlaceHit).place] as Place;
  const own = idx.places[h.place] as Place;
  if (best.kind !== 'city' || own.kind !== 'city' || best === own) return false;
  return (best.population ?? 0) >= BIG_CITY && (best.population ?? 0) >= 10 * (own.population ?? 0);
}

/** A village a report may mean as something else: its form as written is a common word of `lang`, or its name is a
 *  place's abroad. On a channel that speaks for the village's region (`home`) the name is that village, not the place
 *  abroad: «атаковали Александрию» on the Stavropol governor's channel
 *  is Stavropol's Aleksandriya, not Egypt's Alexandria (a common word stays a word anywhere). */
function unsure(p: PlaceMatch, lang: Lang, idx: Index, home: ReadonlySet<string>): boolean {
  if (!isVillage(p)) return false;
  return (idx.abroad.has(`${p.code}|${p.name}`) && !home.has(p.code)) || idx.commonWords[lang].has(nameKey(p.text));
}

// A capitalised word of letters straight after a name, one space between: "Bohdan Zvonyk", «Станіслава Кияниця».
const SURNAME_AFTER = /^ \p{Lu}\p{Ll}+(?![\p{L}'’-])/u;
// A capitalised word straight before the name: the name stands in a run of them, a headline in Title Case ("The Hroza
// Missile Strike"), where a capital says nothing.
const CAPITAL_BEFORE = /(?:^|[^\p{L}'’-])\p{Lu}[\p{L}'’-]* $/u;

/** "Twenty-four-year old Bohdan Zvonyk told AP": a village named like a first name, a capitalised word right after it
 *  that is no place, reads as a person's first name and surname. */
function nameBeforeSurname(text: string, p: PlaceMatch, places: readonly PlaceMatch[]): boolean {
  if (!isVillage(p) || !SURNAME_AFTER.test(text.slice(p.end, p.end + 40))) return false;
  if (CAPITAL_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start))) return false;
  return !places.some((q) => q.start === p.end + 1);
}

function ambiguousVillage(hits: readonly PlaceHit[], idx: Index): boolean {
  const best = idx.places[(hits[0] as PlaceHit).place] as Place;
  if (best.kind !== 'city' || (best.population ?? 0) >= VILLAGE) return false;
  return hits.some((h) => (idx.places[h.place] as Place).code !== best.code);
}

const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);

/** A name glued by a hyphen to a word that is not a place is part of another word: "Павлово-Посадском",
 *  "Чистякова-Ионова". Two places stay ("Джанкой-Сімферополь"). */
function inCompound(text: string, found: Found[], k: number): boolean {
  const f = found[k] as Found;
  if (text[f.end] === '-' && isLetter(text[f.end + 1]) && found[k + 1]?.start !== f.end + 1) return true;
  if (text[f.start - 1] === '-' && isLetter(text[f.start - 2]) && found[k - 1]?.end !== f.start - 1) return true;
  return false;
}

// A town's adjective before a district, front or facility noun («в Купянском районе», «Красноармейского района»,
// «на Покровському напрямку») is the adjective, not the town's own case («под Курском»): the genitive of an adjective
// is also the genitive of a town named by one (Красноармейское). Each language's endings with its own nouns; the
// adjectives that share a plural noun («Красноармейского и Октябрьского районов») are read up to it.
// A street's adjective agrees with the street noun after it as a district's does with «районі» («на Лозовій вулиці»).
const STREET_PAIRS = [
  ...pairedByLanguage('street_feminine_endings', 'street_feminine_noun'),
  ...pairedByLanguage('street_masculine_endings', 'street_masculine_noun'),
];
const ADJECTIVE_NOUNS = [...pairedByLanguage('district_adjective_endings', 'district_noun'), ...STREET_PAIRS].map(
  ([endings, nouns]): [readonly string[], ReadonlySet<string>] => [endings, new Set(nouns)],
);
/** A street noun (or abbreviation) before a name: the endings of a street name that agrees with it. */
const STREET_BEFORE = new Map<string, readonly string[]>();
for (const [endings, nouns] of STREET_PAIRS) for (const noun of nouns) STREET_BEFORE.set(noun, endings);
for (const lex of byLanguage(['street_abbreviation', 'street_feminine_endings', 'street_masculine_endings'])) {
  for (const abbreviation of lex.street_abbreviation)
    STREET_BEFORE.set(abbreviation, [...lex.street_feminine_endings, ...lex.street_masculine_endings]);
}
const CONJUNCTIONS = new Set(byLanguage(['conjunction']).flatMap((l) => l.conjunction));
/** How many adjectives joined by a conjunction may share one noun. */
const SHARED_NOUN_ITEMS = 5;

// A town named like a first name, followed by a capitalized word, is a person: "Владимир Путин",
// "Владимира Сальдо", "Vladimir Putin".
const FIRST_NAME = /^(владимир|володимир|vladimir|volodymyr)/;

/** Token index of the last token of a match. */
function lastToken(tokens: Tokens, end: number): number {
  let lo = 0;
  let hi = tokens.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((tokens.starts[mid] as number) < end) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function notAPlace(tokens: Tokens, f: Found, idx: Index): boolean {
  const place = idx.places[(f.hits[0] as PlaceHit).place] as Place;
  if (place.kind !== 'city') return false;
  const last = lastToken(tokens, f.end);
  const key = keyAt(tokens, last);
  const next = last + 1 < tokens.starts.length ? last + 1 : -1;
  if (next >= 0 && FIRST_NAME.test(key) && tokens.caps[next] === true) return true;
  if (streetAfterNoun(tokens, f, place, key, idx)) return true;
  return ADJECTIVE_NOUNS.some(([endings, nouns]) => adjectiveBefore(tokens, last, endings, nouns));
}

/** «на вулиці Надвірній», «вул. Лозова», «на розі вулиць Лозової та Шевченка»: a town's name right after a street noun,
 *  agreeing with it or as written, is the street's. The town's own case that does not agree («на вулиці Херсона», a
 *  street of Kherson; «на вулицях Лозової», its streets) stays the town. */
function streetAfterNoun(tokens: Tokens, f: Found, place: Place, lastKey: string, idx: Index): boolean {
  const first = lastToken(tokens, f.start + 1);
  if (first === 0 || tokens.starts[first] !== f.start) return false;
  const endings = STREET_BEFORE.get(keyAt(tokens, first - 1));
  if (endings === undefined) return false;
  // Only a space or the abbreviation's dot between them: «на вулиці. Лозова …» starts another sentence.
  if (!/^\.?\s+$|^\.$/u.test(tokens.text.slice(tokens.ends[first - 1] as number, f.start))) return false;
  if (endings.some((e) => lastKey.endsWith(e))) return true;
  return idx.nominatives.has(`${place.code}|${place.name}|${nameKey(tokens.text.slice(f.start, f.end))}`);
}

/** The word at `at` ends like an adjective and a noun it agrees with follows, straight after it or after more such
 *  adjectives joined by a conjunction (the tokens hold no commas). Adjectives that share a noun share its case, so each
 *  one after the conjunction must end as the first does: a town's instrumental that ends like an adjective («под
 *  Курском и Белгородским районом») is no member of the next district's list. */
function adjectiveBefore(tokens: Tokens, at: number, endings: readonly string[], nouns: ReadonlySet<string>): boolean {
  const endingOf = (i: number) =>
    endings.filter((e) => keyAt(tokens, i).endsWith(e)).reduce((a, b) => (b.length > a.length ? b : a), '');
  const first = endingOf(at);
  if (!first) return false;
  for (let i = at + 1, items = 0; i < tokens.starts.length; i++) {
    const key = keyAt(tokens, i);
    if (nouns.has(key)) return true;
    if (CONJUNCTIONS.has(key)) continue;
    if (endingOf(i) !== first || ++items > SHARED_NOUN_ITEMS) return false;
  }
  return false;
}

// findPlaces and findAirports read the same report one after the other: split it once.
let lastTokens: Tokens | null = null;

function tokensOf(text: string): Tokens {
  if (lastTokens?.text !== text) lastTokens = tokenize(text);
  return lastTokens;
}

/** End offset of a match, taking in the dot of "обл." */
function endOf(text: string, tokens: Tokens, to: number): number {
  const end = tokens.ends[to - 1] as number;
  return text.charCodeAt(end) === 0x2e && keyAt(tokens, to - 1) === 'обл' ? end + 1 : end;
}

// Three capitals that are also ordinary words or acronyms need an airport word nearby ("LED lights").
const AMBIGUOUS_IATA = new Set([
  'LED',
  'EGO',
  'ROV',
  'SIP',
  'PEE',
  'CEE',
  'OMS',
  'REN',
  'ESL',
  'TOF',
  'NAL',
  'ODS',
  'KEJ',
]);
const AIRPORT_CONTEXT = /(airport|аэропорт|аеропорт|flight|рейс|IATA|ИАТА)/i;

/** Airports named in `text`, by name in any language or by IATA code (IATA only in capitals). */
export function findAirports(text: string): AirportMatch[] {
  const idx = getIndex();
  const tokens = tokensOf(text);
  const out: AirportMatch[] = [];
  const push = (start: number, end: number, i: number) => {
    const a = idx.airports[i] as AirportRow;
    out.push({ start, end, text: text.slice(start, end), iata: a.iata, city: a.city, region: a.region });
  };
  let start = 0;
  // One callback for the whole scan (it reads `start`): a closure per word cost more than the lookup.
  const accept = (h: AirportHit) => !h.quoted || /[«"“„']\s*$/.test(text.slice(Math.max(0, start - 2), start));
  // A bare name that is also a town («Жуковский») out of quotes, kept only if it stands in a list of airports.
  const listed: { start: number; end: number; airport: number }[] = [];
  for (let i = 0; i < tokens.starts.length; ) {
    start = tokens.starts[i] as number;
    const m = longestAt(idx.airportTrie, tokens, i, accept);
    if (m !== null) {
      push(start, tokens.ends[m.to - 1] as number, (m.hits[0] as AirportHit).airport);
      i = m.to;
      continue;
    }
    const bare = longestAt(idx.airportTrie, tokens, i);
    if (bare !== null) {
      listed.push({ start, end: tokens.ends[bare.to - 1] as number, airport: (bare.hits[0] as AirportHit).airport });
      i = bare.to;
      continue;
    }
    const word = (tokens.ends[i] as number) - start === 3 ? text.slice(start, start + 3) : '';
    const code = word !== '' ? idx.iata.get(word) : undefined;
    if (code !== undefined) {
      const before = text.slice(Math.max(0, start - 40), start);
      const around = before + text.slice(start, Math.min(text.length, start + 43));
      if (!AMBIGUOUS_IATA.has(word) || AIRPORT_CONTEXT.test(around) || /\(\s*$/.test(before))
        push(start, start + 3, code);
    }
    i++;
  }
  return listed.length === 0 ? out : withListed(text, out, listed, push);
}

/** «в аэропортах Шереметьево, Жуковский и Внуково», "at Sheremetyevo and Zhukovsky airports": a bare name that is also
 *  a town counts as its airport when only a comma or a conjunction parts it from an airport of the same city named
 *  (or from another such name that does), so a list of one city's airports keeps every member wherever it stands.
 *  Alone, «в Жуковском» is the town; a town of another city in the list («Внуково и Калуга») is that city's own
 *  closure, which `detectAirports` reads from the town. */
function withListed(
  text: string,
  out: AirportMatch[],
  listed: { start: number; end: number; airport: number }[],
  push: (start: number, end: number, i: number) => void,
): AirportMatch[] {
  const idx = getIndex();
  const sure = out.map((a) => ({ start: a.start, end: a.end, city: a.city }));
  const joined = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.end <= b.start ? LIST_GAP.test(text.slice(a.end, b.start)) : LIST_GAP.test(text.slice(b.end, a.start));
  let grew = true;
  while (grew) {
    grew = false;
    for (let k = 0; k < listed.length; k++) {
      const c = listed[k]!;
      const city = (idx.airports[c.airport] as AirportRow).city;
      if (!sure.some((s) => s.city === city && joined(s, c))) continue;
      push(c.start, c.end, c.airport);
      sure.push({ ...c, city });
      listed.splice(k--, 1);
      grew = true;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A region as a place, for a region the text names only by a bare noun («в Києві та області»). */
export function regionPlace(code: string): Place | undefined {
  return getIndex().regionPlaces.get(code);
}

export function regionInfo(code: string): RegionInfo | undefined {
  return getIndex().regions.get(code);
}

/** A region's canonical name (nominative) in the reader's language. */
export function regionNameIn(info: RegionInfo, lang: Lang): string {
  return lang === 'ru' ? info.name_ru : lang === 'uk' ? info.name_uk : info.name_en;
}

/** The main airport of a town, or of a region's admin centre: Kazan -> KZN, Tatarstan -> KZN. */
export function mainAirportOf(place: PlaceMatch): string | null {
  const idx = getIndex();
  if (place.kind === 'city') return idx.mainAirport.get(`${place.code}|${place.name}`) ?? null;
  if (place.kind === 'region') {
    const centre = idx.regions.get(place.code)?.centre;
    if (!centre) return null;
    return idx.mainAirport.get(`${place.code}|${centre.name}`) ?? idx.mainAirport.get(centre.name) ?? null;
  }
  return null;
}

/** The one airport of a town («в Жуковском» → ZIA, «в Калуге» → KLF): the airports listed for the town (its region
 *  and city) or named after it (Zhukovsky's ZIA serves Moscow and bears the town's name); null when it has none or
 *  several (Moscow), so a closure told of the town alone names no airport by guess. */
export function townAirport(place: PlaceMatch): { iata: string; city: string; region: string } | null {
  if (place.kind !== 'city') return null;
  const found = getIndex().airports.filter(
    (a) => (a.region === place.code && a.city === place.name) || a.names.en.includes(place.name),
  );
  const only = found.length === 1 ? found[0]! : null;
  return only ? { iata: only.iata, city: only.city, region: only.region } : null;
}

/** The airports of the capital, listed in reports as "Moscow airports": ['SVO','DME','VKO','ZIA'] / ['KBP','IEV']. */
export function capitalAirports(country: 'RU' | 'UA'): string[] {
  const code = country === 'RU' ? 'RU-MOW' : 'UA-30';
  return getIndex()
    .airports.filter((a) => a.region === code)
    .map((a) => a.iata);
}
