import type { Incident } from '../core/types.ts';
import { countText, withDispute } from '../export/values.ts';

/** "uav 12", or with sources that disagree "uav 10 (8–10 disputed)" as the CSV says it: the number shown is one
 *  source's, never Sitrep's own (the `incidents` table and `explain`'s summary). */
export function weaponsText(i: Incident): string {
  return i.weapons
    .map((w) => `${w.type} ${w.count ? withDispute(i, `weapons[${w.type}].count`, countText(w.count)) : ''}`.trim())
    .join('; ');
}

function claimantsText(i: Incident): string {
  return i.claimants.map((c) => c.name ?? c.role ?? '?').join('; ');
}

function pad(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n);
}

/** One row per incident. The fifth column is what the incident is about: its weapons, or, for an airport disruption
 *  (which has none), its airports' codes, so the header names both. */
export function table(incidents: readonly Incident[]): string {
  const head = `${pad('ID', 22)} ${pad('KIND', 18)} ${pad('REGION', 8)} ${pad('WHEN', 17)} ${pad('WEAPONS/AIRPORTS', 24)} ${pad('CLAIMANTS', 24)} STATUS`;
  const rows = incidents.map((i) =>
    [
      pad(i.id, 22),
      pad(i.kind, 18),
      pad(i.region?.code ?? '-', 8),
      pad(i.when?.start.slice(0, 16) ?? '-', 17),
      pad(weaponsText(i) || i.airports.join(',') || '-', 24),
      pad(claimantsText(i) || '-', 24),
      `${i.corroboration.status} (${i.corroboration.reports}r/${i.corroboration.origins}o/${i.corroboration.voices ?? i.corroboration.origins}v)${i.conflicts.length > 0 ? ' conflict' : ''}`,
    ].join(' '),
  );
  return [head, ...rows, `${incidents.length} incident(s)`].join('\n');
}

export interface SourceLine {
  id: string;
  kind: string;
  where: string | null;
  speaker: { person: string | null; role: string; region: string | null } | null;
  /** The channel hint (report-warnings.ts) of a row with no speaker whose channel is named like a person's. */
  hint?: string | null;
  last_success_at: string | null;
  /** When `last_error` happened: an error is kept after later successes, so the table shows its time beside it. */
  last_error_at?: string | null;
  last_error: string | null;
  items_seen: number;
}

/** `sitrep sources`: one line per source, its speaker, when it last worked and what last went wrong, and when (a
 *  source that failed at 19:32 and has worked since shows both times, so an old error is not read as current). */
export function sourcesTable(rows: readonly SourceLine[]): string {
  if (rows.length === 0) return 'no sources';
  const cells = rows.map((r) => [
    r.id,
    r.kind,
    r.speaker
      ? [r.speaker.role, r.speaker.person, r.speaker.region].filter(Boolean).join(' ')
      : r.hint
        ? '- (hint below)'
        : '-',
    r.last_success_at ?? 'never',
    String(r.items_seen),
    r.last_error === null ? '-' : (r.last_error_at ?? '?'),
    r.last_error ?? '-',
    r.where ?? '',
  ]);
  const head = ['id', 'kind', 'speaker', 'last success', 'items', 'last error at', 'last error', 'url or path'];
  const widths = head.map((h, i) => Math.min(40, Math.max(h.length, ...cells.map((c) => c[i]!.length))));
  // A cell cut to its column ends with "…", so a cut error is never read as the whole of it.
  const cell = (x: string, i: number) =>
    x.length > widths[i]! ? `${x.slice(0, widths[i]! - 1)}…` : x.padEnd(widths[i]!);
  const line = (c: string[]) => c.map((x, i) => (i === c.length - 1 ? x : cell(x, i))).join('  ');
  const cut = rows.some((r) => (r.last_error?.length ?? 0) > widths[6]!);
  return [
    line(head),
    ...cells.map(line),
    ...(cut ? ['(an error ending in … is cut short: `sitrep sources --json` prints each whole)'] : []),
  ].join('\n');
}

/** A path cut to `width` characters with "…" in its middle, so that its end (the file's name and extension) stays
 *  whole: "/tmp/gen/…/r00005.md", never "/tmp/gen/r00005.m". */
export function middleEllipsis(text: string, width: number): string {
  if (text.length <= width) return text;
  if (width <= 1) return '…'.slice(0, width);
  const tail = Math.ceil((width - 1) * 0.6);
  return `${text.slice(0, width - 1 - tail)}…${text.slice(text.length - tail)}`;
}

/** How long the pace is measured before an ETA is shown. */
const MIN_PACE_MS = 1000;

/** "3m 05s", "42s": a short duration for an ETA. */
function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

/** The ingest progress line, at most `columns - 1` characters: "120/2100 · ETA 1m 05s · ingested 118 · duplicate 1 ·
 *  failed 1 · facts 240  /tmp/gen/r00120.md". The total and ETA only when the number of inputs is known (and not
 *  yet passed, as a feed read among them gives more); the input's name is shortened in its middle. */
export function progressText(
  c: { ingested: number; duplicate: number; failed: number; skipped: number; facts: number },
  input: string,
  opts: {
    total: number | null;
    elapsedMs: number;
    columns: number;
    /** Where the pace is measured from: the first outcome (done, elapsedMs). */
    since?: { done: number; elapsedMs: number };
  },
): string {
  const done = c.ingested + c.duplicate + c.failed + c.skipped;
  const known = opts.total !== null && done <= opts.total ? opts.total : null;
  const from = opts.since ?? { done: 0, elapsedMs: 0 };
  const paced = done - from.done;
  const spent = opts.elapsedMs - from.elapsedMs;
  // Paced from the first outcome, and only after a second of it: the start-up (the extraction loading, the workers
  // starting) comes before any outcome, and a first batch's hundred outcomes arrive at once; counted in, the first
  // ETA of an 8-second run said 42 minutes (ux38 #11).
  const eta =
    known !== null && paced > 0 && done < known && (opts.since === undefined || spent >= MIN_PACE_MS)
      ? ` · ETA ${duration((spent / paced) * (known - done))}`
      : '';
  const head = `${known !== null ? `${done}/${known}` : `${done}`}${eta} · ingested ${c.ingested} · duplicate ${c.duplicate} · failed ${c.failed} · facts ${c.facts}`;
  const room = opts.columns - 1 - head.length - 2;
  if (room < 8) return head.slice(0, opts.columns - 1);
  return `${head}  ${middleEllipsis(input, room)}`;
}
