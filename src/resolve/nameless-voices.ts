// Nameless officials beside a named body of their side. The lexicons give the role `official`, with no name, to the
// words that name no one in particular: "officials", "authorities", "the military", "Ukraine says", «власти», «місцева
// влада» (origins.ts calls them VAGUE). Their word may be the named body's own ("the air force said it downed 14" and
// "14 were downed, officials said"; the defence ministry's 42 over Crimea and "Russia says"), so counted beside it
// they would let a body confirm itself. So may a claim credited to an outlet («сообщает ТАСС», "state media reported"):
// an outlet retells someone's statement (agreement.ts), as TASS retold the ministry's three drones over Moscow Oblast.
// Two named bodies (the air force and a city's mayor; a governor and the ministry) stay two voices, and nameless
// officials stay a voice where the incident names no body of their side. A side is read from the credit's own words
// ("Russian officials", «украинские власти»: credit-side.ts), else from the report's language.
import type { ClaimantRole, Country } from '../core/types.ts';
import { citesOwnSources, creditSide } from './credit-side.ts';
import type { PlacedFact } from './placed-fact.ts';

const NAMELESS: ClaimantRole = 'official';
const MEDIA: ClaimantRole = 'media';

/** Takes the nameless officials' and the outlets' keys out of the reports that credit them when the incident credits a
 *  named body (a person by name, or a role other than those two) that may be of their side: either side unknown, or
 *  both the same. "Russian officials" beside "Ukraine's air force" are two sides and stay two voices; an English
 *  "officials said" whose words tell no side still folds: an under-count, where counting them apart would over-claim
 *  every same-side pair. An outlet's report that cites its own sources (residents, witnesses) and was published before
 *  the named body's first report cannot retell it (the outlet's residents' account of the night, the governor's post
 *  an hour later): it keeps its voice. An outlet's bare credit may retell a statement published elsewhere first. A report left
 *  crediting no one is `dependent`: a voice only when the incident has no other.
 *  Runs on voicesByReport's keys, after a role alone has become its one named holder ("the official" beside
 *  "official Andriy Yermak" is his key already). */
export function foldNamelessOfficials(
  members: readonly PlacedFact[],
  keys: Map<string, Set<string>>,
  dependent: Set<string>,
): void {
  const namedSides = new Set<Country | undefined>();
  const sidesOfNamed = new Map<string, Set<Country>>();
  // The side of each report's nameless or outlet credit, and when each report was published.
  const sideOfReport = new Map<string, Country | undefined>();
  const publishedMs = new Map<string, number>();
  const mediaReports = new Set<string>();
  // What each report's facts tell where (kind and place), and what the named bodies tell.
  const placesOf = new Map<string, Set<string>>();
  const namedPlaces = new Set<string>();
  let firstNamedMs = Number.POSITIVE_INFINITY;
  for (const p of members) {
    const id = p.fact.report_id;
    publishedMs.set(id, p.publishedMs);
    const told = `${p.fact.kind}\u0001${p.group}`;
    if (p.group !== '-') placesOf.set(id, (placesOf.get(id) ?? new Set<string>()).add(told));
    if (p.claimant === null) continue;
    if (p.claimant === NAMELESS || p.fact.claimant?.role === MEDIA) {
      if (!sideOfReport.has(id) || sideOfReport.get(id) === undefined)
        sideOfReport.set(id, creditSide(p.fact, p.report));
      if (p.fact.claimant?.role === MEDIA && citesOwnSources(p.fact, p.report)) mediaReports.add(id);
      continue;
    }
    // A body's side is what any of its credits tells: "Ukraine's air force said …; the air force said 12 were downed".
    const sides = sidesOfNamed.get(p.claimant) ?? new Set<Country>();
    const side = creditSide(p.fact, p.report);
    if (side !== undefined) sides.add(side);
    sidesOfNamed.set(p.claimant, sides);
    if (p.group !== '-') namedPlaces.add(`${p.fact.kind}\u0001${p.group}`);
    firstNamedMs = Math.min(firstNamedMs, p.publishedMs);
  }
  for (const sides of sidesOfNamed.values()) {
    if (sides.size === 0) namedSides.add(undefined);
    for (const side of sides) namedSides.add(side);
  }
  if (namedSides.size === 0) return;
  const named = (side: Country | undefined): boolean =>
    side === undefined || namedSides.has(undefined) || namedSides.has(side);
  // The other side confirms only the same kind of fact told of the same place ("Russian officials said their forces
  // hit Kyiv" beside Ukraine's air force's strike on Kyiv): a placeless "Russia says" beside Ukraine's air force, or
  // Moscow's word on a car bomb beside the air force's interception, is as likely another event filed with it, and
  // counted apart it would make that a confirmation.
  const samePlace = (id: string): boolean => [...(placesOf.get(id) ?? [])].some((g) => namedPlaces.has(g));
  for (const [id, ks] of keys) {
    if (!(ks.has(NAMELESS) || ks.has(MEDIA))) continue;
    if (!named(sideOfReport.get(id)) && samePlace(id)) continue;
    if (mediaReports.has(id) && !ks.has(NAMELESS) && publishedMs.get(id)! < firstNamedMs) continue;
    ks.delete(NAMELESS);
    ks.delete(MEDIA);
    if (ks.size > 0) continue;
    keys.delete(id);
    dependent.add(id);
  }
}
