import type { Precision, TimeSpan } from '../core/types.ts';
import type { PlacedFact } from './placed-fact.ts';
import { compareIso } from './time.ts';

const RANK: Record<Precision, number> = { exact: 5, hour: 4, night: 3, day: 2, evening: 2, week: 1, unknown: 0 };

/** Rule 6: the window of the most precise facts, as the union of their windows. "At 03:40" beats
 *  "overnight", which beats "on Tuesday"; two exact times make a window from the first to the last. Windows inferred
 *  from publication times give way to any stated one, whatever its precision. */
export function mergeWhen(members: readonly PlacedFact[]): TimeSpan | null {
  // A window inferred from a publication time only counts when no report states one: the stated window narrows it.
  const stated = members.filter((p) => !p.inferred);
  const spans = (stated.some((p) => p.fact.when !== null) ? stated : members)
    .map((p) => p.fact.when)
    .filter((w): w is TimeSpan => w !== null);
  if (spans.length === 0) return null;
  const top = Math.max(...spans.map((w) => RANK[w.precision] ?? 0));
  const best = spans.filter((w) => (RANK[w.precision] ?? 0) === top);
  const start = best.map((w) => w.start).sort(compareIso)[0]!;
  const end = best
    .map((w) => w.end)
    .sort(compareIso)
    .at(-1)!;
  return { start, end, precision: best[0]!.precision };
}
