// Regions that lie inside another region's area though ISO 3166-2 gives them codes of their own. The drones
// "approaching Moscow" (the mayor, RU-MOW) are the ones "over Moscow Oblast" (the ministry, RU-MOS): the city sits
// in the middle of the oblast and every approach crosses it. Kyiv and Kyiv Oblast likewise. Sevastopol (UA-40) and
// Crimea (UA-43) are left apart on purpose: separate claimants with separate counts, and the gold keeps them apart.
// A city inside its region needs no entry: a fact's region is already the city's region.
import type { Country } from './types.ts';

const AREA_OF: Readonly<Record<string, string>> = {
  'RU-MOW': 'RU-MOS',
  'RU-SPE': 'RU-LEN',
  'UA-30': 'UA-32',
};

/** The region whose area holds `code` (itself when none does): facts of nested regions meet under it. */
export function areaOf(code: string): string {
  return AREA_OF[code] ?? code;
}

/** True when region `outer` is `inner` or holds it. */
export function containsRegion(outer: string, inner: string): boolean {
  return outer === inner || AREA_OF[inner] === outer;
}

// Crimea and Sevastopol carry Ukrainian ISO codes, but the reports of attacks on them come from the other side (the
// Russian ministry lists Crimea among "Russian regions" in the same breakdown as Krasnodar Krai): they belong to no
// country's nationwide wave, so a Ukrainian air force total never absorbs the ministry's three drones over Crimea.
const CONTESTED: ReadonlySet<string> = new Set(['UA-43', 'UA-40']);

/** The country whose nationwide wave holds region `code` ('UA-46' -> 'UA'); null for a contested or unknown code. */
export function countryOfRegion(code: string): Country | null {
  if (CONTESTED.has(code)) return null;
  if (code.startsWith('UA-')) return 'UA';
  if (code.startsWith('RU-')) return 'RU';
  return null;
}

/** The two countries at war, whose nationwide waves hold their regions' facts. A neighbour (Belarus, Poland…) is no
 *  side: a stray missile that falls there is that country's event, a place of its own (resolve/placed-fact.ts). */
export function isWarSide(country: Country): boolean {
  return country === 'RU' || country === 'UA';
}
