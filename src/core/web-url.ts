// The one rule for a report's URL, at every entrance (POST /api/reports, JSON Lines, front matter, feeds, Telegram,
// fetched pages): an http(s) URL, stored as the WHATWG parser writes it (`URL.href`), or none. A `javascript:` or
// `data:` link would reach the CSV and JSON as a clickable link (ux39 #6); a space or a quote kept raw splits the CSV's
// space-separated `source_urls` into several "URLs" (ux39 #7). `href` percent-encodes both, lower-cases the scheme
// and host, and leaves an already encoded URL as it was, so the same page keeps one spelling.

export type WebUrl = { ok: true; url: string } | { ok: false; reason: string };

/** ' https://Example.org/a?q="x y" ' -> https://example.org/a?q=%22x%20y%22; 'javascript:alert(1)' -> not http(s). */
export function webUrl(raw: string): WebUrl {
  let parsed: URL;
  try {
    parsed = new URL(raw.trim());
  } catch {
    return { ok: false, reason: 'is not a URL' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { ok: false, reason: 'is not http(s)' };
  if (parsed.hostname === '') return { ok: false, reason: 'names no host' };
  return { ok: true, url: parsed.href };
}
