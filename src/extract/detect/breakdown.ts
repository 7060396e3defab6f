// Breakdown lists: a total and then one count per region («▫️ 12 – над территорией Брянской области», "…, including
// 21 over the Bryansk region", «по одному – над …»). Each item continues the header fact in a place of its own.
import type { Count, Fact, Lang } from '../../core/types.ts';
import { findPlaces, type PlaceMatch } from '../common/gazetteer.ts';
import { findNumbers, type NumberMatch } from '../common/numbers.ts';
import type { Hit } from '../compile.ts';
import { anyOf, pairedByLanguage } from '../grammar.ts';
import { copyWeapon, hitsOf, newFact, type ReportContext, type SentenceView, setField, spanOf } from '../view.ts';
import { applyLocation, inOneList, listFacts } from './locate.ts';

/** A breakdown item: "12 – над территорией Брянской области", or distributive «по одному – над …». */
export interface Item {
  start: number;
  end: number;
  count: Count;
  /** «по два – над Воронежской и Калужской»: the number holds for every place of the item. */
  distributive: boolean;
  /** Set when the place stands before the number («над Київщиною — 22»). */
  placeBefore?: PlaceMatch;
  /** «над территориями Брянской и Курской областей — по одному»: the places a distributive count after its places
   *  holds for, each with that count. */
  placesBefore?: PlaceMatch[];
  /** Where the item's number starts and ends (the item may reach further: its place, its weapon). */
  countStart: number;
  countEnd?: number;
  /** Where the words of the count start when the item reaches back over its places: «по» of «— по одному». */
  countFrom?: number;
  /** The item's own weapon word («10 снарядов «Вампир» – над …»), which wins over the header's. */
  weapon?: Hit;
}

const ITEM_TAIL = new RegExp(`^\\s*[–—-]\\s*(?:${anyOf('item_place')})\\s`, 'iu');
// After a colon a list may drop the dash: "destroyed 37 drones: 14 over the Bryansk region, 12 over …".
const LIST_ITEM_TAIL = new RegExp(`^\\s*(?:[–—-]\\s*)?(?:${anyOf('item_place')}|${anyOf('item_approach')})\\s`, 'iu');
// "…58 drones, including 21 over the Bryansk region", «…, в том числе 12 над Курской областью», «з них»: a list
// without a colon.
const LIST_INTRO = new RegExp(anyOf('including'), 'iu');
// "20 of them over …", "20 of which over …": a part's pronoun right after its number, then its place.
const OF_THOSE = new RegExp(
  `^\\s+(?:${anyOf('of')})\\s+(?:${anyOf('those')})(?=\\s+(?:${anyOf('item_place')})\\s)`,
  'iu',
);
const PO_BEFORE = new RegExp(`(?:^|\\s)(?:${anyOf('each')})\\s+$`, 'iu');
const ITEM_PLACE_WORD = new RegExp(`(?<![\\p{L}])(?:${anyOf('item_place')})\\s`, 'giu');
// The distributive word alone right before a number, for the order with the places first («… — по одному»).
// Between two places of a list whose places each repeat their preposition: «… области и над территорией …»,
// «…, на территории …»; group 1 is the conjunction.
const REPEATED_PREPOSITION = new RegExp(
  `^\\s*,?\\s*(?:(${anyOf('conjunction')})\\s+)?(?:${anyOf('item_place')})\\s+(?:(?:${anyOf('territory')})\\s+)?$`,
  'iu',
);
const EACH_BEFORE = new RegExp(`(?:^|\\s)(${anyOf('each')})\\s+$`, 'iu');

/** The first index in [0, length) where `before` turns false (`before` holds for a prefix of the indices). */
function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index of `sorted` (by start) whose start is at least `at`. */
function lowerBound(sorted: readonly { start: number }[], at: number): number {
  return partitionPoint(sorted.length, (i) => sorted[i]!.start < at);
}

const SPACE = /\s/u;

/** Where the run of whitespace that ends at `at` starts (not before `from`). */
function spaceBefore(text: string, from: number, at: number): number {
  let i = at;
  while (i > from && SPACE.test(text[i - 1]!)) i--;
  return i;
}

// "…, and 12 over …", «…, и 12 над …»: the word joining an item to the one before it.
const JOIN_WORD_BEFORE = new RegExp(`\\s(?:${anyOf('conjunction')})$`, 'u');

/** What the numbers of one sentence ask of it, read once. A sentence of thousands of numbers (a 248 KB POST without a
 *  full stop took 41 s) must not be re-read from its start, nor its hits searched one by one, for each number: every
 *  answer here is the one asking the text or the hit list directly would give, found by position instead. */
interface Scan {
  view: SentenceView;
  text: string;
  /** The sentence's first colon, -1 when it has none: a number after it is inside a list. */
  colon: number;
  /** Where the sentence's first list-intro word ("including", «из которых») ends; Infinity when it has none. */
  introEnd: number;
  /** Interception verbs, by start, and the smallest end among them. */
  verbs: readonly Hit[];
  firstVerbEnd: number;
  /** Where each list continuation word («а также») ends, ascending. */
  continuationEnds: readonly number[];
  /** The sentence's weapon words, by start. */
  weapons: readonly Hit[];
  /** Each number's own weapon (ownWeapon), asked once. */
  own: Map<NumberMatch, Hit | undefined>;
  /** Where the first number naming each weapon as its own ends: a later number naming it again is one more item. */
  firstOwnEnd: Map<string, number>;
  /** Positions of clause punctuation (.;:!?) and of clause separators (,;:) in the sentence, ascending. */
  stops: readonly number[];
  separators: readonly number[];
}

function scanOf(view: SentenceView, text: string): Scan {
  const sentence = text.slice(view.span.start, view.span.end);
  const colon = sentence.indexOf(':');
  const intro = LIST_INTRO.exec(sentence);
  const verbs = hitsOf(view, 'interception');
  const stops: number[] = [];
  const separators: number[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i]!;
    if (c === '.' || c === ';' || c === ':' || c === '!' || c === '?') stops.push(view.span.start + i);
    if (c === ',' || c === ';' || c === ':') separators.push(view.span.start + i);
  }
  const scan: Scan = {
    view,
    text,
    colon: colon === -1 ? -1 : view.span.start + colon,
    introEnd: intro ? view.span.start + intro.index + intro[0].length : Number.POSITIVE_INFINITY,
    verbs,
    firstVerbEnd: verbs.reduce((min, h) => Math.min(min, h.end), Number.POSITIVE_INFINITY),
    continuationEnds: hitsOf(view, 'list_continuation')
      .map((h) => h.end)
      .sort((a, b) => a - b),
    weapons: view.hits.filter((h) => h.value.weapon),
    own: new Map(),
    firstOwnEnd: new Map(),
    stops,
    separators,
  };
  for (const n of view.numbers) {
    const weapon = ownWeapon(scan, n)?.value.weapon?.weapon;
    if (weapon !== undefined && (scan.firstOwnEnd.get(weapon) ?? Number.POSITIVE_INFINITY) > n.end) {
      scan.firstOwnEnd.set(weapon, n.end);
    }
  }
  return scan;
}

/** The last of `sorted` (by start) that ends by `at`. */
function lastEndingBy(sorted: readonly Hit[], at: number): Hit | undefined {
  for (let i = lowerBound(sorted, at) - 1; i >= 0; i--) if (sorted[i]!.end <= at) return sorted[i];
  return undefined;
}

/** The first of ascending `positions` at or after `at`, Infinity when none. */
function firstFrom(positions: readonly number[], at: number): number {
  return positions[partitionPoint(positions.length, (i) => positions[i]! < at)] ?? Number.POSITIVE_INFINITY;
}

/** The last of ascending `positions` at or before `at`, -1 when none. */
function lastUpTo(positions: readonly number[], at: number): number {
  const k = partitionPoint(positions.length, (i) => positions[i]! <= at);
  return k > 0 ? positions[k - 1]! : -1;
}

/** Where an item's tail starts: right after its number, or after the words naming the item's own weapon («7 БПЛА
 *  – над территорией Курской области», «4 реактивных снаряда РСЗО «Вампир» – над …»), which real lists put between
 *  the number and the dash. Only words may stand there: no digits, no clause punctuation. */
function afterCount(scan: Scan, n: NumberMatch): number {
  const { text } = scan;
  const own = ownWeapon(scan, n);
  // "destroyed 41 drones, 20 of them over the Kursk region": the pronoun of the part stands between number and place.
  const those = own ? null : OF_THOSE.exec(text.slice(n.end, n.end + 20));
  if (those) return n.end + those[0].length;
  if (!own) return n.end;
  const dash = /\s[–—-]\s/u.exec(text.slice(own.end, own.end + 20));
  return dash && /^[^\d,;:.!?\n]*$/u.test(text.slice(own.end, own.end + dash.index)) ? own.end + dash.index : own.end;
}

/** The weapon an item names between its number and its dash, if any. */
function ownWeapon(scan: Scan, n: NumberMatch): Hit | undefined {
  if (scan.own.has(n)) return scan.own.get(n);
  const found = findOwnWeapon(scan, n);
  scan.own.set(n, found);
  return found;
}

function findOwnWeapon({ text, weapons }: Scan, n: { end: number }): Hit | undefined {
  // «три украинских БПЛА над …»: an adjective or two may stand between. Only the nearest weapon word can qualify (a
  // farther one has this one in its gap), and only a short gap is read: one slice per number, not one per weapon.
  const i = lowerBound(weapons, n.end);
  const next = weapons[i];
  if (next && next.start - n.end <= 80 && /^(?:\s{0,2}|\s+(?:\p{Ll}+\s+){1,2})$/u.test(text.slice(n.end, next.start)))
    return next;
  // With a dash ahead, the weapon may follow adjectives («4 реактивных снаряда … – над»).
  const dash = /\s[–—-]\s/u.exec(text.slice(n.end, n.end + 60));
  if (!dash) return undefined;
  const limit = n.end + dash.index;
  let hit: Hit | undefined;
  for (let j = i; j < weapons.length && weapons[j]!.start <= limit; j++) {
    if (weapons[j]!.end <= limit) {
      hit = weapons[j];
      break;
    }
  }
  return hit && /^[^\d,;:.!?\n]*$/u.test(text.slice(n.end, hit.start)) ? hit : undefined;
}

/** Where an item's place phrase may start: at `at` (after its count and weapon), or after a verb right there. */
function placeFrom({ text, verbs }: Scan, at: number): number {
  const verb = verbs[lowerBound(verbs, at)];
  return verb && verb.start - at <= 20 && /^\s+$/u.test(text.slice(at, verb.start)) ? verb.end : at;
}

function isItem(scan: Scan, n: NumberMatch): boolean {
  const { view, text } = scan;
  const at = afterCount(scan, n);
  const tail = text.slice(at, at + 30);
  if (ITEM_TAIL.test(tail) || PO_BEFORE.test(text.slice(n.start - 4, n.start))) return true;
  // A colon or a list-intro word before the number: the number is inside a list.
  const listed = (scan.colon !== -1 && scan.colon < n.start) || scan.introEnd <= n.start;
  if (!LIST_ITEM_TAIL.test(tail)) {
    // «…19 беспилотников, из которых девять сбиты над Белгородской областью, пять – над …»: inside a list, an item
    // may say its verb again before its place.
    const from = placeFrom(scan, at);
    return listed && from !== at && LIST_ITEM_TAIL.test(text.slice(from, from + 30));
  }
  // "Eleven drones were shot down above the Oryol region, nine over the Tula region, five over …": after a
  // comma, a bare number and a place continue the list the verb began.
  // After "and", only a bare number continues that way: "ten rockets and two drones over …" is one statement of two
  // weapons; after a comma an item may name its weapon again («…, 12 БПЛА над Курской областью»).
  const bare = LIST_ITEM_TAIL.test(text.slice(n.end, n.end + 30));
  const space = spaceBefore(text, view.span.start, n.start);
  const also = firstFrom(scan.continuationEnds, space) <= n.start;
  // «…один БПЛА над Белгородской областью и один БПЛА над Тамбовской»: after "and", a number that names the same
  // weapon as a counted one before it is one more item, not a second weapon of one statement.
  const own = ownWeapon(scan, n)?.value.weapon?.weapon;
  const sameWeapon = own !== undefined && (scan.firstOwnEnd.get(own) ?? Number.POSITIVE_INFINITY) <= n.start;
  // «…18 БПЛА над Брянской областью, уничтожено 9 БПЛА над Курской областью»: the verb said again after the comma.
  const verb = lastEndingBy(scan.verbs, n.start);
  const again =
    verb !== undefined &&
    n.start - verb.end <= 20 &&
    /^\s+$/u.test(text.slice(verb.end, n.start)) &&
    /,\s*$/u.test(text.slice(Math.max(view.span.start, verb.start - 20), verb.start));
  const comma = space > view.span.start && text[space - 1] === ',';
  const joinWord = JOIN_WORD_BEFORE.test(text.slice(Math.max(view.span.start, space - 4), space));
  const continues =
    (((bare || sameWeapon) && (comma || joinWord)) || comma || also || again) && scan.firstVerbEnd <= n.start;
  return listed || continues;
}

/** The place that ends right before `at` with only `mark` between (whitespace around it): «Брянской (3 БПЛА)»,
 *  «над Київщиною — 22». The last such place in the list's order, as filtering the list for it would give. */
function placeBeforeMark(
  byEnd: ReadonlyMap<number, readonly { index: number; place: PlaceMatch }[]>,
  text: string,
  at: number,
  marks: string,
): PlaceMatch | undefined {
  const mark = spaceBefore(text, 0, at) - 1;
  if (mark < 0 || !marks.includes(text[mark]!)) return undefined;
  let best: { index: number; place: PlaceMatch } | undefined;
  for (let end = spaceBefore(text, 0, mark); end <= mark; end++) {
    for (const c of byEnd.get(end) ?? []) if (!best || c.index > best.index) best = c;
  }
  return best?.place;
}

export function breakdownItems(view: SentenceView, text: string, places: readonly PlaceMatch[]): Item[] {
  // Every item is one of the sentence's numbers; most sentences have none, and reading one (scanOf) is not free.
  if (view.numbers.length === 0) return [];
  const scan = scanOf(view, text);
  const listed = view.numbers.filter((n) => isItem(scan, n));
  const isListed = new Set(listed);
  // «уничтожены девять БПЛА над Орловской и два над Тульской областями», «два БПЛА уничтожены над Липецкой
  // областью и по одному – над …»: a number with its place (its verb may stand between), right before the items
  // that continue it, is the first item itself, not a header.
  const placed = (n: NumberMatch) => {
    const from = placeFrom(scan, afterCount(scan, n));
    return LIST_ITEM_TAIL.test(text.slice(from, from + 30));
  };
  // Only the nearest item after the number need be free of clause punctuation: a farther one has it in its gap.
  const continuedBy = (n: NumberMatch) => {
    const next = listed[lowerBound(listed, n.end + 1)];
    return next !== undefined && firstFrom(scan.stops, n.end) >= next.start;
  };
  const first = view.numbers.find((n) => !isListed.has(n) && placed(n) && continuedBy(n));
  const items: Item[] = [...(first ? [first] : []), ...listed]
    .sort((a, b) => a.start - b.start)
    .map((n) => ({
      start: PO_BEFORE.test(text.slice(n.start - 4, n.start)) ? n.start - 3 : n.start,
      end: afterCount(scan, n),
      countStart: n.start,
      countEnd: n.end,
      weapon: ownWeapon(scan, n),
      count: n.count,
      distributive: PO_BEFORE.test(text.slice(n.start - 4, n.start)),
    }));
  // The other order: «— над Київщиною — 22», «над территорией Псковской области – два». The item runs from the
  // start of its clause to its number, and its place stands before the number.
  const byEnd = new Map<number, { index: number; place: PlaceMatch }[]>();
  places.forEach((place, index) => {
    const list = byEnd.get(place.end);
    if (list) list.push({ index, place });
    else byEnd.set(place.end, [{ index, place }]);
  });
  const ends = new Set(items.map((i) => i.end));
  for (const n of view.numbers) {
    // «… — по одному» at the clause's end was taken as a distributive item whose places follow it; none do.
    const bare = items.findIndex(
      (i) => i.countStart === n.start && i.distributive && !LIST_ITEM_TAIL.test(text.slice(i.end, i.end + 30)),
    );
    if (ends.has(n.end) && bare === -1) continue;
    // «над территориями Воронежской (7 БПЛА) и Курской (4 БПЛА) областей»: the count in brackets after its place.
    const bracketed = placeBeforeMark(byEnd, text, n.start, '(') ?? adjectiveBefore(text, n.start);
    if (bracketed) {
      const close = text.slice(n.end, n.end + 41).indexOf(')');
      const end = close === -1 ? n.end : n.end + close;
      items.push({
        start: bracketed.start,
        end,
        count: n.count,
        distributive: false,
        placeBefore: bracketed,
        countStart: n.start,
        countEnd: n.end,
      });
      ends.add(end);
      continue;
    }
    // «над территориями Брянской и Курской областей — по одному»: the distributive word stands between the dash and
    // the number, and the count holds for every place of the clause before the dash.
    const each = EACH_BEFORE.exec(text.slice(Math.max(view.span.start, n.start - 8), n.start));
    const at = each ? n.start - each[0].length + each[0].indexOf(each[1]!) : n.start;
    const place = placeBeforeMark(byEnd, text, at, '–—-');
    if (!place) continue;
    const clause = Math.max(view.span.start, lastUpTo(scan.separators, place.start) + 1);
    if (each) {
      // From the sentence's start: the list's own commas («над Белгородской, Тульской и Тверской областями — по три»)
      // are no clause's end.
      // The list opens at the last preposition before it: «над Липецкой областью, над территориями Тамбовской и
      // Пензенской — по одному» holds the last two only.
      let opens = view.span.start;
      const head = text.slice(0, place.start);
      ITEM_PLACE_WORD.lastIndex = view.span.start;
      for (let m = ITEM_PLACE_WORD.exec(head); m !== null; m = ITEM_PLACE_WORD.exec(head)) opens = m.index;
      const listed = itemPlaces(text, byStartOf(places), opens, place.end);
      // Only the one list that ends at the dash; one place alone («над Курской — по одному») is read as it was.
      let first = listed.length - 1;
      while (first > 0 && inOneList(text, listed[first - 1]!, listed[first]!)) first--;
      const list = listed.slice(first);
      // «над территорией Брянской области и над территорией Курской области — по одному»: each place may repeat its
      // preposition. The list goes back over such links while only glue stands between (a clause with its own count
      // stops it); the first link back must hold the conjunction, so «над Липецкой областью, над территориями
      // Тамбовской и Пензенской» still holds the last two only.
      const earlier = itemPlaces(text, byStartOf(places), view.span.start, list[0]!.start).filter(
        (p) => p.end <= list[0]!.start,
      );
      for (let k = earlier.length - 1; k >= 0; k--) {
        const link = REPEATED_PREPOSITION.exec(text.slice(earlier[k]!.end, list[0]!.start));
        if (!link || (list.length === listed.length - first && !link[1])) break;
        list.unshift(earlier[k]!);
      }
      if (list.length > 1) {
        if (bare !== -1) items.splice(bare, 1);
        items.push({
          start: Math.max(view.span.start, lastUpTo(scan.separators, list[0]!.start) + 1),
          end: n.end,
          count: n.count,
          distributive: true,
          placesBefore: list,
          countFrom: at,
          countStart: n.start,
          countEnd: n.end,
        });
        ends.add(n.end);
        continue;
      }
    }
    items.push({
      start: clause,
      end: n.end,
      count: n.count,
      distributive: false,
      placeBefore: place,
      countStart: n.start,
    });
    ends.add(n.end);
  }
  return items.sort((a, b) => a.start - b.start);
}

// «семь – над Ростовской»: a region adjective whose noun («области») the list leaves out.
const BARE_ADJECTIVE = new RegExp(
  `(?<![\\p{L}])(?:${anyOf('over')})\\s+(?:(?:${anyOf('territory')})\\s+)?(\\p{Lu}\\p{Ll}+(?:${anyOf('region_adjective_endings')}))(?![\\p{L}])`,
  'gu',
);
const ADJECTIVE_NOUNS = pairedByLanguage('region_adjective_endings', 'region_noun');
/** A capitalised word right before a bracket: «Брянской (3 БПЛА)»; the gazetteer probe decides if it is a region. */
const WORD_BEFORE_BRACKET = /(\p{Lu}\p{Ll}+)\s*\(\s*$/u;

/** The region a bare adjective names («Брянской» -> Bryansk Oblast), as if its noun followed: the noun of the
 *  language whose ending the word has, else each language's in turn («Брянская (3)»: a nominative). */
function regionOfAdjective(word: string): PlaceMatch | undefined {
  const agreeing = ADJECTIVE_NOUNS.find(([endings]) => endings.some((e) => word.endsWith(e)));
  for (const [, nouns] of agreeing ? [agreeing] : ADJECTIVE_NOUNS) {
    const region = findPlaces(`${word} ${nouns[0]}`).find((p) => p.kind === 'region' && p.start === 0);
    if (region) return region;
  }
  return undefined;
}

// A bare-adjective phrase holds only letters and spaces, so one that starts before `to` ends before the first other
// character after it: the search reads no farther (each list item of a long sentence reads its own stretch only).
const NOT_LETTER_OR_SPACE = /[^\p{L}\s]/gu;

// What may follow a bare region adjective: nothing, a mark (a dash, a comma, a bracket, a count in digits, the full
// stop) or a conjunction. Any other word is the noun the adjective agrees with: «над Московской улицей», «над Харьковской
// трассой» name a street and a road, not a region.
const PHRASE_ENDS = new RegExp(`^\\s*(?:$|[^\\p{L}\\s]|(?:${anyOf('conjunction')})(?![\\p{L}]))`, 'u');
const NUMBER_LANGS: readonly Lang[] = ['ru', 'uk', 'en'];

const REGION_NOUNS = ADJECTIVE_NOUNS.flatMap(([, nouns]) => nouns);
const NEXT_WORD = /^\s*(\p{L}+)/u;

/** The adjective ending at `end` ends its phrase: «над Липецкой — 4», «над Белгородской.», «над Курской пять». Its own
 *  noun, cut short or in another case, is still its noun: «над территорией Орловской об» (a post cut at 400
 *  characters), «Орловской обл.», «областями». */
function endsPhrase(text: string, end: number): boolean {
  const tail = text.slice(end, end + 40);
  if (PHRASE_ENDS.test(tail)) return true;
  const next = NEXT_WORD.exec(tail)?.[1]?.toLowerCase();
  if (
    next &&
    next.length >= 2 &&
    REGION_NOUNS.some((noun) => noun.startsWith(next) || next.startsWith(noun.slice(0, -1)))
  )
    return true;
  const word = tail.length - tail.trimStart().length;
  return NUMBER_LANGS.some((lang) => findNumbers(tail, lang).some((n) => n.start === word));
}

/** «семь – над Ростовской»: the regions named by a region adjective whose noun is left out, between `from` and `to`.
 *  Real lists end such an adjective's phrase there (a dash, a bracket, a count, a comma, «и», the full stop: every dev
 *  text so read); an adjective with a word after it agrees with that noun (`endsPhrase`). */
export function bareRegions(text: string, from: number, to: number): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  NOT_LETTER_OR_SPACE.lastIndex = to;
  const stop = NOT_LETTER_OR_SPACE.exec(text);
  // The character that stops the phrase stays in, for the adjective's closing look-ahead.
  const within = stop ? text.slice(0, stop.index + 1) : text;
  BARE_ADJECTIVE.lastIndex = from;
  for (let m = BARE_ADJECTIVE.exec(within); m !== null && m.index < to; m = BARE_ADJECTIVE.exec(within)) {
    const word = m[1] ?? '';
    if (!endsPhrase(text, m.index + m[0].length)) continue;
    const found = regionOfAdjective(word);
    if (!found) continue;
    const start = m.index + m[0].length - word.length;
    out.push({ ...found, start, end: start + word.length, text: word });
  }
  return out;
}

/** «Брянской (3 БПЛА)»: a region adjective right before the bracket that holds a count. */
function adjectiveBefore(text: string, at: number): PlaceMatch | undefined {
  const m = WORD_BEFORE_BRACKET.exec(text.slice(Math.max(0, at - 40), at));
  const word = m?.[1];
  if (!m || !word) return undefined;
  const found = regionOfAdjective(word);
  if (!found) return undefined;
  const start = at - m[0].length;
  return { ...found, start, end: start + word.length, text: word };
}

function byStartOf(places: readonly PlaceMatch[]): PlaceMatch[] {
  return [...places].sort((a, b) => a.start - b.start);
}

/** `byStart`: the places in order of start (a stable sort of the list, so ties keep its order). */
function itemPlaces(text: string, byStart: readonly PlaceMatch[], from: number, to: number): PlaceMatch[] {
  const named: PlaceMatch[] = [];
  for (let i = lowerBound(byStart, from); i < byStart.length && byStart[i]!.start < to; i++) {
    if (byStart[i]!.end <= to) named.push(byStart[i]!);
  }
  const bare = bareRegions(text, from, to).filter((b) => !named.some((p) => p.start <= b.start && b.end <= p.end));
  return [...named, ...bare].sort((a, b) => a.start - b.start);
}

/** «уничтожены над акваторией Черного моря и территорией Республики Крым 12 БПЛА, над территориями Брянской и Курской
 *  областей — по одному»: the header's count has places of its own before it, in its own clause, ahead of every item.
 *  It is the first part, told of those places, not the items' total (a word of several regions in a later item's
 *  clause had read it as one). Placed as a count over a sea and the land named with it is (locate.ts): the first place
 *  holds the count, the land after it in one list a fact with none. */
function ownPlaces(
  ctx: ReportContext,
  view: SentenceView,
  header: Fact,
  items: readonly Item[],
  byStart: readonly PlaceMatch[],
  out: Fact[],
): boolean {
  const text = ctx.report.text;
  const count = header.fields.count!;
  if (items.some((i) => i.start < count.end)) return false;
  // «Над Сумщиною та Чернігівщиною збито 6 …, над Полтавщиною — 2»: the places may stand before the verb; only those of
  // the count's own clause (after the last punctuation before it) are its places.
  const lead = text.slice(view.span.start, count.start);
  const from = view.span.start + Math.max(...[',', ';', ':', '.', '!', '?'].map((c) => lead.lastIndexOf(c))) + 1;
  const before = byStart.filter((p) => p.start >= from && p.end <= count.start);
  if (before.length === 0) return false;
  const list = before.filter((p, k) => k === 0 || inOneList(text, before[k - 1]!, p));
  if (list.length !== before.length) return false;
  // «над территориями Брянской и Курской областей 6 БПЛА, над Орловской — 2»: a count told jointly over two regions is
  // neither region's own; only a sea ahead of the land named with it holds the count (as locate.ts places it). Read
  // as a total in no region and a fact with no count per region (docs/eval.md).
  const seaFirst = list[0]!.kind === 'sea' && list.slice(1).every((p) => p.kind !== 'sea');
  if (list.length > 1 && !seaFirst) {
    header.aggregate = false;
    out.push(...listFacts(ctx, view, header, list));
    header.aggregate = true;
    return true;
  }
  header.aggregate = false;
  applyLocation(ctx, view, header, { located: list[0]!, inferred: false, aggregate: false });
  const land = list.slice(1).filter((p) => p.kind !== 'sea');
  if (land.length > 0) out.push(...listFacts(ctx, view, header, land));
  return true;
}

/** One fact per place of each list item, continuing the header fact (kind, weapon, time, claimant). */
export function itemFacts(
  ctx: ReportContext,
  view: SentenceView,
  items: Item[],
  header: Fact,
  places: PlaceMatch[],
): Fact[] {
  const text = ctx.report.text;
  const out: Fact[] = [];
  const byStart = [...places].sort((a, b) => a.start - b.start);
  items.forEach((item, i) => {
    const to = items[i + 1]?.start ?? view.span.end;
    const own = item.placesBefore ?? (item.placeBefore ? [item.placeBefore] : itemPlaces(text, byStart, item.end, to));
    // «шесть БПЛА над территорией Астраханской области и акваторией Каспийского моря»: one count over places joined in one
    // list is a total over them (region null) and a fact per region with no count, as docs/eval.md reads it.
    const joined =
      !item.distributive && own.length > 1 && own.every((p, k) => k === 0 || inOneList(text, own[k - 1]!, p));
    const targets = item.distributive ? own : joined ? [null, ...own.filter((p) => p.kind !== 'sea')] : own.slice(0, 1);
    for (const place of targets) {
      const fact = newFact(ctx, view, header.kind, spanOf(text, item.start, item.end));
      if (header.fields.kind) fact.fields.kind = { ...header.fields.kind, inferred: true };
      const own = item.weapon?.value.weapon;
      if (item.weapon && own && own.weapon !== header.weapon) {
        fact.weapon = own.weapon;
        fact.weapon_model = own.model;
        setField(fact, 'weapon', spanOf(text, item.weapon.start, item.weapon.end));
      } else copyWeapon(fact, header);
      if (!joined || place === null) {
        fact.count = item.count;
        setField(fact, 'count', spanOf(text, item.countFrom ?? item.start, item.countEnd ?? item.end));
      }
      applyLocation(ctx, view, fact, {
        located: place,
        inferred: false,
        aggregate: false,
      });
      out.push(fact);
      ctx.facts.push(fact);
    }
  });
  // «над территориями Воронежской (7 БПЛА) и Курской (4 БПЛА) областей уничтожены …»: a header whose only number
  // is its first item's states no total of its own; the items say it all.
  const own = header.fields.count;
  // «4 зенітні керовані ракети С-300 по Донецькій області (0 збито)»: the verb inside the one item's bracket tells the
  // item's count; the number before the weapon is how many were launched at that region, not a total shot down.
  const only = items.length === 1 && out.length === 1 ? items[0] : undefined;
  const verb = header.fields.kind;
  const bracketed = only?.placeBefore !== undefined && text[only.end] === ')';
  if (
    only &&
    bracketed &&
    own &&
    verb &&
    header.count &&
    own.end <= only.start &&
    verb.start >= (only.countEnd ?? only.end) &&
    verb.end <= only.end
  ) {
    const item = out[0]!;
    item.launched = header.count;
    item.fields.launched = { ...own };
    ctx.superseded.add(header);
    return out;
  }
  if (out.length > 0 && own && items.some((i) => own.start === i.countStart)) ctx.superseded.add(header);
  else if (
    out.length > 0 &&
    own &&
    header.region === null &&
    header.place === null &&
    ownPlaces(ctx, view, header, items, byStart, out)
  ) {
    // Placed by its own places (ownPlaces): a part beside the items, not their total.
  } else if (out.length > 0 && header.region === null && header.place === null) {
    header.aggregate = true;
    // "48 drones, including 21 over … and 15 over …", "48 drones, 21 of them over …": a list brought in by a list-intro
    // word (or a part's pronoun) and no colon names a part of the total, not all of it.
    const first = items[0];
    const between = own && first ? text.slice(own.end, first.start) : '';
    const intro = LIST_INTRO.exec(between);
    const ofThose = first ? OF_THOSE.test(text.slice(first.countEnd ?? first.end, first.end + 40)) : false;
    if (own && ((intro && !between.slice(0, intro.index).includes(':')) || (ofThose && !between.includes(':'))))
      header.partial = true;
  }
  return out;
}
