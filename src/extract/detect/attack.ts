import type { Count, Fact, FactKind } from '../../core/types.ts';
import { findPlaces, type PlaceMatch } from '../common/gazetteer.ts';
import type { NumberMatch } from '../common/numbers.ts';
import type { Hit } from '../compile.ts';
import { has, hitsOf, newFact, type ReportContext, type SentenceView, setField, spanOf } from '../view.ts';
import { countFor, type WeaponMention, weaponMentions } from './count.ts';
import { applyLocation, type Location, listFacts, locate } from './locate.ts';

export interface AttackPart {
  fact: Fact;
  /** A launch or hit statement waiting to be folded into the interception fact of the same report. */
  part: 'launched' | 'hit' | null;
}

function setWeapon(fact: Fact, text: string, m: WeaponMention): void {
  fact.weapon = m.weapon;
  fact.weapon_model = m.model;
  setField(fact, 'weapon', spanOf(text, m.start, m.end));
}

/** A breakdown item: "12 – над территорией Брянской области", or distributive «по одному – над …». */
interface Item {
  start: number;
  end: number;
  count: Count;
  /** «по два – над Воронежской и Калужской»: the number holds for every place of the item. */
  distributive: boolean;
  /** Set when the place stands before the number («над Київщиною — 22»). */
  placeBefore?: PlaceMatch;
}

const ITEM_TAIL = /^\s*[–—-]\s*(?:над|в|у|на|over|in)\s/iu;
// After a colon a list may drop the dash: "destroyed 37 drones: 14 over the Bryansk region, 12 over …".
const LIST_ITEM_TAIL =
  /^\s*(?:[–—-]\s*)?(?:над|в|у|на|over|in|near|approaching|as\s+they\s+approached|on\s+approach\s+to)\s/iu;
const PO_BEFORE = /(?:^|\s)по\s+$/iu;

function isItem(view: SentenceView, text: string, n: NumberMatch): boolean {
  const tail = text.slice(n.end, n.end + 12);
  if (ITEM_TAIL.test(tail) || PO_BEFORE.test(text.slice(n.start - 4, n.start))) return true;
  return LIST_ITEM_TAIL.test(tail) && text.slice(view.span.start, n.start).includes(':');
}

function breakdownItems(view: SentenceView, text: string, places: readonly PlaceMatch[]): Item[] {
  const items: Item[] = view.numbers
    .filter((n) => isItem(view, text, n))
    .map((n) => ({
      start: PO_BEFORE.test(text.slice(n.start - 4, n.start)) ? n.start - 3 : n.start,
      end: n.end,
      count: n.count,
      distributive: PO_BEFORE.test(text.slice(n.start - 4, n.start)),
    }));
  // The other order: «— над Київщиною — 22», «над территорией Псковской области – два». The item runs from the
  // start of its clause to its number, and its place stands before the number.
  for (const n of view.numbers) {
    if (items.some((i) => i.end === n.end)) continue;
    const place = places.filter((p) => p.end <= n.start && /^\s*[–—-]\s*$/u.test(text.slice(p.end, n.start))).pop();
    if (!place) continue;
    const clause = Math.max(
      view.span.start,
      text.lastIndexOf(',', place.start) + 1,
      text.lastIndexOf(';', place.start) + 1,
    );
    items.push({ start: clause, end: n.end, count: n.count, distributive: false, placeBefore: place });
  }
  return items.sort((a, b) => a.start - b.start);
}

// «семь – над Ростовской»: a region adjective whose noun («области») the list leaves out.
const BARE_ADJECTIVE =
  /(?<![\p{L}])(?:над|в|у)\s+(?:территори\p{L}*\s+)?(\p{Lu}\p{Ll}+(?:ой|ей|ою|ій|ої))(?![\p{L}])/gu;

function bareRegions(text: string, from: number, to: number): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  BARE_ADJECTIVE.lastIndex = from;
  for (let m = BARE_ADJECTIVE.exec(text); m !== null && m.index < to; m = BARE_ADJECTIVE.exec(text)) {
    const word = m[1] ?? '';
    const probe = `${word} ${/(?:ій|ої)$/u.test(word) ? 'області' : 'области'}`;
    const found = findPlaces(probe).find((p) => p.kind === 'region' && p.start === 0);
    if (!found) continue;
    const start = m.index + m[0].length - word.length;
    out.push({ ...found, start, end: start + word.length, text: word });
  }
  return out;
}

function itemPlaces(text: string, places: readonly PlaceMatch[], from: number, to: number): PlaceMatch[] {
  const named = places.filter((p) => p.start >= from && p.end <= to);
  const bare = bareRegions(text, from, to).filter((b) => !named.some((p) => p.start <= b.start && b.end <= p.end));
  return [...named, ...bare].sort((a, b) => a.start - b.start);
}

/** One fact per place of each list item, continuing the header fact (kind, weapon, time, claimant). */
function itemFacts(ctx: ReportContext, view: SentenceView, items: Item[], header: Fact, places: PlaceMatch[]): Fact[] {
  const text = ctx.report.text;
  const out: Fact[] = [];
  items.forEach((item, i) => {
    const to = items[i + 1]?.start ?? view.span.end;
    const own = item.placeBefore ? [item.placeBefore] : itemPlaces(text, places, item.end, to);
    const targets = item.distributive ? own : own.slice(0, 1);
    for (const place of targets) {
      const fact = newFact(ctx, view, header.kind, spanOf(text, item.start, item.end));
      if (header.fields.kind) fact.fields.kind = { ...header.fields.kind, inferred: true };
      fact.weapon = header.weapon;
      fact.weapon_model = header.weapon_model;
      if (header.fields.weapon) fact.fields.weapon = { ...header.fields.weapon, inferred: true };
      fact.count = item.count;
      setField(fact, 'count', spanOf(text, item.start, item.end));
      applyLocation(ctx, view, fact, {
        located: place,
        inferred: false,
        aggregate: false,
      });
      out.push(fact);
      ctx.facts.push(fact);
    }
  });
  if (out.length > 0 && header.region === null && header.place === null) header.aggregate = true;
  return out;
}

function isIncrement(view: SentenceView, text: string, countStart: number): boolean {
  return hitsOf(view, 'increment').some((h) => h.end <= countStart && /^\s*$/u.test(text.slice(h.end, countStart)));
}

function located(ctx: ReportContext, view: SentenceView, fact: Fact, loc: Location, hasItems = false): Fact[] {
  applyLocation(ctx, view, fact, loc);
  ctx.facts.push(fact);
  // "more than 70 over the Kaluga and Moscow regions: 40 over Kaluga and 32 …": the items give each region its
  // own count, so the header only sums them.
  if (loc.list && hasItems) {
    fact.aggregate = true;
    return [fact];
  }
  return loc.list ? [fact, ...listFacts(ctx, view, fact, loc.list)] : [fact];
}

function attackFacts(
  ctx: ReportContext,
  view: SentenceView,
  kind: FactKind,
  trigger: Hit,
  mention: WeaponMention | undefined,
  places: readonly PlaceMatch[],
  exclude: readonly { start: number; end: number }[],
): { facts: Fact[]; countSpan: { start: number; end: number } | null } {
  const text = ctx.report.text;
  const fact = newFact(ctx, view, kind, spanOf(text, trigger.start, trigger.end));
  let countSpan: { start: number; end: number } | null = null;
  if (mention) {
    setWeapon(fact, text, mention);
    const found = countFor(view, text, mention, ctx.lang);
    if (found) {
      fact.count = found.count;
      setField(fact, 'count', found.span);
      fact.increment = isIncrement(view, text, found.span.start);
      countSpan = found.span;
    }
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
const OF_BETWEEN = /^\s*(?:of(?:\s+the)?|из|з|із)\s*$/iu;
const NONE_OF = /(?:none|ни\s+одн\p{L}*|жодн\p{L}*)\s+(?:of(?:\s+the)?|из|з|із)\s*$/iu;

function splitOf(view: SentenceView, text: string, fact: Fact): boolean {
  const countField = fact.fields.count;
  if (!fact.count || !countField) return false;
  const zero = NONE_OF.exec(text.slice(Math.max(view.span.start, countField.start - 20), countField.start));
  const first = view.numbers
    .filter((n) => n.end <= countField.start && OF_BETWEEN.test(text.slice(n.end, countField.start)))
    .pop();
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

function splitLaunch(view: SentenceView, text: string, fact: Fact, trigger: Hit, launch: Hit | undefined): void {
  if (splitOf(view, text, fact)) return;
  const countField = fact.fields.count;
  if (!launch || !fact.count || !countField || countField.start < launch.end || launch.start > trigger.start) return;
  const used = (n: NumberMatch) => n.start === countField.start;
  const candidates = view.numbers.filter((n) => !used(n) && n.count.value !== null);
  const near =
    candidates.filter((n) => n.end <= trigger.start && trigger.start - n.end <= 25).pop() ??
    candidates.find((n) => n.start >= trigger.end && n.start - trigger.end <= 20);
  fact.launched = fact.count;
  fact.fields.launched = fact.fields.count;
  fact.count = near ? near.count : null;
  if (near) setField(fact, 'count', spanOf(text, near.start, near.end));
  else delete fact.fields.count;
}

function interceptions(
  ctx: ReportContext,
  view: SentenceView,
  places: PlaceMatch[],
  trigger: Hit,
  items: Item[],
): Fact[] {
  const text = ctx.report.text;
  const mentions = weaponMentions(view);
  const zone = items.length > 0 ? [{ start: items[0]!.start, end: view.span.end }] : [];
  const header = mentions.filter((m) => zone.every((z) => m.start < z.start));
  const launch = hitsOf(view, 'launched').find((h) => h.end <= (header[0]?.start ?? trigger.start));
  const progressive = !trigger.value.categories.has('interception');
  const out: Fact[] = [];
  for (const mention of header.length > 0 ? header : mentions.slice(0, 1)) {
    const { facts } = attackFacts(ctx, view, 'interception', trigger, mention, places, zone);
    const main = facts[0]!;
    // "effective in intercepting the incoming drones" reports nothing; "with air defences destroying 40" does.
    if (progressive && !main.count) {
      ctx.facts.splice(ctx.facts.length - facts.length, facts.length);
      continue;
    }
    splitLaunch(view, text, main, trigger, launch);
    out.push(...facts);
    ctx.lastAttack = main;
  }
  return out;
}

/** «противник атакував 90 крилатими ракетами …, 4 балістичними ракетами … і 193 ударними БпЛА»: one launch
 *  statement per counted weapon after the launch verb. */
function launches(ctx: ReportContext, view: SentenceView, places: PlaceMatch[], launch: Hit): AttackPart[] {
  const text = ctx.report.text;
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
    out.push({ fact, part: 'launched' });
  }
  return out;
}

/** «Зафіксовано влучання ударних БпЛА на 8 локаціях», "hits were recorded at six locations". */
function hits(ctx: ReportContext, view: SentenceView, places: PlaceMatch[], hit: Hit): AttackPart[] {
  const text = ctx.report.text;
  const mention = weaponMentions(view).find((m) => m.start > hit.end) ?? weaponMentions(view)[0];
  const fact = newFact(ctx, view, 'strike', spanOf(text, hit.start, hit.end));
  if (mention) setWeapon(fact, text, mention);
  const found = mention ? countFor(view, text, mention, ctx.lang) : null;
  const after = view.numbers.find((n) => n.start >= hit.end && n.start - hit.end <= 40);
  if (found && found.span.start > hit.start) {
    fact.hit = found.count;
    setField(fact, 'hit', found.span);
  } else if (after) {
    fact.hit = after.count;
    setField(fact, 'hit', spanOf(text, after.start, after.end));
  }
  const loc = locate(ctx, view, mention ?? hit, places);
  applyLocation(ctx, view, fact, loc);
  ctx.facts.push(fact);
  // «зафіксовано ураження на Полтавщині та Київщині»: a strike in each region; the count stays with the total.
  const each = loc.list ? listFacts(ctx, view, fact, loc.list).map((f) => ({ fact: f, part: null })) : [];
  return [{ fact, part: 'hit' }, ...each];
}

/** A strike needs something that hit (a weapon) or something hit (an object after the verb), and a place or an
 *  object: "an FPV drone targeted a resident", «армія РФ атакувала підприємство в Херсоні». */
function strikes(ctx: ReportContext, view: SentenceView, places: PlaceMatch[], strike: Hit): Fact[] {
  const text = ctx.report.text;
  const mentions = weaponMentions(view);
  const target = view.hits.find((h) => h.value.object !== undefined && h.start >= strike.end);
  if (mentions.length === 0 && !target) return [];
  if (!target && places.length === 0) return [];
  const mention =
    mentions.length > 0
      ? mentions.reduce((a, b) => (Math.abs(b.start - strike.start) < Math.abs(a.start - strike.start) ? b : a))
      : undefined;
  const { facts } = attackFacts(ctx, view, 'strike', strike, mention, places, []);
  for (const fact of facts) {
    if (target?.value.object) {
      fact.object = target.value.object;
      setField(fact, 'object', spanOf(text, target.start, target.end));
    }
  }
  ctx.lastAttack = facts[0] ?? ctx.lastAttack;
  return facts;
}

/** Interceptions, strikes, launches and hits stated in one sentence. */
export function detectAttacks(ctx: ReportContext, view: SentenceView, places: PlaceMatch[]): AttackPart[] {
  const text = ctx.report.text;
  const items = breakdownItems(view, text, places);
  const trigger = hitsOf(view, 'interception')[0] ?? hitsOf(view, 'progressive')[0];
  const out: AttackPart[] = [];
  if (trigger && (weaponMentions(view).length > 0 || items.length > 0)) {
    for (const fact of interceptions(ctx, view, places, trigger, items)) out.push({ fact, part: null });
  }
  if (items.length > 0 && ctx.lastAttack) {
    for (const fact of itemFacts(ctx, view, items, ctx.lastAttack, places)) out.push({ fact, part: null });
    return out;
  }
  if (out.length > 0) return out;
  // «Протиповітряна оборона збила близько 60 з них»: the number right after the verb counts the weapon of the
  // previous sentence.
  if (trigger && weaponMentions(view).length === 0 && ctx.lastAttack?.weapon) {
    const n = view.numbers.find((x) => x.start >= trigger.end && x.start - trigger.end <= 20);
    if (n) {
      const fact = newFact(ctx, view, 'interception', spanOf(text, trigger.start, trigger.end));
      fact.weapon = ctx.lastAttack.weapon;
      fact.weapon_model = ctx.lastAttack.weapon_model;
      if (ctx.lastAttack.fields.weapon) fact.fields.weapon = { ...ctx.lastAttack.fields.weapon, inferred: true };
      fact.count = n.count;
      setField(fact, 'count', spanOf(text, n.start, n.end));
      applyLocation(ctx, view, fact, locate(ctx, view, trigger, places));
      ctx.facts.push(fact);
      ctx.lastAttack = fact;
      return [{ fact, part: null }];
    }
  }

  const launch = hitsOf(view, 'launched').find((h) => weaponMentions(view).some((m) => m.start > h.end));
  if (launch) {
    const parts = launches(ctx, view, places, launch);
    if (parts.length > 0) return parts;
  }
  const hit = hitsOf(view, 'hit')[0];
  if (hit && !has(view, 'strike')) return hits(ctx, view, places, hit);
  const strike = hitsOf(view, 'strike')[0];
  if (strike) for (const fact of strikes(ctx, view, places, strike)) out.push({ fact, part: null });
  if (out.length === 0) for (const fact of attackNoun(ctx, view, places)) out.push({ fact, part: null });
  return out;
}

/** "A fire broke out at an oil depot in the Bryansk region after a drone attack", «в результате атаки БПЛА
 *  повреждён объект»: one attack named as a noun beside its weapon, with a place and something hit in the same
 *  sentence. A plural ("drone strikes across different regions") is commentary, not an event. */
function attackNoun(ctx: ReportContext, view: SentenceView, places: PlaceMatch[]): Fact[] {
  // Something must have been hit: "Moscow, Kursk and Bryansk under drone attack" says nothing was.
  const hitSomething = view.hits.some(
    (h) => h.value.object !== undefined || h.value.categories.has('damage') || h.value.categories.has('fire'),
  );
  if (view.places.length === 0 || !hitSomething) return [];
  const mentions = weaponMentions(view);
  const noun = hitsOf(view, 'attack_noun').find(
    (h) =>
      !/(?:attacks|strikes|raids)$/iu.test(h.text) &&
      mentions.some((m) => Math.abs(m.start - h.end) <= 20 || Math.abs(h.start - m.end) <= 3),
  );
  if (!noun) return [];
  const mention = mentions.reduce((a, b) => (Math.abs(b.start - noun.start) < Math.abs(a.start - noun.start) ? b : a));
  const { facts } = attackFacts(ctx, view, 'strike', noun, mention, places, []);
  for (const fact of facts) {
    fact.count = null;
    delete fact.fields.count;
  }
  return facts;
}
