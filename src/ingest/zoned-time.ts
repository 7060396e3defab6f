// Publication times as ISO 8601 with an offset, in a named time zone: Telegram exports and feeds give instants
// (a Unix time, an RFC 822 date); a channel's registry row says which zone its posts are read in. The zone
// arithmetic is core's (`core/time-zone.ts`), shared with extraction.
import { toZonedIso } from '../core/time-zone.ts';

/** 2025-05-13T04:15:00Z in 'Europe/Moscow' -> '2025-05-13T07:15:00+03:00'; without a zone, UTC ('…Z'). */
export function isoInZone(date: Date, timeZone?: string | null): string {
  if (!timeZone || timeZone === 'UTC') return `${date.toISOString().slice(0, 19)}Z`;
  return toZonedIso(date, timeZone);
}

/** Whether a zone name is one Intl knows ('Europe/Kyiv' yes, 'Mars/Olympus' no). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * A date as a source gives it, to ISO 8601 with an offset, or null when it names no instant. ISO with an offset is
 * kept as written ('+0300' gains its colon); RFC 822 ('Tue, 13 May 2025 07:15:00 +0300') and other forms with a zone
 * become that instant in `timeZone`. A date without a zone or a time ('2025-05-13') is not an instant: null.
 */
export function toIsoWithOffset(value: string | null | undefined, timeZone?: string | null): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  if (WITH_OFFSET.test(v)) {
    if (Number.isNaN(Date.parse(v))) return null;
    return v.replace(/([+-]\d{2})(\d{2})$/, '$1:$2').replace(/z$/, 'Z');
  }
  // Anything else must carry its own zone (GMT, UT, +0300, EST…) to be an instant.
  if (!/(?:[+-]\d{4}|\b(?:GMT|UTC?|Z|[ECMP][SD]T)\b)\s*$/i.test(v)) return null;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? null : isoInZone(new Date(ms), timeZone);
}
