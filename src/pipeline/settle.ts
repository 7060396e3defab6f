// The store's side of ingesting staged reports: insert them (a batch in one transaction), then settle each one: a
// duplicate may be an earlier copy that becomes the report of record, a new report gets its near-duplicate warning.
import { sha256, stableId } from '../core/ids.ts';
import type { Fact, IngestOutcome, Report } from '../core/types.ts';
import { disagreement, type Statement, statementOf } from '../resolve/agreement.ts';
import { estimateJaccard } from '../resolve/minhash.ts';
import { nightKey, publicationNightKey } from '../resolve/night.ts';
import type { FactRow, Store, StoredReport } from '../store/index.ts';
import { internalFailure } from './failure.ts';
import type { IngestBytesOptions, Staged } from './stage.ts';

type Ready = Extract<Staged, { ok: true }>;

/**
 * Staged reports stored with one commit, in order (so a second copy in the batch is a duplicate, as it would be one
 * by one), then each settled. Outcomes come back in input order. If the batch's transaction fails, its reports are
 * stored one by one, so one bad row costs only itself. A near-duplicate warning may name a report later in the
 * same batch.
 */
export async function storeStaged(
  store: Store,
  jobs: readonly { opts: IngestBytesOptions }[],
  staged: readonly Staged[],
): Promise<IngestOutcome[]> {
  const ready = staged.filter((x): x is Ready => x.ok);
  let results: ('inserted' | 'duplicate')[] | null = null;
  try {
    results = await store.insertReports(ready.map((x) => x.row));
  } catch {
    // One row broke the transaction: store them one by one below, each with its own outcome.
  }
  const outcomes: IngestOutcome[] = [];
  let k = 0;
  // Near-duplicates of the batch's new reports, read together once the batch is stored.
  let near: Map<string, string[]> | null = null;
  for (const [i, x] of staged.entries()) {
    const opts = jobs[i]!.opts;
    if (!x.ok) {
      outcomes.push(x.outcome);
      continue;
    }
    try {
      const result = results !== null ? results[k]! : await store.insertReport(x.row);
      if (result === 'inserted' && results !== null && near === null) {
        near = await nearDuplicates(
          store,
          ready.filter((_, j) => results?.[j] === 'inserted').map((r) => r.row),
        );
      }
      outcomes.push(await settle(store, x, opts, result, near?.get(x.row.report.id)));
    } catch (error) {
      outcomes.push(internalFailure(opts.input, error));
    }
    k++;
  }
  return outcomes;
}

/** After the insert: a duplicate may be the earlier copy (then it becomes the report of record); a new report gets
 *  its near-duplicate warning. */
export async function settle(
  store: Store,
  staged: Ready,
  opts: IngestBytesOptions,
  result: 'inserted' | 'duplicate',
  /** The report's near-duplicates when the caller read them already (a batch). */
  knownNear?: string[],
  /** Set when the row is already keyed as one of its text's recurrences (`recursLater`): no second look. */
  recurred = false,
): Promise<IngestOutcome> {
  const { row, warnings } = staged;
  const { report } = row;
  if (result === 'duplicate') {
    const existing = await store.findReportByHash(report.hash);
    if (!recurred && existing !== undefined && recursLater(report, existing)) {
      // The same item, or a copy close in time, among the text's stored recurrences: read under that one's key, so
      // that it may become its report of record. Else a report of its own.
      const copy = (await sameTextReports(store, row)).find((c) => !recursLater(report, c));
      const again = copy ? rekey(row, copy.hash) : recurrence(row);
      const stored = copy ? 'duplicate' : await store.insertReport(again);
      return settle(store, { ...staged, row: again }, opts, stored, undefined, true);
    }
    const from = existing?.input === '-' ? 'stdin' : existing?.input;
    const where = from ? ` (first ingested from ${from})` : '';
    // The store keeps one copy of a text: the earliest published (ties: the smaller URL), whatever the order
    // copies arrive in, so that the incidents do not depend on arrival order.
    const replaces = existing !== undefined && isEarlierCopy(report, row.provenance?.source_id ?? null, existing);
    if (replaces) {
      // Under the stored report's id, not the one its text hashes to: an edited post's report keeps the id of its
      // first text (sources.ts reviseDocument), and a copy of its new text filed its facts under an id with no report
      // ("FOREIGN KEY constraint failed", every round, for a new file with the text an edit gave another).
      const kept = withId(row, existing.id);
      await store.replaceReport({
        report: kept.report,
        night_key: row.night_key,
        facts: kept.facts,
        input: opts.input,
        ingestedAt: opts.now.toISOString(),
        provenance: row.provenance,
      });
    }
    return {
      input: opts.input,
      status: 'duplicate',
      report_id: existing?.id ?? report.id,
      message: `already ingested: same text as ${existing?.id ?? report.id}${where}${replaces ? `; this copy, published earlier (${report.published_at}), is now the report of record` : ''}`,
      warnings,
      facts: 0,
    };
  }
  const near = knownNear ?? (await nearDuplicates(store, [row])).get(report.id) ?? [];
  // Similar text is a clue, not a verdict: origins are decided when the night is resolved (a copy a week later, or
  // the same template filled in by two channels, is not the same statement), so the warning claims no origin.
  if (near.length > 0) warnings.push(`near-duplicate of ${near.join(', ')} (similar text)`);
  return {
    input: opts.input,
    status: 'ingested',
    report_id: report.id,
    message: null,
    warnings,
    facts: row.facts.length,
  };
}

/** How far apart two items with one text must be published to be two reports (when their URLs differ too). */
export const RECURRENCE_GAP_MS = 12 * 60 * 60 * 1000;

/** One text is one report when it is the same item (the same URL: a file read again, a feed item polled again) or a
 *  copy close in time (an outlet reposting the statement within hours). Official channels repeat their wording word
 *  for word on other days («Около 21.30 мск … перехвачены и уничтожены три … беспилотных летательных аппарата …»
 *  on 3 and 17 June, two posts): another URL of the same publisher, published RECURRENCE_GAP_MS or more apart, both
 *  with a time of their own, is another report, and that night's incident is not lost. Another publisher's word for
 *  word copy is a repost, however late: an outlet retelling the governor's «Ночью … сбиты 5 беспилотников» the next
 *  morning would date its own night. */
function recursLater(copy: Report, stored: StoredReport): boolean {
  if (copy.url === null || stored.url === null || copy.url === stored.url) return false;
  if (copy.published_inferred || stored.published_inferred) return false;
  if (!samePublisher(copy, stored)) return false;
  return Math.abs(Date.parse(copy.published_at) - Date.parse(stored.published_at)) >= RECURRENCE_GAP_MS;
}

/** Two items of one publisher: its name when both give one, else their addresses' channel (a Telegram channel's name,
 *  else the site). */
function samePublisher(a: Report, b: Report): boolean {
  if (a.publisher !== null && b.publisher !== null)
    return a.publisher.trim().toLowerCase() === b.publisher.trim().toLowerCase();
  const ka = urlPublisher(a.url);
  return ka !== null && ka === urlPublisher(b.url);
}

function urlPublisher(url: string | null): string | null {
  if (url === null) return null;
  try {
    const u = new URL(url);
    const host = u.hostname.toLowerCase().replace(/^www\./, '');
    if (host !== 't.me' && host !== 'telegram.me') return host;
    const path = u.pathname.split('/').filter((p) => p !== '' && p !== 's');
    return path[0] ? `t.me/${path[0].toLowerCase()}` : null;
  } catch {
    return null;
  }
}

/** The stored reports of one text (its recurrences included), found through its LSH bands (an indexed lookup). */
async function sameTextReports(store: Store, row: Ready['row']): Promise<StoredReport[]> {
  const ids = await store.reportsSharingBands(row.bands, 500);
  return (await store.getReports(ids)).filter((r) => r.text === row.report.text);
}

/** The row of a text's recurrence: keyed by its text, publication time and URL, with its id and its facts' ids made
 *  from that key; reading it again finds it among the text's reports (`sameTextReports`). */
function recurrence(row: Ready['row']): Ready['row'] {
  return rekey(row, sha256(`${row.report.hash}\u0001${row.report.published_at}\u0001${row.report.url}`));
}

/** The row under another key: the report's id and its facts' ids are made from it. */
function rekey(row: Ready['row'], hash: string): Ready['row'] {
  const again = withId(row, stableId('rep', hash));
  return { ...again, report: { ...again.report, hash } };
}

/** The row with its report and facts under another report id. */
function withId(row: Ready['row'], id: string): Ready['row'] {
  const old = row.report.id;
  if (id === old) return row;
  return {
    ...row,
    report: { ...row.report, id },
    facts: row.facts.map((f) => ({
      ...f,
      fact: {
        ...f.fact,
        id: f.fact.id.startsWith(`${old}:`) ? `${id}${f.fact.id.slice(old.length)}` : f.fact.id,
        report_id: id,
      },
    })),
  };
}

/** How much a copy says of where it came from: its URL, title and publisher. */
const provenanceOf = (r: Report): number => [r.url, r.title, r.publisher].filter((v) => v !== null).length;

/** The report of record among copies of one text: the earliest published; at a tie, one that came through a
 *  sources.yaml row (its speaker and provenance are known) over one that did not; then the one that says more of
 *  where it came from (a bare POSTed copy never erases a stored URL, title or publisher); then the smaller URL. A
 *  total order, so the result does not depend on arrival order. */
function isEarlierCopy(copy: Report, copySource: string | null, stored: StoredReport): boolean {
  const a = Date.parse(copy.published_at);
  const b = Date.parse(stored.published_at);
  if (a !== b) return a < b;
  const storedSource = stored.provenance.source_id;
  if ((copySource === null) !== (storedSource === null)) return copySource !== null;
  const richer = provenanceOf(copy) - provenanceOf(stored);
  if (richer !== 0) return richer > 0;
  return (copy.url ?? '') < (stored.url ?? '');
}

/** The blocks a report's origin is decided in (ARCHITECTURE.md, "Every report takes part in origins"): its facts'
 *  nights, or its publication's block when it has none. */
function blocksOf(facts: readonly Fact[], publishedAt: string): Set<string> {
  if (facts.length === 0) return new Set([publicationNightKey(publishedAt)]);
  return new Set(facts.map((f) => nightKey(f.when, publishedAt, f.kind)));
}

/** For each stored report, the reports (at most 8) that may be the same statement: they share an LSH band, their
 *  estimated Jaccard similarity is at least 0.5, they are told of a night in common (the block where origins are
 *  decided: the same template posted on two nights is two statements) and their facts agree (resolve/agreement.ts:
 *  one template filled in for two cities, or two officials' alike posts with their own names or figures, are
 *  similar text but not one statement, and warning of them would bury the real copies). One indexed band query per
 *  report (it stops at the limit, however popular a band is: a window function over the whole batch's bands read
 *  every row of a popular band, and a single POST paid for it), then one signature read for the whole batch, then
 *  the similar ones' reports and facts. */
async function nearDuplicates(
  store: Store,
  rows: readonly {
    report: { id: string; published_at: string };
    signature: number[];
    bands: string[];
    facts: readonly FactRow[];
  }[],
): Promise<Map<string, string[]>> {
  const candidates: string[][] = [];
  for (const r of rows) {
    const sharing = await store.reportsSharingBands(r.bands, NEAR_LIMIT + 1);
    candidates.push(sharing.filter((c) => c !== r.report.id).slice(0, NEAR_LIMIT));
  }
  const sigs = await store.getSignatures([...new Set(candidates.flat())]);
  const similar = rows.map((r, i) =>
    candidates[i]!.filter((c) => {
      const sig = sigs.get(c);
      return sig !== undefined && estimateJaccard(r.signature, sig) >= 0.5;
    }),
  );
  const ids = [...new Set(similar.flat())];
  const published = new Map((await store.getReports(ids)).map((r) => [r.id, r.published_at]));
  const others = new Map<string, { blocks: Set<string>; statement: Statement }>();
  for (const id of ids) {
    const at = published.get(id);
    if (at === undefined) continue;
    const facts = await store.getFactsByReport(id);
    others.set(id, { blocks: blocksOf(facts, at), statement: statementOf(facts) });
  }
  return new Map(
    rows.map((r, i) => {
      const facts = r.facts.map((x) => x.fact);
      const blocks = blocksOf(facts, r.report.published_at);
      const own = statementOf(facts);
      const same = similar[i]!.filter((c) => {
        const other = others.get(c);
        if (!other || ![...blocks].some((b) => other.blocks.has(b))) return false;
        return disagreement(own, other.statement) === null;
      });
      return [r.report.id, same];
    }),
  );
}

/** Near-duplicates named in a warning: enough to show the report has copies. */
const NEAR_LIMIT = 8;
