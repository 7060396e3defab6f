// `sitrep status` lists what ingest and watch did with each input, newest first. A source that fails on every poll
// (a missing file, a feed that is down) would fill that list with one failure, burying the others: identical
// failures (same input, status and message) are one line with how many times and when last (ux33 #12).
import type { IngestLogRow } from '../store/index.ts';

export interface OutcomeGroup {
  /** The newest row of the group: its time is the last time. */
  row: IngestLogRow;
  times: number;
  /** The time of the oldest row of the group in the rows read. */
  first_at: string;
}

/** Rows newest first -> groups in the order of their newest row. Only failed and skipped rows group: every ingested
 *  row is its own report. */
export function groupOutcomes(rows: readonly IngestLogRow[]): OutcomeGroup[] {
  const groups: OutcomeGroup[] = [];
  const byKey = new Map<string, OutcomeGroup>();
  for (const row of rows) {
    const key =
      row.status === 'failed' || row.status === 'skipped' ? JSON.stringify([row.input, row.status, row.message]) : null;
    const group = key === null ? undefined : byKey.get(key);
    if (group) {
      group.times++;
      group.first_at = row.at;
      continue;
    }
    const made = { row, times: 1, first_at: row.at };
    groups.push(made);
    if (key !== null) byKey.set(key, made);
  }
  return groups;
}

/** The first `limit` groups, reading rows in growing pages until there are that many (or the log ends): a failure
 *  repeated a thousand times counts as one line of the limit. At most 100,000 rows are read. */
export async function latestGroups(
  read: (limit: number) => Promise<IngestLogRow[]>,
  limit: number,
): Promise<OutcomeGroup[]> {
  for (let fetch = Math.max(limit * 4, 200); ; fetch *= 4) {
    const rows = await read(Math.min(fetch, 100_000));
    const groups = groupOutcomes(rows);
    if (groups.length >= limit || rows.length < fetch || fetch >= 100_000) return groups.slice(0, limit);
  }
}
