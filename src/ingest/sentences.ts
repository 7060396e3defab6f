// Sentence spans with offsets into the cleaned text: facts quote a sentence as their evidence, so every span
// must be exactly text.slice(start, end).
//
// A small scanner of our own rather than `sbd`: sbd takes ~120 µs for 2 KB (our budget is well under 100),
// drops the offsets (its output is re-joined words), and its capital-letter tests know only A–Z, so it cannot
// tell «г. Москва» from «области. Губернатор». The abbreviations come from core/abbreviations.ts, which the clause
// cutter of extraction reads too.
import joins from '../../data/lexicon/line-joins.json' with { type: 'json' };
import { type Abbreviations, abbreviationsOf, isAbbreviation } from '../core/abbreviations.ts';
import type { Lang } from '../core/types.ts';

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const NUMBER = /^\d[\d.,:]*$/;
const ZONE_TIME = /^\p{L}+ time\b/u;
/** A line that ends in a letter, digit or comma may run on; one that ends in a mark or a colon does not. */
const WORD_END = /[\p{L}\p{N},]/u;
const LIST_MARKER = /^(?:[-•*–]\s+)/u;
/** A line that ends in a conjunction runs on into a next line that goes on with the list: a count or a word in lower
 *  case («3 над Миколаївщиною і\n2 над Кіровоградщиною», «над Брянской областью и\nнад Калужской»). A capital letter
 *  opens a new sentence or a header («та\nХерсон: обстріл», "and\nDrones hit …"): the conjunction was the last word
 *  of a sentence left unended, and the next line is no part of its list. */
const JOINS: Record<Lang, RegExp> = {
  en: endsInWord(joins.en),
  ru: endsInWord(joins.ru),
  uk: endsInWord(joins.uk),
};
/** «знищено 5 дронів:\n3 над Миколаївщиною і\n2 над …»: a colon before a line that opens with a count and a word in
 *  lower case, and itself runs on by its conjunction, leads into the count's breakdown, one sentence with it. A list
 *  line that ends its item («20 ударних БпЛА Shahed;»: detect/weapon-list.ts reads it as a line), a line that opens
 *  with a word («Итоги:\nсбиты») or a bare number stays apart. */
const COUNT_LINE = /^[ \t]*\d+[ \t]+\p{Ll}/u;

function endsInWord(words: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})$`, 'iu');
}

/**
 * Splits at sentence-final marks (. ! ? …) followed by a space and a word that does not start in lower case,
 * and at line breaks (Telegram posts are line-structured; a headline without a full stop is its own sentence),
 * except a hard break inside a sentence: a line that ends with no sentence mark runs on into a next line that
 * starts in lower case or with a comma («Надійшло 5 повідомлень про\nруйнування будинків», «… Шахед\n, а також»), a
 * line that ends in a conjunction into a next line that opens with a count, a colon into a count line that ends in a conjunction. No split inside a «…» or “…” quotation that closes on the same line, after a known abbreviation
 * or an initial (г. Белгород, Nov. 5, В. Гладков), or inside numbers (20.00). A leading list marker ("- ")
 * is left out of the span.
 */
export function splitSentences(text: string, lang: Lang): SentenceSpan[] {
  const scan: Scan = { text, abbr: abbreviationsOf(lang), specials: specialPositions(text), next: 0, out: [] };
  const joined = JOINS[lang];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    for (let from = lineStart; lineEnd < text.length && runsOn(text, from, lineEnd, joined); ) {
      from = lineEnd + 1;
      const next = text.indexOf('\n', from);
      lineEnd = next < 0 ? text.length : next;
    }
    splitLine(scan, lineStart, lineEnd);
    lineStart = lineEnd + 1;
  }
  return scan.out;
}

/**
 * Whether the line break at `lineEnd` is inside a sentence: the line [lineStart, lineEnd) holds words and ends
 * with no sentence mark (closing quotes and brackets aside), and the next line starts in lower case or with a
 * comma, or the line ends in a conjunction (`JOINS`) and the next opens with a count; or the line ends in a colon before a count line that runs on
 * (`COUNT_LINE`).
 * A blank line between them is a paragraph break and ends the sentence.
 */
function runsOn(text: string, lineStart: number, lineEnd: number, joined: RegExp): boolean {
  let e = lineEnd;
  while (e > lineStart && isSpace(text.charCodeAt(e - 1))) e--;
  while (e > lineStart && isCloser(text.charCodeAt(e - 1))) e--;
  if (e > lineStart && text[e - 1] === ':') {
    const after = text.indexOf('\n', lineEnd + 1);
    const next = text.slice(lineEnd + 1, after < 0 ? text.length : after).trimEnd();
    return COUNT_LINE.test(next) && joined.test(next);
  }
  if (e === lineStart || !WORD_END.test(text[e - 1]!)) return false;
  let n = lineEnd + 1;
  while (n < text.length && isSpace(text.charCodeAt(n))) n++;
  if (n >= text.length) return false;
  if (joined.test(text.slice(lineStart, e)) && /\p{N}/u.test(text[n]!)) return true;
  return text.charCodeAt(n) === 0x2c || LOWER.test(text[n]!);
}

interface Scan {
  text: string;
  abbr: Abbreviations;
  /** Positions of quotes and bullets, found in one pass; they are rare, so most lines have none. */
  specials: number[];
  /** Index of the first entry of `specials` not yet passed. */
  next: number;
  out: SentenceSpan[];
}

// Candidates are found by the regex engine (a native scan) rather than a character loop in JavaScript.
const MARKS = /[.!?\u2026]+/g;
const SPECIALS = /[\u00ab\u00bb\u201c\u201d\u201e\u2022]/g;

function specialPositions(text: string): number[] {
  const out: number[] = [];
  SPECIALS.lastIndex = 0;
  for (let m = SPECIALS.exec(text); m !== null; m = SPECIALS.exec(text)) out.push(m.index);
  return out;
}

function splitLine(scan: Scan, from: number, to: number): void {
  const { text, specials, out } = scan;
  let start = from;
  while (start < to && isSpace(text.charCodeAt(start))) start++;
  if (start >= to) return;
  const marker = LIST_MARKER.exec(text.slice(start, Math.min(to, start + 4)));
  if (marker !== null) start += marker[0].length;
  // This line's quotes and bullets: specials[first..last).
  while (scan.next < specials.length && specials[scan.next]! < start) scan.next++;
  const first = scan.next;
  while (scan.next < specials.length && specials[scan.next]! < to) scan.next++;
  const last = scan.next;
  const trustQuotes = first < last && quotesPair(text, specials, first, last);
  let s = first;
  let depth = 0;
  let low = 0; // „ still open, so the next “ closes it
  let segment = start;
  MARKS.lastIndex = start;
  for (let m = MARKS.exec(text); m !== null && m.index < to; m = MARKS.exec(text)) {
    const i = m.index;
    // A run of marks ("?!", "...") and the closing quotes or brackets after it belong to this sentence.
    const j = Math.min(i + m[0].length, to);
    let k = j;
    while (k < to && isCloser(text.charCodeAt(k))) k++;
    for (; s < last && specials[s]! < k; s++) {
      const p = specials[s]!;
      const c = text.charCodeAt(p);
      if (c === 0x2022) {
        // A bullet in the middle of a line starts a new item.
        if (p > segment && isSpace(text.charCodeAt(p - 1))) {
          push(text, segment, p, out);
          segment = p + 1;
        }
      } else if (trustQuotes) {
        const open = opensQuote(c, low);
        if (c === 0x201e) low++;
        else if (c === 0x201c && !open) low--;
        depth += open ? 1 : depth > 0 ? -1 : 0;
      }
    }
    MARKS.lastIndex = k;
    if (k < to && !isSpace(text.charCodeAt(k))) continue; // "20.00", "t.me", "т.е.": a mark inside a word
    let next = k;
    while (next < to && isSpace(text.charCodeAt(next))) next++;
    if (next >= to) break; // the line ends the sentence anyway
    if (depth > 0 || LOWER.test(text[next]!)) continue;
    if (j === i + 1 && text.charCodeAt(i) === 0x2e && !endsSentenceAfterDot(text, segment, i, next, scan.abbr)) {
      continue;
    }
    push(text, segment, k, out);
    segment = next;
  }
  for (; s < last; s++) {
    const p = specials[s]!;
    if (text.charCodeAt(p) === 0x2022 && p > segment && isSpace(text.charCodeAt(p - 1))) {
      push(text, segment, p, out);
      segment = p + 1;
    }
  }
  push(text, segment, to, out);
}

/** Every opening quote on the line is closed; otherwise quote depth is not trusted (a quote left open runs on). */
function quotesPair(text: string, specials: number[], first: number, last: number): boolean {
  let balance = 0;
  let low = 0;
  let any = false;
  for (let s = first; s < last; s++) {
    const c = text.charCodeAt(specials[s]!);
    if (c === 0x2022) continue;
    any = true;
    const open = opensQuote(c, low);
    if (c === 0x201e) low++;
    else if (c === 0x201c && !open) low--;
    balance += open ? 1 : -1;
    if (balance < 0) return false;
  }
  return any && balance === 0;
}

/**
 * « and „ open, » and ” close. “ is both: it closes a Russian „…“ and opens an English “…”, so it closes
 * only while a „ is open (`low` > 0).
 */
function opensQuote(c: number, low: number): boolean {
  if (c === 0xab || c === 0x201e) return true;
  if (c === 0x201c) return low === 0;
  return false;
}

/** Whether a single "." at `dot` ends the sentence, given that the next word (at `next`) is not lower case. */
function endsSentenceAfterDot(text: string, segment: number, dot: number, next: number, abbr: Abbreviations): boolean {
  let t = dot;
  while (t > segment && !isSpace(text.charCodeAt(t - 1))) t--;
  while (t < dot && isOpener(text.charCodeAt(t))) t++;
  const token = text.slice(t, dot + 1);
  if (token === '.') return true;
  // "1. Item" at the start of a line is a list number, not a sentence.
  if (t === segment && NUMBER.test(token.slice(0, -1))) return false;
  if (!isAbbreviation(token, abbr)) return true;
  const nextUpper = UPPER.test(text[next]!);
  if (!nextUpper) return false; // "Nov. 5", "ст. 205"
  if (ZONE_TIME.test(text.slice(next, next + 24))) return false; // "at 9 p.m. Moscow time"
  if (abbr.mayEnd.has(token)) return true; // "…и т.д. Затем"
  // After a number a lower-case abbreviation is a unit or a year and often closes the sentence ("в 2024 г.
  // Позже", "at 5 p.m. The"); a capitalised one is a title or a month ("On Nov. 5 Gov. Petrov").
  if (!LOWER.test(token.charAt(0))) return false;
  let p = t;
  while (p > segment && isSpace(text.charCodeAt(p - 1))) p--;
  let q = p;
  while (q > segment && !isSpace(text.charCodeAt(q - 1))) q--;
  return q < p && NUMBER.test(text.slice(q, p));
}

/**
 * The longest sentence span, in characters. Extraction pairs the mentions of a sentence with each other (a count
 * with its weapon, a place with its trigger), so one sentence's cost grows faster than its length: one POST of
 * 4,500 clauses «Над … областью уничтожен 1 БПЛА, » and no full stop held the server for minutes. The longest
 * sentence of the real texts is about 720 characters (a list of 30 regions fits in half that), so a longer one is
 * a run of clauses, cut at clause marks into pieces of at most this many; every piece is still a span of the text.
 */
export const MAX_SENTENCE = 1500;

function push(text: string, from: number, to: number, out: SentenceSpan[]): void {
  let s = from;
  let e = to;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  while (e - s > MAX_SENTENCE) {
    const cut = clauseCut(text, s, s + MAX_SENTENCE);
    pushTrimmed(text, s, cut, out);
    s = cut;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
  }
  pushTrimmed(text, s, e, out);
}

function pushTrimmed(text: string, from: number, to: number, out: SentenceSpan[]): void {
  let e = to;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > from) out.push({ start: from, end: e, text: text.slice(from, e) });
}

/** Where to end a piece of an over-long sentence that starts at `from` and may run to `limit`: after the last ";"
 *  or "," followed by a space in its second half, else at its last space, else at `limit` (never between the two
 *  halves of a surrogate pair). */
function clauseCut(text: string, from: number, limit: number): number {
  const half = from + Math.floor((limit - from) / 2);
  for (let i = limit - 1; i >= half; i--) {
    const c = text.charCodeAt(i);
    if ((c === 0x3b || c === 0x2c) && isSpace(text.charCodeAt(i + 1))) return i + 1;
  }
  for (let i = limit - 1; i > half; i--) if (isSpace(text.charCodeAt(i))) return i;
  const c = text.charCodeAt(limit);
  return c >= 0xdc00 && c <= 0xdfff ? limit - 1 : limit;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a);
}

/** Closing quotes and brackets: » ” “ (closing a Russian „…“) " ’ ' ) ] */
function isCloser(c: number): boolean {
  return (
    c === 0xbb || c === 0x201d || c === 0x201c || c === 0x22 || c === 0x2019 || c === 0x27 || c === 0x29 || c === 0x5d
  );
}

/** Opening quotes and brackets before a token: « “ „ " ‘ ' ( [ */
function isOpener(c: number): boolean {
  return (
    c === 0xab || c === 0x201c || c === 0x201e || c === 0x22 || c === 0x2018 || c === 0x27 || c === 0x28 || c === 0x5b
  );
}
