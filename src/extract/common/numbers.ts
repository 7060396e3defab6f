// Counts in report text: digits and number words of every case form, with their qualifiers ("over 70",
// «не менее 5», «близько 30», «от 10 до 15», «десятки»), folded into the contract's Count shape. One rule set;
// each language is data/lexicon/numbers.json (plus the month names of time.json, to skip dates).
// Also home to the word-matching helpers time.ts shares (trie patterns, word starts, phrase look-behind); that and
// the many not-a-count rules (times, dates, years, models, units) make it longer than ~400 lines.

import numbersData from '../../../data/lexicon/numbers.json' with { type: 'json' };
import timeData from '../../../data/lexicon/time.json' with { type: 'json' };
import type { Count, Lang } from '../../core/types.ts';

/** A count found in text; `start`/`end` are offsets into the input and cover the qualifier ("over 70"). */
export interface NumberMatch {
  start: number;
  end: number;
  text: string;
  count: Count;
}

type QualifierKind = 'over' | 'atLeast' | 'approx' | 'upTo' | 'under';
type AfterKind = 'atLeast' | 'approx' | 'over';

interface ScaleWord {
  factor: number;
  alone?: number;
  vague?: number;
}

/** The shape of one language in data/lexicon/numbers.json (its _note says what each list means). */
interface NumberLexicon {
  words: Record<string, number>;
  scales: Record<string, ScaleWord>;
  vague: Record<string, number>;
  articles: string[];
  joiners: string[];
  decimalSeparator: string;
  thousandsSeparator: string;
  qualifiers: Record<QualifierKind, string[]>;
  after: Record<AfterKind, string[]>;
  rangeFrom: string[];
  rangeTo: string[];
  rangeNeedsFrom: string[];
  digitSuffixes: Record<string, number[]>;
  gluedMarks: string[];
  markTimes: string[];
  yearPreps: string[];
  notCounted: string[];
  denied: string[];
  corrected: string[];
}

const LEXICONS: Record<Lang, NumberLexicon> = numbersData;

const NORM_CHARS = /ё|['’ʼ`]|\s+/g;

/** True when `s` is already in lookup form: lower case, е for ё, ' for every apostrophe, single spaces. */
function isNormal(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (lowerCode(code) !== code || code === 0x451 || (isApostrophe(code) && code !== 0x27)) return false;
    if (isSpace(code) && (code !== 0x20 || isSpace(s.charCodeAt(i - 1)))) return false;
  }
  return true;
}

/** Case, ё/е, apostrophe variants (п'ять, п’ять, пʼять) and runs of spaces all look alike to the lookups.
 *  Most words need none of it, or only lower case; they are not rebuilt. */
export function normWord(s: string): string {
  if (isNormal(s)) return s;
  const lower = s.toLowerCase();
  if (isNormal(lower)) return lower;
  return lower.replace(NORM_CHARS, (m) => (m === 'ё' ? 'е' : /\s/.test(m) ? ' ' : "'"));
}

const SPECIAL = /[.*+?^${}()|[\]\\/]/;

function charPattern(ch: string): string {
  if (ch === 'е') return '[её]';
  if (ch === "'") return "['’ʼ`]";
  if (ch === ' ') return '\\s+';
  if (ch === '-') return '[-–]';
  return SPECIAL.test(ch) ? `\\${ch}` : ch;
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

function emit(node: TrieNode): string {
  const alts = [...node.next.keys()].sort().map((ch) => charPattern(ch) + emit(node.next.get(ch) as TrieNode));
  if (alts.length === 0) return '';
  const body = alts.length === 1 ? (alts[0] as string) : `(?:${alts.join('|')})`;
  return node.end ? `(?:${body})?` : body;
}

/**
 * A regex source matching any of `words`, built as a trie ("п(?:ять(?:сот|десят)?|...)") so the engine picks a
 * branch by its first letter instead of trying hundreds of alternatives at every position. Greedy: the longest
 * word is tried first. Use with the `iu` flags and put a word-end check after it.
 */
export function wordsPattern(words: Iterable<string>): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of normWord(word)) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  return emit(root);
}

/** The end of a word: no letter or digit follows, nor an apostrophe inside a word (uk «сім'я» is not «сім»),
 *  though an English possessive may ("tonight's"). */
export const WORD_END = "(?![\\p{L}\\p{N}]|['’ʼ`](?![sS](?![\\p{L}]))\\p{L})";

/** Letters (Latin, Cyrillic), digits and apostrophes, by char code: far cheaper than a Unicode regex per char. */
function isWordCode(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x400 && code <= 0x52f) ||
    isApostrophe(code)
  );
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc || code === 0x60;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x202f || code === 0x2009 || (code >= 0x09 && code <= 0x0d);
}

/** True when a word may start at `i`: the character before is neither a letter nor a digit nor an apostrophe
 *  glued to a letter (uk «сім'я»). A quote before the word is fine ('Last night…'). */
export function startsWord(text: string, i: number): boolean {
  if (i === 0) return true;
  const prev = text.charCodeAt(i - 1);
  if (!isWordCode(prev)) return true;
  if (!isApostrophe(prev)) return false;
  return i < 2 || !isWordCode(text.charCodeAt(i - 2));
}

interface Before {
  start: number;
  phrase: string;
}

/** Lower-case a letter's char code (Latin, Cyrillic, ё as е) without building a string. */
function lowerCode(code: number): number {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x410 && code <= 0x42f)) return code + 32;
  if (code >= 0x400 && code <= 0x40f) return code + 80;
  if (code === 0x451) return 0x435;
  if (code === 0x490) return 0x491;
  return code;
}

/** The phrases looked for before a number, as every word-final part («менее», «не менее», «чем», «менее чем»…),
 *  and the first letters of their words, so most words are passed over without building a string. */
interface PhraseEnds {
  parts: Set<string>;
  initials: Set<number>;
}

function phraseEnds(lists: Iterable<string>): PhraseEnds {
  const parts = new Set<string>();
  const initials = new Set<number>();
  for (const phrase of lists) {
    const words = normWord(phrase).split(' ');
    for (let i = 0; i < words.length; i++) {
      parts.add(words.slice(i).join(' '));
      initials.add((words[i] as string).charCodeAt(0));
    }
  }
  return { parts, initials };
}

/** The one-, two-, … word phrases that end right before `at`, with only spaces between, shortest first:
 *  for «… не менее 5» at 5: «менее», «не менее». A word may end in an abbreviation's dot ("Nov."). The walk
 *  stops as soon as the phrase ends no phrase of `ends`, so most numbers cost one char-code test. */
function phrasesBefore(text: string, at: number, ends: PhraseEnds): Before[] {
  const out: Before[] = [];
  let i = at;
  let phrase = '';
  for (;;) {
    let j = i;
    while (j > 0 && isSpace(text.charCodeAt(j - 1))) j--;
    if (j === i) break;
    const wordEnd = j;
    if (j > 1 && text.charCodeAt(j - 1) === 0x2e && isWordCode(text.charCodeAt(j - 2))) j--;
    let k = j;
    while (k > 0 && isWordCode(text.charCodeAt(k - 1))) k--;
    if (k === j || !ends.initials.has(lowerCode(text.charCodeAt(k)))) break;
    const word = normWord(text.slice(k, wordEnd));
    phrase = phrase ? `${word} ${phrase}` : word;
    if (!ends.parts.has(phrase) && !ends.parts.has(phrase.replace(/\.$/, ''))) break;
    out.push({ start: k, phrase });
    i = k;
  }
  return out;
}

function longest<T>(before: readonly Before[], table: ReadonlyMap<string, T>): { start: number; value: T } | null {
  for (let i = before.length - 1; i >= 0; i--) {
    const b = before[i] as Before;
    const value = table.get(b.phrase);
    if (value !== undefined) return { start: b.start, value };
  }
  return null;
}

/** Phrases to look for right before a place in the text ("в", «около», "shortly after"), each with a value. */
export interface PhraseTable<T> {
  ends: PhraseEnds;
  values: Map<string, T>;
}

export function phraseTable<T>(entries: Iterable<readonly [string, T]>): PhraseTable<T> {
  const values = new Map<string, T>();
  for (const [phrase, value] of entries) values.set(normWord(phrase), value);
  return { ends: phraseEnds(values.keys()), values };
}

/** The longest phrase of `table` that ends right before `at`, only spaces between: where it starts and its value. */
export function phraseBefore<T>(text: string, at: number, table: PhraseTable<T>): { start: number; value: T } | null {
  return longest(phrasesBefore(text, at, table.ends), table.values);
}

function alternation(words: readonly string[]): string {
  return words.length === 0 ? '(?!)' : wordsPattern(words);
}

function tableOf<T>(groups: Record<string, readonly string[]>, as: (key: string) => T): Map<string, T> {
  const out = new Map<string, T>();
  for (const [key, list] of Object.entries(groups)) for (const w of list) out.set(normWord(w), as(key));
  return out;
}

interface Compiled {
  lex: NumberLexicon;
  words: Map<string, number>;
  scales: Map<string, ScaleWord>;
  vague: Map<string, number>;
  qualifier: Map<string, QualifierKind>;
  afterKind: Map<string, AfterKind>;
  from: Map<string, true>;
  articles: Map<string, true>;
  yearPreps: Map<string, true>;
  months: Set<string>;
  /** Range words that need a range-opening word before ("between 10 and 15", never "10 and 15"). */
  needsFrom: Set<string>;
  /** Case endings after digits and the last digits they go with (empty: any). */
  suffixes: Map<string, number[]>;
  /** Letters glued to digits that still leave a count: the tally mark of military summaries («2х ракетних»). */
  gluedMarks: Map<string, true>;
  /** «у 5х більше»: a word after a marked number that makes it "times". */
  markTimesAt: RegExp;
  monthDay: boolean;
  /** Word-final parts of every phrase looked for before a number (qualifiers, range openers, articles…). */
  beforeParts: PhraseEnds;
  /** A digit, or where a number word may start (confirmed by `firstAt`, which checks the word's end). */
  find: RegExp;
  firstAt: RegExp;
  wordAt: RegExp;
  sepAt: RegExp;
  afterAt: RegExp;
  notCountedAt: RegExp;
  linkAt: RegExp;
  /** After a day number: «-го», a second day, then a month («20 на 21 ноября», "6th of May"). */
  dateAt: RegExp;
  /** After a day that follows its month: "May 6-7, 2025". */
  dayTailAt: RegExp;
  /** Right before a figure: the word that takes it back («не два»). */
  deniedBefore: RegExp;
  /** Between a figure taken back and the one put in its place: «, а», "but". */
  correctedBetween: RegExp;
  /** First letters of what the sticky regexes above look for, so most numbers skip them with one lookup. */
  initials: Record<'date' | 'scale' | 'unit' | 'link' | 'after', Set<number>>;
}

function initialsOf(phrases: Iterable<string>): Set<number> {
  const out = new Set<number>();
  for (const p of phrases) out.add(lowerCode(normWord(p).charCodeAt(0)));
  return out;
}

/** The lower-cased character at `at`, past a couple of spaces: a cheap test before a sticky regex. */
function initialAfter(text: string, at: number): number {
  let i = at;
  while (i < at + 2 && isSpace(text.charCodeAt(i))) i++;
  return lowerCode(text.charCodeAt(i));
}

function isDash(code: number): boolean {
  return code === 0x2d || code === 0x2013 || code === 0x2014;
}

function compile(lang: Lang): Compiled {
  const lex = LEXICONS[lang];
  const timeLex = timeData[lang];
  const months = timeLex.months.flat();
  const numbers = (o: Record<string, number>) => new Map(Object.entries(o).map(([k, v]) => [normWord(k), v]));
  const marks = (list: readonly string[]) => new Map(list.map((w) => [normWord(w), true as const]));
  const words = numbers(lex.words);
  const vague = numbers(lex.vague);
  const scales = new Map(Object.entries(lex.scales).map(([k, v]) => [normWord(k), v]));
  const qualifier = tableOf(lex.qualifiers, (k) => k as QualifierKind);
  const firstWords = wordsPattern([...words.keys(), ...scales.keys(), ...vague.keys()]);
  const symbolJoiners = lex.joiners.filter((j) => !/\p{L}/u.test(j)).map((j) => charPattern(j));
  const wordJoiners = lex.joiners.filter((j) => /\p{L}/u.test(j));
  const day = '\\d{1,2}(?!\\d)';
  const ordinal = `(?:${alternation(timeLex.dayOrdinal)})?`;
  const daySep = alternation(timeLex.daySep);
  const monthOf = timeLex.monthOf.length ? `(?:${alternation(timeLex.monthOf)}\\s+)?` : '';
  return {
    lex,
    words,
    scales,
    vague,
    qualifier,
    afterKind: tableOf(lex.after, (k) => k as AfterKind),
    from: marks(lex.rangeFrom),
    articles: marks(lex.articles),
    yearPreps: marks(lex.yearPreps),
    months: new Set(months.map(normWord)),
    needsFrom: new Set(lex.rangeNeedsFrom.map(normWord)),
    suffixes: new Map(Object.entries(lex.digitSuffixes).map(([k, v]) => [normWord(k), v])),
    gluedMarks: marks(lex.gluedMarks),
    markTimesAt: new RegExp(`\\s+(?:${alternation(lex.markTimes)})${WORD_END}`, 'iuy'),
    monthDay: timeLex.monthDay,
    beforeParts: phraseEnds([...qualifier.keys(), ...lex.rangeFrom, ...lex.articles, ...lex.yearPreps, ...months]),
    find: new RegExp(`\\d|${firstWords}`, 'giu'),
    firstAt: new RegExp(`(?:${firstWords})${WORD_END}`, 'iuy'),
    wordAt: new RegExp(`(?:${wordsPattern([...words.keys(), ...scales.keys()])})${WORD_END}`, 'iuy'),
    sepAt: new RegExp(
      `\\s*(?:${symbolJoiners.length ? symbolJoiners.join('|') : '(?!)'})\\s*|\\s+(?:${alternation(wordJoiners)})\\s+|\\s+`,
      'iuy',
    ),
    afterAt: new RegExp(`\\s+(${alternation(Object.values(lex.after).flat())})${WORD_END}`, 'iuy'),
    notCountedAt: new RegExp(`\\s?[%‰°]|(?:\\s*|[-–])(?:${alternation(lex.notCounted)})(?:\\.|${WORD_END})`, 'iuy'),
    linkAt: new RegExp(`\\s?[-–]\\s?|—|\\s+(${alternation(lex.rangeTo)})\\s+`, 'iuy'),
    dateAt: new RegExp(
      `${ordinal}(?:\\s*(?:${daySep})\\s*${day}${ordinal})?\\s+${monthOf}(?:${wordsPattern(months)})${WORD_END}`,
      'iuy',
    ),
    dayTailAt: new RegExp(`${ordinal}(?:\\s*(?:${daySep})\\s*${day}${ordinal})?(?:,?\\s+\\d{4}(?!\\d))?`, 'iuy'),
    deniedBefore: new RegExp(`(?<![\\p{L}])(?:${alternation(lex.denied)})\\s+$`, 'iu'),
    correctedBetween: new RegExp(`^\\s*,?\\s*(?:${alternation(lex.corrected)})\\s+$`, 'iu'),
    initials: {
      date: initialsOf([...months, ...timeLex.daySep, ...timeLex.monthOf]),
      scale: initialsOf(scales.keys()),
      unit: initialsOf(lex.notCounted),
      link: initialsOf(lex.rangeTo),
      after: initialsOf(Object.values(lex.after).flat()),
    },
  };
}

const COMPILED: Record<Lang, Compiled> = { en: compile('en'), ru: compile('ru'), uk: compile('uk') };

/** A number before its qualifiers: `exact` digits or words, `alone` a bare scale word ("a dozen", «около
 *  сотни»), `vague` a bare plural or "several" (at least `value`). `blocked` numbers are times, dates, years,
 *  model names and the like: skipped, but their extent is known so the scan resumes after them. */
interface Core {
  start: number;
  end: number;
  value: number;
  kind: 'exact' | 'alone' | 'vague';
  blocked: boolean;
  /** The length of a tally mark glued to the digits («90х»: 1), so the digits alone can be judged a year. */
  mark?: number;
}

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function blockedTo(start: number, end: number): Core {
  return { start, end, value: 0, kind: 'exact', blocked: true };
}

const DIGITS = /\d+/y;
const CLUSTER = /(?:[.,:/]\d+)+/y;
const COMMA_GROUPS = /(?:,\d{3})+(?![\d]|[.,]\d)/y;
const SPACE_GROUPS = /(?:[ \u00A0\u202F]\d{3}(?![\d]|[.,:]\d))+/y;
const DECIMAL = /[.,]\d+/y;
const PHONE = /[-–]\d+[-–]\d[-–\d]*/y;
const SUFFIX = /[-–](\p{L}+)/uy;
const GLUED = /(?:[\p{L}\p{N}]|\uFE0F|\u20E3)+/uy;
const BEFORE_DIGITS_BLOCKED = '№#/\\_@$€£₽₴+';

/** Digits with their grouping: "1 200", "1,200" (en), "1,5 тысячи"; times, dates, decimals, "22М3" are blocked. */
function readDigits(text: string, s: number, c: Compiled): Core {
  const run = sticky(DIGITS, text, s)?.[0] ?? '';
  let e = s + run.length;
  let value = Number(run);
  const next = text[e];
  if (next && '.,:/'.includes(next) && /\d/.test(text[e + 1] ?? '')) {
    const grouped = next === c.lex.thousandsSeparator && run.length <= 3;
    const groups = grouped ? sticky(COMMA_GROUPS, text, e) : null;
    const decimal = next === c.lex.decimalSeparator ? sticky(DECIMAL, text, e) : null;
    const scaleAt = decimal ? e + decimal[0].length + 1 : 0;
    if (groups) {
      value = Number(run + groups[0].replace(/,/g, ''));
      e += groups[0].length;
    } else if (decimal && isSpace(text.charCodeAt(scaleAt - 1)) && isScale(sticky(c.wordAt, text, scaleAt), c)) {
      // Only "1,5 тысячи" / "2.5 thousand": a bare decimal is a measure, not a count.
      value = Number(`${run}.${decimal[0].slice(1)}`);
      e += decimal[0].length;
    } else {
      return blockedTo(s, e + (sticky(CLUSTER, text, e)?.[0].length ?? 0));
    }
  } else if (run.length <= 3 && isSpace(text.charCodeAt(e)) && /\d/.test(text[e + 1] ?? '')) {
    const groups = sticky(SPACE_GROUPS, text, e);
    if (groups) {
      value = Number(run + groups[0].replace(/\D/g, ''));
      e += groups[0].length;
    }
  }
  const dash = isDash(text.charCodeAt(e));
  const phone = dash ? sticky(PHONE, text, e) : null;
  if (phone) return blockedTo(s, e + phone[0].length);
  const suffix = dash ? sticky(SUFFIX, text, e) : null;
  if (suffix) {
    // «до 10-ти», «2-х»: case endings of a cardinal. «41-й», «5-го», «150-мм», «90-х годов» are not counts.
    // «2-х», but «12-ти»: a teen's ending follows the teen, not its last digit.
    const digits = c.suffixes.get(normWord(suffix[1] as string));
    const last = value % 100 >= 10 && value % 100 < 20 ? value % 100 : value % 10;
    const cardinal = digits !== undefined && (digits.length === 0 || digits.includes(last));
    if (!cardinal) return blockedTo(s, e + suffix[0].length);
    e += suffix[0].length;
  }
  const after = text.charCodeAt(e);
  const glued = isWordCode(after) || after === 0xfe0f || after === 0x20e3 ? sticky(GLUED, text, e) : null;
  // «3х ракетних та 11х авіаційних ударів», «(0х збито)»: the tally mark glued to the digits is no unit or model
  // («22М3», «150мм» stay blocked), so the digits are the count, of any last digit (unlike the dashed «2-х»).
  if (glued && c.gluedMarks.has(normWord(glued[0]))) {
    const end = e + glued[0].length;
    // «3х-тонну авіабомбу»: the mark, a dash and a word make an adjective, not a count.
    if (isDash(text.charCodeAt(end)) && /\p{L}/u.test(text[end + 1] ?? ''))
      return blockedTo(s, end + 1 + (sticky(GLUED, text, end + 1)?.[0].length ?? 0));
    // «у 5х більше шахедів»: the mark before a word of comparing is "times".
    const times = sticky(c.markTimesAt, text, end);
    if (times) return blockedTo(s, end + times[0].length);
    return { start: s, end, value, kind: 'exact', blocked: false, mark: glued[0].length };
  }
  if (glued) return blockedTo(s, e + glued[0].length);
  return { start: s, end: e, value, kind: 'exact', blocked: false };
}

function isScale(m: RegExpExecArray | null, c: Compiled): boolean {
  return m !== null && (c.scales.get(normWord(m[0]))?.factor ?? 0) > 1;
}

/** Number words: "twenty-two", «ста двадцати трёх», «двох тисяч», "two hundred and five", "a dozen",
 *  «несколько десятков», «сотни». Each word must fill a smaller place than the one before (hundreds, tens,
 *  units), so «пять шесть» is two numbers, not eleven. */
function readWords(text: string, s: number, c: Compiled, before: readonly Before[], qualified: boolean): Core | null {
  const firstWord = sticky(c.firstAt, text, s);
  if (!firstWord) return null;
  const key = normWord(firstWord[0]);
  const v = c.vague.get(key);
  const sc = c.scales.get(key);
  let total = 0;
  let group = 0;
  let place = 3;
  let biggest = Number.POSITIVE_INFINITY;
  let vagueMin: number | null = null;
  /** The unit a vague amount counts in: 1 for «несколько», 100 for «сотни». */
  let unit = 1;
  let end = s;
  if (v !== undefined) {
    vagueMin = v;
    end = s + firstWord[0].length;
  } else if (sc) {
    end = s + firstWord[0].length;
    const article = before[0] !== undefined && c.articles.has(before[0].phrase);
    if (sc.alone !== undefined && (qualified || article || sc.vague === undefined)) {
      // «около сотни» is about 100, «сотни» alone is hundreds; "a dozen" is 12.
      if (sc.factor >= 1000) {
        total = sc.alone;
        biggest = sc.factor;
      } else {
        group = sc.alone;
        place = sc.factor >= 100 ? 2 : -1;
      }
    } else if (sc.vague !== undefined) {
      vagueMin = sc.vague;
      unit = sc.factor;
    } else {
      return null;
    }
  }
  let pos = end;
  for (;;) {
    if (pos > s) {
      const sep = sticky(c.sepAt, text, pos);
      if (!sep) break;
      pos += sep[0].length;
    }
    const m = sticky(c.wordAt, text, pos);
    if (!m) break;
    const word = normWord(m[0]);
    const value = c.words.get(word);
    const scale = c.scales.get(word);
    if (vagueMin !== null) {
      // «несколько десятков», «сотни тысяч», "tens of thousands": a vague amount of a bigger unit.
      if (!scale || scale.factor <= unit) break;
      vagueMin *= scale.factor;
      unit = scale.factor;
    } else if (value !== undefined) {
      const top = value >= 100 ? 2 : value >= 10 ? 1 : 0;
      if (top >= place) break;
      group += value;
      place = value >= 100 ? 2 : value >= 20 ? 1 : 0;
    } else if (scale) {
      if (group === 0) break;
      if (scale.factor >= 1000) {
        if (scale.factor >= biggest) break;
        total += group * scale.factor;
        group = 0;
        place = 3;
        biggest = scale.factor;
      } else {
        if (group >= scale.factor) break;
        group *= scale.factor;
        place = scale.factor >= 100 ? 2 : -1;
      }
    } else {
      break;
    }
    pos += m[0].length;
    end = pos;
  }
  if (end === s) return null;
  if (vagueMin !== null) return { start: s, end, value: vagueMin, kind: 'vague', blocked: false };
  const value = total + group;
  if (!Number.isInteger(value) || value === 0) return null;
  const alone = sc !== undefined && end === s + firstWord[0].length;
  return { start: s, end, value, kind: alone ? 'alone' : 'exact', blocked: false };
}

/** 1900–2100 standing as a year: after "in"/«в», or not followed by a word ("in 2024", "2025." but not
 *  "2000 drones"). «2025 года» is caught as a unit word. */
function isYear(text: string, core: Core, c: Compiled, before: readonly Before[]): boolean {
  if (core.value < 1900 || core.value > 2100 || core.end - core.start - (core.mark ?? 0) !== 4) return false;
  if (before[0] !== undefined && c.yearPreps.has(before[0].phrase)) return true;
  let i = core.end;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return !(i > core.end && i < text.length && isWordCode(text.charCodeAt(i)) && !/\d/.test(text[i] as string));
}

/** One number, digits or words, with every reason to skip it checked: glued to a model name (Су-34, S-300),
 *  a day of a month (21 ноября, May 6), a year, a share (40%), an hour or a distance (8 pm, «23 часов», 5 km). */
function readNumber(text: string, s: number, c: Compiled, before: readonly Before[], qualified: boolean): Core | null {
  const code = text.charCodeAt(s);
  let core: Core | null;
  if (code >= 0x30 && code <= 0x39) {
    const prev = text[s - 1] ?? ' ';
    const dashed = (prev === '-' || prev === '–') && s > 1 && /\p{L}/u.test(text[s - 2] as string);
    if (dashed || BEFORE_DIGITS_BLOCKED.includes(prev)) {
      const run = sticky(DIGITS, text, s)?.[0].length ?? 1;
      return blockedTo(s, s + run + (sticky(GLUED, text, s + run)?.[0].length ?? 0));
    }
    core = readDigits(text, s, c);
    if (core.blocked) return core;
    const next = initialAfter(text, core.end);
    const dated = c.initials.date.has(next) || isDash(text.charCodeAt(core.end));
    const date = dated ? sticky(c.dateAt, text, core.end) : null;
    if (date) return blockedTo(s, core.end + date[0].length);
    // "May 6", "November 2024", «ноября 2024»; but «в марте 40 дронов» is a count.
    const month = before[0] !== undefined && c.months.has(before[0].phrase.replace(/\.$/, ''));
    const dayOrYear = (c.monthDay && core.value <= 31) || (core.value >= 1900 && core.value <= 2100);
    if (month && dayOrYear) return blockedTo(s, core.end + (sticky(c.dayTailAt, text, core.end)?.[0].length ?? 0));
    if (isYear(text, core, c, before)) return blockedTo(s, core.end);
    // «у 90х», «після 60х»: a year's preposition before a round decade with the mark names the decade, not a count.
    const decade = core.value >= 10 && core.value <= 90 && core.value % 10 === 0;
    if (core.mark && decade && before[0] !== undefined && c.yearPreps.has(before[0].phrase))
      return blockedTo(s, core.end);
    if (isSpace(text.charCodeAt(core.end)) && c.initials.scale.has(next)) {
      const scale = sticky(c.wordAt, text, core.end + 1);
      if (scale && isScale(scale, c)) {
        core.value *= c.scales.get(normWord(scale[0]))?.factor ?? 1;
        core.end += 1 + scale[0].length;
      }
    }
    if (!Number.isInteger(core.value)) return blockedTo(s, core.end);
  } else {
    core = readWords(text, s, c, before, qualified);
    if (!core) return null;
  }
  const sign = text.charCodeAt(text.charCodeAt(core.end) === 0x20 ? core.end + 1 : core.end);
  // "a three-year-old", "a 24-hour curfew": a unit joined by a hyphen makes an age or a span too.
  const hyphened = isDash(text.charCodeAt(core.end)) && c.initials.unit.has(initialAfter(text, core.end + 1));
  const measured =
    sign === 0x25 || sign === 0x2030 || sign === 0xb0 || hyphened || c.initials.unit.has(initialAfter(text, core.end));
  const unit = measured ? sticky(c.notCountedAt, text, core.end) : null;
  if (unit) return blockedTo(s, core.end + unit[0].length);
  return core;
}

/** "several", "dozens", «несколько»: a plural with no number, read as at least its least value. */
export function isVague(count: Count): boolean {
  return count.value === null && count.max === null && count.min !== null && count.approx;
}

function countOf(
  core: Core,
  range: Core | null,
  qualifier: QualifierKind | undefined,
  after: AfterKind | undefined,
): Count {
  const n = core.value;
  if (core.kind === 'vague') return { value: null, min: n, max: null, approx: true, said: 'vague' };
  if (range) return { value: null, min: n, max: range.value, approx: qualifier === 'approx' };
  switch (qualifier ?? after) {
    case 'over':
      return { value: null, min: n + 1, max: null, approx: false, said: 'over' };
    case 'atLeast':
      return { value: null, min: n, max: null, approx: false, said: 'at_least' };
    case 'approx':
      return { value: n, min: null, max: null, approx: true };
    case 'upTo':
      return { value: null, min: null, max: n, approx: false };
    case 'under':
      return { value: null, min: null, max: n - 1, approx: false };
    default:
      return { value: n, min: n, max: n, approx: false };
  }
}

/**
 * Every count in `text`, sorted and non-overlapping: digits and number words with their qualifiers folded into
 * the contract's shape ("over 70" -> min 71; «около 30» -> 30 approx; «от 10 до 15» -> 10..15; «десятки» -> at
 * least 20). Times, dates, years, percentages, ordinals and model names are not counts and are left out.
 */
export function findNumbers(text: string, lang: Lang): NumberMatch[] {
  const c = COMPILED[lang];
  const out: NumberMatch[] = [];
  const find = c.find;
  find.lastIndex = 0;
  for (let m = find.exec(text); m; m = find.exec(text)) {
    const s = m.index;
    if (!startsWord(text, s)) {
      find.lastIndex = s + 1;
      continue;
    }
    const before = phrasesBefore(text, s, c.beforeParts);
    const qualified = longest(before, c.qualifier);
    const core = readNumber(text, s, c, before, qualified !== null);
    if (!core) {
      find.lastIndex = s + 1;
      continue;
    }
    find.lastIndex = core.end;
    if (core.blocked) continue;
    let start = s;
    let end = core.end;
    let range: Core | null = null;
    const linked =
      isDash(text.charCodeAt(end)) || isDash(text.charCodeAt(end + 1)) || c.initials.link.has(initialAfter(text, end));
    const link = core.kind === 'exact' && linked ? sticky(c.linkAt, text, end) : null;
    const from = longest(before, c.from);
    if (link && (!link[1] || !c.needsFrom.has(normWord(link[1])) || from)) {
      const at = end + link[0].length;
      const second = readNumber(text, at, c, phrasesBefore(text, at, c.beforeParts), false);
      if (second?.blocked) {
        // «с 20 до 23 часов», "from 8 to 11 pm": both ends are hours.
        find.lastIndex = second.end;
        continue;
      }
      if (second && second.kind === 'exact' && second.value > core.value) {
        range = second;
        end = second.end;
        if (from) start = from.start;
      }
    }
    let q = range && from ? null : qualified;
    if (core.kind === 'alone' && before[0] !== undefined && c.articles.has(before[0].phrase)) {
      start = before[0].start;
      q = longest(phrasesBefore(text, start, c.beforeParts), c.qualifier);
    }
    if (q) start = q.start;
    const after = range || !c.initials.after.has(initialAfter(text, end)) ? null : sticky(c.afterAt, text, end);
    if (after) end += after[0].length;
    const count = countOf(core, range, q?.value, after ? c.afterKind.get(normWord(after[1] as string)) : undefined);
    find.lastIndex = end;
    out.push({ start, end, text: text.slice(start, end), count });
  }
  return corrected(text, out, c);
}

/** «пострадали не два, а три», "not two but three people": a figure taken back and the one put in its place are one
 *  count, the second, read over the whole phrase; the figure denied counts nothing. */
function corrected(text: string, numbers: NumberMatch[], c: Compiled): NumberMatch[] {
  const out: NumberMatch[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const denied = numbers[i]!;
    const next = numbers[i + 1];
    const before = c.deniedBefore.exec(text.slice(Math.max(0, denied.start - 12), denied.start));
    if (
      next &&
      before &&
      next.start - denied.end <= 12 &&
      c.correctedBetween.test(text.slice(denied.end, next.start))
    ) {
      const start = denied.start - before[0].length;
      out.push({ start, end: next.end, text: text.slice(start, next.end), count: next.count });
      i++;
      continue;
    }
    out.push(denied);
  }
  return out;
}
