import { type ClaimantRole, type Fact, type Lang, LOCAL_ROLES } from '../../core/types.ts';
import { airForceNational } from '../compile.ts';
import { anyOf, anyWordOf } from '../grammar.ts';
import { clearPlace, type SentenceView, sentenceAt } from '../view.ts';

/** The speakers whose counts are the whole country's night (docs/eval.md: "A national total with no region (air force
 *  summaries) is region null"). */
const NATIONAL: ReadonlySet<ClaimantRole> = new Set(['air_force']);

const nationalSpeaker = (fact: Fact) => {
  const role = fact.claimant?.role;
  return role !== undefined && role !== null && NATIONAL.has(role);
};

// A place preposition right before a country's name: "two killed in Russia" names where, not who counts.
const PLACED = new RegExp(`(?:^|[^\\p{L}])(?:${anyWordOf('place_preposition')})\\s+$`, 'iu');

/** "Ukraine shot down 29 of 38 drones", "Russia says it downed 24 Ukrainian drones" under a headline or lead on Kyiv,
 *  on Moscow: a count whose own sentence names no place and names a country before it (not after a place preposition)
 *  is that side's tally of its whole night, as the air force's is (en36: dev leads rss-c803f4910a016291,
 *  rss-2b8407e6146ed99f, rss-c7c37e7de4db16e8). Not when the sentence that lent the place tells the same count there
 *  ("Russia Shoots Down 32 Drones" over "Russia said it shot down 32 drones, including near Moscow"). */
function countryTally(
  fact: Fact,
  lent: SentenceView | undefined,
  at: (offset: number) => SentenceView | undefined,
): boolean {
  const counted = fact.fields.count;
  const value = fact.count?.value ?? fact.count?.min ?? null;
  if (!counted || value === null) return false;
  // A mayor, governor or regional administration quoted on "Ukraine destroyed 2 drones" counts its own area's night.
  if (fact.claimant?.role && LOCAL_ROLES.has(fact.claimant.role)) return false;
  if (lent?.numbers.some((n) => n.count.value === value || n.count.min === value)) return false;
  const view = at(counted.start);
  if (!view || view.places.length > 0) return false;
  const before = (offset: number) => view.span.text.slice(0, offset - view.span.start);
  return view.hits.some(
    (h) => h.value.country !== undefined && h.end <= counted.start && !PLACED.test(before(h.start)),
  );
}

// "over the region", "were destroyed there", "over the Darnytskyi district": the count's own sentence points back to a
// place named before, so the place it borrowed is its own. Not the "there" of "there were".
const POINTS_BACK = new RegExp(
  `(?:^|[^\\p{L}])(?:${anyOf('place_back')}|(?:${anyOf('there')})(?!\\s+(?:${anyOf('existential_be')})(?![\\p{L}]))|` +
    `(?:${anyOf('anchor_place')})\\s+(?:(?:${anyOf('article')})\\s+)?(?:[\\p{L}'’-]+\\s+)?(?:${anyOf('place_noun')}))(?![\\p{L}])`,
  'iu',
);

/** "the air force said its crews downed 31 drones and two cruise missiles launched in the night" under a
 *  lead about Odesa, "According to the air force, 12 of the drones were downed" under a headline about Crimea: a count the
 *  air force gives in a sentence that names no place is the country's tally, not the place another sentence named.
 *  Its region was only borrowed from that sentence (`inferred`): it goes, and the count stays on the nationwide fact.
 *  A place named in the sentence of the count or of the launch number it was merged with stays ("Russia Launched 35
 *  Drones Over Kyiv, Ukrainian Air Force says" over "…every one of the drones was downed").
 *  A sentence that points back to a place ("over the region", "there", "over the Darnytskyi district") keeps it.
 *  A country that counts its own night in the count's sentence speaks as the air force does (`countryTally`).
 *  English news only (`Lexicon.air_force_national`): there the air force is quoted on the national night, while a
 *  Russian or Ukrainian Telegram post that relays it speaks of its own region (dev: of the two such posts, one region
 *  the labels keep, one they drop). */
export function nationalTallies(facts: Fact[], views: readonly SentenceView[], lang: Lang): Fact[] {
  if (!airForceNational(lang)) return facts;
  const at = sentenceAt(views);
  for (const fact of facts) {
    if (fact.kind !== 'interception' || (fact.count === null && fact.launched === null) || fact.aggregate) continue;
    const region = fact.fields.region;
    if (!fact.region || !region?.inferred) continue;
    const place = at(region.start);
    const numbers = [fact.fields.count, fact.fields.launched].filter((f) => f !== undefined);
    if (!nationalSpeaker(fact) && !countryTally(fact, place, at)) continue;
    if (place && numbers.some((n) => at(n.start) === place)) continue;
    if (numbers.some((n) => POINTS_BACK.test(at(n.start)?.span.text ?? ''))) continue;
    clearPlace(fact);
  }
  return facts;
}
