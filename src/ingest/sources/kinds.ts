// Which kind a file or response is, by its name or Content-Type and its first bytes. A file is read by what it is,
// never as raw text by accident: an HTML page saved as .txt is still HTML, and a .json that is neither a Telegram
// export nor a JSON Feed is refused with the reason. Light on purpose: the folder walk imports it.
import { extname } from 'node:path';
import type { SourceKind } from '../source.ts';

const BY_EXTENSION: Record<string, SourceKind> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.rdf': 'feed',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** Extensions of files read as text (and sniffed, in case they hold markup). */
export const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text']);

/** Every extension a folder walk reads. */
export const REPORT_EXTENSIONS = new Set([...TEXT_EXTENSIONS, ...Object.keys(BY_EXTENSION), '.json']);

function head(bytes: Uint8Array, n: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, n))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
}

/** What a JSON document is, from its first 4 KB. */
function jsonKind(start: string): SourceKind | null {
  if (/"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version/.test(start)) return 'feed';
  if (/"(?:messages|chats)"\s*:/.test(start)) return 'telegram';
  return null;
}

/** What markup a text starts with: '<!doctype html' or '<html' is a page; '<?xml', '<rss', '<feed' a feed. */
function markupKind(start: string): SourceKind | null {
  const s = start.slice(0, 512).toLowerCase();
  if (
    /^<\?xml\b[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:rdf)\b/.test(s) ||
    /^<(?:rss|feed|rdf:rdf)\b/.test(s)
  ) {
    return 'feed';
  }
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype html|html)\b/.test(s)) return 'html';
  return null;
}

/**
 * The kind of a file by its name and first bytes, or the reason it has none. `.json` must be a Telegram export
 * (result.json) or a JSON Feed; text files and files without an extension are read as text unless they start
 * with HTML or feed markup.
 */
export function detectKind(name: string, bytes: Uint8Array): { kind: SourceKind } | { error: string } {
  const ext = extname(name).toLowerCase();
  const byExt = BY_EXTENSION[ext];
  if (byExt !== undefined) return { kind: byExt };
  const start = head(bytes, 4096);
  if (ext === '.json') {
    const kind = jsonKind(start);
    return kind !== null
      ? { kind }
      : { error: 'a .json file that is neither a Telegram Desktop export (result.json) nor a JSON Feed' };
  }
  const markup = markupKind(start);
  if (markup !== null) return { kind: markup };
  if (start.startsWith('{')) {
    const kind = jsonKind(start);
    if (kind !== null) return { kind };
  }
  return { kind: 'text' };
}

/** A response's kind from its Content-Type, else from its first bytes; a URL's path extension as a last hint. */
export function detectKindOfResponse(
  contentType: string | null,
  url: string,
  bytes: Uint8Array,
): { kind: SourceKind } | { error: string } {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const start = head(bytes, 4096);
  if (/^application\/(?:rss|atom|rdf)\+xml$/.test(type) || type === 'application/feed+json') return { kind: 'feed' };
  if (type === 'application/json') {
    const kind = jsonKind(start);
    return kind !== null ? { kind } : { error: `JSON at ${url} is not a JSON Feed` };
  }
  const markup = markupKind(start);
  if (markup !== null) return { kind: markup };
  if (type === 'text/html' || type === 'application/xhtml+xml') return { kind: 'html' };
  if (type === 'text/plain' || type === 'text/markdown') return { kind: 'text' };
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    // Not a URL: no hint from its path.
  }
  return detectKind(path, bytes);
}
