import type { TimeSpan } from '../core/types.ts';

const HOUR = 3_600_000;
// Attacks are reported in Moscow/Kyiv time (UTC+3 most of the year), and a night runs over midnight.
// A block runs from 18:00 to 18:00 local time: shifting the window's end by 6 h puts both "the night of May 6 to 7"
// ([21:00, 07:00]) and the evening before it ([20:00, 23:00]) on the morning date 2025-05-07, and keeps the
// afternoon's follow-ups on the morning's attack (published at 15:00, no time named) in the same block as the
// attack. (The block ran from noon to noon until issue 9: on a real day a quarter of the posts, told in the
// afternoon, could never meet the morning's incident.)
const SHIFT = 6 * HOUR + 3 * HOUR;
/** Local time from which an undated post tells the night ahead rather than the day behind it. */
const LATE_EVENING = 22 * HOUR;

/** The attack night a fact belongs to, as YYYY-MM-DD; resolution works one night (one block) at a time. `inferred`:
 *  the window was inferred from the publication (infer-window.ts), not read in the text. */
export function nightKey(when: TimeSpan | null, publishedAt: string, inferred = false): string {
  const day = namedDayKey(when);
  if (day !== null) return day;
  // An undated fact told in the evening (its window the twelve hours before the post, most of them in the daytime
  // behind it) is most likely the day's news retold: the evening roundup of the morning's missile strike, a
  // governor's post at 19:40 on the day's drone hit. It is keyed by its window's middle, so it meets that morning's
  // attack; its window still ends at the publication. From LATE_EVENING on, a post more likely tells the night's
  // attack under way (a mayor's live tally at 23:48), and a fact the text dates keeps the rule below.
  const endMs = when ? Date.parse(when.end) : Number.NaN;
  const late = (endMs + 3 * HOUR) % (24 * HOUR) >= LATE_EVENING;
  const middle = inferred && when && !late ? (Date.parse(when.start) + endMs) / 2 : Number.NaN;
  if (!Number.isNaN(middle))
    return new Date(Math.min(middle, Date.parse(publishedAt)) + SHIFT).toISOString().slice(0, 10);
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

/** A window that is one whole day ("on 28 November", "on Thursday") tells of that day: its daytime is in the block of
 *  that morning, while its end (midnight) would put it in the next one. An event told by date and nothing narrower is
 *  most likely of the daytime (a night is told as one: "the night to 28 November"), and the evening roundup that
 *  tells "today Russia struck with 90 missiles" belongs with the morning's attack. */
function namedDayKey(when: TimeSpan | null): string | null {
  if (when?.precision !== 'day') return null;
  const start = Date.parse(when.start);
  const end = Date.parse(when.end);
  if (Number.isNaN(start) || Number.isNaN(end) || end - start !== 24 * HOUR) return null;
  const local = new Date(start + 3 * HOUR);
  if (local.getUTCHours() !== 0 || local.getUTCMinutes() !== 0) return null;
  return local.toISOString().slice(0, 10);
}

/** The block a report's publication falls in. A report from which no fact was read has no night by its facts; it is
 *  resolved in this block so that its rewrites and forwards still share its origin (an off-topic statement retold by
 *  ten channels is one origin too), and it makes no incident there. */
export function publicationNightKey(publishedAt: string): string {
  return nightKey(null, publishedAt);
}
