// RSS 2.0, Atom, RDF (RSS 1.0) and JSON Feed to one document per item, with feedsmith. A feed broken by one bad
// item (an unescaped '&', an unclosed tag) is not lost whole: bare ampersands are escaped and, failing that, items
// are read one by one, so the good ones are kept and each bad one fails with its reason. Pure.
import { parseFeed } from 'feedsmith';
import { webUrl } from '../../../core/web-url.ts';
import type { InputFailure, ParseContext, ParsedSource, SourceDocument } from '../../source.ts';
import { decodePage } from '../../text/charset.ts';
import { namesRealTime, toIsoWithOffset } from '../../zoned-time.ts';
import { readableDepth } from '../html/depth.ts';
import { htmlToText } from '../html/to-text.ts';
import { langCode } from '../lang-code.ts';

/** One item, whatever the format: the fields a report needs. */
interface FeedItem {
  id: string | null;
  link: string | null;
  title: string | null;
  /** HTML or plain text; htmlToText leaves plain text as it is. */
  body: string | null;
  published: string | null;
  author: string | null;
  /** A field that should hold text but holds something else (JSON Feed `"content_text": 42`): the item fails. */
  notText?: string;
}

interface FeedHead {
  title: string | null;
  lang: string | null;
}

// feedsmith's types are exact per format; these loose views are all this file reads of them.
type Loose = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const obj = (v: unknown): Loose => (v !== null && typeof v === 'object' ? (v as Loose) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const textOf = (v: unknown): string | null => str(v) ?? str(obj(v).value);

function rssItem(item: Loose): FeedItem {
  const guid = obj(item.guid);
  const dc = obj(item.dc);
  return {
    id: str(guid.value) ?? str(item.link),
    link: str(item.link) ?? (/^https?:\/\//.test(str(guid.value) ?? '') ? str(guid.value) : null),
    title: str(item.title),
    body: str(obj(item.content).encoded) ?? str(item.description),
    published: str(item.pubDate) ?? str(list(dc.dates)[0]) ?? str(dc.date),
    author: str(item.author) ?? str(list(dc.creators)[0]) ?? str(dc.creator),
  };
}

function atomEntry(entry: Loose): FeedItem {
  const links = list(entry.links).map(obj);
  const link = links.find((l) => l.rel === undefined || l.rel === 'alternate') ?? links[0];
  return {
    id: str(entry.id),
    link: str(link?.href),
    title: textOf(entry.title),
    body: textOf(entry.content) ?? textOf(entry.summary),
    published: str(entry.published) ?? str(entry.updated),
    author: str(obj(list(entry.authors)[0]).name),
  };
}

function rdfItem(item: Loose): FeedItem {
  const dc = obj(item.dc);
  return {
    id: str(obj(item.rdf).about) ?? str(item.link),
    link: str(item.link) ?? str(obj(item.rdf).about),
    title: str(item.title),
    body: str(obj(item.content).encoded) ?? str(item.description),
    published: str(list(dc.dates)[0]) ?? str(dc.date),
    author: str(list(dc.creators)[0]) ?? str(dc.creator),
  };
}

/** JSON Feed's text fields: present with another type than a string, the item is malformed, not empty. */
const JSON_TEXT_FIELDS = ['title', 'content_text', 'content_html', 'summary', 'url', 'external_url'] as const;

/** `raw`: the item as the JSON says it, before feedsmith turns a number into a string. */
function jsonItem(item: Loose, raw: Loose): FeedItem {
  const notText = JSON_TEXT_FIELDS.find((f) => raw[f] !== undefined && raw[f] !== null && typeof raw[f] !== 'string');
  return {
    ...(notText
      ? { notText: `${notText} is ${Array.isArray(raw[notText]) ? 'an array' : `a ${typeof raw[notText]}`}` }
      : {}),
    id: str(item.id) ?? (typeof item.id === 'number' ? String(item.id) : null),
    link: str(item.url) ?? str(item.external_url),
    title: str(item.title),
    body: str(item.content_text) ?? str(item.content_html) ?? str(item.summary),
    published: str(item.date_published) ?? str(item.date_modified),
    author: str(obj(list(item.authors)[0]).name) ?? str(obj(item.author).name),
  };
}

function readFeed(text: string): { head: FeedHead; items: FeedItem[] } {
  const parsed = parseFeed(text);
  const feed = parsed.feed as unknown as Loose;
  switch (parsed.format) {
    case 'rss':
      return {
        head: { title: str(feed.title), lang: str(feed.language) },
        items: list(feed.items).map((i) => rssItem(obj(i))),
      };
    case 'atom':
      return {
        head: { title: textOf(feed.title), lang: str(feed.lang) },
        items: list(feed.entries).map((e) => atomEntry(obj(e))),
      };
    case 'rdf':
      return {
        head: { title: str(feed.title), lang: str(obj(feed.dc).language) },
        items: list(feed.items).map((i) => rdfItem(obj(i))),
      };
    case 'json': {
      // feedsmith keeps the items in order; if it ever dropped one, the raw types are not read rather than misread.
      const raw = list(obj(JSON.parse(text)).items);
      const rawItems = raw.length === list(feed.items).length ? raw : [];
      return {
        head: { title: str(feed.title), lang: str(feed.language) },
        items: list(feed.items).map((item, k) => jsonItem(obj(item), obj(rawItems[k]))),
      };
    }
  }
}

/** An http(s) link as URL.href writes it, else null ('javascript:alert(1)', 'data:text/html,…', 'ftp://…'). */
function webLink(link: string | null): string | null {
  if (link === null) return null;
  const checked = webUrl(link);
  return checked.ok ? checked.url : null;
}

/** '&' not starting an entity is the commonest way a hand-made feed breaks: 'Q&A', 'AT&T'. */
function escapeBareAmpersands(xml: string): string {
  return xml.replace(/&(?!(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\d{1,7}|#x[0-9a-fA-F]{1,6});)/g, '&amp;');
}

const ITEM_BLOCK = /<(item|entry)\b[\s\S]*?<\/\1\s*>/g;

/** Last resort for broken XML: every <item>/<entry> block parsed alone inside the feed's own opening. */
function salvage(xml: string): { head: FeedHead; items: FeedItem[]; failures: string[] } {
  const first = xml.search(/<(item|entry)\b/);
  if (first < 0) throw new Error('no <item> or <entry> found');
  const opening = xml.slice(0, first);
  const closing = /<feed\b/.test(opening)
    ? '</feed>'
    : /<rdf:RDF\b/.test(opening)
      ? '</channel></rdf:RDF>'
      : '</channel></rss>';
  const openingOk = (() => {
    try {
      readFeed(`${opening}${closing}`);
      return true;
    } catch {
      return false;
    }
  })();
  // A broken channel header still leaves the items readable under a plain one.
  const head = openingOk ? opening : '<rss version="2.0"><channel><title>feed</title>';
  const tail = openingOk ? closing : '</channel></rss>';
  let feedHead: FeedHead = { title: null, lang: null };
  const items: FeedItem[] = [];
  const failures: string[] = [];
  let n = 0;
  for (const m of xml.matchAll(ITEM_BLOCK)) {
    n++;
    try {
      const one = readFeed(`${head}${m[0]}${tail}`);
      if (openingOk) feedHead = one.head;
      items.push(...one.items);
    } catch (error) {
      failures.push(`item ${n}: malformed XML (${causeOf(error)})`);
    }
  }
  if (n === 0) throw new Error('no complete <item> or <entry> in it');
  return { head: feedHead, items, failures };
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: unknown })?.cause;
  const e = cause instanceof Error ? cause : error;
  return e instanceof Error ? e.message : String(e);
}

/** The root element of an XML feed whose end tag never comes ('rss', 'feed', 'rdf:RDF'), else null (whole, or JSON). */
function cutShort(text: string): string | null {
  if (/^\s*[[{]/.test(text)) return null;
  // Markup only: a comment before the root may hold a tag ("<!-- made by WireCMS<br> -->"), and an item's CDATA the
  // root's end tag as text; either misread a whole feed as cut, or a cut one as whole (review 38b). A comment or
  // CDATA section that never closes runs to the end of the file, as a cut there does.
  const markup = text.replace(
    /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<\?[\s\S]*?(?:\?>|$)|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>/gi,
    ' ',
  );
  const root = /<([A-Za-z_][\w:.-]*)/.exec(markup)?.[1];
  if (root === undefined) return null;
  const end = new RegExp(`</${root.replace(/[.]/g, '\\.')}\\s*>`);
  return end.test(markup) ? null : root;
}

export function parseFeedBytes(bytes: Uint8Array, ctx: ParseContext): ParsedSource {
  const page = decodePage(bytes, ctx.contentType);
  const warnings = [...page.warnings];
  const failures: InputFailure[] = [];
  let read: { head: FeedHead; items: FeedItem[] };
  try {
    read = readFeed(page.text);
  } catch (error) {
    const name = (error as Error | null)?.name;
    if (name === 'DetectError') {
      return {
        documents: [],
        failures: [{ input: ctx.input, message: 'not a feed: no RSS, Atom, RDF or JSON Feed found' }],
        skipped: [],
      };
    }
    try {
      read = readFeed(escapeBareAmpersands(page.text));
      warnings.push('malformed XML: unescaped "&" read as "&amp;"');
    } catch {
      try {
        const saved = salvage(page.text);
        read = saved;
        warnings.push(`malformed XML (${causeOf(error)}): read item by item`);
        for (const message of saved.failures) failures.push({ input: ctx.input, message });
      } catch (again) {
        return {
          documents: [],
          failures: [{ input: ctx.input, message: `malformed feed: ${causeOf(error)}; ${causeOf(again)}` }],
          skipped: [],
        };
      }
    }
  }
  // A file cut short (a download or copy that stopped) still parses: the XML reader closes what is open, so the cut
  // item came out as an item and the file as a sound feed, exit 0 (ux38 #8). The root's end tag is what a whole XML
  // feed always has; without it the file fails, naming what was lost, and only the items that end inside it are kept,
  // as the whole lines of a JSONL file cut short are.
  const cut = cutShort(page.text);
  if (cut !== null) {
    const whole = [...page.text.matchAll(ITEM_BLOCK)].length;
    const begun = [...page.text.matchAll(/<(item|entry)\b/g)].length;
    read = { ...read, items: read.items.slice(0, whole) };
    const lost = begun > whole ? '; the item it ends in is not stored' : '';
    failures.push({
      input: ctx.input,
      message: `broken feed: the file ends before its closing </${cut}> (cut short?); ${whole} whole item(s) read${lost}`,
    });
  }
  const documents: SourceDocument[] = [];
  const skipped: InputFailure[] = [];
  // A feed that lists one guid twice names one item twice: the first listing wins (a feed lists its newest first),
  // the other is skipped with the guid named, so `ingest` and `watch` store the same one and neither lets the later
  // listing overwrite the first as if it were an edit.
  const firstOf = new Map<string, { n: number; text: string }>();
  read.items.forEach((item, i) => {
    // Only a web page is a report's URL: a `javascript:` or `data:` link is dropped with a warning, never stored.
    const link = webLink(item.link);
    const input = link ?? `${ctx.input}#${item.id ?? i + 1}`;
    if (item.notText) {
      failures.push({ input, message: `malformed feed item: ${item.notText}, not text` });
      return;
    }
    const shallow = item.body ? readableDepth(item.body, 'item') : null;
    if (shallow !== null && 'failure' in shallow) {
      failures.push({ input, message: `feed item ${i + 1}: ${shallow.failure}` });
      return;
    }
    const body = shallow !== null ? htmlToText(shallow.html) : '';
    const title = item.title ? htmlToText(item.title) : null;
    // The title leads, as a file's headline would, unless the body already starts with it.
    const text = title && !body.startsWith(title) ? [title, body].filter(Boolean).join('\n\n') : body;
    if (text.trim() === '') {
      failures.push({ input, message: 'feed item has neither a title nor any text' });
      return;
    }
    // A date that names no day ('not a date', '2025-13-40…') marks a broken item: failed, not dated by when the
    // feed was read. A real date without a zone is only ignored (warned below): the item is sound, its time unknown.
    if (item.published !== null && !namesRealTime(item.published)) {
      const name = title ? ` ("${title.slice(0, 40)}")` : '';
      failures.push({
        input,
        message: `feed item ${i + 1}${name}: date "${item.published.slice(0, 40)}" names no real day and time`,
      });
      return;
    }
    const published = toIsoWithOffset(item.published, ctx.timeZone);
    const itemWarnings = [...warnings, ...(shallow?.warning ? [shallow.warning] : [])];
    if (item.link !== null && link === null)
      itemWarnings.push(`item link "${item.link.slice(0, 60)}" is not http(s); ignored`);
    if (published === null && item.published)
      itemWarnings.push(`item date "${item.published}" is not a time with a zone; ignored`);
    // A guid-less item is named by its link as the feed writes it, not as stored: the key then stays what it was
    // before the URL rule, so an edited item revises its report instead of making a new one (review 39b #5).
    const key = item.id ?? (link === null ? null : item.link);
    const first = key === null ? undefined : firstOf.get(key);
    if (first !== undefined) {
      const same = first.text === text ? 'the same text' : 'another text';
      skipped.push({
        input,
        message: `duplicate guid "${key}": item ${i + 1} repeats item ${first.n} with ${same}; the first is kept`,
      });
      return;
    }
    if (key !== null) firstOf.set(key, { n: i + 1, text });
    documents.push({
      input,
      bytes: new TextEncoder().encode(text),
      url: link ?? undefined,
      title: title ?? undefined,
      published: published ?? undefined,
      publisher: read.head.title ?? undefined,
      lang: langCode(read.head.lang),
      byline: item.author ?? undefined,
      key: key ?? undefined,
      warnings: itemWarnings,
    });
  });
  if (documents.length === 0 && cut === null) {
    // The source itself failed, whatever its items did: one line for `sitrep sources` and the watch log.
    const n = failures.length;
    const message = n === 0 ? 'the feed has no items' : `none of the feed's items could be read (${n} failed)`;
    failures.push({ input: ctx.input, message });
  }
  return { documents, failures, skipped };
}
