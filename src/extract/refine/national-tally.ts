import type { ClaimantRole, Fact, Lang } from '../../core/types.ts';
import { type SentenceView, sentenceAt } from '../view.ts';

/** The speakers whose counts are the whole country's night (docs/eval.md: "A national total with no region (air force
 *  summaries) is region null"). */
const NATIONAL: ReadonlySet<ClaimantRole> = new Set(['air_force']);

/** "Ukraine's air force said it destroyed 20 drones and a cruise missile that Russia launched overnight" under a
 *  lead about Odesa, "The air force said 15 of the drones were shot down" under a headline about Crimea: a count the
 *  air force gives in a sentence that names no place is the country's tally, not the place another sentence named.
 *  Its region was only borrowed from that sentence (`inferred`): it goes, and the count stays on the nationwide fact.
 *  A place named in the sentence of the count or of the launch number it was merged with stays ("Russia Launched 35
 *  Drones Over Kyiv, Ukrainian Air Force says" over "…it shot down all of the drones").
 *  English news only: there the air force is quoted on the national night, while a Russian or Ukrainian Telegram post
 *  that relays it speaks of its own region (dev: of the two such posts, one region the labels keep, one they drop). */
export function nationalTallies(facts: Fact[], views: readonly SentenceView[], lang: Lang): Fact[] {
  if (lang !== 'en') return facts;
  const at = sentenceAt(views);
  for (const fact of facts) {
    if (fact.kind !== 'interception' || (fact.count === null && fact.launched === null) || fact.aggregate) continue;
    if (!fact.claimant?.role || !NATIONAL.has(fact.claimant.role)) continue;
    const region = fact.fields.region;
    if (!fact.region || !region?.inferred) continue;
    const place = at(region.start);
    const numbers = [fact.fields.count, fact.fields.launched].filter((f) => f !== undefined);
    if (place && numbers.some((n) => at(n.start) === place)) continue;
    fact.region = null;
    fact.place = null;
    fact.area = null;
    delete fact.fields.region;
    delete fact.fields.place;
    delete fact.fields.area;
  }
  return facts;
}
