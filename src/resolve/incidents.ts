import { stableId } from '../core/ids.ts';
import { addTo, pushTo } from '../core/multimap.ts';
import { countryOfRegion } from '../core/regions.ts';
import type {
  Conflict,
  Country,
  Fact,
  FactKind,
  Incident,
  RegionRef,
  Report,
  TallyStep,
  TimeSpan,
  Weapon,
} from '../core/types.ts';
import { type AggregateTarget, checkAggregates, markBrokenDownTotals } from './aggregates.ts';
import { anyStillClosed } from './airport-episodes.ts';
import { mergeCasualties } from './casualties.ts';
import { type Cluster, clusterFacts } from './cluster.ts';
import { corroborate } from './corroboration.ts';
import { mergeEffects } from './effects.ts';
import { listPlaces, pickPlace, pickRegions, type RegionNamer } from './location.ts';
import { mentions } from './mentions.ts';
import { mergeClaimants } from './merge-claimants.ts';
import { signedPost } from './merge-counts.ts';
import { mergeWhen } from './merge-when.ts';
import { foldNamelessOfficials } from './nameless-voices.ts';
import { type PlacedFact, placeFacts, reportChannel } from './placed-fact.ts';
import { explainFacts } from './reasons.ts';
import { joinSimilarText, type SimilarLink } from './similar-text.ts';
import { buildSources, type Retelling } from './sources.ts';
import { compareIso, compareText, toMs } from './time.ts';
import { majorityCountry } from './wave-country.ts';
import { mergeWeapons, postWeapons, type WeaponMerge } from './weapons.ts';
import { roundupItems } from './wording.ts';

export interface NightInput {
  facts: readonly Fact[];
  reports: ReadonlyMap<string, Report>;
  origins: ReadonlyMap<string, string>;
  originReasons?: ReadonlyMap<string, string[]>;
  nightKey: string;
  /** Canonical region names for the output (pipeline passes the gazetteer's); without it, names as written. */
  regionName?: RegionNamer;
  /** Report id -> its text's content-word counts (wording.ts textWordCounts), when the caller has read them for
   *  origins already; the similar-text join reads them otherwise. */
  words?: ReadonlyMap<string, ReadonlyMap<number, number>>;
}

const sortedUnion = (lists: readonly (readonly string[])[]): string[] => [...new Set(lists.flat())].sort(compareText);

/** The reports that tell nothing of an incident of another kind but an alert over it (an alert and its all-clear
 *  beside a strike): no voice in its corroboration. An alert's own incident keeps them as its voices. */
function alarmReports(c: Cluster): Set<string> {
  if (c.kind === 'alert') return new Set();
  const told = new Set(c.members.filter((p) => p.fact.kind !== 'alert').map((p) => p.fact.report_id));
  return new Set(c.members.filter((p) => !told.has(p.fact.report_id)).map((p) => p.fact.report_id));
}

/** The voice each report speaks with, for corroboration. A role alone ("the governor said") is the claimant the
 *  incident names with that role ("Governor Ivan Petrov") when it names exactly one: one person, one voice. With two
 *  named holders of the role the unnamed one could be either, so it stays a voice of its own.
 *
 *  A report that credits no one is no independent voice when nothing tells whose word it is (ux38 #9): with neither
 *  a claimant nor a channel of its own (a pasted text, a JSONL line with no source) it could be anyone's, a rewrite
 *  of a voice already counted as likely as a new one. A web page's channel is its publisher, else its address's host
 *  (reportChannel). On a channel, an uncredited report joins a credited voice of that channel when it retells that
 *  statement (same origin) or when that voice is the channel's own speaker (the claimant is the channel, or signed
 *  the post: the Air Force channel's unsigned evening update beside its signed night summary); otherwise it is the
 *  channel's own voice (an outlet's eyewitness report beside a governor it quoted another time, review 38b). One it
 *  could join to two voices, like one with no channel, is `dependent`: it makes a voice only when the incident has
 *  no other. */
export function voicesByReport(members: Cluster['members']): {
  keys: Map<string, Set<string>>;
  dependent: Set<string>;
} {
  const namedByRole = new Map<string, Set<string>>();
  for (const p of members) {
    const role = p.fact.claimant?.role;
    if (!role || p.claimant === null || p.claimant === role) continue;
    addTo(namedByRole, role, p.claimant);
  }
  const keys = new Map<string, Set<string>>();
  // A channel's credited voices: those of its own speaker (the claimant is the channel itself, or signed the post),
  // and those of each origin it posted.
  const ownSpeaker = new Map<string, Set<string>>();
  const byOrigin = new Map<string, Set<string>>();
  const unsigned = new Map<string, Set<string>>();
  for (const p of members) {
    let key = p.voice.startsWith('origin:') ? null : p.voice;
    // A report that credits someone speaks with the voices it credits: its uncredited lines (the mayor's «На месте
    // падения обломков работают специалисты» after his signed count) are no second voice beside them, and when it
    // credits one voice its channel speaks with that voice (aliases below). A report that credits no one is given
    // its voice after this loop.
    if (key !== null && p.claimant === null) addTo(unsigned, p.fact.report_id, key);
    if (key === null || p.claimant === null) continue;
    const named = p.claimant !== null && p.claimant === p.fact.claimant?.role ? namedByRole.get(p.claimant) : undefined;
    if (named?.size === 1) key = [...named][0]!;
    addTo(keys, p.fact.report_id, key);
    const channel = reportChannel(p.report);
    if (p.claimant === null || channel === null) continue;
    addTo(byOrigin, `${channel}\u0001${p.originId}`, key);
    if (p.fact.fields.claimant?.from === 'publisher' || signedPost(p)) addTo(ownSpeaker, channel, key);
  }
  const attributed = new Set(members.filter((p) => p.claimant !== null).map((p) => p.fact.report_id));
  const dependent = new Set<string>();
  // An origin is one statement: a report that credits no one but shares its origin with one that does (a wire's
  // headline beside another outlet's "the mayor reported") retells the credited voices, whatever its channel.
  const creditedOrigins = new Set(members.filter((p) => p.claimant !== null).map((p) => p.originId));
  for (const p of members) {
    const id = p.fact.report_id;
    if (attributed.has(id)) continue;
    const channel = reportChannel(p.report);
    if (channel === null) {
      dependent.add(id);
      continue;
    }
    if (creditedOrigins.has(p.originId)) continue;
    // Whose word it is: the credited voice whose statement it retells (same origin), else its channel's own speaker;
    // an outlet's own unsigned report (residents' account of a strike, posted before the outlet quoted the governor)
    // is the outlet's voice, not the voice of whoever it quoted another time.
    const named = byOrigin.get(`${channel}\u0001${p.originId}`) ?? ownSpeaker.get(channel);
    if (named !== undefined && named.size > 1) dependent.add(id);
    else if (named?.size === 1) keys.set(id, new Set(named));
    else keys.set(id, new Set([channel]));
  }
  // The channel of a report that credits one voice and adds lines of its own is that voice's (an outlet's two
  // articles, "Russia says" in one and a bare headline in the other, are one voice, as when the groups of origins
  // linked by a shared key were counted).
  const alias = new Map<string, string>();
  for (const [id, own] of unsigned) {
    const credited = keys.get(id);
    if (credited?.size !== 1) continue;
    const [voice] = [...credited];
    for (const k of own) if (!credited.has(k) && !alias.has(k)) alias.set(k, voice!);
  }
  if (alias.size > 0) for (const [id, ks] of keys) keys.set(id, new Set([...ks].map((k) => alias.get(k) ?? k)));
  foldNamelessOfficials(members, keys, dependent);
  return { keys, dependent };
}

/** An incident with no region names the country its facts were told of (a nationwide statement's country, or the
 *  country of the regions a nationwide wave holds), by the same agreement cluster.ts decides a wave by
 *  (wave-country.ts): facts that name no country do not count against it. */
function countryOf(
  members: readonly PlacedFact[],
  region: RegionRef | null,
  facts: readonly Fact[],
): { country?: Country } {
  if (region !== null) return {};
  const told = (f: Fact): Country | null | undefined => (f.region ? countryOfRegion(f.region.code) : f.country);
  const own = members.map((p) => told(p.fact));
  // A nationwide figure told of no country (the Ukrainian Air Force's «збито 30 ударних БпЛА», its hits then placed in
  // Kharkiv and Odesa oblasts) is of the country its reports place their other facts in: that is where it was told.
  const ids = new Set(members.map((p) => p.fact.report_id));
  const country = own.some((c) => c !== null && c !== undefined)
    ? majorityCountry(own)
    : majorityCountry(facts.filter((f) => ids.has(f.report_id) && f.historical !== true).map(told));
  return country ? { country } : {};
}

/** Where a report names a fact's region: its sentence, then the name within it (one sentence of a ministry's list
 *  tells every region's part). A fact whose report names no region for it (a total over "Russia's regions", a place
 *  lent by context) comes after every named one, in sentence order. */
function toldAt(f: Fact): number {
  const region = f.fields.region;
  if (!f.region || !region || region.inferred || region.start < f.evidence.start) return 2 ** 40 + f.evidence.start;
  return f.evidence.start * 65536 + Math.min(region.start - f.evidence.start, 65535);
}

/** Capitalised words, the names of places in every alphabet we read («Белгородской», «Sumy»). */
const PROPER_WORD = /\p{Lu}[\p{L}\p{M}'\u2019-]*/gu;
/** Letters two forms of one name share at least: endings change a name's last few letters («Белгородом»,
 *  «Белгородской», «Белгородчина» are all «Белго…»), and unrelated names rarely share five first letters. */
const NAME_STEM = 5;

/** Whether a text (a list's header) names one of the places written in `names`: a capitalised word of each sharing
 *  their first NAME_STEM letters, whatever their endings. */
function namesAny(text: string, names: readonly string[]): boolean {
  const stems = new Set(
    names.flatMap((n) => [...n.matchAll(PROPER_WORD)].map((m) => m[0].toLowerCase().slice(0, NAME_STEM))),
  );
  for (const stem of stems) if (stem.length < NAME_STEM) stems.delete(stem);
  if (stems.size === 0) return false;
  return [...text.matchAll(PROPER_WORD)].some((m) => stems.has(m[0].toLowerCase().slice(0, NAME_STEM)));
}

/** The facts told in a list item of a roundup of statements (wording.ts, roundupItems): Mash's «Что сказал президент:
 *  — …; — …» under the one statement its headline gives. Origins file such a list under its headline's statement, so a
 *  report that retells that statement retells none of the items: an item's fact (the night's strike named among a
 *  summit's statements) does not make it a source of that fact's incident. Not a list whose facts (with those before
 *  it) name one region as written, under a header that names that region too, or told in more than one item (or an
 *  item and a line before the list): that is the region's night summary, and a copy of its header retells it. */
function listedFacts(input: NightInput, retold: ReadonlySet<string>): Set<string> {
  const byReport = new Map<string, Fact[]>();
  for (const f of input.facts) {
    // Only the reports of an origin that a fact-less report retells: the others' lists are never read here.
    if (!retold.has(input.origins.get(f.report_id) ?? f.report_id)) continue;
    const list = byReport.get(f.report_id);
    if (list) list.push(f);
    else byReport.set(f.report_id, [f]);
  }
  const out = new Set<string>();
  for (const [id, facts] of byReport) {
    const report = input.reports.get(id);
    if (!report) continue;
    const items = roundupItems(report.text, facts);
    if (items.length === 0) continue;
    const inList = (f: Fact) => items.some(([start, end]) => f.evidence.start >= start && f.evidence.start < end);
    // One region's night summary under a header with no fact of its own («Итоги ночи в Белгородской области: — над
    // Белгородом сбиты …; — пострадавших нет») is that region's story, and a copy of its header retells it: a list
    // whose facts name one region as written (or as the publisher's) is no roundup of statements. A summit's points
    // name none (a strike «на территории Украины», its region carried from context) or several. Its one point that
    // names its region («— ночью армия ударила по Региону А») is still one item among statements; a summary's header
    // names its region too, or its night is told in more than one place: the shoot-downs in one item, and the damage
    // or «пострадавших нет» in the next (the name given once, the next items carrying it), or a line before the list.
    const itemOf = (f: Fact) => items.findIndex(([start, end]) => f.evidence.start >= start && f.evidence.start < end);
    const stated = new Set<string>();
    const names: string[] = [];
    const tellings = new Set<number>();
    for (const f of facts) {
      const region = f.fields.region;
      const named = region !== undefined && (!region.inferred || region.from === 'publisher');
      if (!f.region || !region || !named || f.evidence.end <= f.evidence.start) continue;
      const item = itemOf(f);
      if (item < 0 && f.evidence.start >= items[0]![0]) continue;
      stated.add(f.region.code);
      names.push(region.text);
      tellings.add(item);
    }
    const [code] = stated;
    if (stated.size === 1) {
      for (const f of facts)
        if (f.region?.code === code && f.evidence.end > f.evidence.start && inList(f)) tellings.add(itemOf(f));
      if (tellings.size > 1 || namesAny(report.text.slice(0, items[0]![0]), names)) continue;
    }
    for (const f of facts) if (inList(f)) out.add(f.id);
  }
  return out;
}

/** A report of the night none of whose facts is in a cluster, but that shares its origin with reports whose facts
 *  are, retells a statement of that cluster's incident: one statement, one incident. The General Staff's «не
 *  подтвердили сведения о том, что Украина снова применила ракеты SCALP», put by origins beside a post that tells the
 *  strike; a copy of a post from which the extraction read nothing; a headline giving the ministry's night total (an
 *  aggregate, which makes no incident) beside the ministry's list that it retells. It is a source of the cluster
 *  holding most of its origin's facts (ties: the cluster of the region its origin names first, by the place of the name
 *  in its report, as a list leads with its first region: `toldAt`; then the cluster whose smallest fact id is smallest), so the
 *  incident lists it; it adds a report to corroboration, never an origin. A report told only in history (no current
 *  fact) retells as well. The facts of a roundup's list items count for none (`listedFacts`). */
function retellings(clusters: readonly Cluster[], input: NightInput): Map<Cluster, Retelling[]> {
  const telling = new Set(clusters.flatMap((c) => c.members.map((p) => p.fact.report_id)));
  const firstFact = new Map(clusters.map((c) => [c, c.members.map((p) => p.fact.id).sort(compareText)[0] ?? '']));
  // Each origin's facts per cluster, counted once: a night's fact-less reports times its facts would be quadratic.
  const held = new Map<string, Map<Cluster, { n: number; first: number }>>();
  const retold = new Set<string>();
  for (const id of input.reports.keys()) {
    const originId = input.origins.get(id);
    if (!telling.has(id) && originId !== undefined) retold.add(originId);
  }
  const listed = listedFacts(input, retold);
  for (const c of clusters) {
    for (const p of c.members) {
      if (listed.has(p.fact.id)) continue;
      const byCluster = held.get(p.originId) ?? new Map<Cluster, { n: number; first: number }>();
      const prev = byCluster.get(c) ?? { n: 0, first: Number.POSITIVE_INFINITY };
      byCluster.set(c, { n: prev.n + 1, first: Math.min(prev.first, toldAt(p.fact)) });
      held.set(p.originId, byCluster);
    }
  }
  const out = new Map<Cluster, Retelling[]>();
  for (const id of [...input.reports.keys()].sort(compareText)) {
    const originId = input.origins.get(id);
    if (telling.has(id) || originId === undefined) continue;
    let host: Cluster | undefined;
    let most = { n: 0, first: Number.POSITIVE_INFINITY };
    for (const [c, h] of held.get(originId) ?? []) {
      if (
        h.n > most.n ||
        (h.n === most.n &&
          (h.first < most.first ||
            (h.first === most.first && compareText(firstFact.get(c)!, firstFact.get(host!)!) < 0)))
      ) {
        host = c;
        most = h;
      }
    }
    if (host) pushTo(out, host, { report: input.reports.get(id)!, originId });
  }
  return out;
}

function buildIncident(
  cluster: Cluster,
  input: NightInput,
  retold: readonly Retelling[] = [],
  links: ReadonlyMap<string, SimilarLink> = new Map(),
  byPost: ReadonlyMap<string, Weapon> = new Map(),
): { incident: Incident; weapons: WeaponMerge } {
  const { members } = cluster;
  const weapons = mergeWeapons(members, cluster.kind, byPost);
  const casualties = mergeCasualties(members, cluster.group === '-');
  const conflicts: Conflict[] = [...weapons.conflicts, ...casualties.conflicts].sort((a, b) =>
    compareText(a.field, b.field),
  );
  const tallies: Record<string, TallyStep[]> = Object.fromEntries(
    [...weapons.tallies, ...casualties.tallies].sort((a, b) => compareText(a[0], b[0])),
  );
  const sources = buildSources(members, retold);
  const { region, regions } = pickRegions(members, cluster.group, input.regionName);
  for (const scope of [...weapons.weapons.flatMap((w) => w.scopes ?? []), ...(casualties.casualties.scopes ?? [])]) {
    const own = scope.region;
    if (own) scope.region = regions.find((r) => r.code === own.code) ?? own;
  }
  const incident: Incident = {
    id: stableId('inc', input.nightKey, cluster.kind, cluster.group, cluster.start ?? ''),
    kind: cluster.kind,
    region,
    regions,
    place: pickPlace(members),
    places: listPlaces(members),
    ...countryOf(members, region, input.facts),
    when: alertWindow(cluster.kind, members) ?? mergeWhen(members),
    ...liftedAt(cluster.kind, members),
    weapons: weapons.weapons,
    effects: mergeEffects(members),
    casualties: casualties.casualties,
    airports: sortedUnion(members.map((p) => p.fact.airports)),
    diverted_to: sortedUnion(members.map((p) => p.fact.diverted_to)),
    claimants: mergeClaimants(members),
    facts: members.map((p) => p.fact.id).sort(compareText),
    sources,
    corroboration: corroborate(sources, conflicts, voicesByReport(members), alarmReports(cluster)),
    conflicts,
    related: [],
    // The latest post or edit among its sources: an edited report changes what the incident says.
    updated_at:
      [
        ...sources.map((s) => s.published_at),
        ...members.flatMap((p) => (p.report?.edited_at ? [p.report.edited_at] : [])),
        ...retold.flatMap((r) => (r.report.edited_at ? [r.report.edited_at] : [])),
      ]
        .sort(compareIso)
        .at(-1) ?? '',
    aggregates: [],
    tallies,
    reasons: explainFacts(cluster, weapons, input.originReasons, links),
  };
  return { incident, weapons };
}

/** When an alert's all-clear came: the time its sentence states («отбой в 02:45»), else, with none stated, its post's
 *  (a channel posts «Отбой ракетной опасности» as it is given). */
function endedAt(p: PlacedFact): string {
  const w = p.fact.when;
  return !p.inferred && w && (w.precision === 'exact' || w.precision === 'hour') ? w.end : p.publishedAt;
}

/** An alert incident holding both its alarm and its all-clear («Ракетная опасность» posted at 02:10, «Отбой ракетной
 *  опасности» at 02:45): the alarm lasted from the first to the end, each at its stated time or else its post's
 *  (a live channel posts each as it is given), so the window is 02:10 → 02:45 rather than the night the posts fall
 *  in. Null (mergeWhen decides) when either is missing, or when the end comes before the start. */
function alertWindow(kind: FactKind, members: readonly PlacedFact[]): TimeSpan | null {
  if (kind !== 'alert') return null;
  const starts = members.filter((p) => p.fact.kind === 'alert' && !allClear(p));
  const end = allClearAt(members);
  if (end === null || starts.length === 0) return null;
  const start = starts.map(endedAt).sort(compareIso)[0]!;
  return compareIso(start, end) < 0 ? { start, end, precision: 'exact' } : null;
}

/** An alert's end («Отбой ракетной опасности», extraction's `detail: 'all clear'`). */
const allClear = (p: PlacedFact) => p.fact.kind === 'alert' && p.fact.detail === 'all clear';

/** The latest all-clear among the members (endedAt), null with none. */
function allClearAt(members: readonly PlacedFact[]): string | null {
  return members.filter(allClear).map(endedAt).sort(compareIso).at(-1) ?? null;
}

/** The latest stated time of a "restrictions lifted" fact («сняты в 05:40»): when the airports reopened. A lifting
 *  told only with a longer window ("resumed operations after overnight restrictions") or with none («ограничения
 *  сняты.») gives no time, but the episode is still marked `lifted`. Neither while an airport of it is still closed. */
function liftedAt(kind: FactKind, members: readonly PlacedFact[]): { lifted?: true; lifted_at?: string } {
  // An alert's all-clear is its lifting too; its time is its post's when it states none (alertWindow). Not on an
  // attack's incident that took in its alarm and all-clear (resolve/cluster.ts): the attack was not "lifted".
  const cleared = kind === 'alert' ? allClearAt(members) : null;
  if (cleared !== null) return { lifted: true, lifted_at: cleared };
  const liftings = members.filter(
    (p) => p.fact.kind === 'airport_disruption' && p.fact.detail === 'restrictions lifted',
  );
  // «Ограничения в аэропорту Внуково сняты. Аэропорт Домодедово продолжает работу с ограничениями.»: the episode is
  // lifted once its every airport is, not at the first airport's lifting.
  if (liftings.length === 0) return {};
  if (anyStillClosed(members.filter((p) => p.fact.kind === 'airport_disruption'))) return {};
  const times = liftings
    .filter((p) => !p.inferred)
    .filter((p) => p.fact.when?.precision === 'exact' || p.fact.when?.precision === 'hour')
    .flatMap((p) => (p.fact.when ? [p.fact.when.end] : []))
    .sort(compareIso);
  return times.length > 0 ? { lifted: true, lifted_at: times.at(-1)! } : { lifted: true };
}

/** Rule 8: an airport closure and the interception or strike over the same region that night; and an interception
 *  and a strike of one region whose windows meet (a ministry's «20 БПЛА уничтожены над Белгородской областью» and a
 *  governor's «в Шебекино дрон попал в подстанцию» the same night, ux41 #6). Those two stay apart (a count of drones
 *  downed and a hit are no one figure, and "all 20" beside "one hit" is no conflict: the interception need not have
 *  covered every drone), but a reader weighing the one wants the other beside it. A nationwide wave is linked to the
 *  strikes of the regions it names (the ministry's total with its Belgorod part), never to every region's: a total
 *  told of no region says nothing of one. An interception or strike whose window is longer than a day (a week's tally)
 *  is linked to no strike or interception. */
function linkRelated(incidents: readonly Incident[], groups: ReadonlyMap<string, string>): void {
  const closures = incidents.filter((i) => i.kind === 'airport_disruption');
  const attacks = incidents.filter((i) => i.kind === 'interception' || i.kind === 'strike');
  const link = (a: Incident, b: Incident) => {
    a.related.push(b.id);
    b.related.push(a.id);
  };
  for (const closure of closures) {
    for (const attack of attacks) {
      if (groups.get(closure.id) === groups.get(attack.id)) link(closure, attack);
    }
  }
  const strikes = attacks.filter((i) => i.kind === 'strike' && i.region !== null);
  for (const interception of attacks.filter((i) => i.kind === 'interception')) {
    const over = new Set([interception.region, ...(interception.regions ?? [])].flatMap((r) => (r ? [r.code] : [])));
    for (const strike of strikes) {
      if (
        over.has(strike.region!.code) &&
        windowsMeet(interception.when, strike.when) &&
        !longerThanDay(interception.when) &&
        !longerThanDay(strike.when)
      ) {
        link(interception, strike);
      }
    }
  }
  for (const i of incidents) i.related = [...new Set(i.related)].sort(compareText);
}

// Longer than a night and the day around it: a week's tally («за прошедшую неделю … уничтожены 150 беспилотников»)
// meets every night of its week and tells nothing of one night's hit (review 41b).
const RELATED_SPAN_MAX_MS = 24 * 60 * 60 * 1000;

function longerThanDay(w: TimeSpan | null): boolean {
  return w !== null && toMs(w.end) - toMs(w.start) > RELATED_SPAN_MAX_MS;
}

/** Whether two windows share a moment (touching ends count); a window not known meets any (the night bounds it:
 *  only one night's incidents are linked). */
function windowsMeet(a: TimeSpan | null, b: TimeSpan | null): boolean {
  if (a === null || b === null) return true;
  return toMs(a.start) <= toMs(b.end) && toMs(b.start) <= toMs(a.end);
}

function compareIncidents(a: Incident, b: Incident): number {
  const sa = a.when ? toMs(a.when.start) : Number.POSITIVE_INFINITY;
  const sb = b.when ? toMs(b.when.start) : Number.POSITIVE_INFINITY;
  return (
    (sa < sb ? -1 : sa > sb ? 1 : 0) ||
    compareText(a.kind, b.kind) ||
    compareText(a.region?.code ?? '', b.region?.code ?? '') ||
    compareText(a.id, b.id)
  );
}

/** An incident's id is its night, kind, place group and start; two incidents can share all four (two airport
 *  episodes of one city told with the same start, the first ended by a lifting). Each of them is then named by its
 *  first fact as well, so no two incidents of a night share an id, whatever order they were built in. */
function distinctIds(incidents: Incident[]): void {
  const seen = new Map<string, number>();
  for (const inc of incidents) seen.set(inc.id, (seen.get(inc.id) ?? 0) + 1);
  for (const inc of incidents) {
    if (seen.get(inc.id)! > 1) inc.id = stableId('inc', inc.id, inc.facts[0] ?? '');
  }
}

/** One night's facts -> its incidents, merged across reports. Pure and order-independent: the same
 *  facts in any order give deep-equal output, and running it twice changes nothing. */
export function resolveNight(input: NightInput): Incident[] {
  const placed = markBrokenDownTotals(placeFacts(input.facts, input.reports, input.origins));
  const { clusters, links } = joinSimilarText(clusterFacts(placed), input.reports, { words: input.words });
  const retold = retellings(clusters, input);
  const inClusters = new Set(clusters.flatMap((c) => c.members.map((p) => p.fact.report_id)));
  for (const r of [...retold.values()].flat()) inClusters.add(r.report.id);
  const named = mentions(
    clusters,
    placed.map((p) => p.fact),
    input.reports,
    [...input.reports.keys()].filter((id) => !inClusters.has(id)).sort(compareText),
  );
  for (const [c, list] of named) {
    const extra = list.map((report) => ({
      report,
      originId: input.origins.get(report.id) ?? report.id,
      mention: true,
    }));
    pushTo(retold, c, ...extra);
  }
  const byPost = postWeapons(input.facts);
  const built = clusters.map((c) => buildIncident(c, input, retold.get(c), links, byPost));
  const incidents = built.map((b) => b.incident);
  distinctIds(incidents);
  linkRelated(incidents, new Map(incidents.map((inc, i) => [inc.id, clusters[i]!.group])));

  const targets: AggregateTarget[] = incidents.map((inc, i) => ({
    id: inc.id,
    kind: inc.kind,
    weapons: inc.weapons,
    merged: built[i]!.weapons.merged,
    members: clusters[i]!.members,
  }));
  const checks = checkAggregates(
    placed.filter((p) => p.fact.aggregate),
    targets,
  );
  for (const inc of incidents) inc.aggregates = checks.get(inc.id) ?? [];
  return incidents.sort(compareIncidents);
}
