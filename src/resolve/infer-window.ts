import type { Fact, TimeSpan } from '../core/types.ts';

const HOUR = 3_600_000;
/** Moscow/Kyiv time, the clock the reports are written in (see night.ts). */
const LOCAL = 3 * HOUR;

/**
 * The window a report allows for a fact that names no time: nothing it tells happened after it was published.
 * - a post written in the small hours or the morning (before 12:00 local) tells of the night behind it: from 21:00 the
 *   evening before to the publication time ("night");
 * - any other post tells of the last twelve hours ("unknown"): a live tally in the evening, a follow-up in the
 *   afternoon on the morning's attack.
 * The window is wide on purpose: a precise window from another report narrows the incident (merge-when.ts), and in
 * clustering an inferred window only joins what stated windows formed (cluster.ts).
 */
export function inferredWindow(publishedAt: string): TimeSpan | null {
  const published = Date.parse(publishedAt);
  if (Number.isNaN(published)) return null;
  const local = new Date(published + LOCAL);
  const hour = local.getUTCHours();
  const offset = publishedAt.match(/(Z|[+-]\d{2}:\d{2})$/)?.[1] ?? 'Z';
  const zone =
    offset === 'Z'
      ? 0
      : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * 60_000;
  let start: number;
  let precision: TimeSpan['precision'];
  if (hour < 12) {
    const midnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - LOCAL;
    start = midnight - 3 * HOUR;
    precision = 'night';
  } else {
    start = published - 12 * HOUR;
    precision = 'unknown';
  }
  return { start: isoAt(start, zone, offset), end: publishedAt, precision };
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
 *  publication); facts with a window are returned as they are. */
export function withInferredWindows(facts: readonly Fact[], publishedAt: string): Fact[] {
  const when = inferredWindow(publishedAt);
  if (!when) return [...facts];
  return facts.map((f) =>
    f.when !== null
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
