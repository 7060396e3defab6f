import type { Precision, TimeSpan } from '../core/types.ts';
import type { PlacedFact } from './placed-fact.ts';
import { compareIso } from './time.ts';

const RANK: Record<Precision, number> = { exact: 5, hour: 4, night: 3, day: 2, evening: 2, week: 1, unknown: 0 };

/** Rule 6: the window of an incident covers what its facts state.
 *  - A window inferred from a publication time counts only when no report states one: a stated window narrows it
 *    ("at 03:40" and the governor's noon post that names no time: 03:40).
 *  - Among the stated stretches the most precise win, as the union of their windows: "from 00:30 to 03:00" beats
 *    "overnight", which beats "on Tuesday".
 *  - A stated instant ("at 02:40 three were destroyed", "lifted at 05:40") is a moment of the incident, not its
 *    span: inside a stretch it changes nothing, outside one it widens the window to it, and instants alone make a
 *    window from the first to the last.
 *  - A report that names no time but was published before every stated moment (Rosaviatsia's 00:42 "restrictions
 *    introduced" before "lifted at 05:40") tells that the incident was under way by then: the window starts at its
 *    publication, with that inferred window's precision, though never vaguer than `night` (the start is a moment,
 *    not the inferred twelve hours). A later follow-up (published after the stated times) gives way as before. */
export function mergeWhen(members: readonly PlacedFact[]): TimeSpan | null {
  const stated = members.filter((p) => !p.inferred && p.fact.when !== null).map((p) => p.fact.when!);
  if (stated.length === 0) return mostPrecise(members.map((p) => p.fact.when).filter((w): w is TimeSpan => w !== null));
  const instants = stated.filter((w) => w.precision === 'exact' || compareIso(w.start, w.end) === 0);
  const stretches = stated.filter((w) => !instants.includes(w));
  const base = mostPrecise(stretches) ?? mostPrecise(instants)!;
  const statedStart = [base.start, ...instants.map((w) => w.start)].sort(compareIso)[0]!;
  const end = [base.end, ...instants.map((w) => w.end)].sort(compareIso).at(-1)!;
  const earlier = members
    .filter((p) => p.inferred && p.fact.when !== null && compareIso(p.fact.when.end, statedStart) < 0)
    .map((p) => p.fact.when!);
  if (earlier.length === 0) return { start: statedStart, end, precision: base.precision };
  const start = earlier.map((w) => w.end).sort(compareIso)[0]!;
  // The start is the publication, a moment: an afternoon post's inferred twelve hours ('unknown') tell nothing vaguer
  // than the night of it (Sochi's 23:40 "restrictions introduced" before the 00:50 lifting is a window of that night).
  const told = earlier.map((w) => ((RANK[w.precision] ?? 0) < RANK.night ? { ...w, precision: 'night' as const } : w));
  const vaguest = [base, ...told].reduce((a, w) => ((RANK[w.precision] ?? 0) < (RANK[a.precision] ?? 0) ? w : a));
  return { start, end, precision: vaguest.precision };
}

/** The window of the most precise spans, as the union of their windows; two exact times make a window from the
 *  first to the last. */
function mostPrecise(spans: readonly TimeSpan[]): TimeSpan | null {
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
