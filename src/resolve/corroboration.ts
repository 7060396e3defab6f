import type { Conflict, Corroboration, SourceRef } from '../core/types.ts';

/** Rule 7: rewrites of one statement are one origin. Two values of one field from different origins
 *  are a dispute; a conflict inside one origin (a rewrite that garbled a number) is not. */
export function corroborate(sources: readonly SourceRef[], conflicts: readonly Conflict[]): Corroboration {
  const originOf = new Map(sources.map((s) => [s.report_id, s.origin_id]));
  const origins = new Set(sources.map((s) => s.origin_id)).size;
  const disputed = conflicts.some((c) => {
    const behind = new Set(c.values.flatMap((v) => v.report_ids.map((id) => originOf.get(id) ?? id)));
    return c.values.length >= 2 && behind.size >= 2;
  });
  return {
    reports: sources.length,
    origins,
    status: disputed ? 'disputed' : origins >= 2 ? 'corroborated' : 'single_origin',
  };
}
