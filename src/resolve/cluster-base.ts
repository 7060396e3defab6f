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
  | 'debris-of-interception'
  | 'alert-of-attack'
  | 'effect-of-strike'
  | 'effect-of-interception'
  | 'own-effects'
  | 'nationwide-wave'
  | 'placeless'
  | 'single-hit'
  | 'same-model';

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
