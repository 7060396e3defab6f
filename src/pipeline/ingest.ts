import { sha256Bytes } from '../core/ids.ts';
import type { IngestOutcome, Lang, Report } from '../core/types.ts';
import type { InputFailure, ParsedSource, SourceDocument, SourceKind } from '../ingest/source.ts';
import { readInputs } from '../ingest/sources/file/client.ts';
import type { FetchOptions } from '../ingest/sources/http/client.ts';
import type { AddressClass } from '../ingest/sources/http/guard.ts';
import { withInferredWindows } from '../resolve/infer-window.ts';
import { estimateJaccard, lshBands, minhashSignature } from '../resolve/minhash.ts';
import { nightKey } from '../resolve/night.ts';
import type { ProvenanceInput, Store, StoredReport } from '../store/index.ts';
import type { PrepareOptions } from './prepare.ts';
import { resolveDirty } from './resolve.ts';
import type { SpeakerInput } from './speaker.ts';

export interface IngestOptions {
  published?: string;
  source?: string;
  lang?: Lang;
  /** Read every input as this kind instead of detecting it (`--kind`). */
  kind?: SourceKind;
  /** The zone a source's bare times are read in (a Telegram export's local dates); from sources.yaml. */
  timeZone?: string;
  /** The sources.yaml id these inputs come through, kept in each report's provenance. */
  sourceId?: string;
  /** The registry row's name: it wins over the name the file gives (a feed's title, a chat's name). */
  sourceName?: string;
  /** The registry row's URL (a Telegram channel's t.me address gives each post its link). */
  sourceUrl?: string;
  /** Who speaks on the channel (sources.yaml). */
  speaker?: SpeakerInput | null;
  /** Address classes a URL may reach (--allow-private); none by default. */
  allow?: ReadonlySet<AddressClass>;
  /** Fetch settings for URLs: deadline, size limit, DNS (tests). */
  fetch?: Pick<FetchOptions, 'timeoutMs' | 'maxBytes' | 'resolve'>;
  maxBytes?: number;
  stdin?: NodeJS.ReadableStream;
  now: () => Date;
  /** Called after every input, for a progress line. */
  onProgress?: (outcome: IngestOutcome, counts: IngestCounts) => void;
}

export interface IngestCounts {
  ingested: number;
  duplicate: number;
  failed: number;
  skipped: number;
  facts: number;
}

export interface IngestSummary {
  counts: IngestCounts;
  outcomes: IngestOutcome[];
  /** Nights whose incidents were rebuilt after the batch. */
  nightsResolved: number;
}

/** Stores one text: the report and its facts in one transaction, so a crash leaves either all of it or none. */
export type IngestBytesOptions = PrepareOptions & {
  /** Where the bytes came from; `raw_hash` defaults to the hash of `bytes`, `fetched_at` to `now`. */
  provenance?: ProvenanceInput;
};

export async function ingestBytes(store: Store, bytes: Uint8Array, opts: IngestBytesOptions): Promise<IngestOutcome> {
  const staged = await stage(bytes, opts);
  if (!staged.ok) return staged.outcome;
  return settle(store, staged, await store.insertReport(staged.row));
}

type Staged =
  | { ok: false; outcome: IngestOutcome }
  | { ok: true; row: Parameters<Store['insertReport']>[0]; warnings: string[]; opts: IngestBytesOptions };

/** Bytes to the rows of one report, ready to store: cleaning, extraction, signature. Touches no store. */
async function stage(bytes: Uint8Array, opts: IngestBytesOptions): Promise<Staged> {
  // Loaded on first use: the extraction stage (gazetteer, language detector) is most of the start-up time, and
  // `sitrep --help`, `incidents` or `serve` without a POST never need it.
  const { prepareReport } = await import('./prepare.ts');
  const prepared = prepareReport(bytes, opts);
  if (!prepared.ok) {
    return {
      ok: false,
      outcome: {
        input: opts.input,
        status: 'failed',
        report_id: null,
        message: prepared.message,
        warnings: [],
        facts: 0,
      },
    };
  }
  const { report, warnings } = prepared;
  // What is stored is what resolution reads: every fact with a window, the ones the text gives none inferred from
  // the publication time. `sitrep extract` shows the text's own reading, without them.
  const facts = withInferredWindows(prepared.facts, report.published_at);
  const signature = minhashSignature(report.text, report.lang);
  const provenance: ProvenanceInput = {
    fetched_at: opts.now.toISOString(),
    raw_hash: sha256Bytes(bytes),
    ...opts.provenance,
  };
  const row = {
    provenance,
    report,
    facts: facts.map((fact) => ({ fact, night_key: nightKey(fact.when, report.published_at) })),
    signature,
    bands: lshBands(signature),
    input: opts.input,
    ingestedAt: opts.now.toISOString(),
  };
  return { ok: true, row, warnings, opts };
}

/** After the insert: a duplicate may be the earlier copy (then it becomes the report of record); a new report gets
 *  its near-duplicate warning. */
async function settle(
  store: Store,
  staged: Extract<Staged, { ok: true }>,
  result: 'inserted' | 'duplicate',
): Promise<IngestOutcome> {
  const { row, warnings, opts } = staged;
  const { report } = row;
  if (result === 'duplicate') {
    const existing = await store.findReportByHash(report.hash);
    const where = existing?.input ? ` (first ingested from ${existing.input})` : '';
    // The store keeps one copy of a text: the earliest published (ties: the smaller URL), whatever the order
    // copies arrive in, so that the incidents do not depend on arrival order.
    const replaces = existing !== undefined && isEarlierCopy(report, row.provenance?.source_id ?? null, existing);
    if (replaces) {
      await store.replaceReport({
        report,
        facts: row.facts,
        input: opts.input,
        ingestedAt: opts.now.toISOString(),
        provenance: row.provenance,
      });
    }
    return {
      input: opts.input,
      status: 'duplicate',
      report_id: existing?.id ?? report.id,
      message: `already ingested: same text as ${existing?.id ?? report.id}${where}${replaces ? '; this earlier copy is now the report of record' : ''}`,
      warnings,
      facts: 0,
    };
  }
  const near = await nearDuplicates(store, report.id, row.signature, row.bands);
  if (near.length > 0) warnings.push(`near-duplicate of ${near.join(', ')} (same origin)`);
  return {
    input: opts.input,
    status: 'ingested',
    report_id: report.id,
    message: null,
    warnings,
    facts: row.facts.length,
  };
}

/**
 * Many texts stored with one commit: each is staged (cleaned, extracted) on its own, the batch is inserted in one
 * transaction in order (so a second copy in the batch is a duplicate, as it would be one by one), then each is
 * settled. Outcomes come back in input order. If the batch's transaction fails, its texts are stored one by one,
 * so one bad row costs only itself. A near-duplicate warning may name a report later in the same batch.
 */
export async function ingestBatch(
  store: Store,
  items: readonly { bytes: Uint8Array; opts: IngestBytesOptions }[],
): Promise<IngestOutcome[]> {
  const staged: Staged[] = [];
  for (const item of items) {
    try {
      staged.push(await stage(item.bytes, item.opts));
    } catch (error) {
      staged.push({ ok: false, outcome: internalFailure(item.opts.input, error) });
    }
  }
  const ready = staged.filter((x): x is Extract<Staged, { ok: true }> => x.ok);
  let results: ('inserted' | 'duplicate')[] | null = null;
  try {
    results = await store.insertReports(ready.map((x) => x.row));
  } catch {
    // One row broke the transaction: store them one by one below, each with its own outcome.
  }
  const outcomes: IngestOutcome[] = [];
  let k = 0;
  for (const x of staged) {
    if (!x.ok) {
      outcomes.push(x.outcome);
      continue;
    }
    try {
      const result = results !== null ? results[k]! : await store.insertReport(x.row);
      outcomes.push(await settle(store, x, result));
    } catch (error) {
      outcomes.push(internalFailure(x.opts.input, error));
    }
    k++;
  }
  return outcomes;
}

/** An input that failed for a reason of ours, not of its own: recorded, and the batch goes on. */
export function internalFailure(input: string, error: unknown): IngestOutcome {
  const message = error instanceof Error ? error.message : String(error);
  return { input, status: 'failed', report_id: null, message: `internal error: ${message}`, warnings: [], facts: 0 };
}

/** The report of record among copies of one text: the earliest published; at a tie, one that came through a
 *  sources.yaml row (its speaker and provenance are known) over one that did not; then the smaller URL. A total
 *  order, so the result does not depend on arrival order. */
function isEarlierCopy(copy: Report, copySource: string | null, stored: StoredReport): boolean {
  const a = Date.parse(copy.published_at);
  const b = Date.parse(stored.published_at);
  if (a !== b) return a < b;
  const storedSource = stored.provenance.source_id;
  if ((copySource === null) !== (storedSource === null)) return copySource !== null;
  return (copy.url ?? '') < (stored.url ?? '');
}

async function nearDuplicates(store: Store, id: string, signature: number[], bands: string[]): Promise<string[]> {
  const candidates = (await store.reportsSharingBands(bands, 8)).filter((c) => c !== id);
  if (candidates.length === 0) return [];
  const sigs = await store.getSignatures(candidates);
  return candidates.filter((c) => {
    const sig = sigs.get(c);
    return sig !== undefined && estimateJaccard(signature, sig) >= 0.5;
  });
}

/** Files, directories and stdin: each input gets an outcome, a bad one never stops the batch; then the nights the
 *  batch touched are resolved once. */
export async function ingestPaths(store: Store, paths: string[], opts: IngestOptions): Promise<IngestSummary> {
  const counts: IngestCounts = { ingested: 0, duplicate: 0, failed: 0, skipped: 0, facts: 0 };
  const outcomes: IngestOutcome[] = [];
  const urls = paths.filter((p) => /^[a-z][a-z0-9+.-]*:\/\//i.test(p));
  // Outcomes are counted and shown as they come and written to the log with each batch.
  let unlogged: IngestOutcome[] = [];
  const record = async (outcome: IngestOutcome): Promise<void> => {
    counts[outcome.status] += 1;
    counts.facts += outcome.facts;
    outcomes.push(outcome);
    unlogged.push(outcome);
    opts.onProgress?.(outcome, counts);
  };
  const writeLog = async () => {
    if (unlogged.length > 0) await store.logOutcomes(unlogged, opts.now().toISOString());
    unlogged = [];
  };
  // Documents wait in order, with the outcomes around them, and are stored BATCH at a time in one transaction.
  const queue: ({ outcome: IngestOutcome } | { doc: SourceDocument; bytes: IngestBytesOptions })[] = [];
  let waiting = 0;
  const flush = async () => {
    const docs = queue.flatMap((slot) => ('doc' in slot ? [slot] : []));
    const stored = await ingestBatch(
      store,
      docs.map((slot) => ({ bytes: slot.doc.bytes, opts: slot.bytes })),
    );
    let k = 0;
    for (const slot of queue) {
      if ('outcome' in slot) {
        await record(slot.outcome);
        continue;
      }
      const outcome = stored[k++]!;
      if (slot.doc.warnings && slot.doc.warnings.length > 0) outcome.warnings.unshift(...slot.doc.warnings);
      await record(outcome);
    }
    queue.length = 0;
    waiting = 0;
    await writeLog();
  };
  const later = async (outcome: IngestOutcome) => {
    if (waiting === 0) await record(outcome);
    else queue.push({ outcome });
  };
  if (urls.length > 0) {
    const { ingestUrl } = await import('./ingest-url.ts');
    for (const url of urls) for (const outcome of await ingestUrl(store, url, opts)) await record(outcome);
  }
  await writeLog();
  const files = paths.filter((p) => !urls.includes(p));
  // The parsers (linkedom, Readability, feedsmith) load with the first file, not with the CLI.
  const { detectKind, parseSource } = await import('../ingest/sources/index.ts');
  for await (const item of readInputs(files, { maxBytes: opts.maxBytes, stdin: opts.stdin })) {
    if (!item.ok) {
      await later(notStored(item.failure, item.skipped ? 'skipped' : 'failed'));
      continue;
    }
    const { raw } = item;
    const detected = opts.kind !== undefined ? { kind: opts.kind } : detectKind(raw.input, raw.bytes);
    if ('error' in detected) {
      await later(notStored({ input: raw.input, message: detected.error }, 'failed'));
      continue;
    }
    let parsed: ParsedSource;
    try {
      parsed = parseSource(detected.kind, raw.bytes, {
        input: raw.input,
        timeZone: opts.timeZone,
        url: opts.sourceUrl,
      });
    } catch (error) {
      const message = `could not read as ${detected.kind}: ${error instanceof Error ? error.message : String(error)}`;
      await later(notStored({ input: raw.input, message }, 'failed'));
      continue;
    }
    for (const failure of parsed.failures) await later(notStored(failure, 'failed'));
    for (const skipped of parsed.skipped) await later(notStored(skipped, 'skipped'));
    const rawHash = sha256Bytes(raw.bytes);
    for (const doc of parsed.documents) {
      queue.push({ doc, bytes: documentIngestOptions(doc, { ...opts, mtime: raw.mtime }, rawHash) });
      waiting++;
      if (waiting >= BATCH) await flush();
    }
  }
  await flush();
  const nightsResolved = await resolveDirty(store);
  return { counts, outcomes, nightsResolved };
}

export function notStored(failure: InputFailure, status: 'failed' | 'skipped'): IngestOutcome {
  return { input: failure.input, status, report_id: null, message: failure.message, warnings: [], facts: 0 };
}

/** What the source said about a document, with the command line's options as the fallback: the document's own
 *  publication time and outlet win over --published and --source; --lang forces the language. */
export function documentOptions(
  doc: SourceDocument,
  opts: {
    published?: string;
    source?: string;
    sourceName?: string;
    lang?: Lang;
    mtime?: Date | null;
    speaker?: SpeakerInput | null;
  },
  now: Date,
): PrepareOptions {
  return {
    input: doc.input,
    url: doc.url,
    title: doc.title,
    source: opts.sourceName ?? doc.publisher ?? opts.source,
    // A forward speaks with its original channel's voice, not the forwarding channel owner's.
    speaker: doc.forwarded_from ? null : (opts.speaker ?? null),
    published: doc.published ?? opts.published,
    lang: opts.lang ?? doc.lang,
    forwardedFrom: doc.forwarded_from,
    mtime: opts.mtime ?? null,
    now,
  };
}

/** One document stored; an unexpected error becomes that document's failure and the batch goes on. */
/** Texts stored per transaction by ingestPaths: one commit per report cost ~1.5 ms of a ~2 ms ingest. */
const BATCH = 100;

/** A document's options for ingestBytes: what its source said, the command line's fallbacks, its provenance. */
function documentIngestOptions(
  doc: SourceDocument,
  opts: Omit<IngestOptions, 'onProgress'> & { mtime: Date | null; fetchedAt?: string },
  rawHash: string,
): IngestBytesOptions {
  const now = opts.now();
  return {
    ...documentOptions(doc, opts, now),
    provenance: {
      source_id: opts.sourceId ?? null,
      fetched_at: opts.fetchedAt ?? now.toISOString(),
      raw_hash: rawHash,
      item_key: doc.key ?? null,
      byline: doc.byline ?? null,
      edited_at: doc.edited_at ?? null,
    },
  };
}

export async function ingestDocumentSafely(
  store: Store,
  doc: SourceDocument,
  opts: Omit<IngestOptions, 'onProgress'> & { mtime: Date | null; fetchedAt?: string },
  rawHash: string,
): Promise<IngestOutcome> {
  try {
    const outcome = await ingestBytes(store, doc.bytes, documentIngestOptions(doc, opts, rawHash));
    if (doc.warnings && doc.warnings.length > 0) outcome.warnings.unshift(...doc.warnings);
    return outcome;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return notStored({ input: doc.input, message: `internal error: ${message}` }, 'failed');
  }
}
