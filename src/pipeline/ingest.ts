import { sha256Bytes } from '../core/ids.ts';
import type { IngestOutcome, Lang, Report } from '../core/types.ts';
import type { InputFailure, ParsedSource, SourceDocument, SourceKind } from '../ingest/source.ts';
import { readInputs } from '../ingest/sources/file/client.ts';
import type { FetchOptions } from '../ingest/sources/http/client.ts';
import type { AddressClass } from '../ingest/sources/http/guard.ts';
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
  // Loaded on first use: the extraction stage (gazetteer, language detector) is most of the start-up time, and
  // `sitrep --help`, `incidents` or `serve` without a POST never need it.
  const { prepareReport } = await import('./prepare.ts');
  const prepared = prepareReport(bytes, opts);
  if (!prepared.ok) {
    return { input: opts.input, status: 'failed', report_id: null, message: prepared.message, warnings: [], facts: 0 };
  }
  const { report, facts, warnings } = prepared;
  const signature = minhashSignature(report.text, report.lang);
  const bands = lshBands(signature);
  const factRows = facts.map((fact) => ({ fact, night_key: nightKey(fact.when, report.published_at) }));
  const provenance: ProvenanceInput = {
    fetched_at: opts.now.toISOString(),
    raw_hash: sha256Bytes(bytes),
    ...opts.provenance,
  };
  const result = await store.insertReport({
    provenance,
    report,
    facts: factRows,
    signature,
    bands,
    input: opts.input,
    ingestedAt: opts.now.toISOString(),
  });
  if (result === 'duplicate') {
    const existing = await store.findReportByHash(report.hash);
    const where = existing?.input ? ` (first ingested from ${existing.input})` : '';
    // The store keeps one copy of a text: the earliest published (ties: the smaller URL), whatever the order
    // copies arrive in, so that the incidents do not depend on arrival order.
    const replaces = existing !== undefined && isEarlierCopy(report, provenance.source_id ?? null, existing);
    if (replaces) {
      await store.replaceReport({
        report,
        facts: factRows,
        input: opts.input,
        ingestedAt: opts.now.toISOString(),
        provenance,
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
  const near = await nearDuplicates(store, report.id, signature, bands);
  if (near.length > 0) warnings.push(`near-duplicate of ${near.join(', ')} (same origin)`);
  return { input: opts.input, status: 'ingested', report_id: report.id, message: null, warnings, facts: facts.length };
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
  const record = async (outcome: IngestOutcome): Promise<void> => {
    counts[outcome.status] += 1;
    counts.facts += outcome.facts;
    outcomes.push(outcome);
    await store.logOutcome(outcome, opts.now().toISOString());
    opts.onProgress?.(outcome, counts);
  };
  for (const url of urls) {
    for (const outcome of await ingestUrl(store, url, opts)) await record(outcome);
  }
  const files = paths.filter((p) => !urls.includes(p));
  // The parsers (linkedom, Readability, feedsmith) load with the first file, not with the CLI.
  const { detectKind, parseSource } = await import('../ingest/sources/index.ts');
  for await (const item of readInputs(files, { maxBytes: opts.maxBytes, stdin: opts.stdin })) {
    if (!item.ok) {
      await record(notStored(item.failure, item.skipped ? 'skipped' : 'failed'));
      continue;
    }
    const { raw } = item;
    const detected = opts.kind !== undefined ? { kind: opts.kind } : detectKind(raw.input, raw.bytes);
    if ('error' in detected) {
      await record(notStored({ input: raw.input, message: detected.error }, 'failed'));
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
      await record(notStored({ input: raw.input, message }, 'failed'));
      continue;
    }
    for (const failure of parsed.failures) await record(notStored(failure, 'failed'));
    for (const skipped of parsed.skipped) await record(notStored(skipped, 'skipped'));
    const rawHash = sha256Bytes(raw.bytes);
    for (const doc of parsed.documents) {
      await record(await ingestDocumentSafely(store, doc, { ...opts, mtime: raw.mtime }, rawHash));
    }
  }
  const nightsResolved = await resolveDirty(store);
  return { counts, outcomes, nightsResolved };
}

/** One URL given to `sitrep ingest`: fetched through the guard, read as --kind or as what it is (a t.me channel is
 *  its preview page), each document stored. */
async function ingestUrl(store: Store, url: string, opts: IngestOptions): Promise<IngestOutcome[]> {
  const { guardedFetch } = await import('../ingest/sources/http/client.ts');
  const { detectKindOfResponse, parseSource } = await import('../ingest/sources/index.ts');
  const { channelOfUrl, parseChannelPage, previewUrl } = await import('../ingest/sources/telegram/channel-page.ts');
  const channel = (opts.kind === undefined || opts.kind === 'telegram') && channelOfUrl(url) !== null;
  const got = await guardedFetch(channel ? previewUrl(url) : url, { ...opts.fetch, allow: opts.allow ?? new Set() });
  if (!got.ok) return [notStored({ input: url, message: got.error.message }, 'failed')];
  if (got.status === 304) return [notStored({ input: url, message: 'not modified' }, 'skipped')];
  const ctx = { input: url, contentType: got.contentType, url: got.url, timeZone: opts.timeZone };
  let parsed: ParsedSource;
  if (channel) {
    parsed = parseChannelPage(got.bytes, ctx).parsed;
  } else {
    const detected =
      opts.kind !== undefined ? { kind: opts.kind } : detectKindOfResponse(got.contentType, got.url, got.bytes);
    if ('error' in detected) return [notStored({ input: url, message: detected.error }, 'failed')];
    parsed = parseSource(detected.kind, got.bytes, ctx);
  }
  const out: IngestOutcome[] = [
    ...parsed.failures.map((f) => notStored(f, 'failed')),
    ...parsed.skipped.map((f) => notStored(f, 'skipped')),
  ];
  const rawHash = sha256Bytes(got.bytes);
  for (const doc of parsed.documents) {
    // A page's own URL, not the path-like input, is its url.
    out.push(await ingestDocumentSafely(store, { ...doc, url: doc.url ?? got.url }, { ...opts, mtime: null }, rawHash));
  }
  return out;
}

function notStored(failure: InputFailure, status: 'failed' | 'skipped'): IngestOutcome {
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
export async function ingestDocumentSafely(
  store: Store,
  doc: SourceDocument,
  opts: Omit<IngestOptions, 'onProgress'> & { mtime: Date | null; fetchedAt?: string },
  rawHash: string,
): Promise<IngestOutcome> {
  try {
    const now = opts.now();
    const outcome = await ingestBytes(store, doc.bytes, {
      ...documentOptions(doc, opts, now),
      provenance: {
        source_id: opts.sourceId ?? null,
        fetched_at: opts.fetchedAt ?? now.toISOString(),
        raw_hash: rawHash,
        item_key: doc.key ?? null,
        byline: doc.byline ?? null,
        edited_at: doc.edited_at ?? null,
      },
    });
    if (doc.warnings && doc.warnings.length > 0) outcome.warnings.unshift(...doc.warnings);
    return outcome;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return notStored({ input: doc.input, message: `internal error: ${message}` }, 'failed');
  }
}
