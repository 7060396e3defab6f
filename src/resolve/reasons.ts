import type { Count, MergeReason } from '../core/types.ts';
import type { Cluster } from './cluster.ts';
import { addCounts, compatible, formatCount } from './count-math.ts';
import { isEpisodeMerge } from './episodes.ts';
import type { MergedCount } from './merge-counts.ts';
import { EFFECT_KINDS, type PlacedFact } from './placed-fact.ts';
import type { SimilarLink } from './similar-text.ts';
import { compareText, shortIso } from './time.ts';
import type { WeaponMerge } from './weapons.ts';

function regionReason(p: PlacedFact, shared: boolean): string {
  const same = shared ? 'same ' : '';
  if (p.fact.region) return `${same}region ${p.fact.region.code}`;
  if (p.fact.place) return `${same}place ${p.fact.place.name}`;
  return 'no region or place given';
}

/** What the reasons ask of a whole incident, read once: a long report's incident holds thousands of facts. */
interface Members {
  /** Reports that tell debris. */
  debris: ReadonlySet<string>;
  /** Each claimant's reports. */
  reportsOf: ReadonlyMap<string, ReadonlySet<string>>;
}

function membersOf(c: Cluster): Members {
  const debris = new Set<string>();
  const reportsOf = new Map<string, Set<string>>();
  for (const m of c.members) {
    if (m.fact.kind === 'debris') debris.add(m.fact.report_id);
    if (m.claimant === null) continue;
    const reports = reportsOf.get(m.claimant) ?? new Set<string>();
    reports.add(m.fact.report_id);
    reportsOf.set(m.claimant, reports);
  }
  return { debris, reportsOf };
}

function kindReason(p: PlacedFact, c: Cluster, members: Members, links: ReadonlyMap<string, SimilarLink>): string {
  const how = c.joinedBy.get(p.fact.id);
  const { kind } = p.fact;
  const link = links.get(p.fact.id);
  if (how === 'similar-text' && link) {
    const j = link.jaccard.toFixed(2);
    return `${kind}: similar text, report ${link.report} retells report ${link.other} of this ${c.kind} (word overlap J=${j}) and their facts do not contradict`;
  }
  if (how === 'debris-of-interception') {
    // Said of this fact only when its own report tells the debris; else the debris came from another report.
    const own = members.debris.has(p.fact.report_id);
    const told = kind === 'debris' ? '' : own ? ' told with debris' : ' told beside debris another report gives';
    return `${kind}${told}, in the region and window of the interception: its aftermath, not a second attack`;
  }
  if (how === 'attack-repelled') {
    return `${kind} of an attack told with nothing hit, in the region and window of the interception: the attack it repelled`;
  }
  if (how === 'alert-of-attack') {
    return `${kind} in the region and window of the ${c.kind}: the alarm over that attack, not an incident of its own`;
  }
  if (how === 'alert-of-country-attack') {
    return `${kind} told of the whole country while this ${c.kind} was under way there: the alarm over that attack`;
  }
  if (how === 'nationwide-wave') {
    return `${kind} in a region of the country a nationwide ${c.kind} was told of, window overlapping it: part of that wave`;
  }
  if (how === 'same-model') {
    return `${kind} told of a whole country with the one weapon model this ${c.kind} in its region names: the same attack`;
  }
  if (how === 'placeless') {
    return `${kind} told with no region, place, country or time: joined the largest ${c.kind} of no region its window overlaps`;
  }
  if (how === 'own-report') {
    return `${kind} told with no region, place or country: its report's other ${kind} facts are this ${c.kind}'s region`;
  }
  if (how === 'placeless-one-region') {
    return `${kind} told with no region, place or country: the one region's ${c.kind} its window overlaps`;
  }
  if (how === 'single-hit') {
    return `${kind} of a strike by one weapon told with no region, place or country: the one ${c.kind} of that weapon its window overlaps`;
  }
  if (how === 'effect-of-strike' || how === 'effect-of-interception') {
    return `${kind} in the region of the ${c.kind}, window overlapping it`;
  }
  if (EFFECT_KINDS.has(kind)) return `${kind}: no strike or interception to join in its region and window`;
  return c.members.filter((m) => m.fact.kind === kind).length > 1 ? `same kind ${kind}` : `kind ${kind}`;
}

const INFERRED_JOINS: Readonly<Record<string, string>> = {
  'inferred-window': ', joined the largest incident it overlaps',
  'voice-night': ', joined the incident its voice told just before it (the night behind the post)',
};

function windowReason(p: PlacedFact, c: Cluster): string | null {
  const w = p.fact.when;
  if (!w || p.startMs === null) {
    return c.start === null ? 'no time given' : 'no time given: joined the largest incident of its region and kind';
  }
  if (p.inferred) {
    return `no time given: window ${shortIso(w.start)}..${shortIso(w.end)} inferred from the publication time${INFERRED_JOINS[c.joinedBy.get(p.fact.id) ?? ''] ?? ''}`;
  }
  if (c.start === null || c.end === null) return null;
  const own = `${shortIso(w.start)}..${shortIso(w.end)}`;
  const all = `${shortIso(c.start)}..${shortIso(c.end)}`;
  return own === all ? `window ${own}` : `window ${own} overlaps ${all}`;
}

function tallyReason(p: PlacedFact, c: Cluster): string | null {
  const voice = c.tallyVoice.get(p.fact.id);
  return voice === undefined ? null : `posted in a later window that continues the running tally of ${voice}`;
}

function claimantReason(p: PlacedFact, members: Members): string | null {
  if (p.claimant === null) return null;
  // Its own report is among the claimant's: another one makes it "same".
  const again = (members.reportsOf.get(p.claimant)?.size ?? 0) > 1;
  // The name as this report writes it ("Александр Гусев"), not the folded key the match used ("gusev").
  const shown = p.fact.claimant?.name ?? p.fact.claimant?.role ?? p.claimant;
  return `${again ? 'same claimant' : 'claimant'} ${shown}`;
}

function countReason(p: PlacedFact, weapons: WeaponMerge): string | null {
  const count = p.fact.count;
  const type = weapons.typeOf.get(p.fact.id);
  if (!count || !type) return null;
  const all = weapons.merged.get(`weapons[${type}].count`);
  if (!all?.shown) return null;
  if (!isEpisodeMerge(all)) return countReasonIn(p, count, all);
  // Told of a stretch of its own: read within its episode, then said to be summed with the others.
  const episode = all.episodes.find((e) => e.merged.roles.has(p.fact.id));
  if (episode) {
    const within = episode.merged.shown ? countReasonIn(p, count, episode.merged) : null;
    const sum = `one of ${all.episodes.length} episodes in windows that share no time, summed to ${formatCount(all.shown)}`;
    return within ? `${within}; ${sum}` : sum;
  }
  if (all.whole?.roles.has(p.fact.id) && all.whole.shown) {
    const within = countReasonIn(p, count, all.whole);
    const parts = all.episodes.map((e) => e.merged.shown).filter((c): c is Count => c !== null);
    const total = parts.length > 0 ? parts.reduce(addCounts) : null;
    const agree = total !== null && compatible(total, all.whole.shown) ? 'agree with it' : 'are its parts';
    const sum = `told of the whole stretch of ${all.episodes.length} episodes, whose ${total ? formatCount(total) : '?'} ${agree}`;
    return `${within}; ${sum}`;
  }
  return countReasonIn(p, count, all);
}

function countReasonIn(p: PlacedFact, count: Count, merged: MergedCount): string | null {
  if (!merged.shown) return null;
  // A voice holds two claims when reports of one instant quoted it with two totals: this fact's is the one it backs.
  const claim =
    merged.claims.find((c) => c.voice === p.voice && c.backing.includes(p)) ??
    merged.claims.find((c) => c.voice === p.voice);
  const role = merged.roles.get(p.fact.id);
  const stated = formatCount(count);
  if (role === 'increment') return `count +${stated} adds to the running tally of ${p.voice}`;
  if (role === 'part') {
    const total = claim?.steps.find((s) => s.parts?.includes(p.fact.id))?.value ?? claim?.count.value;
    return `count ${stated} (${p.fact.weapon_model ?? 'one model'}) is part of its report's total of ${total ?? '?'}`;
  }
  if (role === 'superseded') {
    // «14, а не 12, как сообщалось ранее»: a later step that corrects this one says it was wrong, not that more came.
    const at = claim?.steps.findIndex((s) => s.fact_id === p.fact.id) ?? -1;
    const fix = at < 0 ? undefined : claim?.steps.slice(at + 1).find((s) => s.correction);
    if (fix) return `count ${stated} was corrected to ${fix.value ?? '?'} by ${p.voice} (${fix.report_id}): superseded`;
    return `count ${stated} is an earlier step in the running tally of ${p.voice}`;
  }
  if (claim && role === 'total' && formatCount(claim.count) !== stated) {
    return `count ${stated}, which later increments of ${p.voice} bring to ${formatCount(claim.count)}`;
  }
  if (!claim || merged.claims.length === 1) return `count ${stated}`;
  return compatible(claim.count, merged.shown)
    ? `count ${stated} agrees`
    : `count ${formatCount(claim.count)} conflicts with ${formatCount(merged.shown)}`;
}

function originReasons(p: PlacedFact, given: ReadonlyMap<string, string[]> | undefined): string[] {
  const why = given?.get(p.fact.report_id) ?? [];
  if (why.length > 0) return why.map((r) => `origin: ${r}`);
  return p.originId === p.fact.report_id ? [] : [`origin: ${p.originId}`];
}

/** Rule 10: for every fact, true statements about why it is in the incident. */
export function explainFacts(
  cluster: Cluster,
  weapons: WeaponMerge,
  originReasonsByReport: ReadonlyMap<string, string[]> | undefined,
  links: ReadonlyMap<string, SimilarLink> = new Map(),
): MergeReason[] {
  const shared = cluster.members.length > 1;
  const members = membersOf(cluster);
  return [...cluster.members]
    .sort((a, b) => compareText(a.fact.id, b.fact.id))
    .map((p) => ({
      fact_id: p.fact.id,
      report_id: p.fact.report_id,
      reasons: [
        regionReason(p, shared),
        kindReason(p, cluster, members, links),
        windowReason(p, cluster),
        tallyReason(p, cluster),
        claimantReason(p, members),
        countReason(p, weapons),
        ...originReasons(p, originReasonsByReport),
      ].filter((r): r is string => r !== null),
    }));
}
