// The lead of a report: the statement it opens with. Outlets that retell one statement reword the body, add their
// own context and a subscribe line, but keep its lead close to the source's ("X has several Y ready, Z said" and
// "X has several Y ready — Z"), so two leads that share most of their words are one statement retold, where the
// whole texts share too little for a near-duplicate.
import type { Lang } from '../core/types.ts';
import { contentWordHashes } from './shingles.ts';

/** A first line with fewer content words than this is a heading for what follows ("Z:", "Z's other statements:"). */
const HEADING_MAX_WORDS = 3;
/** Words this short are mostly prepositions and conjunctions in every alphabet; they say nothing of the statement. */
const MIN_WORD_LENGTH = 3;
const MAX_LEAD_CHARS = 400;
// A list item's marker or a bullet before the first word of a line.
const LINE_MARKER = /^[\s\-\u2010-\u2015\u2022\u25aa\u25b6\u25ba*>]+/u;
// The first sentence: at least 20 characters, up to a sentence end followed by a space or the line's end.
const FIRST_SENTENCE = /^.{20,}?[.!?;](?=\s|$)/u;
// An attribution after a dash at the end ("… — the agency", "… — Name Surname"): who said it, told elsewhere too.
const TRAILING_ATTRIBUTION = /\s[\u2013\u2014-]\s*(?:\S+\s*){1,5}$/u;

export interface Lead {
  /** Hashes of the lead's stemmed words, short words and numbers left out. */
  words: ReadonlySet<number>;
  /** The numbers the lead gives, as written ("25", "09.30" as "09" and "30"). */
  numbers: ReadonlySet<string>;
}

// An emoji's variation selector or joiner is a mark, so the tokenizer would glue it to the next word ("⚡️Word").
const EMOJI_JOINERS = /[\ufe00-\ufe0f\u200d]/gu;

function contentWords(text: string, lang: Lang): number[] {
  return contentWordHashes(text.replace(EMOJI_JOINERS, ' '), lang, MIN_WORD_LENGTH);
}

/** The report's lead statement: its first line that is more than a heading, cut at its first sentence's end, an
 *  attribution after a closing dash left out. */
export function leadOf(text: string, lang: Lang): Lead {
  const lines = text
    .split(/\n+/)
    .map((l) => l.replace(LINE_MARKER, '').trim())
    .filter((l) => l.length > 0);
  let i = 0;
  while (i < lines.length - 1 && contentWords(lines[i]!, lang).length <= HEADING_MAX_WORDS) i++;
  let line = (lines[i] ?? '').slice(0, MAX_LEAD_CHARS);
  const sentence = FIRST_SENTENCE.exec(line);
  if (sentence) line = sentence[0];
  line = line.replace(TRAILING_ATTRIBUTION, '');
  return { words: new Set(contentWords(line, lang)), numbers: new Set(line.match(/\d+/g) ?? []) };
}
