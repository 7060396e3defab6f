import { sha256Bytes } from '../core/ids.ts';
import type { IngestOutcome, Lang } from '../core/types.ts';
import type { ParsedSource, SourceDocument, SourceKind } from '../ingest/source.ts';
import { readInputs } from '../ingest/sources/file/client.ts';
import type { FetchOptions } from '../ingest/sources/http/client.ts';
import type { AddressClass } from '../ingest/sources/http/guard.ts';
import type { Store } from '../store/index.ts';
import { type BulkItem, ingestStream } from './bulk.ts';
import { internalFailure, notStored } from './failure.ts';
import type { PrepareOptions } from './prepare.ts';
import { resolveDirty } from './resolve.ts';
import { settle, storeStaged } from './settle.ts';
import { type SpeakerInput, speakerOf } from './speaker.ts';
import type { IngestBytesOptions, Staged } from './stage.ts';
import { poolSize } from './stage-pool.ts';

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
  /** The registry row's name: it wins over the name the file gives (a feed's title, a chat's name), not over a JSON
   *  Lines line's own `source`/`channel`. */
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
  /** `true`: the learned step with its shipped model (`--learned`), passed to the extraction workers as this flag;
   *  off (the rules alone) by default. */
  learned?: boolean;
  /** Extraction threads for many files (`--workers`); default SITREP_WORKERS, else one per processor; 0: none. */
  workers?: number;
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

export { internalFailure, notStored } from './failure.ts';
export type { IngestBytesOptions } from './stage.ts';

/** Stores one text: the report and its facts in one transaction, so a crash leaves either all of it or none. */
export async function ingestBytes(store: Store, bytes: Uint8Array, opts: IngestBytesOptions): Promise<IngestOutcome> {
  // Loaded on first use: the extraction stage (gazetteer, language detector) is most of the start-up time, and
  // `sitrep --help`, `incidents` or `serve` without a POST never need it.
  const { stageReport } = await import('./stage.ts');
  return storeStagedReport(store, stageReport(bytes, opts), opts);
}

/** `ingestBytes` for a report staged elsewhere (`serve` stages on a worker: report-stager.ts). */
export async function storeStagedReport(
  store: Store,
  staged: Staged,
  opts: IngestBytesOptions,
): Promise<IngestOutcome> {
  if (!staged.ok) return staged.outcome;
  return settle(store, staged, opts, await store.insertReport(staged.row));
}

/**
 * Many texts stored with one commit, staged in this thread (bulk.ts stages on workers): the batch is inserted in one
 * transaction in order (so a second copy in the batch is a duplicate, as it would be one by one), then each is
 * settled. Outcomes come back in input order; an input that throws gets its own failed outcome.
 */
export async function ingestBatch(
  store: Store,
  items: readonly { bytes: Uint8Array; opts: IngestBytesOptions }[],
): Promise<IngestOutcome[]> {
  const { stageReport } = await import('./stage.ts');
  const staged = items.map((item): Staged => {
    try {
      return stageReport(item.bytes, item.opts);
    } catch (error) {
      return { ok: false, outcome: internalFailure(item.opts.input, error) };
    }
  });
  return storeStaged(store, items, staged);
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
  if (urls.length > 0) {
    const { ingestUrl } = await import('./ingest-url.ts');
    for (const url of urls) for (const outcome of await ingestUrl(store, url, opts)) await record(outcome);
  }
  await writeLog();
  const files = paths.filter((p) => !urls.includes(p));
  let nightsResolved = 0;
  // Documents and the outcomes around them go in order to bulk.ts, which stores BATCH documents per transaction.
  await ingestStream(store, fileItems(files, opts), {
    workers: poolSize(opts.workers),
    onOutcome: record,
    onBatch: writeLog,
    afterStored: async (pool) => {
      await writeLog();
      nightsResolved = await resolveDirty(store, { pool, now: opts.now });
    },
  });
  return { counts, outcomes, nightsResolved };
}

/** Every document of the files, directories and stdin, and an outcome for each input that gives none. */
async function* fileItems(files: string[], opts: IngestOptions): AsyncGenerator<BulkItem> {
  // The parsers (linkedom, Readability, feedsmith) load with the first file, not with the CLI.
  const { detectKind, parseSource } = await import('../ingest/sources/index.ts');
  for await (const item of readInputs(files, { maxBytes: opts.maxBytes, stdin: opts.stdin })) {
    if (!item.ok) {
      yield { outcome: notStored(item.failure, item.skipped ? 'skipped' : 'failed') };
      continue;
    }
    const { raw } = item;
    const detected = opts.kind !== undefined ? { kind: opts.kind } : detectKind(raw.input, raw.bytes);
    if ('error' in detected) {
      yield { outcome: notStored({ input: raw.input, message: detected.error }, 'failed') };
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
      yield { outcome: notStored({ input: raw.input, message }, 'failed') };
      continue;
    }
    for (const failure of parsed.failures) yield { outcome: notStored(failure, 'failed') };
    for (const skipped of parsed.skipped) yield { outcome: notStored(skipped, 'skipped') };
    const rawHash = sha256Bytes(raw.bytes);
    for (const doc of parsed.documents) {
      yield {
        bytes: doc.bytes,
        opts: documentIngestOptions(doc, { ...opts, mtime: raw.mtime }, rawHash),
        warnings: doc.warnings,
      };
    }
  }
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
    // A registry row's name stands for its container (a feed's title, a chat's name); a JSON Lines line's own
    // source or channel names the post's channel, and wins over it (ux39b #7).
    source: (doc.ownPublisher ? doc.publisher : undefined) ?? opts.sourceName ?? doc.publisher ?? opts.source,
    // A forward speaks with its original channel's voice, not the forwarding channel owner's. A line's own speaker
    // (JSON Lines) wins over its source row's.
    speaker: doc.forwarded_from
      ? null
      : doc.speaker
        ? speakerOf({ kind: 'jsonl', name: doc.publisher ?? null, speaker: doc.speaker })
        : (opts.speaker ?? null),
    published: doc.published ?? opts.published,
    lang: opts.lang ?? doc.lang,
    forwardedFrom: doc.forwarded_from,
    ...(doc.telegram ? { telegram: true } : {}),
    ...(doc.removed ? { removed: doc.removed } : {}),
    mtime: opts.mtime ?? null,
    now,
  };
}

/** A document's options for ingestBytes: what its source said, the command line's fallbacks, its provenance. */
function documentIngestOptions(
  doc: SourceDocument,
  opts: Omit<IngestOptions, 'onProgress'> & { mtime: Date | null; fetchedAt?: string },
  rawHash: string,
): IngestBytesOptions {
  const now = opts.now();
  return {
    ...documentOptions(doc, opts, now),
    ...(opts.learned ? { learned: true } : {}),
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

/** One document stored; an unexpected error becomes that document's failure and the batch goes on. */
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
