import type { Casualties, Conflict, TallyStep } from '../core/types.ts';
import { exactCount } from './count-math.ts';
import { type CountItem, type MergedCount, mergeCounts } from './merge-counts.ts';
import type { PlacedFact } from './placed-fact.ts';
import { tallyEntries } from './tallies.ts';

export interface CasualtyMerge {
  casualties: Casualties;
  conflicts: Conflict[];
  tallies: [string, TallyStep[]][];
  merged: Map<string, MergedCount>;
}

/** Rule 5: killed and injured each merged like counts. Nobody said -> null; "no casualties" -> 0. */
export function mergeCasualties(members: readonly PlacedFact[]): CasualtyMerge {
  const casualties: Casualties = { killed: null, injured: null };
  const conflicts: Conflict[] = [];
  const tallies: [string, TallyStep[]][] = [];
  const merged = new Map<string, MergedCount>();
  for (const field of ['killed', 'injured'] as const) {
    const items: CountItem[] = [];
    for (const p of members) {
      const n = p.fact.casualties?.[field];
      if (typeof n === 'number') items.push({ placed: p, count: exactCount(n) });
    }
    if (items.length === 0) continue;
    const name = `casualties.${field}`;
    const m = mergeCounts(items);
    merged.set(name, m);
    casualties[field] = m.shown?.value ?? null;
    if (m.conflict) conflicts.push({ field: name, values: m.conflict });
    tallies.push(...tallyEntries(name, m));
  }
  return { casualties, conflicts, tallies, merged };
}
