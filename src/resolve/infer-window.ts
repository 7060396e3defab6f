import { instantAt, timeZoneFor, toZonedIso, wallTime } from '../core/time-zone.ts';
import type { Fact, Lang, TimeSpan } from '../core/types.ts';

const HOUR = 3_600_000;
/** Moscow/Kyiv time, the clock the reports are written in (see night.ts): an English report's night is theirs. */
const LOCAL_CLOCK = 'Etc/GMT-3';

/**
 * The window a report allows for a fact that names no time: nothing it tells happened after it was published.
 * - a post written in the small hours or the morning (before 12:00 local) tells of the night behind it: from 21:00 the
 *   evening before to the publication time ("night");
 * - any other post tells of the last twelve hours ("unknown"): a live tally in the evening, a follow-up in the
 *   afternoon on the morning's attack.
 * The window is wide on purpose: a precise window from another report narrows the incident (merge-when.ts), and in
 * clustering an inferred window only joins what stated windows formed (cluster.ts).
 * `lang` is the report's: a Russian or Ukrainian report is read and written in Moscow or Kyiv time whatever offset its
 * publication is stamped with (core/time-zone.ts timeZoneFor, as its text's own times are), so a channel archive's
 * `+00:00` post at 00:49 Moscow time has a window that ends on that Moscow date, not the UTC date before it (ux39 #3).
 * Without it (an English report) the window is on the publication's own offset.
 */
export function inferredWindow(publishedAt: string, lang?: Lang): TimeSpan | null {
  const published = Date.parse(publishedAt);
  if (Number.isNaN(published)) return null;
  const zone = lang === 'ru' || lang === 'uk' ? timeZoneFor(lang, publishedAt) : null;
  const clock = zone ?? LOCAL_CLOCK;
  const wall = wallTime(published, clock);
  let start: number;
  let precision: TimeSpan['precision'];
  if (wall.minute < 12 * 60) {
    start = instantAt(wall.day - 1, 21 * 60, clock);
    precision = 'night';
  } else {
    start = published - 12 * HOUR;
    precision = 'unknown';
  }
  if (zone) {
    const end = publishedAt.endsWith(toZonedIso(new Date(published), zone).slice(-6))
      ? publishedAt
      : toZonedIso(new Date(published), zone);
    return { start: toZonedIso(new Date(start), zone), end, precision };
  }
  const offset = publishedAt.match(/(Z|[+-]\d{2}:\d{2})$/)?.[1] ?? 'Z';
  const written =
    offset === 'Z'
      ? 0
      : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * 60_000;
  return { start: isoAt(start, written, offset), end: publishedAt, precision };
}

/** An instant written in the offset the report's own time is written in (so a reader sees one clock), spelt as it
 *  spells it: a window's start beside a `+00:00` publication is `+00:00` too, not `Z` (ux37 #13). */
function isoAt(ms: number, zone: number, spelt: string): string {
  const d = new Date(ms + zone);
  const iso = d.toISOString().slice(0, 19);
  if (zone === 0) return `${iso}${spelt === 'Z' ? 'Z' : '+00:00'}`;
  const abs = Math.abs(zone) / 60_000;
  const sign = zone < 0 ? '-' : '+';
  return `${iso}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Gives every fact without a window the one its report allows, marked inferred (`fields.when.inferred`, from the
 *  publication); facts with a window are returned as they are. A window inferred under an older rule (a Russian
 *  report's written on its `+00:00` stamp) is inferred again, so that `sitrep resolve --all` brings a store up to date;
 *  one that is already the current rule's is returned as it is. `lang`: the report's (inferredWindow). */
export function withInferredWindows(facts: readonly Fact[], publishedAt: string, lang?: Lang): Fact[] {
  const when = inferredWindow(publishedAt, lang);
  if (!when) return [...facts];
  return facts.map((f) =>
    f.when !== null && (!isInferredWindow(f) || sameSpan(f.when, when))
      ? f
      : {
          ...f,
          when,
          fields: { ...f.fields, when: { start: 0, end: 0, text: '', inferred: true, from: 'publication' } },
        },
  );
}

/** A window Sitrep inferred from the publication time rather than read in the text. */
export function isInferredWindow(f: Fact): boolean {
  return f.when !== null && f.fields.when?.from === 'publication';
}

function sameSpan(a: TimeSpan, b: TimeSpan): boolean {
  return a.start === b.start && a.end === b.end && a.precision === b.precision;
}
