import type { IngestOutcome, Lang, Report } from '../core/types.ts';
import { readInputs } from '../ingest/sources/file/client.ts';
import { estimateJaccard, lshBands, minhashSignature } from '../resolve/minhash.ts';
import { nightKey } from '../resolve/night.ts';
import type { Store } from '../store/index.ts';
import type { PrepareOptions } from './prepare.ts';
import { resolveDirty } from './resolve.ts';

export interface IngestOptions {
  published?: string;
  source?: string;
  lang?: Lang;
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
export async function ingestBytes(store: Store, bytes: Uint8Array, opts: PrepareOptions): Promise<IngestOutcome> {
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
  const result = await store.insertReport({
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
    const replaces = existing !== undefined && isEarlierCopy(report, existing);
    if (replaces) {
      await store.replaceReport({ report, facts: factRows, input: opts.input, ingestedAt: opts.now.toISOString() });
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

function isEarlierCopy(copy: Report, stored: Report): boolean {
  const a = Date.parse(copy.published_at);
  const b = Date.parse(stored.published_at);
  if (a !== b) return a < b;
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
  // Web pages, RSS and Telegram are later sources; until then a URL gets a clear reason instead of "no such file".
  const urls = paths.filter((p) => /^https?:\/\//i.test(p));
  for (const input of urls) {
    const message = 'fetching URLs is not supported yet: save the page as a file and ingest that';
    const outcome: IngestOutcome = { input, status: 'failed', report_id: null, message, warnings: [], facts: 0 };
    counts.failed += 1;
    outcomes.push(outcome);
    await store.logOutcome(outcome, opts.now().toISOString());
    opts.onProgress?.(outcome, counts);
  }
  const files = paths.filter((p) => !urls.includes(p));
  for await (const item of readInputs(files, { maxBytes: opts.maxBytes, stdin: opts.stdin })) {
    let outcome: IngestOutcome;
    if (!item.ok) {
      outcome = {
        input: item.failure.input,
        status: item.skipped ? 'skipped' : 'failed',
        report_id: null,
        message: item.failure.message,
        warnings: [],
        facts: 0,
      };
    } else {
      try {
        outcome = await ingestBytes(store, item.raw.bytes, {
          input: item.raw.input,
          mtime: item.raw.mtime,
          published: opts.published,
          source: opts.source,
          lang: opts.lang,
          now: opts.now(),
        });
      } catch (error) {
        // One input's unexpected failure is recorded with its reason; the batch goes on.
        const message = error instanceof Error ? error.message : String(error);
        outcome = {
          input: item.raw.input,
          status: 'failed',
          report_id: null,
          message: `internal error: ${message}`,
          warnings: [],
          facts: 0,
        };
      }
    }
    counts[outcome.status] += 1;
    counts.facts += outcome.facts;
    outcomes.push(outcome);
    await store.logOutcome(outcome, opts.now().toISOString());
    opts.onProgress?.(outcome, counts);
  }
  const nightsResolved = await resolveDirty(store);
  return { counts, outcomes, nightsResolved };
}
