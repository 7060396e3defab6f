// Every time an export writes, in one form: `YYYY-MM-DDTHH:MM:SS±HH:MM`, on the clock the report told it in (its own
// offset kept), UTC as `+00:00`, never `Z`. Times reach an incident from many hands (a feed's `+00:00`, a window
// computed in UTC, a clock without seconds), and a sheet that sorts or parses a column as text should not meet two
// spellings of one instant in one row (ux37 #13).
import type { Incident } from '../core/types.ts';

const ISO = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** "2024-11-29T18:00:00Z" -> "2024-11-29T18:00:00+00:00", "2025-06-10T05:40+0300" -> "2025-06-10T05:40:00+03:00";
 *  anything else (a date alone, a time with no offset) as it is. */
export function exportTime(iso: string): string {
  const m = ISO.exec(iso);
  if (!m) return iso;
  const offset = m[3]!.toUpperCase() === 'Z' ? '+00:00' : m[3]!.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  return `${m[1]}:${m[2] ?? '00'}${offset}`;
}

/** The incident with each of its times in that form: its window, `updated_at`, `lifted_at`, its sources' and its
 *  tallies' publication times. */
export function withExportTimes(incident: Incident): Incident {
  const tallies = Object.fromEntries(
    Object.entries(incident.tallies ?? {}).map(([field, steps]) => [
      field,
      steps.map((s) => ({ ...s, published_at: exportTime(s.published_at) })),
    ]),
  );
  return {
    ...incident,
    when: incident.when
      ? { ...incident.when, start: exportTime(incident.when.start), end: exportTime(incident.when.end) }
      : null,
    updated_at: exportTime(incident.updated_at),
    ...(incident.lifted_at !== undefined ? { lifted_at: exportTime(incident.lifted_at) } : {}),
    ...(incident.revised_at !== undefined ? { revised_at: exportTime(incident.revised_at) } : {}),
    sources: incident.sources.map((s) => ({ ...s, published_at: exportTime(s.published_at) })),
    ...(incident.tallies !== undefined ? { tallies } : {}),
  };
}
