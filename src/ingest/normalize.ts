// Raw bytes to the cleaned text that every evidence offset points into. Pure: same bytes, same result.
// Order matters: decode, line ends, NFC, front matter, spaces, markup and adverts, then paragraphs (title and
// stray trailing headline), so that each rule sees text in the shape it expects.
import { decodeText, looksBinaryText } from './text/decode.ts';
import { splitFrontMatter } from './text/front-matter.ts';
import { isHeadlineLike } from './text/headline.ts';
import { cleanMarkup } from './text/markup.ts';

export type CleanResult =
  | {
      ok: true;
      text: string;
      /** The front matter's `title`, else the first line when it reads as a headline (it stays in `text`). */
      title: string | null;
      /** Lines cut while cleaning (adverts, link-only lines, a stray trailing headline), as written. */
      removed: string[];
      warnings: string[];
      /** The front-matter block's `key: value` pairs; {} when there is none. */
      meta: Record<string, string>;
    }
  | { ok: false; message: string };

// Invisible characters that only break word matching: zero-width space, word joiner, inner BOM, soft hyphen; and
// the bidirectional controls (marks, embeddings, overrides, isolates), which English, Russian and Ukrainian text
// never needs and which let a text show other than it reads (U+202E turns what follows it around on the page).
// Removed before any offset is taken, so every evidence span points into the text as stored.
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// Control characters other than tab and newline (a stray \f or \v from a PDF export).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const LINE_SEPARATORS = /[\u0085\u2028\u2029]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const ODD = /[\u0000-\u0008\u000B-\u001F\u007F\u0085\u00AD\u200B\u2028\u2029\u2060\uFEFF]/;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
// Tabs and no-break / typographic spaces, and runs of plain spaces: each becomes one space.
const SPACE_RUN = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+| {2,}/g;
/** Anything ODD, SPACES or the markup cleaner looks for: characters outside Latin, Cyrillic and common
 *  punctuation, markdown and link characters, doubled spaces. */
const UNUSUAL =
  /[^\n\u0020-\u007E\u00A1-\u00AC\u00AE-\u04FF\u2010-\u2027\u2030-\u205E\u2116]|[[*_~#@\r]| [ \n]|\n |https?:|t\.me\//;
/** Whether any line needs SPACE_RUN at all: one scan of the text instead of one per line. */
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]| [ \n]|\n /;
const FINAL_PUNCT = /[.!?…»"”]$/u;

export function cleanText(bytes: Uint8Array): CleanResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  let text = decoded.text;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Plain prose (most news articles) has none of what the rarer repairs look for: one scan settles it.
  const plain = !UNUSUAL.test(text);
  const odd = !plain && (ODD.test(text) || BIDI.test(text));
  if (odd && looksBinaryText(text)) return { ok: false, message: 'binary file, not text' };
  if (odd && text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  text = text.normalize('NFC');

  const front = splitFrontMatter(text);
  const warnings = [...front.warnings];
  const removed: string[] = [];
  text = front.body;
  if (odd) text = text.replace(INVISIBLE, '').replace(CONTROL, ' ').replace(LINE_SEPARATORS, '\n');

  const lines = text.split('\n');
  const spaced = !plain && SPACES.test(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (spaced) lines[i] = line.replace(SPACE_RUN, ' ').trim();
    else if (line.charCodeAt(0) === 0x20 || line.charCodeAt(line.length - 1) === 0x20) lines[i] = line.trim();
    // Markdown headings ("# Drones downed over Kaluga") keep their words, not the marker.
    if (lines[i]!.charCodeAt(0) === 0x23) lines[i] = lines[i]!.replace(/^#{1,6}\s+/, '');
  }
  const cleaned = cleanMarkup(lines, removed, !plain);
  const paragraphs = toParagraphs(cleaned.lines);
  if (paragraphs.length === 0) return { ok: false, message: 'no text after cleaning' };

  const title = detectTitle(paragraphs);
  const trailing = trailingHeadline(paragraphs, title !== null, cleaned.markup);
  if (trailing !== null) {
    paragraphs.pop();
    removed.push(trailing);
    warnings.push(`removed trailing headline: ${trailing.slice(0, 60)}`);
  }
  return {
    ok: true,
    text: paragraphs.map((p) => p.join('\n')).join('\n\n'),
    title: front.meta.title ?? title,
    removed,
    warnings,
    meta: front.meta,
  };
}

/** Blank lines separate paragraphs; any run of them becomes one. */
function toParagraphs(lines: string[]): string[][] {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line === '') {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

/** The first line, when it stands alone above a blank line and reads as a headline. */
function detectTitle(paragraphs: string[][]): string | null {
  const first = paragraphs[0];
  if (first === undefined || first.length !== 1 || paragraphs.length < 2) return null;
  const line = first[0]!;
  return isHeadlineLike(line, { title: true }) ? line : null;
}

/**
 * The last paragraph, when it is one unpunctuated headline-like line of at least four words and the rest of
 * the text holds real sentences: the next story's title glued on by a scraper. Short signature lines
 * ("Governor Vyacheslav Gladkov") are kept, since they name who is speaking. In a Telegram-style post
 * (`markup`) short unpunctuated lines are the norm and often carry news («Аэропорты работают штатно»), so
 * there only an English title-case line counts.
 */
function trailingHeadline(paragraphs: string[][], hasTitle: boolean, markup: boolean): string | null {
  const firstBody = hasTitle ? 1 : 0;
  if (paragraphs.length - firstBody < 2) return null;
  const last = paragraphs[paragraphs.length - 1]!;
  if (last.length !== 1) return null;
  const line = last[0]!;
  // Six words at least: a shorter last line is a signature or byline («Глава Республики Крым Сергей Аксёнов»,
  // «Повітряні сили ЗС України»), which attributes the post and must stay.
  if (!isHeadlineLike(line, { minWords: 6, titleCaseOnly: markup })) return null;
  for (let i = firstBody; i < paragraphs.length - 1; i++) {
    const p = paragraphs[i]!;
    if (FINAL_PUNCT.test(p[p.length - 1]!)) return line;
  }
  return null;
}
