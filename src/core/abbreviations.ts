// The abbreviations a full stop may close without ending a sentence («г. Москва», "Nov. 5", «В. Гладков»): the
// sentence splitter (ingest) and the clause cutter (extract) read them alike, so both take them from here. The lists
// live in data/lexicon/abbreviations.json.
import lexicon from '../../data/lexicon/abbreviations.json' with { type: 'json' };
import type { Lang } from './types.ts';

export interface Abbreviations {
  known: Set<string>;
  /** Abbreviations that may also end a sentence ("…и т.д. Затем"). */
  mayEnd: Set<string>;
}

function build(lists: { abbreviations: string[]; may_end: string[] }[]): Abbreviations {
  return {
    known: new Set(lists.flatMap((l) => l.abbreviations)),
    mayEnd: new Set(lists.flatMap((l) => l.may_end)),
  };
}

const ABBREVIATIONS: Record<Lang, Abbreviations> = {
  en: build([lexicon.en]),
  // English titles and months turn up in Russian and Ukrainian posts too ("Dr.", "Nov.").
  ru: build([lexicon.ru, lexicon.en]),
  uk: build([lexicon.uk, lexicon.en]),
};

export function abbreviationsOf(lang: Lang): Abbreviations {
  return ABBREVIATIONS[lang];
}

const INITIALS = /^(?:\p{L}\.)+$/u;

/** Whether a token that ends in its full stop is an abbreviation or an initial. */
export function isAbbreviation(token: string, abbr: Abbreviations): boolean {
  if (abbr.known.has(token)) return true;
  // "Ст. 205" at the start of a sentence is the listed "ст.".
  const lowered = token.charAt(0).toLowerCase() + token.slice(1);
  if (lowered !== token && abbr.known.has(lowered)) return true;
  // Initials and one-letter abbreviations: "В. Гладков", "В.В. Путин", "J. Smith", "U.S.".
  return INITIALS.test(token);
}
