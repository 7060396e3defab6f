// The channel registry in the pipeline: load sources.yaml, and store what one source gives, item by item, so that a
// post already stored is skipped, an edited post revises its report, and each source's state is kept for
// `sitrep sources` and for a restarted `sitrep watch`.
import { sha256Bytes } from '../core/ids.ts';
import type { IngestOutcome } from '../core/types.ts';
import type { SourceRow } from '../ingest/registry.ts';
import type { SourceDocument } from '../ingest/source.ts';
import type { SourceState, Store } from '../store/index.ts';
import type { BulkItem } from './bulk.ts';
import {
  documentOptions,
  type IngestBytesOptions,
  type IngestCounts,
  type IngestSummary,
  ingestBytes,
  internalFailure,
  notStored,
} from './ingest.ts';
import { emptyState } from './registry.ts';
import { resolveDirty } from './resolve.ts';
import { speakerOf } from './speaker.ts';

export interface SourceIngestOptions {
  now: () => Date;
  /** When the bytes were fetched (a watch round); defaults to now. */
  fetchedAt?: string;
  /** The hash the item is remembered by, when it is not the document's own (a feed item whose text was replaced
   *  by its article's is remembered by the feed's text, which is what the next poll sees again). */
  itemHash?: string;
  /** The learned step with its shipped model (`sitrep watch --learned`); off by default: the rules alone. */
  learned?: boolean;
}

/**
 * One document of a registry source: new -> ingested and remembered under its key; seen with the same text ->
 * 'duplicate' without re-reading it; seen with another text (an edited post) -> its report revised, the old text
 * kept as a revision. The item is remembered only after its report is stored, so a crash between the two re-reads
 * it next time and the store's hash check makes that a duplicate: nothing lost, nothing stored twice.
 */
export const ALREADY_SEEN = 'already seen from this source';

/** The outcome of a post that was in an earlier read of a complete export and is not in this one: deleted at the
 *  source (ux35 #8). Its report stays where it is: a deleted post is not a retraction of what it said (channels
 *  delete for many reasons), so its figures keep their evidence; the user is told once, in the log and in
 *  `sitrep status`, with the report's id. */
export const GONE = 'no longer in the source (deleted there?)';
/** Kept on the item (before its text hash) once it is named gone, so it is named once, not every round. */
const GONE_MARK = 'gone:';
/** Kinds whose file is the source's whole history, so an item missing from it was deleted: a Telegram export
 *  (result.json) and a JSONL export. A feed lists only its newest items, and an HTML or text file is one document. */
const COMPLETE_EXPORTS: ReadonlySet<string> = new Set(['telegram', 'jsonl']);

/** A poll sees most items again; those are counted, not written to the ingest log each round. */
export function isAlreadySeen(outcome: IngestOutcome): boolean {
  return outcome.status === 'duplicate' && outcome.message === ALREADY_SEEN;
}

export async function ingestSourceDocument(
  store: Store,
  row: SourceRow,
  doc: SourceDocument,
  rawHash: string,
  opts: SourceIngestOptions,
): Promise<IngestOutcome> {
  const now = opts.now();
  const key = doc.key ?? doc.input;
  const textHash = opts.itemHash ?? sha256Bytes(doc.bytes);
  const seen = await store.getSourceItem(row.id, key);
  if (seen !== undefined && seen.text_hash === `${GONE_MARK}${textHash}`) {
    // A post named gone from its export is back as it was (an export made before the deletion, or undone).
    await store.saveSourceItem({ ...seen, text_hash: textHash, seen_at: now.toISOString() });
  }
  if (seen !== undefined && (seen.text_hash === textHash || seen.text_hash === `${GONE_MARK}${textHash}`)) {
    return {
      input: doc.input,
      status: 'duplicate',
      report_id: seen.report_id,
      message: ALREADY_SEEN,
      warnings: [],
      facts: 0,
    };
  }
  const prepareOpts = sourceDocumentOptions(row, doc, rawHash, now, opts);
  let outcome: IngestOutcome;
  if (seen?.report_id) {
    outcome = await reviseDocument(store, seen.report_id, doc, prepareOpts);
  } else {
    outcome = await ingestBytes(store, doc.bytes, prepareOpts);
  }
  if (doc.warnings && doc.warnings.length > 0) outcome.warnings.unshift(...doc.warnings);
  if (outcome.status !== 'failed') {
    await store.saveSourceItem({
      source_id: row.id,
      item_key: key,
      report_id: outcome.report_id,
      text_hash: textHash,
      edited_at: doc.edited_at ?? null,
      seen_at: now.toISOString(),
    });
  }
  return outcome;
}

/** What a registry row says of one of its documents, for ingestBytes or the bulk stream. */
function sourceDocumentOptions(
  row: SourceRow,
  doc: SourceDocument,
  rawHash: string,
  now: Date,
  opts: SourceIngestOptions,
): IngestBytesOptions {
  return {
    ...documentOptions(
      doc,
      { sourceName: row.name ?? undefined, lang: row.language ?? undefined, speaker: speakerOf(row) },
      now,
    ),
    ...(opts.learned ? { learned: true } : {}),
    provenance: {
      source_id: row.id,
      fetched_at: opts.fetchedAt ?? now.toISOString(),
      raw_hash: rawHash,
      item_key: doc.key ?? doc.input,
      byline: doc.byline ?? null,
      edited_at: doc.edited_at ?? null,
    },
  };
}

async function reviseDocument(
  store: Store,
  reportId: string,
  doc: SourceDocument,
  opts: Parameters<typeof ingestBytes>[2],
): Promise<IngestOutcome> {
  const { prepareReport } = await import('./prepare.ts');
  const { minhashSignature, lshBands } = await import('../resolve/minhash.ts');
  const { nightKey, publicationNightKey } = await import('../resolve/night.ts');
  const { withInferredWindows } = await import('../resolve/infer-window.ts');
  const prepared = prepareReport(doc.bytes, opts);
  if (!prepared.ok)
    return {
      input: doc.input,
      status: 'failed',
      report_id: reportId,
      message: prepared.message,
      warnings: [],
      facts: 0,
    };
  // Same id as before, so links to the report and its place in incidents stay; its facts are renumbered under it.
  const report = { ...prepared.report, id: reportId };
  // As at first ingest: what is stored is what resolution reads, every fact with a window (pipeline/ingest.ts).
  const facts = withInferredWindows(prepared.facts, report.published_at, report.lang).map((fact, i) => ({
    fact: { ...fact, id: `${reportId}:f${i}`, report_id: reportId },
    night_key: nightKey(fact.when, report.published_at, fact.kind),
  }));
  const signature = minhashSignature(report.text, report.lang);
  const revised = await store.reviseReport({
    reportId,
    report,
    night_key: publicationNightKey(report.published_at),
    facts,
    signature,
    bands: lshBands(signature),
    input: opts.input,
    ingestedAt: opts.now.toISOString(),
    provenance: opts.provenance,
  });
  if (!revised) {
    // The edit made the post say what another report already says: that report stands; this one keeps its text.
    return {
      input: doc.input,
      status: 'duplicate',
      report_id: reportId,
      message: 'edited to the text of another report; not revised',
      warnings: prepared.warnings,
      facts: 0,
    };
  }
  return {
    input: doc.input,
    status: 'ingested',
    report_id: reportId,
    message: 'edited: report revised, the earlier text kept as a revision',
    warnings: prepared.warnings,
    facts: facts.length,
  };
}

/** How far a file source's round has come: items with an outcome, and the number of files when it could be
 *  counted from their names (a folder of texts: one item each); null when a file may hold many (a feed, JSONL). */
export interface RoundProgress {
  done: number;
  total: number | null;
  counts: IngestCounts;
}

export interface SourceFilesOptions extends SourceIngestOptions {
  /** Extraction threads (stage-pool.ts `poolSize`); default one per processor but one, as `ingest`. */
  workers?: number;
  /** After every item's outcome: watch's progress line and the line a SIGTERM prints. */
  onProgress?: (progress: RoundProgress) => void;
  /** Aborted (SIGTERM): no further file is read; the batches under way are stored, the nights resolved. */
  signal?: AbortSignal;
}

/** A new item, remembered under its key once its report is stored. */
interface ItemNote {
  key: string;
  textHash: string;
  edited_at: string | null;
}

/** A registry row that names local files (`path:`): every file read as the row's kind, every item stored, the row's
 *  state updated; then the nights touched are resolved. New items go through the bulk stream `ingest` uses (bulk.ts:
 *  extraction on the workers, a hundred reports per transaction, the ingest log per batch); one by one, a folder of
 *  12,000 texts took watch twice as long as `ingest` of it (ux38 #7). Items seen before (unchanged, edited, back
 *  after being named gone) go through ingestSourceDocument, as a feed's do. */
export async function ingestSourceFiles(
  store: Store,
  row: SourceRow,
  opts: SourceFilesOptions,
): Promise<IngestSummary> {
  if (row.path === null) throw new Error(`source ${row.id} has no path`);
  const path = row.path;
  const counts: IngestCounts = { ingested: 0, duplicate: 0, failed: 0, skipped: 0, facts: 0 };
  const outcomes: IngestOutcome[] = [];
  const { readInputs, countInputs } = await import('../ingest/sources/file/client.ts');
  const { parseSource } = await import('../ingest/sources/index.ts');
  const { ingestStream } = await import('./bulk.ts');
  const { poolSize } = await import('./stage-pool.ts');
  const total = opts.onProgress ? (row.kind === 'text' || row.kind === 'html' ? countInputs([path]) : null) : null;
  let unlogged: IngestOutcome[] = [];
  const writeLog = async () => {
    const at = opts.now().toISOString();
    if (unlogged.length === 1) await store.logOutcome(unlogged[0]!, at);
    else if (unlogged.length > 1) await store.logOutcomes(unlogged, at);
    unlogged = [];
  };
  // New items handed to the stream whose report is not yet stored: an outcome decided with none of them waiting
  // (a missing path, an unreadable file, an edited one) is logged as it is decided, as before the bulk path, not
  // at the next batch; a store that cannot take that row then stops the round at once with its cause.
  let waiting = 0;
  const record = (o: IngestOutcome) => {
    counts[o.status] += 1;
    counts.facts += o.facts;
    outcomes.push(o);
    if (!isAlreadySeen(o)) unlogged.push(o);
    opts.onProgress?.({ done: outcomes.length, total, counts });
  };
  // One note per item handed to the stream, in its order (the stream answers in input order): the new ones are
  // remembered only once their report is stored, so a round killed between the two reads them again next time.
  const notes: (ItemNote | null)[] = [];
  let sourceError: string | null = null;
  let cutShort = false;
  const keys = new Set<string>();
  const decided = (o: IngestOutcome): BulkItem => {
    notes.push(null);
    return { outcome: o };
  };
  async function* items(): AsyncGenerator<BulkItem> {
    for await (const item of readInputs([path])) {
      if (opts.signal?.aborted) {
        cutShort = true;
        return;
      }
      if (!item.ok) {
        if (!item.skipped) sourceError = item.failure.message;
        yield decided(notStored(item.failure, item.skipped ? 'skipped' : 'failed'));
        continue;
      }
      const parsed = parseSource(row.kind, item.raw.bytes, {
        input: item.raw.input,
        timeZone: row.time_zone,
        url: row.url,
      });
      for (const f of parsed.failures) {
        if (f.input === item.raw.input) sourceError = f.message;
        yield decided(notStored(f, 'failed'));
      }
      for (const skipped of parsed.skipped) yield decided(notStored(skipped, 'skipped'));
      const rawHash = sha256Bytes(item.raw.bytes);
      for (const doc of parsed.documents) {
        const key = doc.key ?? doc.input;
        keys.add(key);
        try {
          const textHash = sha256Bytes(doc.bytes);
          const seen = await store.getSourceItem(row.id, key);
          if (seen !== undefined) {
            yield decided(await ingestSourceDocument(store, row, doc, rawHash, opts));
            continue;
          }
          notes.push({ key, textHash, edited_at: doc.edited_at ?? null });
          waiting += 1;
          yield {
            bytes: doc.bytes,
            opts: sourceDocumentOptions(row, doc, rawHash, opts.now(), opts),
            ...(doc.warnings && doc.warnings.length > 0 ? { warnings: [...doc.warnings] } : {}),
          };
        } catch (error) {
          yield decided(internalFailure(doc.input, error));
        }
      }
    }
  }
  let nightsResolved = 0;
  await ingestStream(store, items(), {
    workers: poolSize(opts.workers),
    onOutcome: async (o) => {
      const note = notes.shift();
      if (note) waiting -= 1;
      if (note && o.status !== 'failed') {
        await store.saveSourceItem({
          source_id: row.id,
          item_key: note.key,
          report_id: o.report_id,
          text_hash: note.textHash,
          edited_at: note.edited_at,
          seen_at: opts.now().toISOString(),
        });
      }
      record(o);
      if (!note && waiting === 0) await writeLog();
    },
    onBatch: writeLog,
    afterStored: async (pool) => {
      await writeLog();
      // Only a read without error, and read to its end: an export cut short, unreadable, or a round stopped by a
      // signal is no sign that its posts were deleted.
      if (COMPLETE_EXPORTS.has(row.kind) && sourceError === null && !cutShort && keys.size > 0) {
        for (const gone of await store.listSourceItems(row.id)) {
          if (keys.has(gone.item_key) || gone.report_id === null || gone.text_hash?.startsWith(GONE_MARK)) continue;
          await store.saveSourceItem({ ...gone, text_hash: `${GONE_MARK}${gone.text_hash ?? ''}` });
          record({
            input: gone.item_key,
            status: 'skipped',
            report_id: gone.report_id,
            message: `${GONE}; its report ${gone.report_id} stays in its incident`,
            warnings: [],
            facts: 0,
          });
        }
        await writeLog();
      }
      await saveRoundState(store, row.id, sourceError, opts.now(), {}, itemFailure(outcomes));
      nightsResolved = await resolveDirty(store, { pool, now: opts.now });
    },
  });
  return { counts, outcomes, nightsResolved };
}

/** What a round whose source was read but some items of it failed says in `sitrep sources` ("1 item(s) failed:
 *  agency.jsonl:2: …"): a broken line in a JSONL export read every round was visible only in `status --failed`
 *  (ux35 #10). Null when no item failed. */
export function itemFailure(outcomes: readonly IngestOutcome[]): string | null {
  const failed = outcomes.filter((o) => o.status === 'failed');
  const first = failed[0];
  if (first === undefined) return null;
  return `${failed.length} item(s) failed: ${first.input}: ${first.message ?? 'failed'} (sitrep status --failed)`;
}

/** After one round of a source: its last success or error, and how many items it has given in all. `itemError`
 *  (items failed, the source itself was read) is shown as the last error but is no failure of the source: no
 *  backoff, the round still a success. */
export async function saveRoundState(
  store: Store,
  sourceId: string,
  error: string | null,
  now: Date,
  extra: Partial<SourceState> = {},
  itemError: string | null = null,
): Promise<SourceState> {
  const at = now.toISOString();
  const previous = (await store.getSourceStates()).get(sourceId) ?? emptyState(sourceId, at);
  const shown = error ?? itemError;
  const state: SourceState = {
    ...previous,
    ...extra,
    last_success_at: error === null ? at : previous.last_success_at,
    last_error_at: shown === null ? previous.last_error_at : at,
    last_error: shown === null ? previous.last_error : shown,
    consecutive_failures: error === null ? 0 : previous.consecutive_failures + 1,
    items_seen: await store.countSourceItems(sourceId),
    updated_at: at,
  };
  await store.saveSourceState(state);
  return state;
}
