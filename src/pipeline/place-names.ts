// Towns named in the reader's language: an incident's place comes from the gazetteer in English ("Dnipro"), which a
// Ukrainian or Russian page showed as it was. The gazetteer holds each town's Russian and Ukrainian names beside its
// English one, so the place is found by its English name and coordinates (names repeat: many a "Mykolaivka"). Loaded
// only when a reader asks for Russian or Ukrainian (`placeNamer`), as the table is the extraction gazetteer's size.
import citiesData from '../../data/gazetteer/cities.json' with { type: 'json' };
import type { Lang, PlaceRef } from '../core/types.ts';

type CityRow = [string, string | null, string | null, string, number, number, number, string[]];

let table: Map<string, { ru: string | null; uk: string | null }> | null = null;

const keyOf = (name: string, lat: number, lon: number) => `${name}|${lat}|${lon}`;

function names(): Map<string, { ru: string | null; uk: string | null }> {
  if (!table) {
    table = new Map();
    for (const c of citiesData as unknown as CityRow[]) table.set(keyOf(c[0], c[4], c[5]), { ru: c[1], uk: c[2] });
  }
  return table;
}

/** The place's name in `lang`: the gazetteer's Russian or Ukrainian name of the town at those coordinates; a place it
 *  does not hold (a site, a district, an airport) or has no such name for keeps the name it has. */
export function placeName(place: PlaceRef, lang: Lang): string {
  if (lang === 'en' || place.lat == null || place.lon == null) return place.name;
  return names().get(keyOf(place.name, place.lat, place.lon))?.[lang] ?? place.name;
}
