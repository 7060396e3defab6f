import type { Conflict, Corroboration, SourceRef } from '../core/types.ts';

/** Origins that speak with one voice: a mayor's successive posts are separate statements (each its own origin)
 *  but not independent confirmations of each other, so origins that share a claimant count once. */
function independentOrigins(
  sources: readonly SourceRef[],
  claimantsOf: ReadonlyMap<string, ReadonlySet<string>>,
): number {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const byClaimant = new Map<string, string>();
  for (const s of sources) {
    if (!parent.has(s.origin_id)) parent.set(s.origin_id, s.origin_id);
    for (const key of claimantsOf.get(s.report_id) ?? []) {
      const seen = byClaimant.get(key);
      if (seen === undefined) byClaimant.set(key, s.origin_id);
      else parent.set(find(s.origin_id), find(seen));
    }
  }
  return new Set([...parent.keys()].map(find)).size;
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
