// What a cluster of facts is, and how a fact joins one: shared by the clustering rules (cluster.ts) and the airport
// episodes (airport-episodes.ts).
import type { FactKind } from '../core/types.ts';
import type { PlacedFact } from './placed-fact.ts';

/** How a fact came into its cluster; reasons.ts turns it into words. */
export type JoinedBy =
  | 'overlap'
  | 'tally'
  | 'no-window'
  | 'inferred-window'
  | 'voice-night'
  | 'debris-of-interception'
  | 'attack-repelled'
  | 'alert-of-attack'
  | 'alert-of-country-attack'
  | 'effect-of-strike'
  | 'effect-of-interception'
  | 'own-effects'
  | 'nationwide-wave'
  | 'placeless'
  | 'own-report'
  | 'placeless-one-region'
  | 'single-hit'
  | 'same-model'
  | 'similar-text';

export interface Cluster {
  kind: FactKind;
  group: string;
  members: PlacedFact[];
  /** How many members formed the cluster (not counting facts without a window or joined effects). */
  formed: number;
  joinedBy: Map<string, JoinedBy>;
  /** For facts that joined as part of a running tally: whose tally ('sobyanin'). */
  tallyVoice: Map<string, string>;
  /** Extent of the windows that formed the cluster; null when none of them had a window. */
  startMs: number | null;
  endMs: number | null;
  /** The earliest when.start and latest when.end as written; start is part of the incident id. */
  start: string | null;
  end: string | null;
}

export function newCluster(kind: FactKind, group: string): Cluster {
  return {
    kind,
    group,
    members: [],
    formed: 0,
    joinedBy: new Map(),
    tallyVoice: new Map(),
    startMs: null,
    endMs: null,
    start: null,
    end: null,
  };
}

/** Whether a member joined this way counts among those that formed the cluster (`Cluster.formed`). */
export function forms(how: JoinedBy): boolean {
  return how === 'overlap' || how === 'own-effects' || how === 'tally';
}

export function add(c: Cluster, p: PlacedFact, how: JoinedBy): void {
  c.members.push(p);
  c.joinedBy.set(p.fact.id, how);
  if (forms(how)) c.formed++;
}

/** Moves each member of a cluster into the host `hostFor` finds for it, fact by fact (alerts chained by overlap can
 *  stretch from the night into the day; a placeless cluster may hold facts of two nights), keeps the rest, and says
 *  whether the cluster is left empty. */
export function moveMembers(from: Cluster, hostFor: (p: PlacedFact) => Cluster | undefined, how: JoinedBy): boolean {
  const staying: PlacedFact[] = [];
  for (const p of from.members) {
    const host = hostFor(p);
    if (host) add(host, p, how);
    else staying.push(p);
  }
  if (staying.length < from.members.length && staying.length > 0) {
    from.members = staying;
    from.formed = Math.min(from.formed, staying.length);
  }
  return staying.length === 0;
}

/** The cluster's window grows to hold a fact's window (the incident id is made from its start); a fact with no window
 *  changes nothing. */
export function stretch(c: Cluster, p: PlacedFact): void {
  if (p.startMs === null || p.endMs === null) return;
  if (c.startMs === null || p.startMs < c.startMs) {
    c.startMs = p.startMs;
    c.start = p.fact.when!.start;
  }
  if (c.endMs === null || p.endMs > c.endMs) {
    c.endMs = p.endMs;
    c.end = p.fact.when!.end;
  }
}

/** The kinds of cluster that host others: effects, a wave's regions. */
export const HOST_KINDS: readonly FactKind[] = ['strike', 'interception'];
/** A fact's window meets a cluster's (no window on either side meets everything). */
export function overlaps(c: Cluster, p: PlacedFact): boolean {
  if (c.startMs === null || c.endMs === null || p.startMs === null || p.endMs === null) return true;
  return p.startMs <= c.endMs && c.startMs <= p.endMs;
}

/** The cluster a fact without a window (or an effect) joins: the one most facts formed, then the
 *  earliest. Facts that joined later do not count, so the choice does not depend on their order. */
export function largest(clusters: readonly Cluster[]): Cluster | undefined {
  let best: Cluster | undefined;
  for (const c of clusters) {
    if (!best || c.formed > best.formed || (c.formed === best.formed && (c.startMs ?? 0) < (best.startMs ?? 0))) {
      best = c;
    }
  }
  return best;
}

/** Two clusters' windows meet (no window on either side meets everything). */
export function clustersOverlap(a: Cluster, b: Cluster): boolean {
  if (a.startMs === null || a.endMs === null || b.startMs === null || b.endMs === null) return true;
  return a.startMs <= b.endMs && b.startMs <= a.endMs;
}

/** Longer than a night and the day after it: a week's total («сбили за неделю 7 ракет SCALP», "on 25 and 26
 *  November". */
const PERIOD_MS = 36 * 3_600_000;

/** A fact told over a period longer than one attack (a ministry's weekly total) is a tally of its own: it neither
 *  chains the night's attacks nor takes in the inferred windows of the posts about them, and it dates no wave. */
export function overPeriod(p: PlacedFact): boolean {
  return p.startMs !== null && p.endMs !== null && p.endMs - p.startMs > PERIOD_MS;
}
