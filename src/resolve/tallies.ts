import type { TallyStep } from '../core/types.ts';
import type { MergedCount } from './merge-counts.ts';

/** The running tallies (voices with a history of 2+ steps) of one field. One such voice is filed under the field
 *  itself ('weapons[uav].count'); when several voices kept tallies, each is filed as
 *  'weapons[uav].count by sobyanin' so that no history is mixed with another's. */
export function tallyEntries(field: string, merged: MergedCount): [string, TallyStep[]][] {
  // A voice with two claims (reports of one instant quoting it with two totals) has one history: its claims share it.
  const running = merged.claims.filter(
    (c, i) => isHistory(c.steps) && merged.claims.findIndex((o) => o.voice === c.voice) === i,
  );
  if (running.length === 1) return [[field, running[0]!.steps]];
  return running.map((c) => [`${field} by ${c.voice}`, c.steps]);
}

/** Two or more steps told one after the other: by one report, or at more than one instant. Two reports of one instant
 *  with two totals are a contradiction (the merge's conflict), not a history. */
function isHistory(steps: readonly TallyStep[]): boolean {
  if (steps.length < 2) return false;
  return (
    new Set(steps.map((s) => s.report_id)).size === 1 || new Set(steps.map((s) => Date.parse(s.published_at))).size > 1
  );
}
