import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemRussian } from '@orama/stemmers/russian';
import { stemmer as stemUkrainian } from '@orama/stemmers/ukrainian';
import { fnv1a } from '../core/hash.ts';
import type { Lang } from '../core/types.ts';

const APOSTROPHES = /[\u2018\u2019\u02bc\u02b9\u0060\u00b4\u2032]/g;
const OTHER_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

// A hand-written scan: the equivalent Unicode regex took most of the 0.3 ms budget of a 2 KB text.
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  if (c >= 0x400 && c <= 0x4ff) return c < 0x482 || c >= 0x48a;
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return c > 0x24f && OTHER_WORD_CHAR.test(String.fromCharCode(c));
}

/** Words of the lowercased text; an apostrophe stays only between two letters ("м'ясо", "governor's"),
 *  so quotation marks typed as apostrophes (‘Last night…’) fall away with the punctuation. */
function tokenize(text: string): string[] {
  const words: string[] = [];
  scanWords(text, (clean, start, end) => {
    words.push(clean.slice(start, end));
  });
  return words;
}

/** Calls `visit` with each word's bounds in the cleaned text, in order (tokenize's words, unsliced). */
function scanWords(text: string, visit: (clean: string, start: number, end: number) => void): void {
  const clean = text.toLowerCase().replace(/ё/g, 'е').replace(APOSTROPHES, "'");
  let start = -1;
  for (let i = 0; i <= clean.length; i++) {
    const c = i < clean.length ? clean.charCodeAt(i) : 32;
    if (isWordChar(c)) {
      if (start < 0) start = i;
    } else if (start >= 0 && !(c === 39 && isWordChar(clean.charCodeAt(i + 1) || 32))) {
      visit(clean, start, i);
      start = -1;
    }
  }
}

type Stemmer = (word: string) => string;

// Snowball stemming costs about 1 µs a word, which alone would eat the budget of a 2 KB text. News
// vocabulary repeats heavily, so a bounded memo per stemmer (word -> hash of its stem) makes it nearly
// free. It is a cache only: results are the same with or without it.
const CACHE_LIMIT = 50_000;
interface StemmerSlot {
  stem: Stemmer;
  cache: Map<string, number>;
}
const ENGLISH: StemmerSlot = { stem: stemEnglish, cache: new Map() };
const RUSSIAN: StemmerSlot = { stem: stemRussian, cache: new Map() };
const UKRAINIAN: StemmerSlot = { stem: stemUkrainian, cache: new Map() };
const NONE: StemmerSlot = { stem: (w) => w, cache: new Map() };

// Pick the stemmer by script, not by the report's language: a Russian post quoting "Shahed" or an
// English article quoting «Герань» still stems each word by the rules of its own alphabet.
function stemmerFor(word: string, lang: Lang): StemmerSlot {
  const c = word.charCodeAt(0);
  if (c >= 0x400 && c <= 0x4ff) return lang === 'uk' ? UKRAINIAN : RUSSIAN;
  if (c >= 97 && c <= 122) return ENGLISH;
  return NONE;
}

function stemHash(word: string, lang: Lang): number {
  const slot = stemmerFor(word, lang);
  let h = slot.cache.get(word);
  if (h === undefined) {
    h = fnv1a(slot.stem(word));
    if (slot.cache.size >= CACHE_LIMIT) slot.cache.clear();
    slot.cache.set(word, h);
  }
  return h;
}

/** Lowercased, ё->е, apostrophes unified, punctuation dropped, each word stemmed. */
export function normalizeWords(text: string, lang: Lang): string[] {
  return tokenize(text).map((w) => stemmerFor(w, lang).stem(w));
}

/** Calls `visit` with the hash of each stemmed word at least `minLength` letters long, numbers left out (a lead's
 *  content words; the stems are cached as for shingles). Short words and numbers are left out before they are cut
 *  from the text. */
function eachContentWord(text: string, lang: Lang, minLength: number, visit: (hash: number) => void): void {
  scanWords(text, (clean, start, end) => {
    if (end - start >= minLength && !allDigits(clean, start, end)) visit(stemHash(clean.slice(start, end), lang));
  });
}

/** The content words' hashes (eachContentWord), in order. */
export function contentWordHashes(text: string, lang: Lang, minLength: number): number[] {
  const out: number[] = [];
  eachContentWord(text, lang, minLength, (h) => out.push(h));
  return out;
}

/** contentWordHashes counted: each hash with how many times it comes, in the order first met. */
export function contentWordCounts(text: string, lang: Lang, minLength: number): Map<number, number> {
  const counts = new Map<number, number>();
  eachContentWord(text, lang, minLength, (h) => counts.set(h, (counts.get(h) ?? 0) + 1));
  return counts;
}

/** Only ASCII digits (a figure, not a word): what `/^\d+$/` says of the non-empty word text[start, end). */
function allDigits(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return end > start;
}

// Order-sensitive mix of three word hashes ("40 drones destroyed" differs from "destroyed 40 drones").
function combine(a: number, b: number, c: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ b, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ c, 0x27d4eb2f);
  return (h ^ (h >>> 15)) >>> 0;
}

/** 32-bit hashes of the stemmed word 3-shingles (single words when the text has fewer than 3). */
export function shingleHashes(text: string, lang: Lang): number[] {
  const hashes = tokenize(text).map((w) => stemHash(w, lang));
  if (hashes.length < 3) return hashes;
  const out = new Array<number>(hashes.length - 2);
  for (let i = 0; i + 2 < hashes.length; i++) {
    out[i] = combine(hashes[i]!, hashes[i + 1]!, hashes[i + 2]!);
  }
  return out;
}
