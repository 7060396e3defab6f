// Breakdown lists: a total and then one count per region («▫️ 12 – над территорией Брянской области», "…, including
// 21 over the Bryansk region", «по одному – над …»). Each item continues the header fact in a place of its own.
import type { Count, Fact } from '../../core/types.ts';
import { findPlaces, type PlaceMatch } from '../common/gazetteer.ts';
import type { NumberMatch } from '../common/numbers.ts';
import type { Hit } from '../compile.ts';
import { anyOf } from '../grammar.ts';
import { copyWeapon, hitsOf, newFact, type ReportContext, type SentenceView, setField, spanOf } from '../view.ts';
import { applyLocation, inOneList } from './locate.ts';

/** A breakdown item: "12 – над территорией Брянской области", or distributive «по одному – над …». */
export interface Item {
  start: number;
  end: number;
  count: Count;
  /** «по два – над Воронежской и Калужской»: the number holds for every place of the item. */
  distributive: boolean;
  /** Set when the place stands before the number («над Київщиною — 22»). */
  placeBefore?: PlaceMatch;
  /** Where the item's number starts and ends (the item may reach further: its place, its weapon). */
  countStart: number;
  countEnd?: number;
  /** The item's own weapon word («10 снарядов «Вампир» – над …»), which wins over the header's. */
  weapon?: Hit;
}

const ITEM_TAIL = /^\s*[–—-]\s*(?:над|в|у|на|over|in)\s/iu;
// After a colon a list may drop the dash: "destroyed 37 drones: 14 over the Bryansk region, 12 over …".
const LIST_ITEM_TAIL =
  /^\s*(?:[–—-]\s*)?(?:над|в|у|на|over|in|near|approaching|as\s+they\s+approached|on\s+approach\s+to)\s/iu;
// "…58 drones, including 21 over the Bryansk region", «…, в том числе 12 над Курской областью», «з них»: a list
// without a colon.
const LIST_INTRO = new RegExp(`(?:${anyOf('including')})[\\s\\S]*$`, 'iu');
const PO_BEFORE = /(?:^|\s)по\s+$/iu;

/** Where an item's tail starts: right after its number, or after the words naming the item's own weapon («18 БПЛА
 *  – над территорией Курской области», «4 реактивных снаряда РСЗО «Вампир» – над …»), which real lists put between
 *  the number and the dash. Only words may stand there: no digits, no clause punctuation. */
function afterCount(view: SentenceView, text: string, n: NumberMatch): number {
  const own = ownWeapon(view, text, n);
  if (!own) return n.end;
  const dash = /\s[–—-]\s/u.exec(text.slice(own.end, own.end + 20));
  return dash && /^[^\d,;:.!?\n]*$/u.test(text.slice(own.end, own.end + dash.index)) ? own.end + dash.index : own.end;
}

/** The weapon an item names between its number and its dash, if any. */
export function ownWeapon(view: SentenceView, text: string, n: { end: number }): Hit | undefined {
  // «три украинских БПЛА над …»: an adjective or two may stand between. Only the nearest weapon word can qualify (a
  // farther one has this one in its gap), and only a short gap is read: one slice per number, not one per weapon.
  const next = view.hits.find((h) => h.value.weapon && h.start >= n.end);
  if (next && next.start - n.end <= 80 && /^(?:\s{0,2}|\s+(?:\p{Ll}+\s+){1,2})$/u.test(text.slice(n.end, next.start)))
    return next;
  // With a dash ahead, the weapon may follow adjectives («4 реактивных снаряда … – над»).
  const dash = /\s[–—-]\s/u.exec(text.slice(n.end, n.end + 60));
  if (!dash) return undefined;
  const hit = view.hits.find((h) => h.value.weapon && h.start >= n.end && h.end <= n.end + dash.index);
  return hit && /^[^\d,;:.!?\n]*$/u.test(text.slice(n.end, hit.start)) ? hit : undefined;
}

/** Where an item's place phrase may start: at `at` (after its count and weapon), or after a verb right there. */
function placeFrom(view: SentenceView, text: string, at: number): number {
  const verb = hitsOf(view, 'interception').find((h) => h.start >= at);
  return verb && verb.start - at <= 20 && /^\s+$/u.test(text.slice(at, verb.start)) ? verb.end : at;
}

function isItem(view: SentenceView, text: string, n: NumberMatch): boolean {
  const at = afterCount(view, text, n);
  const tail = text.slice(at, at + 30);
  if (ITEM_TAIL.test(tail) || PO_BEFORE.test(text.slice(n.start - 4, n.start))) return true;
  const before = text.slice(view.span.start, n.start);
  if (!LIST_ITEM_TAIL.test(tail)) {
    // «…19 беспилотников, из которых девять сбиты над Белгородской областью, пять – над …»: inside a list, an item
    // may say its verb again before its place.
    const from = placeFrom(view, text, at);
    const listed = before.includes(':') || LIST_INTRO.test(before);
    return listed && from !== at && LIST_ITEM_TAIL.test(text.slice(from, from + 30));
  }
  // "Eighteen of the drones were downed over the Kursk region, 14 over the Bryansk region, seven over …": after a
  // comma, a bare number and a place continue the list the verb began.
  // After "and", only a bare number continues that way: "ten rockets and two drones over …" is one statement of two
  // weapons; after a comma an item may name its weapon again («…, 12 БПЛА над Курской областью»).
  const bare = LIST_ITEM_TAIL.test(text.slice(n.end, n.end + 30));
  const also = hitsOf(view, 'list_continuation').some(
    (h) => h.end <= n.start && /^\s*$/u.test(text.slice(h.end, n.start)),
  );
  // «…один БПЛА над Белгородской областью и один БПЛА над Тамбовской»: after "and", a number that names the same
  // weapon as a counted one before it is one more item, not a second weapon of one statement.
  const own = ownWeapon(view, text, n)?.value.weapon?.weapon;
  const sameWeapon =
    own !== undefined &&
    view.numbers.some((m) => m.end <= n.start && m !== n && ownWeapon(view, text, m)?.value.weapon?.weapon === own);
  // «…18 БПЛА над Брянской областью, уничтожено 9 БПЛА над Курской областью»: the verb said again after the comma.
  const verb = hitsOf(view, 'interception').findLast((h) => h.end <= n.start);
  const again =
    verb !== undefined &&
    n.start - verb.end <= 20 &&
    /^\s+$/u.test(text.slice(verb.end, n.start)) &&
    /,\s*$/u.test(text.slice(Math.max(view.span.start, verb.start - 20), verb.start));
  const continues =
    (((bare || sameWeapon) && /(?:,|\s(?:and|и|та|і|й))\s*$/u.test(before)) ||
      /,\s*$/u.test(before) ||
      also ||
      again) &&
    hitsOf(view, 'interception').some((h) => h.end <= n.start);
  return before.includes(':') || LIST_INTRO.test(before) || continues;
}

export function breakdownItems(view: SentenceView, text: string, places: readonly PlaceMatch[]): Item[] {
  const listed = view.numbers.filter((n) => isItem(view, text, n));
  // «уничтожены одиннадцать БПЛА над Курской и три над Белгородской областями», «три БПЛА уничтожены над Брянской
  // областью и по одному – над …»: a number with its place (its verb may stand between), right before the items
  // that continue it, is the first item itself, not a header.
  const placed = (n: NumberMatch) => {
    const from = placeFrom(view, text, afterCount(view, text, n));
    return LIST_ITEM_TAIL.test(text.slice(from, from + 30));
  };
  const first = view.numbers.find(
    (n) =>
      !listed.includes(n) &&
      placed(n) &&
      listed.some((i) => i.start > n.end && !/[.;:!?]/u.test(text.slice(n.end, i.start))),
  );
  const items: Item[] = [...(first ? [first] : []), ...listed]
    .sort((a, b) => a.start - b.start)
    .map((n) => ({
      start: PO_BEFORE.test(text.slice(n.start - 4, n.start)) ? n.start - 3 : n.start,
      end: afterCount(view, text, n),
      countStart: n.start,
      countEnd: n.end,
      weapon: ownWeapon(view, text, n),
      count: n.count,
      distributive: PO_BEFORE.test(text.slice(n.start - 4, n.start)),
    }));
  // The other order: «— над Київщиною — 22», «над территорией Псковской области – два». The item runs from the
  // start of its clause to its number, and its place stands before the number.
  for (const n of view.numbers) {
    if (items.some((i) => i.end === n.end)) continue;
    // «над территориями Белгородской (12 БПЛА) и Брянской (3 БПЛА) областей»: the count in brackets after its place.
    const bracketed =
      places.filter((p) => p.end <= n.start && /^\s*\(\s*$/u.test(text.slice(p.end, n.start))).pop() ??
      adjectiveBefore(text, n.start);
    if (bracketed) {
      const close = text.indexOf(')', n.end);
      const end = close !== -1 && close - n.end <= 40 ? close : n.end;
      items.push({
        start: bracketed.start,
        end,
        count: n.count,
        distributive: false,
        placeBefore: bracketed,
        countStart: n.start,
        countEnd: n.end,
      });
      continue;
    }
    const place = places.filter((p) => p.end <= n.start && /^\s*[–—-]\s*$/u.test(text.slice(p.end, n.start))).pop();
    if (!place) continue;
    const clause = Math.max(
      view.span.start,
      text.lastIndexOf(',', place.start) + 1,
      text.lastIndexOf(';', place.start) + 1,
      text.lastIndexOf(':', place.start) + 1,
    );
    items.push({
      start: clause,
      end: n.end,
      count: n.count,
      distributive: false,
      placeBefore: place,
      countStart: n.start,
    });
  }
  return items.sort((a, b) => a.start - b.start);
}

// «семь – над Ростовской»: a region adjective whose noun («области») the list leaves out.
const BARE_ADJECTIVE =
  /(?<![\p{L}])(?:над|в|у)\s+(?:территори\p{L}*\s+)?(\p{Lu}\p{Ll}+(?:ой|ей|ою|ій|ої))(?![\p{L}])/gu;
/** A capitalised word right before a bracket: «Брянской (3 БПЛА)»; the gazetteer probe decides if it is a region. */
const WORD_BEFORE_BRACKET = /(\p{Lu}\p{Ll}+)\s*\(\s*$/u;

/** The region a bare adjective names («Брянской» -> Bryansk Oblast), as if its noun followed. */
function regionOfAdjective(word: string): PlaceMatch | undefined {
  const probe = `${word} ${/(?:ій|ої)$/u.test(word) ? 'області' : 'области'}`;
  return findPlaces(probe).find((p) => p.kind === 'region' && p.start === 0);
}

export function bareRegions(text: string, from: number, to: number): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  BARE_ADJECTIVE.lastIndex = from;
  for (let m = BARE_ADJECTIVE.exec(text); m !== null && m.index < to; m = BARE_ADJECTIVE.exec(text)) {
    const word = m[1] ?? '';
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

function itemPlaces(text: string, places: readonly PlaceMatch[], from: number, to: number): PlaceMatch[] {
  const named = places.filter((p) => p.start >= from && p.end <= to);
  const bare = bareRegions(text, from, to).filter((b) => !named.some((p) => p.start <= b.start && b.end <= p.end));
  return [...named, ...bare].sort((a, b) => a.start - b.start);
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
  items.forEach((item, i) => {
    const to = items[i + 1]?.start ?? view.span.end;
    const own = item.placeBefore ? [item.placeBefore] : itemPlaces(text, places, item.end, to);
    // «пять БПЛА над территорией Республики Крым и акваторией Черного моря»: one count over places joined in one
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
        setField(fact, 'count', spanOf(text, item.start, item.countEnd ?? item.end));
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
  // «над территориями Белгородской (12 БПЛА) и Брянской (3 БПЛА) областей уничтожены …»: a header whose only number
  // is its first item's states no total of its own; the items say it all.
  const own = header.fields.count;
  if (out.length > 0 && own && items.some((i) => own.start === i.countStart)) ctx.superseded.add(header);
  else if (out.length > 0 && header.region === null && header.place === null) header.aggregate = true;
  return out;
}
