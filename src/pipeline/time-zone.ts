import type { Lang } from '../core/types.ts';

/**
 * The zone a report's clock times are read in. Russian sources write Moscow time, Ukrainian ones Kyiv time (with
 * DST, which Intl handles). English rewrites follow the offset of their own publication time: a fixed
 * Etc/GMT zone (whose sign is inverted by POSIX convention: +03:00 is Etc/GMT-3).
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
