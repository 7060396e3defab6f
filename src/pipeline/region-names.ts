// Regions by name in English, Russian or Ukrainian, for people who type «Курская» or "Kyiv Oblast" where the
// store wants RU-KRS or UA-32. Reads the gazetteer's data file directly (not the extraction stage), so a command
// that only lists incidents stays light.
import centresData from '../../data/gazetteer/centres.json' with { type: 'json' };
import regionsData from '../../data/gazetteer/regions.json' with { type: 'json' };
import { UsageError } from '../core/errors.ts';
import { withRegionsNamed } from '../core/incident-regions.ts';
import { foldLookalikes } from '../core/lookalikes.ts';
import type { Incident, Lang, PlaceRef } from '../core/types.ts';

export interface RegionInfo {
  code: string;
  name: { en: string; ru: string; uk: string };
  country: string;
  /** The region's administrative centre, for a map or an export that has nothing more precise. */
  centre: { name: string; lat: number; lon: number } | null;
}

interface RegionRow {
  code: string;
  country: string;
  name_en: string;
  name_ru: string;
  name_uk: string;
  centre?: { name: string; lat: number; lon: number };
  forms?: { a?: string[]; b?: string[]; c?: string[] };
}

const ROWS = regionsData as RegionRow[];

export const REGIONS: readonly RegionInfo[] = ROWS.map((r) => ({
  code: r.code,
  name: { en: r.name_en, ru: r.name_ru, uk: r.name_uk },
  country: r.country,
  centre: r.centre ?? null,
})).sort((a, b) => a.code.localeCompare(b.code));

const BY_CODE = new Map(REGIONS.map((r) => [r.code, r]));
const COUNTRIES = new Set(REGIONS.map((r) => r.country));

export function regionInfo(code: string): RegionInfo | undefined {
  return BY_CODE.get(code);
}

/** Lower case, ё as е, quotes and dots dropped, one space between words: «Курская обл.» -> "курская обл". A Latin
 *  look-alike typed into a Cyrillic word is read as its Cyrillic twin: «Харкiвська» (Latin i) -> "харківська". */
function normalize(name: string): string {
  return foldLookalikes(name)
    .toLocaleLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"'“”„.]/g, '')
    .replace(/[\s_]+/g, ' ')
    .trim();
}

/** Each region's three names, then every name and inflected form (the gazetteer's singular and bare forms; plurals
 *  left out), normalized. A name wins over a form: "Kyiv" is the city (UA-30), though "kyiv" is also a bare form of
 *  Kyiv Oblast. */
const OFFICIAL: readonly { code: string; name: string }[] = ROWS.flatMap((r) =>
  [r.name_en, r.name_ru, r.name_uk].map((name) => ({ code: r.code, name: normalize(name) })),
);
const NAMES: readonly { code: string; name: string }[] = [
  ...OFFICIAL,
  ...ROWS.flatMap((r) =>
    [...(r.forms?.a ?? []), ...(r.forms?.b ?? []), ...(r.forms?.c ?? [])].map((name) => ({
      code: r.code,
      name: normalize(name),
    })),
  ),
];

/** The regions' admin centres by every name form of the town (data/gazetteer/centres.json, scripts/gen-centres.ts):
 *  «Запоріжжя», «Харькове», "Dnipro" name their oblast, as the English short forms already do. */
const CENTRES: readonly { code: string; name: string }[] = Object.entries(
  centresData as Record<string, string[]>,
).flatMap(([code, forms]) => forms.map((form) => ({ code, name: normalize(form) })));

/** The codes a name or code stands for: a code ('ru-krs', 'UA') as itself; a region's name in any of the three
 *  languages ("Kyiv Oblast", «Москва», "Kyiv" the city); else an inflected or short form («Курской области», "Kursk");
 *  else the name of a region's centre in any form («Запоріжжя», «Харькове»: the oblast); else names whose first words
 *  are the input's words ("Kursk" and «Курская» -> Kursk Oblast). Several codes when the name is shared. Empty when
 *  nothing matches. */
export function regionCodesFor(input: string): string[] {
  const text = normalize(input);
  if (text === '') return [];
  const upper = text.toUpperCase();
  if (BY_CODE.has(upper) || COUNTRIES.has(upper)) return [upper];
  for (const list of [OFFICIAL, NAMES, CENTRES]) {
    const exact = new Set(list.filter((n) => n.name === text).map((n) => n.code));
    if (exact.size > 0) return [...exact].sort();
  }
  const prefix = new Set(NAMES.filter((n) => n.name.startsWith(`${text} `)).map((n) => n.code));
  return [...prefix].sort();
}

/** Region filters as given (a list, each maybe comma-separated) -> codes. A value that matches nothing is a usage
 *  error that names it, so a typo is never answered with an empty list. */
export function resolveRegions(values: readonly string[]): string[] {
  const codes = new Set<string>();
  for (const value of values.flatMap((v) => v.split(','))) {
    if (value.trim() === '') continue;
    const found = regionCodesFor(value);
    if (found.length === 0) {
      throw new UsageError(
        `region "${value.trim()}" matches no region: give an ISO 3166-2 code (RU-KRS, UA-63) or a name in English, Russian or Ukrainian (see \`sitrep regions\` or /api/regions)`,
      );
    }
    for (const code of found) codes.add(code);
  }
  return [...codes];
}

/** The region codes whose names contain `text` (lower case): free-text search finds an incident by its region's
 *  name in any language, whatever language its reports were written in. */
export function regionCodesMentioning(text: string): string[] {
  const t = normalize(text);
  if (t.length < 3) return [];
  return [...new Set([...NAMES, ...CENTRES].filter((n) => n.name.includes(t)).map((n) => n.code))].sort();
}

/** The incident with every region it names (its region, its regions, its totals' scopes) called by its canonical name
 *  in one language, for a reader who asked for it: an incident otherwise names them in its own reports' language, so
 *  a list mixes «Курская область» with "Bryansk Oblast". */
export function withRegionNames(incident: Incident, lang: Lang): Incident {
  return withRegionsNamed(incident, (code) => regionInfo(code)?.name[lang]);
}

/** A town's name in `lang` for a reader who asked for Russian or Ukrainian («Дніпро», not "Dnipro"); null for English,
 *  whose names the gazetteer's places already carry. The towns' table loads on the first such request, so listing
 *  incidents in English stays light. */
export async function placeNamer(lang: Lang): Promise<((place: PlaceRef) => string) | null> {
  if (lang === 'en') return null;
  const { placeName } = await import('./place-names.ts');
  return (place) => placeName(place, lang);
}

/** What a reader who asked for `lang` gets: every region named canonically in it (`withRegionNames`) and every town
 *  by its name in it (`placeNamer`). */
export async function namedFor(lang: Lang): Promise<(incident: Incident) => Incident> {
  const town = await placeNamer(lang);
  return (incident) => withRegionsNamed(incident, (code) => regionInfo(code)?.name[lang], town ?? undefined);
}
