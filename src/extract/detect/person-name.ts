import type { PlaceMatch } from '../common/gazetteer.ts';
import { anyOf, anyWordOf } from '../grammar.ts';
import type { SentenceView } from '../view.ts';

/** One capitalised word of a name: no hyphen, digit or apostrophe ("Oleksiy", "Petrenko"). */
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
/** The word before the pair (if any), the spaces after it, the word right before the town and its spaces. */
const LEFT_PAIR = /(?:^|(\S+)([ \t]+))(\S+)([ \t]+)$/u;
/** The spaces and the word right after the town, then what closes the pair: spaces and a word, punctuation, the end. */
const RIGHT_PAIR = /^([ \t]+)(\p{L}+)(?:[ \t]+(\S+)|[.,;:!?)]|\s*$)/u;
/** A word that keeps the pair out of a title-cased run ("Russia Strikes Kharkiv Again"): a word in lower case, a
 *  comma at most after it (not "war: Major Moscow airport", where a colon opens a headline's own capitals). */
const OUTSIDE_NAME = /^\p{Ll}[\p{Ll}'’]*,?$/u;
/** Words long enough to tell title case from running text ("Drones Hit Ukraine as Kyiv Rushes to Mend Lines"). */
const LONG_WORD = /\p{L}{4,}/gu;
/** A word after which a capitalised word is a place, not a name: "in Kherson Monday", "the Avdiivka Coke plant". */
const PLACE_LEAD = new RegExp(
  `^(?:${anyWordOf('place_preposition')}|${anyWordOf('target_preposition')}|${anyOf('topic_preposition')}|${anyOf('article')})$`,
  'iu',
);

/** "security council secretary Oleksiy Danilov said", "said that Stanislav Petrenko was hurt": a one-word
 *  town (Danilov, Stanislav) in a pair of capitalised words, the other one no place and no word the lexicons know,
 *  in running text (the words around the pair are not capitalised: a headline's title case is no name), is a
 *  person's given name or surname, not a place. A pair after a preposition or an article is a place and a word the
 *  lexicons lack ("in Kherson Monday", "the Avdiivka Coke plant", "in Eastern Kharkiv"). */
export function inPersonName(text: string, view: SentenceView, p: PlaceMatch): boolean {
  if (p.kind !== 'city' || /\s/u.test(p.text) || titleCase(view.span.text)) return false;
  const over = (o: { start: number; end: number }, start: number, end: number) => o.start < end && o.end > start;
  const known = (start: number, end: number) =>
    view.hits.some((h) => over(h, start, end)) ||
    view.places.some((o) => over(o, start, end)) ||
    view.times.some((t) => over(t, start, end));
  const nameAt = (word: string, start: number) => NAME_WORD.test(word) && !known(start, start + word.length);
  const outsideOk = (word: string | undefined) =>
    word === undefined || (OUTSIDE_NAME.test(word) && !PLACE_LEAD.test(word));
  const left = LEFT_PAIR.exec(text.slice(view.span.start, p.start));
  if (left) {
    const word = left[3] ?? '';
    const start = p.start - (left[4] ?? '').length - word.length;
    const next = /^[ \t]+(\S+)/u.exec(text.slice(p.end, view.span.end))?.[1];
    if (left[1] !== undefined && nameAt(word, start) && outsideOk(left[1]) && outsideOk(next)) return true;
  }
  const right = RIGHT_PAIR.exec(text.slice(p.end, view.span.end));
  if (!right) return false;
  const word = right[2] ?? '';
  if (!nameAt(word, p.end + (right[1] ?? '').length) || !(right[3] === undefined || /^\p{Ll}/u.test(right[3]))) {
    return false;
  }
  // The town's own left side: no word the lexicons know ("the shelled Kharkiv Palace hotel").
  const before = /(\S+)[ \t]+$/u.exec(text.slice(view.span.start, p.start));
  if (!before) return true;
  const at = p.start - before[0].length;
  return outsideOk(before[1]) && !known(at, at + (before[1] ?? '').length);
}

/** Whether most long words of the sentence are capitalised: a headline in title case, where no pair is a name. */
function titleCase(sentence: string): boolean {
  const words = sentence.match(LONG_WORD) ?? [];
  return words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > words.length;
}
