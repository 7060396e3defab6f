import { abbreviationsOf, isAbbreviation } from '../../core/abbreviations.ts';
import type { Fact, Lang } from '../../core/types.ts';
import type { PlaceMatch } from '../common/gazetteer.ts';
import type { Hit, WordCategory } from '../compile.ts';
import { anyOf, anyWordOf } from '../grammar.ts';
import { pastClause } from '../refine/historical.ts';
import { clauseJoins, clearWeapon, hitsOf, type ReportContext, type SentenceView, spanOf } from '../view.ts';
import { type AttackPart, detectAttacks, eventClauses } from './attack.ts';
import { detectEffects } from './effects.ts';

/** What bounds a clause of its own: the marks `clauseAround` reads, and a conjunction ("and", «и», «та»), which may
 *  join two predicates ("drones hit Kharkiv and missiles struck Odesa") as well as two names of one list. */
// A full stop inside a quoted statement the sentence splitter kept whole bounds a clause too; one that closes an
// abbreviation («в м. Суми», «в г. Курск») does not (`abbreviated`).
const MARK = /(?<!\d)[,:]|[,:](?!\d)|[;()\u2013\u2014]|[.!?](?=\s)/gu;
const TOKEN_BEFORE = /[^\s\p{Ps}\p{Pi}"]*$/u;

/** Whether the full stop at `dot` closes an abbreviation or an initial («м.», «г.», "Gov.", «В.»), as the sentence
 *  splitter reads one (core/abbreviations.ts): the word and its place stay in one clause. */
function abbreviated(text: string, dot: number, lang: Lang): boolean {
  const token = `${TOKEN_BEFORE.exec(text.slice(Math.max(0, dot - 12), dot))?.[0] ?? ''}.`;
  return token !== '.' && isAbbreviation(token, abbreviationsOf(lang));
}
const CONJUNCTION = new RegExp(`(?<![\\p{L}])(?:${anyOf('conjunction')})(?![\\p{L}])`, 'giu');
// "launched from Bryansk", "a woman taken to Mykolaiv", «доставили до лікарні Миколаєва»: where an attack came from,
// or where someone was taken, is no place of a fact (two words at most between, "to a hospital in" has its own "in").
const FROM_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${anyOf('from')}|${anyOf('destination')})\\s+(?:[\\p{L}'’-]+\\s+){0,2}$`,
  'iu',
);

const ROUTE = /^\s?[-\u2013\u2014]\s?$/u;

/** The words that tell an attack of the clause itself: a verb of striking, of shooting down, a hit, an attack noun. */
const ATTACK_WORDS: readonly WordCategory[] = ['strike', 'interception', 'hit', 'attack_noun'];
/** The words of an effect (detect/effects.ts reads them): a blast, a fire, damage, a power cut, debris. */
const EFFECT_WORDS: readonly WordCategory[] = ['explosion', 'fire', 'damage', 'power_outage', 'debris'];

/** The clauses of a sentence: the ranges between its marks, its clause-opening conjunctions and its "and"s. */
function clauses(text: string, view: SentenceView, lang: Lang): { start: number; end: number }[] {
  const { start, end } = view.span;
  const slice = text.slice(start, end);
  const cuts = new Set<number>();
  for (const m of slice.matchAll(MARK))
    if (m[0] !== '.' || !abbreviated(text, start + m.index, lang)) cuts.add(start + m.index);
  for (const m of slice.matchAll(CONJUNCTION)) cuts.add(start + m.index);
  for (const j of clauseJoins(view)) cuts.add(j.start);
  const at = [start, ...[...cuts].sort((a, b) => a - b), end];
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i + 1 < at.length; i++) if (at[i + 1]! > at[i]!) out.push({ start: at[i]!, end: at[i + 1]! });
  return out;
}

/** The first index of a list sorted by `key` whose key is at least `at`: a binary search. */
function firstFrom<T>(list: readonly T[], at: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items of a list sorted by start that lie inside a range: a binary search to the first, so that each clause
 *  takes its part of the sentence's lists without walking them whole. */
function inside<T extends { start: number; end: number }>(
  list: readonly T[],
  range: { start: number; end: number },
): T[] {
  const out: T[] = [];
  for (let i = firstFrom(list, range.start, (x) => x.start); i < list.length && list[i]!.start < range.end; i++)
    if (list[i]!.end <= range.end) out.push(list[i]!);
  return out;
}

const byStart = <T extends { start: number }>(list: readonly T[]): readonly T[] =>
  list.every((x, i) => i === 0 || list[i - 1]!.start <= x.start) ? list : [...list].sort((a, b) => a.start - b.start);

/** A sentence's view with every list sorted by start, once per sentence: each clause then takes its part of each
 *  list by a binary search (`clauseView`). */
export function sortedView(view: SentenceView): SentenceView {
  return {
    ...view,
    hits: [...byStart(view.hits)],
    places: [...byStart(view.places)],
    destinations: [...byStart(view.destinations)],
    ...(view.frames ? { frames: [...byStart(view.frames)] } : {}),
    numbers: [...byStart(view.numbers)],
    times: [...byStart(view.times)],
    saidTimes: [...byStart(view.saidTimes)],
    airports: [...byStart(view.airports)],
  };
}

/** The sentence's view (its lists sorted, `sortedView`) cut down to one of its clauses: what a detector reads when it
 *  reads that clause alone. */
export function clauseView(text: string, sorted: SentenceView, range: { start: number; end: number }): SentenceView {
  return {
    index: sorted.index,
    span: spanOf(text, range.start, range.end),
    hits: inside(sorted.hits, range),
    places: inside(sorted.places, range),
    destinations: inside(sorted.destinations, range),
    ...(sorted.frames ? { frames: inside(sorted.frames, range) } : {}),
    numbers: inside(sorted.numbers, range),
    times: inside(sorted.times, range),
    saidTimes: inside(sorted.saidTimes, range),
    airports: inside(sorted.airports, range),
  };
}

/** The words after which an attack word is only a point of reference: "a month after the attack on Sumy", "the
 *  heaviest attack since the strike on Kyiv", «через месяц после удара по Сумам». */
const REFERENCE_WORDS: readonly WordCategory[] = ['since', 'story_after'];
/** A reference word, then at most three words before the attack word ("after a fatal Russian strike"); not "after
 *  Moscow claimed it had downed", where "after" opens a clause of its own. */
const WORDS_BETWEEN = /^\s*(?:\S+\s+){0,3}$/u;
// "attack on", «удар по»: an attack noun read with its target preposition as one `strike` hit.
const AIMED_NOUN = new RegExp(`\\s(?:${anyWordOf('target_preposition')})$`, 'iu');
// "and recalled the strike on Sumy", «напомним, удар по Курску был …»: what follows the word is an old event retold.
const RECALL = new RegExp(`(?<![\\p{L}])(?:${anyOf('recall')})(?![\\p{L}])`, 'iu');

/**
 * Whether a clause read alone tells an event of the past or one it only measures the news by, not news of its own: the
 * historical refiner's test (`pastClause`: "the same day last year", "on August 5"), an attack noun just after "since"
 * or "after" ("a month after the attack on Sumy", "the heaviest attack since the strike on Kyiv"), or a word that recalls
 * an old event before the clause's attack word anywhere in its sentence ("…, and recalled the strike on Sumy",
 * «напомним, удар по Курску был …»).
 */
function toldAsPast(ctx: ReportContext, recalled: number, clause: SentenceView, triggers: readonly Hit[]): boolean {
  const text = ctx.report.text;
  if (pastClause(text, clause, ctx.report.published_at, ctx.report.published_inferred)) return true;
  const first = triggers[0];
  if (!first) return false;
  if (recalled < first.start) return true;
  const references = clause.hits.filter((h) => REFERENCE_WORDS.some((c) => h.value.categories.has(c)));
  // Only an attack noun is a point of reference: "after 3 a.m. missiles struck Odesa", «после полуночи ракеты попали в
  // Одессу» date the clause's own verb; so does a time between ("since 5 March the attacks on Kherson").
  const nouns = triggers.filter(
    (t) => t.value.categories.has('attack_noun') || AIMED_NOUN.test(text.slice(t.start, t.end)),
  );
  const timed = (from: number, to: number) => clause.times.some((x) => x.start >= from && x.end <= to);
  return references.some((r) =>
    nouns.some((t) => t.start >= r.end && WORDS_BETWEEN.test(text.slice(r.end, t.start)) && !timed(r.end, t.start)),
  );
}

/**
 * "Russian drones hit Sumy and missiles struck Mykolaiv", "shot down one missile over Poltava region, while another two hit
 * Lubny district", «Пожежа на складі в Брянську, атака дронами та вибух на підстанції у Мелітополі»: a sentence of
 * several clauses (or list items), each with its own word of an event and its own place, tells a fact in each; the
 * reading of the whole sentence stops at the first, or lets one clause's weapon silence another's blast. A clause that
 * holds one of `words` and a place of its own (not one an attack came from, someone was taken to or a weapon was heading to, nor an end of a route), where no fact of the sentence's reading
 * (`found`) has its place, is read alone by `read`. Its facts are kept when the clause itself names their region (never
 * one lent by context) and that region is new to the sentence's facts of `found`; each keeps the sentence as its
 * evidence, as every fact does, and only the clause's own weapon. A list of places under one verb ("hit Kharkiv and
 * Odesa") holds no second word of an event, so it is read as the list it is; a clause whose word names no place of its
 * own adds nothing. The facts read and not kept go to `ctx.superseded`.
 */
function clauseFacts<T extends { fact: Fact }>(
  ctx: ReportContext,
  view: SentenceView,
  places: readonly PlaceMatch[],
  found: readonly Fact[],
  words: readonly WordCategory[],
  read: (sub: ReportContext, clause: SentenceView, own: PlaceMatch[]) => T[],
  keep: (item: T) => boolean = () => true,
): T[] {
  if (found.length === 0) return [];
  const text = ctx.report.text;
  const parts = clauses(text, view, ctx.lang);
  if (parts.length < 2) return [];
  const lists = sortedView(view);
  // Where the sentence's first word of recall stands (none: its end), found once for all its clauses.
  const recall = RECALL.exec(text.slice(view.span.start, view.span.end));
  const recalled = recall ? view.span.start + recall.index : view.span.end;
  // A clause that holds the place a fact of the sentence took (its region, or a sea: «над акваторией Азовского моря
  // вблизи Арабатской стрелки», where the land is only what the sea is near) was read.
  const taken = byStart(
    found.flatMap((f) =>
      [f.fields.region, f.fields.place].filter((at): at is NonNullable<typeof at> => at !== undefined && !at.inferred),
    ),
  );
  // A region the sentence's facts already name gets nothing more: "repelled an attack on Lviv, shooting down all 11
  // drones aimed at the city" is one interception, not a strike beside it.
  const seen = new Set(found.map((f) => f.region?.code ?? '-'));
  // «беспилотника, летевшего на Москву», "drones flying towards Kyiv": where a weapon was heading is no place of its
  // clause's facts (as `locate` reads it).
  const approaching = view.hits.filter((h) => h.value.area === 'approaching');
  const heading = (p: PlaceMatch) => approaching.some((h) => h.end <= p.start && p.start - h.end <= 12);
  // «потяг сполученням Київ-Ужгород», "the Moscow-St Petersburg highway": two places joined by a hyphen name a route.
  const sorted = byStart(places);
  const route = (i: number) => {
    const p = sorted[i]!;
    const before = sorted[i - 1];
    const after = sorted[i + 1];
    return (
      (before !== undefined && ROUTE.test(text.slice(before.end, p.start))) ||
      (after !== undefined && ROUTE.test(text.slice(p.end, after.start)))
    );
  };
  const eligible = new Set(sorted.filter((p, i) => p.kind !== 'sea' && !heading(p) && !route(i)));
  const triggers = byStart(words.flatMap((c) => hitsOf(view, c)));
  // The sentence's facts by where their evidence starts, sorted again only when a clause's reading has added some; a
  // clause gets its own in the order they were found, as the sentence's list has them.
  let told: readonly { fact: Fact; order: number }[] = [];
  let toldFrom: readonly Fact[] | null = null;
  let toldCount = -1;
  const factsAt = (range: { start: number; end: number }): Fact[] => {
    const group = ctx.factsIn(view);
    if (group !== toldFrom || group.length !== toldCount) {
      told = group
        .map((fact, order) => ({ fact, order }))
        .sort((a, b) => a.fact.evidence.start - b.fact.evidence.start);
      toldFrom = group;
      toldCount = group.length;
    }
    const found: { fact: Fact; order: number }[] = [];
    const at = firstFrom(told, range.start, (t) => t.fact.evidence.start);
    for (let i = at; i < told.length && told[i]!.fact.evidence.start < range.end; i++) found.push(told[i]!);
    return found.sort((a, b) => a.order - b.order).map((t) => t.fact);
  };
  const out: T[] = [];
  for (const range of parts) {
    const clauseTriggers = inside(triggers, range);
    if (clauseTriggers.length === 0 || inside(taken, range).length > 0) continue;
    const own = inside(sorted, range).filter(
      (p) => eligible.has(p) && !FROM_BEFORE.test(text.slice(Math.max(range.start, p.start - 40), p.start)),
    );
    if (own.length === 0) continue;
    const clause = clauseView(text, lists, range);
    if (toldAsPast(ctx, recalled, clause, clauseTriggers)) continue;
    // Read on a copy of the context: what the clause leaves (its last attack, its place) is not the sentence's.
    const sub: ReportContext = {
      ...ctx,
      factsIn: (v) => (v === clause ? factsAt(range) : ctx.factsIn(v)),
    };
    const added = new Set<string>();
    for (const item of read(sub, clause, own)) {
      const f = item.fact;
      const at = f.fields.region;
      const region = f.region?.code ?? '-';
      if (!at || at.inferred || at.start < range.start || at.end > range.end || seen.has(region) || !keep(item)) {
        ctx.superseded.add(f);
        continue;
      }
      added.add(region);
      // The clause's own weapon or none: one lent from the sentence's other clause («дрони СБУ у Пензі та удар по
      // аеродрому в Саках», "fires cruise missiles at Izmail, shelling kills two in Kherson") is that clause's.
      const w = f.fields.weapon;
      if (w && (w.inferred || w.start < range.start || w.end > range.end)) clearWeapon(f);
      f.evidence = { ...view.span };
      out.push(item);
    }
    for (const region of added) seen.add(region);
  }
  return out;
}

/** The attacks of clauses the sentence's reading left without one (`clauseFacts`); launch and hit parts, which wait
 *  to be folded into an interception of the whole report, are not a clause's own. */
export function clauseAttacks(
  ctx: ReportContext,
  view: SentenceView,
  places: readonly PlaceMatch[],
  found: readonly Fact[],
): AttackPart[] {
  return clauseFacts(
    ctx,
    view,
    places,
    found,
    ATTACK_WORDS,
    (sub, clause, own) => detectAttacks(sub, clause, own),
    (part) => part.part === null,
  );
}

/** The effects of clauses the sentence's reading left without a fact (`clauseFacts`): «Бавовна у Феодосії, дрони у
 *  Пензі та удар по аеродрому в Саках» is a blast in Feodosia, though a weapon is named in the next item. */
export function clauseEffects(
  ctx: ReportContext,
  view: SentenceView,
  places: readonly PlaceMatch[],
  found: readonly Fact[],
): Fact[] {
  return clauseFacts(ctx, view, places, found, EFFECT_WORDS, (sub, clause, own) =>
    detectEffects(sub, clause, own).map((fact) => ({ fact })),
  ).map((item) => item.fact);
}

/** Whether a semicolon stands between a clause's fact (its place) and a speaker named in its sentence: the speaker
 *  of the other half ("one killed in strikes on Izmail; Moscow says it thwarted a drone attack over Bryansk"). */
export function acrossSemicolon(text: string, fact: Fact, speaker: { start: number; end: number }): boolean {
  const at = fact.fields.region;
  if (!at) return false;
  const between = at.end <= speaker.start ? text.slice(at.end, speaker.start) : text.slice(speaker.end, at.start);
  return between.includes(';');
}

/** A sentence whose semicolon clauses tell events apart (`eventClauses`) read clause by clause, each with its own places
 *  and words only, as sentences of their own are; null when it tells one event. */
export function semicolonAttacks(
  ctx: ReportContext,
  view: SentenceView,
  places: readonly PlaceMatch[],
): AttackPart[] | null {
  const text = ctx.report.text;
  const ranges = eventClauses(view, text);
  if (!ranges) return null;
  return ranges.flatMap((range) => {
    const clause = clauseView(text, view, range);
    const sub: ReportContext = {
      ...ctx,
      factsIn: (v) =>
        v === clause
          ? ctx.factsIn(view).filter((f) => f.evidence.start >= range.start && f.evidence.start < range.end)
          : ctx.factsIn(v),
    };
    return detectAttacks(sub, clause, inside(byStart(places), range)).map((part) => {
      part.fact.evidence = { ...view.span };
      return part;
    });
  });
}
