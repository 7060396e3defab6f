// The one reading of a stated instant: ISO 8601 / RFC 3339 with an offset. Every place a publication time is given
// by a person or a file (JSON Lines `published_at`, front matter, `--published`, the API's body, `extract --jsonl`
// rows) reads it here, so they accept and refuse the same values.
//
// RFC 3339 (5.6, NOTE) lets a space stand for the T, and Python's str(datetime) writes it so
// ("2025-06-11 05:10:00+00:00"): refused, a converted feed lost two thirds of its lines to a message that said the
// value had no offset when it had one (ux40 #9). The value is kept with a T, so everything downstream that slices or
// compares times sees one form.

const WITH_OFFSET = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|z|[+-]\d{2}(?::?\d{2})?)$/;
const NO_OFFSET = /^(\d{4}-\d{2}-\d{2})(?:[Tt ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?$/;

/** '2025-02-30' would parse (Date rolls it over to 2 March) but names no day; hours past 23 and minutes past 59
 *  neither. */
function realDayAndClock(day: string, clock: string): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm, ss] = clock.split(':').map(Number) as [number, number, number | undefined];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return m >= 1 && m <= 12 && d >= 1 && d <= last && hh <= 23 && mm <= 59 && (ss === undefined || ss < 60);
}

/**
 * A stated time with an offset in the one form the store keeps, or null when it is none:
 * '2025-06-11 05:10:00+00:00' -> '2025-06-11T05:10:00+00:00', '2025-05-13T07:15:00+0300' -> '…07:15:00+03:00',
 * '…T05:10z' -> '…T05:10Z', '2025-06-11 05:10:00+00' (PostgreSQL) -> '…T05:10:00+00:00'; '2025-06-11T05:10:00' (no
 * offset), '2025-02-30T07:00Z' (no such day) and '11 June' -> null.
 */
export function readIsoWithOffset(value: string): string | null {
  const m = WITH_OFFSET.exec(value.trim());
  if (!m) return null;
  const [, day, clock, offset] = m as unknown as [string, string, string, string];
  if (!realDayAndClock(day, clock)) return null;
  // «+00», PostgreSQL's text form of a timestamptz, and ISO 8601's ±hh: whole hours.
  const zone =
    offset.toUpperCase() === 'Z'
      ? 'Z'
      : offset.replace(/^([+-]\d{2}):?(\d{2})?$/, (_, h: string, m?: string) => `${h}:${m ?? '00'}`);
  if (zone !== 'Z' && (Number(zone.slice(1, 3)) > 14 || Number(zone.slice(4, 6)) > 59)) return null;
  const iso = `${day}T${clock}${zone}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

/**
 * What to write instead of a date or time that lacks only its offset, in words a person can act on, or null when the
 * value is something else: '2025-06-11 05:10:00' -> 'has no UTC offset: add one, e.g. 2025-06-11T05:10:00+03:00, or Z
 * for UTC'; '2025-06-11' -> 'is a day without a time: write e.g. 2025-06-11T07:00:00+03:00'.
 */
export function missingOffsetHint(value: string): string | null {
  const m = NO_OFFSET.exec(value.trim());
  if (!m) return null;
  const [, day, clock] = m as unknown as [string, string, string | undefined];
  if (clock === undefined) return `is a day without a time: write e.g. ${day}T07:00:00+03:00`;
  return `has no UTC offset: add one, e.g. ${day}T${clock}+03:00, or Z for UTC`;
}
