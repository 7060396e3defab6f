// Facts told of no region that still belong to one attack (clusterFacts' last steps before the single hits): a
// placeless strike or interception beside the one region attacked in its window, and an alert told of a whole country
// while that country was attacked. Places nest (docs/eval-clusters.md, "Nationwide waves"): with no place, or only the
// country, the statement holds the attack it can only be about. Split from cluster.ts, which runs them.
import { countryOfRegion } from '../core/regions.ts';
import { add, type Cluster, HOST_KINDS, largest, overlaps, overPeriod } from './cluster-base.ts';
import { datedRegion, waveCountry } from './nationwide-waves.ts';
import type { PlacedFact } from './placed-fact.ts';

/** The one attack of a country an alert told of that whole country belongs to: its nationwide wave of strikes or
 *  interceptions whose window the alert overlaps (the sirens "across the country" before dawn, during the morning's
 *  missile wave), else the one region's attack of that country in the alert's window (the air-raid alerts across
 *  Ukraine while Kyiv's air defence shot the night's missiles down). Null with no such attack, or with two regions'
 *  attacks and no wave to hold them. */
function countryAttack(p: PlacedFact, clusters: readonly Cluster[]): Cluster | undefined {
  const country = p.fact.country;
  if (country === undefined) return undefined;
  const attacks = clusters.filter((c) => HOST_KINDS.includes(c.kind) && overlaps(c, p));
  const wave = largest(attacks.filter((c) => waveCountry(c) === country));
  if (wave) return wave;
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
    const staying: PlacedFact[] = [];
    for (const p of alert.members) {
      const host = countryAttack(p, clusters);
      if (host) add(host, p, 'alert-of-country-attack');
      else staying.push(p);
    }
    if (staying.length === 0) folded.add(alert);
    else if (staying.length < alert.members.length) {
      alert.members = staying;
      alert.formed = Math.min(alert.formed, staying.length);
    }
  }
  return clusters.filter((c) => !folded.has(c));
}

/** A strike or interception told with no place at all (no region, place or country: "Ukraine says it shot down
 *  Kinzhal missiles", where Ukraine is the speaker; "Moscow residents heard a loud bang as drones attacked", read with
 *  no place) names nothing that could point to another attack: when one region's dated attack of its kind overlaps
 *  its window, it is that attack (the night's shoot-downs over Kyiv), and the whole placeless cluster joins it. With
 *  two or more such regions it cannot say which, and stays. A statement told of a whole country does not join a
 *  single region this way: a country may be many places, and one region's attack does not date it (datedByRegions;
 *  "Russia has been struck twice with ATACMS", said in the afternoon beside one region's strike). A period's tally
 *  (overPeriod) stays a tally. Run after the waves and the placeless claims, before the alerts look for an attack. */
export function foldLoneRegion(clusters: readonly Cluster[]): Cluster[] {
  const folded = new Set<Cluster>();
  for (const c of clusters) {
    if (c.group !== '-' || !HOST_KINDS.includes(c.kind)) continue;
    if (c.members.some((p) => p.fact.region !== null || p.fact.country !== undefined || overPeriod(p))) continue;
    const regional = clusters.filter(
      (r) =>
        r.kind === c.kind &&
        r.group !== '-' &&
        r.members.some((m) => m.fact.region !== null) &&
        datedRegion(r) &&
        c.members.some((p) => overlaps(r, p)),
    );
    if (regional.length !== 1) continue;
    for (const p of c.members) add(regional[0]!, p, 'placeless-one-region');
    folded.add(c);
  }
  return clusters.filter((c) => !folded.has(c));
}
