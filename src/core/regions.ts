// Regions that lie inside another region's area though ISO 3166-2 gives them codes of their own. The drones
// "approaching Moscow" (the mayor, RU-MOW) are the ones "over Moscow Oblast" (the ministry, RU-MOS): the city sits
// in the middle of the oblast and every approach crosses it. Kyiv and Kyiv Oblast likewise. Sevastopol (UA-40) and
// Crimea (UA-43) are left apart on purpose: separate claimants with separate counts, and the gold keeps them apart.
// A city inside its region needs no entry: a fact's region is already the city's region.
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
