// Function words for the shared rules, from every language's lexicon (`grammar`): a rule asks for "the
// conjunctions" and gets an alternation of all of them, so adding a language adds its words here without touching
// a rule. Every language's words are joined, as the rules always read mixed texts that way (an English dateline in
// a Russian post).
import { en } from './lang/en/lexicon.ts';
import { ru } from './lang/ru/lexicon.ts';
import { uk } from './lang/uk/lexicon.ts';
import type { Lexicon } from './lexicon.ts';

const LEXICONS: readonly Lexicon[] = [en, ru, uk];

export type GrammarList = keyof Lexicon['grammar'];

// A trailing `*` lets any letters follow, as in the lexicons' word lists ("відновил*").
const escaped = (word: string) => {
  const stem = word.endsWith('*') ? word.slice(0, -1) : word;
  const body = stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return stem === word ? body : `${body}\\p{L}*`;
};

/** A regex alternation (no group) of one list's words in every language, longest first. A list no language fills
 *  gives a pattern that matches nothing (an empty alternation would match everywhere). */
export function anyOf(list: GrammarList): string {
  return alternation(LEXICONS.flatMap((lex) => lex.grammar[list] ?? []));
}

/** The same, each word also in title case ("And Other Cities"), for a rule that must read a headline's capitals but
 *  keep other parts of its pattern case-sensitive (an `i` flag would let `\\p{Lu}` match any letter). */
export function anyOfTitled(list: GrammarList): string {
  const words = LEXICONS.flatMap((lex) => lex.grammar[list] ?? []);
  const titled = words.map((w) => w.replace(/(^|\s)(\p{Ll})/gu, (_, s: string, c: string) => s + c.toUpperCase()));
  return alternation([...words, ...titled]);
}

/** The same for a word list read as hits (`target_preposition`, `increment`), where a rule reads the text itself: the
 *  word may end a longer hit ("attack on") and not be a hit of its own, or stand where no sentence view is at hand;
 *  for `seat_site`, a list read on the text only; for `fell`, whose word may open a longer hit («упали на»); and for
 *  `alert_end`, whose word may open the alert's own hit («відбій повітряної тривоги»). */
export function anyWordOf(
  list: 'target_preposition' | 'place_preposition' | 'increment' | 'seat_site' | 'fell' | 'alert_end',
): string {
  return alternation(LEXICONS.flatMap((lex) => lex[list] ?? []));
}

/** A regex alternation (no group) of the given words, longest first; one that matches nothing if there are none. */
export function alternation(words: readonly string[]): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return sorted.length === 0 ? '(?!)' : sorted.map(escaped).join('|');
}

/** Each language's words of several lists, for a rule that must read one language's words together (a store noun,
 *  the case it governs and the instrumental that undoes it). Only the languages that fill every list. */
export function byLanguage<K extends GrammarList>(lists: readonly K[]): Record<K, readonly string[]>[] {
  return LEXICONS.filter((lex) => lists.every((l) => (lex.grammar[l]?.length ?? 0) > 0)).map(
    (lex) => Object.fromEntries(lists.map((l) => [l, lex.grammar[l] ?? []])) as unknown as Record<K, readonly string[]>,
  );
}

/** Each language's words of two lists, side by side: for a rule that must keep one language's words together (an
 *  adjective's ending and the noun it agrees with). */
export function pairedByLanguage(a: GrammarList, b: GrammarList): [readonly string[], readonly string[]][] {
  return byLanguage([a, b]).map((lists): [readonly string[], readonly string[]] => [lists[a], lists[b]]);
}
