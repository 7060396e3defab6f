// Nameless officials beside a named body of their side. The lexicons give the role `official`, with no name, to the
// words that name no one in particular: "officials", "authorities", "the military", "Ukraine says", «власти», «місцева
// влада» (origins.ts calls them VAGUE). Their word may be the named body's own ("the air force said it downed 14" and
// "14 were downed, officials said"; the defence ministry's 42 over Crimea and "Russia says"), so counted beside it
// they would let a body confirm itself. So may a claim credited to an outlet («сообщает ТАСС», "state media reported"):
// an outlet retells someone's statement (agreement.ts), as TASS retold the ministry's three drones over Moscow Oblast.
// Two named bodies (the air force and a city's mayor; a governor and the ministry) stay two voices, and nameless
// officials stay a voice where the incident names no body of their side.
import type { ClaimantRole, Country } from '../core/types.ts';
import type { PlacedFact } from './placed-fact.ts';
import { LANGUAGE_SIDE } from './unplaced-folds.ts';

const NAMELESS: ClaimantRole = 'official';
const MEDIA: ClaimantRole = 'media';

/** The side a report speaks for by its language (unplaced-folds.ts), undefined when it tells none (English). */
function sideOf(p: PlacedFact): Country | undefined {
  return p.report ? LANGUAGE_SIDE[p.report.lang] : undefined;
}

/** Takes the nameless officials' and the outlets' keys out of the reports that credit them when the incident credits a
 *  named body (a person by name, or a role other than those two) that may be of their side: either side unknown, or
 *  both the same. The language is the only side read here, so an English "Russia says" beside Ukraine's air force
 *  folds too: an under-count, where counting them apart would over-claim every same-side pair. A report left crediting no one is `dependent`: a voice only when the incident has no other.
 *  Runs on voicesByReport's keys, after a role alone has become its one named holder ("the official" beside
 *  "official Andriy Yermak" is his key already). */
export function foldNamelessOfficials(
  members: readonly PlacedFact[],
  keys: Map<string, Set<string>>,
  dependent: Set<string>,
): void {
  const namedSides = new Set<Country | undefined>();
  const sideOfReport = new Map<string, Country | undefined>();
  for (const p of members) {
    sideOfReport.set(p.fact.report_id, sideOf(p));
    if (p.claimant === null || p.claimant === NAMELESS || p.fact.claimant?.role === MEDIA) continue;
    namedSides.add(sideOf(p));
  }
  if (namedSides.size === 0) return;
  const named = (side: Country | undefined): boolean =>
    side === undefined || namedSides.has(undefined) || namedSides.has(side);
  for (const [id, ks] of keys) {
    if (!(ks.has(NAMELESS) || ks.has(MEDIA)) || !named(sideOfReport.get(id))) continue;
    ks.delete(NAMELESS);
    ks.delete(MEDIA);
    if (ks.size > 0) continue;
    keys.delete(id);
    dependent.add(id);
  }
}
