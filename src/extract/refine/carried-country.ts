import { countryOfRegion } from '../../core/regions.ts';
import type { Country, Fact } from '../../core/types.ts';

/** The country a fact is told of: its own, else its region's. */
function toldOf(fact: Fact): Country | null {
  return fact.country ?? (fact.region ? countryOfRegion(fact.region.code) : null);
}

/** Where a fact is told: its verb, else its sentence (whose evidence may span the sentence before). */
const at = (fact: Fact) => fact.fields.kind?.start ?? fact.evidence.start;

/** «Ночью Россия атаковала Украину ракетами и дронами по всей стране. Силы ПВО сбили 45 дронов.»: a fact that names no
 *  place, told after a statement of the whole country, is that country's too, as a region carries to the sentence
 *  after it. Without it the president's shoot-down total is told of no country, and the night's regional counts (Kyiv's
 *  ten) have no national total to nest in (resolve/cluster.ts, foldNationwideWaves). Only in a report whose places are
 *  all of that one country: a post that also tells of Belgorod does not say which country its unplaced count is of.
 *  The country is inferred; its span is the statement's. */
export function carriedCountry(facts: Fact[]): Fact[] {
  const countries = new Set(facts.map(toldOf).filter((c) => c !== null));
  if (countries.size !== 1) return facts;
  let told: Fact | null = null;
  for (const fact of [...facts].sort((a, b) => at(a) - at(b))) {
    if (fact.country && fact.region === null && fact.fields.country && !fact.fields.country.inferred) {
      told ??= fact;
      continue;
    }
    if (!told?.country || fact.region !== null || fact.place !== null || fact.country || fact.aggregate) continue;
    if (at(fact) < told.evidence.end) continue;
    fact.country = told.country;
    const span = told.fields.country!;
    fact.fields.country = { start: span.start, end: span.end, text: span.text, inferred: true };
  }
  return facts;
}
