import type { ClaimantRole, Fact, Lang } from '../../core/types.ts';
import { airForceNational } from '../compile.ts';
import { anyOf } from '../grammar.ts';
import { clearPlace, type SentenceView, sentenceAt } from '../view.ts';

/** The speakers whose counts are the whole country's night (docs/eval.md: "A national total with no region (air force
 *  summaries) is region null"). */
const NATIONAL: ReadonlySet<ClaimantRole> = new Set(['air_force']);

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
 *  English news only (`Lexicon.air_force_national`): there the air force is quoted on the national night, while a
 *  Russian or Ukrainian Telegram post that relays it speaks of its own region (dev: of the two such posts, one region
 *  the labels keep, one they drop). */
export function nationalTallies(facts: Fact[], views: readonly SentenceView[], lang: Lang): Fact[] {
  if (!airForceNational(lang)) return facts;
  const at = sentenceAt(views);
  for (const fact of facts) {
    if (fact.kind !== 'interception' || (fact.count === null && fact.launched === null) || fact.aggregate) continue;
    if (!fact.claimant?.role || !NATIONAL.has(fact.claimant.role)) continue;
    const region = fact.fields.region;
    if (!fact.region || !region?.inferred) continue;
    const place = at(region.start);
    const numbers = [fact.fields.count, fact.fields.launched].filter((f) => f !== undefined);
    if (place && numbers.some((n) => at(n.start) === place)) continue;
    if (numbers.some((n) => POINTS_BACK.test(at(n.start)?.span.text ?? ''))) continue;
    clearPlace(fact);
  }
  return facts;
}
