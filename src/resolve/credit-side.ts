// Whose side a credit speaks for, as its own words tell it: "Russian officials said", "Ukraine's air force said",
// «российские власти». An English report has no side of its own (unplaced-folds.ts, LANGUAGE_SIDE), so without these
// words "Russian officials" beside Ukraine's air force would be taken for that body's own word (review 41a). The
// words are data (data/lexicon/credit-sides.json).
import sidesData from '../../data/lexicon/credit-sides.json' with { type: 'json' };
import type { Country, Fact, Lang, Report } from '../core/types.ts';
import { LANGUAGE_SIDE } from './unplaced-folds.ts';

type SideWords = Partial<Record<Country, string[]>> & { own_sources?: string[] };
const SIDES = sidesData as unknown as Partial<Record<Lang, SideWords>>;

/** Words of the clause right before the credit that may still be its own ("Russia's defence ministry", "the
 *  Russian-installed authorities"): a determiner and a modifier. */
const WORDS_BEFORE = 2;
/** What ends the credit's clause on its left: a side word beyond it is another phrase's ("12 Ukrainian drones, the
 *  ministry said"). */
const CLAUSE_END = /[.,;:!?()«»"“”—–\n]/u;
const WORD = /[\p{L}\p{M}'\u2019-]+/gu;

function matches(word: string, pattern: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}

/** The side the credit of `fact` names in its own words, undefined when they name none or both. */
export function toldSide(fact: Fact, report: Report | null): Country | undefined {
  const span = fact.fields.claimant;
  if (!report || !span || span.from !== undefined || span.end <= span.start) return undefined;
  const lexicon = SIDES[report.lang];
  if (!lexicon) return undefined;
  const before = report.text.slice(Math.max(0, span.start - 80), span.start);
  let clause = before;
  for (let k = before.length - 1; k >= 0; k--) {
    if (CLAUSE_END.test(before[k]!)) {
      clause = before.slice(k + 1);
      break;
    }
  }
  const words = [
    ...[...clause.matchAll(WORD)].map((m) => m[0]).slice(-WORDS_BEFORE),
    ...[...report.text.slice(span.start, span.end).matchAll(WORD)].map((m) => m[0]),
  ].map((w) => w.toLowerCase());
  const found = new Set<Country>();
  for (const [side, patterns] of Object.entries(lexicon) as [Country | 'own_sources', string[]][]) {
    if (side === 'own_sources') continue;
    if (words.some((w) => patterns.some((p) => matches(w, p)))) found.add(side);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The side a credited fact speaks for: its credit's own words, else its report's language (ru → RU, uk → UA);
 *  undefined when neither tells (an English "officials said"). */
export function creditSide(fact: Fact, report: Report | null): Country | undefined {
  return toldSide(fact, report) ?? (report ? LANGUAGE_SIDE[report.lang] : undefined);
}

/** What ends the credit's sentence. */
const SENTENCE_END = /[.!?\n]/u;

/** Whether the sentence of the credit of `fact` names the outlet's own sources («сообщает Baza со ссылкой на местных
 *  жителей», "witnesses told the agency"): its own reporting, not someone's statement retold. */
export function citesOwnSources(fact: Fact, report: Report | null): boolean {
  const span = fact.fields.claimant;
  const words = report ? SIDES[report.lang]?.own_sources : undefined;
  if (!report || !span || span.from !== undefined || !words) return false;
  let start = span.start;
  while (start > 0 && !SENTENCE_END.test(report.text[start - 1]!)) start--;
  let end = span.end;
  while (end < report.text.length && !SENTENCE_END.test(report.text[end]!)) end++;
  return [...report.text.slice(start, end).matchAll(WORD)].some((m) =>
    words.some((p) => matches(m[0].toLowerCase(), p)),
  );
}
