import type { Country } from '../core/types.ts';

/** Share of the facts that name a country which must name the same one. Not all of them: one stray statement in the
 *  night's no-region group told of another country (a ministry's "strikes in answer to attacks deep into Russia", the
 *  attacker's side read as the place) must not take the wave from six reports of strikes across Ukraine. But a
 *  night where a quarter or more tell of the other country (a ministry's total over Russia beside two channels'
 *  totals over Ukraine) is two countries' statements, and no one country's wave. */
const AGREEING = 3 / 4;

/** The country that at least three quarters of the country-naming facts name (those that name none do not count);
 *  null when there is none. Cluster (is it a wave?) and incident (which country does it name?) ask the same. */
export function majorityCountry(countries: Iterable<Country | null | undefined>): Country | null {
  const counts = new Map<Country, number>();
  let named = 0;
  for (const c of countries) {
    if (c === null || c === undefined) continue;
    counts.set(c, (counts.get(c) ?? 0) + 1);
    named++;
  }
  for (const [country, n] of counts) if (n >= named * AGREEING) return country;
  return null;
}
