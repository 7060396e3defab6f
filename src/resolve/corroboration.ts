import type { Conflict, Corroboration, SourceRef } from '../core/types.ts';

/** Origins that speak with one voice: a mayor's successive posts are separate statements (each its own origin)
 *  but not independent confirmations of each other, so a claimant counts once however many origins carry it, and an
 *  origin once however many claimants it relays. That is the largest pairing of origins with claimants in which each
 *  is used once (a bipartite matching), not the groups of origins linked by a shared claimant: an outlet's story
 *  relaying the air force's nationwide tally and the mayor's debris report, beside another outlet's air-force story,
 *  names two voices (ux40 #1), where linking the two stories by the air force made one. An origin whose reports
 *  credit no one is a voice of its own. */
function independentOrigins(
  sources: readonly SourceRef[],
  claimantsOf: ReadonlyMap<string, ReadonlySet<string>>,
): number {
  const keysOf = new Map<string, Set<string>>();
  for (const s of sources) {
    const keys = keysOf.get(s.origin_id) ?? new Set<string>();
    keysOf.set(s.origin_id, keys);
    for (const key of claimantsOf.get(s.report_id) ?? []) keys.add(key);
  }
  // Kuhn's augmenting paths: incidents hold a handful of origins, so the simple search is quick enough.
  const heldBy = new Map<string, string>();
  const claim = (origin: string, seen: Set<string>): boolean => {
    for (const key of keysOf.get(origin)!) {
      if (seen.has(key)) continue;
      seen.add(key);
      const holder = heldBy.get(key);
      if (holder === undefined || claim(holder, seen)) {
        heldBy.set(key, origin);
        return true;
      }
    }
    return false;
  };
  let count = 0;
  for (const [origin, keys] of [...keysOf].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (keys.size === 0 || claim(origin, new Set())) count++;
  }
  return count;
}

/** Rule 7: rewrites of one statement are one origin. Two values of one field from different origins
 *  are a dispute; a conflict inside one origin (a rewrite that garbled a number) is not. */
export function corroborate(
  sources: readonly SourceRef[],
  conflicts: readonly Conflict[],
  voices: {
    keys: ReadonlyMap<string, ReadonlySet<string>>;
    /** Reports that credit no one and whose word is nobody's in particular (incidents.ts voicesByReport). */
    dependent?: ReadonlySet<string>;
  } = { keys: new Map() },
  alarms: ReadonlySet<string> = new Set(),
): Corroboration {
  const originOf = new Map(sources.map((s) => [s.report_id, s.origin_id]));
  // `origins` is what a reader can count in the sources listed; `voices` folds origins that share a claimant.
  const origins = new Set(sources.map((s) => s.origin_id)).size;
  // A report that only names the incident (a denial, a reaction: `mention`) confirms nothing; nor does one that only
  // sounds or lifts an alarm over it (`alarms`: the mayor's «Ракетная опасность в Белгороде» beside the governor's
  // strike), which tells that an attack was feared, not what happened.
  const telling = sources.filter((s) => !s.mention && !alarms.has(s.report_id));
  // Reports that are nobody's word in particular confirm no one else's; alone, they are the one voice there is.
  const own = telling.filter((s) => !voices.dependent?.has(s.report_id));
  const count = own.length > 0 ? independentOrigins(own, voices.keys) : Math.min(1, telling.length);
  const disputed = conflicts.some((c) => {
    const behind = new Set(c.values.flatMap((v) => v.report_ids.map((id) => originOf.get(id) ?? id)));
    return c.values.length >= 2 && behind.size >= 2;
  });
  return {
    reports: sources.length,
    origins,
    voices: count,
    status: disputed ? 'disputed' : count >= 2 ? 'corroborated' : 'single_origin',
  };
}
