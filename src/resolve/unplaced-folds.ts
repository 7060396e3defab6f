// Facts told of no region that still belong to one attack (clusterFacts' last steps before the single hits): a
// placeless strike or interception beside the one region attacked in its window, and an alert told of a whole country
// while that country was attacked. Places nest (docs/eval-clusters.md, "Nationwide waves"): with no place, or only the
// country, the statement holds the attack it can only be about. Split from cluster.ts, which runs them.
import { countryOfRegion } from '../core/regions.ts';
import type { Country, Lang } from '../core/types.ts';
import { claimantKeys } from './claimant-key.ts';
import { type Cluster, HOST_KINDS, largest, moveMembers, overlaps, overPeriod } from './cluster-base.ts';
import { dated, datedByRegions, datedRegion, waveCountry } from './nationwide-waves.ts';
import type { PlacedFact } from './placed-fact.ts';
import { weaponClass } from './weapon-class.ts';

/** The windows an alert told of a whole country can tie it to one region's attack: a night's or an hour's. A day-long
 *  alert ("air-raid alerts across the country on Tuesday" over a MiG's take-off) may be any hour of a quiet day, and one
 *  region's strike that afternoon does not make it that strike's. */
const ONE_REGION_ALERT: ReadonlySet<string> = new Set(['night', 'hour']);

/** The one attack of a country an alert told of that whole country belongs to: its nationwide wave of strikes or
 *  interceptions whose window the alert overlaps (the sirens "across the country" before dawn, during the morning's
 *  missile wave), dated as foldNationwideWaves dates a wave (by its own statements, or by two regions' attacks), else
 *  the one region's attack of that country in the alert's window when the alert is told of a night or an hour (the
 *  air-raid alerts across Ukraine while Kyiv's air defence shot the night's missiles down). Null with no such attack,
 *  or with two regions' attacks and no wave to hold them. */
function countryAttack(p: PlacedFact, clusters: readonly Cluster[]): Cluster | undefined {
  const country = p.fact.country;
  if (country === undefined) return undefined;
  const attacks = clusters.filter((c) => HOST_KINDS.includes(c.kind) && overlaps(c, p));
  const waves = attacks.filter(
    (c) => waveCountry(c) === country && (c.members.some(dated) || datedByRegions(c, clusters)),
  );
  const wave = largest(waves);
  if (wave) return wave;
  if (!ONE_REGION_ALERT.has(p.fact.when?.precision ?? '')) return undefined;
  const regional = attacks.filter((c) => c.group !== '-' && datedRegion(c) && countryOfRegion(c.group) === country);
  return regional.length === 1 ? regional[0] : undefined;
}

/** Places nest up to the country for alerts too (foldAlerts does the regions): an alarm told of a whole country while
 *  that country was attacked is part of the attack, not an incident beside it. Each alert fact told of a country joins
 *  countryAttack's cluster; an alert with no attack of its country in its window stays its own incident. Run after the
 *  waves are folded, so that a wave holds its regions before an alert looks for one. */
export function foldCountryAlerts(clusters: readonly Cluster[]): Cluster[] {
  const folded = new Set<Cluster>();
  for (const alert of clusters) {
    if (alert.kind !== 'alert' || alert.group !== '-') continue;
    if (moveMembers(alert, (p) => countryAttack(p, clusters), 'alert-of-country-attack')) folded.add(alert);
  }
  return clusters.filter((c) => !folded.has(c));
}

/** The side a report's language speaks for, as a last resort when a fact says nothing else of its side: a post in
 *  Russian tells Russia's night, one in Ukrainian Ukraine's. English speaks for neither. */
export const LANGUAGE_SIDE: Readonly<Partial<Record<Lang, Country>>> = { ru: 'RU', uk: 'UA' };

/** Whether a placeless fact can be the region's own attack by who tells it. The fact names no side (no place, no
 *  country), so its voice decides: a claim in the other side's language is that side's night (the Russian ministry's
 *  drones "destroyed overnight" beside Kyiv's shoot-downs; a Russian post on "drones attacked an oil depot" beside
 *  Kharkiv's strike). In a language of neither side, only the region's own voice (its governor, its administration,
 *  a claimant of the region's cluster) or an outlet retelling it joins; a national body's claim (Ukraine's air force's
 *  total beside Belgorod's shoot-downs, a security service's word on a strike of its own side) or a post credited to
 *  nobody may be either side's and stays apart. */
function regionVoice(p: PlacedFact, region: Cluster): boolean {
  const country = countryOfRegion(region.group);
  const side = p.report ? LANGUAGE_SIDE[p.report.lang] : undefined;
  if (side !== undefined && side !== country) return false;
  const c = p.fact.claimant;
  if (c === null) return false;
  if (c.role === 'media') return true;
  const keys = new Set(region.members.flatMap((m) => claimantKeys(m.fact.claimant)));
  return claimantKeys(c).some((k) => keys.has(k));
}

/** The largest count the region's own facts give (destroyed, hit or launched); null with none. */
function regionCount(region: Cluster): number | null {
  let most: number | null = null;
  for (const m of region.members)
    for (const n of [m.fact.count, m.fact.hit, m.fact.launched]) {
      const v = n?.value ?? n?.max ?? n?.min ?? null;
      if (v !== null && (most === null || v > most)) most = v;
    }
  return most;
}

/** Whether a placeless fact's own figures fit the one region: a count larger than the region's own, or any launched
 *  total ("33 of 46 drones"), is a nationwide figure, not the region's (the air force's night beside Odesa's six). */
function fitsCount(p: PlacedFact, region: Cluster): boolean {
  if (p.fact.launched !== null) return false;
  const n = p.fact.count;
  const v = n?.value ?? n?.min ?? null;
  if (v === null) return true;
  const own = regionCount(region);
  return own === null || v <= own;
}

/** Whether a placeless fact's weapon fits the region's: when both name one, the same class (a missile toll does not
 *  join a drone strike). */
function fitsWeapon(p: PlacedFact, region: Cluster): boolean {
  const w = p.fact.weapon;
  if (w === null) return true;
  const own = new Set(region.members.flatMap((m) => (m.fact.weapon ? [weaponClass(m.fact.weapon)] : [])));
  return own.size === 0 || own.has(weaponClass(w));
}

/** A strike or interception told with no place at all (no region, place or country: "the city's air defence shot down
 *  all the drones", read with no place) names nothing that could point to another attack: when one region's dated
 *  attack overlaps its window, it may be that attack. Of either kind: one event is told as an attack by the outlets
 *  and as a shoot-down by the ministry (a "drone attack on an air base, three dead" lead beside the ministry's drone
 *  "shot down on approach" over Saratov; Moscow's drones "hit homes" and "were shot down"), so a strike in one region
 *  and an interception in another are two attacks it cannot choose between. Fact by fact, each joins the one region whose
 *  window its own window overlaps, when its voice is the region's (regionVoice), its weapon the region's class
 *  (fitsWeapon) and its count no larger than the region's and no launched total (fitsCount); the facts that do not
 *  stay where they were. With two or more such regions it cannot say which, and stays. A statement told of a whole
 *  country does not join a single region this way: a country may be many places, and one region's attack does not
 *  date it (datedByRegions). A period's tally (overPeriod) stays a tally. Run after the waves and the placeless claims,
 *  before the alerts look for an attack. */
export function foldLoneRegion(clusters: readonly Cluster[]): Cluster[] {
  const folded = new Set<Cluster>();
  for (const c of clusters) {
    if (c.group !== '-' || !HOST_KINDS.includes(c.kind)) continue;
    if (c.members.some((p) => p.fact.region !== null || p.fact.country !== undefined || overPeriod(p))) continue;
    const hostFor = (p: PlacedFact) => {
      const regional = clusters.filter(
        (r) =>
          HOST_KINDS.includes(r.kind) &&
          r.group !== '-' &&
          !folded.has(r) &&
          r.members.some((m) => m.fact.region !== null) &&
          datedRegion(r) &&
          overlaps(r, p),
      );
      const host = regional.length === 1 ? regional[0]! : undefined;
      return host && regionVoice(p, host) && fitsWeapon(p, host) && fitsCount(p, host) ? host : undefined;
    };
    if (moveMembers(c, hostFor, 'placeless-one-region')) folded.add(c);
  }
  return clusters.filter((c) => !folded.has(c));
}
