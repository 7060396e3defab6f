// An article page to one document: Readability over linkedom finds the article and drops navigation, adverts,
// footers and every <script>; the page's meta tags give the title, byline, publication time, language and outlet.
// The blocks of page text it dropped are kept, bounded, as the document's `removed` (for an audit).
// Pure: bytes (and the Content-Type header, for the charset) in, a document out.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ParseContext, ParsedSource, SourceDocument } from '../../source.ts';
import { decodePage } from '../../text/charset.ts';
import { looksBinaryText } from '../../text/decode.ts';
import { toIsoWithOffset } from '../../zoned-time.ts';
import { langCode } from '../lang-code.ts';
import { readableDepth } from './depth.ts';
import { nodeText } from './to-text.ts';

interface PageMeta {
  title: string | null;
  byline: string | null;
  published: string | null;
  lang: string | null;
  siteName: string | null;
  canonical: string | null;
}

type Doc = ReturnType<typeof parseHTML>['document'];

/** Characters of article text under which a page counts as short (a note, a stub). */
const SHORT_ARTICLE = 500;

function metaContent(document: Doc, selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

/** schema.org NewsArticle in JSON-LD: the publication time many sites give nowhere else. */
function jsonLdPublished(document: Doc): string | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const data = JSON.parse(script.textContent ?? '') as unknown;
      const items = Array.isArray(data) ? data : [data];
      for (const item of items) {
        const value = (item as { datePublished?: unknown } | null)?.datePublished;
        if (typeof value === 'string') return value;
      }
    } catch {
      // A broken JSON-LD block is common and says nothing about the article: the other sources are tried.
    }
  }
  return null;
}

export function readPageMeta(document: Doc): PageMeta {
  const published =
    metaContent(document, [
      'meta[property="article:published_time"]',
      'meta[property="og:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="pubdate"]',
      'meta[name="publishdate"]',
      'meta[name="date"]',
      'meta[name="DC.date.issued"]',
      'meta[name="dc.date"]',
    ]) ??
    jsonLdPublished(document) ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  return {
    title:
      metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
      (document.querySelector('title')?.textContent?.trim() || null),
    byline: metaContent(document, ['meta[name="author"]', 'meta[property="article:author"]']),
    published,
    lang:
      document.documentElement?.getAttribute('lang') ??
      metaContent(document, ['meta[http-equiv="content-language"]', 'meta[property="og:locale"]']),
    siteName: metaContent(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']),
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
  };
}

/** When Readability finds no article (a short page), the body without the page furniture. */
function fallbackText(document: Doc): string {
  for (const el of Array.from(document.querySelectorAll('nav, header, footer, aside, form, [role="navigation"]')))
    el.remove();
  return document.body ? nodeText(document.body as never) : '';
}

/**
 * linkedom makes a file's first element its root when the file has no <html> (a saved fragment, bare words), and
 * Readability refuses a document rooted anywhere but <html>: such a file is read as the body of a page.
 */
function pageDocument(text: string): Doc {
  const { document } = parseHTML(text);
  if (document.documentElement?.localName === 'html') return document;
  return parseHTML(`<!doctype html><html><head></head><body>${text.replace(/^\s*<!doctype[^>]*>/i, '')}</body></html>`)
    .document;
}

/** At most this many left-out blocks are listed, each cut at LEFT_OUT_CHARS: `removed` is for an audit, not a copy
 *  of the page. */
const LEFT_OUT_BLOCKS = 20;
const LEFT_OUT_CHARS = 200;

const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * What the page showed a reader that the report's text leaves out (navigation, footer, related links), block by
 * block as the page has them: each block of the page's visible text that the kept text does not contain. Scripts and
 * styles are code, not text a reader saw, and are not listed; nor is the byline, which is kept as the author. Bounded:
 * `LEFT_OUT_BLOCKS` blocks of at most `LEFT_OUT_CHARS` characters, then one line counting the rest.
 */
function leftOut(pageText: string, kept: string, byline: string | undefined): string[] {
  const keptText = squeeze(kept);
  const blocks = pageText
    .split(/\n{2,}/)
    .map(squeeze)
    .filter((b) => /[\p{L}\p{N}]/u.test(b) && b !== byline && !keptText.includes(b));
  const listed = blocks
    .slice(0, LEFT_OUT_BLOCKS)
    .map((b) => (b.length > LEFT_OUT_CHARS ? `${b.slice(0, LEFT_OUT_CHARS - 1)}…` : b));
  const more = blocks.length - listed.length;
  return more > 0 ? [...listed, `… and ${more} more blocks of the page left out`] : listed;
}

function failed(ctx: ParseContext, message: string): ParsedSource {
  return { documents: [], failures: [{ input: ctx.input, message }], skipped: [] };
}

export function parseHtml(bytes: Uint8Array, ctx: ParseContext): ParsedSource {
  const page = decodePage(bytes, ctx.contentType);
  // A binary file named .html (or served as text/html) would otherwise reach Readability as a page of noise.
  if (looksBinaryText(page.text)) return failed(ctx, 'binary file, not an HTML page');
  const shallow = readableDepth(page.text);
  if ('failure' in shallow) return failed(ctx, shallow.failure);
  const warnings = [...page.warnings, ...(shallow.warning === null ? [] : [shallow.warning])];
  const document = pageDocument(shallow.html);
  const meta = readPageMeta(document);
  // Readability rewrites the document it is given, so the meta tags are read first.
  const article = new Readability(document as never, { charThreshold: 200 }).parse();
  let body = '';
  if (article?.content) {
    const { document: fragment } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    body = nodeText(fragment.body as never);
  }
  // On a short page Readability keeps the whole body, header and footer included: the body without the page
  // furniture is the better text there.
  if (body.length < SHORT_ARTICLE) {
    const again = pageDocument(shallow.html);
    const fallback = fallbackText(again);
    if (fallback !== '') body = fallback;
  }
  if (body.trim() === '') return failed(ctx, 'no article text in the page');
  const title = article?.title?.trim() || meta.title;
  const byline = article?.byline?.trim() || meta.byline || undefined;
  // A byline paragraph ("Иван Петров") is the author's name, not a sentence of the report.
  if (byline)
    body = body
      .split('\n\n')
      .filter((p) => p.trim() !== byline)
      .join('\n\n');
  // The headline often states the facts ("12 drones downed over Kursk"); it leads the text as a file's title would.
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  // Readability rewrote `document`: the page as a reader saw it is read again.
  const shown = pageDocument(shallow.html).body;
  const removed = shown ? leftOut(nodeText(shown as never), text, byline) : [];
  const published = toIsoWithOffset(article?.publishedTime ?? meta.published, ctx.timeZone);
  if (published === null && (article?.publishedTime ?? meta.published)) {
    warnings.push(`publication time "${article?.publishedTime ?? meta.published}" names no time zone; ignored`);
  }
  const doc: SourceDocument = {
    input: ctx.input,
    bytes: new TextEncoder().encode(text),
    url: ctx.url ?? undefined,
    title: title ?? undefined,
    published: published ?? undefined,
    publisher: article?.siteName?.trim() || meta.siteName || undefined,
    lang: langCode(article?.lang ?? meta.lang),
    byline,
    key: ctx.url ?? meta.canonical ?? undefined,
    ...(removed.length > 0 ? { removed } : {}),
    warnings,
  };
  return { documents: [doc], failures: [], skipped: [] };
}
