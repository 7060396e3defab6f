import type { TallyStep } from '../core/types.ts';
import type { MergedCount } from './merge-counts.ts';

/** The running tallies (voices with 2+ steps) of one field. One such voice is filed under the field
 *  itself ('weapons[uav].count'); when several voices kept tallies, each is filed as
 *  'weapons[uav].count by sobyanin' so that no history is mixed with another's. */
export function tallyEntries(field: string, merged: MergedCount): [string, TallyStep[]][] {
  const running = merged.claims.filter((c) => c.steps.length >= 2);
  if (running.length === 1) return [[field, running[0]!.steps]];
  return running.map((c) => [`${field} by ${c.voice}`, c.steps]);
}
