// Publication times as ISO 8601 with an offset, in a named time zone: Telegram exports and feeds give instants
// (a Unix time, an RFC 822 date); a channel's registry row says which zone its posts are read in. The zone
// arithmetic is core's (`core/time-zone.ts`), shared with extraction.
import { readIsoWithOffset } from '../core/iso-time.ts';
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

/** The instant `ms` on a clock `offsetMin` minutes ahead of UTC: (…04:15Z, 180) -> '…07:15:00+03:00'. */
function isoAtOffset(ms: number, offsetMin: number): string {
  const local = new Date(ms + offsetMin * 60_000).toISOString().slice(0, 19);
  const abs = Math.abs(offsetMin);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${offsetMin < 0 ? '-' : '+'}${hh}:${mm}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;
const RFC_DAY = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4})(?:\s+(\d{2}):(\d{2}))?/;

/**
 * Whether a date as a source writes it names a real day and time, zone or not: 'not a date' and
 * '2025-13-40T06:50:00+03:00' do not, nor do '2025-02-30T07:00:00Z' and 'Mon, 31 Jun 2025 07:00:00 +0300', which
 * Date.parse rolls over to 2 March and 1 July. '2025-05-18 07:00' does (it only lacks a zone).
 */
export function namesRealTime(value: string): boolean {
  const v = value.trim();
  if (Number.isNaN(Date.parse(v))) return false;
  const iso = ISO_DAY.exec(v);
  const rfc = iso ? null : RFC_DAY.exec(v);
  const parts = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[4], iso[5]]
    : rfc
      ? [Number(rfc[3]), MONTHS.indexOf(rfc[2]!.toLowerCase()) + 1, Number(rfc[1]), rfc[4], rfc[5]]
      : null;
  if (parts === null) return true;
  const [y, m, d, hh, mm] = parts as [number, number, number, string | undefined, string | undefined];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const clock = hh === undefined || (Number(hh) <= 23 && Number(mm) <= 59);
  return m >= 1 && m <= 12 && d >= 1 && d <= last && clock;
}

/**
 * A date as a source gives it, to ISO 8601 with an offset, or null when it names no instant. ISO with an offset is
 * kept as written ('+0300' gains its colon, a space before the time becomes T: core/iso-time.ts). RFC 822 and other forms with a zone become that instant in `timeZone`
 * (the registry row's); without one, a stated numeric offset is kept ('Tue, 13 May 2025 07:15:00 +0300' ->
 * '2025-05-13T07:15:00+03:00': an English report's clock times are read in it, pipeline/time-zone.ts) and a named
 * zone (GMT, UT, EST…) gives UTC. A date without a zone or a time ('2025-05-13') is not an instant: null; nor is one
 * that names no real day ('2025-02-30T07:00:00Z', see namesRealTime).
 */
export function toIsoWithOffset(value: string | null | undefined, timeZone?: string | null): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  if (!namesRealTime(v)) return null;
  const iso = readIsoWithOffset(v);
  if (iso !== null) return iso;
  // Anything else must carry its own zone (GMT, UT, +0300, EST…) to be an instant.
  if (!/(?:[+-]\d{4}|\b(?:GMT|UTC?|Z|[ECMP][SD]T)\b)\s*$/i.test(v)) return null;
  const ms = Date.parse(v);
  if (Number.isNaN(ms)) return null;
  const stated = /([+-])(\d{2})(\d{2})\s*$/.exec(v);
  if (stated && !timeZone) {
    const minutes = Number(stated[2]) * 60 + Number(stated[3]);
    if (minutes <= 14 * 60) return isoAtOffset(ms, stated[1] === '-' ? -minutes : minutes);
  }
  return isoInZone(new Date(ms), timeZone);
}
