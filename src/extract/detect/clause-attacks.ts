import type { Fact } from '../../core/types.ts';
import type { PlaceMatch } from '../common/gazetteer.ts';
import type { WordCategory } from '../compile.ts';
import { anyOf } from '../grammar.ts';
import { clauseJoins, hitsOf, type ReportContext, type SentenceView, spanOf } from '../view.ts';
import { type AttackPart, detectAttacks, eventClauses } from './attack.ts';
import { detectEffects } from './effects.ts';

/** What bounds a clause of its own: the marks `clauseAround` reads, and a conjunction ("and", «и», «та»), which may
 *  join two predicates ("drones hit Kharkiv and missiles struck Odesa") as well as two names of one list. */
// A full stop inside a quoted statement the sentence splitter kept whole bounds a clause too.
const MARK = /(?<!\d)[,:]|[,:](?!\d)|[;()\u2013\u2014]|[.!?](?=\s)/gu;
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
function clauses(text: string, view: SentenceView): { start: number; end: number }[] {
  const { start, end } = view.span;
  const slice = text.slice(start, end);
  const cuts = new Set<number>();
  for (const m of slice.matchAll(MARK)) cuts.add(start + m.index);
  for (const m of slice.matchAll(CONJUNCTION)) cuts.add(start + m.index);
  for (const j of clauseJoins(view)) cuts.add(j.start);
  const at = [start, ...[...cuts].sort((a, b) => a - b), end];
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i + 1 < at.length; i++) if (at[i + 1]! > at[i]!) out.push({ start: at[i]!, end: at[i + 1]! });
  return out;
}

/** The items of a list sorted by start that lie inside a range: a binary search to the first, so that reading every
 *  clause of a sentence of thousands costs work in proportion to its length, not its square. */
function inside<T extends { start: number; end: number }>(
  list: readonly T[],
  range: { start: number; end: number },
): T[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < range.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < list.length && list[i]!.start < range.end; i++)
    if (list[i]!.end <= range.end) out.push(list[i]!);
  return out;
}

const byStart = <T extends { start: number }>(list: readonly T[]): readonly T[] =>
  list.every((x, i) => i === 0 || list[i - 1]!.start <= x.start) ? list : [...list].sort((a, b) => a.start - b.start);

/** The sentence's view cut down to one of its clauses: what a detector reads when it reads that clause alone. */
function clauseView(text: string, view: SentenceView, range: { start: number; end: number }): SentenceView {
  return {
    index: view.index,
    span: spanOf(text, range.start, range.end),
    hits: inside(byStart(view.hits), range),
    places: inside(byStart(view.places), range),
    destinations: inside(byStart(view.destinations), range),
    ...(view.frames ? { frames: inside(byStart(view.frames), range) } : {}),
    numbers: inside(byStart(view.numbers), range),
    times: inside(byStart(view.times), range),
    saidTimes: inside(byStart(view.saidTimes), range),
    airports: inside(byStart(view.airports), range),
  };
}

/**
 * "Russian drones hit Kharkiv and missiles struck Odesa", "shot down one missile over Kyiv region, while another two hit
 * Khmelnytskyi district", «Пожежа на заводі у Москві, атака дронами та вибух на нафтобазі в Макіївці»: a sentence of
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
  const parts = clauses(text, view);
  if (parts.length < 2) return [];
  // A clause that holds the place a fact of the sentence took (its region, or a sea: «над акваторией Черного моря
  // вблизи Крымского полуострова», where the land is only what the sea is near) was read.
  const taken = byStart(
    found.flatMap((f) =>
      [f.fields.region, f.fields.place].filter((at): at is NonNullable<typeof at> => at !== undefined && !at.inferred),
    ),
  );
  // A region the sentence's facts already name gets nothing more: "thwarted an attack on Kyiv, shooting down all 18
  // missiles aimed at the capital" is one interception, not a strike beside it.
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
  const out: T[] = [];
  for (const range of parts) {
    if (inside(triggers, range).length === 0 || inside(taken, range).length > 0) continue;
    const own = inside(sorted, range).filter(
      (p) => eligible.has(p) && !FROM_BEFORE.test(text.slice(Math.max(range.start, p.start - 40), p.start)),
    );
    if (own.length === 0) continue;
    const clause = clauseView(text, view, range);
    // Read on a copy of the context: what the clause leaves (its last attack, its place) is not the sentence's.
    const sub: ReportContext = {
      ...ctx,
      factsIn: (v) =>
        v === clause
          ? ctx.factsIn(view).filter((f) => f.evidence.start >= range.start && f.evidence.start < range.end)
          : ctx.factsIn(v),
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
      // The clause's own weapon or none: one lent from the sentence's other clause («дрони ГУР у Мордовії та удар по
      // авіабазі у Джанкої», "fires cruise missiles at Odesa, shelling kills six in Donetsk") is that clause's.
      const w = f.fields.weapon;
      if (w && (w.inferred || w.start < range.start || w.end > range.end)) {
        f.weapon = null;
        f.weapon_model = null;
        delete f.fields.weapon;
      }
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

/** The effects of clauses the sentence's reading left without a fact (`clauseFacts`): «Бавовна у Севастополі, дрони у
 *  Мордовії та удар по авіабазі у Джанкої» is a blast in Sevastopol, though a weapon is named in the next item. */
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
