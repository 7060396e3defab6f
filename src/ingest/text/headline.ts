// Whether one line reads as a headline rather than a sentence. Used twice by cleanText: the first line of a
// text becomes its title, and a stray headline glued to the end of a scraped article (the next story's title,
// as in "…remains a significant obstacle.\n\nConspiracy Theories Emerge After Mid-Air Collision") is cut.

/** Sentence-final marks; a line ending in one of them is a sentence, not a headline. */
const FINAL = /[.!?…»"”]$/u;
/** A line ending like this is cut short or introduces something ("Details:"), so it is no headline either. */
const OPEN_END = /[,;:\-–—(]$/u;
const TITLE_END = /(?:[?!]|[^.!?…][»"”])$/u;
const LIST_ITEM = /^(?:[-•*–]\s|\d+[.)]\s)/u;
const UPPER_START = /^\p{Lu}/u;
const HAS_LETTER = /\p{L}/u;
const INNER_STOP = /[\p{Ll}\d"»”)][.!?…]\s/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

export interface HeadlineOptions {
  /** A first-line title may end in "?", "!" or a closing quote («…это, вероятно, «Кедр»»), not in a full stop. */
  title?: boolean;
  minWords?: number;
  /** Only English-style title case counts, not mere shortness (see normalize.ts on Telegram posts). */
  titleCaseOnly?: boolean;
}

/**
 * Most words capitalised (English title case), or shorter than 15 words (Russian and Ukrainian headlines are in
 * sentence case), with no sentence-final punctuation and not a list item.
 */
export function isHeadlineLike(line: string, opts: HeadlineOptions = {}): boolean {
  const text = line.trim();
  if (text === '' || text.length > 250 || LIST_ITEM.test(text) || OPEN_END.test(text)) return false;
  if (FINAL.test(text) && !(opts.title === true && TITLE_END.test(text))) return false;
  // A sentence ending inside the line ("…27000 km/h. @channel") makes it prose, not a headline.
  if (INNER_STOP.test(text)) return false;
  const words = text.split(/\s+/u);
  if (words.length < (opts.minWords ?? 2) || words.length > 40) return false;
  if (words.length < 15 && opts.titleCaseOnly !== true) return true;
  return isTitleCase(words);
}

/** "Kaluga Oblast Anti-Aircraft Systems Destroy 40 UAVs in Incident with No Casualties": short words aside. */
function isTitleCase(words: string[]): boolean {
  let counted = 0;
  let upper = 0;
  for (const w of words) {
    // Title case is an English convention; in Russian a line of place names looks the same and is a sentence.
    if (CYRILLIC.test(w)) return false;
    if (w.length <= 3 || !HAS_LETTER.test(w)) continue;
    counted++;
    if (UPPER_START.test(w)) upper++;
  }
  return counted > 0 && upper / counted >= 0.7;
}
