// `sitrep ingest <url>`: one page, feed or Telegram channel fetched once through the guarded client and stored.
import { sha256Bytes } from '../core/ids.ts';
import type { IngestOutcome } from '../core/types.ts';
import type { ParsedSource } from '../ingest/source.ts';
import type { Store } from '../store/index.ts';
import { type IngestOptions, ingestDocumentSafely, notStored } from './ingest.ts';

/** One URL given to `sitrep ingest`: fetched through the guard, read as --kind or as what it is (a t.me channel is
 *  its preview page), each document stored. */
export async function ingestUrl(store: Store, url: string, opts: IngestOptions): Promise<IngestOutcome[]> {
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
