// Wall-clock arithmetic in an IANA zone with nothing but Intl (no tz library), DST included: Europe/Kyiv is +02:00
// in January and +03:00 in July, Europe/Moscow +03:00 all year. Days are counted as civil day numbers (days since
// 1970-01-01 on the calendar, whatever the zone) so "the day before" is plain subtraction.
import type { Lang } from './types.ts';

const MINUTE = 60_000;
const DAY_MINUTES = 1440;

/** One formatter per zone: building an Intl.DateTimeFormat costs far more than using one. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** What a clock on the wall in `timeZone` shows at an instant. */
export interface WallTime {
  /** Civil day number: 0 is 1970-01-01. */
  day: number;
  /** Minutes since local midnight (seconds dropped). */
  minute: number;
  second: number;
  /** Minutes east of UTC: 180 for +03:00. */
  offset: number;
}

/** The zone's offset in minutes at an instant, read from Intl. */
function offsetFromIntl(ms: number, timeZone: string): number {
  const parts = formatter(timeZone).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const localMs = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((localMs - Math.floor(ms / 1000) * 1000) / MINUTE);
}

// Offsets change only at transitions on a quarter hour (UTC), a few times a year at most, so a UTC day whose first and
// last quarter hours have one offset has it throughout: one memo entry per zone and day, two Intl calls to fill it
// (formatToParts costs microseconds, and almost every report is published on a day of its own). A day with a
// transition keeps one entry per quarter hour. The memo holds nothing but facts about zones, so results never
// depend on what ran before.
const QUARTER = 15 * MINUTE;
const DAY_MS = DAY_MINUTES * MINUTE;
const MEMO_LIMIT = 50_000;
/** Per zone: a day's offset, or NaN for a day with a transition (then `quarters` has it). */
const days = new Map<string, Map<number, number>>();
const quarters = new Map<string, Map<number, number>>();

function memo(maps: Map<string, Map<number, number>>, timeZone: string): Map<number, number> {
  let zone = maps.get(timeZone);
  if (!zone) {
    zone = new Map();
    maps.set(timeZone, zone);
  }
  if (zone.size >= MEMO_LIMIT) zone.clear();
  return zone;
}

function offsetAt(ms: number, timeZone: string): number {
  const dayMemo = memo(days, timeZone);
  const day = Math.floor(ms / DAY_MS);
  let offset = dayMemo.get(day);
  if (offset === undefined) {
    const first = offsetFromIntl(day * DAY_MS, timeZone);
    offset = offsetFromIntl((day + 1) * DAY_MS - QUARTER, timeZone) === first ? first : Number.NaN;
    dayMemo.set(day, offset);
  }
  if (!Number.isNaN(offset)) return offset;
  const quarterMemo = memo(quarters, timeZone);
  const bucket = Math.floor(ms / QUARTER);
  offset = quarterMemo.get(bucket);
  if (offset === undefined) {
    offset = offsetFromIntl(ms, timeZone);
    quarterMemo.set(bucket, offset);
  }
  return offset;
}

export function wallTime(ms: number, timeZone: string): WallTime {
  const offset = offsetAt(ms, timeZone);
  const local = Math.floor(ms / 1000) * 1000 + offset * MINUTE;
  const dayMs = DAY_MINUTES * MINUTE;
  const day = Math.floor(local / dayMs);
  const inDay = local - day * dayMs;
  return { day, minute: Math.floor(inDay / MINUTE), second: Math.floor((inDay % MINUTE) / 1000), offset };
}

/** The instant at which the wall clock in `timeZone` shows `minute` minutes after the midnight that starts `day`.
 *  `minute` may run past 1440 ("24:00" is the next midnight) or below 0. In a spring-forward gap the result is
 *  the same wall time read with the offset in force before the change. */
export function instantAt(day: number, minute: number, timeZone: string): number {
  const wall = (day * DAY_MINUTES + minute) * MINUTE;
  const first = wall - wallTime(wall, timeZone).offset * MINUTE;
  const offset = wallTime(first, timeZone).offset;
  return wall - offset * MINUTE;
}

/** The civil day number of a calendar date (H. Hinnant's days_from_civil). A date past the month's end runs
 *  into the next month, as Date.UTC does. */
export function civilDay(year: number, month: number, date: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + date - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar date of a civil day number, by arithmetic (H. Hinnant's civil_from_days): no Date object. */
export function civilDate(day: number): { year: number; month: number; date: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const date = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, date };
}

/** 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The offset of `timeZone` at an instant, as ISO 8601 writes it: "+03:00". */
export function zoneOffset(instantIso: string, timeZone: string): string {
  const ms = Date.parse(instantIso);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO 8601 instant: ${instantIso}`);
  return formatOffset(wallTime(ms, timeZone).offset);
}

/** An instant written as the wall clock of `timeZone` shows it: 2025-05-07T07:00:00+03:00. */
export function toZonedIso(date: Date, timeZone: string): string {
  const w = wallTime(date.getTime(), timeZone);
  const { year, month, date: dd } = civilDate(w.day);
  const time = `${pad(Math.floor(w.minute / 60))}:${pad(w.minute % 60)}:${pad(w.second)}`;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(dd)}T${time}${formatOffset(w.offset)}`;
}

/**
 * The zone a report's clock times are read in, and its windows written in. Russian sources write Moscow time,
 * Ukrainian ones Kyiv time (with DST, which Intl handles), whatever offset their publication time is stamped with (a
 * channel archive's `+00:00`). English rewrites follow the offset of their own publication time: a fixed Etc/GMT zone
 * (whose sign is inverted by POSIX convention: +03:00 is Etc/GMT-3).
 */
export function timeZoneFor(lang: Lang, publishedAt: string): string {
  if (lang === 'ru') return 'Europe/Moscow';
  if (lang === 'uk') return 'Europe/Kyiv';
  const m = /([+-])(\d{2}):(\d{2})$/.exec(publishedAt);
  if (m?.[3] !== '00') return 'UTC';
  const hours = Number(m[2]);
  if (hours === 0) return 'UTC';
  return `Etc/GMT${m[1] === '+' ? '-' : '+'}${hours}`;
}
