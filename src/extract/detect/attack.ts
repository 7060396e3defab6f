import { containsRegion } from '../../core/regions.ts';
import type { Count, Fact, FactKind, Span } from '../../core/types.ts';
import type { PlaceMatch } from '../common/gazetteer.ts';
import { isVague, type NumberMatch } from '../common/numbers.ts';
import type { TimeMatch } from '../common/time.ts';
import { type Hit, lexiconHits, type WordCategory, wordCategories } from '../compile.ts';
import { anyOf, anyWordOf } from '../grammar.ts';
import {
  clauseAround,
  clearPlace,
  clearRegion,
  clearWeapon,
  copyWeapon,
  countStartsIn,
  has,
  hitInClause,
  hitsOf,
  isCasualtyWord,
  newFact,
  type ReportContext,
  type SentenceView,
  setField,
  severalWeaponsBefore,
  spanOf,
} from '../view.ts';
import { breakdownItems, type Item, itemFacts } from './breakdown.ts';
import { countFor, countsNoWeapon, countsOther, type WeaponMention, weaponMentions } from './count.ts';
import { ALL, allOfThem, countWithoutNumber, pronounCount } from './count-words.ts';
import { fallOfWeapon, negated } from './effects.ts';
import { joinedCounts } from './joined-counts.ts';
import {
  applyLocation,
  CONJ,
  inOneList,
  type Location,
  listAround,
  listFacts,
  locate,
  NAME_RUN,
  uncountedCopy,
  untitled,
  wholeShare,
} from './locate.ts';
import { destroysPersonnel, destroysWhatMeansHit } from './means-destroyed.ts';
import { laterTallies } from './more-tallies.ts';
import { oneClause as inOneClause, wholeCountryHits } from './nationwide.ts';

export interface AttackPart {
  fact: Fact;
  /** A launch or hit statement waiting to be folded into the interception fact of the same report. */
  part: 'launched' | 'hit' | null;
  /** A launch by a verb of the lexicon's `fired_at` ("fired 38 drones at"): its number is the wave's size, so a strike
   *  it stays (no interception takes it in) has no count. */
  aimed?: boolean;
  /** A hit whose number is the weapon's own («влучання дрона», «2 ракет»), not the places it hit («на 6 локаціях»): a
   *  strike it stays (no interception takes it in) has that number as its count. */
  weaponCounted?: boolean;
}

export function setWeapon(fact: Fact, text: string, m: WeaponMention): void {
  fact.weapon = m.weapon;
  fact.weapon_model = m.model;
  setField(fact, 'weapon', spanOf(text, m.start, m.end));
}

function isIncrement(view: SentenceView, text: string, count: { start: number; end: number }): boolean {
  return hitsOf(view, 'increment').some(
    (h) =>
      (h.end <= count.start && /^\s*$/u.test(text.slice(h.end, count.start))) ||
      // "Two more drones", «пять ещё»: after the number, but not "more than".
      (h.start >= count.end && /^\s*$/u.test(text.slice(count.end, h.start)) && !THAN_AFTER.test(text.slice(h.end))),
  );
}

/** «над Московским регионом, включая Москву и Московскую область, уничтожены 5 БПЛА», "over Kyiv and Kyiv Oblast": a
 *  list whose regions all lie in the area of one of them (Moscow in Moscow Oblast's: core/regions.ts) names one
 *  place, not a sum over several. The count stays on that region's fact; the regions inside it keep their facts with
 *  no count, as a list's items do. A list joined to the whole country, or of regions side by side, is left alone. */
function nestedList(found: Location): Location {
  const list = found.list;
  if (!list || found.located !== null || found.whole) return found;
  const outer = list.find((o) => list.every((p) => containsRegion(o.code, p.code)));
  if (!outer) return found;
  const inner = list.filter((p) => p.code !== outer.code);
  return inner.length === 0 ? { ...found, located: outer, list: undefined } : { ...found, located: outer, list: inner };
}

function located(ctx: ReportContext, view: SentenceView, fact: Fact, found: Location, hasItems = false): Fact[] {
  const counted = fact.count !== null || fact.launched !== null || fact.hit !== null;
  const loc = wholeShare(counted && !hasItems ? nestedList(found) : found);
  applyLocation(ctx, view, fact, loc);
  ctx.facts.push(fact);
  // "more than 70 over the Kaluga and Moscow regions: 40 over Kaluga and 32 …": the items give each region its
  // own count, so the header only sums them.
  if (loc.list && hasItems) {
    fact.aggregate = true;
    return [fact];
  }
  if (!loc.list) return [fact];
  const items = listFacts(ctx, view, fact, loc.list);
  // «Також атаковано Дніпропетровщину, Сумщину та Полтавщину»: with no number to sum, the header is each region's
  // fact again and says nothing of its own.
  // A list joined to the whole country («на 6 областей та Крим») keeps the header: the country's share of the wave.
  if (
    items.length > 0 &&
    loc.located === null &&
    !loc.whole &&
    fact.count === null &&
    fact.launched === null &&
    fact.hit === null
  ) {
    ctx.facts.splice(ctx.facts.indexOf(fact), 1);
    return items;
  }
  return [fact, ...items];
}

/**
 * The kind of event each word tells: striking and hitting, intercepting (a progressive form too), launching. An attack
 * noun tells an attack, struck or repelled ("repelled a massive attack"): it gives a clause a kind only when no other
 * word there does, and then a strike's.
 */
const EVENT_KINDS: readonly (readonly [WordCategory, string])[] = [
  ['strike', 'strike'],
  ['hit', 'strike'],
  ['interception', 'interception'],
  ['progressive', 'interception'],
  ['launched', 'launch'],
];

/** The clause of the sentence around `at`: from the semicolon before it to the one after it. */
function clauseAt(view: SentenceView, text: string, at: number): { start: number; end: number } {
  const before = text.lastIndexOf(';', at);
  const after = text.indexOf(';', at);
  return {
    start: before >= view.span.start ? before + 1 : view.span.start,
    end: after >= 0 && after < view.span.end ? after : view.span.end,
  };
}

/**
 * Whether a clause names a place of its own and none that the trigger's clause names, which names one: then a clause
 * of the same kind tells another event ("struck Kyiv overnight; in Odesa, drones hit the port"), not the trigger's
 * told twice. A trigger's clause with no place leaves the other its elaboration ("Russia launched a massive attack
 * overnight; in Odesa, drones hit the port").
 */
function placedApart(
  view: SentenceView,
  clause: { start: number; end: number },
  verbs: { start: number; end: number },
): boolean {
  const within = (c: { start: number; end: number }) => view.places.filter((p) => p.start >= c.start && p.end <= c.end);
  const own = within(clause);
  const trigger = new Set(within(verbs).map((p) => p.code + p.name));
  return own.length > 0 && trigger.size > 0 && !own.some((p) => trigger.has(p.code + p.name));
}

/**
 * Whether a clause and the clauses before it each name weapons of their own, of no class in common: "drone hits a
 * substation near the border; rocket hits Mykolaiv", "Ukrainian drones strike two bases in Russia; Kremlin unleashes
 * missile barrage" tell two attacks, each with its weapon, though only one of them, or neither, names a place.
 */
const PLACE_BACK = new RegExp(`(?<![\\p{L}])(?:${anyOf('place_back')})(?![\\p{L}])`, 'iu');

function armedApart(
  view: SentenceView,
  clause: { start: number; end: number },
  before: { start: number; end: number },
  text: string,
): boolean {
  const classes = (c: { start: number; end: number }) =>
    new Set(weaponMentions(view).flatMap((m) => (m.start >= c.start && m.end <= c.end ? [m.weapon] : [])));
  const own = classes(clause);
  const earlier = classes(before);
  // "Drones hit Kharkiv; missiles also struck the city": a clause that points back to the place before it, or names
  // it again, tells the same attack with another weapon.
  const within = (c: { start: number; end: number }) => view.places.filter((p) => p.start >= c.start && p.end <= c.end);
  const earlierPlaces = new Set(within(before).map((p) => p.code));
  if (PLACE_BACK.test(text.slice(clause.start, clause.end))) return false;
  if (within(clause).some((p) => earlierPlaces.has(p.code))) return false;
  return own.size > 0 && earlier.size > 0 && ![...own].some((w) => earlier.has(w));
}

/**
 * The semicolon clauses of a sentence that tell events apart, or null when it tells one: a clause that tells an event of
 * a kind the clauses before it told (`EVENT_KINDS`) and names only other places (`placedApart`) opens another event,
 * read alone ("Russian forces struck Kyiv overnight; in Odesa, drones hit the port" is a strike on Kyiv and a drone
 * strike on the port of Odesa). Otherwise it joins the event before it ("repelled an attack on Kyiv; 30 of 35 drones
 * were shot down"), as does a list's item, which tells no event of its own.
 */
export function eventClauses(view: SentenceView, text: string): { start: number; end: number }[] | null {
  if (!text.slice(view.span.start, view.span.end).includes(';')) return null;
  const groups: { start: number; end: number; kinds: Set<string> }[] = [];
  for (let at = view.span.start; at < view.span.end; ) {
    const clause = clauseAt(view, text, at);
    const kinds = clauseKinds(view, clause);
    const last = groups[groups.length - 1];
    if (
      last &&
      !(
        [...kinds].some((k) => last.kinds.has(k)) &&
        (placedApart(view, clause, last) || armedApart(view, clause, last, text))
      )
    ) {
      last.end = clause.end;
      for (const k of kinds) last.kinds.add(k);
    } else groups.push({ ...clause, kinds });
    at = clause.end + 1;
  }
  return groups.length > 1 ? groups.map(({ start, end }) => ({ start, end })) : null;
}

/** The kinds of event the words of a clause tell (`EVENT_KINDS`), leaving out the trigger's own word. */
function clauseKinds(view: SentenceView, clause: { start: number; end: number }, trigger?: Hit): Set<string> {
  const inside = view.hits.filter((h) => h.start >= clause.start && h.end <= clause.end && h !== trigger);
  const kinds = new Set<string>();
  for (const h of inside) for (const [c, k] of EVENT_KINDS) if (h.value.categories.has(c)) kinds.add(k);
  if (kinds.size === 0 && inside.some((h) => h.value.categories.has('attack_noun'))) kinds.add('strike');
  return kinds;
}

/**
 * Whether a weapon stands in another clause of the sentence than the word that tells the attack, a clause that tells an
 * event of another kind (`EVENT_KINDS`) than the fact's: "a missile hits a warehouse in Poltava; Russia says 9 drones
 * destroyed over its regions" (the missile is not among what was destroyed), "strikes on the port wound two; Moscow
 * says a drone was launched at Kursk" (the drone is not what struck the port). A semicolon parts the clauses: a
 * sentence splitter keeps it inside the sentence, though it joins two statements as a full stop would. A clause that
 * tells the same kind of event tells the same event twice, and its weapon is the verb's, when it names no place of its
 * own or the trigger's place: "repelled a massive attack overnight; 30 of 35 drones were shot down", «отразила атаку
 * на область; сбиты 10 беспилотников». One that names only other places tells another event (`placedApart`): "struck
 * Kyiv overnight; in Odesa, drones hit the port" (no drones struck Kyiv). A clause that tells
 * nothing of its own («уничтожены 20 БПЛА: 5 — над Брянской областью; 3 — над Курской») is a list's item, and its
 * weapon may be the verb's. A weapon before the verb's clause that names none may be what a pronoun there points back
 * to ("fired two missiles at Odesa; both were shot down", "…; the army says it shot them all down"): it stays the
 * verb's.
 */
export function weaponInOtherClause(
  view: SentenceView,
  text: string,
  kind: FactKind,
  trigger: Hit,
  m: { start: number; end: number },
): boolean {
  const from = Math.min(trigger.end, m.end);
  const to = Math.max(trigger.start, m.start);
  if (from >= to || !text.slice(from, to).includes(';')) return false;
  const clause = clauseAt(view, text, m.start);
  const kinds = clauseKinds(view, clause, trigger);
  if (kinds.size === 0) return false;
  if (kinds.has(kind)) return placedApart(view, clause, clauseAt(view, text, trigger.start));
  if (m.start > trigger.start) return true;
  const verbs = clauseAt(view, text, trigger.start);
  return view.hits.some((h) => h.value.weapon !== undefined && h.start >= verbs.start && h.end <= verbs.end);
}

function attackFacts(
  ctx: ReportContext,
  view: SentenceView,
  kind: FactKind,
  trigger: Hit,
  given: WeaponMention | undefined,
  places: readonly PlaceMatch[],
  exclude: readonly { start: number; end: number }[],
  attacks?: NumberMatch,
): { facts: Fact[]; countSpan: { start: number; end: number } | null } {
  const text = ctx.report.text;
  const mention = given && !weaponInOtherClause(view, text, kind, trigger, given) ? given : undefined;
  const fact = newFact(ctx, view, kind, spanOf(text, trigger.start, trigger.end));
  let countSpan: { start: number; end: number } | null = null;
  if (mention) {
    setWeapon(fact, text, mention);
    const found = countFor(view, text, mention, ctx.lang);
    if (found) {
      fact.count = found.count;
      setField(fact, 'count', found.span);
      fact.increment = isIncrement(view, text, found.span);
      countSpan = found.span;
    }
  }
  // The number of attacks told by the noun (`attackCount`), when the weapon has none of its own: set before the
  // places are read, so that a count over several named regions stays on the header (docs/eval.md).
  if (attacks && !fact.count && attacks.count.value !== null) {
    fact.count = attacks.count;
    setField(fact, 'count', spanOf(text, attacks.start, attacks.end));
  }
  const anchor = mention ?? trigger;
  const free = places.filter((p) => !exclude.some((e) => p.start >= e.start && p.end <= e.end));
  let loc = locate(ctx, view, anchor, free);
  // A header whose list names the places (" …шесть беспилотников: пять — над морем, один — над Севастополем") sums
  // them: it takes no place from context.
  if (exclude.length > 0 && loc.inferred) loc = { located: null, inferred: false, aggregate: true };
  return { facts: located(ctx, view, fact, loc, exclude.length > 0), countSpan };
}

/** "Russia launched 83 drones, of which 63 were shot down": the launch number and the destroyed number apart. */
// "81 of 90 cruise missiles", «81 из 90», "none of the four": destroyed of launched.
const OF_BETWEEN = new RegExp(`^\\s*(?:${anyOf('of')})\\s*$`, 'iu');
// "more than": a comparison, not more weapons.
const THAN_AFTER = new RegExp(String.raw`^\s*(?:${anyOf('than')})(?![\p{L}])`, 'iu');
// "a drone attack": the weapon word names the attack.
const ATTACK_AFTER = new RegExp(String.raw`^\s*(?:${anyOf('attack_singular')})(?![\p{L}])`, 'iu');
const NONE_OF = new RegExp(`(?:${anyOf('none')})\\s+(?:${anyOf('of')})\\s*$`, 'iu');

const OF_THOSE = new RegExp(`^\\s*(?:${anyOf('of')})\\s+(?:${anyOf('those')})(?![\\p{L}])`, 'iu');
// "destroyed 41 drones, 20 of them over the Kursk region": the part's place word right after the pronoun, no verb of
// its own: where some of the counted ones were (a breakdown item, as «из них 20 над …»), not how many of a launch.
const OF_THOSE_PLACED = new RegExp(
  `^\\s*(?:${anyOf('of')})\\s+(?:${anyOf('those')})\\s+(?:${anyOf('item_place')})(?![\\p{L}])`,
  'iu',
);
const OF_BETWEEN_AFTER = new RegExp(`^\\s+(?:${anyOf('of')})\\s`, 'iu');
/** Between a crew and its own weapon: an adjective or two at most, lower-case («расчет ударных беспилотников», «расчет
 *  FPV-дронов»). A name between («расчет ВСУ FPV-дроном») makes the weapon the means of the strike again, as does an
 *  agent word (passive_agent: "a crew with FPV drones"), checked where the gap is read. */
// «установки с крылатыми ракетами «Нептун»»: the model's opening quote may end the gap (the launcher's words hold its
// missiles).
const CREW_GAP = /^\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,2}[«"„“]?$/u;
const n0 = (x: { count: Fact['count'] }) => x.count?.value ?? x.count?.min ?? null;

function splitOf(view: SentenceView, text: string, fact: Fact): boolean {
  const countField = fact.fields.count;
  if (!fact.count || !countField) return false;
  const zero = NONE_OF.exec(text.slice(Math.max(view.span.start, countField.start - 20), countField.start));
  const first = view.numbers
    .filter((n) => n.end <= countField.start && OF_BETWEEN.test(text.slice(n.end, countField.start)))
    .pop();
  // "69 missiles were fired …, 54 of which/of them were shot down": a part of the weapons just counted, with no other
  // weapon named between.
  const counted = Math.max(countField.end, fact.fields.weapon?.end ?? 0);
  const part = view.numbers.find(
    (n) =>
      n.start >= counted &&
      OF_THOSE.test(text.slice(n.end, view.span.end)) &&
      !(fact.kind === 'interception' && OF_THOSE_PLACED.test(text.slice(n.end, view.span.end))) &&
      !weaponMentions(view).some((m) => m.start >= counted && m.end <= n.start),
  );
  // "11 of the drones were downed, four of them jammed": a count that is itself a part is no total of the next.
  const partItself = OF_BETWEEN_AFTER.test(text.slice(countField.end, countField.end + 8));
  if (part && !partItself && !zero && !first && n0(part) !== n0(fact)) {
    fact.launched = fact.count;
    fact.fields.launched = fact.fields.count;
    fact.count = part.count;
    setField(fact, 'count', spanOf(text, part.start, part.end));
    return true;
  }
  if (!zero && !first) return false;
  fact.launched = fact.count;
  fact.fields.launched = fact.fields.count;
  if (first) {
    fact.count = first.count;
    setField(fact, 'count', spanOf(text, first.start, first.end));
  } else if (zero) {
    const start = countField.start - zero[0].length;
    fact.count = { value: 0, min: 0, max: 0, approx: false };
    setField(fact, 'count', spanOf(text, start, start + zero[0].trimEnd().length));
  }
  return true;
}

/** A destroyed number read for a launch count it cannot belong to: one an earlier weapon of the sentence took with
 *  another launch number ("launched 86 drones and missiles, including 14 Kh-101 and 4 Kalibr; … shot down 71": the 71
 *  is the 86's, not each model's), or one larger than the launch (71 of 14). The fact then keeps its launch alone. */
function notItsCount(
  near: NumberMatch,
  launched: Count,
  launchedAt: number,
  taken: ReadonlyMap<number, number>,
): boolean {
  const by = taken.get(near.start);
  if (by !== undefined && by !== launchedAt) return true;
  // Only exact figures are compared: "about 70" of "over 60" may be true.
  const lo = near.count.approx ? null : (near.count.min ?? near.count.value);
  const hi = launched.approx ? null : (launched.max ?? launched.value);
  return lo !== null && hi !== null && lo > hi;
}

function splitLaunch(
  view: SentenceView,
  text: string,
  fact: Fact,
  trigger: Hit,
  launch: Hit | undefined,
  taken: ReadonlyMap<number, number>,
): void {
  if (splitOf(view, text, fact)) return;
  const countField = fact.fields.count;
  if (!launch || !fact.count || !countField || launch.start > trigger.start) return;
  // A launch verb after the count: "48 drones were launched …, 41 were shot down". Only with a number of its own for
  // the destroyed ones after the verb: "80 drones launched by Russia shot down" tells how many were shot down.
  const after = countField.start < launch.end;
  if (after && countField.end > launch.start) return;
  // «при попытке … атаки с применением БПЛА … уничтожено 15 БПЛА»: a number after the verb is what it destroyed.
  if (countField.start >= trigger.end) return;
  // "fired a dozen drones … and debris from an intercepted drone fell": a participle inside the counted phrase, between
  // the count and its weapon, tells of the ones it counts, not of a launch ("launched … a cruise missile …, destroyed
  // the missile" splits).
  const weaponAt = fact.fields.weapon;
  if (weaponAt && !weaponAt.inferred && countField.end <= trigger.start && trigger.end <= weaponAt.start) return;
  const used = (n: NumberMatch) => n.start === countField.start;
  // "launched 85 drones and four ballistic missiles …, and 70 drones were shot down": a number told with another
  // weapon counts that weapon, not this one.
  const otherWeapon = (n: NumberMatch) => {
    const own = weaponMentions(view).find((m) => m.start >= n.end && m.start - n.end <= 40);
    return (
      own !== undefined &&
      /^[\p{L}\s'’-]*$/u.test(text.slice(n.end, own.start)) &&
      own.weapon !== fact.weapon &&
      !sameClass(own.weapon, fact.weapon)
    );
  };
  // "destroyed more than 30 of them": a range is a count too. "48 drones were launched … from 3 directions and shot
  // down": a number whose own noun counts something else is no count of the weapon.
  const candidates = view.numbers.filter(
    (n) =>
      !used(n) &&
      !otherWeapon(n) &&
      !countsNoWeapon(text, n) &&
      // After a passive launch, a number with another weapon between counts that weapon: "120 missiles had been
      // launched, while the army said Russia launched 69 missiles, 54 of which were shot down".
      (!after ||
        (n.start >= launch.end && !weaponMentions(view).some((m) => m.start >= launch.end && m.end <= n.start))) &&
      (n.count.value !== null || n.count.min !== null || n.count.max !== null),
  );
  const read =
    candidates.filter((n) => n.end <= trigger.start && trigger.start - n.end <= 25).pop() ??
    candidates.find((n) => n.start >= trigger.end && n.start - trigger.end <= 20);
  const near = read && notItsCount(read, fact.count, countField.start, taken) ? undefined : read;
  if (after && !near) return;
  fact.launched = fact.count;
  fact.fields.launched = fact.fields.count;
  fact.count = near ? near.count : null;
  if (near) setField(fact, 'count', spanOf(text, near.start, near.end));
  else delete fact.fields.count;
}

// «застосовано засоби ППО, 5 БпЛА збито», «застосовано мобільні вогневі групи: 6 дронів знищено», «Випущено з полону 10
// військових, 3 дрони збито»: a launch verb's impersonal passive (grammar `launch_passive`) takes other objects too.
const LAUNCH_PASSIVE = new RegExp(`^(?:${anyOf('launch_passive')})$`, 'iu');
// What ends the passive's clause before a weapon: a comma, a colon, a semicolon, a bracket, a dash between spaces.
const PASSIVE_CLAUSE_END = /[,;:()]|\s[–—]\s/u;

/** The launch words of the sentence; a passive only when an attacking weapon is named after it in its own clause, with
 *  no verb of destroying between («застосовано 36 ударних БпЛА», not «застосовано засоби ППО, 5 БпЛА збито»). */
function launchHits(view: SentenceView, text: string): Hit[] {
  const all = hitsOf(view, 'launched');
  if (!all.some((h) => LAUNCH_PASSIVE.test(h.text))) return all;
  const destroying = (h: Hit) => h.value.categories.has('interception') || h.value.categories.has('progressive');
  return all.filter(
    (h) =>
      !LAUNCH_PASSIVE.test(h.text) ||
      weaponMentions(view).some(
        (m) =>
          m.start >= h.end &&
          !PASSIVE_CLAUSE_END.test(text.slice(h.end, m.start)) &&
          !view.hits.some((o) => destroying(o) && o.start >= h.end && o.end <= m.start),
      ),
  );
}

/** A generic missile is any missile: "four missiles … two of the cruise missiles". */
function sameClass(a: Fact['weapon'], b: Fact['weapon']): boolean {
  const missiles: readonly Fact['weapon'][] = ['missile', 'cruise_missile', 'ballistic_missile'];
  return (a === 'missile' && missiles.includes(b)) || (b === 'missile' && missiles.includes(a));
}

/** A weapon named after a contrast word that follows the trigger, with no interception verb of its own between:
 *  "shot down one Kinzhal, while another two hit the district". */
function pastContrast(view: SentenceView, trigger: Hit, m: WeaponMention): boolean {
  const contrast = hitsOf(view, 'contrast').find((h) => h.start >= trigger.end && h.end <= m.start);
  if (!contrast) return false;
  const own = (h: Hit) => h.value.categories.has('interception') || h.value.categories.has('progressive');
  return !view.hits.some((h) => own(h) && h.start >= contrast.end && h.end <= m.start);
}

function interceptions(
  ctx: ReportContext,
  view: SentenceView,
  places: PlaceMatch[],
  trigger: Hit,
  items: Item[],
): Fact[] {
  const text = ctx.report.text;
  const mentions = weaponMentions(view).filter(
    (m) =>
      !isLost(view, text, m) &&
      !pastContrast(view, trigger, m) &&
      !weaponInOtherClause(view, text, 'interception', trigger, m),
  );
  const zone = items.length > 0 ? [{ start: items[0]!.start, end: view.span.end }] : [];
  // "repelled a drone attack …, downing 12 drones": "drone" there names the attack, and the count goes with the other.
  const named = mentions.filter((m) => !ATTACK_AFTER.test(text.slice(m.end, m.end + 10)));
  // «при попытке … совершить атаки с применением БПЛА … дежурными средствами ПВО уничтожено 15 БПЛА»: the weapon the
  // attempt clause names is the one the verb counts after it, not a second interception.
  const attempt = launchHits(view, text).find((h) => h.end <= trigger.start);
  const counted = (m: WeaponMention) => m.start >= trigger.end && countFor(view, text, m, ctx.lang) !== null;
  const means = (m: WeaponMention) =>
    attempt !== undefined &&
    m.start >= attempt.end &&
    m.end <= trigger.start &&
    countFor(view, text, m, ctx.lang) === null &&
    mentions.some((o) => counted(o) && o.weapon === m.weapon);
  const header = (named.length > 0 ? named : mentions).filter((m) => zone.every((z) => m.start < z.start) && !means(m));
  // "48 drones were launched, … air defences downed 41", «121 ударний БпЛА було запущено, з них 87 збито»: a launch
  // verb after its counted weapon (a passive or a participle), in its clause, launched them just as one before it does.
  const first = header[0];
  const launch =
    launchHits(view, text).find((h) => h.end <= (first?.start ?? trigger.start)) ??
    (first &&
      hitsOf(view, 'launched').find(
        (h) =>
          h.start >= first.end && h.end <= trigger.start && !PASSIVE_CLAUSE_END.test(text.slice(first.end, h.start)),
      ));
  const progressive = !trigger.value.categories.has('interception');
  const out: Fact[] = [];
  const own = ownPlaces(header, places);
  // The numbers an earlier weapon of the sentence took as its destroyed count, each to where its launch number stands.
  const taken = new Map<number, number>();
  // The second parts of counts told in two parts («пять уничтожено и ещё три перехвачено»), summed into their fact.
  const summed = new Set<number>();
  for (const mention of header.length > 0 ? header : mentions.slice(0, 1)) {
    const { facts } = attackFacts(ctx, view, 'interception', trigger, mention, own.get(mention) ?? places, zone);
    const main = facts[0]!;
    // "Russia launched 85 drones …, and 70 drones were shot down": "70 drones" is the first drones' destroyed part,
    // already counted, not a weapon of its own.
    if (main.fields.count && taken.has(main.fields.count.start)) {
      for (const f of facts) ctx.superseded.add(f);
      continue;
    }
    // "effective in intercepting the incoming drones" reports nothing; "with air defences destroying 40" does.
    if (progressive && !main.count) {
      ctx.facts.splice(ctx.facts.length - facts.length, facts.length);
      continue;
    }
    if (!main.count && mention && countWithoutNumber(view, text, main, mention, trigger)) {
      // «атакував чотирма БпЛА …, усі дрони знищено», «застосовано 36 БпЛА – усі ці повітряні цілі знищено»: "all"
      // before a weapon of the class launched earlier in the sentence (or a bare air target) is those weapons again,
      // every one destroyed: the launch's fact takes its number as the count, and the word makes no fact of its own.
      // A bare air target is every launch before it: «атакував п'ятьма БпЛА та трьома ракетами, усі повітряні цілі
      // знищено».
      const launched = out.filter(
        (f) =>
          f.launched !== null &&
          f.count === null &&
          (f.weapon === main.weapon || main.weapon === 'unknown_air_target') &&
          f.fields.launched !== undefined,
      );
      for (const f of launched) {
        f.count = f.launched;
        if (f.fields.launched) f.fields.count = { ...f.fields.launched, inferred: true };
      }
      if (launched.length > 0) {
        for (const f of facts) ctx.superseded.add(f);
        continue;
      }
      ctx.allLaunched.add(main);
    }
    // «…атаку с применением двух БпЛА … Дежурными средствами ПВО украинские беспилотные летательные аппараты
    // уничтожены над территорией …»: a plural weapon named by its side, with no number, is the weapons of the attack
    // told before it, every one (mergeParts gives it the launch number). One place only: over several regions named
    // without counts, how many fell over each is untold.
    if (!main.count && mention && !mention.singular && facts.length === 1 && sideBefore(view, text, mention))
      ctx.allLaunched.add(main);
    const part = joinedCounts(view, text, main, trigger, own.get(mention) ?? places);
    if (part) summed.add(part.start);
    splitLaunch(view, text, main, trigger, launch, taken);
    if (main.launched && main.fields.count && main.fields.launched && !taken.has(main.fields.count.start))
      taken.set(main.fields.count.start, main.fields.launched.start);
    if (!main.count && pronounCount(view, text, main)) ctx.allLaunched.add(main);
    allOfThem(view, text, main);
    hitsAfter(view, text, main, trigger);
    // "debris from a downed drone", "Debris From Downed Missile": the downing told inside a debris phrase names the one
    // whose wreck fell, not how many were downed in all.
    if (main.count && wreckPhrase(view, text, trigger) && !countedByVerb(view, main, trigger)) main.floor = true;
    out.push(...facts);
    ctx.lastAttack = main;
  }
  if (out[0])
    out.push(...ellipticalInterceptions(ctx, view, places, out[0], summed), ...totalInSentence(ctx, view, out[0]));
  return out;
}

/** «шесть БПЛА над территорией Липецкой области и два БПЛА над территорией Пензенской области»: several counted
 *  weapons, each followed by its own place, each take the places between it and the next weapon. Only when every
 *  weapon has such places; otherwise none is restricted (one place after a list of weapons is all of theirs). */
function ownPlaces(
  mentions: readonly WeaponMention[],
  places: readonly PlaceMatch[],
): Map<WeaponMention, PlaceMatch[]> {
  const out = new Map<WeaponMention, PlaceMatch[]>();
  if (mentions.length < 2) return out;
  for (const [i, m] of mentions.entries()) {
    const next = mentions[i + 1]?.start ?? Number.POSITIVE_INFINITY;
    const mine = places.filter((p) => p.start >= m.end && p.start < next);
    if (mine.length === 0) return new Map();
    out.set(m, mine);
  }
  return out;
}

/** «Уничтожены более 30 целей», «ликвидированы ещё два строения», «обезврежено 1480 взрывоопасных предметов», «уничтожено
 *  до 40 человек»: in a sentence that names no weapon, a number after the verb with a word of its own right after it
 *  counts that word's noun, not the weapon of the sentence before. The words that leave the number bare are those of
 *  a place or a time («ещё 5 над Курском», "12 overnight"), of a part («60 з них», "20 of them") and of an increment
 *  ("12 more"); adjectives with no noun after them in the clause («Сбиты 15 вражеских.»); a word of the means, in the
 *  plural instrumental or the lexicon's `bare_count` («Сбиты 25 подразделениями ПВО», «огнём ПВО», "using mobile fire
 *  groups"), of a counter («15 штук»), of a manner («при подлёте»); and a conjunction or a clause's join ("25 and 5
 *  were jammed", "25 as they approached"), as no numeral governs those. */
const PART_AFTER = new RegExp(`^\\s+(?:${anyOf('of')}|${anyOf('those')})(?![\\p{L}])`, 'iu');
// Adjectives (`adjective_endings`) right after the number, and what follows them.
const ADJECTIVES_AFTER = new RegExp(`^\\s+(?:[\\p{L}'’-]+(?:${anyOf('adjective_endings')})(?![\\p{L}])\\s*)*`, 'iu');
// A word that no number counts: a conjunction, a clause's join, an agent's preposition, a word of the means, a counter.
const BARE_WORD = new RegExp(
  `^(?:${anyOf('conjunction')}|${anyOf('bare_count')}|[\\p{L}'’-]+(?:${anyOf('means_endings')}))(?![\\p{L}])`,
  'iu',
);
function countsOwnNoun(view: SentenceView, text: string, trigger: Hit, n: NumberMatch): boolean {
  // Only a number that is the verb's object, right after it («снесены ещё три сарая»); "three were intercepted and
  // the other one landed" counts on.
  const increments = hitsOf(view, 'increment').filter((h) => h.start >= trigger.end && h.end <= n.start);
  let gap = text.slice(trigger.end, n.start);
  for (const h of increments) gap = gap.replace(h.text, ' ');
  if (!/^\s+$/u.test(gap)) return false;
  const next = /^\s+[\p{L}]/u.exec(text.slice(n.end));
  if (!next) return false;
  const at = n.end + next[0].length - 1;
  const starts = (x: { start: number; end: number }) => x.start <= at && at < x.end;
  if (view.places.some(starts) || view.times.some(starts) || PART_AFTER.test(text.slice(n.end))) return false;
  const bare = (h: Hit) =>
    h.value.categories.has('place_preposition') ||
    h.value.area !== undefined ||
    h.value.categories.has('increment') ||
    h.value.categories.has('target_preposition') ||
    h.value.categories.has('clause_join') ||
    h.value.categories.has('passive_agent');
  if (view.hits.some((h) => starts(h) && bare(h))) return false;
  // Past the adjectives («15 вражеских», "25 Ukrainian"), a noun must follow in the clause, and not one of the means.
  const clauseEnd = view.span.end;
  let from = n.end + (ADJECTIVES_AFTER.exec(text.slice(n.end, clauseEnd))?.[0].length ?? 0);
  for (const h of view.hits.filter((x) => x.start >= n.end && SIDE.some((c) => x.value.categories.has(c))))
    if (/^\s*$/u.test(text.slice(from, h.start))) from = Math.max(from, h.end);
  const noun = /^\s*([\p{L}][^\s]*)/u.exec(text.slice(from, clauseEnd));
  return noun?.[1] !== undefined && !BARE_WORD.test(noun[1]);
}
// A side's adjective ("Ukrainian", «украинских»): no noun of its own.
const SIDE = ['ukrainian', 'russian'] as const;

/** Every word of a side in the sentence: a side's name (`attacker`: "Ukraine", "Moscow") or its adjective (SIDE). */
function sideWords(view: SentenceView): Hit[] {
  return [...hitsOf(view, 'attacker'), ...SIDE.flatMap((c) => hitsOf(view, c))];
}

/** The side's adjective stands right before the weapon («украинские ракеты», "Russian drones"). */
function sideBefore(view: SentenceView, text: string, m: WeaponMention): boolean {
  return view.hits.some(
    (h) => SIDE.some((c) => h.value.categories.has(c)) && h.end <= m.start && /^\s+$/u.test(text.slice(h.end, m.start)),
  );
}

/** "…of which 63 were shot down, adding that hits were recorded at six locations": the hit count in the same
 *  sentence as the interception. */
function hitsAfter(view: SentenceView, text: string, fact: Fact, trigger: Hit): void {
  if (fact.hit) return;
  const hit = hitsOf(view, 'hit').find((h) => h.start > trigger.end && !isDebrisFall(view, text, h));
  const n = hit ? view.numbers.find((x) => x.start >= hit.end && x.start - hit.end <= 40) : undefined;
  if (!n) return;
  fact.hit = n.count;
  setField(fact, 'hit', spanOf(text, n.start, n.end));
}

const TOTAL = new RegExp(`(?:^|[\\s(])(${anyOf('in_total')})(?![\\p{L}])`, 'iu');

/** «Отражена атака ещё двух БПЛА. Всего с начала ночи — 4 беспилотника»: a sentence with no verb that states the
 *  night's total of the interceptions before it. */
function runningTotal(ctx: ReportContext, view: SentenceView, places: PlaceMatch[]): Fact | null {
  const last = ctx.lastAttack;
  if (last?.kind !== 'interception' || hitsOf(view, 'interception').length > 0) return null;
  const word = TOTAL.exec(view.span.text);
  if (!word) return null;
  const text = ctx.report.text;
  const from = view.span.start + word.index + word[0].length;
  const mention = weaponMentions(view).find((m) => m.start >= from);
  const bare = view.numbers.find((y) => y.start >= from && y.start - from <= 25);
  const n =
    (mention ? countFor(view, text, mention, ctx.lang) : null) ??
    (bare ? { count: bare.count, span: spanOf(text, bare.start, bare.end) } : null);
  if (!n || n.span.start < from || (n.count.value === null && n.count.min === null)) return null;
  const fact = newFact(ctx, view, 'interception', spanOf(text, from - word[1]!.length, from));
  if (mention && (last.weapon === null || mention.weapon === last.weapon)) setWeapon(fact, text, mention);
  else copyWeapon(fact, last);
  fact.count = n.count;
  setField(fact, 'count', n.span);
  const loc = places.length > 0 ? locate(ctx, view, n.span, places) : null;
  if (loc) applyLocation(ctx, view, fact, loc);
  else if (last.region) {
    fact.region = last.region;
    fact.place = last.place;
    fact.area = last.area;
    for (const f of ['region', 'place', 'area'] as const) {
      const field = last.fields[f];
      if (field) fact.fields[f] = { ...field, inferred: true };
    }
  }
  ctx.facts.push(fact);
  ctx.lastAttack = fact;
  return fact;
}

/** «Зафіксовано падіння уламків», "impacts of debris": debris falling, not weapons hitting. */
export function isDebrisFall(view: SentenceView, text: string, hit: Hit): boolean {
  return hitsOf(view, 'debris').some(
    (d) => d.start >= hit.end && /^[\s\p{L}]{0,3}$/u.test(text.slice(hit.end, d.start)),
  );
}

// The words between a debris noun and its verb: «Обломки дрона в среду утром упали на …» (the weapon
// whose debris it is, a side, a time: «у п'ятницю», an apostrophe inside a word), no punctuation, which would close the
// noun's clause, and no relative word, which opens a clause of another subject: "debris from the rockets that struck
// the station" tells the rockets striking.
const DEBRIS_SUBJECT_GAP = new RegExp(
  `^\\s+(?:(?!(?:${anyOf('debris_relative')})(?![\\p{L}]))[\\p{L}\\p{N}'’ʼ-]+\\s+){0,6}$`,
  'iu',
);

// Before a weapon in that gap: a word that opens a noun phrase of its own, with no word tying it to the debris before.
const NEW_SUBJECT = new RegExp(`(?:^|\\s)(?:${anyOf('debris_new_subject')})\\s`, 'iu');
const DEBRIS_OF = new RegExp(`(?:^|\\s)(?:${anyOf('debris_of')})\\s`, 'iu');

/** The debris noun `d` is the subject of `verb`, a few words on in its clause. Not when a weapon in between opens a
 *  phrase of its own: «Пока спасатели убирали обломки второй беспилотник атаковал подстанцию», "cleared the debris a
 *  second drone struck": the debris is the object of one clause, the weapon the next one's subject. */
function debrisSubject(view: SentenceView, text: string, d: Hit, verb: Hit): boolean {
  if (d.end > verb.start || !DEBRIS_SUBJECT_GAP.test(text.slice(d.end, verb.start))) return false;
  return !weaponMentions(view).some((m) => {
    if (m.start < d.end || m.end > verb.start) return false;
    // The debris word may end with its own "of" ("fragments of").
    return NEW_SUBJECT.test(` ${text.slice(d.end, m.start)}`) && !DEBRIS_OF.test(` ${text.slice(d.start, m.start)}`);
  });
}

/** «Обломки упали на территорию предприятия», «обломки беспилотника попали на крышу», "debris hit a house": debris is
 *  the subject of the verb of striking, so what fell is the wreck of a weapon (an effect, detect/effects.ts, and the
 *  interception it implies, `downedInDebris`), not a weapon that struck. Not after a word of damage in the sentence
 *  («одна ракета была повреждена, и её обломки упали на склад»): the wreck may be of a weapon only
 *  damaged, not shot down, whose fall on the place is its hit (the real labels read the ministry's «одна повреждена»
 *  so). */
function debrisStruck(view: SentenceView, verb: Hit, text: string): boolean {
  const damage = hitsOf(view, 'damage');
  return hitsOf(view, 'debris').some(
    (d) => debrisSubject(view, text, d, verb) && !damage.some((h) => h.end <= d.start),
  );
}

// "…, taking the night's total to 11", "bringing the number destroyed since the start of the night to four".
const TOTAL_TO = new RegExp(
  String.raw`(?:${anyOf('tally_noun')}|(?:${anyOf('number_noun')})(?:\s+[\p{L}']+){0,8})\s+(?:${anyOf('to')})\s+$`,
  'iu',
);

/** A running total stated in the same sentence as the latest step. */
function totalInSentence(ctx: ReportContext, view: SentenceView, step: Fact): Fact[] {
  const text = ctx.report.text;
  const used = countStartsIn(ctx, view);
  const n = view.numbers.find(
    (x) => !used.has(x.start) && TOTAL_TO.test(text.slice(Math.max(view.span.start, x.start - 70), x.start)),
  );
  if (!n) return [];
  const fact: Fact = {
    ...step,
    id: `${ctx.report.id}:f${ctx.facts.length}`,
    fields: { ...step.fields },
    increment: false,
  };
  fact.count = n.count;
  fact.launched = null;
  fact.hit = null;
  delete fact.fields.launched;
  delete fact.fields.hit;
  setField(fact, 'count', spanOf(text, n.start, n.end));
  ctx.facts.push(fact);
  return [fact];
}

const CONJ_BEFORE = new RegExp(`(?<![\\p{L}])(?:${anyOf('conjunction')})\\s+$`, 'iu');

/** «…уничтожены 9 беспилотников, ещё 4 перехвачены над акваторией Черного моря», "and four more were downed over
 *  the sea": a second verb in the sentence with its own number and the first weapon left out. */
function ellipticalInterceptions(
  ctx: ReportContext,
  view: SentenceView,
  places: PlaceMatch[],
  first: Fact,
  summed: ReadonlySet<number>,
): Fact[] {
  const text = ctx.report.text;
  const used = new Set([...countStartsIn(ctx, view), ...summed]);
  const mentions = weaponMentions(view);
  const out: Fact[] = [];
  for (const trigger of hitsOf(view, 'interception').slice(1)) {
    const n =
      view.numbers.find((x) => x.end <= trigger.start && trigger.start - x.end <= 3) ??
      view.numbers.find((x) => x.start >= trigger.end && x.start - trigger.end <= 3);
    if (!n || used.has(n.start) || n.count.value === null) continue;
    // «Два БПЛА уничтожены над … и один перехвачен над …»: a conjunction right before the number opens its clause too.
    // Only the words right before the number are read: a long sentence must not be sliced from its start per verb.
    const from = Math.max(view.span.start, n.start - 12);
    const joined = CONJ_BEFORE.exec(text.slice(from, n.start));
    const whole = joined !== null && (joined.index > 0 || from === view.span.start);
    const clause = Math.max(
      text.lastIndexOf(',', n.start),
      text.lastIndexOf(';', n.start),
      view.span.start,
      whole ? from + joined.index : -1,
    );
    const next = text.slice(trigger.end, view.span.end).search(/[,;]/u);
    const clauseEnd = next === -1 ? view.span.end : trigger.end + next;
    if (mentions.some((m) => m.start > clause && m.start < clauseEnd)) continue;
    const fact = newFact(ctx, view, 'interception', spanOf(text, trigger.start, trigger.end));
    copyWeapon(fact, first);
    fact.count = n.count;
    setField(fact, 'count', spanOf(text, n.start, n.end));
    const own = places.filter((p) => p.start > clause && p.end <= clauseEnd);
    applyLocation(ctx, view, fact, own.length > 0 ? locate(ctx, view, trigger, own) : locate(ctx, view, trigger, []));
    ctx.facts.push(fact);
    used.add(n.start);
    out.push(fact);
  }
  return out;
}

/** «У Золочеві КАБ пошкодив приватний будинок», "Russian drones damaged a power substation", "Drones target Moscow
 *  region": the weapon is the
 *  subject of the damage verb. Debris of a weapon («уламки дрона пошкодили») is not a strike by it. */
function subjectStrikes(ctx: ReportContext, view: SentenceView, places: PlaceMatch[]): Fact[] {
  if (places.length === 0) return [];
  const text = ctx.report.text;
  const debris = hitsOf(view, 'debris');
  for (const mention of weaponMentions(view)) {
    // "Drones target Moscow region": a verb of striking that reads as one only after its weapon, with the place it
    // aims at right after it ("29 wounded in Sloviansk missile strike, …" is the noun).
    const aimsAt = (h: Hit) =>
      places.some((p) => p.start >= h.end && /^\s+(?:[\p{L}'’-]+\s+){0,2}$/u.test(text.slice(h.end, p.start)));
    // After an attack noun the place comes right after the verb: "drone strike target list for Crimea" is a noun.
    const aimsRightAt = (h: Hit) => places.some((p) => p.start >= h.end && /^\s+$/u.test(text.slice(h.end, p.start)));
    const verb = view.hits.find(
      (h) =>
        h.start >= mention.end &&
        (((h.value.categories.has('damage') || (h.value.categories.has('weapon_verb') && aimsAt(h))) &&
          /^\s+$/u.test(text.slice(mention.end, h.start))) ||
          (h.value.categories.has('weapon_verb') && aimsRightAt(h) && nounOfWeaponBefore(view, text, mention, h))),
    );
    if (!verb || debris.some((d) => d.end <= mention.start && mention.start - d.end <= 25)) continue;
    const { facts } = attackFacts(ctx, view, 'strike', verb, mention, places, []);
    ctx.lastAttack = facts[0] ?? ctx.lastAttack;
    return facts;
  }
  return [];
}

/** "the psychological toll of missile attacks", «вплив ракетних атак», "How Russian drones attack power grids": what
 *  stands at `from` is governed by a noun or an explainer's "how" before it (the lexicon's `governing_noun`, a side at
 *  most between: `attacker`, `russian`, `ukrainian`), so it is a topic, not an event. */
function governedAt(view: SentenceView, text: string, from: number): boolean {
  return openedAt(view, text, from, hitsOf(view, 'governing_noun'));
}

/** Whether one of `openers` ends right before `from`, a side at most between ("how Russian drones"). */
function openedAt(view: SentenceView, text: string, from: number, openers: readonly { end: number }[]): boolean {
  const sides = sideWords(view);
  return openers.some((g) => {
    if (g.end > from) return false;
    let gap = text.slice(g.end, from);
    for (const a of sides) if (a.start >= g.end && a.end <= from) gap = gap.replace(text.slice(a.start, a.end), ' ');
    return /^\s*$/u.test(gap);
  });
}

// "strike fear into", "strike a chord": the verb's object makes it a figure of speech.
const FIGURATIVE_AFTER = new RegExp(`^\\s+(?:${anyOf('figurative_object')})(?![\\p{L}])`, 'iu');
// "Why Russian drones attack …", "When Russian missiles strike, …": a question's opener before the weapon.
const QUESTION_OPENER = new RegExp(`(?<![\\p{L}])(?:${anyOf('question_opener')})(?![\\p{L}])`, 'giu');
// "strike mainly at night", "attack less often than in 2023": a frequency word within four words after the verb.
const FREQUENCY_AFTER = new RegExp(`^(?:\\s+[\\p{L}\\d'’-]+){0,3}?\\s+(?:${anyOf('frequency')})(?![\\p{L}])`, 'iu');
/** The question openers of the sentence, as spans. */
function questionOpeners(view: SentenceView, text: string): { end: number }[] {
  const sentence = text.slice(view.span.start, view.span.end);
  return [...sentence.matchAll(QUESTION_OPENER)].map((m) => ({ end: view.span.start + (m.index ?? 0) + m[0].length }));
}
// A capitalised name: "Syrian rebel camps", "near Aleppo".
const CAPITALISED = /\p{Lu}\p{L}*/gu;

/** "Russian missiles strike Syrian rebel camps near Aleppo", "drones attack Moldovan border village of …": in a
 *  sentence that names no place of ours, nor a side or our country after the verb, a capitalised name after the verb that is no hit of the lexicon (a side, a
 *  country of ours) and is followed by a lower-case word (so not a headline's title case: "Strike Police HQ") or
 *  follows a preposition of place (as `foreignPlaceAfter` reads "… in Syria") tells a war abroad. */
function foreignAfterVerb(view: SentenceView, text: string, from: number): boolean {
  // "strike the Ukrainian-held bank", "across Ukraine": a side, our country or a place of ours after the verb is ours.
  const ours = (h: { start: number }) => h.start >= from;
  if (
    view.hits.some(
      (h) => ours(h) && (h.value.categories.has('attacker') || SIDE.some((c) => h.value.categories.has(c))),
    )
  )
    return false;
  if (wholeCountryHits(view, text).some(ours) || view.places.some(ours)) return false;
  const rest = text.slice(from, view.span.end);
  for (const m of rest.matchAll(CAPITALISED)) {
    const start = from + (m.index ?? 0);
    const end = start + m[0].length;
    if (
      view.hits.some((h) => h.start <= start && h.end >= end) ||
      view.places.some((p) => p.start <= start && p.end >= end)
    )
      continue;
    // "Ukraine’s Olympic fencer": a name owned by the word before it is that owner's, which is read for itself.
    if (/['’]s\s+$/u.test(text.slice(Math.max(from, start - 4), start))) continue;
    const lowerNext = /^\s+\p{Ll}/u.test(text.slice(end, end + 3));
    const afterPlacePrep = hitsOf(view, 'place_preposition').some((p) => /^\s+$/u.test(text.slice(p.end, start)));
    if (lowerNext || afterPlacePrep) return true;
  }
  return false;
}

/** "Russian missiles strike police HQ in Dnipro", "Ukrainian drones strike a Russian spa town", "as drones attack
 *  overnight": a headline's present-tense verb of striking (`plural_weapon_verb`) right after a plural weapon, its
 *  subject, tells a strike as "struck" would, whatever its object (subjectStrikes needs the place right after the verb).
 *  Only a weapon of a side ("Russian missiles") or in a sentence that names a place: "Israeli missiles strike a hospital"
 *  abroad names neither. Read after the rules that see a place or a target. */
function pluralSubjectStrikes(ctx: ReportContext, view: SentenceView, places: PlaceMatch[]): Fact[] {
  const text = ctx.report.text;
  for (const mention of weaponMentions(view)) {
    if (mention.singular) continue;
    const verb = view.hits.find(
      (h) =>
        h.value.categories.has('plural_weapon_verb') &&
        h.start >= mention.end &&
        /^\s+$/u.test(text.slice(mention.end, h.start)),
    );
    if (!verb) continue;
    const after = text.slice(verb.end, view.span.end);
    if (FIGURATIVE_AFTER.test(after) || FREQUENCY_AFTER.test(after) || governedAt(view, text, mention.start)) continue;
    if (openedAt(view, text, mention.start, questionOpeners(view, text))) continue;
    if (places.length === 0 && (!sideBefore(view, text, mention) || foreignAfterVerb(view, text, verb.end))) continue;
    const { facts } = attackFacts(ctx, view, 'strike', verb, mention, places, []);
    facts.push(...otherWeapons(ctx, view, facts, mention));
    ctx.lastAttack = facts[0] ?? ctx.lastAttack;
    return facts;
  }
  return [];
}

/** "Russian drone strikes target Kyiv", "Missile Attacks Rock Ukrainian Cities": the weapon's attack noun, right after
 *  the weapon and right before a `weapon_verb`, is the verb's subject, as the weapon alone is ("Drones target Kursk
 *  region"). Only that list reads so (headline verbs in the present: "target", "pound", "rock", "shake"); after a
 *  participle the noun phrase stays talk of attacks ("drone attacks targeting Russian territory"). */
function nounOfWeaponBefore(view: SentenceView, text: string, mention: { end: number }, verb: Hit): boolean {
  return view.hits.some(
    (n) =>
      n.value.categories.has('attack_noun') &&
      n.start >= mention.end &&
      n.end <= verb.start &&
      /^\s+$/u.test(text.slice(mention.end, n.start)) &&
      /^\s+$/u.test(text.slice(n.end, verb.start)),
  );
}

// A clause ends at a comma, a semicolon or a conjunction: «Збито 106 дронів, 56 БпЛА локаційно втрачено».
const CLAUSE_END = new RegExp(`[,;]|\\s(?:${anyOf('conjunction')})\\s`, 'u');

/** «56 БпЛА локаційно втрачено», "15 were lost from radar": gone without being shot down, so not a destroyed count. */
function isLost(view: SentenceView, text: string, mention: WeaponMention): boolean {
  return hitsOf(view, 'lost').some((h) => {
    if (h.start >= mention.end) return !CLAUSE_END.test(text.slice(mention.end, h.start));
    return h.end <= mention.start && mention.start - h.end <= 3;
  });
}

/** «Балістичні ракети збити не вдалося», "the ballistic missiles could not be shot down": none destroyed. */
function failedInterceptions(ctx: ReportContext, view: SentenceView, places: PlaceMatch[], failed: Hit): Fact[] {
  const text = ctx.report.text;
  const out: Fact[] = [];
  for (const mention of weaponMentions(view)) {
    const fact = newFact(ctx, view, 'interception', spanOf(text, failed.start, failed.end));
    setWeapon(fact, text, mention);
    fact.count = { value: 0, min: 0, max: 0, approx: false };
    setField(fact, 'count', spanOf(text, failed.start, failed.end));
    applyLocation(ctx, view, fact, locate(ctx, view, mention, places));
    ctx.facts.push(fact);
    out.push(fact);
  }
  return out;
}

// A noun of falling right before the debris word, or opening it («падения осколков» is one debris word in Russian).
const FALLING_DEBRIS = new RegExp(`(?<![\\p{L}])(?:${anyOf('debris_falling')})\\s+\\p{L}+$`, 'iu');

/** «На месте падения обломков сбиты ещё 2 беспилотника»: a number between the verb of downing and its weapon is the
 *  verb's own count (a finite verb, "2 were downed"), not the wreck's: the participle of a wreck phrase stands right
 *  before its weapon («обломков сбитого беспилотника», "debris of 12 downed drones"). */
function countedByVerb(view: SentenceView, fact: Fact, trigger: Hit): boolean {
  const weapon = fact.fields.weapon;
  if (!weapon || weapon.inferred || weapon.start < trigger.end) return false;
  return view.numbers.some((n) => n.start >= trigger.end && n.end <= weapon.start);
}

/** A verb of downing right after a debris word, with a preposition and an article at most between ("debris from a
 *  downed drone", "fragments of the intercepted missile"). */
function wreckPhrase(view: SentenceView, text: string, trigger: Hit): boolean {
  return hitsOf(view, 'debris').some(
    (d) => d.end <= trigger.start && /^\s+(?:\p{L}+\s+){0,2}$/u.test(text.slice(d.end, trigger.start)),
  );
}

/** «Падіння уламків ракети», «в результате падения обломков дрона», "falling debris of a drone": the debris told
 *  falling by a noun, not a verb. */
function fallingDebris(text: string, d: Hit): boolean {
  return FALLING_DEBRIS.test(text.slice(Math.max(0, d.start - 30), d.end));
}

/** «Уламки збитого шахеда впали на дах», "debris from a downed drone", «на дом упал сбитый БПЛА»: the debris or
 *  the fall says one was shot down. The report's own interception, when it has one, already counts it. The debris of
 *  a weapon with no word of downing («обломки беспилотника упали на приют», «обломки ракет упали в трёх районах») is
 *  the wreck of one shot down too, unless the report has told a strike already: then it may be the wreck of what hit
 *  («БПЛА врезался в дом. Обломками повреждены машины»). */
function downedInDebris(ctx: ReportContext, view: SentenceView, places: PlaceMatch[]): Fact[] {
  const text = ctx.report.text;
  const fall = fallOfWeapon(view, text);
  if (!(has(view, 'debris') || has(view, 'fell') || fall) || ctx.hasFactOfKind('interception')) return [];
  const mentions = weaponMentions(view);
  // The wreck must fall (a verb of falling or striking with the debris its subject): "fragments of missiles used to
  // target civilians" shown at a briefing tell no downing.
  // The fall may also be told by the damage the debris did («уламки ракети пошкодили підстанцію», "fragments of a
  // missile damaged a mall"), or by a noun of falling before it («падіння уламків ракети», «падения обломков ракеты»).
  const fallWords: readonly WordCategory[] = ['fell', 'strike', 'damage'];
  // Damage denied («уламки ракети пошкоджень не завдали», "debris did not damage anything") tells no fall.
  const falls = view.hits.filter(
    (h) =>
      fallWords.some((c) => h.value.categories.has(c)) && !(h.value.categories.has('damage') && negated(view, text, h)),
  );
  const wrecks = ctx.hasFactOfKind('strike')
    ? []
    : [
        ...hitsOf(view, 'debris').filter(
          (d) => falls.some((f) => debrisSubject(view, text, d, f)) || fallingDebris(text, d),
        ),
        ...(fall ? [fall.noun] : []),
      ];
  for (const downed of [...hitsOf(view, 'downed'), ...wrecks]) {
    // «обломки сбитого украинского беспилотника»: an adjective or two may stand between.
    const mention = mentions.find(
      (m) => m.start >= downed.end && /^\s+(?:\p{L}+\s+){0,2}$|^\s*$/u.test(text.slice(downed.end, m.start)),
    );
    if (!mention) continue;
    const fact = newFact(ctx, view, 'interception', spanOf(text, downed.start, downed.end));
    setWeapon(fact, text, mention);
    const found = countFor(view, text, mention, ctx.lang);
    if (found) {
      fact.count = found.count;
      setField(fact, 'count', found.span);
    } else if (mention.singular) {
      // A singular noun is one (docs/eval.md): the debris of "a downed drone".
      fact.count = { value: 1, min: 1, max: 1, approx: false };
      setField(fact, 'count', spanOf(text, mention.start, mention.end));
    }
    // The wreck tells how many fell here, not how many were downed in all: at least that many (`floor`).
    if (fact.count) fact.floor = true;
    applyLocation(ctx, view, fact, locate(ctx, view, mention, places));
    if (wrecks.includes(downed)) ctx.wrecks.add(fact);
    ctx.facts.push(fact);
    return [fact];
  }
  return [];
}

const ALL_IN_TEXT = new RegExp(`(?<![\\p{L}])(?:${anyOf('all')})(?![\\p{L}])`, 'giu');
// How far after "all" its verb may stand: "all of them hit", «все они попали».
const ALL_VERB_GAP = 20;

/** "All" after `from` in the sentence with a verb of striking or hitting right after it: every one launched struck. */
function allStruck(view: SentenceView, from: number): boolean {
  const text = view.span.text;
  const base = view.span.start;
  for (const m of text.slice(from - base).matchAll(ALL_IN_TEXT)) {
    const at = from + (m.index ?? 0) + m[0].length;
    const verb = (h: Hit) => h.start >= at && h.start - at <= ALL_VERB_GAP;
    if (hitsOf(view, 'hit').some(verb) || hitsOf(view, 'strike').some(verb)) return true;
  }
  return false;
}

/** «противник атакував 90 крилатими ракетами …, 4 балістичними ракетами … і 193 ударними БпЛА»: one launch
 *  statement per counted weapon after the launch verb. */
function launches(ctx: ReportContext, view: SentenceView, all: PlaceMatch[], launch: Hit): AttackPart[] {
  const text = ctx.report.text;
  // "Moscow fires a drone swarm at the southern port": the side before the verb launched, it was not hit.
  const places = all.filter((p) => !isSubjectSide(ctx, view, p, launch));
  const out: AttackPart[] = [];
  for (const mention of weaponMentions(view).filter((m) => m.start > launch.end)) {
    const found = countFor(view, text, mention, ctx.lang);
    if (!found || found.span.start < launch.start) continue;
    const fact = newFact(ctx, view, 'strike', spanOf(text, launch.start, launch.end));
    setWeapon(fact, text, mention);
    fact.launched = found.count;
    setField(fact, 'launched', found.span);
    applyLocation(ctx, view, fact, locate(ctx, view, mention, places));
    ctx.facts.push(fact);
    // Guided bombs are not shot down: how many were dropped or used is how many struck («застосував 6 КАБ по …»); nor
    // is a wave the sentence says all struck («выпустил по Харькову 3 ракеты, все попали»).
    const aimed =
      launch.value.categories.has('fired_at') && mention.weapon !== 'guided_bomb' && !allStruck(view, found.span.end);
    out.push({ fact, part: 'launched', aimed });
    // «…атакував близько 50 ударними дронами. Збито 32»: the next sentence's bare number counts this weapon.
    ctx.lastAttack = fact;
  }
  return out;
}

/** "Russia launches a wave of Iranian-made drones at Kyiv", "Ukraine fires missiles at Crimea": a side that launches,
 *  with no count, at a place its preposition aims at, strikes there; the text gives no count (docs/eval.md). */
function launchedAt(ctx: ReportContext, view: SentenceView, all: PlaceMatch[], launch: Hit): Fact | null {
  const text = ctx.report.text;
  const clause = (from: number, to: number) => to - from <= 60 && !/[.;:!?]/u.test(text.slice(from, to));
  if (!hitsOf(view, 'attacker').some((h) => h.end <= launch.start && clause(h.end, launch.start))) return null;
  const mention = weaponMentions(view).find((m) => m.start >= launch.end && clause(launch.end, m.start));
  if (!mention) return null;
  const prep = hitsOf(view, 'target_preposition').find((h) => h.start >= mention.end && clause(mention.end, h.start));
  if (!prep) return null;
  const places = all.filter(
    (p) => p.start >= prep.end && clause(prep.end, p.start) && !isSubjectSide(ctx, view, p, launch),
  );
  if (places.length === 0) return null;
  return aimedStrike(ctx, view, launch, mention, prep, places);
}

/** The strike a launch aimed at a place tells: its weapon, at the places after the preposition of aim. */
function aimedStrike(
  ctx: ReportContext,
  view: SentenceView,
  launch: Hit,
  mention: WeaponMention,
  prep: Hit,
  places: PlaceMatch[],
): Fact {
  const text = ctx.report.text;
  const fact = newFact(ctx, view, 'strike', spanOf(text, launch.start, launch.end));
  setWeapon(fact, text, mention);
  applyLocation(ctx, view, fact, locate(ctx, view, prep, places));
  ctx.facts.push(fact);
  ctx.lastAttack = fact;
  return fact;
}

// What stops a passive launch from telling the attack itself: a word of shooting down, striking or hitting in the
// sentence (its own rule reads it: "30 drones launched at Kyiv were shot down").
const OTHER_EVENT: readonly WordCategory[] = ['interception', 'progressive', 'intercept_failed', 'strike', 'hit'];
const NOT_TOLD = new RegExp(`(?<![\\p{L}])(?:${anyOf('none')}|${anyOf('than')})(?![\\p{L}])`, 'iu');

/** "Drones fired at Moscow ahead of Putin's speech", "missiles launched at Kyiv overnight": a weapon with a launch verb
 *  right after it (an auxiliary between: "were fired at"), the verb's preposition of aim and a place right after it,
 *  is a strike there with that weapon, as the active "Ukraine fired drones at Moscow" is (`launchedAt`). The weapon
 *  opens its clause (a count, a side or an adjective before it, no "of" or other topic word: "the number of drones
 *  launched at Moscow" is talk), and the sentence tells no other event (`OTHER_EVENT`). */
function launchedAtPlace(ctx: ReportContext, view: SentenceView, all: PlaceMatch[]): Fact | null {
  if (view.hits.some((h) => OTHER_EVENT.some((c) => h.value.categories.has(c)))) return null;
  // "No drones were launched at Moscow", "none reached the city", "more missiles were fired at Kharkiv than at Kyiv":
  // a denial or a comparison tells no attack that happened.
  if (hitsOf(view, 'negation').length > 0 || NOT_TOLD.test(ctx.report.text.slice(view.span.start, view.span.end))) {
    return null;
  }
  const text = ctx.report.text;
  const aux = hitsOf(view, 'auxiliary');
  const onlyAux = (from: number, to: number) => {
    let gap = text.slice(from, to);
    for (const a of aux) if (a.start >= from && a.end <= to) gap = gap.replace(a.text, ' ');
    return /^\s+$/u.test(gap);
  };
  for (const launch of hitsOf(view, 'launched')) {
    const mention = weaponMentions(view).findLast((m) => m.end <= launch.start && onlyAux(m.end, launch.start));
    if (!mention) continue;
    const opening = text.slice(view.span.start, mention.start);
    const clauseStart =
      view.span.start + Math.max(...[...opening.matchAll(/[,;:\u2013\u2014|]/gu)].map((m) => m.index + 1), 0);
    const before = text.slice(clauseStart, mention.start);
    if (before.split(/\s+/u).filter((w) => w !== '').length > 4 || TOPIC_BEFORE.test(before)) continue;
    const prep = hitsOf(view, 'target_preposition').find(
      (h) => h.start >= launch.end && /^\s+$/u.test(text.slice(launch.end, h.start)),
    );
    if (!prep) continue;
    const places = all.filter((p) => p.start >= prep.end && /^\s+$/u.test(text.slice(prep.end, p.start)));
    if (places.length === 0) continue;
    return aimedStrike(ctx, view, launch, mention, prep, places);
  }
  return null;
}
// "the number of drones", "talk about missiles": a topic word before the weapon in its clause.
const TOPIC_BEFORE = new RegExp(`(?<![\\p{L}])(?:${anyOf('topic_preposition')})(?![\\p{L}])`, 'iu');

function countedAfter(ctx: ReportContext, view: SentenceView, verb: Hit): number {
  const text = ctx.report.text;
  return weaponMentions(view).filter((m) => {
    if (m.start < verb.end) return false;
    const found = countFor(view, text, m, ctx.lang);
    return found !== null && found.span.start >= verb.end && found.count.value !== null;
  }).length;
}

const HARM = ['damage', 'fire', 'injured', 'killed'] as const;

/** «Зафіксовано влучання ударних БпЛА на 8 локаціях», "hits were recorded at six locations". */
function hits(ctx: ReportContext, view: SentenceView, places: PlaceMatch[], hit: Hit, afterOnly = false): AttackPart[] {
  const text = ctx.report.text;
  // «Зафіксовано влучання крилатої ракети, 4 керованих авіаційних ракет та 9 ударних БпЛА на 6 локаціях»: a list of
  // weapons after the hit word gives each counted weapon its own hits; the locations are not a count of any of them.
  // A singular noun with no number is one («влучання ракети та 6 ударних БпЛА»).
  const one = (m: WeaponMention) =>
    m.singular ? { count: { value: 1, min: 1, max: 1, approx: false }, span: spanOf(text, m.start, m.end) } : null;
  const listed = weaponMentions(view)
    .filter((m) => m.start > hit.end)
    .map((m) => {
      const found = countFor(view, text, m, ctx.lang);
      return { m, found: found && found.span.start > hit.end ? found : one(m) };
    })
    .filter((x) => x.found !== null);
  // Several weapons after the hit word: each counted one has its own hits; an uncounted one («ракети», singular or
  // plural) takes nobody else's number.
  const named = weaponMentions(view).filter((m) => m.start > hit.end).length;
  if (listed.length >= 2 || (listed.length === 1 && named >= 2)) {
    return listed.map(({ m, found }) => {
      const fact = newFact(ctx, view, 'strike', spanOf(text, hit.start, hit.end));
      setWeapon(fact, text, m);
      if (found) {
        fact.hit = found.count;
        setField(fact, 'hit', found.span);
      }
      applyLocation(ctx, view, fact, locate(ctx, view, m, places));
      ctx.facts.push(fact);
      return { fact, part: 'hit' as const, weaponCounted: found !== null };
    });
  }
  // After "41 drones were shot down, while hits were recorded in Kyiv", the drones before are not what hit.
  // «Зафіксовано влучання ракет та ударних БпЛА на 22 локаціях»: weapons of several classes after the hit word and
  // none counted: what hit is all of them, a hit of no one class (refine/merge-parts.ts decides whose it is).
  const several =
    new Set(
      weaponMentions(view)
        .filter((m) => m.start > hit.end)
        .map((m) => m.weapon),
    ).size > 1;
  const mention = several
    ? undefined
    : (weaponMentions(view).find((m) => m.start > hit.end) ?? (afterOnly ? undefined : weaponMentions(view)[0]));
  const after =
    view.numbers.find((n) => n.end <= hit.start && /^\s*$/u.test(text.slice(n.end, hit.start))) ??
    view.numbers.find((n) => n.start >= hit.end && n.start - hit.end <= 60);
  // «Окупанти тікають з місця влучання», «висока точність влучання»: a hit that names no weapon, no number, no place,
  // no target and no harm is a gunner's video or a brochure, not a report of a strike.
  const target = view.hits.some((h) => h.value.object !== undefined && h.start >= hit.end);
  const harm = view.hits.some((h) => HARM.some((c) => h.value.categories.has(c)));
  if (!mention && !after && view.places.length === 0 && !target && !harm) return [];
  const fact = newFact(ctx, view, 'strike', spanOf(text, hit.start, hit.end));
  if (mention) setWeapon(fact, text, mention);
  const found = mention ? countFor(view, text, mention, ctx.lang) : null;
  // «Зафіксовано влучання ворожих засобів нападу на 5 об'єктах»: the number (`after`) may stand a few
  // words on. «Зафиксировано 12 попаданий»: or right before it.
  const weaponCounted = found !== null && found.span.start > hit.start;
  // "8 drones hit targets in three regions", "6 missiles hit their targets": the counted weapon is the hit word's own
  // subject, right before it; how many hit is its number. Not a count further back ("44 of 52 drones were shot down,
  // hits were recorded"): those are what was shot down.
  const subject =
    !weaponCounted &&
    found !== null &&
    mention !== undefined &&
    mention.end <= hit.start &&
    /^\s*$/u.test(text.slice(mention.end, hit.start));
  if (found && (weaponCounted || subject)) {
    fact.hit = found.count;
    setField(fact, 'hit', found.span);
  } else if (after) {
    fact.hit = after.count;
    setField(fact, 'hit', spanOf(text, after.start, after.end));
  }
  const loc = wholeShare(locate(ctx, view, mention ?? hit, places));
  applyLocation(ctx, view, fact, loc);
  ctx.facts.push(fact);
  // «зафіксовано ураження на Полтавщині та Київщині»: a strike in each region; the count stays with the total.
  const each = loc.list ? listFacts(ctx, view, fact, loc.list).map((f) => ({ fact: f, part: null })) : [];
  return [{ fact, part: 'hit', weaponCounted }, ...each];
}

/** A strike needs something that hit (a weapon) or something hit (an object after the verb), and a place or an
 *  object: "an FPV drone targeted a resident", «армія РФ атакувала підприємство в Херсоні». A verb of striking with
 *  its weapon needs neither: «ударила ракетами по боевикам» abroad is a strike in no region. */
function strikes(ctx: ReportContext, view: SentenceView, all: PlaceMatch[], strike: Hit): Fact[] {
  const text = ctx.report.text;
  // "Drone attacks on Odesa became routine": plural attacks (the first word of the hit, "attacks on") whose own verb
  // of judgement (`trend_predicate`) follows their place are a trend, not an event. Not a mere "are": "today's
  // strikes on Dnipro are the third this week" is news.
  if (PLURAL_NOUN.test(strike.text.split(/\s/u)[0] ?? '') && TREND_AFTER.test(pastPlace(view, text, strike.end)))
    return [];
  if (debrisStruck(view, strike, text)) return [];
  const places = all.filter((p) => !isSubjectSide(ctx, view, p, strike));
  const target = view.hits.find((h) => h.value.object !== undefined && h.start >= strike.end);
  // «Ворог атакував Суми: влучання в навчальний заклад», «в результате атаки повреждён объект»: no weapon and no
  // listed object, but the sentence says what the attack did.
  // «Також атаковано Дніпропетровщину, Сумщину та Полтавщину»: the verb's object is the place itself.
  // «Основні напрямки удару – Одещина, Київщина»: after a dash or a colon too.
  // «завдала авіаударів по Водолагам … Сумської області», "airstrikes on Kupiansk": aimed by its preposition too.
  // «обстріляли м. Нікополь», «били по с. Веселе»: a settlement's title before the name is part of it.
  const placeObject = places.some(
    (p) =>
      p.start >= strike.end &&
      (/^\s*[-–—:]?\s*$/u.test(untitled(text.slice(strike.end, p.start))) ||
        hitsOf(view, 'target_preposition').some(
          (h) =>
            h.start >= strike.end &&
            h.end <= p.start &&
            /^\s*$/u.test(text.slice(strike.end, h.start)) &&
            objectGap(untitled(text.slice(h.end, p.start))),
        )),
  );
  // «Також противник завдав 47 авіаційних ударів» (the General Staff's day summary): strikes counted by the number
  // right before the strike word, by a side named before them, happened, wherever they were and with whatever weapon.
  // Not over a period (the lexicon's `period` in the strike's clause): «За минулий місяць противник завдав 120
  // авіаційних ударів» sums a month, no incident.
  const tally = strikeTally(ctx, view, strike);
  // «Ворог здійснив 4 РСЗВ-обстріли …, 7 авіаударів по Гуляйполю, а також 12 БПЛА-атак по …», «3 ракетних та 11
  // авіаційних ударів, 48 ударів РСЗВ»: beside a strike word counted by its own tally, a weapon written into another
  // counted noun of attacking, or named right after it, is that tally's (`laterTallies` reads it), not this strike's.
  const mentions = tally
    ? weaponMentions(view).filter((m) => !otherTallyWeapon(view, text, strike, m))
    : weaponMentions(view);
  const tallied = mentions.length === 0 ? tally : undefined;
  if (
    mentions.length === 0 &&
    !target &&
    !hasEffect(view) &&
    !placeObject &&
    !tallied &&
    !settlementsStruck(view, text, strike, places)
  )
    return [];
  if (!target && places.length === 0 && !tallied) {
    // "missile attacks on Ukraine" (the strike phrase holds its preposition), «удары по Украине».
    const nationwide = onCountry(ctx, view, strike, strike.end, strike.end);
    if (nationwide.length > 0) return nationwide;
    // «Пожар на нефтебазе в Севастополе. Пожар начался в результате удара беспилотников.»: a weapon's strike that
    // caused what the sentence tells happened where the report last said. «12 прилётов зафиксировано во время
    // ракетного удара»: counted strikes happened, wherever they were.
    const context = ctx.lastPlace ?? ctx.fallbackPlace;
    const counted = view.numbers.some((n) => n.end <= strike.start && /^\s*$/u.test(text.slice(n.end, strike.start)));
    // «Армия ударила ракетами по складам противника», «флот применил ракеты во время удара по базе», «куда попал
    // дрон»: a verb of striking with its weapon tells a strike that happened, somewhere the gazetteer does not hold
    // (abroad) or that the report leaves unnamed. An attack noun does not («удары по соседней стране
    // западными ракетами — это эскалация»): talk of strikes names them without telling one.
    const told = !holdsAttackNoun(ctx, strike);
    if (mentions.length === 0 || !(told || (hasEffect(view) && context !== null) || counted)) return [];
  }
  // «завдав ракетного удару … двома ракетами»: the strike word itself names a weapon, the count goes with the other.
  const apart = mentions.filter((m) => m.end <= strike.start || m.start >= strike.end);
  const pool = apart.length > 0 ? apart : mentions;
  const mention =
    pool.length > 0
      ? pool.reduce((a, b) => (Math.abs(b.start - strike.start) < Math.abs(a.start - strike.start) ? b : a))
      : undefined;
  // With only the place to go on, the place is the verb's object, after it: "Moscow hit Izmail" struck Izmail.
  const onlyPlace = mentions.length === 0 && !target && !hasEffect(view);
  const where = onlyPlace ? places.filter((p) => p.start >= strike.end) : places;
  // «Зафіксовано 3 влучання в промисловий об'єкт», "three direct hits on", «завдав 29 авіаційних ударів»: the number
  // of the hit or attack noun.
  const { facts } = attackFacts(ctx, view, 'strike', strike, mention, where, [], attackCount(view, text, strike));
  facts.push(...targetRegions(ctx, view, facts, where, strike));
  facts.push(...otherWeapons(ctx, view, facts, mention));
  for (const fact of facts) {
    if (!fact.count && mention && bareSingular(ctx, view, mention, strike)) {
      fact.count = { value: 1, min: 1, max: 1, approx: false };
      setField(fact, 'count', spanOf(text, mention.start, mention.end));
    }
    // A tally names no weapon and no place: «47 авіаційних ударів» after «влучання ракетою … Харківської області» are
    // the day's strikes over the country, not more missiles there.
    if (tallied && fact.fields.region?.inferred) {
      clearPlace(fact);
    }
    if (!mention && !tallied) inheritWeapon(ctx, fact);
    if (target?.value.object) {
      fact.object = target.value.object;
      setField(fact, 'object', spanOf(text, target.start, target.end));
    }
  }
  facts.push(...joinedTally(ctx, view, strike, facts, mention, tally));
  facts.push(...laterTallies(ctx, view, facts, strike, places, (noun) => attackCount(view, text, noun)));
  ctx.lastAttack = facts[0] ?? ctx.lastAttack;
  return facts;
}

/** «противник завдав 4 ракетних та 17 авіаційних ударів», «ворог завдав 29 авіаційних ударів та здійснив 61 обстріл
 *  з РСЗВ»: the strike word's own tally (`strikeTally`) beside a weapon counted apart (before that number, or past
 *  another noun of attacking) is a tally of its own, with no weapon: one more fact, placed as the first one is when it
 *  names its place, else nowhere. */
function joinedTally(
  ctx: ReportContext,
  view: SentenceView,
  strike: Hit,
  facts: readonly Fact[],
  mention: WeaponMention | undefined,
  own: NumberMatch | undefined,
): Fact[] {
  const text = ctx.report.text;
  const first = facts[0];
  if (!first || !mention || !own || own.count.value === null) return [];
  if (facts.some((f) => f.fields.count?.start === own.start)) return [];
  const apart =
    mention.end <= own.start ||
    view.hits.some(
      (h) => h !== strike && h.value.categories.has('attack_noun') && h.start >= strike.end && h.end <= mention.start,
    );
  if (!apart) return [];
  const fact = newFact(ctx, view, 'strike', spanOf(text, strike.start, strike.end));
  fact.count = own.count;
  setField(fact, 'count', spanOf(text, own.start, own.end));
  if (first.region && first.fields.region && !first.fields.region.inferred) {
    fact.region = first.region;
    fact.fields.region = first.fields.region;
  }
  ctx.facts.push(fact);
  return [fact];
}

/** The weapon of another counted noun of attacking than `strike`: written into it with a hyphen («9 РСЗВ-обстрілів»,
 *  «9 БПЛА-атак») or named right after it («63 удари РСЗВ»). */
function otherTallyWeapon(view: SentenceView, text: string, strike: Hit, m: WeaponMention): boolean {
  return view.hits.some(
    (h) =>
      h !== strike &&
      (h.end <= strike.start || h.start >= strike.end) &&
      (h.value.categories.has('attack_noun') || h.value.categories.has('strike')) &&
      ((m.start <= h.start && m.end >= h.end) || (m.start >= h.end && /^\s+$/u.test(text.slice(h.end, m.start)))) &&
      attackCount(view, text, h) !== undefined,
  );
}

/** The number right before the strike word (`attackCount`) when a side is named before it and no period (the lexicon's
 *  `period`) stands in its clause: the strikes of a day's summary, not a month's or a year's sum. */
function strikeTally(ctx: ReportContext, view: SentenceView, strike: Hit): NumberMatch | undefined {
  const text = ctx.report.text;
  if (!hitsOf(view, 'attacker').some((h) => h.end <= strike.start)) return undefined;
  if (hitInClause(text, view, strike, 'period')) return undefined;
  return attackCount(view, text, strike);
}

const ADJECTIVE_ENDING = anyOf('adjective_endings');
// Up to two adjectives before a noun of attacking («29 авіаційних ударів», «від авіаційних ударів»); none when the
// lexicons have no endings (their alternation then matches nothing).
const ADJECTIVES = `(?:[\\p{Ll}'’-]+(?:${ADJECTIVE_ENDING})\\s+){0,2}`;
// Between the number and the noun: the adjectives, else nothing but spaces.
const BEFORE_ATTACK_NOUN = new RegExp(`^\\s*${ADJECTIVES}$`, 'u');

/** «Зафіксовано 3 влучання», «завдав 29 авіаційних ударів», «94 артобстріли»: a number right before a noun of
 *  hitting or attacking (adjectives may stand between) counts the strikes. */
function attackCount(view: SentenceView, text: string, noun: Hit): NumberMatch | undefined {
  // «9 РСЗВ-обстрілів», «9 БПЛА-атак»: a weapon written into the noun with a hyphen is part of it; the number stands
  // before the compound.
  const start = view.hits.find((h) => h.value.weapon && h.start < noun.start && h.end >= noun.end)?.start ?? noun.start;
  return view.numbers.find(
    (n) =>
      n.end <= start &&
      start - n.end <= 40 &&
      !isVague(n.count) &&
      BEFORE_ATTACK_NOUN.test(text.slice(n.end, start)) &&
      // «5 постраждалих внаслідок удару»: the words between, adjectives by their ending, may be a casualty noun.
      !countsOther(view, text, n, start),
  );
}

/** «удари по НПЗ у Новоспаському Ульяновської області, Марійському НПЗ у Марій Ел та ГПЗ у Будьонівську
 *  Ставропольського краю»: a strike on several targets, each with its own place, struck each of their regions. The
 *  places stand apart (objects between them), so they form no list; each region after the verb gets a fact with no
 *  count, as a list's regions do. A counted strike keeps its one place: its number belongs to one target. */
function targetRegions(
  ctx: ReportContext,
  view: SentenceView,
  facts: Fact[],
  places: PlaceMatch[],
  strike: Hit,
): Fact[] {
  const base = facts.find((f) => f.region !== null);
  if (!base || facts.some((f) => f.count !== null || f.fields.region?.inferred)) return [];
  const text = ctx.report.text;
  const covered = new Set(facts.map((f) => f.region?.code));
  const after = places.filter((p) => p.start >= strike.end && p.kind !== 'sea');
  // Each further place must be another target of the same verb: a target named beside it, or one more name in a
  // run of names. «ГУР атаковало нефтебазу в Туапсе, Силы обороны отбили штурм в Донецкой области» is two stories.
  // The target stands between the previous place and this one, or right after this one (two words at most:
  // «Волгоградському нафтопереробному заводу»), never further on («…Самарской области сообщили о пожаре на заводе»).
  const targetNear = (from: number, p: PlaceMatch) =>
    view.hits.some(
      (h) =>
        h.value.object !== undefined &&
        h.start >= from &&
        (h.end <= p.start || (h.start >= p.end && /^\s+(?:[\p{L}'’-]+\s+){0,2}$/u.test(text.slice(p.end, h.start)))),
    );
  // «В Саратовской области дроны атаковали нефтебазу, обстановка под Покровском …»: with the fact's place before the verb, the
  // target right after the verb is that place's.
  const own = base.fields.region;
  const firstTarget = view.hits.find((h) => h.value.object !== undefined && h.start >= strike.end);
  const start = own && own.end <= strike.start && firstTarget ? firstTarget.end : strike.end;
  const others = after.filter((p, i) => {
    if (covered.has(p.code)) return false;
    const from = i > 0 ? (after[i - 1]!.ownRegionEnd ?? after[i - 1]!.end) : start;
    return NAMES_ONLY.test(text.slice(from, p.start)) || targetNear(from, p);
  });
  return others.length > 0 ? listFacts(ctx, view, base, others) : [];
}

// Before the settlement noun: a count and a word or two («понад 20», «в районах»); after it, an "including" of at most
// two lower-case words and the names, the first few of which the gazetteer may lack.
const BEFORE_SETTLEMENTS = /^[\s\d]*(?:[\p{Ll}]+[\s\d]+){0,3}$/u;
const SETTLEMENTS_TO_NAMES = new RegExp(
  `^[\\s,:;–—-]*(?:\\p{Ll}+(?:\\s+\\p{Ll}+)?[\\s,:;–—-]*)?(?:${NAME_RUN}[\\s,]*)?$`,
  'u',
);

/** «Під обстріл потрапили 12 населених пунктів, зокрема, Кам'янське, Щербаки … Запорізької області»: the strike's
 *  object is a settlement noun (the lexicon's `settlements`) and the run of names after it; the places of that run
 *  are the places struck. */
function settlementsStruck(view: SentenceView, text: string, strike: Hit, places: PlaceMatch[]): boolean {
  const noun = hitsOf(view, 'settlements').find(
    (h) => h.start >= strike.end && BEFORE_SETTLEMENTS.test(text.slice(strike.end, h.start)),
  );
  return (
    noun !== undefined &&
    places.some((p) => p.start >= noun.end && SETTLEMENTS_TO_NAMES.test(text.slice(noun.end, p.start)))
  );
}

/** Between a strike's preposition and its place: a run of names, or a few words in one clause («по одному из складов
 *  ВПК в Запорожье»), never past a comma («по окопам, сообщил глава Белгородской области»). */
function objectGap(gap: string): boolean {
  return NAMES_ONLY.test(gap) || (!/[,.;:!?]/u.test(gap) && gap.split(/\s+/u).filter((w) => w !== '').length <= 6);
}

// Only names between two places: «Біловодам Сумської області, Вовчанську, Бочковому … Харківської області».
const NAMES_ONLY = new RegExp(`^[\\s,]*(?:${NAME_RUN}[\\s,]*)?${CONJ}$`, 'u');

/** «атакував аеродром ракетами "Іскандер" і дронами», "with missiles and drones": a strike by weapons of several
 *  classes joined in one list is a strike by each (the issue's per-weapon facts); the others get no count. */
function otherWeapons(
  ctx: ReportContext,
  view: SentenceView,
  facts: Fact[],
  mention: WeaponMention | undefined,
): Fact[] {
  if (!mention) return [];
  const text = ctx.report.text;
  const all = weaponMentions(view).sort((a, b) => a.start - b.start);
  let lo = all.findIndex((m) => m.start === mention.start && m.end === mention.end);
  let hi = lo;
  if (lo < 0) return [];
  while (lo > 0 && WEAPON_JOIN.test(text.slice(all[lo - 1]!.end, all[lo]!.start))) lo--;
  while (hi < all.length - 1 && WEAPON_JOIN.test(text.slice(all[hi]!.end, all[hi + 1]!.start))) hi++;
  const classes = new Set([mention.weapon]);
  const extra = all.slice(lo, hi + 1).filter((m) => !classes.has(m.weapon) && classes.add(m.weapon));
  const out: Fact[] = [];
  for (const base of facts.filter((f) => f.weapon === mention.weapon)) {
    for (const m of extra) {
      const fact = uncountedCopy(ctx, base);
      setWeapon(fact, text, m);
      ctx.facts.push(fact);
      out.push(fact);
    }
  }
  return out;
}

// Between two weapons of one list: a comma or a conjunction, after a model's closing quotes («ракетами "Іскандер" і дронами»).
const WEAPON_JOIN = new RegExp(`^[\\s"'«»“”„]*(?:,|,?\\s*(?:${anyOf('conjunction')}|&))\\s*$`, 'iu');

/** «ракетного удара по», "missile strikes on": a strike phrase with an attack noun in it, not a verb. */
function holdsAttackNoun(ctx: ReportContext, hit: Hit): boolean {
  return hit.text.split(/\s+/u).some((word) => wordCategories(word, ctx.lang).has('attack_noun'));
}

/** "attacks on", "strike on": a strike phrase that is an attack noun with its preposition, not a verb. */
function startsWithAttackNoun(ctx: ReportContext, hit: Hit): boolean {
  const word = hit.text.split(/\s+/u)[0];
  return word !== undefined && wordCategories(word, ctx.lang).has('attack_noun');
}

/** "Russian missile hits apartment block", "TV tower struck by Russian missile": a headline drops the article, and a
 *  singular weapon noun that hit is still one (docs/eval.md). Only as the verb's subject right before it, or as the
 *  agent right after a passive one; never when the weapon only names an attack ("missile strikes on Zaporizhzhia",
 *  "hit by a missile strike"). */
function bareSingular(ctx: ReportContext, view: SentenceView, mention: WeaponMention, verb: Hit): boolean {
  if (!mention.singular) return false;
  const text = ctx.report.text;
  const nounAt = (at: number) => {
    const next = view.hits.find((h) => h.start >= at && /^\s*$/u.test(text.slice(at, h.start)));
    return next !== undefined && startsWithAttackNoun(ctx, next);
  };
  if (nounAt(verb.start)) return false;
  const subject = mention.end <= verb.start && /^\s+$/u.test(text.slice(mention.end, verb.start));
  const agent = hitsOf(view, 'passive_agent').find(
    (h) => h.start >= verb.end && /^\s+$/u.test(text.slice(verb.end, h.start)),
  );
  const byIt =
    agent !== undefined &&
    mention.start >= agent.end &&
    /^\s+(?:[\p{L}'’-]+\s+){0,2}$/u.test(text.slice(agent.end, mention.start)) &&
    !nounAt(mention.end);
  return subject || byIt;
}

/** Interceptions, strikes, launches and hits stated in one sentence. */
export function detectAttacks(ctx: ReportContext, view: SentenceView, places: PlaceMatch[]): AttackPart[] {
  const failed = hitsOf(view, 'intercept_failed')[0];
  if (failed && weaponMentions(view).length > 0) {
    return failedInterceptions(ctx, view, places, failed).map((fact) => ({ fact, part: null }));
  }
  const told = hitsOf(view, 'interception')[0] ?? hitsOf(view, 'progressive')[0];
  // «РФ атакувала ракетами порт: знищено продукцію»: what the attack destroyed is no weapon; the sentence is read
  // without the verb, as the strike it tells. A known target («Атака дронів на Київ: знищено склад») is read with the
  // verb, as a strike on it with its damage. «уничтожены не менее 300 боевиков»: troops killed are no weapons shot down;
  // the sentence is read without the verb too.
  const meansHit =
    told &&
    (destroysPersonnel(ctx, view, told) || (!destroysTarget(ctx, view, told) && destroysWhatMeansHit(ctx, view, told)));
  const parts = sentenceAttacks(ctx, view, places, meansHit ? undefined : told);
  for (const { fact } of parts) {
    const word = fact.fields.kind;
    const told = fact.kind === 'strike' ? attempted(ctx.report.text, view, fact) : undefined;
    if (!told || !word) continue;
    fact.kind = 'interception';
    fact.fields.kind = { ...word, ...told };
  }
  return parts;
}

// An `attempted` word, then at most two words (an article, the weapon) before the attack word.
const ATTEMPTED_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${anyOf('attempted')})(?:\\s+[\\p{L}'’-]+){0,2}\\s+$`, 'iu');

const ATTEMPTED_TO = new RegExp(
  `(?<![\\p{L}])(?:${anyOf('attempted_to')})\\s+(?:${anyOf('strike_infinitive')})(?![\\p{L}])`,
  'giu',
);
// Between the weapon and "attempted to": a few words of one clause ("two Ukrainian drones reportedly attempted to").
const SUBJECT_GAP = /^(?:\s+[^\s,;:.!?]+){0,3}\s+$/u;

/** "A drone attempted to strike a fuel depot in the Bryansk region", "two drones tried to attack facilities near Kursk
 *  but were stopped": a weapon that attempted to strike (`attempted_to`, then a `strike_infinitive`) did not get
 *  through. An interception of that weapon (its count the weapon's own) at a place after the verb in its clause, else
 *  none; not when a word of striking or of its effect follows in the sentence (`gotThrough`). Read last, when no
 *  other rule found the attack. */
function attemptedTo(ctx: ReportContext, view: SentenceView, places: PlaceMatch[]): Fact[] {
  const text = ctx.report.text;
  const sentence = text.slice(view.span.start, view.span.end);
  for (const m of sentence.matchAll(ATTEMPTED_TO)) {
    const at = view.span.start + m.index;
    const end = at + m[0].length;
    const mention = weaponMentions(view).findLast((w) => w.end <= at && SUBJECT_GAP.test(text.slice(w.end, at)));
    const word = at + m[0].search(/\S+$/u);
    const verb = view.hits.find((h) => h.start === word);
    if (!mention || !verb) continue;
    const stop = text.slice(end, view.span.end).search(/[;:.!?]/u);
    const clauseEnd = stop < 0 ? view.span.end : end + stop;
    const after = places.filter((p) => p.start >= end && p.end <= clauseEnd);
    // "Three drones tried to attack a fuel depot …, setting it on fire": a word of striking or of its effect after
    // the attempt says it got through, a strike of the weapon.
    const through = gotThrough(view, end);
    const { facts } = attackFacts(ctx, view, through ? 'strike' : 'interception', verb, mention, after, []);
    if (through) {
      ctx.lastAttack = facts[0] ?? ctx.lastAttack;
      return facts;
    }
    // The kind's evidence is the whole "attempted to strike": the verb alone would tell a strike.
    for (const fact of facts)
      if (fact.fields.kind) fact.fields.kind = { ...fact.fields.kind, ...spanOf(text, at, end) };
    ctx.lastAttack = facts[0] ?? ctx.lastAttack;
    return facts;
  }
  return [];
}

/** "A drone attempted to strike a fuel depot in the Bryansk region", "two drones attempted to attack facilities near
 *  Kursk but were stopped", "dozens of attempted drone attacks": an attack of a weapon told as attempted did not get
 *  through, which the real labels read as an interception of its weapon there (as «попытка атаки … пресечена»). Not
 *  with no weapon ("a man attempted to strike a police officer"), nor when a word of striking or of its effect follows
 *  in the sentence ("attempted to hit Kyiv but struck a school", "…, setting it on fire"): that attack got through.
 *  The span from the `attempted` word to the attack word, the kind's evidence, or none. */
function attempted(text: string, view: SentenceView, fact: Fact): Span | undefined {
  const word = fact.fields.kind;
  if (!word || word.inferred || fact.weapon === null) return undefined;
  const from = Math.max(view.span.start, word.start - 60);
  const m = ATTEMPTED_BEFORE.exec(text.slice(from, word.start));
  if (!m || gotThrough(view, word.end)) return undefined;
  return spanOf(text, from + m.index + (/^[^\p{L}]*/u.exec(m[0])?.[0].length ?? 0), word.end);
}

/** Whether a word of striking or of what a strike did (damage, fire, a toll, a hit) stands after `from` in the
 *  sentence: an attack told as attempted that then struck ("but struck a school", "setting it on fire"). */
function gotThrough(view: SentenceView, from: number): boolean {
  const effects: WordCategory[] = ['strike', 'hit', 'damage', 'fire', 'killed', 'injured'];
  return view.hits.some((h) => h.start >= from && effects.some((c) => h.value.categories.has(c)));
}

function sentenceAttacks(
  ctx: ReportContext,
  view: SentenceView,
  places: PlaceMatch[],
  trigger: Hit | undefined,
): AttackPart[] {
  const text = ctx.report.text;
  const items = breakdownItems(view, text, places);
  const out: AttackPart[] = [];
  // «Военные уничтожили склад горючего в Сумской области», "a Russian drone destroyed sheds in Poltava":
  // a verb of destroying whose object is a target, not a weapon, is a strike on that target, not an interception.
  const target = trigger ? destroysTarget(ctx, view, trigger) : null;
  if (trigger && target) {
    const facts = strikes(ctx, view, places, trigger);
    // «знищила дронами два склади»: the number counts the depots, not the drones.
    for (const f of facts) {
      const n = f.fields.count;
      if (n && n.start >= trigger.end && n.end <= target.start) {
        f.count = null;
        delete f.fields.count;
      }
    }
    // «Артиллеристы уничтожили расчет ударных беспилотников»: a weapon named right after a crew (an adjective or two
    // between) is the crew's own, not what struck it; the strike's weapon is not told.
    const crews = hitsOf(view, 'crew').filter((h) => h.start >= trigger.end);
    const agents = hitsOf(view, 'passive_agent');
    for (const f of facts) {
      const w = f.fields.weapon;
      if (!w || w.inferred) continue;
      const own = crews.some(
        (c) =>
          c.end <= w.start &&
          CREW_GAP.test(text.slice(c.end, w.start)) &&
          !agents.some((a) => a.start >= c.end && a.end <= w.start),
      );
      if (!own) continue;
      clearWeapon(f);
    }
    // «Сили оборони знищили МЛРС ворога»: a launcher destroyed is the military target, not the strike's weapon.
    if (launcherAt(view, target))
      for (const f of facts) {
        const w = f.fields.weapon;
        if (w && !w.inferred && w.start === target.start) clearWeapon(f);
        if (f.object === null) {
          f.object = 'military';
          setField(f, 'object', spanOf(text, target.start, target.end));
        }
      }
    // The target destroyed is damage the report states: «уничтожили склад» is a strike and a destroyed depot, and so is
    // a named target the lexicon does not list, opened by an article after a weapon's verb ("a missile destroyed the
    // Ocean Cafe": articleObject gives no object kind, and the thing destroyed is damage all the same).
    // Only a name: "destroyed the hopes of a ceasefire" is no damage. What was destroyed is the damage's detail, its
    // words in the kind's evidence ("destroyed the Ocean Cafe").
    const named = target.value.object === undefined ? objectName(text, view, target.end, view.span.end) : undefined;
    const damage = facts.filter((f) => f.object !== null || named).map((f) => destroyed(ctx, view, f, trigger));
    if (named)
      for (const d of damage) {
        d.detail = named.text;
        setField(d, 'detail', named);
        if (d.fields.kind) d.fields.kind = { ...d.fields.kind, ...spanOf(text, trigger.start, named.end) };
      }
    if (facts.length > 0) return [...facts, ...damage].map((fact) => ({ fact, part: null }));
  }
  // "a Russian tank destroyed by a drone": a weapon as the verb's agent is the means of a strike on what it destroyed.
  const agent = trigger && !target ? destroyingAgent(ctx, view, trigger) : null;
  // "Russian drone strikes destroyed a bakery", "missiles destroyed by a drone strike": the attack that did it
  // is a strike (its weapon the one named right before its noun), and what it destroyed is damage; the weapons
  // named as destroyed were hit on the ground, not shot down. A blast that destroyed them is damage only.
  if (trigger && agent) {
    const noun = 'attack' in agent ? agent.attack : null;
    const means =
      'means' in agent
        ? agent.means
        : weaponMentions(view).find(
            (m) => noun && m.end <= noun.start && /^[\s-]+$/u.test(text.slice(m.end, noun.start)),
          );
    const told = noun === null || !noun.value.categories.has('explosion');
    const { facts } = told
      ? attackFacts(ctx, view, 'strike', noun ?? trigger, means, places, [])
      : { facts: [] as Fact[] };
    for (const f of facts) if (!means) inheritWeapon(ctx, f);
    // "Two helicopters were destroyed by drones": the target before the verb is what the strike hit.
    const struckFirst = targetBefore(ctx, view, trigger, 'means' in agent);
    if (struckFirst?.value.object) {
      for (const f of facts) {
        f.object = struckFirst.value.object;
        setField(f, 'object', spanOf(text, struckFirst.start, struckFirst.end));
      }
    }
    ctx.lastAttack = facts[0] ?? ctx.lastAttack;
    const damage =
      facts.length > 0 ? facts.map((f) => destroyed(ctx, view, f, trigger)) : [blastDamage(ctx, view, places, trigger)];
    return [...facts, ...damage].map((fact) => ({ fact, part: null }));
  }
  // «Российский склад боеприпасов уничтожен в Кременной», «нафтобазу знищено»: the same verb after its target.
  const struck = trigger && !target ? targetBefore(ctx, view, trigger) : null;
  if (trigger && struck) {
    const text2 = ctx.report.text;
    const means = weaponMentions(view).find((m) => m.start >= trigger.end);
    const { facts } = attackFacts(ctx, view, 'strike', trigger, means, places, []);
    for (const f of facts) {
      // «уничтожен ударом трёх дронов»: the number, if any, counts the weapons; the target is one.
      if (struck.value.object) {
        f.object = struck.value.object;
        setField(f, 'object', spanOf(text2, struck.start, struck.end));
      }
    }
    ctx.lastAttack = facts[0] ?? ctx.lastAttack;
    const damage = facts.map((f) => destroyed(ctx, view, f, trigger));
    return [...facts, ...damage].map((fact) => ({ fact, part: null }));
  }
  if (trigger && (weaponMentions(view).length > 0 || items.length > 0)) {
    // "…41 drones were shot down, while hits were recorded in Kyiv and Odesa": the places after the hit phrase are
    // where the hits were, not where the drones were shot down.
    const hit = hitsOf(view, 'hit').find((h) => h.start > trigger.end && !isDebrisFall(view, text, h));
    const before = hit ? places.filter((p) => p.start < hit.start) : places;
    for (const fact of interceptions(ctx, view, before, trigger, items)) out.push({ fact, part: null });
    const after = hit ? places.filter((p) => p.start > hit.end) : [];
    if (hit && after.length > 0 && out.length > 0) out.push(...hits(ctx, view, after, hit, true));
  }
  if (items.length > 0 && ctx.lastAttack) {
    for (const fact of itemFacts(ctx, view, items, ctx.lastAttack, places)) out.push({ fact, part: null });
    return out;
  }
  if (out.length > 0) return out;
  // «Протиповітряна оборона збила близько 60 з них»: the number right after the verb counts the weapon of the
  // previous sentence.
  if (trigger && weaponMentions(view).length === 0 && ctx.lastAttack?.weapon) {
    // The first number after the verb, or none: a later one («Сбиты 15 и 3 подавлены») is another clause's.
    const first = view.numbers.find((x) => x.start >= trigger.end && x.start - trigger.end <= 20);
    const n = first && !countsOwnNoun(view, text, trigger, first) ? first : undefined;
    // «Все катера уничтожены» after «попытка атаки тремя безэкипажными катерами»: all of them.
    const before = text.slice(Math.max(view.span.start, trigger.start - 25), trigger.start);
    const pronoun = n ? null : ALL.test(before) ? 'all' : pronounFor(ctx, view, before, trigger);
    // "The enemy launched 45 drones. 38 were shot down": a number as the whole subject counts the weapons told before.
    const subject = n || pronoun ? undefined : countedSubject(ctx, view, trigger);
    if (pronoun) {
      const fact = newFact(ctx, view, 'interception', spanOf(text, trigger.start, trigger.end));
      copyWeapon(fact, ctx.lastAttack);
      applyLocation(ctx, view, fact, locate(ctx, view, trigger, places));
      ctx.facts.push(fact);
      // "shot nearly all of them down", "Several were shot down": a part, how many untold.
      if (pronoun === 'all') ctx.allLaunched.add(fact);
      ctx.lastAttack = fact;
      return [{ fact, part: null }];
    }
    const counted = n ?? subject;
    if (counted) {
      const fact = newFact(ctx, view, 'interception', spanOf(text, trigger.start, trigger.end));
      copyWeapon(fact, ctx.lastAttack);
      fact.count = counted.count;
      setField(fact, 'count', spanOf(text, counted.start, counted.end));
      applyLocation(ctx, view, fact, locate(ctx, view, trigger, places));
      hitsAfter(view, text, fact, trigger);
      ctx.facts.push(fact);
      ctx.lastAttack = fact;
      return [{ fact, part: null }];
    }
    // "Moscow says it beat off the attack on the bridge", "the ministry said it had thwarted the attack": the attack the report
    // told with its weapon, the verb's object, was fought off; how many, the sentence does not say.
    // "destroyed in Tuesday's attack" tells what the attack did: a preposition between makes the noun no object.
    const between = (from: number, to: number) =>
      view.hits.some((h) => h.value.categories.has('place_preposition') && h.start >= from && h.end <= to);
    const attack = view.hits.find(
      (h) =>
        (h.value.categories.has('attack_noun') || startsWithAttackNoun(ctx, h)) &&
        h.start >= trigger.end &&
        !/[,.;:!?]/u.test(text.slice(trigger.end, h.start)) &&
        !between(trigger.end, h.start) &&
        text
          .slice(trigger.end, h.start)
          .split(/\s+/u)
          .filter((w) => w !== '').length <= 2,
    );
    if (attack) {
      const fact = newFact(ctx, view, 'interception', spanOf(text, trigger.start, trigger.end));
      copyWeapon(fact, ctx.lastAttack);
      applyLocation(ctx, view, fact, locate(ctx, view, attack, places));
      ctx.facts.push(fact);
      return [{ fact, part: null }];
    }
  }

  const repelled = trigger ? repelledAttack(ctx, view, places, trigger) : null;
  if (repelled) return [{ fact: repelled, part: null }];

  const total = runningTotal(ctx, view, places);
  if (total) return [{ fact: total, part: null }];

  const launch = launchHits(view, text).find((h) => weaponMentions(view).some((m) => m.start > h.end));
  if (launch) {
    const parts = launches(ctx, view, places, launch);
    if (parts.length > 0) return parts;
    const aimed = launchedAt(ctx, view, places, launch);
    if (aimed) return [{ fact: aimed, part: null }];
  }
  const firedAt = launchedAtPlace(ctx, view, places);
  if (firedAt) return [{ fact: firedAt, part: null }];
  const hit = hitsOf(view, 'hit').find((h) => !isDebrisFall(view, text, h));
  if (hit && !has(view, 'strike')) return hits(ctx, view, places, hit);
  // «Обломки упали на дом, второй беспилотник попал в подстанцию»: the wreck's verb is no strike (`debrisStruck`), the
  // next verb of striking in the sentence may still be one.
  const strike = hitsOf(view, 'strike').find((h) => !debrisStruck(view, h, text));
  // «противник завдав удару 4 крилатими ракетами та 65 ударними БпЛА»: a strike by several counted weapons is
  // the launch statement of an air-force summary, one part per weapon.
  if (strike && countedAfter(ctx, view, strike) >= 2) {
    const parts = launches(ctx, view, places, strike);
    if (parts.length > 0) return parts;
  }
  if (strike) for (const fact of strikes(ctx, view, places, strike)) out.push({ fact, part: null });
  if (out.length === 0) for (const fact of subjectStrikes(ctx, view, places)) out.push({ fact, part: null });
  if (out.length === 0) for (const fact of pluralSubjectStrikes(ctx, view, places)) out.push({ fact, part: null });
  if (out.length === 0) for (const fact of attackNoun(ctx, view, places)) out.push({ fact, part: null });
  if (out.length === 0) for (const fact of attackerStrikes(ctx, view, places)) out.push({ fact, part: null });
  if (out.length === 0) for (const fact of attackOn(ctx, view, places)) out.push({ fact, part: null });
  if (out.length === 0) for (const fact of attackAt(ctx, view, places)) out.push({ fact, part: null });
  if (out.length === 0) for (const fact of recordAttack(ctx, view)) out.push({ fact, part: null });
  if (out.length === 0) for (const fact of downedInDebris(ctx, view, places)) out.push({ fact, part: null });
  if (out.length === 0) for (const fact of deadlyAttack(ctx, view, places)) out.push({ fact, part: null });
  if (out.length === 0) for (const fact of weaponAttackEvent(ctx, view, places)) out.push({ fact, part: null });
  if (out.length === 0) for (const fact of weaponKills(ctx, view, places)) out.push({ fact, part: null });
  if (out.length === 0) for (const fact of attackMeans(ctx, view, places)) out.push({ fact, part: null });
  if (out.length === 0) for (const fact of atCountry(ctx, view)) out.push({ fact, part: null });
  if (out.length === 0) for (const fact of sideAttacksWith(ctx, view)) out.push({ fact, part: null });
  if (out.length === 0) for (const fact of usedToStrike(ctx, view, places)) out.push({ fact, part: null });
  if (out.length === 0) for (const fact of placeBeforeWeapon(ctx, view, places)) out.push({ fact, part: null });
  if (out.length === 0) for (const fact of placeUnderAttack(ctx, view, places)) out.push({ fact, part: null });
  if (out.length === 0) for (const fact of nounSubjectStrikes(ctx, view, places)) out.push({ fact, part: null });
  if (out.length === 0) for (const fact of attemptedTo(ctx, view, places)) out.push({ fact, part: null });
  if (out.length === 0) for (const fact of weaponStrikesNow(ctx, view, places)) out.push({ fact, part: null });
  return out;
}

const STRIKE_PRESENT = new RegExp(`(?<![\\p{L}])(?:${anyOf('strike_present')})(?![\\p{L}])`, 'giu');
// Between the weapon and the present verb: quotes («"Шахеды" атакуют»), or the rest of the means' list («дронами и
// артиллерией атакуют»): two words at most, no mark that closes a clause.
const PRESENT_SUBJECT_GAP = /^[\s"'«»“”„]*(?:[\p{L}'’-]+\s+){0,2}$/u;
// «Дроны не атакуют Москву», «получила ракеты и атакует Крым»: a negation in the gap denies the verb, and a conjunction
// right before it joins a verb whose subject stands elsewhere (the weapon is another verb's object).
const PRESENT_GAP_REFUSED = new RegExp(
  `(?<![\\p{L}])(?:${anyOf('not')})(?![\\p{L}])|(?<![\\p{L}])(?:${anyOf('conjunction')})\\s*$`,
  'iu',
);
// A time ahead, a forecast, a question or an explanation, a warning or a trend anywhere in the sentence: the present
// (perfective in Russian too) tells what is expected, why or how often, not a strike as it happens.
const PRESENT_NOT_NOW = new RegExp(
  `(?<![\\p{L}])(?:${anyOf('present_ahead')}|${anyOf('present_why')}|${anyOf('present_warned')}|${anyOf('present_trend')})(?![\\p{L}])`,
  'iu',
);

/**
 * «Дрони атакують аеродром Кача», «"Шахеды" атакуют Одессу», «ВСУ дронами и артиллерией атакуют подстанцию
 * Энергодара»: a present verb of attacking (`strike_present`) is a strike as it happens when a weapon stands right
 * before it, as its subject or its means, and a place of ours follows it in its clause, what it attacks. The present
 * alone is no strike: «ВС РФ атакуют врага», «Россия атакует реже других регионов», «ракеты атакуют цели со скоростью
 * …» tell a habit, a front or a capability (a weapon and a place both, or nothing). Read last, when no other rule found
 * the attack.
 */
function weaponStrikesNow(ctx: ReportContext, view: SentenceView, places: PlaceMatch[]): Fact[] {
  const text = ctx.report.text;
  const mentions = weaponMentions(view);
  if (mentions.length === 0) return [];
  const sentence = text.slice(view.span.start, view.span.end);
  // «Если дроны атакуют Москву», «Почему дроны атакуют Энгельс?»: a condition or a question is no event.
  if (has(view, 'modal') || has(view, 'habitual') || /\?\s*$/u.test(sentence) || PRESENT_NOT_NOW.test(sentence))
    return [];
  for (const m of sentence.matchAll(STRIKE_PRESENT)) {
    const at = view.span.start + m.index;
    const end = at + m[0].length;
    const mention = mentions.findLast((w) => {
      const gap = text.slice(w.end, at);
      return w.end <= at && PRESENT_SUBJECT_GAP.test(gap) && !PRESENT_GAP_REFUSED.test(gap);
    });
    if (!mention || hitInClause(text, view, { start: at, end }, 'not_air_attack')) continue;
    const after = places.filter(
      (p) => p.start >= end && p.kind !== 'sea' && !VERB_CLAUSE_END.test(text.slice(end, p.start)),
    );
    if (after.length === 0) continue;
    const fact = newFact(ctx, view, 'strike', spanOf(text, at, end));
    setWeapon(fact, text, mention);
    const found = countFor(view, text, mention, ctx.lang);
    if (found) {
      fact.count = found.count;
      setField(fact, 'count', found.span);
    }
    applyLocation(ctx, view, fact, locate(ctx, view, mention, after));
    ctx.facts.push(fact);
    ctx.lastAttack = fact;
    return [fact];
  }
  return [];
}

// A past verb of use (`used_means`), a few words holding the weapon (no "to" among them: "used to buy drones to strike"
// tells what was bought), then "to" and a verb of striking; a short passive participle (`used_passive`, «ракеты уже
// применены для обстрела …») has its weapon before it, so no word need stand between it and «для».
const USED_MEANS = new RegExp(`(?<![\\p{L}])(?:${anyOf('used_means')}|${anyOf('used_passive')})(?![\\p{L}])`, 'giu');
const USED_PASSIVE = new RegExp(`^(?:${anyOf('used_passive')})$`, 'iu');
const USED_TO = new RegExp(
  `^(?:\\s+(?!(?:${anyOf('used_for')})(?![\\p{L}]))[^\\s,;:.!?]+){0,6}?\\s+(${anyOf('used_for')})\\s+(${anyOf('strike_infinitive')})(?![\\p{L}])`,
  'iu',
);
// "Russia has used Iranian drones to attack Ukraine", "has repeatedly used": the present perfect tells a practice, not
// one attack; "The money was used to …" is a passive, what a thing served for.
const PERFECT_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${anyOf('perfect_aux')}|${anyOf('passive_aux')})\\s+(?:\\p{L}+ly\\s+)?$`,
  'iu',
);
// «будут впервые использованы», «могли быть применены», «должны быть уже использованы», «не применила»: a use to come,
// possible, due or denied; an adverb or two may stand between the auxiliary and the verb of use.
const UNREAL_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${anyOf('unreal_aux')})\\s+(?:[\\p{L}-]+\\s+){0,2}$`, 'iu');
// «Пентагон не исключает, что ракеты уже применены …»: a hedge that governs the clause of the verb of use, through «что»
// and with no «;» or sentence end before the verb («Эксперты допускают эскалацию, а ночью ракеты применены …» is told).
const HEDGE_LEAD = new RegExp(
  `(?<![\\p{L}])(?:${anyOf('hedge_lead')})\\s*,?\\s*(?:${anyOf('hedge_that')})(?![\\p{L}])[^;.!?]*$`,
  'iu',
);
// «ПВО применила зенитные ракеты во время атаки …»: a word of air defence on the subject or weapon of a use beside an
// attack (`used_during`), in the clause from its start to the joining word.
const AIR_DEFENCE = new RegExp(`(?<![\\p{L}])(?:${anyOf('air_defence')})(?![\\p{L}])`, 'iu');
const USED_DURING = new RegExp(`^(?:${anyOf('used_during')})$`, 'iu');
// «То, что … — это эскалация»: a quotation that names the act to judge it, or says what it is after a dash.
const JUDGED_QUOTE = new RegExp(
  `^\\s*(?:${anyOf('judged_open')})(?![\\p{L}])|\\s[—–-]\\s*(?:${anyOf('judged_copula')})(?![\\p{L}])`,
  'iu',
);
// «ракеты SCALP якобы снова были использованы»: the passive's weapon, at most three words before the participle.
const PASSIVE_GAP = /^\s+(?:[\p{L}'’-]+\s+){0,3}$/u;
// "used Iranian drones throughout the winter to strike Odesa": a span of time in the clause makes the use a practice.
const PRACTICE_SPAN = new RegExp(`(?<![\\p{L}])(?:${anyOf('practice_span')})(?![\\p{L}])`, 'iu');

/** Where the quotation that the end of `before` (a sentence up to a word) lies inside opens: the last « left unclosed,
 *  else the last of an odd number of straight or curly double quotes; -1 if it lies in none. */
function quoteOpening(before: string): number {
  const open: number[] = [];
  for (const m of before.matchAll(/[«»]/gu)) {
    if (m[0] === '«') open.push(m.index);
    else open.pop();
  }
  if (open.length > 0) return open[open.length - 1]!;
  const marks = [...before.matchAll(/["“”„]/gu)];
  return marks.length % 2 === 1 ? marks[marks.length - 1]!.index : -1;
}

/** "Ukraine used long-range ATACMS to strike a Russian depot", "the group said it had used drones to hit an airfield",
 *  «Генштаб использовал ракеты большой дальности для нанесения удара по тылам противника», «немецкие ракеты уже
 *  применены для обстрела приграничья»: a weapon used to strike is a strike with it, at the place the clause
 *  names after the verb (else the country it names there, detect/country.ts), else in no region (an airfield, a depot
 *  the gazetteer does not place, a country abroad: «во время удара по Израилю»). Only a past active "used" with the
 *  weapon and nothing but it before "to", or a short passive participle with its weapon right before it: "has
 *  (repeatedly) used … to attack" is a practice, "uses … to" a habit, "was used" an English passive, "used to strike"
 *  (no weapon between) the past habit, «будут (впервые) использованы», «могли быть применены» a use to come or
 *  possible, «не исключает, что … применены» a use supposed (a hedge that governs its clause through «что»), a word of
 *  air defence on the subject or weapon of a use «во время» an attack the defender's weapon, a quotation (not one
 *  opened after a colon, unless it judges the act: «То, что …», «— это …») a reaction, and a span of time in the clause ("throughout the winter", a `habitual` or `period` word) a practice too.
 *  Read after every other rule. */
function usedToStrike(ctx: ReportContext, view: SentenceView, places: PlaceMatch[]): Fact[] {
  const text = ctx.report.text;
  const sentence = text.slice(view.span.start, view.span.end);
  for (const used of sentence.matchAll(USED_MEANS)) {
    const at = view.span.start + used.index;
    const lead = text.slice(view.span.start, at);
    if (PERFECT_BEFORE.test(text.slice(Math.max(view.span.start, at - 30), at))) continue;
    if (UNREAL_BEFORE.test(text.slice(Math.max(view.span.start, at - 60), at)) || HEDGE_LEAD.test(lead)) continue;
    // «"То, что Путин использовал ракету … для удара по …, — это эскалация", — заявил канцлер»: a use told inside a
    // quotation is a speaker's judgement of an attack reported already, a reaction, not the news of it (the real days
    // file such posts apart from the strike: docs/eval-clusters.md). A quotation opened after a colon ('Zelensky said:
    // "Russia used …"') is the speaker's claim itself, the news, and is read, unless it judges the act all the same
    // («Канцлер: "То, что Путин использовал …, — это эскалация"»).
    const quote = quoteOpening(lead);
    if (quote >= 0) {
      if (!/:\s*$/u.test(lead.slice(0, quote))) continue;
      const close = sentence.slice(quote + 1).search(/[»"“”]/u);
      const quoted = sentence.slice(quote + 1, close < 0 ? sentence.length : quote + 1 + close);
      if (JUDGED_QUOTE.test(quoted)) continue;
    }
    const from = at + used[0].length;
    const to = USED_TO.exec(text.slice(from, view.span.end));
    if (!to) continue;
    const verbStart = from + to[0].length - to[2]!.length;
    const verbEnd = from + to[0].length;
    // «Украинская ПВО применила зенитные ракеты во время атаки …»: the defence's weapon, fired at the attack. Only on
    // a use beside the attack («во время»), and only in the use's own clause up to the joining word: «Несмотря на
    // работу ПВО, ракеты … применены для удара» and «Зенитные ракеты применены для удара …» are strikes.
    if (USED_DURING.test(to[1]!)) {
      const breaks = [...lead.matchAll(/[,;:]/gu)].map((m) => view.span.start + m.index + 1);
      const joinStart = from + to[0].lastIndexOf(to[1]!, to[0].length - to[2]!.length);
      if (AIR_DEFENCE.test(text.slice(Math.max(view.span.start, ...breaks), joinStart))) continue;
    }
    const passive = USED_PASSIVE.test(used[0]);
    const mention = passive
      ? weaponMentions(view).findLast(
          (m) => m.start >= view.span.start && m.end <= at && PASSIVE_GAP.test(` ${text.slice(m.end, at)}`),
        )
      : weaponMentions(view).find((m) => m.start >= from && m.end <= verbStart);
    // «для нанесения удара»: the attack word may end the phrase the lexicon lists, not open it.
    const verb = view.hits.find((h) => h.start >= verbStart && h.start < verbEnd);
    if (!mention || !verb) continue;
    const clause = clauseAround(text, view, verb, []);
    const clauseEnd = clause.end;
    const practice =
      PRACTICE_SPAN.test(text.slice(clause.start, clauseEnd)) ||
      view.hits.some(
        (h) =>
          (h.value.categories.has('habitual') || h.value.categories.has('period')) &&
          h.start >= clause.start &&
          h.end <= clauseEnd,
      );
    if (practice) continue;
    const after = places.filter((p) => p.start >= verb.end && p.end <= clauseEnd);
    const { facts } = attackFacts(ctx, view, 'strike', verb, mention, after, []);
    // "to strike Russian airfields", «для удара вглубь РФ»: a target told by its side's adjective or its country's name
    // and placed nowhere in the clause is in that land, not at the place another sentence names (often the other
    // side's capital: "which Kyiv requested"; a given name the gazetteer holds as a village: «Кира Стармера»).
    const sided = view.hits.some(
      (h) =>
        (h.value.categories.has('russian') || h.value.categories.has('ukrainian') || h.value.country !== undefined) &&
        h.start >= verb.end &&
        h.end <= clauseEnd,
    );
    for (const fact of facts) {
      if (!sided || !fact.fields.region?.inferred) continue;
      clearRegion(fact);
    }
    ctx.lastAttack = facts[0] ?? ctx.lastAttack;
    return facts;
  }
  return [];
}

const QUANTIFIER = anyOf('quantifier');
const ALL_WORD = new RegExp(`^(?:${anyOf('all')})$`, 'iu');
// The verb (one or two words: "destroyed", "shot down"; or the phrasal verb's first word, "shot them all down"), then
// its object: a pronoun with a quantifier before ("most of them") or after it ("them all").
const PRONOUN_OBJECT = new RegExp(
  `^[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+)?\\s+(?:(${QUANTIFIER})\\s+(?:${anyOf('of')})\\s+)?(?:${anyOf('object_pronoun')})` +
    `(?:\\s+(${QUANTIFIER}))?(?![\\p{L}])`,
  'iu',
);
// "Several were shot down", "most of them were intercepted": a quantifier as the subject, right before the verb.
const QUANTIFIED_SUBJECT = new RegExp(`(?:^|[\\s;,])(${QUANTIFIER})(?:\\s+(?:${anyOf('pronoun_tail')}))+\\s+$`, 'iu');
// The same, as the whole of what stands before the verb in its clause: "Several were shot down", not "… and several
// were".
const QUANTIFIER_ONLY = new RegExp(`^\\s*(?:${QUANTIFIER})(?:\\s+(?:${anyOf('pronoun_tail')}))+\\s*$`, 'iu');
// "it", "they": a subject that refers back to the side.
const SUBJECT_PRONOUN = new RegExp(`^\\s*(?:${anyOf('subject_pronoun')})(?![\\p{L}])`, 'iu');
// "Ukrainian air defences", "Ukraine's pilots" (at most two words before), then at most two words ("managed to") before
// the verb.
const DEFENDER_SUBJECT = new RegExp(
  `^\\s*(?:[^\\s]+\\s+){0,2}?(?:${anyOf('defender_subject')})(?![\\p{L}])(?:\\s+[^\\s]+){0,2}\\s*$`,
  'iu',
);
// A sentence's end inside the text: the weapon stands in an earlier sentence than the one right before.
const SENTENCE_END = /[.!?;]["'»”)\]]*\s+\S/u;
// A word with a plural ending ("homes", "cars", "bombers"): a thing the pronoun could stand for instead of the weapons.
const PLURAL_WORD = new RegExp(`(?<![\\p{L}])\\p{Ll}[\\p{L}-]{2,}(?:${anyOf('plural_endings')})(?![\\p{L}])`, 'gu');

/** How many of the weapons the sentence before told a pronoun at a verb of shooting down stands for: 'all' ("shot
 *  them all down", "destroyed all of them", a bare "them"), 'part' ("shot nearly all of them down", "Several were
 *  shot down"), or null when the verb has no such pronoun, or the pronoun may stand for something else. `before` is
 *  the text right before the verb. The pronoun stands for the weapons only when:
 *  - the last weapon the report named is in the sentence right before (not three sentences back), and nothing after
 *    it there could be the pronoun's antecedent: no word of hitting, damage or casualties ("hit homes in Dnipro",
 *    "damaging three cars") and, for a verb of destroying, no other plural noun (one the lexicon does not know);
 *  - the verb's subject, what stands before it in its clause (after a verb of saying: "the army says it …"), is the
 *    quantifier itself ("Several were shot down"), a subject pronoun ("it", "they") or a word of those who shoot
 *    weapons down (`defender_subject`: "Air defence crews managed to bring most of them down"), with no comma, aim,
 *    modal or verb of acting in it ("Kyiv
 *    asked allies for systems to shoot them down", "the fire that followed destroyed all of them", "troops … and
 *    eliminated them");
 *  - a passive with a quantifier subject has a verb of shooting down, not one of destroying ("Some were destroyed in
 *    the fire"). */
function pronounFor(ctx: ReportContext, view: SentenceView, before: string, trigger: Hit): 'all' | 'part' | null {
  const text = ctx.report.text;
  const object = PRONOUN_OBJECT.exec(text.slice(trigger.start, trigger.end + 40));
  const subject = object ? null : QUANTIFIED_SUBJECT.exec(before);
  if (!object && !subject) return null;
  if (!toldJustBefore(ctx, view, trigger.value.categories.has('destroying'))) return null;
  const said = view.hits.findLast((h) => h.value.categories.has('said') && h.end <= trigger.start);
  const from = said ? said.end : view.span.start;
  const opening = text.slice(from, trigger.start);
  if (/[,;:\u2013\u2014]/u.test(opening)) return null;
  const inOpening = view.hits.filter((h) => h.start >= from && h.end <= trigger.start);
  const cat = (h: Hit) => h.value.categories;
  if (inOpening.some((h) => cat(h).has('aim') || cat(h).has('modal') || cat(h).has('as_state'))) return null;
  if (subject) {
    if (!QUANTIFIER_ONLY.test(opening) || trigger.value.categories.has('destroying')) return null;
  } else {
    if (!DEFENDER_SUBJECT.test(opening) && !SUBJECT_PRONOUN.test(opening)) return null;
  }
  const quantifier = object ? (object[1] ?? object[2]) : subject![1];
  return quantifier === undefined || ALL_WORD.test(quantifier) ? 'all' : 'part';
}

// "38 were shot down", "38 of them were downed": a number, then only the words between a subject and its verb.
const COUNT_SUBJECT_TAIL = new RegExp(`^(?:\\s+(?:${anyOf('pronoun_tail')}))+\\s*$`, 'iu');

/** "The enemy launched 45 Shahed drones. 38 were shot down": a number that is the whole subject of a verb of shooting
 *  down ("38 were", "38 of them were"), with no noun of its own, counts the weapons the sentence before told, as a
 *  quantifier does ("Several were shot down"; pronounFor) and under the same conditions: the weapon told in the
 *  sentence right before, nothing else there the number could count, no verb of destroying ("12 were destroyed in the
 *  fire" may count homes). The clause opens with the number, or right after a verb of saying. */
function countedSubject(ctx: ReportContext, view: SentenceView, trigger: Hit): NumberMatch | undefined {
  if (trigger.value.categories.has('destroying')) return undefined;
  const text = ctx.report.text;
  const said = view.hits.findLast((h) => h.value.categories.has('said') && h.end <= trigger.start);
  const from = said ? said.end : view.span.start;
  // view.numbers holds no number inside a time phrase ("08:30", "June 12"): none of them is a count.
  const n = view.numbers.findLast((x) => x.start >= from && x.end <= trigger.start);
  if (!n || !opensClause(ctx, view, from, n.start)) return undefined;
  if (!COUNT_SUBJECT_TAIL.test(text.slice(n.end, trigger.start))) return undefined;
  if (!toldJustBefore(ctx, view, false)) return undefined;
  return n;
}

// "As of 08:30, 38 were shot down", «станом на 08:30, 38 …»: the lexicon's `as_of` and a short phrase (its time, which
// the statement's time may have taken from the sentence's times), set off by a comma, open the clause.
const AS_OF_OPENER = new RegExp(`^\\s*(?:${anyOf('as_of')})\\s+[^,;!?]{1,25},\\s*$`, 'iu');

/** Nothing but a clause's opening time stands between `from` and the number at `at` (countedSubject): "Overnight, 38
 *  were shot down", "As of 08:30, 38 were shot down". Not a place ("In Kyiv, 12 were shot down" counts Kyiv's part).
 *  Any time but "as of" must be the time of the launch the sentence before told (`sameTimeAsBefore`): "…88 drones
 *  overnight. On June 10, 40 were shot down" tells of another day's weapons, not of those 88 (review 42d #4). */
function opensClause(ctx: ReportContext, view: SentenceView, from: number, at: number): boolean {
  const text = ctx.report.text;
  const head = text.slice(from, at);
  if (head.trim() === '' || AS_OF_OPENER.test(head)) return true;
  const time = view.times.find((t) => t.start >= from && t.end <= at);
  if (time === undefined || text.slice(from, time.start).trim() !== '') return false;
  return /^\s*,\s*$/u.test(text.slice(time.end, at)) && sameTimeAsBefore(ctx, view, time);
}

const DAY_MS = 24 * 3600_000;

/** Whether a clause's opening time lies within a time the sentence before named ("…overnight. Overnight, 38…", "…
 *  overnight. At 03:00, 38…"); when that sentence named none, whether it is a night or an hour of the day before
 *  publication, not a whole day or a date ("On Tuesday, 38…" may be any Tuesday's tally). */
function sameTimeAsBefore(ctx: ReportContext, view: SentenceView, time: TimeMatch): boolean {
  const start = Date.parse(time.when.start);
  const end = Date.parse(time.when.end);
  const told = ctx.views?.[view.index - 1]?.times ?? [];
  if (told.length > 0) {
    return told.some((t) => Date.parse(t.when.start) <= start && end <= Date.parse(t.when.end));
  }
  const published = Date.parse(ctx.report.published_at);
  const hours = time.when.precision === 'night' || time.when.precision === 'hour' || time.when.precision === 'exact';
  return hours && !time.span && published - DAY_MS <= start && end <= published;
}

/** Whether the last weapon the report named before this sentence stands in the sentence right before it, with no
 *  other thing the pronoun could stand for after it there (see pronounFor). Another plural noun counts only for a verb
 *  of destroying (`destroying`), which may take a building or a car: what is shot down flew ("fired six missiles at
 *  Poltava and nearby districts. Several were shot down"). */
function toldJustBefore(ctx: ReportContext, view: SentenceView, destroying: boolean): boolean {
  const text = ctx.report.text;
  const weapon = ctx.weaponsNamed.findLast((w) => w.end <= view.span.start);
  if (!weapon) return false;
  const rest = text.slice(weapon.end, view.span.start);
  if (SENTENCE_END.test(rest.trimEnd())) return false;
  const hits = lexiconHits(rest, ctx.lang);
  const struck = (h: Hit) =>
    h.value.categories.has('hit') ||
    h.value.categories.has('damage') ||
    h.value.categories.has('killed') ||
    h.value.categories.has('injured');
  if (hits.some(struck)) return false;
  if (!destroying) return true;
  for (const word of rest.matchAll(PLURAL_WORD)) {
    const at = word.index;
    if (!hits.some((h) => h.start <= at && h.end >= at + word[0].length)) return false;
  }
  return true;
}

/** "Russia sends drones and missiles at eastern Ukraine", "Russian drones struck Ukraine in the night", "Russia
 *  unleashed dozens of drones on Ukraine": a side, or its weapons, launching at or striking a whole country (the
 *  lexicon's `countries`) names no region, and the attack is still news. A strike of each weapon of the clause's list,
 *  in no region (applyCountry gives it the country), with no count: a number here is the size of a wave, which the air
 *  force's tally tells. The subject stands right before the verb (a side or a weapon), the country a few words after it
 *  in one clause; the weapon is the subject, or stands between the verb and the country, or right after the country
 *  ("pounded Ukraine with missiles"). An attack noun with its preposition ("Russia's drone attacks on Ukraine") is
 *  talk of attacks, not one, and so is a weapon's attack noun before the verb ("drone attacks targeting Russian
 *  territory"). Read last, when no other rule found the attack. */
function atCountry(ctx: ReportContext, view: SentenceView): Fact[] {
  const text = ctx.report.text;
  const mentions = weaponMentions(view);
  if (mentions.length === 0) return [];
  const clause = (from: number, to: number) => from <= to && !/[.;:!?,\u2013\u2014]/u.test(text.slice(from, to));
  const words = (from: number, to: number) =>
    text
      .slice(from, to)
      .split(/\s+/u)
      .filter((w) => w !== '').length;
  const near = (from: number, to: number, most: number) => clause(from, to) && words(from, to) <= most;
  const verbs = view.hits.filter(
    (h) =>
      (h.value.categories.has('launched') ||
        h.value.categories.has('strike') ||
        // "Russian missiles target cities across Ukraine": a weapon's own verb, its subject and country as for the rest.
        h.value.categories.has('weapon_verb')) &&
      !startsWithAttackNoun(ctx, h),
  );
  for (const verb of verbs) {
    const country = view.hits.find(
      (h) => h.value.country !== undefined && h.start >= verb.end && near(verb.end, h.start, COUNTRY_REACH),
    );
    if (!country) continue;
    // "a pattern of drone attacks targeting Russian territory": an attack noun between makes the weapon no subject.
    // "Missile Attacks Rock Ukrainian Cities": the weapon's own attack noun before a `weapon_verb` is its subject.
    const subject = [...hitsOf(view, 'attacker'), ...mentions].find(
      (s) =>
        s.end <= verb.start &&
        near(s.end, verb.start, 2) &&
        (!view.hits.some((h) => h.value.categories.has('attack_noun') && h.start >= s.end && h.end <= verb.start) ||
          (verb.value.categories.has('weapon_verb') && nounOfWeaponBefore(view, text, s, verb))),
    );
    if (!subject) continue;
    const mention =
      mentions.find((m) => m.start >= subject.start && m.end <= verb.start) ??
      mentions.find((m) => m.start >= verb.end && m.end <= country.start) ??
      mentions.find((m) => m.start >= country.end && near(country.end, m.start, 4));
    if (!mention) continue;
    const fact = newFact(ctx, view, 'strike', spanOf(text, verb.start, verb.end));
    setWeapon(fact, text, mention);
    ctx.facts.push(fact);
    ctx.lastAttack = fact;
    return [fact, ...otherWeapons(ctx, view, [fact], mention)];
  }
  return [];
}

// "sends drones and missiles at eastern Ukraine": the weapons and an adjective may stand between verb and country.
const COUNTRY_REACH = 7;

// Between a launch verb and the attack it launched: an article and adjectives, up to three words ("a predawn",
// "massive aerial").
const LAUNCHED_NOUN_GAP = /^\s+(?:[\p{L}'’-]+\s+){0,3}$/u;
// Between the attack and its weapon: the means preposition (`means_preposition`, "with"), unless the verb's own entry
// ends with it ("attacked with"), then up to three words of the weapon's phrase ("the rarely used", "waves of").
const MEANS_GAP = new RegExp(`^\\s+(?:${anyOf('means_preposition')})\\s+(?:[\\p{L}'’-]+\\s+){0,3}$`, 'iu');
const OWN_MEANS_GAP = /^\s+(?:[\p{L}'’-]+\s+){0,3}$/u;
// A `launched_noun` a few words after the launch verb ("launched a predawn assault").
const LAUNCHED_NOUN = new RegExp(`^\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:${anyOf('launched_noun')})(?![\\p{L}])`, 'iu');
const ENDS_WITH_MEANS = new RegExp(`(?<![\\p{L}])(?:${anyOf('means_preposition')})$`, 'iu');

/** "Ukraine said Russia attacked with the rarely used Kinzhal missile", "while Russia attacks with cruise missiles",
 *  "Russia launched a predawn assault with missiles and drones": a side (`attacker`, not its possessive: "Moscow's
 *  attacks with drones" is talk of them) that attacks, or launches an attack (an attack noun or a `launched_noun`, a few
 *  words after the launch verb), with a weapon named right after the means preposition, struck with it; the sentence
 *  names no target, so the strike has no region (the country's, as for `atCountry`), and no count (a number there is
 *  the size of the wave). One fact per weapon class of the list ("missiles and drones"). Read last, when no other rule
 *  found the attack; a plan or an aim ("Russia planning prolonged attack with drones") puts a word between the side
 *  and its verb, and a clause's veto words cancel the fact as any other (run.ts). */
function sideAttacksWith(ctx: ReportContext, view: SentenceView): Fact[] {
  const text = ctx.report.text;
  const mentions = weaponMentions(view);
  if (mentions.length === 0) return [];
  for (const side of hitsOf(view, 'attacker')) {
    if (POSSESSIVE_END.test(side.text)) continue;
    const verb = view.hits.find(
      (h) =>
        h.start >= side.end &&
        /^\s+$/u.test(text.slice(side.end, h.start)) &&
        h.value.weapon === undefined &&
        (h.value.categories.has('launched') ||
          h.value.categories.has('attack_noun') ||
          (h.value.categories.has('strike') && !startsWithAttackNoun(ctx, h))),
    );
    if (!verb) continue;
    let end = verb.end;
    if (verb.value.categories.has('launched') && !ENDS_WITH_MEANS.test(verb.text)) {
      const noun = view.hits.find(
        (h) =>
          h.start >= verb.end &&
          LAUNCHED_NOUN_GAP.test(text.slice(verb.end, h.start)) &&
          h.value.categories.has('attack_noun'),
      );
      const word = noun ? null : LAUNCHED_NOUN.exec(text.slice(verb.end));
      if (noun) end = noun.end;
      else if (word) end = verb.end + word[0].length;
      else continue;
    }
    const gap = ENDS_WITH_MEANS.test(verb.text) && end === verb.end ? OWN_MEANS_GAP : MEANS_GAP;
    const mention = mentions.find((m) => m.start >= end && gap.test(text.slice(end, m.start)));
    if (!mention) continue;
    const fact = newFact(ctx, view, 'strike', spanOf(text, verb.start, end));
    setWeapon(fact, text, mention);
    ctx.facts.push(fact);
    ctx.lastAttack = fact;
    return [fact, ...otherWeapons(ctx, view, [fact], mention)];
  }
  return [];
}

/** "A fire broke out at an oil depot in the Bryansk region after a drone attack", «в результате атаки БПЛА
 *  повреждён объект»: one attack named as a noun beside its weapon, with a place and something hit in the same
 *  sentence. A plural ("drone strikes across different regions") is commentary, not an event. */
function attackNoun(ctx: ReportContext, view: SentenceView, places: PlaceMatch[]): Fact[] {
  // Something must have been hit: "Moscow, Kursk and Bryansk under drone attack" says nothing was.
  // «Унаслідок нічної атаки «шахедів» на Харків постраждали троє людей»: people hurt count as something hit.
  // «Від авіаційних ударів постраждало селище Малинівка», «руйнування … внаслідок ворожих атак на Гуляйпільщині»: a plural
  // named as the cause of the harm the sentence tells is the attacks that did it, not commentary.
  // Not the attacks of a past year or a span («после ударов 2022 года», «спустя год после ударов»), nor those on a
  // place the gazetteer does not know («после израильских ударов по Бейруту»): the harm is not this report's news.
  const caused = (h: Hit) =>
    CAUSE_BEFORE.test(ctx.report.text.slice(Math.max(view.span.start, h.start - 60), h.start)) &&
    !pastOrForeign(ctx, view, h);
  // «Часть Каховки обесточена в результате обстрела», «после ударов по объектам прекращено электроснабжение»: a town
  // left without power counts as harm only here, after the attacks named as its cause; not in hasEffect, which also
  // gates verbs of striking («Киев обесточен: удары по энергетике продолжаются» tells no one strike), and not beside a
  // word of a lasting state (`lasting`: «через атаки на енергосистему місто досі без світла», a long campaign's toll).
  const sentence = ctx.report.text.slice(view.span.start, view.span.end);
  const outage = has(view, 'power_outage') && !LASTING.test(sentence) && hitsOf(view, 'attack_noun').some(caused);
  const hitSomething = view.hits.some((h) => h.value.object !== undefined) || hasEffect(view) || outage;
  if (!hitSomething) return [];
  const mentions = weaponMentions(view);
  // «Внаслідок хакерських атак», «ворожих атак на Бахмутському напрямку»: an attack noun in a clause of the lexicon's
  // `not_air_attack` is a hacker's attack or an assault on the front.
  const notAir = (h: Hit) => hitInClause(ctx.report.text, view, h, 'not_air_attack');
  let single = hitsOf(view, 'attack_noun').filter((h) => (!PLURAL_NOUN.test(h.text) || caused(h)) && !notAir(h));

  if (view.places.length === 0) {
    // «ПОСТРАЖДАВ чоловік під час обстрілу», «Внаслідок ворожої атаки поранено двох людей»: people hurt by the attack
    // the sentence names as their cause tell a strike (docs/eval.md: a toll in an attack tells a strike) even where
    // the sentence names no place; the place is then the context's, as for the toll. The cause may stand a word or
    // two before the noun, or open the lexicon's strike entry that holds it («внаслідок атаки»).
    if (!view.hits.some(isCasualtyWord)) return [];
    const text = ctx.report.text;
    // Not a tally over a span («від початку війни»), the dead remembered («хвилиною мовчання»), nor a place the
    // gazetteer does not know («під час атаки на Ізраїль», «у Газі»: a capitalised word after a place preposition,
    // here where the sentence has no place of ours): the context's place would be wrong.
    if (has(view, 'period') || has(view, 'since') || has(view, 'memorial')) return [];
    if (hitsOf(view, 'place_preposition').some((p) => FOREIGN_NAME.test(text.slice(p.end, p.end + 4)))) return [];
    if (hitsOf(view, 'attack_noun').some((h) => pastOrForeign(ctx, view, h))) return [];
    const before = (h: Hit) => text.slice(Math.max(view.span.start, h.start - 60), h.start);
    // A `cause` word may take the plural («Внаслідок цих атак … є жертви»: the attacks that did the harm told), a
    // `cause_near` word only the one attack («під час обстрілу», not «під час обстрілів»).
    const plural = (h: Hit) => PLURAL_NOUN.test(h.text) || NEAR_PLURAL.test(h.text);
    single = [
      ...hitsOf(view, 'attack_noun').filter(
        (h) => (CAUSE_NEAR.test(before(h)) || (SINGULAR_NEAR.test(before(h)) && !plural(h))) && !notAir(h),
      ),
      ...hitsOf(view, 'strike').filter((h) => CAUSE_OPENS.test(h.text) && !notAir(h)),
    ];
    // «Внаслідок атаки загинув 1 окупант»: the enemy's losses are no strike on the context's place; but «внаслідок
    // атаки окупантів» names the attacker, right after the noun.
    const nouns = [...hitsOf(view, 'attack_noun'), ...hitsOf(view, 'strike')];
    const attacker = (e: Hit) => nouns.some((n) => n.end <= e.start && AGENT_GAP.test(text.slice(n.end, e.start)));
    if (hitsOf(view, 'enemy_losses').some((e) => !attacker(e))) return [];
    if (single.length === 0) return [];
  }
  const noun = single.find((h) =>
    mentions.some((m) => Math.abs(m.start - h.end) <= 20 || Math.abs(h.start - m.end) <= 3),
  );
  // «Внаслідок нічної атаки на Київщину пошкоджено два будинки»: one attack, no weapon named in the sentence.
  if (!noun && mentions.length === 0 && single[0]) {
    const counted = attackCount(view, ctx.report.text, single[0]);
    const { facts } = attackFacts(ctx, view, 'strike', single[0], undefined, places, [], counted);
    for (const fact of facts) inheritWeapon(ctx, fact);
    return facts;
  }
  if (!noun) return [];
  const mention = mentions.reduce((a, b) => (Math.abs(b.start - noun.start) < Math.abs(a.start - noun.start) ? b : a));
  const counted = attackCount(view, ctx.report.text, noun);
  const { facts } = attackFacts(ctx, view, 'strike', noun, mention, places, [], counted);
  // A plural noun's number may count something else («атака беспилотников, 2 человека ранены»); a singular one
  // counts itself («в результате удара беспилотника»), and so does a number right before the noun («68 ворожих
  // обстрілів з РСЗВ»: the attacks).
  if (!mention.singular || ctx.lang === 'en') for (const fact of facts) keepOwnCount(fact, mention, counted);
  return facts;
}

/** An attack noun of a past year («ударов 2022 года»: a year before the report's, in the noun's sentence), of a span
 *  (`period`, `since`: «спустя год после ударов»), or aimed at a name the gazetteer does not know (a capitalised word
 *  right after a `target_preposition` that is no place of ours: «ударов по Бейруту»). */
function pastOrForeign(ctx: ReportContext, view: SentenceView, noun: Hit): boolean {
  const text = ctx.report.text;
  if (hitInClause(text, view, noun, 'period') || hitInClause(text, view, noun, 'since')) return true;
  const year = Number(ctx.report.published_at.slice(0, 4));
  const sentence = text.slice(view.span.start, view.span.end);
  if ([...sentence.matchAll(YEAR)].some((m) => Number(m[1]) < year)) return true;
  return hitsOf(view, 'target_preposition').some(
    (p) =>
      p.start >= noun.end &&
      /^\s*$/u.test(text.slice(noun.end, p.start)) &&
      FOREIGN_NAME.test(text.slice(p.end, p.end + 4)) &&
      !view.places.some((pl) => pl.start >= p.end && pl.start <= p.end + 2),
  );
}
const LASTING = new RegExp(`(?:^|[^\\p{L}])(?:${anyOf('lasting')})(?![\\p{L}])`, 'iu');
// A year written in digits, standing alone: «2022 года», "in 2022".
const YEAR = /(?<![\d.,:])((?:19|20)\d\d)(?![\d.,:%])/gu;

/** After a noun of hitting, the counts a strike keeps: the weapon's own singular («двоє загинули від удару ворожої ракети
 *  по …»: its case after the noun says one struck) and the number of attacks right before the noun (`attackCount`).
 *  Any other number near the noun is not the weapons'. */
function keepOwnCount(fact: Fact, mention: WeaponMention | undefined, counted: NumberMatch | undefined): void {
  const span = fact.fields.count;
  const one =
    mention !== undefined && fact.count?.value === 1 && span?.start === mention.start && span.end === mention.end;
  const attacks = counted !== undefined && span?.start === counted.start;
  if (one || attacks) return;
  fact.count = null;
  delete fact.fields.count;
}

/** "Killing people in missile strikes", "Russian missile strikes kill 11", "2 injured in drone attacks in Kyiv": people
 *  killed or hurt by an attack named by its weapon say the weapons struck, one attack or many, even where the
 *  sentence names no place (the place is then the report's, as for any fact, or none). With no weapon named, only
 *  the toll's own preposition right before the noun ties it ("2 killed in Russian strikes"): a strike of no weapon. The weapon word stands right
 *  before the attack noun, and the toll is tied to it in one clause: before it by a preposition ("killed in", "injured
 *  by"), or after it as its verb with the number of people ("strikes kill 11"); "strikes have died down", "killed in
 *  a plane crash, no evidence of a missile attack" are no toll of the attack. No count: the number is of people.
 *  Read last, when no other rule found the attack; what it reads is a toll, so later sentences do not count its
 *  weapon ("two were intercepted" takes the weapon of an attack told as one). */
function deadlyAttack(ctx: ReportContext, view: SentenceView, places: PlaceMatch[]): Fact[] {
  const text = ctx.report.text;
  const tolls = view.hits.filter(isCasualtyWord);
  if (tolls.length === 0) return [];
  const mentions = weaponMentions(view);
  const words = (from: number, to: number) =>
    text
      .slice(from, to)
      .split(/\s+/u)
      .filter((w) => w !== '').length;
  const oneClause = (from: number, to: number) => inOneClause(text, from, to);
  const linked = (from: number, to: number) =>
    view.hits.some(
      (h) =>
        (h.value.categories.has('place_preposition') || h.value.categories.has('passive_agent')) &&
        h.start >= from &&
        h.end <= to,
    );
  // "injured in rocket strikes on a city": the lexicon reads "strikes on" as one strike entry, still the attack noun.
  const nouns = view.hits.filter((h) => h.value.categories.has('attack_noun') || startsWithAttackNoun(ctx, h));
  for (const noun of nouns) {
    const mention = mentions.find((m) => m.end <= noun.start && /^[\s-]+$/u.test(text.slice(m.end, noun.start)));
    if (!mention) {
      // "3 killed in Russian strikes near border", "two dead in strikes on a Ukrainian town", "one man died and
      // six were hurt in the strike": the toll's own preposition right before the attack noun (a side's adjective
      // or an article between) says the attack struck, with no weapon named.
      // The toll counts people ("two", "one person"): "hundreds have been killed in attacks since the war began" is a
      // tally of the war, not of one attack.
      const counted = (t: Hit) =>
        view.numbers.some(
          (n) =>
            n.end <= t.start &&
            oneClause(n.end, t.start) &&
            words(n.end, t.start) <= 3 &&
            n.count.value !== null &&
            !n.count.approx,
        );
      const own = tolls.some(
        (t) => counted(t) && oneClause(t.end, noun.start) && words(t.end, noun.start) <= 3 && linked(t.end, noun.start),
      );
      if (!own) continue;
      // "300 civilians have died in strikes since the start of the year": a toll over a period (the lexicon's
      // `period`, in the noun's clause) is a tally, not one attack's.
      if (hitInClause(text, view, noun, 'period')) continue;
      const { start: clauseStart, end: clauseEnd } = clauseAround(text, view, noun, []);
      const inClause = (h: { start: number; end: number }) => h.start >= clauseStart && h.end <= clauseEnd;
      // "killed in Israeli airstrikes on Beirut": a name before the noun that is no side of the lexicon's (`russian`,
      // `ukrainian`) nor any other word of it tells another war, unless a place in Russia or Ukraine stands in the
      // clause. In a headline in title case ("Two Killed In The Strike") a short capitalised word is no name.
      const titleCase = /^\p{Lu}/u.test(noun.text);
      const tollEnd = Math.max(...tolls.filter((t) => t.end <= noun.start).map((t) => t.end), clauseStart);
      const named = [...text.slice(tollEnd, noun.start).matchAll(/\p{Lu}[\p{L}'\u2019-]*/gu)].some((m) => {
        const at = tollEnd + m.index;
        return !(titleCase && m[0].length <= 3) && !view.hits.some((h) => h.start <= at && at < h.end);
      });
      const ours = (c: string) => c.startsWith('UA') || c.startsWith('RU');
      if (named && !places.some((pl) => inClause(pl) && ours(pl.code))) continue;
      const fact = newFact(ctx, view, 'strike', spanOf(text, noun.start, noun.end));
      applyLocation(ctx, view, fact, locate(ctx, view, noun, places));
      ctx.facts.push(fact);
      return [fact];
    }
    const before = tolls.some(
      (t) => oneClause(t.end, mention.start) && words(t.end, mention.start) <= 4 && linked(t.end, mention.start),
    );
    const after = tolls.some(
      (t) =>
        oneClause(noun.end, t.start) &&
        words(noun.end, t.start) <= 4 &&
        view.numbers.some((n) => n.start >= t.end && oneClause(t.end, n.start) && words(t.end, n.start) <= 2),
    );
    if (!before && !after) continue;
    const fact = newFact(ctx, view, 'strike', spanOf(text, noun.start, noun.end));
    setWeapon(fact, text, mention);
    applyLocation(ctx, view, fact, locate(ctx, view, noun, places));
    ctx.facts.push(fact);
    return [fact];
  }
  return [];
}

// An item of a list of nouns ends right before the next: a comma, then up to two adjectives.
const LIST_ITEM_BEFORE = new RegExp(`,\\s*${ADJECTIVES}$`, 'u');

const NOUN_OF_WEAPON = new RegExp(`^\\s+(?:${anyOf('of')})\\s+(?:[\\p{L}'’-]+\\s+){0,2}$`, 'iu');

/** "the army fired its largest barrage of missiles yet, cutting power", "drone attacks leave half a city without
 *  light", "a missile barrage unleashed across Ukraine": an attack named by its weapon ("drone attacks",
 *  "barrage of missiles") is an event, not talk of attacks, when a verb of launching stands by it in its clause or
 *  what it did (damage, fire, power cut, a hit) follows it in the sentence. With no place named in the sentence it
 *  stays unplaced (a nationwide wave), and it has no count: the number of attacks is not the number of weapons.
 *  Read last, when no other rule found the attack. */
function weaponAttackEvent(ctx: ReportContext, view: SentenceView, places: PlaceMatch[]): Fact[] {
  const text = ctx.report.text;
  const mentions = weaponMentions(view);
  if (mentions.length === 0) return [];
  const oneClause = (from: number, to: number) => inOneClause(text, from, to);
  const words = (from: number, to: number) =>
    text
      .slice(from, to)
      .split(/\s+/u)
      .filter((w) => w !== '').length;
  // What the attack did follows it, not as the next item of a list of nouns: «під час сирен, масованих ракетних атак,
  // відключень» names three things that happened over a year, not attacks that cut the power. The attack phrase is
  // an item of such a list when a comma stands right before it (its adjectives at most between); «Вночі масована
  // ракетна атака, пошкоджено енергетичну інфраструктуру», "Massive missile attack, power outages in Kharkiv" tell
  // the attack and what it did.
  const effect = (from: number, to: number) =>
    view.hits.some(
      (h) =>
        h.start >= to &&
        !(/^\s*,\s*$/u.test(text.slice(to, h.start)) && LIST_ITEM_BEFORE.test(text.slice(view.span.start, from))) &&
        (h.value.categories.has('damage') ||
          h.value.categories.has('fire') ||
          h.value.categories.has('power_outage') ||
          h.value.categories.has('hit')),
    );
  // "a 'heavy' Russian drone attack across country", "mass drone strikes on energy sites across
  // Ukraine": the attack told of a whole country (the lexicon's `nationwide`, a few words after the noun in its
  // clause) is the wave itself, not talk of attacks.
  const acrossCountry = (from: number) =>
    wholeCountryHits(view, text).some((h) => h.start >= from && oneClause(from, h.start) && words(from, h.start) <= 4);
  const governed = (from: number) => governedAt(view, text, from);
  const nouns = view.hits.filter((h) => h.value.categories.has('attack_noun') || startsWithAttackNoun(ctx, h));
  for (const noun of nouns) {
    const mention =
      mentions.find((m) => m.end <= noun.start && /^[\s-]+$/u.test(text.slice(m.end, noun.start))) ??
      mentions.find((m) => m.start >= noun.end && NOUN_OF_WEAPON.test(text.slice(noun.end, m.start)));
    if (!mention) continue;
    const from = Math.min(noun.start, mention.start);
    const to = Math.max(noun.end, mention.end);
    const launched = hitsOf(view, 'launched').some(
      (h) =>
        (h.end <= from && oneClause(h.end, from) && words(h.end, from) <= 4) ||
        (h.start >= to && /^\s+$/u.test(text.slice(to, h.start))),
    );
    if (governed(from)) continue;
    // No verb of its own: "reaction to Kharkiv missile strike" names one attack by where it struck, but so do a trial,
    // an anniversary or a fear of one long past ("charged over the Kremenchuk missile strike", "Kharkiv missile strike
    // anniversary"), and a capital before the weapon is as often the side that attacked ("Putin vows revenge for Kyiv
    // drone attack"). Nothing in the noun phrase tells which, so a place before the weapon makes no event (review rev1).
    // A plural reported or dated is news; a singular's report ("reports no damage in drone attack") may be of its effects.
    const told = PLURAL_NOUN.test(noun.text) && toldAsNews(ctx, view, noun, from, to);
    const headed = !told && headedAsNews(ctx, view, noun, from);
    if (!launched && !effect(from, to) && !acrossCountry(to) && !told && !headed) continue;
    const fact = newFact(ctx, view, 'strike', spanOf(text, noun.start, noun.end));
    setWeapon(fact, text, mention);
    // Only a place in the noun's own clause: "drone attacks leave … without power and Kyiv bombards Melitopol".
    const own = places.filter(
      (p) => p.start >= to && !CLAUSE_END.test(text.slice(to, p.start)) && !isSubjectSide(ctx, view, p, noun),
    );
    // "streets of Kyiv after drone strikes", "in Lviv following Russian missile attacks": what the news head follows
    // struck where the news is, the sentence's place before the head when none follows the attack.
    // A capital standing for its state before it is who spoke or attacked ("Ukraine says Moscow is to blame after …"),
    // unless a preposition or "of" makes it where ("streets of Kyiv after …").
    const side = (p: PlaceMatch) =>
      isSubjectSide(ctx, view, p, noun) && !OF_BEFORE.test(text.slice(view.span.start, p.start));
    const before = headed && own.length === 0 ? places.filter((p) => p.end <= from && !side(p)) : [];
    if (own.length > 0) applyLocation(ctx, view, fact, locate(ctx, view, noun, own));
    else if (before.length > 0) applyLocation(ctx, view, fact, locate(ctx, view, noun, before));
    // "A warehouse caught fire after a drone strike": with no place in its sentence, the report's place, as the fire's.
    else if (headed && places.length === 0) applyLocation(ctx, view, fact, locate(ctx, view, noun, []));
    ctx.facts.push(fact);
    ctx.lastAttack = fact;
    return [fact];
  }
  return [];
}

// What ends a clause for the English news rules below; a plural attack noun's news word may not reach over a stop either.
const CLAUSE_BREAK = /[,;:!?\u2013\u2014]/u;
const CLAUSE_OR_STOP = /[,;:.!?\u2013\u2014]/u;

/** The sentence's text from the last clause break before `at` up to `at`. */
function clauseBefore(text: string, view: SentenceView, at: number, breaks = CLAUSE_BREAK): string {
  return text.slice(view.span.start, at).split(breaks).pop() ?? '';
}

// `attack_news` up to four words before the attack phrase, in its clause, not itself governed by a preposition ("a
// study of overnight drone attacks", "an analysis on …", "research into …": a topic); `attack_news_verb` the same, its
// subject a place of ours, a side or a reporter before it.
const NEWS_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${anyOf('attack_news')})(?:\\s+[\\p{L}'’-]+){0,4}\\s*$`, 'iu');
const NEWS_TOPIC_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${anyOf('topic_preposition')})\\s+(?:${anyOf('attack_news')})(?:\\s+[\\p{L}'’-]+){0,4}\\s*$`,
  'iu',
);
const NEWS_VERB_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${anyOf('attack_news_verb')})(?:\\s+[\\p{L}'’-]+){0,4}\\s*$`,
  'iu',
);
// "there were also reports of": `there`, an `existential_be`, an adverb at most, then `reports_noun`.
const THERE_REPORTS_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${anyOf('there')})\\s+(?:${anyOf('existential_be')})(?:\\s+[\\p{L}]+)?\\s+(?:${anyOf('reports_noun')})(?:\\s+[\\p{L}'’-]+){0,4}\\s*$`,
  'iu',
);
// A person or office reporting (`news_reporter`), a word of the clause before the verb.
const NEWS_REPORTER = new RegExp(`(?:^|[^\\p{L}])(?:${anyOf('news_reporter')})(?![\\p{L}])`, 'iu');
// "Reports of drone attacks …": `reports_noun` opening the clause, dated by a time of the week after the noun.
const REPORTS_OPEN = new RegExp(`^\\s*(?:${anyOf('reports_noun')})(?:\\s+[\\p{L}'’-]+){0,4}\\s*$`, 'iu');
// `attack_news_after` right after the noun, one auxiliary at most between ("are reported", "continued overnight",
// "continue to pound Kherson"), never before an infinitive of state ("continued to be a threat": `state_infinitive`).
const NEWS_AFTER = new RegExp(
  `^(?:\\s+(?:${anyOf('passive_aux')}))?\\s+(?:${anyOf('attack_news_after')})(?![\\p{L}])(?!\\s+(?:${anyOf('state_infinitive')})(?![\\p{L}]))`,
  'iu',
);
// An auxiliary, a modal or a verb of judgement right after the noun (or after the place phrase that follows it) opens
// its predicate: the attacks are the subject of a judgement or a trend ("drone attacks are rising", "drone attacks in
// Kyiv became routine", "will continue"), unless that predicate is NEWS_AFTER's.
const PREDICATE_AFTER = new RegExp(`^\\s+(?:${anyOf('existential_be')}|${anyOf('trend_predicate')})(?![\\p{L}])`, 'iu');

/** "Ukraine reports more Russian drone attacks", "alerts followed overnight drone strikes", "further drone attacks are
 *  reported in the Belgorod region", "drone attacks continue on Kyiv", "reports of drone attacks in the Kursk region
 *  overnight": attacks named by their weapon (a plural noun), reported or dated as they happened, are news, where
 *  "drone attacks have become common" is a trend. Not the noun "report" ("a report on missile attacks"), a reporter no
 *  place of ours, side or `news_reporter` ("Israel reports drone attacks", "journalists reported on …"), attacks whose
 *  own predicate follows them or their place ("are rising", "in Kyiv became routine"), attacks told as a habit in
 *  their clause (`habitual`: "for years"), nor those of a past span or a foreign place ("… in Syria"). */
function toldAsNews(ctx: ReportContext, view: SentenceView, noun: Hit, from: number, to: number): boolean {
  const text = ctx.report.text;
  if (pastOrForeign(ctx, view, noun) || foreignPlaceAfter(view, text, to)) return false;
  const verdict = predicateAfter(view, text, to);
  if (verdict !== undefined) return verdict;
  if (hitInClause(text, view, noun, 'habitual')) return false;
  const clauseStart = from - clauseBefore(text, view, from, CLAUSE_OR_STOP).length;
  const before = text.slice(clauseStart, from);
  if (NEWS_BEFORE.test(before)) return !NEWS_TOPIC_BEFORE.test(before);
  if (THERE_REPORTS_BEFORE.test(before)) return true;
  const dated = datedAfter(ctx, view, to);
  if (REPORTS_OPEN.test(before)) return dated;
  const verb = NEWS_VERB_BEFORE.exec(before);
  if (!verb) return false;
  // The reporter: a place of ours, a side (`attacker`: "Ukraine", "Moscow"; "Russian officials") or a person or office
  // (`news_reporter`: "Governor reports", "Officials reported") in the clause before the verb.
  const verbAt = clauseStart + verb.index;
  const reporter = (h: { start: number; end: number }) => h.start >= clauseStart && h.end <= verbAt;
  return (
    sideWords(view).some(reporter) || view.places.some(reporter) || NEWS_REPORTER.test(text.slice(clauseStart, verbAt))
  );
}

// "of" right before a place: "streets of Kyiv".
const OF_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${anyOf('of')})\\s+$`, 'iu');
// A `news_head`, `reaction_amid` or `condemning` word, then up to four words (the gap, read below) before the attack phrase.
const HEADED_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${anyOf('news_head')}|${anyOf('reaction_amid')}|${anyOf('condemning')})((?:\\s+[\\p{L}'’-]+){0,4})\\s*$`,
  'iu',
);
// "refuses to condemn Russia's missile strikes", "did not condemn": a condemnation withheld, up to four words before
// the attack phrase as HEADED_BEFORE reads them.
const WITHHELD = new RegExp(
  `(?:^|[^\\p{L}])(?:${anyOf('condemn_withheld')})\\s+(?:${anyOf('condemning')})(?:\\s+[\\p{L}'’-]+){0,4}\\s*$`,
  'iu',
);
// A word of the gap that makes the attack a topic or a thing talked of: "after warnings of drone strikes", "amid
// fears of missile attacks", "following calls for missile strikes".
const GAP_TOPIC = new RegExp(`^(?:${anyOf('topic_preposition')}|${anyOf('talked_of')})$`, 'iu');

/** "streets of Lviv after drone strikes", "Kharkiv restores heating after Russian missile barrage", "inside a
 *  Sumy clinic amid heavy missile attacks", "urges the UN to act
 *  following missile strikes": a news head ("after", "following", "in the wake of", "amid") governing an attack named
 *  by its weapon, in its clause, says the attack is what the news follows, so it took place, singular or plural. Not
 *  when a span dates the head ("two years after the drone attack": `elapsed`), a topic or a word of talk stands
 *  between ("after warnings of drone strikes", "amid fears of …"), a place stands between (placeBeforeWeapon reads
 *  "after the Kherson missile attack" with its place), a `foreign_side` word in any case ("After Israeli Missile
 *  Strikes"), nor, outside a headline's title case, a capitalised name that is no side or place of ours ("after
 *  Hamas-led drone strikes"); nor attacks of a past span or abroad. */
function headedAsNews(ctx: ReportContext, view: SentenceView, noun: Hit, from: number): boolean {
  const text = ctx.report.text;
  const clause = clauseBefore(text, view, from, CLAUSE_OR_STOP);
  const head = HEADED_BEFORE.exec(clause);
  if (!head || ELAPSED_BEFORE.test(clause.slice(0, head.index + 1)) || WITHHELD.test(clause)) return false;
  if (pastOrForeign(ctx, view, noun) || foreignPlaceAfter(view, text, noun.end)) return false;
  if (foreignNameAfter(view, text, noun.end)) return false;
  const gapStart = from - (head[1]?.length ?? 0) - (/\s*$/u.exec(clause)?.[0].length ?? 0);
  const inGap = (h: { start: number; end: number }) => h.start >= gapStart && h.end <= from;
  // "after last year's missile strikes": a word of long ago dates them.
  if (view.places.some(inGap) || hitsOf(view, 'long_ago').some(inGap)) return false;
  const ours = (start: number, end: number) => sideWords(view).some((h) => h.start <= start && h.end >= end);
  const headline = titleCase(text.slice(view.span.start, view.span.end));
  for (const m of (head[1] ?? '').matchAll(/[\p{L}'’-]+/gu)) {
    if (GAP_TOPIC.test(m[0]) || FOREIGN_SIDE.test(m[0])) return false;
    const start = gapStart + (m.index ?? 0);
    if (/^\p{Lu}/u.test(m[0]) && !headline && !ours(start, start + m[0].length)) return false;
  }
  return true;
}

// A side of another war ("Israeli", "Houthi"), in any case: a headline's title case hides the capital that
// `headedAsNews` reads otherwise ("Markets Rally After Israeli Missile Strikes"; review of ennoun30).
const FOREIGN_SIDE = new RegExp(`^(?:${anyOf('foreign_side')})$`, 'iu');

// Right after an attack phrase, a preposition at most (or none, when the noun's own hit ends with one: "strikes on"),
// then a capitalised name: its target or place.
const NAME_AFTER = new RegExp(
  `^\\s+(?:(?:${anyWordOf('target_preposition')}|${anyWordOf('place_preposition')})\\s+)?\\p{Lu}\\p{Ll}`,
  'iu',
);

/** "after drone strikes on Saudi oil facilities": the name right after the attack phrase and its preposition is no
 *  place, side or country of ours, so the attacks were abroad. */
function foreignNameAfter(view: SentenceView, text: string, to: number): boolean {
  const m = NAME_AFTER.exec(text.slice(to, view.span.end));
  if (!m) return false;
  const at = to + m[0].length - 2;
  const covers = (h: { start: number; end: number }) => h.start <= at && h.end > at;
  if (view.places.some(covers) || wholeCountryHits(view, text).some(covers)) return false;
  return !sideWords(view).some(covers);
}

/** What the predicate after plural attacks ending at `to` says, right after them or past the place phrase that follows
 *  ("drone attacks near Kursk carried into a third day", "drone attacks in Kyiv became routine"; a preposition and up
 *  to three lower-case words, then a place of ours): true for news (NEWS_AFTER), false for a judgement or a trend
 *  (PREDICATE_AFTER), undefined for neither. */
function predicateAfter(view: SentenceView, text: string, to: number): boolean | undefined {
  const after = text.slice(to, view.span.end);
  const rest = pastPlace(view, text, to);
  const past = rest === after ? undefined : rest;
  if (NEWS_AFTER.test(after) || (past !== undefined && NEWS_AFTER.test(past))) return true;
  if (PREDICATE_AFTER.test(after) || (past !== undefined && PREDICATE_AFTER.test(past))) return false;
  return undefined;
}

/** The text after the place phrase that follows `to` (a preposition and up to three lower-case words, then a place of
 *  ours, or one capitalised name: "inside Russia"), or all the text after `to` when none follows. */
function pastPlace(view: SentenceView, text: string, to: number): string {
  const placed = view.places.find((p) => p.start >= to && /^\s+(?:\p{Ll}+\s+){0,3}$/u.test(text.slice(to, p.start)));
  if (placed) return text.slice(placed.end, view.span.end);
  const named = /^\s+\p{Ll}+\s+\p{Lu}[\p{L}'’-]*/u.exec(text.slice(to, view.span.end));
  return text.slice(named ? to + named[0].length : to, view.span.end);
}
const TREND_AFTER = new RegExp(`^\\s+(?:${anyOf('trend_predicate')})(?![\\p{L}])`, 'iu');

/** Whether a time of the report's week stands after `to` in its clause ("drone attacks in the Kursk region overnight"). */
function datedAfter(ctx: ReportContext, view: SentenceView, to: number): boolean {
  const published = Date.parse(ctx.report.published_at);
  if (Number.isNaN(published)) return false;
  const text = ctx.report.text;
  return view.times.some(
    (t) =>
      t.start >= to &&
      !/[,;:.!?\u2013\u2014]/u.test(text.slice(to, t.start)) &&
      Date.parse(t.when.end) >= published - WEEK_MS &&
      Date.parse(t.when.start) <= published + 24 * 3600 * 1000,
  );
}

/** Whether a preposition of place right after `to` opens a capitalised name that is no place of ours ("… in Syria"). */
function foreignPlaceAfter(view: SentenceView, text: string, to: number): boolean {
  return hitsOf(view, 'place_preposition').some(
    (p) =>
      p.start >= to &&
      /^\s*$/u.test(text.slice(to, p.start)) &&
      FOREIGN_NAME.test(text.slice(p.end, p.end + 4)) &&
      !view.places.some((pl) => pl.start >= p.end && pl.start <= p.end + 2),
  );
}

/** "A Russian drone killed at least 9 villagers", "a barrage of Kalibr missiles killed more than ten people":
 *  a weapon (or an attack noun of it) right before a verb of killing or wounding is that verb's subject, so it struck.
 *  A strike of that weapon, its count the weapon's own ("a missile" is one); placed only by a place in its clause.
 *  "the missile that killed two" (a relative clause) and "killed by a missile" are not this shape. Read last. */
function weaponKills(ctx: ReportContext, view: SentenceView, places: PlaceMatch[]): Fact[] {
  const text = ctx.report.text;
  const tolls = view.hits.filter(isCasualtyWord);
  for (const toll of tolls) {
    const mention = weaponMentions(view).find(
      (m) => m.end <= toll.start && /^\s+$/u.test(text.slice(m.end, toll.start)),
    );
    if (!mention) continue;
    const fact = newFact(ctx, view, 'strike', spanOf(text, mention.start, toll.end));
    setWeapon(fact, text, mention);
    // "a barrage of Kalibr missiles killed": the article is the barrage's; the weapons have no count.
    const ofNoun = view.hits.some(
      (h) =>
        h.value.categories.has('attack_noun') &&
        h.end <= mention.start &&
        NOUN_OF_WEAPON.test(text.slice(h.end, mention.start)),
    );
    const found = ofNoun ? null : countFor(view, text, mention, ctx.lang);
    if (found) {
      fact.count = found.count;
      setField(fact, 'count', found.span);
    }
    const own = places.filter((p) => p.start >= toll.end && !CLAUSE_END.test(text.slice(toll.end, p.start)));
    if (own.length > 0) applyLocation(ctx, view, fact, locate(ctx, view, toll, own));
    ctx.facts.push(fact);
    ctx.lastAttack = fact;
    return [fact];
  }
  return [];
}

const NOT_BEFORE_VERB = new RegExp(`(?<![\\p{L}])(?:${anyOf('not')})\\s+$`, 'iu');

/** A place that names the fact's own place or the region it lies in. */
function isPlaceOf(p: PlaceMatch, fact: Fact): boolean {
  if (p.kind === 'sea' || p.code !== fact.region?.code) return false;
  return p.kind === 'region' || p.name === fact.place?.name;
}

/** "Regional officials said the army carried out the attack with three SCALP missiles", "strikes that destroyed radars
 *  were carried out by Shahed-type drones", "analysts attributed the blast to a Ukrainian drone": an attack (named
 *  in the sentence, or by the phrase itself, or for a verb of blame the fire or blast told before: «Окупаційна влада
 *  звинувачує українські безпілотники») and its means, a weapon a few words after the means phrase in one
 *  clause. A strike of that weapon; its count is the weapon's (a singular noun is one). Its place is one named after
 *  the means in their clause, else the place of the strike the report told just before (the same attack, now with its weapon)
 *  or of the fire or blast blamed,
 *  else none. Read last, when no other rule found the attack. */
function attackMeans(ctx: ReportContext, view: SentenceView, places: PlaceMatch[]): Fact[] {
  const text = ctx.report.text;
  const mentions = weaponMentions(view);
  for (const means of [...hitsOf(view, 'attack_means'), ...hitsOf(view, 'blamed_on')]) {
    // A verb of blame names no attack of its own: the fire or blast the report told before is the one blamed.
    const blamed = means.value.categories.has('blamed_on')
      ? ctx.facts.findLast((f) => (f.kind === 'fire' || f.kind === 'explosion') && f.region !== null)
      : undefined;
    if (means.value.categories.has('blamed_on') && !blamed) continue;
    // «Власти не обвиняют беспилотники», «никто не обвиняет»: a denied blame names no weapon of the fire.
    if (blamed && NOT_BEFORE_VERB.test(text.slice(view.span.start, means.start))) continue;
    // «Тем временем в Белгороде окупанты обвинили дроны», «…во взрыве в Москве»: a place of the blame's own sentence
    // that is not the fire's (nor its region) tells another blast; the fire told before is not the one blamed.
    if (blamed && places.some((p) => !isPlaceOf(p, blamed))) continue;
    const named =
      blamed !== undefined ||
      startsWithAttackNoun(ctx, means) ||
      means.text.split(/\s+/u).some((w) => wordCategories(w, ctx.lang).has('attack_noun')) ||
      view.hits.some(
        (h) => h.end <= means.start && (h.value.categories.has('attack_noun') || startsWithAttackNoun(ctx, h)),
      );
    if (!named) continue;
    const mention = mentions.find(
      (m) => m.start >= means.end && /^\s+(?:[\p{N}\p{L}'’-]+\s+){0,3}$/u.test(text.slice(means.end, m.start)),
    );
    if (!mention) continue;
    const fact = newFact(ctx, view, 'strike', spanOf(text, means.start, means.end));
    setWeapon(fact, text, mention);
    const found = countFor(view, text, mention, ctx.lang);
    if (found && found.span.start >= means.end) {
      fact.count = found.count;
      setField(fact, 'count', found.span);
    } else if (mention.singular) {
      fact.count = { value: 1, min: 1, max: 1, approx: false };
      setField(fact, 'count', spanOf(text, mention.start, mention.end));
    }
    const next = text.slice(mention.end, view.span.end).search(/[,;]/u);
    const clauseEnd = next === -1 ? view.span.end : mention.end + next;
    // "Kyiv carried out the attack with …": a place before the means is the side, not the target.
    const own = places.filter((p) => p.start >= means.end && p.end <= clauseEnd);
    const before = blamed ?? ctx.lastAttack;
    if (own.length > 0) applyLocation(ctx, view, fact, locate(ctx, view, mention, own));
    else if (before && (before === blamed || (before.kind === 'strike' && before.weapon === null)) && before.region) {
      fact.region = before.region;
      fact.place = before.place;
      fact.area = before.area;
      for (const f of ['region', 'place', 'area'] as const) {
        const field = before.fields[f];
        if (field) fact.fields[f] = { ...field, inferred: true };
      }
    }
    ctx.facts.push(fact);
    ctx.lastAttack = fact;
    return [fact];
  }
  return [];
}

/** "Moscow has increased its drone attacks on Ukrainian cities": a capital standing for its state, as the subject
 *  before the attack word (no preposition before it), is who attacked, not where. */
function isSubjectSide(ctx: ReportContext, view: SentenceView, place: PlaceMatch, strike: Hit): boolean {
  const text = ctx.report.text;
  if (place.end > strike.start) return false;
  const side = hitsOf(view, 'attacker').some((h) => h.start <= place.start && place.end <= h.end);
  if (!side || isPassive(view, text, strike)) return false;
  // "Moscow skyscraper burns as drones slam into a business centre": a weapon right before the verb is its subject,
  // and the capital only names the place ("Moscow's drone attacks on …" is a noun, and Moscow still attacks).
  const subject = (m: WeaponMention) =>
    m.start >= place.end && m.end <= strike.start && /^[\s'’"”]*$/u.test(text.slice(m.end, strike.start));
  if (!startsWithAttackNoun(ctx, strike) && weaponMentions(view).some(subject)) return false;
  const prepositions = view.hits.filter(
    (h) => h.value.categories.has('target_preposition') || h.value.categories.has('place_preposition'),
  );
  return !prepositions.some((h) => h.end <= place.start && /^\s+$/u.test(text.slice(h.end, place.start)));
}

// A strike entry that ends with its own agent word or source ("rocked by", "reels from"; `own_agent`).
const OWN_AGENT = new RegExp(`(?<![\\p{L}])(?:${anyOf('own_agent')})$`, 'iu');

/** "Kyiv attacked by drones", "Moscow was hit on Sunday with missiles": an agent word right after the strike verb (a
 *  time may stand between) makes it passive, and the side before it what was struck; so does an entry that holds its
 *  agent ("Kyiv residents reel from another missile attack"). */
function isPassive(view: SentenceView, text: string, strike: Hit): boolean {
  if (OWN_AGENT.test(strike.text)) return true;
  const agent = hitsOf(view, 'passive_agent').find((h) => h.start >= strike.end);
  if (!agent) return false;
  let gap = text.slice(strike.end, agent.start);
  for (const t of view.times)
    if (t.start >= strike.end && t.end <= agent.start) gap = gap.replace(text.slice(t.start, t.end), ' ');
  return /^\s+$/u.test(gap);
}

/** "An explosion destroyed Russian Kalibr missiles … in Crimea": what the blast destroyed, where the sentence says. */
function blastDamage(ctx: ReportContext, view: SentenceView, places: PlaceMatch[], trigger: Hit): Fact {
  const fact = newFact(ctx, view, 'damage', spanOf(ctx.report.text, trigger.start, trigger.end));
  applyLocation(ctx, view, fact, locate(ctx, view, trigger, places));
  ctx.facts.push(fact);
  return fact;
}

/** The damage a destroying verb states, where its strike was, on the same object. */
function destroyed(ctx: ReportContext, view: SentenceView, strike: Fact, trigger: Hit): Fact {
  const fact = newFact(ctx, view, 'damage', spanOf(ctx.report.text, trigger.start, trigger.end));
  fact.region = strike.region;
  fact.place = strike.place;
  fact.area = strike.area;
  fact.object = strike.object;
  for (const field of ['region', 'place', 'area', 'object'] as const) {
    const span = strike.fields[field];
    if (span) fact.fields[field] = span;
  }
  ctx.facts.push(fact);
  return fact;
}

// An `air_modifier` word right before an attack noun: "a Russian air attack".
const AIR_BEFORE = new RegExp(`(?<![\\p{L}])(?:${anyOf('air_modifier')})\\s+$`, 'iu');

/** "Russian forces are repelling a drone attack on the airport", "air defences near Kherson repelling an
 *  air attack", "Kyiv repels air attack": a verb of repelling (the lexicon's `repelling`) whose object is an attack
 *  noun (two words at most between, no punctuation, no preposition) tells that attack fought off: an interception at
 *  the attack's place, with the weapon named right before the noun, if any. Read when no count or weapon of the
 *  sentence made an interception of its own ("repelled a drone attack, downing 12 drones" counts its drones), and
 *  before the attack noun is read as a strike: the attack repelled did not strike. Not when a word of striking or of
 *  its effect follows the verb ("repelled an attack, but a drone hit a depot": that one got through). An attack with
 *  no weapon named before its noun and no `air_modifier` word is left alone: "repelled Russian attacks near Bakhmut"
 *  is the land war. */
function repelledAttack(ctx: ReportContext, view: SentenceView, places: PlaceMatch[], trigger: Hit): Fact | null {
  if (!trigger.value.categories.has('repelling')) return null;
  const text = ctx.report.text;
  const noun = view.hits.find(
    (h) =>
      (h.value.categories.has('attack_noun') || startsWithAttackNoun(ctx, h)) &&
      h.start >= trigger.end &&
      !/[,.;:!?]/u.test(text.slice(trigger.end, h.start)) &&
      !view.hits.some(
        (p) => p.value.categories.has('place_preposition') && p.start >= trigger.end && p.end <= h.start,
      ) &&
      text
        .slice(trigger.end, h.start)
        .split(/\s+/u)
        .filter((w) => w !== '').length <= 3,
  );
  if (!noun || gotThrough(view, noun.end)) return null;
  const means = weaponOfNoun(weaponMentions(view), text, noun);
  if (!means && !AIR_BEFORE.test(text.slice(view.span.start, noun.start))) return null;
  const fact = newFact(ctx, view, 'interception', spanOf(text, trigger.start, trigger.end));
  if (means) setWeapon(fact, text, means);
  applyLocation(ctx, view, fact, locate(ctx, view, noun, places));
  // "Repelling air attacks requires more air defence": no weapon and no place, the talk of air defence in general.
  if (!means && fact.region === null && fact.place === null) return null;
  ctx.facts.push(fact);
  ctx.lastAttack = fact;
  return fact;
}

// A verb of intercepting, the whole trigger ("intercepted").
const INTERCEPTING = new RegExp(`^(?:${anyOf('intercepting')})$`, 'iu');

/** «знищили МЛРС ворога», «уничтожены две РСЗО»: a word that names a launcher (the lexicon's `launcher`) may be what
 *  a verb of destroying destroyed; not right after another weapon's word («4 ракети РСЗВ», «уничтожены 4 ракеты РСЗО
 *  HIMARS»: the rockets, the launcher only says whose). */
function launcherAt(view: SentenceView, h: Hit): boolean {
  const text = view.span.text;
  const at = (i: number) => i - view.span.start;
  return (
    h.value.weapon?.launcher === true &&
    !view.hits.some(
      (o) =>
        o !== h &&
        o.value.weapon !== undefined &&
        o.end <= h.start &&
        /^\s*$/u.test(text.slice(at(o.end), at(h.start))),
    )
  );
}

/** The destroying verb's object is a target (not a person, not a weapon): no weapon and no number stand after the
 *  verb in its clause, and a building, a depot, a vehicle does. A weapon before the verb is its subject. */
function destroysTarget(ctx: ReportContext, view: SentenceView, trigger: Hit): Hit | null {
  const text = ctx.report.text;
  // "repelled a drone attack on the airport": a verb of repelling takes the attack, never a target.
  if (trigger.value.categories.has('repelling')) return null;
  const clause = text.slice(trigger.end, view.span.end).search(/[.;:!?]/u);
  const end = clause === -1 ? view.span.end : trigger.end + clause;
  const after = (x: { start: number }) => x.start >= trigger.end && x.start < end;
  // «Все украинские БПЛА уничтожены» after an attack on a depot: the weapon of the sentence before is the object.
  if (ctx.lastAttack?.weapon && !weaponMentions(view).some((m) => m.end <= trigger.start)) return null;
  const target =
    view.hits.find(
      (h) => after(h) && ((h.value.object !== undefined && h.value.object !== 'person') || launcherAt(view, h)),
    ) ?? articleObject(text, view, trigger, end);
  if (!target) return null;
  if (
    (target.value.object === 'military' || launcherAt(view, target)) &&
    (trigger.value.categories.has('shoot_down') || INTERCEPTING.test(trigger.text))
  )
    return null;
  const before = (x: { start: number; end: number }) => x.start >= trigger.end && x.end <= target.start;
  // A weapon between the verb and the target is what was destroyed («уничтожены 5 БПЛА над складом», «уничтожен
  // беспилотник, летевший на нефтебазу»), unless it is the means: a bare weapon word with the target's count or the
  // target itself right after it («знищила дронами два склади»).
  const gapAfter = (m: { end: number }) => text.slice(m.end, target.start);
  const means = (m: WeaponMention) =>
    /^\s+$/u.test(text.slice(trigger.end, m.start)) &&
    !view.numbers.some(
      (n) => n.end <= m.start && n.start >= trigger.end && /^\s*$/u.test(text.slice(n.end, m.start)),
    ) &&
    /^\s+(?:[\p{N}\p{L}'’-]+\s+){0,3}$/u.test(gapAfter(m)) &&
    !view.hits.some((h) => h.value.categories.has('place_preposition') && h.start >= m.end && h.end <= target.start);
  // "destroyed a Ukrainian Su-25 warplane": a model right before the target names it, not a second thing destroyed.
  const model = (m: WeaponMention) => /^[\s-]+$/u.test(gapAfter(m));
  if (weaponMentions(view).some((m) => before(m) && !means(m) && !model(m))) return null;
  // "shot down near the Kirishi refinery": a target after a preposition is where, not what.
  const prep = view.hits.findLast(
    (h) => before(h) && (h.value.categories.has('place_preposition') || h.value.area !== undefined),
  );
  if (prep && !view.places.some((p) => p.start >= prep.end && p.end <= target.start)) return null;
  // A counted weapon after the target is a second thing destroyed («знищено склад і 5 БпЛА»): not this rule's. An
  // uncounted one names the target's kind or the means («пункт базування БпЛА», «внаслідок ракетного удару»).
  const counted = (m: WeaponMention) =>
    view.numbers.some((n) => n.start >= target.end && n.end <= m.start && /^\s*$/u.test(text.slice(n.end, m.start)));
  if (weaponMentions(view).some((m) => after(m) && m.start >= target.end && counted(m))) return null;
  // The object stands near the verb: "destroyed buildings", «поразили российскую нефтебазу», «знищила дві
  // трансформаторні підстанції», «уничтожили в пригороде Купянска склад» (a place, its preposition, the target's
  // count and the means do not count as words between). Far after it ("were destroyed over the region, and debris
  // cut power to the plant") it is not the verb's object, and the weapon before the verb is what was destroyed.
  // The target's own words ("a Ukrainian Su-25 warplane": its side and its model) are not between.
  const named = weaponMentions(view).find((m) => before(m) && model(m));
  let gap = text.slice(trigger.end, named ? named.start : target.start);
  // (A side's capitalised adjective, as English writes it; a lower-case one in Russian or Ukrainian is counted.)
  for (const h of [...hitsOf(view, 'russian'), ...hitsOf(view, 'ukrainian')])
    if (before(h) && /^\p{Lu}/u.test(h.text)) gap = gap.replace(text.slice(h.start, h.end), ' ');
  const near = (g: string) => !/[,;]/u.test(g) && g.split(/\s+/u).filter((w) => w !== '').length <= 2;
  if (near(gap)) return target;
  // "A drone was shot down near the Kirishi refinery": with a weapon before the verb in its clause, only an object
  // right after the verb is a target; the longer reach below is for sentences whose subject is no weapon.
  const clauseStart = Math.max(view.span.start, text.lastIndexOf(',', trigger.start) + 1);
  // «Операторы БПЛА … уничтожили под Суджей пункт временной дислокации»: a weapon named right after a crew is the
  // crew's own, and the crew is the subject; the verb reaches its object past the place as with no weapon before it.
  const crews = hitsOf(view, 'crew');
  const crewOwn = (m: WeaponMention) =>
    crews.some((c) => c.start >= clauseStart && c.end <= m.start && CREW_GAP.test(text.slice(c.end, m.start)));
  if (weaponMentions(view).some((m) => m.start >= clauseStart && m.end <= trigger.start && !crewOwn(m))) return null;
  const skip = [
    ...view.places.filter(before),
    ...view.numbers.filter(before),
    ...weaponMentions(view).filter(before),
    ...view.hits.filter((h) => before(h) && h.value.categories.has('place_preposition')),
  ].sort((a, b) => b.start - a.start);
  for (const x of skip) {
    const from = x.start - trigger.end;
    const to = Math.min(x.end, target.start) - trigger.end;
    if (from >= 0 && to <= gap.length) gap = `${gap.slice(0, from)} ${gap.slice(to)}`;
  }
  return near(gap) ? target : null;
}

/** "a Russian missile destroyed the Lotus bakery", "a drone destroyed a garage": a weapon right before an
 *  active verb of destroying (the lexicon's `destroying`: never one of intercepting or shooting down) is its subject,
 *  and an article right after the verb opens what it destroyed, a target whether the lexicon lists it or not. No
 *  weapon and no number may follow in the clause ("destroyed a Shahed", "destroyed all 12 drones" destroy weapons),
 *  and no word of the defence may stand before the subject in its clause ("an air defence missile destroyed the
 *  target", "Patriot missiles destroyed the incoming threat": an interceptor's target flew). The article's hit
 *  stands for the target. */
function articleObject(text: string, view: SentenceView, trigger: Hit, end: number): Hit | undefined {
  if (!trigger.value.categories.has('destroying')) return undefined;
  const mentions = weaponMentions(view);
  // "a Lancet drone has destroyed a Su-25": a perfect auxiliary may stand between the subject and its verb.
  const subject = mentions.find(
    (m) => m.end <= trigger.start && SUBJECT_VERB_GAP.test(text.slice(m.end, trigger.start)),
  );
  if (!subject) return undefined;
  const clauseStart = Math.max(view.span.start, text.lastIndexOf(',', subject.start) + 1);
  // "An air defence missile destroyed the target", "Patriot missiles destroyed …": the defence's own weapon, its word
  // right before or inside the subject. One elsewhere in the clause ("Air defence was active while a missile
  // destroyed the pizzeria") says nothing of the subject.
  const interceptor = (h: Hit) =>
    h.value.categories.has('interceptor') &&
    h.start >= clauseStart &&
    h.end <= subject.end &&
    /^\s*$/u.test(text.slice(h.end, subject.start));
  if (view.hits.some(interceptor)) return undefined;
  const indefinite = hitsOf(view, 'one_article').find(
    (h) => h.start >= trigger.end && /^\s+$/u.test(text.slice(trigger.end, h.start)),
  );
  const definite = DEFINITE_AFTER.exec(text.slice(trigger.end, end));
  // A headline drops its article: "Ukrainian drone destroys Russian supersonic bomber". A side's adjective right
  // after the verb opens the object then (a weapon after it, "destroyed Russian drones", is refused below).
  const side = view.hits.find(
    (h) =>
      (h.value.categories.has('russian') || h.value.categories.has('ukrainian')) &&
      h.start >= trigger.end &&
      /^\s+$/u.test(text.slice(trigger.end, h.start)),
  );
  const article: Hit | undefined =
    indefinite ??
    side ??
    (definite
      ? {
          start: trigger.end + definite[1]!.length,
          end: trigger.end + definite[0].length,
          text: definite[0].trim(),
          value: { categories: new Set() },
        }
      : undefined);
  if (!article) return undefined;
  // Up to the clause's first comma: "…, killing 12 people" counts people, not what was destroyed.
  const comma = text.slice(article.end, end).indexOf(',');
  const stop = comma === -1 ? end : article.end + comma;
  const inClause = (x: { start: number }) => x.start >= article.end && x.start < stop;
  if (mentions.some(inClause) || view.numbers.some((n) => inClause(n) || n.start === article.start)) return undefined;
  // A headline's side adjective opens an object only when a name follows ("destroys Russian Tu-22 bomber"): with no
  // article, "destroys Russian morale" is a figure of speech as often as a target.
  if (article === side && !objectName(text, view, article.end, end)) return undefined;
  return article;
}

/** The words of a destroyed object from `from` (right after its article) to its first comma or preposition, when they
 *  hold a name the lexicon does not list: a capitalised word in a sentence that is not Title Case ("the Ocean Cafe in
 *  Sloviansk", "a Ukrainian Su-25 warplane"; not "the hopes of a ceasefire", "Russian morale", nor any word of
 *  "Ukrainian Drone Destroys Russian Morale"). */
function objectName(text: string, view: SentenceView, from: number, end: number): Span | undefined {
  const comma = text.slice(from, end).indexOf(',');
  const stop = comma === -1 ? end : from + comma;
  const prep = OBJECT_END.exec(text.slice(from, stop));
  // The object's words, without the stop or quote that ends the sentence ("destroyed the Ocean Cafe.").
  const words = text.slice(from, prep ? from + prep.index : stop).replace(/[\s.!?;:"'”’)]+$/u, '');
  if (titleCase(view.span.text)) return undefined;
  // The name is on the head noun or the word before it ("the Ocean Cafe", "a Ukrainian Su-25 warplane"), not a side's
  // or a country's adjective nor a possessive ("the Russian narrative", "the Kremlin's hopes", "the EU peace plan").
  const sides = [...hitsOf(view, 'russian'), ...hitsOf(view, 'ukrainian'), ...hitsOf(view, 'attacker')];
  const tokens = [...words.matchAll(/\S+/gu)].slice(-2);
  const named = tokens.some((t) => {
    const at = from + (t.index ?? 0);
    return (
      /^\p{Lu}/u.test(t[0]) &&
      !POSSESSIVE_END.test(t[0]) &&
      !sides.some((h) => h.start <= at && at + t[0].length <= h.end) &&
      !view.places.some((p) => p.start <= at && at + t[0].length <= p.end)
    );
  });
  if (!named) return undefined;
  const start = from + (words.length - words.trimStart().length);
  return spanOf(text, start, from + words.length);
}
// A word ending in a possessive ("Kremlin's").
const POSSESSIVE_END = new RegExp(`(?:${anyOf('possessive')})$`, 'iu');

// A preposition that ends an object's own words: `of`, `anchor_place` ("in", "at", "near").
const OBJECT_END = new RegExp(`\\s(?:${anyOf('of')}|${anyOf('anchor_place')})(?![\\p{L}])`, 'iu');

/** A headline in Title Case ("Ukrainian Drone Destroys Russian Morale"): no word of four letters or more starts lower
 *  case, so a capital tells no name. */
function titleCase(sentence: string): boolean {
  return !/(?:^|[^\p{L}])\p{Ll}[\p{L}'’-]{3,}/u.test(sentence);
}

const DEFINITE_AFTER = new RegExp(`^(\\s+)(?:${anyOf('definite')})(?=\\s)`, 'iu');
const SUBJECT_VERB_GAP = new RegExp(`^\\s+(?:(?:${anyOf('perfect_aux')})\\s+)?$`, 'iu');

/** Who or what did the destroying, when that says the thing destroyed was a target on the ground and not a weapon
 *  shot down: a weapon as the passive verb's agent ("a Russian tank destroyed by a drone", "buildings destroyed by
 *  missiles": the weapon, the means of a strike), or an attack or a blast as the agent ("missiles destroyed by an
 *  explosion", "destroyed by a drone strike") or as the subject of the active verb, its object after it in the clause
 *  ("an explosion destroyed Russian Kalibr missiles", "missile strikes destroyed a hotel"): 'attack', the weapons
 *  named were hit where they stood. A weapon before the verb in its clause (or, after a relative word, in its sentence:
 *  `destroyedWeaponBefore`) is what was destroyed ("a drone destroyed by electronic warfare", "a missile intercepted by
 *  a Patriot"), as is what an interceptor destroyed ("destroyed by air defence missiles"); verbs of shooting down take
 *  no such agent. */
function destroyingAgent(
  ctx: ReportContext,
  view: SentenceView,
  trigger: Hit,
): { means: WeaponMention } | { attack: Hit } | null {
  if (trigger.value.categories.has('shoot_down')) return null;
  const text = ctx.report.text;
  const attackOrBlast = (h: Hit) =>
    h.value.categories.has('attack_noun') || startsWithAttackNoun(ctx, h) || h.value.categories.has('explosion');
  const agent = hitsOf(view, 'passive_agent').find(
    (h) => h.start >= trigger.end && /^\s+$/u.test(text.slice(trigger.end, h.start)),
  );
  if (agent) {
    // "destroyed by a drone", "destroyed by an explosion": up to three words between. ("Destroyed in a strike" stays
    // open: a drone destroyed in the attack it made was shot down.)
    const within = (x: { start: number }) =>
      x.start >= agent.end && /^\s+(?:[\p{L}'’-]+\s+){0,3}$/u.test(text.slice(agent.end, x.start));
    const attack = view.hits.find((h) => attackOrBlast(h) && within(h));
    if (attack) return { attack };
    if (destroyedWeaponBefore(ctx, view, trigger)) return null;
    const means = weaponMentions(view).find((m) => within(m));
    // "destroyed by air defence missiles", "by Patriot missiles": the weapon is an interceptor, and what it destroyed
    // was shot down.
    const interceptor = (m: WeaponMention) =>
      view.hits.some((h) => h.value.categories.has('interceptor') && h.start >= agent.end && h.end <= m.end);
    return means && !interceptor(means) ? { means } : null;
  }
  // The active verb: its subject right before it, then a word that is no place, time or preposition after it. A
  // closing quote and the subject's own place may stand between ("A “mysterious explosion” destroyed …", "Explosion
  // in Crimea Destroys …"): what is left of the gap without them is spaces.
  const subject = view.hits.find(
    (h) =>
      attackOrBlast(h) &&
      h.end <= trigger.start &&
      SUBJECT_GAP_LEFT.test(withoutPlaces(view, text, h.end, trigger.start)),
  );
  if (!subject) return null;
  const next = text.slice(trigger.end).match(/^\s+\p{L}/u);
  if (!next) return null;
  const at = trigger.end + next[0].length - 1;
  const starts = (x: { start: number; end: number }) => x.start <= at && at < x.end;
  const notObject = (h: Hit) =>
    h.value.categories.has('place_preposition') ||
    h.value.area !== undefined ||
    h.value.categories.has('passive_agent') ||
    h.value.categories.has('clause_join') ||
    h.value.categories.has('contrast');
  if (view.places.some(starts) || view.times.some(starts) || view.hits.some((h) => starts(h) && notObject(h))) {
    return null;
  }
  return { attack: subject };
}

// What may stand between an active destroying verb and its subject once the subject's place is blanked out: spaces and
// closing quotes.
const SUBJECT_GAP_LEFT = /^[\s"'”’»]+$/u;

/** The text from `from` to `to` with the places in it and a preposition of place right before each blanked out:
 *  "Explosion in Crimea Destroys" leaves the spaces between the subject and its verb. */
function withoutPlaces(view: SentenceView, text: string, from: number, to: number): string {
  let gap = text.slice(from, to);
  const blank = (x: { start: number; end: number }) => {
    if (x.start < from || x.end > to) return;
    gap = gap.slice(0, x.start - from) + ' '.repeat(x.end - x.start) + gap.slice(x.end - from);
  };
  const inside = view.places.filter((p) => p.start >= from && p.end <= to);
  for (const p of inside) {
    blank(p);
    const prep = hitsOf(view, 'place_preposition').find(
      (h) => h.end <= p.start && h.start >= from && /^\s+$/u.test(text.slice(h.end, p.start)),
    );
    if (prep) blank(prep);
  }
  return gap;
}

/** A relative word or pronoun ("which", "of which", "them"; `those`, `including`) in the clause before a verb: its
 *  subject stands for something named before it. */
const RELATIVE = new RegExp(`(?<![\\p{L}])(?:${anyOf('including')}|${anyOf('those')})(?![\\p{L}])`, 'iu');

/** The subject of a passive destroying verb is a weapon, shot down whatever destroyed it: a weapon before the verb in
 *  its clause ("a drone destroyed by electronic warfare"), or, when a relative word or pronoun is its subject, before
 *  it in the sentence ("30 drones, most of which were destroyed by …") or in the attack told before ("All of them were
 *  destroyed by …" after a sentence of drones launched, with no target named before the verb). */
function destroyedWeaponBefore(ctx: ReportContext, view: SentenceView, trigger: Hit): boolean {
  const text = ctx.report.text;
  const clauseStart = Math.max(view.span.start, text.lastIndexOf(',', trigger.start) + 1);
  const relative = RELATIVE.test(text.slice(clauseStart, trigger.start));
  const from = relative ? view.span.start : clauseStart;
  if (weaponMentions(view).some((m) => m.start >= from && m.end <= trigger.start)) return true;
  const target = view.hits.some(
    (h) => h.value.object !== undefined && h.start >= view.span.start && h.end <= trigger.start,
  );
  return relative && !target && Boolean(ctx.lastAttack?.weapon);
}

/** A destroying verb after its target («склад боеприпасов уничтожен», «нафтобазу знищено»): the target stands right
 *  before the verb (a few words of its own between, no punctuation, no number), and no weapon stands before the verb
 *  in the sentence (then it would be what was destroyed: «БПЛА над складом уничтожен») nor a counted one after it
 *  (then the word before is the subject of an active verb; `passive`, the verb's agent: "a tank destroyed by a drone").
 *  Verbs of shooting down take no target. */
function targetBefore(ctx: ReportContext, view: SentenceView, trigger: Hit, passive = false): Hit | null {
  const text = ctx.report.text;
  // (Nor do verbs of repelling: "Russian warships repelled a drone attack" names the defender before the verb.)
  if (trigger.value.categories.has('shoot_down') || trigger.value.categories.has('repelling')) return null;
  if (weaponMentions(view).some((m) => m.start < trigger.start)) return null;
  // "Air defences destroyed 40 UAVs": a counted weapon after the verb is its object, and the word before its subject.
  const counted = (m: WeaponMention) => {
    const found = countFor(view, text, m, ctx.lang);
    return found !== null && found.span.start >= trigger.end;
  };
  // (Not when the weapon is the passive verb's agent: "a tank destroyed by a drone", «склад уничтожен беспилотником».)
  const agent = instrumentalAgent(ctx, view, trigger);
  const object = (m: WeaponMention) => m.start !== agent?.start && m.start >= trigger.end && counted(m);
  if (!passive && weaponMentions(view).some(object)) return null;
  const target = view.hits.findLast(
    (h) => h.end <= trigger.start && h.value.object !== undefined && h.value.object !== 'person',
  );
  if (!target) return null;
  const gap = text.slice(target.end, trigger.start);
  const words = gap.split(/\s+/u).filter((w) => w !== '').length;
  if (/[\d,;:.!?\n]/u.test(gap)) return null;
  // With the weapon as the agent the word before the verb cannot be a weapon shot down, so the target may keep where it
  // stood («Склад боеприпасов у трассы западнее Бахмута уничтожен беспилотником»: its place between); without one, a
  // place between may be where a weapon over the target was shot down.
  if (agent) {
    // Another weapon after the verb is the one destroyed, the agent only what destroyed it («Над нафтобазою знищено
    // ракетою "Шахед"»: no target struck).
    if (weaponMentions(view).some((m) => m.start >= trigger.end && m.start !== agent.start)) return null;
    // The target must open its clause (a place and one more word may stand before it, and its place between it and the
    // verb): one that ends a participle or relative clause before the verb («Расчёт, прикрывавший нефтебазу в Брянске,
    // уничтожен дроном», told without commas) is that clause's object.
    const from = Math.max(view.span.start, text.lastIndexOf(',', target.start) + 1);
    let opening = text.slice(from, target.start);
    for (const p of view.places.filter((p) => p.start >= from && p.end <= target.start).reverse())
      opening = opening.slice(0, p.start - from) + opening.slice(p.end - from);
    const before = opening.split(/\s+/u).filter((w) => w !== '').length;
    return words <= AGENT_TARGET_WORDS && before <= 1 ? target : null;
  }
  if (words > 2) return null;
  if (view.places.some((p) => p.start >= target.end && p.end <= trigger.start)) return null;
  return target;
}

// How far before a destroying verb with a weapon for its agent its target may stand: its place and a few words of it.
const AGENT_TARGET_WORDS = 8;
// A word declined in the instrumental, singular («ракетой», «дроном») or plural («дронами», «ударними»).
const INSTRUMENTAL_WORD = new RegExp(`(?:${anyOf('instrumental_endings')}|${anyOf('means_endings')})$`, 'iu');

/** «Склад уничтожен украинским беспилотником», «нафтобазу знищено дронами»: a weapon declined in the instrumental
 *  right after a destroying verb (an adjective or two between) is what destroyed, the agent of the passive, as "by a
 *  drone" is in English, not a weapon destroyed. Not a weapon of the defence («ракетой ПВО», "Patriot"): what that
 *  destroyed was shot down. The endings are the Russian and Ukrainian lexicons' (English has `passive_agent`). */
function instrumentalAgent(ctx: ReportContext, view: SentenceView, trigger: Hit): WeaponMention | undefined {
  const text = ctx.report.text;
  const m = weaponMentions(view).find(
    (w) => w.start >= trigger.end && /^\s+(?:[\p{L}'’-]+\s+){0,2}$/u.test(text.slice(trigger.end, w.start)),
  );
  if (!m) return undefined;
  const last = text.slice(m.start, m.end).split(/\s+/u).at(-1) ?? '';
  if (!INSTRUMENTAL_WORD.test(last)) return undefined;
  const defence =
    view.hits.some((h) => h.value.categories.has('interceptor') && h.start >= trigger.end && h.end <= m.end + 2) ||
    AIR_DEFENCE.test(text.slice(trigger.end, Math.min(view.span.end, m.end + 20)));
  return defence ? undefined : m;
}

/** A target word (not a person) right after the preposition, an adjective at most between. (A country's «объекты»
 *  in general stay commentary only because the lexicon gives that word no object type.) */
function targetRightAfter(view: SentenceView, text: string, prep: { end: number }): boolean {
  return view.hits.some(
    (h) =>
      h.value.object !== undefined &&
      h.value.object !== 'person' &&
      h.start >= prep.end &&
      /^\s+(?:\p{L}+\s+)?$/u.test(text.slice(prep.end, h.start)),
  );
}

/** «Удар ВСУ по российскому радару в Оленевке (Крым)», «Украинский удар HIMARS по нефтебазе в
 *  Луганске», "a drone strike on a fuel depot in Kursk": one attack noun, aimed by a preposition within a few
 *  words at a target, with a place after it. A plural noun ("strikes on cities") is commentary. */
function attackOn(ctx: ReportContext, view: SentenceView, places: PlaceMatch[]): Fact[] {
  const text = ctx.report.text;
  for (const noun of hitsOf(view, 'attack_noun')) {
    const targetPrep = hitsOf(view, 'target_preposition').find(
      (h) => h.start >= noun.end && h.start - noun.end <= 30 && !/[,.;:!?]/u.test(text.slice(noun.end, h.start)),
    );
    const onPrep = targetPrep ? undefined : attackOnPreposition(view, text, noun);
    const prep = targetPrep ?? onPrep;
    // "a night of drone strikes across Ukraine": the country's own entry holds its preposition.
    const aimed = prep ? onCountry(ctx, view, noun, prep.end, prep.start) : [];
    const nationwide = aimed.length > 0 ? aimed : onCountry(ctx, view, noun, noun.end, noun.end);
    if (nationwide.length > 0) return nationwide;
    if (!prep) continue;
    // «ударов дронов по нефтебазе возле Смиги»: a plural aimed at one named kind of target is one attack told in the
    // plural; "strikes on cities" stays commentary.
    if (PLURAL_NOUN.test(noun.text) && !targetRightAfter(view, text, prep)) continue;
    // «атака дронов на совещании в Москве», «на видео … жители Москвы»: «на» also means "at", "on", so after it only
    // a place right behind it (one lower-case word at most between: an adjective, «территорию») is the target.
    // A list that starts right behind it goes on («на Москву и Подмосковье», «на Курскую и Белгородскую области»).
    const after: PlaceMatch[] = [];
    for (const p of places) {
      if (p.start < prep.end || /[.;!?]/u.test(text.slice(prep.end, p.start))) continue;
      const last = after.at(-1);
      if (
        onPrep === undefined ||
        ON_PLACE_GAP.test(text.slice(prep.end, p.start)) ||
        (last !== undefined && inOneList(text, last, p))
      )
        after.push(p);
    }
    if (after.length === 0) continue;
    // «Удар ВСУ по центру связи в Витино ракетами ATACMS»: the means may follow the target, in the instrumental.
    const mention =
      weaponMentions(view).find((m) => m.start >= noun.start - 25 && m.end <= prep.start + 1) ??
      (has(view, 'interception') ? undefined : weaponMentions(view).find((m) => m.start >= prep.end));
    // «94 артобстріли прийшлися по території …», «68 ворожих обстрілів з РСЗВ, зокрема, по …»: the number before the
    // noun counts the attacks.
    const counted = attackCount(view, text, noun);
    const { facts } = attackFacts(ctx, view, 'strike', noun, mention, after, [], counted);
    facts.push(...otherWeapons(ctx, view, facts, mention));
    for (const fact of facts) {
      keepOwnCount(fact, mention, counted);
      const target = view.hits.find((h) => h.value.object !== undefined && h.start >= prep.end);
      if (target?.value.object && fact.object === null) {
        fact.object = target.value.object;
        setField(fact, 'object', spanOf(text, target.start, target.end));
      }
    }
    ctx.lastAttack = facts[0] ?? ctx.lastAttack;
    return facts;
  }
  return [];
}

// Between «на» (`attack_on`) and its target place: nothing, or one lower-case word («на российский Белгород», «на
// территорию Курской области»).
const ON_PLACE_GAP = /^\s+(?:\p{Ll}[\p{L}-]*\s+)?$/u;

// «атака дронів на Брянськ», «атаку 12 безпілотників на Курськ»: the noun, its weapon (a number and adjectives may
// stand in it), then the preposition (`attack_on`).
const ATTACK_ON = new RegExp(`^\\s+(${anyOf('attack_on')})(?=\\s)`, 'iu');

/** The `attack_on` preposition right after the weapon that stands right after an attack noun: the target's, as a
 *  `target_preposition` is, though it means "in" too, and a place after it in the locative is where the attack was. */
function attackOnPreposition(view: SentenceView, text: string, noun: Hit): { start: number; end: number } | undefined {
  const weapon = weaponMentions(view).find(
    (m) => m.start >= noun.end && /^\s+(?:\d+\s+)?(?:\p{L}+\s+){0,2}$/u.test(text.slice(noun.end, m.start)),
  );
  // «Через атаки на енергосистему Суми досі без світла»: with no weapon between, the noun may be the cause of a lasting
  // harm, and «на» its topic; a weapon makes it one attack aimed there.
  if (!weapon) return undefined;
  const at = weapon.end;
  const m = ATTACK_ON.exec(text.slice(at, view.span.end));
  if (!m) return undefined;
  const end = at + m[0].length;
  // «ответные удары на атаки противника»: an attack right after it is what the noun answers, not its target.
  if (hitsOf(view, 'attack_noun').some((h) => h.start >= end && /^\s+$/u.test(text.slice(end, h.start))))
    return undefined;
  return { start: end - m[1]!.length, end };
}

// "in", "near" right after the noun (`attack_place`).
const ATTACK_PLACE = new RegExp(`^\\s+(?:${anyOf('attack_place')})(?![\\p{L}])`, 'iu');
// Between that preposition and the place: a few lower-case words of the same clause ("in the centre of Moscow").
const PLACE_GAP = /^\s+(?:[\p{Ll}'’-]+\s+){0,3}$/u;
// A word of cause a word or two before the noun (`cause`, `cause_near`; a side's adjective is capitalised in English).
const CAUSE_OPENS_NOUN = new RegExp(
  `(?:^|[^\\p{L}])(?:${anyOf('cause')}|${anyOf('cause_near')})\\s+(?:[\\p{L}'’ʼ-]+\\s+){0,2}$`,
  'iu',
);
// Between the weapon and its noun: nothing, or a hyphen ("drone-strike").
const WEAPON_NOUN_GAP = /^[\s-]*$/u;

/** The weapon named right before an attack noun ("a drone attack", "missile strikes", "drone-strike"), if any. */
function weaponOfNoun<M extends { start: number; end: number }>(
  mentions: readonly M[],
  text: string,
  noun: Hit,
): M | undefined {
  return mentions.find((m) => m.end <= noun.start && WEAPON_NOUN_GAP.test(text.slice(m.end, noun.start)));
}

/** "held Kyiv responsible for a drone attack in the port city", "a rocket strike near Vuhledar", "damaged during a Russian attack in
 *  Sumy": one attack noun right behind its weapon (or, with none, told as past by a word of cause), its place told
 *  by a preposition of place right after it (`attack_place`). The shape of attackOn with a place where that one has a
 *  target; a plural ("drone attacks in Russia") is commentary, and a modal clause ("could", "warned of") drops the
 *  fact as for any other. Not the place's name before the weapon ("the Odesa drone attack"): that names a trial, an
 *  anniversary or the attacking side as often as an event (real-shapes-en-sixteenth). */
function attackAt(ctx: ReportContext, view: SentenceView, places: PlaceMatch[]): Fact[] {
  const text = ctx.report.text;
  const mentions = weaponMentions(view);
  for (const noun of hitsOf(view, 'attack_noun')) {
    if (PLURAL_NOUN.test(noun.text) || hitInClause(text, view, noun, 'not_air_attack')) continue;
    const mention = weaponOfNoun(mentions, text, noun);
    // With no weapon, the noun must be told as past by a word of cause before it ("during a Russian attack in Sumy").
    const told = CAUSE_OPENS_NOUN.test(text.slice(Math.max(view.span.start, noun.start - 60), noun.start));
    if (!mention && !told) continue;
    if (talkedOf(text, view, mention?.start ?? noun.start, noun)) continue;
    if (longAgo(text, view, noun)) continue;
    const prep = ATTACK_PLACE.exec(text.slice(noun.end));
    if (!prep) continue;
    const from = noun.end + prep[0].length;
    const place = places.find((p) => p.start >= from && PLACE_GAP.test(text.slice(from, p.start)));
    if (!place) continue;
    const counted = attackCount(view, text, noun);
    const { facts } = attackFacts(ctx, view, 'strike', noun, mention, [place], [], counted);
    for (const fact of facts) keepOwnCount(fact, mention, counted);
    ctx.lastAttack = facts[0] ?? ctx.lastAttack;
    return facts;
  }
  return [];
}

// Between a place and the weapon of its attack noun: nothing, or one capitalised word of a headline's Title Case (the
// object struck: "Odesa Cathedral Missile Attack"). A lower-case word may be a verb or a preposition ("hits Kyiv in
// drone attack"), which other rules read.
const PLACE_WEAPON_GAP = /^(?:\s+\p{Lu}[\p{Ll}'’-]+)?[\s-]+$/u;

/** "Mayor visits families after Kherson missile attack", "reaction to Kharkiv missile strike", "Sunday's Odesa drone
 *  attack: what we know": a place's name right before the weapon of a singular attack noun names the attack by where it
 *  struck, but only when the headline says the attack is its news: a `news_head` governs the phrase ("after",
 *  "following", "reaction to", an article or a possessive at most between; not after a span, "two years after":
 *  `elapsed`), or a time of the report's week stands in its clause. The bare phrase names a trial, a memorial, a film or
 *  a plan as often ("Court sentences officer for Kremenchuk missile strike", "Kherson missile strike memorial"), and a
 *  capital before the weapon may be the side that attacked ("Kremlin calls Kyiv drone attack terrorism"): no strike.
 *  Not when a `talked_of` or `aim` word stands in its clause ("proposes new shelters after …"), when it is dated in a
 *  past span or year (`pastOrForeign`), nor for a plural ("Kyiv missile strikes: a timeline"). Its place is that name
 *  alone; its count the weapon's own. Read last, when no other rule found the attack (a verb, a target, an effect). */
function placeBeforeWeapon(ctx: ReportContext, view: SentenceView, places: PlaceMatch[]): Fact[] {
  const text = ctx.report.text;
  const mentions = weaponMentions(view);
  for (const noun of hitsOf(view, 'attack_noun')) {
    if (PLURAL_NOUN.test(noun.text) || hitInClause(text, view, noun, 'not_air_attack')) continue;
    const mention = weaponOfNoun(mentions, text, noun);
    if (!mention) continue;
    const place = places.find((p) => p.end <= mention.start && PLACE_WEAPON_GAP.test(text.slice(p.end, mention.start)));
    if (!place || place.kind === 'sea') continue;
    if (talkedOf(text, view, place.start, noun) || pastOrForeign(ctx, view, noun)) continue;
    const clause = clauseBefore(text, view, place.start);
    if (TALKED_OF_IN_CLAUSE.test(clause) || hitInClause(text, view, noun, 'aim')) continue;
    if (!newsHead(clause) && !thisWeek(ctx, view, place.start, noun.end)) continue;
    const { facts } = attackFacts(ctx, view, 'strike', noun, mention, [place], []);
    for (const fact of facts) keepOwnCount(fact, mention, undefined);
    ctx.lastAttack = facts[0] ?? ctx.lastAttack;
    return facts;
  }
  return [];
}

// An attack noun's own verb right after it: of what it did to people or a place (`noun_effect_verb`: "leaves",
// "kills"), or of a blow that a place must take (`noun_blow_verb`: "rock", "shake").
const NOUN_EFFECT_VERB = new RegExp(`^\\s+(?:${anyOf('noun_effect_verb')})(?![\\p{L}])`, 'iu');
const NOUN_BLOW_VERB = new RegExp(`^\\s+(?:${anyOf('noun_blow_verb')})(?![\\p{L}])`, 'iu');
// A verb of a blow landing (`noun_landing_verb`: "hit", "strikes"), read as a `noun_effect_verb` that may also take the
// country as its place.
const NOUN_LANDING_VERB = new RegExp(`^\\s+(?:${anyOf('noun_landing_verb')})(?![\\p{L}])`, 'iu');
// Right after a country's name: a possessive, so the country only qualifies what was hit ("hit Ukraine's economy").
const POSSESSIVE = /^['’]s?(?![\p{L}])/u;
// After the place a blow shook (or the last of its list): the sentence's end, a mark, or a word that opens what
// follows (`object_end`: "after", "as", "amid"). Not a possessive or a noun ("Kyiv's confidence", "Moscow stock
// exchange"): the place then only qualifies what the figure of speech is about.
const BLOW_OBJECT_END = new RegExp(`^(?:\\s*(?:[,.;:!?—–]|$)|\\s+(?:${anyOf('object_end')})(?![\\p{L}]))`, 'iu');

// After an attack noun's verb, a mark or a word that opens another clause ("… kill 3 as Biden visits Kyiv").
const VERB_CLAUSE_END = new RegExp(
  `[,;:!?\u2013\u2014]|(?:^|[^\\p{L}])(?:${anyOf('verb_clause_end')})(?![\\p{L}])`,
  'iu',
);

// Between the verb and the number of people it killed: at most two lower-case words ("kill at least 12").
const TOLL_GAP = /^\s+(?:\p{Ll}+\s+){0,2}$/u;

/** Whether the clause before `from` holds a governing noun or an explainer's "how" (`governing_noun`) or a question's
 *  opener anywhere in it: "how the Kramatorsk missile strike left a city scarred", "why Russian strikes kill …". */
function governedInClause(view: SentenceView, text: string, from: number): boolean {
  const clause = clauseBefore(text, view, from);
  const start = from - clause.length;
  if (hitsOf(view, 'governing_noun').some((h) => h.start >= start && h.end <= from)) return true;
  return questionOpeners(view, text).some((q) => q.end > start && q.end <= from);
}

/** The side's word (`russian`, `ukrainian`) right before `at`, if any: "Russian strikes", "Ukrainian drone attack". */
function sideRightBefore(view: SentenceView, text: string, at: number): Hit | undefined {
  return view.hits.find(
    (h) => SIDE.some((c) => h.value.categories.has(c)) && h.end <= at && /^\s+$/u.test(text.slice(h.end, at)),
  );
}

/** "Sumy Church Missile Attack Leaves Parishioners Grieving", "Russian strikes kill 27 overnight", "missile and
 *  drone strikes shake Lviv and Rivne": an attack noun, named by its weapon or its side right before it,
 *  that is the subject of a verb right after it tells what the attack did, so it took place. A `noun_effect_verb`
 *  ("leaves", "kills") takes any object, as a `noun_landing_verb` ("hit", "strikes") does, which with no place of ours
 *  may also land on the country its clause names ("Russian attacks hit towns across Ukraine": no region); a `noun_blow_verb` ("rock", "shake": metaphors as often, "drone strikes shake
 *  Kyiv's confidence", "missile strikes rock Moscow stock exchange") only a place of ours right after it whose phrase
 *  ends there (`BLOW_OBJECT_END`), and that place (with its list) is the strike's. Only a side of ours or a sentence that
 *  names a place of ours ("Israeli strikes kill 20 in Gaza", "US drone strike kills militants" name neither), no war
 *  abroad after the verb (`foreignAfterVerb`); not a noun governed ("the toll of missile strikes leaves"), opened by a
 *  question, talked of, dated in a past span or year, nor in a clause of `not_air_attack`. Read last, when no other
 *  rule found the attack. */
function nounSubjectStrikes(ctx: ReportContext, view: SentenceView, places: PlaceMatch[]): Fact[] {
  const text = ctx.report.text;
  const mentions = weaponMentions(view);
  for (const noun of hitsOf(view, 'attack_noun')) {
    if (hitInClause(text, view, noun, 'not_air_attack')) continue;
    const mention = weaponOfNoun(mentions, text, noun);
    const side = sideRightBefore(view, text, mention?.start ?? noun.start);
    if (!mention && !side) continue;
    const rest = text.slice(noun.end, view.span.end);
    const effect = NOUN_EFFECT_VERB.exec(rest);
    const landing = effect ? null : NOUN_LANDING_VERB.exec(rest);
    const blow = effect || landing ? null : NOUN_BLOW_VERB.exec(rest);
    const verb = effect ?? landing ?? blow;
    if (!verb) continue;
    const verbEnd = noun.end + verb[0].length;
    const from = side?.start ?? mention?.start ?? noun.start;
    if (governedInClause(view, text, from) || talkedOf(text, view, from, noun)) continue;
    if (pastOrForeign(ctx, view, noun) || longAgo(text, view, noun)) continue;
    // The word right before the phrase: a side of another war ("Israeli Missile Strikes Kill …") or, outside a
    // headline's title case, a capitalised name that is no place or side of ours ("Dovbyk rocket strike leaves …") is
    // who attacked, abroad or on a pitch (review of ennoun30).
    const lead = /([\p{L}'’.-]+)\s+$/u.exec(text.slice(view.span.start, from));
    if (lead) {
      const at = from - lead[0].length;
      const covers = (h: { start: number; end: number }) => h.start <= at && h.end > at;
      const ours = view.places.some(covers) || SIDE.some((c) => hitsOf(view, c).some(covers));
      if (FOREIGN_SIDE.test(lead[1] ?? '')) continue;
      if (!ours && /^\p{Lu}/u.test(lead[1] ?? '') && !titleCase(text.slice(view.span.start, view.span.end))) continue;
    }
    // The places of the verb's own clause: before the phrase, and after the verb up to another clause ("Russian
    // strikes kill 3 as Biden visits Kyiv": Kyiv is the visit's, review of ennoun30).
    const after = places.filter((p) => p.start >= verbEnd && !VERB_CLAUSE_END.test(text.slice(verbEnd, p.start)));
    // A place right before the phrase names the attacker as often ("Kyiv drone attack leaves Kremlin fuming", "Dynamo
    // Kyiv rocket strike …"): it is the strike's only when the sentence confirms it, by a side of ours before the
    // phrase ("Russian …") or a place after the verb.
    const right = (p: PlaceMatch) => p.end <= from && /^\s+$/u.test(text.slice(p.end, from));
    const confirmed = side !== undefined || after.length > 0;
    const before = places.filter((p) => p.end <= from && (!right(p) || confirmed));
    if (!confirmed && places.some(right)) continue;
    let struck: PlaceMatch[] = after.length > 0 ? after : before;
    let national = false;
    if (blow) {
      const first = places.find((p) => p.start >= verbEnd && /^\s+$/u.test(text.slice(verbEnd, p.start)));
      if (!first || first.kind === 'sea') continue;
      struck = listAround(text, places, first, view.places);
      const last = struck.at(-1) ?? first;
      if (!BLOW_OBJECT_END.test(text.slice(last.end, view.span.end))) continue;
    } else if (struck.length === 0) {
      // With no place of ours, only a side's attack that killed a number of people ("Russian Strikes Kill 39"):
      // "Russian strikes leave allies divided", "drone attacks leave him unmoved" are talk of the attacks.
      const toll = view.numbers.some((n) => n.start >= verbEnd && TOLL_GAP.test(text.slice(verbEnd, n.start)));
      // Or a blow that landed on the country of ours its own clause names: "Russian attacks hit towns across
      // Ukraine" is the country's strike, as "Ukraine hit by drone attacks" is (docs/eval.md); not "hit a nerve".
      national =
        landing !== null &&
        !FIGURATIVE_AFTER.test(text.slice(verbEnd)) &&
        view.hits.some(
          (h) =>
            (h.value.country === 'UA' || h.value.country === 'RU') &&
            h.start >= verbEnd &&
            !VERB_CLAUSE_END.test(text.slice(verbEnd, h.start)) &&
            !POSSESSIVE.test(text.slice(h.end)),
        );
      if (!side || !(toll || national) || foreignAfterVerb(view, text, verbEnd)) continue;
    }
    // A sentence whose places are all another clause's gives the strike none of them, not even as the report's place
    // ("Russian Strikes Kill 3 As Biden Visits Kyiv").
    const fallback = ctx.fallbackPlace;
    // Nor the country's strike the report's town ("In Kyiv, …" in the next sentence).
    const elsewhere = struck.length === 0 && (places.length > 0 || national);
    if (elsewhere && (national || (fallback && fallback.start >= view.span.start && fallback.end <= view.span.end)))
      ctx.fallbackPlace = null;
    const { facts } = attackFacts(ctx, view, 'strike', noun, mention, struck, []);
    ctx.fallbackPlace = fallback;
    for (const fact of facts) keepOwnCount(fact, mention, undefined);
    facts.push(...otherWeapons(ctx, view, facts, mention));
    ctx.lastAttack = facts[0] ?? ctx.lastAttack;
    return facts;
  }
  return [];
}

// A verb of coming or being (optional), then `under`; and the singular noun of attack that the phrase ends with.
const UNDER = new RegExp(`(?<![\\p{L}])(?:(?:${anyOf('under_verb')})\\s+)?(?:${anyOf('under')})\\s+`, 'giu');
const UNDER_NOUN = new RegExp(`^(?:${anyOf('under_noun')})(?![\\p{L}])`, 'iu');
// Between the place (or the last of its list) and the phrase: spaces, a closing quote or a possessive's mark.
const UNDER_SUBJECT_GAP = /^[\s'’"”]*$/u;

/** The readings of this file that need no word of an event in their sentence: a count carried on to the last attack
 *  (a breakdown item «12 – над Брянской областью», a running total «Всего с начала ночи — 4») and a place "under
 *  attack" (`placeUnderAttack`, read from its own words). detect/event-words.ts reads every other sentence with no
 *  such word as telling nothing; a new reading of that kind belongs here. */
export function readsWithoutEventWord(ctx: ReportContext, view: SentenceView, places: readonly PlaceMatch[]): boolean {
  // `search`, not `test`: UNDER is global, and `placeUnderAttack` reads it with matchAll, which starts at its lastIndex.
  if (view.span.text.search(UNDER) >= 0) return true;
  if (ctx.lastAttack === null || view.numbers.length === 0) return false;
  return TOTAL.test(view.span.text) || breakdownItems(view, ctx.report.text, places).length > 0;
}
// Right after the phrase: a colon or a reaction's preposition ("under fire over …", "under attack from critics"):
// `under_reaction` and the prepositions read apart below.
const REACTIONS = [anyOf('under_reaction'), anyOf('reaction_for'), anyOf('reaction_from'), anyOf('reaction_amid')];
const UNDER_REACTION = new RegExp(`^\\s*(?::|(?:${REACTIONS.join('|')})(?![\\p{L}]))`, 'iu');
// How far after the reaction's preposition a weapon still tells what fired ("from Russian artillery").
const REACTION_WEAPON_REACH = 30;
// A span of time right after the preposition: "for a third night", "for the second day running".
const REACTION_SPAN = new RegExp(
  `^(?:(?:${anyOf('definite')}|${anyOf('indefinite_article')})\\s+)?(?:[\\p{L}\\d-]+\\s+)?(?:${anyOf('span_noun')})(?![\\p{L}])`,
  'iu',
);
// After `reaction_for`, a span of time anywhere in reach: "for third consecutive night", "for nearly four hours". Not
// after "over" ("under fire over new curfew hours" is criticism).
const SPAN_IN_REACH = new RegExp(`(?<![\\p{L}])(?:${anyOf('span_noun')})(?![\\p{L}])`, 'iu');
// What fires, with no weapon's name: "under fire from Russian artillery", "from enemy troops".
const FIRE_SOURCE = new RegExp(`(?<![\\p{L}])(?:${anyOf('fire_source')})(?![\\p{L}])`, 'iu');
// Where or when fire comes from: "from across the border", "from the left bank", "from enemy positions", "from the sky".
const FIRE_ORIGIN = new RegExp(`(?<![\\p{L}])(?:${anyOf('fire_origin')})(?![\\p{L}])`, 'iu');
// Right after a colon, a news page's own tail: "Kyiv under attack: what we know", "…: live updates".
const EXPLAINER_TAIL = new RegExp(`^\\s*(?:${anyOf('explainer_tail')})(?![\\p{L}])`, 'iu');
// Hits after a colon that tell a strike's toll or damage; after "amid", an alert, an outage or an attack.
const COLON_STRIKE = new Set([
  'killed',
  'injured',
  'damage',
  'damage_passive',
  'hit',
  'fire',
  'power_outage',
  'explosion',
]);
// Which of the `under_reaction` words the reaction was.
const FOR_WORD = new RegExp(`^(?:${anyOf('reaction_for')})$`, 'iu');
const FROM_WORD = new RegExp(`^(?:${anyOf('reaction_from')})$`, 'iu');
const AMID_WORD = new RegExp(`^(?:${anyOf('reaction_amid')})$`, 'iu');
const AMID_STRIKE = new Set(['alert', 'power_outage', 'attack_noun', 'strike', 'explosion']);

/** "Kyiv came under fire for his comments", "Odesa under fire from UNESCO over …", "Kharkiv under fire: mayor
 *  criticised": a colon or an `under_reaction` preposition after the phrase reads it as criticism, unless what follows
 *  tells a strike. After any preposition: a weapon or a `fire_source` near ("under fire from Russian artillery"), or a
 *  `span_noun` right after it ("for a third night"); after `for`, a `span_noun` anywhere near ("for third consecutive
 *  night"). After `from`: a place ("from Belgorod"), a `fire_origin` ("from across
 *  the border", "from enemy positions") or a figure of time. After `amid`: an alert, an outage or an attack ("amid air
 *  raid alert", "amid blackout"). After a colon: a toll, damage or weapon anywhere in the sentence ("…: three
 *  injured"), or an `explainer_tail` ("…: what we know"). "under attack by drones" has no such preposition. */
function underReaction(
  text: string,
  view: SentenceView,
  mentions: WeaponMention[],
  places: PlaceMatch[],
  end: number,
): boolean {
  const reaction = UNDER_REACTION.exec(text.slice(end, view.span.end));
  if (!reaction) return false;
  const lead = /^\s*/u.exec(text.slice(end + reaction[0].length))?.[0].length ?? 0;
  const from = end + reaction[0].length + lead;
  const after = (hit: { start: number }, to: number) => hit.start >= from && hit.start < to;
  if (reaction[0].trim() === ':') {
    if (EXPLAINER_TAIL.test(text.slice(from, view.span.end))) return false;
    const told = view.hits.some(
      (h) => after(h, view.span.end) && [...h.value.categories].some((c) => COLON_STRIKE.has(c)),
    );
    return !told && !mentions.some((w) => after(w, view.span.end));
  }
  const reach = text.slice(from, Math.min(view.span.end, from + REACTION_WEAPON_REACH)).split(/[.;!?]/u)[0] ?? '';
  const to = from + reach.length;
  // "under drone attack for a third night": a span of time, no reaction.
  if (FIRE_SOURCE.test(reach) || REACTION_SPAN.test(reach)) return false;
  if (mentions.some((w) => after(w, to))) return false;
  const word = reaction[0].trim().toLowerCase();
  if (FOR_WORD.test(word) && SPAN_IN_REACH.test(reach)) return false;
  if (
    FROM_WORD.test(word) &&
    (FIRE_ORIGIN.test(reach) || /\d{1,2}:\d{2}/u.test(reach) || places.some((p) => after(p, to)))
  ) {
    return false;
  }
  if (
    AMID_WORD.test(word) &&
    view.hits.some((h) => after(h, to) && [...h.value.categories].some((c) => AMID_STRIKE.has(c)))
  ) {
    return false;
  }
  return true;
}
/** "Ukraine war: Odesa and Melitopol under attack", "Kyiv comes under missile attack", "the capital came under cruise
 *  missile fire": a place (or a list of places) right before a verb of coming or being, `under`, at most a weapon, and
 *  a singular `under_noun` is the place struck, weapon as named (else none). Not a plural ("has come under drone
 *  attacks all month": a trend), a word between that is no weapon ("under repeated attack", "under constant
 *  fire"), a subject that is no place ("Putin under attack", "the bridge came under attack"), criticism (a reaction
 *  after it with no weapon: `underReaction`), nor a phrase talked of or dated in a past span or year. Read last, when no other rule found the attack. */
function placeUnderAttack(ctx: ReportContext, view: SentenceView, places: PlaceMatch[]): Fact[] {
  const text = ctx.report.text;
  const mentions = weaponMentions(view);
  const sentence = text.slice(view.span.start, view.span.end);
  for (const m of sentence.matchAll(UNDER)) {
    const at = view.span.start + m.index;
    let from = at + m[0].length;
    const mention = mentions.find((w) => w.start === from);
    if (mention) from = mention.end + (/^\s*/u.exec(text.slice(mention.end))?.[0].length ?? 0);
    const noun = UNDER_NOUN.exec(text.slice(from, view.span.end));
    if (!noun || underReaction(text, view, mentions, places, from + noun[0].length)) continue;
    const last = places
      .filter((p) => p.end <= at && p.kind !== 'sea' && UNDER_SUBJECT_GAP.test(text.slice(p.end, at)))
      .pop();
    if (!last) continue;
    const trigger: Hit = {
      start: from,
      end: from + noun[0].length,
      text: noun[0],
      value: { categories: new Set(['attack_noun']) },
    };
    if (talkedOf(text, view, last.start, trigger) || pastOrForeign(ctx, view, trigger)) continue;
    const { facts } = attackFacts(
      ctx,
      view,
      'strike',
      trigger,
      mention,
      listAround(text, places, last, view.places),
      [],
    );
    for (const fact of facts) keepOwnCount(fact, mention, undefined);
    ctx.lastAttack = facts[0] ?? ctx.lastAttack;
    return facts;
  }
  return [];
}

// A `news_head` right before the place: an article or one possessive word ("Sunday's") at most between.
const NEWS_HEAD = new RegExp(
  `(?:^|[^\\p{L}])(?:${anyOf('news_head')})\\s+(?:(?:${anyOf('definite')}|${anyOf('indefinite_article')})\\s+)?(?:[\\p{L}-]+(?:${anyOf('possessive')})\\s+)?$`,
  'iu',
);
// The possessive ending of a time, then the space before the place ("Tuesday's Poltava …").
const POSSESSIVE_GAP = new RegExp(`^(?:${anyOf('possessive')})\\s+$`, 'iu');
// A vow in the clause ("Putin vows revenge after Kyiv drone attack").
const ELAPSED_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${anyOf('elapsed')})\\s*$`, 'iu');
const WEEK_MS = 7 * 24 * 3600 * 1000;

/** Whether the clause before a place ends with a news head that no span since ("two years after") dates. */
function newsHead(clause: string): boolean {
  const head = NEWS_HEAD.exec(clause);
  return head !== null && !ELAPSED_BEFORE.test(clause.slice(0, head.index + 1));
}

// A span, a news head, then at most three words of the attack's phrase ("a year after the drone attack").
const LONG_AGO_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${anyOf('elapsed')})\\s+(?:${anyOf('news_head')})(?:\\s+[\\p{L}'’-]+){0,3}\\s*$`,
  'iu',
);

/** "A year after the drone attack in Odesa, …": an attack noun whose clause opens with a span since before a news head
 *  is dated long past. */
function longAgo(text: string, view: SentenceView, noun: Hit): boolean {
  return LONG_AGO_BEFORE.test(clauseBefore(text, view, noun.start));
}

/** Whether a time of the report's week (the seven days up to its publication) dates the attack's own noun phrase: a
 *  possessive right before the place ("Tuesday's Poltava missile strike") or a time right after the noun, a preposition
 *  at most between ("Poltava missile strike on Tuesday", "… strike overnight"). A time elsewhere in the clause dates
 *  what its subject did ("Court on Monday sentenced officer for …"), not the attack. */
function thisWeek(ctx: ReportContext, view: SentenceView, placeStart: number, nounEnd: number): boolean {
  const published = Date.parse(ctx.report.published_at);
  if (Number.isNaN(published)) return false;
  const text = ctx.report.text;
  return view.times.some((t) => {
    const opens = t.end <= placeStart && POSSESSIVE_GAP.test(text.slice(t.end, placeStart));
    const follows = t.start >= nounEnd && /^\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(nounEnd, t.start));
    if (!opens && !follows) return false;
    const start = Date.parse(t.when.start);
    const end = Date.parse(t.when.end);
    return end >= published - WEEK_MS && start <= published + 24 * 3600 * 1000;
  });
}
const TALKED_OF_IN_CLAUSE = new RegExp(`(?:^|[^\\p{L}])(?:${anyOf('talked_of')})(?![\\p{L}])`, 'iu');

// An attack talked of, judged, feared or still to come: a `talked_of` word at most four words before the noun's phrase.
const TALKED_OF_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${anyOf('talked_of')})(?:\\s+[\\p{L}'’-]+){0,4}\\s*$`, 'iu');
// "the largest drone attack exercise": a head noun right after the attack noun names something else.
const ATTACK_HEAD_AFTER = new RegExp(`^\\s+(?:${anyOf('attack_head')})(?![\\p{L}])`, 'iu');

/** Whether an attack noun whose phrase opens at `from` is only talked of (`talked_of` before it, `attack_head` after). */
function talkedOf(text: string, view: SentenceView, from: number, noun: Hit): boolean {
  return (
    TALKED_OF_BEFORE.test(text.slice(Math.max(view.span.start, from - 80), from)) ||
    ATTACK_HEAD_AFTER.test(text.slice(noun.end, noun.end + 30))
  );
}

// A superlative (`superlative`), then at most three words (a side, its possessive, an adjective) before the weapon.
const RECORD_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${anyOf('superlative')})\\s+(?:[\\p{L}'’-]+\\s+){0,2}$`, 'iu');

/** "one of Moscow's heaviest drone barrages since the spring", "the deadliest drone attack in weeks", "12
 *  killed in one of Russia's largest drone strikes": a superlative ranks one wave that took place, so a weapon's
 *  attack noun (singular or plural) it stands before is a strike even with no place; no region of its own (a wave
 *  across the country), and no count (the number of attacks is not of weapons). */
function recordAttack(ctx: ReportContext, view: SentenceView): Fact[] {
  const text = ctx.report.text;
  for (const noun of hitsOf(view, 'attack_noun')) {
    if (hitInClause(text, view, noun, 'not_air_attack')) continue;
    const mention = weaponOfNoun(weaponMentions(view), text, noun);
    if (!mention) continue;
    const record = RECORD_BEFORE.exec(text.slice(Math.max(view.span.start, mention.start - 60), mention.start));
    if (!record) continue;
    if (talkedOf(text, view, mention.start - record[0].length, noun)) continue;
    const fact = newFact(ctx, view, 'strike', spanOf(text, noun.start, noun.end));
    setWeapon(fact, text, mention);
    ctx.facts.push(fact);
    ctx.lastAttack = fact;
    return [fact];
  }
  return [];
}

const AFTER_COUNTRY = /^\s+(?:[\p{L}'’«»-]+\s+){0,3}[«"]?$/u;

/** "Russia launched missile attacks on Ukraine", "Ukraine launches drone attacks on three Russian regions",
 *  «Россия нанесла удар по Украине»: a side, then an attack noun (one or many) aimed by its preposition at a country,
 *  two words at most between, is a nationwide strike. It takes no
 *  place from context (the country is set by detect/country.ts) and no count from a number (the number of attacks is
 *  not the number of weapons); a singular weapon noun with no number is one. */
function onCountry(ctx: ReportContext, view: SentenceView, noun: Hit, from: number, until: number): Fact[] {
  const text = ctx.report.text;
  const country = view.hits.find(
    (h) =>
      h.value.country !== undefined &&
      h.start >= from &&
      /^\s+(?:[\p{L}'’-]+\s+){0,2}$/u.test(text.slice(from, h.start)),
  );
  if (!country) return [];
  // «Удары по территории России — это переход красных линий», — a politician: with no side named before it as the
  // one that attacked, the noun is talk about attacks, not news of one.
  // A headline that opens with the one attack («Ракетный удар по Украине») is news of it, the side left unsaid; a
  // headline that only mentions one further on («Разведка: сообщения об угрозе ракетного удара по Украине — фейк») is not.
  const opensHeadline =
    view.index === 0 &&
    !PLURAL_NOUN.test(noun.text.split(/\s+/u)[0] ?? '') &&
    /^[^\p{L}\d]*(?:[\p{L}-]+\s+)?$/u.test(text.slice(view.span.start, noun.start));
  if (!opensHeadline && !hitsOf(view, 'attacker').some((h) => h.end <= noun.start)) return [];
  const fact = newFact(ctx, view, 'strike', spanOf(text, noun.start, noun.end));
  // «РФ нанесла по Украине удар новой крылатой ракетой», «удар по складу на территории РФ крылатыми
  // ракетами Storm Shadow»: the means may follow the country, a few words of the same clause between.
  const mention =
    weaponMentions(view).find((m) => m.start >= noun.start - 25 && m.end <= until + 1) ??
    weaponMentions(view).find((m) => m.start >= country.end && AFTER_COUNTRY.test(text.slice(country.end, m.start)));
  if (mention) setWeapon(fact, text, mention);
  // «удар по Украине баллистической ракетой»: a singular weapon noun (no number) is one that struck, as on a place.
  if (mention?.singular && ctx.lang !== 'en') {
    fact.count = { value: 1, min: 1, max: 1, approx: false };
    setField(fact, 'count', spanOf(text, mention.start, mention.end));
  }
  ctx.facts.push(fact);
  ctx.lastAttack = fact;
  // "a large drone and missile attack on towns across Ukraine": each weapon of the list.
  return [fact, ...otherWeapons(ctx, view, [fact], mention)];
}

/** "Moscow hit Izmail", "Russia strikes Odesa port", «РФ атакувала підстанцію на Кіровоградщині»: a side as the
 *  subject, the attack verb (or noun used as one) right after it, and a place after that. The subject is no place.
 *  A time between the two does not part them ("Russia on Saturday hit a depot", «ВС РФ 21 ноября нанесли удар»). */
function attackerStrikes(ctx: ReportContext, view: SentenceView, places: PlaceMatch[]): Fact[] {
  const text = ctx.report.text;
  const between = (from: number, to: number) => {
    let gap = '';
    let at = from;
    for (const t of view.times) {
      if (t.start < at || t.end > to) continue;
      gap += `${text.slice(at, t.start)} `;
      at = t.end;
    }
    return gap + text.slice(at, to);
  };
  for (const side of hitsOf(view, 'attacker')) {
    const verb = view.hits.find(
      (h) =>
        h.start >= side.end &&
        (h.value.categories.has('strike') || h.value.categories.has('attack_noun')) &&
        /^\s+(?:\p{L}+\s+){0,1}$/u.test(between(side.end, h.start)),
    );
    // «Обломки беспилотника ВСУ упали на приют»: the side names whose the wreck was; the wreck is what fell.
    if (!verb || debrisStruck(view, verb, text)) continue;
    const after = places.filter((p) => p.start >= verb.end);
    if (after.length === 0) continue;
    const mention = weaponMentions(view).find((m) => m.start >= verb.end);
    const { facts } = attackFacts(ctx, view, 'strike', verb, mention, after, []);
    for (const fact of facts) {
      fact.count = null;
      delete fact.fields.count;
    }
    ctx.lastAttack = facts[0] ?? ctx.lastAttack;
    return facts;
  }
  return [];
}

const CAUSE = anyOf('cause');
// The cause right before the noun, two adjectives at most between (`adjective_endings`): «внаслідок ворожих атак»,
// «від авіаційних ударів»; not «перевезення через Крим після атак»: a name between.
const CAUSE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${CAUSE})\\s+${ADJECTIVES}$`, 'iu');

// The cause a word or two before a noun: «під час обстрілу», «внаслідок ворожої атаки» (`cause_near`: only here).
const CAUSE_NEAR = new RegExp(`(?:^|[^\\p{L}])(?:${CAUSE})\\s+(?:[\\p{Ll}'’ʼ-]+\\s+){0,2}$`, 'iu');
const SINGULAR_NEAR = new RegExp(`(?:^|[^\\p{L}])(?:${anyOf('cause_near')})\\s+(?:[\\p{Ll}'’ʼ-]+\\s+){0,2}$`, 'iu');
const NEAR_PLURAL = new RegExp(`(?:^|[^\\p{L}])(?:${anyOf('near_plural')})$`, 'iu');
// «на Ізраїль», «у Газі»: a name (a capital, then a small letter: not an office's initials) after a place preposition.
const FOREIGN_NAME = /^\s+\p{Lu}\p{Ll}/u;
// «атаки окупантів», «удару російських окупантів»: the attacker right after the noun, an adjective between at most.
const AGENT_GAP = /^\s+(?:[\p{Ll}'’ʼ-]+\s+)?$/u;
const CAUSE_OPENS = new RegExp(`^(?:${CAUSE})\\s`, 'iu');

const PLURAL_NOUN = new RegExp(`(?:${anyOf('attack_plural')})$`, 'iu');

function hasEffect(view: SentenceView): boolean {
  return view.hits.some(
    (h) =>
      h.value.categories.has('damage') ||
      h.value.categories.has('fire') ||
      h.value.categories.has('hit') ||
      // "…injured in the overnight attack on Kyiv": people hurt are what the attack did.
      h.value.categories.has('injured') ||
      h.value.categories.has('killed'),
  );
}

/** A strike that names no weapon, after a sentence that did («Ночью сбиты 9 беспилотников. В результате атаки
 *  повреждён объект»): the report's weapon, marked as read from context. */
function inheritWeapon(ctx: ReportContext, fact: Fact): void {
  // After an air-force launch list of missiles and drones, «Основні напрямки удару – …» names no one weapon: the
  // report so far must name weapons of one class only (counted or not).
  if (severalWeaponsBefore(ctx, fact.evidence.start)) return;
  const last = ctx.facts.findLast((f) => f !== fact && f.weapon !== null && f.kind !== 'alert');
  if (last && fact.weapon === null) copyWeapon(fact, last);
}
