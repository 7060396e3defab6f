// The one rule for a report's URL, at every entrance (POST /api/reports, JSON Lines, front matter, feeds, Telegram,
// fetched pages): an http(s) URL, or none. A `javascript:` or `data:` link would reach the CSV and JSON as a clickable
// link (ux39 #6); a space or a quote kept raw splits the CSV's space-separated `source_urls` into several "URLs"
// (ux39 #7). The WHATWG parser (`URL.href`) settles both and lower-cases the scheme and host, but it also writes a
// Cyrillic path as %D0%BD… and a Cyrillic host as xn--…, which no reader of a CSV, page or incident list can read
// (review 39b #5) and which is not how the same page was stored before. So the stored URL is `href` with its
// readable parts put back: percent-encoded UTF-8 letters decoded, an IDN host in Unicode where it is of one script.
// Spaces, quotes, controls, format characters and every ASCII escape (%20, %2F, %25, …) stay encoded, so the stored
// form parses to the same `href` and still splits as one word.

import { domainToUnicode } from 'node:url';

export type WebUrl = { ok: true; url: string } | { ok: false; reason: string };

/** 'www.pravda.com.ua/…', 't.me/kyivoda/1': a dotted host with a letter TLD, then a path (or www. before it), as
 *  hand-made exports write an address. A bare 'posts.jsonl' is a file's name, not a host. */
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?';
const SCHEMELESS = new RegExp(
  `^(?:(?:${LABEL}\\.)+\\p{L}{2,}(?::\\d{1,5})?[/?#]|www\\.(?:${LABEL}\\.)*${LABEL}\\.\\p{L}{2,}(?::\\d{1,5})?(?:[/?#]|$))`,
  'u',
);

/** ' https://Example.org/a?q="x y" ' -> https://example.org/a?q=%22x%20y%22; 't.me/a/1' -> https://t.me/a/1. */
export function webUrl(raw: string): WebUrl {
  const given = raw.trim();
  let parsed: URL;
  try {
    // A browser given a scheme-less address reads it as https://, and so did the store's keys before (review 39b #1).
    parsed = new URL(SCHEMELESS.test(given) ? `https://${given}` : given);
  } catch {
    return { ok: false, reason: 'is not a URL' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { ok: false, reason: 'is not http(s)' };
  if (parsed.hostname === '') return { ok: false, reason: 'names no host' };
  return { ok: true, url: readableHref(parsed) };
}

/** A run of percent-encoded bytes: decoded only where the whole run is UTF-8 of characters safe to show. */
const ENCODED_RUN = /(?:%[0-9A-Fa-f]{2})+/g;

/** Controls, format characters (bidi overrides, zero-width), separators and the replacement character stay encoded. */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Z}\p{Co}\p{Cn}\p{Cs}\uFFFD]/u;

function readableHref(url: URL): string {
  const host = readableHost(url);
  const tail = `${url.pathname}${url.search}${url.hash}`.replace(ENCODED_RUN, decodeLetters);
  const auth = url.username === '' ? '' : `${url.username}${url.password === '' ? '' : `:${url.password}`}@`;
  const readable = `${url.protocol}//${auth}${host}${url.port === '' ? '' : `:${url.port}`}${tail}`;
  // Whatever is put back must mean the same URL; anything doubtful keeps the parser's spelling.
  try {
    return new URL(readable).href === url.href ? readable : url.href;
  } catch {
    return url.href;
  }
}

/** Decodes the non-ASCII characters of an encoded run; an encoded ASCII byte (%20, %2F, %25) keeps its escape. */
function decodeLetters(run: string): string {
  const bytes = run.match(/%[0-9A-Fa-f]{2}/g) ?? [];
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const pct = bytes[i] as string;
    const lead = Number.parseInt(pct.slice(1), 16);
    const size = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
    const seq = size === 0 ? [] : bytes.slice(i, i + size);
    let char: string | null = null;
    if (size > 1 && seq.length === size) {
      try {
        char = decodeURIComponent(seq.join(''));
      } catch {
        char = null;
      }
    }
    if (char !== null && !UNSAFE.test(char)) {
      out += char;
      i += size;
    } else {
      out += pct;
      i += 1;
    }
  }
  return out;
}

/** 'xn--e1afmkfd.xn--p1ai' -> 'пример.рф'. A host whose letters mix scripts, even across labels ('аррӏе.com' in
 *  Cyrillic under a Latin TLD), keeps its punycode: shown in Unicode it would pass for another site. */
function readableHost(url: URL): string {
  if (!url.hostname.includes('xn--')) return url.hostname;
  const unicode = domainToUnicode(url.hostname);
  if (unicode === '' || UNSAFE.test(unicode)) return url.hostname;
  const scripts = new Set<string>();
  for (const ch of unicode) {
    if (!/\p{L}/u.test(ch)) continue;
    scripts.add(/\p{Script=Latin}/u.test(ch) ? 'Latin' : /\p{Script=Cyrillic}/u.test(ch) ? 'Cyrillic' : 'other');
  }
  return scripts.size === 1 && !scripts.has('other') ? unicode : url.hostname;
}
