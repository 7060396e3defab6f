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

const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** A regex alternation (no group) of one list's words in every language, longest first. */
export function anyOf(list: GrammarList): string {
  const words = [...new Set(LEXICONS.flatMap((lex) => lex.grammar[list] ?? []))].sort((a, b) => b.length - a.length);
  return words.map(escaped).join('|');
}
