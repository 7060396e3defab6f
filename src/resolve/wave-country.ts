import type { Country } from '../core/types.ts';

/** Share of the facts that name a country which must name the same one. Since cluster.ts sweeps the stated facts of
 *  two countries apart (`apartByCountry`), a no-region cluster rarely holds two; the share stays for the clusters that
 *  facts with no window or an inferred one join (`sameCountry` there reads the same agreement). */
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
