// A tiny module of its own so that commands which extract nothing can check a time without loading the
// extraction stage (its gazetteer and language detector cost ~0.5 s to load).
import { readIsoWithOffset } from '../core/iso-time.ts';

export { missingOffsetHint, readIsoWithOffset } from '../core/iso-time.ts';

/** '2025-05-07T08:00:00+03:00', '…Z' and '2025-05-07 08:00:00+03:00' pass; '2025-05-07T08:00' (no offset) and
 *  '7 May' do not. The value to keep is `readIsoWithOffset`'s (a T for the space). */
export function isIsoWithOffset(value: string): boolean {
  return readIsoWithOffset(value) !== null;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** What is wrong with an ISO-shaped time that names no real moment, in words a person can act on, or null when it
 *  is not ISO-shaped or names a real one: '2025-13-01' -> "month 13 does not exist (01-12)", '2025-02-30' -> "February
 *  2025 has 28 days", '2025-05-07T25:00+03:00' -> "hour 25 does not exist (00-23)". "takes an ISO 8601 time" alone
 *  told the user the shape was wrong when the shape was right. */
export function calendarProblem(value: string): string | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[Tt ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(value.trim());
  if (!m) return null;
  const [year, month] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12) return `month ${m[2]} does not exist (01-12)`;
  if (m[3] !== undefined) {
    const day = Number(m[3]);
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > last) return `${MONTHS[month - 1]} ${year} has ${last} days, not ${m[3]}`;
  }
  if (m[4] !== undefined && Number(m[4]) > 23) return `hour ${m[4]} does not exist (00-23)`;
  if (m[5] !== undefined && Number(m[5]) > 59) return `minute ${m[5]} does not exist (00-59)`;
  if (m[6] !== undefined && Number(m[6]) > 59) return `second ${m[6]} does not exist (00-59)`;
  return null;
}
