import { countryOfRegion } from '../../core/regions.ts';
import type { Country, Fact } from '../../core/types.ts';
import { toldAt as at, clauseNationwide } from '../detect/nationwide.ts';
import { type SentenceView, sentenceAt } from '../view.ts';

/** The country a fact is told of: its own, else its region's. */
function toldOf(fact: Fact): Country | null {
  return fact.country ?? (fact.region ? countryOfRegion(fact.region.code) : null);
}

/** A side named in the sentence ("Russian drones", «Росіяни заявили», "Russia said"): its facts are that side's. */
const namesSide = (view: SentenceView) =>
  view.hits.some(
    (h) =>
      h.value.country !== undefined ||
      h.value.categories.has('attacker') ||
      h.value.categories.has('russian') ||
      h.value.categories.has('ukrainian'),
  );

/** «Ночью Россия атаковала Украину ракетами и дронами по всей стране. Силы ПВО сбили 45 дронов.»: a fact that names no
 *  place, told after a statement of the whole country, is that country's too, as a region carries to the sentence
 *  after it. Without it the president's shoot-down total is told of no country, and the night's regional counts (Kyiv's
 *  ten) have no national total to nest in (resolve/cluster.ts, foldNationwideWaves). Only in a report whose places are
 *  all of that one country: a post that also tells of Belgorod does not say which country its unplaced count is of.
 *  The statement is a fact with its own country whose clause tells the whole country (a `nationwide` phrase, not a
 *  likeness): a strike "on an airfield in Russia" says where one thing was hit, not whose night it was. A fact whose
 *  sentence names a side ("Russia said it downed 20 drones", "30 Russian drones") is that side's tale, and takes
 *  nothing. The country is inferred; its span is the statement's. */
export function carriedCountry(facts: Fact[], views: SentenceView[], text: string): Fact[] {
  const countries = new Set(facts.map(toldOf).filter((c) => c !== null));
  if (countries.size !== 1) return facts;
  const viewAt = sentenceAt(views);
  // A phrase in the statement's own clause, either side of its verb (`own`: an earlier clause's phrase governs none).
  const wholeCountry = (fact: Fact) => {
    const view = viewAt(at(fact));
    return view !== undefined && clauseNationwide(view, text, at(fact), true);
  };
  let told: Fact | null = null;
  for (const fact of [...facts].sort((a, b) => at(a) - at(b))) {
    if (fact.country && fact.region === null && fact.fields.country && !fact.fields.country.inferred) {
      if (wholeCountry(fact)) told ??= fact;
      continue;
    }
    if (!told?.country || fact.region !== null || fact.place !== null || fact.country || fact.aggregate) continue;
    if (at(fact) < told.evidence.end) continue;
    const view = viewAt(at(fact));
    if (!view || namesSide(view)) continue;
    fact.country = told.country;
    const span = told.fields.country!;
    fact.fields.country = { start: span.start, end: span.end, text: span.text, inferred: true };
  }
  return facts;
}
