import { countryOfRegion } from '../core/regions.ts';
import { type Country, type FactKind, isKindOf, type Weapon } from '../core/types.ts';
import { airportEpisodes } from './airport-episodes.ts';
import {
  add,
  type Cluster,
  clustersOverlap,
  forms,
  HOST_KINDS,
  type JoinedBy,
  largest,
  moveMembers,
  newCluster,
  overlaps,
  overPeriod,
  stretch,
} from './cluster-base.ts';
import { countPoint } from './count-math.ts';
import { foldNationwideWaves, waveCountry } from './nationwide-waves.ts';
import { compareByPublication, EFFECT_KINDS, type PlacedFact } from './placed-fact.ts';
import { compareText } from './time.ts';
import { toldInDaytime } from './told-part.ts';
import { foldCountryAlerts, foldLoneRegion } from './unplaced-folds.ts';
import { majorityCountry } from './wave-country.ts';

export type { Cluster, JoinedBy } from './cluster-base.ts';

const MAIN_KINDS: readonly FactKind[] = ['interception', 'strike', 'airport_disruption', 'alert'];

/** A voice's later number continues its earlier one as a running tally: "another 4", or a total that
 *  did not shrink (2, then 4, 8, 32, 34 drones over Moscow through the night). */
function continuesTally(earlier: PlacedFact, later: PlacedFact): boolean {
  const a = earlier.fact;
  const b = later.fact;
  if (!a.count || !b.count || compareByPublication(earlier, later) >= 0) return false;
  if (a.weapon && b.weapon && a.weapon !== b.weapon) return false;
  return b.increment || (countPoint(b.count) ?? -1) >= (countPoint(a.count) ?? Number.POSITIVE_INFINITY);
}

function tallyVoiceBetween(host: Cluster, next: Cluster): string | null {
  for (const later of next.members) {
    const earlier = host.members
      .filter((p) => p.voice === later.voice && p.fact.count !== null)
      .sort(compareByPublication)
      .at(-1);
    if (earlier && continuesTally(earlier, later)) return later.voice;
  }
  return null;
}

/** Rule 4's running tally is one incident, not one per post: a mayor's hourly posts have windows that
 *  do not overlap, yet they count one night's attack. Clusters (in start order) that continue one
 *  voice's tally are joined into the earlier one. */
function joinTallies(clusters: readonly Cluster[]): Cluster[] {
  const out: Cluster[] = [];
  for (const c of clusters) {
    let host: Cluster | undefined;
    let voice: string | null = null;
    for (const h of out) {
      voice = tallyVoiceBetween(h, c);
      if (voice !== null) {
        host = h;
        break;
      }
    }
    if (!host || voice === null) {
      out.push(c);
      continue;
    }
    for (const p of c.members) {
      add(host, p, 'tally');
      host.tallyVoice.set(p.fact.id, voice);
    }
    if (c.endMs! > host.endMs!) {
      host.endMs = c.endMs;
      host.end = c.end;
    }
  }
  return out;
}

/** Facts of one group whose stated windows overlap, chained by a sweep over start times, are one cluster;
 *  running tallies join clusters; a fact whose window was inferred from its publication joins the largest cluster
 *  its window overlaps (the stated windows decide, the wide inferred one never chains two of them), unless it is told
 *  of the other country (`sameCountry`); inferred windows that meet no cluster are swept among themselves, each
 *  country's apart (`sweepByCountry`); facts with no window at all join the largest cluster of their country (or make
 *  one); facts told over more than 36 hours (`overPeriod`) are swept apart from all of these, as tallies of their own. */
function sweep(facts: readonly PlacedFact[], kind: FactKind, group: string, how: JoinedBy): Cluster[] {
  const stated = facts.filter((p) => p.startMs !== null && !p.inferred);
  const joined = apartByCountry(
    joinTallies(
      sweepWindows(
        stated.filter((p) => !overPeriod(p)),
        kind,
        group,
        how,
      ),
    ),
    kind,
    group,
    how,
  );
  const homeless: PlacedFact[] = [];
  const inferred = facts.filter((f) => f.startMs !== null && f.inferred);
  for (const p of inferred) {
    const host = largest(joined.filter((c) => overlaps(c, p) && sameCountry(c, p)));
    if (host) add(host, p, 'inferred-window');
    else homeless.push(p);
  }
  for (const p of [...homeless]) {
    const host = voiceNight(joined, p);
    if (!host) continue;
    add(host, p, 'voice-night');
    homeless.splice(homeless.indexOf(p), 1);
  }
  joined.push(...sweepByCountry(homeless, kind, group, how));
  // Clusters made here for facts with no window count as hosts for the next ones: one per country.
  for (const p of facts.filter((f) => f.startMs === null)) {
    const host = largest(joined.filter((c) => sameCountry(c, p))) ?? joined[joined.push(newCluster(kind, group)) - 1]!;
    add(host, p, 'no-window');
  }
  joined.push(...sweepWindows(stated.filter(overPeriod), kind, group, how));
  return joined;
}

/** How long before an inferred window's start the night it follows may have ended (`voiceNight`). Only a post written
 *  between 19:00 and 22:00 has a twelve-hour window that starts after a night's 07:00 end (infer-window.ts), so three
 *  hours reach that morning's night and nothing earlier. */
const VOICE_REACH_MS = 3 * 3_600_000;

/** The stated cluster a fact with an inferred window meets no other way joins when its own voice told that cluster and
 *  it ended at most VOICE_REACH_MS before the window starts: the governor's "a drone hit an oil depot" posted at 19:30
 *  (window 07:30..19:30) is the depot he told of "overnight" at 20:10, the night that ended at 07:00. */
function voiceNight(clusters: readonly Cluster[], p: PlacedFact): Cluster | undefined {
  const start = p.startMs!;
  return largest(
    clusters.filter(
      (c) =>
        c.endMs !== null &&
        c.endMs <= start &&
        start - c.endMs <= VOICE_REACH_MS &&
        sameCountry(c, p) &&
        c.members.some((m) => !m.inferred && m.voice === p.voice),
    ),
  );
}

/** The country a fact is told of: its own (a nationwide statement), else its region's, else where its report told its
 *  other facts (placed-fact.ts); null for none (a place with no region, a contested region). */
function countryOf(p: PlacedFact): Country | null {
  return p.country;
}

/** Inferred windows that met no stated cluster, swept among themselves with each country's facts apart: the Kremlin's
 *  «по России снова ударили ракетами SCALP» at 13:20 and a strike told of Ukraine posted at 22:30 overlap only by
 *  their twelve-hour windows. A fact told of no country joins the largest of those clusters its window overlaps, as
 *  it would a stated one; the rest are swept among themselves. */
function sweepByCountry(
  facts: readonly PlacedFact[],
  kind: FactKind,
  group: string,
  how: JoinedBy,
  joinAs: { how: JoinedBy; stretch: boolean } = { how: 'inferred-window', stretch: false },
): Cluster[] {
  const told = groupBy(
    facts.filter((p) => countryOf(p) !== null),
    (p) => countryOf(p)!,
  );
  const clusters = [...told.values()].flatMap((list) => joinTallies(sweepWindows(list, kind, group, how)));
  const rest: PlacedFact[] = [];
  for (const p of facts.filter((f) => countryOf(f) === null)) {
    const host = largest(clusters.filter((c) => overlaps(c, p)));
    if (!host) {
      rest.push(p);
      continue;
    }
    add(host, p, joinAs.how);
    if (joinAs.stretch) stretch(host, p);
  }
  return [...clusters, ...joinTallies(sweepWindows(rest, kind, group, how))];
}

/** Stated windows chained facts told of two countries into one cluster (the Russian ministry's "30 Ukrainian drones
 *  downed overnight" and the Ukrainian Air Force's "31 of 40 drones shot down" of the same night): attacks in opposite
 *  directions are no one incident, and their counts dispute nothing. Such a cluster is swept again with each
 *  country's facts apart; a fact told of no country joins the largest of those its window overlaps, as an inferred
 *  window does (`sweepByCountry`). A cluster of one country (every regional group) is left as it was. */
function apartByCountry(clusters: readonly Cluster[], kind: FactKind, group: string, how: JoinedBy): Cluster[] {
  return clusters.flatMap((c) =>
    new Set(c.members.map(countryOf).filter((x) => x !== null)).size < 2
      ? [c]
      : // A stated window joins as it was joined, and stretches its host as a stated member does.
        sweepByCountry(c.members, kind, group, how, { how, stretch: true }),
  );
}

/** A fact told of one country does not join a no-region cluster told of the other on its inferred window (or with no
 *  window) alone: the president's "Russia has been struck twice with ATACMS", said in the afternoon, is no part of the
 *  morning's strikes across Ukraine. The cluster's country is that of the facts that formed it (its stated windows,
 *  or the inferred ones swept together), else of any member (a cluster that facts with no window made). */
function sameCountry(c: Cluster, p: PlacedFact): boolean {
  if (c.group !== '-' || p.fact.country === undefined) return true;
  const formed = c.members.filter((m) => forms(c.joinedBy.get(m.fact.id)!));
  const country = majorityCountry((formed.length > 0 ? formed : c.members).map((m) => m.fact.country));
  return country === null || country === p.fact.country;
}

function sweepWindows(facts: readonly PlacedFact[], kind: FactKind, group: string, how: JoinedBy): Cluster[] {
  const windowed = [...facts].sort(
    (a, b) => a.startMs! - b.startMs! || a.endMs! - b.endMs! || compareText(a.fact.id, b.fact.id),
  );
  const clusters: Cluster[] = [];
  let current: Cluster | undefined;
  for (const p of windowed) {
    if (!current || p.startMs! > current.endMs!) {
      current = newCluster(kind, group);
      clusters.push(current);
    }
    add(current, p, how);
    stretch(current, p);
  }
  return clusters;
}

function groupBy(facts: readonly PlacedFact[], key: (p: PlacedFact) => string): Map<string, PlacedFact[]> {
  const out = new Map<string, PlacedFact[]>();
  for (const p of facts) {
    const k = key(p);
    const list = out.get(k);
    if (list) list.push(p);
    else out.set(k, [p]);
  }
  return new Map([...out.entries()].sort((a, b) => compareText(a[0], b[0])));
}

/** A fact that names neither a region nor a place nor a time can be placed nowhere: it makes and joins no incident
 *  (an aside in an article about a launch, "missiles" on an infographic). A country is a place for an attack:
 *  "Russia struck Ukraine with a hundred missiles", told with no time, is that night's nationwide wave; an effect
 *  told only of a country ("an American killed in Ukraine") is no attack's aftermath. */
function unplaceable(p: PlacedFact): boolean {
  if (p.group !== '-' || !p.inferred) return false;
  return p.fact.country === undefined || EFFECT_KINDS.has(p.fact.kind);
}

/** Rules 1-3: aggregates stay out; group by region and kind family; overlapping windows are one
 *  incident; effects join the strike (else interception) incident of their region, else their own. */
export function clusterFacts(placed: readonly PlacedFact[]): Cluster[] {
  const facts = placed.filter((p) => !p.fact.aggregate);
  const clusters: Cluster[] = [];
  const main = facts.filter((p) => MAIN_KINDS.includes(p.fact.kind) && !unplaceable(p));
  for (const [key, list] of groupBy(main, (p) => `${p.group}\u0001${p.fact.kind}`)) {
    const group = key.slice(0, key.indexOf('\u0001'));
    const kind = list[0]!.fact.kind;
    clusters.push(
      ...(kind === 'airport_disruption' ? airportEpisodes(list, group) : sweep(list, kind, group, 'overlap')),
    );
  }

  const homeless: PlacedFact[] = [];
  // Blasts heard in a place while it was struck or its air defence worked ("explosions rocked Kyiv" in a lead on the
  // morning's missile wave) are that attack's, as its damage is: an explosion joins its region's strike, else
  // interception, as an effect does, and the attack names the incident's kind. With no attack there the blasts are an
  // incident of their own, kind `explosion` (an eyewitness's «вибухи у Феодосії»; below), which a strike told later
  // joins as soon as it is told. Blasts told of a whole country or of no place say not where they were heard, and
  // join nothing.
  const blast = (p: PlacedFact) => p.fact.kind === 'explosion' && p.group !== '-';
  const blasts: PlacedFact[] = [];
  for (const p of facts.filter((f) => (EFFECT_KINDS.has(f.fact.kind) || blast(f)) && !unplaceable(f))) {
    let host: Cluster | undefined;
    for (const kind of HOST_KINDS) {
      host = largest(clusters.filter((c) => c.kind === kind && c.group === p.group && overlaps(c, p)));
      if (host) break;
    }
    if (!host && p.inferred && p.startMs !== null) {
      for (const kind of HOST_KINDS) {
        host = voiceNight(
          clusters.filter((c) => c.kind === kind && c.group === p.group),
          p,
        );
        if (host) break;
      }
    }
    if (host) add(host, p, host.kind === 'strike' ? 'effect-of-strike' : 'effect-of-interception');
    else if (p.fact.kind === 'explosion') blasts.push(p);
    else homeless.push(p);
  }
  // Several reports of blasts in one place and night are one incident: eyewitnesses tell the minute they heard them
  // (02:10, then 02:40), windows that never overlap, and all of them fall in the night being resolved. The stated
  // windows give the incident's extent, else the inferred ones.
  for (const [group, list] of groupBy(blasts, (p) => p.group)) {
    const c = newCluster('explosion', group);
    for (const p of list) add(c, p, 'overlap');
    const stated = list.filter((p) => p.startMs !== null && !p.inferred);
    for (const p of stated.length > 0 ? stated : list) stretch(c, p);
    clusters.push(c);
  }
  const merged = foldAlerts(foldRepelledAttacks(foldDebrisStrikes(clusters)));
  clusters.length = 0;
  clusters.push(...merged);
  // A report that tells no attack, no debris and no time (a fire, a road accident's injured, told "now") is not
  // taken for the aftermath of an air attack on its own: its effects only join an attack's incident.
  const attackReports = new Set(
    facts
      .filter((p) => (!EFFECT_KINDS.has(p.fact.kind) && p.fact.kind !== 'explosion') || p.fact.kind === 'debris')
      .map((p) => p.fact.report_id),
  );
  const timed = new Set(facts.filter((p) => p.startMs !== null && !p.inferred).map((p) => p.fact.report_id));
  const placeable = homeless.filter((p) => attackReports.has(p.fact.report_id) || timed.has(p.fact.report_id));
  for (const [group, list] of groupBy(placeable, (p) => p.group)) {
    for (const c of sweep(list, 'damage', group, 'own-effects')) {
      // "damage" if anything was damaged, burnt, cut off or fell; only people hurt -> "casualties".
      c.kind = c.members.some((p) => p.fact.kind !== 'casualties') ? 'damage' : 'casualties';
      clusters.push(c);
    }
  }
  const waves = foldNationwideWaves(foldModelClaims(clusters, facts));
  waves.push(
    ...placeClaims(
      facts.filter((p) => HOST_KINDS.includes(p.fact.kind) && unplaceable(p)),
      waves,
      reportPlaces(facts),
    ),
  );
  const out = foldSingleHits(foldCountryAlerts(foldLoneRegion(waves)));
  for (const c of out) c.members.sort(compareByPublication);
  return out;
}

/** The one weapon class of a cluster's strikes when every one of them counts exactly one of it, else null. */
function singleHitWeapon(c: Cluster): Weapon | null {
  const strikes = c.members.filter((p) => p.fact.kind === 'strike');
  const weapon = strikes[0]?.fact.weapon ?? null;
  if (weapon === null) return null;
  const one = (p: PlacedFact) => p.fact.weapon === weapon && p.fact.count !== null && countPoint(p.fact.count) === 1;
  return strikes.every(one) ? weapon : null;
}

/** One weapon that hit something is one place hit, not a wave: follow-ups that name no place, region or country for
 *  it («В доме, куда попал беспилотник, горят три квартиры», "a missile that struck a block of flats killed 20") tell
 *  the strike of that weapon that another post places. A no-region strike cluster told of no country whose strikes
 *  each count one weapon of one class joins, with its effects, the one strike incident of that class whose window
 *  overlaps it (Belgorod's flat hit by a drone, Dnipro's block of flats); with two or more such incidents in the block
 *  it cannot say which, and stays. A placeless strike with no count may be a wave of many places, and stays too. Run
 *  last, over the regions and the waves alike. */
function foldSingleHits(clusters: readonly Cluster[]): Cluster[] {
  const folded = new Set<Cluster>();
  const placed = (c: Cluster) => c.group !== '-' || waveCountry(c) !== null;
  for (const c of clusters) {
    if (c.kind !== 'strike' || placed(c) || c.members.some((p) => p.fact.country !== undefined)) continue;
    const weapon = singleHitWeapon(c);
    if (weapon === null) continue;
    const hosts = clusters.filter(
      (h) =>
        h.kind === 'strike' &&
        placed(h) &&
        clustersOverlap(h, c) &&
        h.members.some(
          (p) => p.fact.weapon !== null && (isKindOf(p.fact.weapon, weapon) || isKindOf(weapon, p.fact.weapon)),
        ),
    );
    if (hosts.length !== 1) continue;
    for (const p of c.members) add(hosts[0]!, p, 'single-hit');
    folded.add(c);
  }
  return clusters.filter((c) => !folded.has(c));
}

/** The one weapon model each report names, null when it names none or several. */
function soleModels(facts: readonly PlacedFact[]): Map<string, string | null> {
  const models = new Map<string, Set<string>>();
  for (const p of facts) {
    const set = models.get(p.fact.report_id) ?? new Set<string>();
    if (p.fact.weapon_model) set.add(p.fact.weapon_model.toLowerCase());
    models.set(p.fact.report_id, set);
  }
  return new Map([...models].map(([id, set]) => [id, set.size === 1 ? [...set][0]! : null]));
}

/** A claim told of a whole country that names one weapon model ("Ukraine struck Russian territory with ATACMS for the
 *  first time", a denial of it) is about the night's attack with that model, when one region's incident of that
 *  country holds it (the ministry's six ATACMS over Bryansk Oblast): it joins that incident (one of its own kind
 *  first), rather than making a nationwide wave that would hold the country's other attacks. Run before the waves. */
function foldModelClaims(clusters: readonly Cluster[], facts: readonly PlacedFact[]): Cluster[] {
  const sole = soleModels(facts);
  const modelOf = (p: PlacedFact) => (p.fact.weapon_model ? p.fact.weapon_model.toLowerCase() : null);
  const regional = clusters.filter((c) => HOST_KINDS.includes(c.kind) && c.group !== '-');
  for (const c of clusters) {
    if (c.group !== '-' || !HOST_KINDS.includes(c.kind)) continue;
    const moved = new Set<PlacedFact>();
    for (const p of c.members) {
      const model = modelOf(p);
      if (!p.fact.country || model === null || sole.get(p.fact.report_id) !== model) continue;
      const holders = regional.filter(
        (r) => countryOfRegion(r.group) === p.fact.country && r.members.some((m) => modelOf(m) === model),
      );
      const host =
        largest(holders.filter((r) => r.kind === p.fact.kind)) ??
        largest(holders.filter((r) => r.kind !== p.fact.kind));
      if (!host) continue;
      add(host, p, 'same-model');
      moved.add(p);
    }
    if (moved.size === 0) continue;
    c.members = c.members.filter((p) => !moved.has(p));
    c.formed = c.members.filter((p) => {
      const how = c.joinedBy.get(p.fact.id);
      return how !== undefined && forms(how);
    }).length;
    for (const p of moved) c.joinedBy.delete(p.fact.id);
  }
  return clusters.filter((c) => c.members.length > 0);
}

/** Someone answers for the claim: a named person or an office (a ministry, an air force, a governor). "Media" (a
 *  link to another channel, «СМИ сообщают») is hearsay and does not. */
function namesSpeaker(p: PlacedFact): boolean {
  const c = p.fact.claimant;
  return c !== null && (c.name !== null || (c.role !== null && c.role !== 'media'));
}

/** A sentence with no place in a report whose other facts of that kind are all one region's is that region's (the
 *  headline «В Курской области при атаке дрона погибла…», then «По его словам, при ударе дрона ранения получили…»):
 *  places nest within a report before they reach a wave elsewhere. The cluster holding those facts, when there is
 *  exactly one; none when the report told of two regions (a roundup) or of no region. */
function ownReportCluster(
  p: PlacedFact,
  clusters: readonly Cluster[],
  places: ReadonlyMap<string, ReadonlySet<string>>,
): Cluster | undefined {
  // Every place the report names is one region: a roundup's bullets (Kyiv's debris, then a drone on a plant in
  // Udmurtia) leave a sentence on «Украина подверглась атаке» to no one of them.
  const named = places.get(p.fact.report_id);
  if (named?.size !== 1) return undefined;
  const [region] = named;
  const holders = clusters.filter(
    (c) =>
      c.kind === p.fact.kind &&
      c.group !== '-' &&
      c.members.some(
        (m) => m.fact.report_id === p.fact.report_id && m.fact.kind === p.fact.kind && m.fact.region?.code === region,
      ),
  );
  return holders.length === 1 ? holders[0] : undefined;
}

/** The regions (ISO codes) and countries told without a region ('country:UA') each report's facts name. */
function reportPlaces(facts: readonly PlacedFact[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const { fact } of facts) {
    const place = fact.region ? fact.region.code : fact.country ? `country:${fact.country}` : null;
    if (place === null) continue;
    const set = out.get(fact.report_id) ?? new Set<string>();
    set.add(place);
    out.set(fact.report_id, set);
  }
  return out;
}

/** A strike or interception told with no region, place, country or time (the ministry's "2 Storm Shadow missiles
 *  shot down", posted at noon) is still a statement about the day's attacks: it joins the largest incident of its
 *  kind that names no region and whose window its inferred one overlaps. With none to join it makes an incident of
 *  its own only when someone answers for it (the ministry, an air force); an unattributed aside ("missiles" in an
 *  article about a launch, a link to another channel) stays out. Returns the new clusters. */
function placeClaims(
  placeless: readonly PlacedFact[],
  clusters: readonly Cluster[],
  places: ReadonlyMap<string, ReadonlySet<string>>,
): Cluster[] {
  const spoken: PlacedFact[] = [];
  for (const p of placeless) {
    const own = ownReportCluster(p, clusters, places);
    if (own) {
      add(own, p, 'own-report');
      continue;
    }
    // A wave of another country is not what a report told of its own side says: the Kursk governor's «при ударе дрона
    // ранения получили…» under a headline on Kursk Oblast is no part of the night's strike on Ukraine.
    const host = largest(
      clusters.filter(
        (c) =>
          c.kind === p.fact.kind &&
          c.group === '-' &&
          overlaps(c, p) &&
          (p.country === null || waveCountry(c) === null || waveCountry(c) === p.country),
      ),
    );
    if (host) add(host, p, 'placeless');
    else if (namesSpeaker(p)) spoken.push(p);
  }
  const out: Cluster[] = [];
  for (const [, list] of groupBy(spoken, (p) => p.fact.kind)) {
    out.push(...sweepWindows(list, list[0]!.fact.kind, '-', 'overlap'));
  }
  return out;
}

/** A "strike" whose own reports tell of debris (the governor's "drone attack: debris fell on a roof in
 *  Slavyansk-na-Kubani") is the aftermath of the interception counted over the same region in the same window, not
 *  a second attack: it joins that interception's incident. A strike with no debris (an FPV drone hitting a car,
 *  a drone hitting an apartment block) stays an incident of its own beside the interception count, and so does a
 *  strike told of a whole country (the president's "120 missiles and 90 drones struck energy sites across Ukraine …
 *  damage from hits and falling debris"): a wave struck many places, and debris in one of them does not make it the
 *  national shoot-down total's aftermath. */
function foldDebrisStrikes(clusters: readonly Cluster[]): Cluster[] {
  const out: Cluster[] = [];
  const folded = new Set<Cluster>();
  for (const strike of clusters) {
    if (strike.kind !== 'strike' || strike.group === '-' || !strike.members.some((p) => p.fact.kind === 'debris'))
      continue;
    const host = largest(
      clusters.filter((c) => c.kind === 'interception' && c.group === strike.group && clustersOverlap(c, strike)),
    );
    if (!host) continue;
    // Debris the interception's own reports tell, and their other effects, are its aftermath; they do not make a
    // single hit another report tells (one drone on a car in another village, hours later) part of it: those effects
    // move to the interception and the strike stays. A strike with no count («массированной атаке БПЛА подверглись
    // два района») may be the wave the interception counted, and is folded as before.
    const hostReports = new Set(host.members.map((p) => p.fact.report_id));
    const strikeReports = new Set(strike.members.filter((p) => p.fact.kind === 'strike').map((p) => p.fact.report_id));
    const hostOnly = (p: PlacedFact) => hostReports.has(p.fact.report_id) && !strikeReports.has(p.fact.report_id);
    if (singleHitWeapon(strike) !== null && strike.members.filter((p) => p.fact.kind === 'debris').every(hostOnly)) {
      if (moveMembers(strike, (p) => (hostOnly(p) ? host : undefined), 'debris-of-interception')) folded.add(strike);
      continue;
    }
    for (const p of strike.members) add(host, p, 'debris-of-interception');
    folded.add(strike);
  }
  for (const c of clusters) if (!folded.has(c)) out.push(c);
  return out;
}

/** What a strike cluster tells beyond an attack made: a weapon counted as hitting, a thing hit (a building, a car,
 *  a plant), damage, fire, debris or a power cut, people killed or hurt. People as the object are the attack's
 *  target ("saying it targeted civilians"): people hit are told as casualties. "No casualties" tells nothing hit. */
function toldHit(c: Cluster): boolean {
  return c.members.some(({ fact }) => {
    if (fact.kind === 'strike') {
      return fact.hit !== null || fact.count !== null || (fact.object !== null && fact.object !== 'person');
    }
    if (fact.kind === 'casualties') return (fact.casualties?.killed ?? 0) > 0 || (fact.casualties?.injured ?? 0) > 0;
    return EFFECT_KINDS.has(fact.kind);
  });
}

/** An attack told only as made ("Moscow under siege as drones attack again", "Kyiv launched a drone attack on
 *  Moscow", "airport shut after drone attack"), with nothing hit, beside the shoot-downs of its region in the same
 *  window is the attack those shoot-downs repelled, not a second one: the strike joins the largest interception of its
 *  region whose window overlaps it, when their weapons meet. A strike that hit something (a count of hits, an object,
 *  damage, people hurt) stays apart, as in `foldDebrisStrikes`; so does a wave (no region), a strike of a weapon the
 *  interception never names (a missile attack beside drones downed), a strike of no named weapon (shelling, an attack
 *  told with no means), and a strike its own words put in the morning or the day beside the night's interceptions. */
function foldRepelledAttacks(clusters: readonly Cluster[]): Cluster[] {
  const folded = new Set<Cluster>();
  for (const strike of clusters) {
    if (strike.kind !== 'strike' || strike.group === '-' || toldHit(strike)) continue;
    const strikes = strike.members.filter((p) => p.fact.kind === 'strike');
    const weapons = strikes.map((p) => p.fact.weapon);
    // «ВСУ обстреляли Белгород», "Russia attacked Kyiv": an attack no report names a weapon of may be shelling or an
    // attack of its own; only a weapon the interceptions downed makes it theirs (then a post of no weapon meets any).
    if (weapons.every((w) => w === null)) continue;
    // «вранці атакували Нікополь»: an attack its own words put in the morning or the day is not the night's drones.
    const daytime = strikes.some((p) => toldInDaytime(p.fact));
    const meets = (c: Cluster) =>
      !(daytime && c.members.some((p) => p.fact.kind === 'interception' && p.fact.when?.precision === 'night')) &&
      weapons.every(
        (w) =>
          w === null ||
          c.members.some(
            (p) =>
              p.fact.kind === 'interception' &&
              p.fact.weapon !== null &&
              (isKindOf(p.fact.weapon, w) || isKindOf(w, p.fact.weapon)),
          ),
      );
    const host = largest(
      clusters.filter(
        (c) =>
          c.kind === 'interception' &&
          !folded.has(c) &&
          c.group === strike.group &&
          clustersOverlap(c, strike) &&
          meets(c),
      ),
    );
    if (!host) continue;
    for (const p of strike.members) add(host, p, 'attack-repelled');
    folded.add(strike);
  }
  return clusters.filter((c) => !folded.has(c));
}

/** An alert announced in a region while drones or missiles struck or were shot down there (the district's «режим
 *  беспилотной опасности» during the night's interceptions, the air-raid alarm over Kyiv during the missile wave) is
 *  part of that attack, not an incident beside it: each alert joins the largest strike or interception of its
 *  region whose window it overlaps. An alert with no attack told in its region and window (a daytime missile danger
 *  declared and lifted) stays its own incident. */
function foldAlerts(clusters: readonly Cluster[]): Cluster[] {
  const folded = new Set<Cluster>();
  for (const alert of clusters) {
    if (alert.kind !== 'alert' || alert.group === '-') continue;
    const hosts = clusters.filter((c) => HOST_KINDS.includes(c.kind) && c.group === alert.group);
    // Each alert by its own window: a daytime alarm is not the night's attack.
    const hostFor = (p: PlacedFact) => largest(hosts.filter((c) => overlaps(c, p)));
    if (moveMembers(alert, hostFor, 'alert-of-attack')) folded.add(alert);
  }
  return clusters.filter((c) => !folded.has(c));
}
