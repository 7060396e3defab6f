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
  let best = spans.filter((w) => (RANK[w.precision] ?? 0) === top);
  // «в воскресенье вечером» (the whole Sunday, marked 'evening') with Monday's "today" (a day): the union of the
  // whole days would be 48 hours with the first fact's precision. The evening gives its hours (18:00 to the day's
  // end, as a bare evening is read in extract/common/time.ts) and the merged window is a day's, whatever the order.
  const mixed = best.some((w) => w.precision === 'evening') && best.some((w) => w.precision !== 'evening');
  if (mixed)
    best = best.map((w) => (w.precision === 'evening' ? { ...w, start: hoursBefore(w.end, 6), precision: 'day' } : w));
  const start = best.map((w) => w.start).sort(compareIso)[0]!;
  const end = best
    .map((w) => w.end)
    .sort(compareIso)
    .at(-1)!;
  return { start, end, precision: best[0]!.precision };
}

/** The moment `hours` before an ISO time, written with that time's own offset ("2024-11-18T00:00:00+03:00", 6 ->
 *  "2024-11-17T18:00:00+03:00"). */
function hoursBefore(iso: string, hours: number): string {
  const offset = iso.match(/(Z|[+-]\d{2}:\d{2})$/)?.[1] ?? 'Z';
  const sign = offset === 'Z' ? 0 : offset.startsWith('-') ? -1 : 1;
  const offsetMs = offset === 'Z' ? 0 : sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * 60_000;
  const local = new Date(Date.parse(iso) - hours * 3_600_000 + offsetMs).toISOString().slice(0, 19);
  return `${local}${offset === 'Z' ? 'Z' : offset}`;
}
