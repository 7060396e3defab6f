// Publication times as ISO 8601 with an offset, in a named time zone: Telegram exports and feeds give instants
// (a Unix time, an RFC 822 date); a channel's registry row says which zone its posts are read in.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** 2025-05-13T04:15:00Z in 'Europe/Moscow' -> '2025-05-13T07:15:00+03:00'; without a zone, UTC ('…Z'). */
export function isoInZone(date: Date, timeZone?: string | null): string {
  if (!timeZone || timeZone === 'UTC') return `${date.toISOString().slice(0, 19)}Z`;
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(date)) parts[p.type] = p.value;
  const local = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  const offsetMin = Math.round((local - Math.floor(date.getTime() / 1000) * 1000) / 60000);
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

/** Whether a zone name is one Intl knows ('Europe/Kyiv' yes, 'Mars/Olympus' no). */
export function isTimeZone(name: string): boolean {
  try {
    formatterFor(name);
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
