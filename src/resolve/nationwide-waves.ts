// A wave told of a whole country holds that night's regional clusters (foldNationwideWaves): how a country-level
// statement is dated, by its own windows or by two regions' attacks. Split from cluster.ts, whose last step it is.
import { countryOfRegion } from '../core/regions.ts';
import type { Country } from '../core/types.ts';
import { add, type Cluster, clustersOverlap, HOST_KINDS, largest, overlaps, overPeriod } from './cluster-base.ts';
import { opensNight } from './night.ts';
import type { PlacedFact } from './placed-fact.ts';
import { majorityCountry } from './wave-country.ts';
import { weaponClasses } from './weapon-class.ts';

/** The country a cluster of facts that name no region was told of ("across Ukraine"), by wave-country.ts's
 *  agreement; null for a regional cluster. */
export function waveCountry(c: Cluster): Country | null {
  if (c.group !== '-') return null;
  return majorityCountry(c.members.map((p) => p.fact.country));
}

/** A wave is dated by a window its reports state, or by a morning report's night behind it. A country-level statement
 *  made later in the day with no time of its own ("Russia's authorities say Ukraine has struck Russia with ATACMS",
 *  told at 19:50) has only "the last twelve hours", which does not say which of that day's regional attacks it tells
 *  (a drone attack on a plant in another region that evening): it joins a dated wave, but holds no regions by itself.
 *  The same holds for the regional side: a regional cluster told only in such windows (an afternoon post on drones
 *  shot down over a front-line town, a unit's footage of a position destroyed) does not say it was that night's wave,
 *  so it is not folded into it (foldNationwideWaves). */
export function dated(p: PlacedFact): boolean {
  return p.startMs !== null && (!p.inferred || p.fact.when?.precision === 'night') && !overPeriod(p);
}

/** A regional cluster that can be placed in a wave: dated (see dated), or a live post written from 22:00 with no time
 *  word, which is of the night it opens, as nightKey keeps it ("a mayor's tally at 23:40"). */
export function datedRegion(c: Cluster): boolean {
  return c.group !== '-' && c.members.some((p) => dated(p) || (p.inferred && opensNight(p.publishedAt)));
}

/** Regions dating a wave that none of its own statements dates: a country-level statement with no time of its own (a
 *  headline at 12:01 on missile attacks "across Ukraine"; a live page at 17:41 on missiles that hit ten cities) does
 *  not say which of the day's attacks it tells, but the regional posts can: when dated attacks of its kind in two or
 *  more regions of its country overlap its window (Kyiv's strikes told "early Monday", Zaporizhzhia's in a morning
 *  post), the day had a wave and the statement tells it. Its window ends when it was written, so an attack that begins
 *  later (the evening's plant, told after it) never dates it. One region is no wave: beside a single region's dated
 *  strike, a statement of that country may be about anything (Putin's "Russia has been struck twice with ATACMS" at
 *  16:27 beside a misread strike on St Petersburg; a spokesman's word on a strike three days old). Only regions the
 *  wave could hold date it: two regions' drone strikes do not date a statement of missiles (sameWeapons). */
export function datedByRegions(wave: Cluster, clusters: readonly Cluster[]): boolean {
  // The statements' own windows, not the cluster's: a week's total beside them (overPeriod) dates nothing, and a
  // statement with no window at all (no publication time) overlaps everything.
  const told = wave.members.filter((p) => p.inferred && p.startMs !== null && !overPeriod(p));
  if (told.length === 0) return false;
  const country = waveCountry(wave);
  const regions = new Set<string>();
  for (const c of clusters) {
    if (c.kind !== wave.kind || !datedRegion(c) || countryOfRegion(c.group) !== country) continue;
    // A region dates only a wave it could be part of (sameWeapons): two regions' drones do not date a missile statement.
    if (!sameWeapons(weaponClasses(wave.members), weaponClasses(c.members))) continue;
    if (told.some((p) => overlaps(c, p))) regions.add(c.group);
  }
  return regions.size >= 2;
}

/** Places nest up to the country: a strike told of a whole country ("Russia struck energy facilities across Ukraine",
 *  the president's "120 missiles and 90 drones") holds that night's strikes on its regions (Lviv Oblast's debris,
 *  Odesa Oblast's dead), and a national interception total holds the regions' shoot-downs (Kyiv's). A regional
 *  cluster of one kind in that country whose window overlaps the wave's, and whose weapons are of a class the wave's
 *  statements name when both name any (sameWeapons), joins it, and so do the regions' effects and blasts told with no
 *  attack of their own (outages in Rivne Oblast, «во Львовской области слышали взрывы» in a roundup of the morning's
 *  strikes: the strike's first, else the interception's). Without a
 *  country-level statement regions stay apart: two regions never nest in each other. The wave must be dated, by its
 *  own statements or by two regions' attacks (datedByRegions); a regional cluster told only in windows inferred from
 *  an afternoon or evening post's publication (`dated`) stays apart. */
export function foldNationwideWaves(clusters: readonly Cluster[]): Cluster[] {
  const hosts = clusters.filter(
    (c) =>
      HOST_KINDS.includes(c.kind) && waveCountry(c) !== null && (c.members.some(dated) || datedByRegions(c, clusters)),
  );
  if (hosts.length === 0) return [...clusters];
  // The statements' own weapons, taken before any region joins: a region's drones must not widen what a wave holds.
  const told = new Map(hosts.map((h) => [h, weaponClasses(h.members)]));
  const folded = new Set<Cluster>();
  for (const c of clusters) {
    const country = c.group === '-' ? null : countryOfRegion(c.group);
    if (country === null || !datedRegion(c)) continue;
    const kinds = HOST_KINDS.includes(c.kind)
      ? [c.kind]
      : c.kind === 'damage' || c.kind === 'casualties' || c.kind === 'explosion'
        ? HOST_KINDS
        : [];
    let host: Cluster | undefined;
    for (const kind of kinds) {
      host = largest(
        hosts.filter(
          (h) =>
            h.kind === kind &&
            waveCountry(h) === country &&
            clustersOverlap(h, c) &&
            sameWeapons(told.get(h) ?? new Set(), weaponClasses(c.members)),
        ),
      );
      if (host) break;
    }
    if (!host) continue;
    for (const p of c.members) add(host, p, 'nationwide-wave');
    folded.add(c);
  }
  return clusters.filter((c) => !folded.has(c));
}

/** Whether a regional attack can be a wave's by its weapons: when both name weapons, a class in common. A statement
 *  that names missiles only ("Ukraine struck Russian territory with cruise missiles for the first time", an outlet's
 *  "the first British missiles have been used") tells the missile strike, not the drones that hit plants in two other
 *  regions the same night; a combined attack's statement names both classes and holds both, and a side that names no
 *  weapon says nothing against it. */
function sameWeapons(wave: ReadonlySet<string>, region: ReadonlySet<string>): boolean {
  if (wave.size === 0 || region.size === 0) return true;
  return [...region].some((w) => wave.has(w));
}
