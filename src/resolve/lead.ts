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
/** Lines read for the lead (headings and blank lines before it included), and characters of each. */
const MAX_LEAD_LINES = 12;
const MAX_LINE_CHARS = 4000;
// A list item's marker or a bullet before the first word of a line.
const LINE_MARKER = /^[\s\-\u2010-\u2015\u2022\u25aa\u25b6\u25ba*>]+/u;
// The first sentence: at least 20 characters, up to a sentence end followed by a space or the line's end.
const FIRST_SENTENCE = /^.{20,}?[.!?;](?=\s|$)/u;
// An attribution after a dash at the end ("… — the agency", "… — Name Surname"): who said it, told elsewhere too.
// A link's address is no part of the statement: its words and dates ("/2024-11-27/biden-readies-…") would make two
// retellings of one figure differ in their numbers. A link keeps its text.
// Bounded, and applied line by line to the opening lines only: an unclosed «[» repeated over a whole text must not
// make the search quadratic.
const LINK = /\[([^\]\n]{0,300})\]\([^)\s]{0,2000}\)/g;
const BARE_URL = /\bhttps?:\/\/\S+/g;
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

/** How many statements of a report's opening count as its lead: a headline and the body's first sentence. An outlet
 *  that puts its own headline over the statement ("Aid package of $725m" over "The administration is preparing a
 *  $725m package, Reuters reports") retells the source's first sentence in its second, and a channel that only
 *  reposts the headline retells the other's first. */
const LEAD_STATEMENTS = 2;

function statementOf(line: string, lang: Lang): Lead {
  const cut = line.replace(TRAILING_ATTRIBUTION, '');
  return { words: new Set(contentWords(cut, lang)), numbers: new Set(cut.match(/\d+/g) ?? []) };
}

/** The report's lead statements: from its first line that is more than a heading, the first sentences (each cut at its
 *  end, an attribution after a closing dash left out), at most LEAD_STATEMENTS of them, each line its own statement
 *  when it has no sentence end. */
export function leadsOf(text: string, lang: Lang): Lead[] {
  const lines: string[] = [];
  // Only the opening lines can hold the lead; a heading may come first.
  for (const raw of text.split(/\n+/, MAX_LEAD_LINES)) {
    const line = raw
      .slice(0, MAX_LINE_CHARS)
      .replace(LINK, '$1')
      .replace(BARE_URL, ' ')
      .replace(LINE_MARKER, '')
      .trim();
    if (line.length > 0) lines.push(line);
  }
  let i = 0;
  while (i < lines.length - 1 && contentWords(lines[i]!, lang).length <= HEADING_MAX_WORDS) i++;
  const out: Lead[] = [];
  for (; i < lines.length && out.length < LEAD_STATEMENTS; i++) {
    let rest = lines[i]!.slice(0, MAX_LEAD_CHARS);
    while (rest.length > 0 && out.length < LEAD_STATEMENTS) {
      const sentence = FIRST_SENTENCE.exec(rest);
      const line = sentence ? sentence[0] : rest;
      out.push(statementOf(line, lang));
      rest = rest.slice(line.length).trim();
    }
  }
  return out.length > 0 ? out : [{ words: new Set(), numbers: new Set() }];
}

/** The report's lead statement: its first line that is more than a heading, cut at its first sentence's end, an
 *  attribution after a closing dash left out. */
export function leadOf(text: string, lang: Lang): Lead {
  return leadsOf(text, lang)[0]!;
}
