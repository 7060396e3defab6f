import type { FactKind, TimeSpan } from '../core/types.ts';

const HOUR = 3_600_000;
// Attacks are reported in Moscow/Kyiv time (UTC+3 most of the year), and a night runs over midnight.
// A block runs from 18:00 to 18:00 local time: shifting the window's end by 6 h puts both "the night of May 6 to 7"
// ([21:00, 07:00]) and the evening before it ([20:00, 23:00]) on the morning date 2025-05-07, and keeps the
// afternoon's follow-ups on the morning's attack (published at 15:00, no time named) in the same block as the
// attack. (The block ran from noon to noon until issue 9: on a real day a quarter of the posts, told in the
// afternoon, could never meet the morning's incident.) A post that names no time, written before 22:00, is the
// block of the day it was written (below).
const SHIFT = 6 * HOUR + 3 * HOUR;
/** From this hour (UTC+3) a post that names no time may be telling of the night it opens. */
const LATE_EVENING = 22;

/** The attack night a fact belongs to, as YYYY-MM-DD; resolution works one night (one block) at a time. `kind` is the
 *  fact's: an airport disruption is a state in force when it is posted (below). */
export function nightKey(when: TimeSpan | null, publishedAt: string, kind?: FactKind): string {
  const day = namedDayKey(when);
  if (day !== null) return day;
  // The 18:00 boundary puts an evening's stated attack ("вечером", "from 20:00") with the night it opens. A post that
  // names no time (its window inferred from the publication: null, or infer-window.ts's twelve hours behind an
  // afternoon or evening post) and is written before 22:00 is of the day behind it: on the nine labelled real days,
  // all 45 on-topic posts published between 18:00 and midnight told of that day's incidents or earlier ones, none of
  // the night to come (a reaction, the president's address on the morning's strike, the day's damage). From 22:00 a
  // post that names no time may open the night (a mayor's live tally at 23:48 that goes on past midnight), so it
  // keeps the block its publication gives. The hour was measured, not derived: 21:00 kept less of the gain, midnight
  // split such a tally (BENCHMARKS.md).
  // An airport disruption is not a reaction: Rosaviatsia's «введены ограничения» at 21:35 tells of restrictions in
  // force then, and of the evening they open (lifted «в 23:55», retold as "on Tuesday evening"), so it keeps the block
  // its publication gives from 18:00 on.
  if ((when === null || when.precision === 'unknown') && !opensNight(publishedAt) && kind !== 'airport_disruption') {
    const written = localDate(publishedAt);
    if (written !== null) return written;
  }
  // A window's end is exclusive: "Tuesday morning" [06:00, 12:00) belongs to Tuesday, not to the night after.
  // And nothing a report tells ends after it was published: "early on Friday" read as all of Friday, in a report
  // at 01:30, is about the night that ended then.
  const stated = when ? Date.parse(when.end) - (when.end === when.start ? 0 : 1) : Number.NaN;
  const published = Date.parse(publishedAt);
  const end = Number.isNaN(published) ? stated : Math.min(stated, published);
  const base = Number.isNaN(end) ? published : end;
  if (Number.isNaN(base)) {
    throw new RangeError(
      `nightKey: neither when.end (${when?.end ?? 'none'}) nor publishedAt (${publishedAt}) is a time`,
    );
  }
  return new Date(base + SHIFT).toISOString().slice(0, 10);
}

/** The calendar date (UTC+3) of an instant, or null when it is not one. */
export function localDate(at: string): string | null {
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? null : new Date(ms + 3 * HOUR).toISOString().slice(0, 10);
}

/** The hour (UTC+3) of an instant; NaN when it is not one. */
/** A post written from 22:00 (UTC+3) on that names no time may be telling of the night it opens (see nightKey). */
export function opensNight(publishedAt: string): boolean {
  return localHour(publishedAt) >= LATE_EVENING;
}

function localHour(at: string): number {
  return new Date(Date.parse(at) + 3 * HOUR).getUTCHours();
}

/** A window that is one whole day ("on 28 November", "on Thursday") tells of that day: its daytime is in the block of
 *  that morning, while its end (midnight) would put it in the next one. An event told by date and nothing narrower is
 *  most likely of the daytime (a night is told as one: "the night to 28 November"), and the evening roundup that
 *  tells "today Russia struck with 90 missiles" belongs with the morning's attack. The day is Kyiv's, or the writer's: a London
 *  outlet's "on Thursday" is read in its own offset (2022-12-29T00:00:00+00:00 to the next midnight), three hours
 *  off Kyiv's midnight, and is still Thursday (before, its end put it in Friday's block, away from the night's
 *  attack that Kyiv's own posts tell). */
function namedDayKey(when: TimeSpan | null): string | null {
  if (when?.precision !== 'day') return null;
  const start = Date.parse(when.start);
  const end = Date.parse(when.end);
  if (Number.isNaN(start) || Number.isNaN(end) || end - start !== 24 * HOUR) return null;
  const local = new Date(start + 3 * HOUR);
  if (local.getUTCHours() === 0 && local.getUTCMinutes() === 0) return local.toISOString().slice(0, 10);
  return WRITTEN_MIDNIGHT.exec(when.start)?.[1] ?? null;
}

/** An instant written at midnight of its own offset ("2022-12-29T00:00:00+00:00", "…T00:00+03:00", "…T00:00Z"): the
 *  date it names. */
const WRITTEN_MIDNIGHT = /^(\d{4}-\d{2}-\d{2})T00:00(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The block a report's publication falls in, as for a fact that names no time. A report
 *  from which no fact was read has no night by its facts; it is resolved in this block so that its rewrites and
 *  forwards still share its origin (an off-topic statement retold by ten channels is one origin too), and it makes no
 *  incident there. */
export function publicationNightKey(publishedAt: string): string {
  return nightKey(null, publishedAt);
}
