// `sitrep watch`: polls each registry source on its interval and stores what is new. A source's round: one guarded
// fetch (conditional on the last ETag / Last-Modified), its items parsed by the row's kind, each stored through
// ingestSourceDocument (new, already seen, or edited), then its state saved. Failures back off exponentially with
// jitter, a file source's as a feed's; a store that cannot be written (read-only, disk full) stops watch with one line. A
// per-host limit keeps two sources of one site from hitting it at once. A round is safe to kill at any
// point: an item is remembered only after its report is stored, and the ETag only after every item is.

import { sha256Bytes } from '../core/ids.ts';
import type { IngestOutcome } from '../core/types.ts';
import type { SourceRow } from '../ingest/registry.ts';
import type { ParsedSource, SourceDocument } from '../ingest/source.ts';
import { type FetchOptions, type FetchResult, guardedFetch, isRefusal } from '../ingest/sources/http/client.ts';
import type { AddressClass } from '../ingest/sources/http/guard.ts';
import { parseSource } from '../ingest/sources/index.ts';
import { channelOfUrl, olderPageUrl, parseChannelPage, previewUrl } from '../ingest/sources/telegram/channel-page.ts';
import { storeFailureCause } from '../store/failure.ts';
import type { SourceState, Store } from '../store/index.ts';
import { internalFailure } from './ingest.ts';
import { emptyState } from './registry.ts';
import { ROLELESS_PREFIX } from './report-warnings.ts';
import { resolveDirty } from './resolve.ts';
import {
  GONE,
  ingestSourceDocument,
  ingestSourceFiles,
  isAlreadySeen,
  itemFailure,
  type RoundProgress,
  saveRoundState,
} from './sources.ts';

export interface WatchOptions {
  now: () => Date;
  /** [0, 1): the jitter of backoff delays; tests pass a fixed one. */
  random: () => number;
  allow: ReadonlySet<AddressClass>;
  /** One round of every source, then return. */
  once?: boolean;
  /** Stops the loop between rounds (SIGINT/SIGTERM). */
  signal?: AbortSignal;
  /** Fetch settings: deadline, size limit, DNS (tests). */
  fetch?: Pick<FetchOptions, 'timeoutMs' | 'maxBytes' | 'resolve'>;
  /** Requests at once to one host. */
  perHost?: number;
  /** Sources polled at once. */
  concurrency?: number;
  /** Older pages of a channel read per round to close a gap (?before=). */
  maxPages?: number;
  /** What each round did, one line per source polled ("kursk: 2 new, 0 updated, 14 seen, 0 failed"): the CLI's
   *  stdout, as `ingest`'s summary is. */
  log?: (line: string) => void;
  /** Errors and progress (a source's error, the start line, a long round's progress, sources.yaml reloaded): the
   *  CLI's stderr, as `ingest`'s failures and progress are, so a script reading stdout never takes an error for a
   *  result (ux40 #11). Without it, these go to `log`. */
  warn?: (line: string) => void;
  /** Each source's round as it ends: the CLI sums what this run stored from these, since the store's own count also
   *  grows with what other processes (an `ingest`, a POST to `serve`) store meanwhile (ux35 #9). */
  onRound?: (result: RoundResult) => void;
  /** Reads sources.yaml again before each round after the first, so a row added or removed while watch runs takes
   *  effect without a restart (ux35 #17). A file that no longer loads keeps the rows of before, with one log line. */
  reload?: () => Promise<readonly SourceRow[]>;
  /** The learned step with its shipped model (`--learned`); off by default: the rules alone. */
  learned?: boolean;
  /** Extraction threads for a file source's new items (`ingest`'s default when absent). */
  workers?: number;
  /** A file source's round as it goes, after every item: what a SIGTERM's line says is under way. */
  onProgress?: (sourceId: string, progress: RoundProgress) => void;
}

export interface RoundResult {
  source_id: string;
  new: number;
  updated: number;
  seen: number;
  failed: number;
  skipped: number;
  /** Posts of a complete export missing from it now (deleted at the source); their reports stay. */
  gone: number;
  not_modified: boolean;
  error: string | null;
  /** The channel hints this round's reports gave (report-warnings.ts: a channel named like a person with no
   *  `speaker` in its row), each once; watch says each once per source per run, not every poll. */
  hints: string[];
}

const MAX_BACKOFF_MS = 6 * 3600 * 1000;
/** A round that runs longer says how far it has come this often: a folder of 12,000 texts printed nothing for a
 *  minute, a hang to whoever watched the log (ux38 #7). */
export const PROGRESS_EVERY_MS = 10_000;

/** The log line of a long round under way: "bigdesk: 2400 of 12000 item(s) read so far (2390 new, 10 failed)". */
export function progressLine(sourceId: string, p: RoundProgress): string {
  const of = p.total !== null && p.done <= p.total ? ` of ${p.total}` : '';
  const c = p.counts;
  const parts = [`${c.ingested} new`, `${c.duplicate} seen`, `${c.failed} failed`];
  return `${sourceId}: ${p.done}${of} item(s) read so far (${parts.join(', ')})`;
}

/** The summary line of a second signal, which stops watch at once: the new reports of the rounds that ended, and
 *  those the rounds under way had stored (each batch is committed whole), with what a run again does. */
export function stoppedAtOnceLine(
  signal: string,
  storedByRounds: number,
  under: ReadonlyMap<string, RoundProgress | null>,
): string {
  const cut = [...under.values()].reduce((n, p) => n + (p?.counts.ingested ?? 0), 0);
  const rounds = under.size === 0 ? '' : `, ${under.size} round(s) cut short (their nights are resolved next run)`;
  return (
    `stopped at once by a second ${signal}: ${storedByRounds + cut} new or edited report(s) stored in this ` +
    `run${rounds}; start watch again to go on`
  );
}

/** What watch says the moment it is told to stop during a round, so that the wait is not taken for a hang: the
 *  rounds under way and how far each has come. A file source reads no further file; what it has read is stored and
 *  its nights resolved; a feed's round ends with its items. Null when no round is under way (watch stops at once). */
export function stoppingLine(signal: string, under: ReadonlyMap<string, RoundProgress | null>): string | null {
  if (under.size === 0) return null;
  const rounds = [...under].map(([id, p]) => (p === null ? id : progressLine(id, p).replace(' so far', '')));
  return (
    `${signal}: finishing the round under way (${rounds.join('; ')}): no further file is read, what was read is ` +
    'stored and its nights resolved, then watch stops (a second signal, or kill -9, stops it at once: nothing ' +
    'stored is lost, a run again reads the rest)'
  );
}

/** The wait after `failures` failures in a row: the poll interval doubled each time (at most 6 h, at least what
 *  Retry-After asked), times a random factor in [0.5, 1) so that many failing sources do not retry in step. */
export function backoffMs(pollSeconds: number, failures: number, random: number, retryAfterMs = 0): number {
  const base = Math.min(MAX_BACKOFF_MS, pollSeconds * 1000 * 2 ** Math.min(failures, 20));
  return Math.max(retryAfterMs, Math.round(base * (0.5 + random / 2)));
}

/** At most `limit` tasks per key at once; the rest wait their turn in order. */
export function perKeyLimiter(limit: number): <T>(key: string, task: () => Promise<T>) => Promise<T> {
  const active = new Map<string, number>();
  const waiting = new Map<string, (() => void)[]>();
  return async (key, task) => {
    if ((active.get(key) ?? 0) >= limit) {
      await new Promise<void>((resolve) => {
        const q = waiting.get(key) ?? [];
        q.push(resolve);
        waiting.set(key, q);
      });
    }
    active.set(key, (active.get(key) ?? 0) + 1);
    try {
      return await task();
    } finally {
      active.set(key, (active.get(key) ?? 1) - 1);
      waiting.get(key)?.shift()?.();
    }
  };
}

function hostOf(row: SourceRow): string {
  if (row.url === null || row.path !== null) return `file:${row.id}`;
  try {
    return new URL(row.url).host;
  } catch {
    return row.url;
  }
}

export async function watchSources(
  store: Store,
  initial: readonly SourceRow[],
  opts: WatchOptions,
): Promise<RoundResult[]> {
  let sources = initial;
  const limitHost = perKeyLimiter(opts.perHost ?? 2);
  const all: RoundResult[] = [];
  const concurrency = Math.max(1, opts.concurrency ?? 4);
  await refusalsDue(store, sources, opts.now().getTime());
  const warn = opts.warn ?? opts.log;
  // The hints said in this run, by source: a channel's every new post gives the hint again (ingest says it once per
  // channel of its inputs), and a watch that repeated it every poll would bury its own round lines.
  const hinted = new Map<string, Set<string>>();
  if (!opts.once) warn?.(startLine(sources, await store.getSourceStates(), opts.now().getTime()));
  for (let round = 0; ; round++) {
    if (round > 0 && opts.reload) sources = await reloaded(sources, opts.reload, warn);
    const nowMs = opts.now().getTime();
    const states = await store.getSourceStates();
    const due = opts.once ? [...sources] : sources.filter((s) => (states.get(s.id)?.next_poll_ms ?? 0) <= nowMs);
    // A small pool of workers over the due sources; each request also waits for its host's turn.
    const queue = [...due];
    const results: RoundResult[] = [];
    await Promise.all(
      Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
        for (let row = queue.shift(); row !== undefined; row = queue.shift()) {
          const r = await pollSource(store, row, opts, limitHost);
          results.push(r);
          opts.onRound?.(r);
          const line = roundLine(r);
          if (line !== null) opts.log?.(line);
          if (r.error !== null) warn?.(`${r.source_id}: error: ${r.error}`);
          for (const hint of r.hints) {
            const said = hinted.get(r.source_id) ?? new Set<string>();
            if (said.has(hint)) continue;
            hinted.set(r.source_id, said.add(hint));
            warn?.(`${r.source_id}: hint: ${hint}`);
          }
        }
      }),
    );
    if (results.length > 0) await resolveDirty(store, { now: opts.now });
    all.push(...results);
    // A watch that runs for weeks keeps only its latest results in memory.
    if (all.length > 1000) all.splice(0, all.length - 1000);
    if (opts.once || opts.signal?.aborted) return all;
    // Only this registry's sources: a row removed from sources.yaml keeps its state but is never due again.
    const latest = await store.getSourceStates();
    const next = Math.min(...sources.map((s) => latest.get(s.id)?.next_poll_ms ?? 0), nowMs + 60_000);
    await sleep(Math.max(200, next - opts.now().getTime()), opts.signal);
    if (opts.signal?.aborted) return all;
  }
}

/** The registry read again; what changed is logged ("sources.yaml: added live-b; removed old-a"), an unreadable
 *  file keeps the rows of before. */
async function reloaded(
  before: readonly SourceRow[],
  reload: () => Promise<readonly SourceRow[]>,
  log?: (line: string) => void,
): Promise<readonly SourceRow[]> {
  let after: readonly SourceRow[];
  try {
    after = await reload();
  } catch (error) {
    log?.(`sources file not reloaded, the sources of before go on: ${(error as Error).message.split('\n')[0]}`);
    return before;
  }
  if (after.length === 0) {
    log?.('sources file not reloaded: it lists no sources now; the sources of before go on');
    return before;
  }
  const ids = (rows: readonly SourceRow[]) => new Set(rows.map((r) => r.id));
  const added = [...ids(after)].filter((id) => !ids(before).has(id));
  const removed = [...ids(before)].filter((id) => !ids(after).has(id));
  if (added.length + removed.length > 0) {
    const parts = [
      added.length > 0 ? `added ${added.join(', ')}` : '',
      removed.length > 0 ? `removed ${removed.join(', ')}` : '',
    ];
    log?.(`sources file reloaded: ${parts.filter(Boolean).join('; ')}`);
  }
  return after;
}

/** A source whose last round was refused by a setting (a loopback address without --allow-private, a file: url)
 *  is due at once when watch starts: the setting may have changed since, and the refusal's backoff belongs to the
 *  old one. Still refused, it costs no request and backs off again. */
async function refusalsDue(store: Store, sources: readonly SourceRow[], nowMs: number): Promise<void> {
  const states = await store.getSourceStates();
  for (const row of sources) {
    const state = states.get(row.id);
    if (!state || state.consecutive_failures === 0 || !isRefusal(state.last_error)) continue;
    if ((state.next_poll_ms ?? 0) > nowMs) await store.saveSourceState({ ...state, next_poll_ms: nowMs });
  }
}

/** What a continuous watch does first, so a quiet start is not mistaken for a hang: how many sources, and which
 *  are due now or when the first one is ("watching 9 sources; none due, next poll 2025-06-02T05:10:00.000Z
 *  (odesa-ova) in 8m 20s"). */
export function startLine(
  sources: readonly SourceRow[],
  states: ReadonlyMap<string, SourceState>,
  nowMs: number,
): string {
  const head = `watching ${sources.length} source(s)`;
  const dueAt = (s: SourceRow) => states.get(s.id)?.next_poll_ms ?? 0;
  const due = sources.filter((s) => dueAt(s) <= nowMs);
  if (due.length > 0) {
    const names = due.slice(0, 5).map((s) => s.id);
    const more = due.length > names.length ? ` and ${due.length - names.length} more` : '';
    return `${head}; due now: ${names.join(', ')}${more}`;
  }
  const first = [...sources].sort((a, b) => dueAt(a) - dueAt(b) || a.id.localeCompare(b.id))[0];
  if (first === undefined) return head;
  const wait = Math.round((dueAt(first) - nowMs) / 1000);
  const span =
    wait >= 3600
      ? `${Math.floor(wait / 3600)}h ${Math.floor((wait % 3600) / 60)}m`
      : wait >= 60
        ? `${Math.floor(wait / 60)}m ${wait % 60}s`
        : `${wait}s`;
  return `${head}; none due, next poll ${new Date(dueAt(first)).toISOString()} (${first.id}) in ${span}`;
}

/** What a round stored, or null for a round that failed with nothing stored (its error is the only line, on the
 *  error stream). A round that stored some items before it failed has both lines. */
function roundLine(r: RoundResult): string | null {
  if (r.error !== null && r.new + r.updated === 0) return null;
  if (r.not_modified) return `${r.source_id}: not modified`;
  const parts = [`${r.new} new`, `${r.updated} updated`, `${r.seen} seen`, `${r.failed} failed`];
  if (r.gone > 0) parts.push(`${r.gone} gone from the source (their reports stay; sitrep status)`);
  return `${r.source_id}: ${parts.join(', ')}`;
}

/** Waits `ms`, or until `signal` aborts. The abort listener goes when the wait ends either way: one added per round
 *  and never removed was a leak in a watch that runs for weeks (Node's MaxListenersExceededWarning after 11 rounds). */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function tally(r: RoundResult, o: IngestOutcome): void {
  for (const w of o.warnings) if (w.startsWith(ROLELESS_PREFIX) && !r.hints.includes(w)) r.hints.push(w);
  if (o.status === 'failed') r.failed++;
  else if (o.status === 'skipped' && o.message?.startsWith(GONE)) r.gone++;
  else if (o.status === 'skipped') r.skipped++;
  else if (isAlreadySeen(o)) r.seen++;
  else if (o.status === 'ingested' && o.message?.startsWith('edited')) r.updated++;
  else if (o.status === 'ingested') r.new++;
  else r.seen++;
}

/** One round of one source; never throws: whatever goes wrong becomes the source's error. */
export async function pollSource(
  store: Store,
  row: SourceRow,
  opts: WatchOptions,
  limitHost: ReturnType<typeof perKeyLimiter>,
): Promise<RoundResult> {
  const result: RoundResult = {
    source_id: row.id,
    new: 0,
    updated: 0,
    seen: 0,
    failed: 0,
    skipped: 0,
    gone: 0,
    not_modified: false,
    error: null,
    hints: [],
  };
  const now = opts.now();
  const at = now.toISOString();
  const outcomes: IngestOutcome[] = [];
  const log = async (o: IngestOutcome) => {
    tally(result, o);
    outcomes.push(o);
    if (!isAlreadySeen(o)) await store.logOutcome(o, opts.now().toISOString());
  };
  const state = (await store.getSourceStates()).get(row.id) ?? emptyState(row.id, at);
  const fail = async (message: string, retryAfterMs?: number): Promise<RoundResult> => {
    result.error = message;
    await store.logOutcome(
      { input: row.url ?? row.path ?? row.id, status: 'failed', report_id: null, message, warnings: [], facts: 0 },
      at,
    );
    const failures = state.consecutive_failures + 1;
    await saveRoundState(store, row.id, message, now, {
      next_poll_ms: now.getTime() + backoffMs(row.poll_seconds, failures, opts.random(), retryAfterMs),
    });
    return result;
  };
  try {
    if (row.path !== null) {
      let said = now.getTime();
      const summary = await ingestSourceFiles(store, row, {
        now: opts.now,
        learned: opts.learned,
        workers: opts.workers,
        signal: opts.signal,
        onProgress: (p) => {
          opts.onProgress?.(row.id, p);
          const at = opts.now().getTime();
          if (at - said < PROGRESS_EVERY_MS) return;
          said = at;
          (opts.warn ?? opts.log)?.(progressLine(row.id, p));
        },
      });
      for (const o of summary.outcomes) tally(result, o);
      const saved = (await store.getSourceStates()).get(row.id);
      // The source's own failure this round; failed items alone are counted in result.failed, not here.
      const failedNow = (saved?.consecutive_failures ?? 0) > 0 && saved?.last_error_at === saved?.updated_at;
      result.error = failedNow ? (saved?.last_error ?? null) : null;
      // A file that fails (missing, unreadable, nothing in it readable) backs off as a failing feed does: a missing
      // file polled every 5 s filled the log with one failure (ux33 #12). A round that stored something does not.
      const failures = saved?.consecutive_failures ?? 0;
      const failing = result.error !== null && result.new + result.updated === 0 && failures > 0;
      await store.saveSourceState({
        ...(saved ?? emptyState(row.id, at)),
        next_poll_ms:
          now.getTime() + (failing ? backoffMs(row.poll_seconds, failures, opts.random()) : row.poll_seconds * 1000),
      });
      return result;
    }
    const url = row.url!;
    const fetchOpts: FetchOptions = { ...opts.fetch, allow: opts.allow };
    const telegram = row.kind === 'telegram' && channelOfUrl(url) !== null;
    const first = await limitHost(hostOf(row), () =>
      guardedFetch(telegram ? previewUrl(url) : url, {
        ...fetchOpts,
        etag: state.etag,
        lastModified: state.last_modified,
      }),
    );
    if (!first.ok) return await fail(first.error.message, first.error.retryAfterMs);
    if (first.status === 304) {
      result.not_modified = true;
      await saveRoundState(store, row.id, null, now, { next_poll_ms: now.getTime() + row.poll_seconds * 1000 });
      return result;
    }
    const rawHash = sha256Bytes(first.bytes);
    let parsed: ParsedSource;
    let cursor = state.cursor;
    if (telegram) {
      const pages = await readChannel(first, row, state, opts, fetchOpts, limitHost);
      parsed = pages.parsed;
      cursor = pages.cursor;
    } else {
      parsed = parseSource(row.kind, first.bytes, {
        input: url,
        contentType: first.contentType,
        url: first.url,
        timeZone: row.time_zone,
      });
    }
    for (const f of parsed.failures)
      await log({ input: f.input, status: 'failed', report_id: null, message: f.message, warnings: [], facts: 0 });
    for (const s of parsed.skipped)
      await log({ input: s.input, status: 'skipped', report_id: null, message: s.message, warnings: [], facts: 0 });
    for (const doc of parsed.documents) {
      const itemHash = sha256Bytes(doc.bytes);
      try {
        const seen = await store.getSourceItem(row.id, doc.key ?? doc.input);
        // Seen with the same text: nothing to fetch or read again.
        const full =
          row.full_text && seen?.text_hash !== itemHash ? await withArticleText(row, doc, fetchOpts, limitHost) : doc;
        await log(
          await ingestSourceDocument(store, row, full, rawHash, {
            now: opts.now,
            fetchedAt: at,
            itemHash,
            learned: opts.learned,
          }),
        );
      } catch (error) {
        await log(internalFailure(doc.input, error));
      }
    }
    // The source failed as a whole when nothing in it could be read: say so once, and back off.
    const whole = parsed.failures.find((f) => f.input === url || f.input === first.url);
    if (parsed.documents.length === 0 && whole) return await fail(whole.message);
    // The ETag is kept only now that every item is stored: a round killed before this point is fetched whole again.
    await saveRoundState(
      store,
      row.id,
      null,
      now,
      {
        etag: first.etag,
        last_modified: first.lastModified,
        cursor,
        next_poll_ms: now.getTime() + row.poll_seconds * 1000,
      },
      itemFailure(outcomes),
    );
    return result;
  } catch (error) {
    // A store that cannot be written cannot record this failure either: watch stops with one line (exit code 4).
    if (storeFailureCause(error) !== null) throw error;
    return await fail(`internal error: ${(error as Error).message}`);
  }
}

/**
 * The newest page of a channel, then older pages (?before=<oldest id>) while the newest post seen last time is
 * not yet on them, at most maxPages: posts made while watch was down are not skipped. A first round reads one page.
 */
async function readChannel(
  first: Extract<FetchResult, { status: 200 }>,
  row: SourceRow,
  state: SourceState,
  opts: WatchOptions,
  fetchOpts: FetchOptions,
  limitHost: ReturnType<typeof perKeyLimiter>,
): Promise<{ parsed: ParsedSource; cursor: string | null }> {
  const ctx = { input: first.url, url: first.url, contentType: first.contentType, timeZone: row.time_zone };
  const page = parseChannelPage(first.bytes, ctx);
  const parsed: ParsedSource = { ...page.parsed, documents: [...page.parsed.documents] };
  const lastSeen = state.cursor === null ? null : Number(state.cursor);
  let oldest = page.ids[0];
  let newest = page.ids.at(-1) ?? lastSeen;
  for (let n = 1; n < (opts.maxPages ?? 5) && lastSeen !== null && oldest !== undefined && oldest > lastSeen + 1; n++) {
    const url = olderPageUrl(first.url, oldest);
    const older = await limitHost(new URL(first.url).host, () => guardedFetch(url, fetchOpts));
    if (!older.ok || older.status !== 200) break;
    const more = parseChannelPage(older.bytes, { ...ctx, input: url, url });
    if (more.ids.length === 0 || (more.ids[0] ?? oldest) >= oldest) break;
    parsed.documents.unshift(...more.parsed.documents);
    parsed.skipped.push(...more.parsed.skipped);
    oldest = more.ids[0];
    newest = Math.max(newest ?? 0, more.ids.at(-1) ?? 0);
  }
  return { parsed, cursor: newest === null || newest === undefined ? state.cursor : String(newest) };
}

/** A feed of summaries (full_text: true): the item's link fetched and read as an article; the feed's text stays
 *  when the page cannot be had. */
async function withArticleText(
  row: SourceRow,
  doc: SourceDocument,
  fetchOpts: FetchOptions,
  limitHost: ReturnType<typeof perKeyLimiter>,
): Promise<SourceDocument> {
  if (!doc.url) return doc;
  const link = doc.url;
  const page = await limitHost(new URL(link).host, () => guardedFetch(link, fetchOpts));
  if (!page.ok || page.status !== 200) {
    const why = page.ok ? 'not modified' : page.error.message;
    return {
      ...doc,
      warnings: [...(doc.warnings ?? []), `article text not fetched (${why}); the feed's text is used`],
    };
  }
  const article = parseSource('html', page.bytes, {
    input: link,
    contentType: page.contentType,
    url: page.url,
    timeZone: row.time_zone,
  });
  const text = article.documents[0];
  if (!text) return doc;
  return { ...doc, bytes: text.bytes, byline: doc.byline ?? text.byline, lang: doc.lang ?? text.lang };
}
