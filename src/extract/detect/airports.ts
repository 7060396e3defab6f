import type { Fact, Span } from '../../core/types.ts';
import {
  type AirportMatch,
  capitalAirports,
  mainAirportOf,
  type PlaceMatch,
  regionInfo,
  regionNameIn,
  townAirport,
} from '../common/gazetteer.ts';
import type { TimeMatch } from '../common/time.ts';
import type { WordCategory } from '../compile.ts';
import { anyOf } from '../grammar.ts';
import { has, hitsOf, newFact, type ReportContext, type SentenceView, setField, spanOf } from '../view.ts';
import { applyLocation, capitalPlaces, locate } from './locate.ts';

const FLIGHT_FROM = new RegExp(`(?:^|\\s)(?:${anyOf('from')})\\s+$`, 'iu');
const LIFTED = new RegExp(`(?:${anyOf('restrictions_lifted')})`, 'iu');
const LIFTED_ALL = new RegExp(LIFTED.source, 'giu');
/** How far after a lifting's word its clock may stand: «сняты в 10:40 мск», "lifted at 06:40". */
const LIFTING_CLOCK_GAP = 16;

/** Whether a time is a clock standing right after a lifting's word that ends at `wordEnd`: the lifting's time. */
export function clockRightAfter(t: TimeMatch, wordEnd: number): boolean {
  return (
    (t.when.precision === 'exact' || t.when.precision === 'hour') &&
    t.start >= wordEnd &&
    t.start - wordEnd <= LIFTING_CLOCK_GAP
  );
}
const FLIGHT = new RegExp(`(?:${anyOf('flight')})`, 'iu');
const AIR_TRAFFIC = new RegExp(`(?<![\\p{L}])(?:${anyOf('air_traffic')})(?![\\p{L}])`, 'iu');
const CLOSURE_PLAN = new RegExp(`(?<![\\p{L}])(?:${anyOf('closure_plan')})`, 'iu');
const NOT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${anyOf('not')})\\s+$`, 'iu');
const NOT_ANY = new RegExp(`(?<![\\p{L}])(?:${anyOf('not')})(?![\\p{L}])`, 'iu');
/** At most this many words, times aside, make a lifting under a heading that needs no air-traffic word of its own
 *  («Ограничения сняты в 05:15.»). */
const BARE_WORDS = 4;
const TOWN_JOIN = new RegExp(`^[\\s,]*(?:${anyOf('conjunction')})?[\\s,]*(?:\\p{Lu}\\p{Ll}+[\\s,]*)?$`, 'u');
/** Only a comma or a conjunction between two listed towns: "Kazan and Kaluga", «Казани и Калуги». */
const LIST_JOIN = new RegExp(`^[\\s,]*(?:${anyOf('conjunction')})?[\\s,]*$`, 'u');

/**
 * Airport closures and diversions. A closure needs an airport named, or "airports" tied to a city or the capital:
 * "With airports closed, power grids strained…" names no airport and gives nothing. A diversion alone ("Flights were
 * redirected to St Petersburg, Nizhny Novgorod and Kazan") is a fact of the place the report was speaking about.
 */
export function detectAirports(ctx: ReportContext, view: SentenceView, places: PlaceMatch[]): Fact[] {
  const text = ctx.report.text;
  const closed = hitsOf(view, 'airport_closed')[0] ?? hitsOf(view, 'flights_disrupted')[0];
  const diversion = hitsOf(view, 'diversion')[0];
  if (!closed && !diversion) return [];

  // «Рейс Сочи — Калуга направлен на запасной аэродром Внуково», "diverted to Moscow's Vnukovo airport": airports
  // after the diversion word are where flights went, not where they were stopped.
  const divertedAt = diversion?.start ?? Number.POSITIVE_INFINITY;
  const stopped = view.airports.filter((a) => a.start < divertedAt);
  const alternates = view.airports.filter((a) => a.start >= divertedAt);
  const codes = new Set(stopped.map((a) => a.iata));
  let airportSpan = stopped[0] ? spanOf(text, stopped[0].start, stopped[0].end) : null;
  const named = namedAirports(ctx, view, places, divertedAt);
  for (const code of named.codes) codes.add(code);
  airportSpan ??= named.span;
  let summed = named.summed;
  let region = named.region;
  const destinations = [
    ...view.destinations
      // "Moscow's Vnukovo airport": the city names the airport after it, not another destination.
      .filter((d) => !alternates.some((a) => a.start < d.end + 12 && d.start < a.end))
      .map((d) => mainAirportOf(d))
      .filter((c): c is string => c !== null),
    ...alternates.map((a) => a.iata),
  ];
  // "Drones are downed in Moscow, disrupting flights": the city's flights, its airports unnamed.
  const flights = closed?.value.categories.has('flights_disrupted') === true;
  const city = flights ? places.find((p) => p.kind === 'city') : undefined;
  if (city && codes.size === 0) region ??= city;
  const lifted = LIFTED.exec(view.span.text);
  // «Аэропорт Сочи. Введены временные ограничения…», «Аэропорт Внуково (Москва). Ограничения сняты в 05:15.»: the
  // aviation authority's heading names the airport and tells nothing of it; the next sentence's closure or lifting
  // names no place and is that airport's.
  const heading =
    closed && codes.size === 0 && !region && !city && destinations.length === 0 && places.length === 0
      ? headingAirports(ctx, view)
      : null;
  if (heading) {
    for (const code of heading.codes) codes.add(code);
    airportSpan = heading.span;
    region = heading.region;
    summed = heading.summed;
  }
  // «В Жуковском введён план «Ковёр»»: the closure plan is an airport's, and a town beside it that has one airport
  // names that airport, as «в аэропорту Жуковский» would.
  const planTown = codes.size === 0 && !region && !city && !heading ? townBesidePlan(text, view, places) : null;
  if (planTown) {
    codes.add(planTown.iata);
    airportSpan = spanOf(text, planTown.start, planTown.end);
  }
  // «В аэропортах Внуково и Домодедово введены ограничения… Ограничения сняты в 05:15.»: a lifting that names no
  // airport and no place ends the closure the report told before it: its airports and place, as told there.
  const closure =
    lifted && closed && codes.size === 0 && !region && !city && destinations.length === 0 && places.length === 0
      ? ctx.facts.findLast((f) => f.kind === 'airport_disruption' && f.airports.length > 0 && f.detail === null)
      : undefined;
  if (codes.size === 0 && !city && !closure && (destinations.length === 0 || !diversion)) return [];
  if (codes.size === 0 && !closed && !has(view, 'airport_word') && !FLIGHT.test(view.span.text)) {
    return [];
  }

  const trigger = closed ?? diversion!;
  const fact = newFact(ctx, view, 'airport_disruption', spanOf(text, trigger.start, trigger.end));
  // «ограничения … сняты», "restrictions were lifted": a statement of its own, the end of the disruption.
  if (lifted) {
    fact.detail = 'restrictions lifted';
    // «Аэропорт возобновил работу: ограничения, введённые утром, сняты в 10:40»: of several lifting words, the one a
    // clock follows is the evidence, and that clock is the lifting's time (run.ts liftingClock).
    const words = [...view.span.text.matchAll(LIFTED_ALL)].map((m) => {
      const start = view.span.start + m.index;
      return { start, end: wordEnd(text, start + m[0].length) };
    });
    const clocked = words.find((w) => view.times.some((t) => clockRightAfter(t, w.end)));
    const word = clocked ?? words[0]!;
    setField(fact, 'detail', spanOf(text, word.start, word.end));
  } else if (codes.size > 0 && !ctx.hasFactOfKind('airport_disruption')) {
    // «План «Ковёр» отменён. Ограничение в аэропорту Шереметьево действовало 40 минут.»: a lifting told first with no
    // airport, then the airport it lifted: the report's closure is a lifting.
    const told = liftingBefore(ctx, view);
    if (told) {
      fact.detail = 'restrictions lifted';
      setField(fact, 'detail', told);
    }
  }
  // Never every airport: a lifting that names none would lift them all.
  const kept = lifted ? new Set(stillClosed(view)) : new Set<string>();
  if ([...codes].some((c) => !kept.has(c))) for (const code of kept) codes.delete(code);
  fact.airports = [...codes].sort();
  if (airportSpan && fact.airports.length > 0) setField(fact, 'airports', airportSpan, summed);
  fact.diverted_to = [...new Set(destinations)].sort();
  const lastDest = [...view.destinations, ...alternates].sort((a, b) => a.end - b.end).pop();
  if (diversion && lastDest && fact.diverted_to.length > 0) {
    setField(fact, 'diverted_to', spanOf(text, diversion.start, lastDest.end));
  }
  const served = stopped[0] ?? heading?.first ?? planTown ?? undefined;
  if (closure) {
    fact.airports = [...closure.airports];
    const told = closure.fields.airports;
    if (told) fact.fields.airports = { ...told, inferred: true };
    fact.region = closure.region;
    fact.place = closure.place;
    for (const field of ['region', 'place'] as const) {
      const at = closure.fields[field];
      if (at) fact.fields[field] = { ...at, inferred: true };
    }
  } else if (region) {
    applyLocation(ctx, view, fact, {
      located: region,
      inferred: false,
      aggregate: false,
    });
  } else if (served) {
    const place = places.find((p) => p.code === served.region) ?? null;
    if (place)
      applyLocation(ctx, view, fact, {
        located: place,
        inferred: false,
        aggregate: false,
      });
    else {
      // «в аэропорту Шереметьево»: the airport's phrase is the evidence of its region, not the region's name.
      const info = regionInfo(served.region);
      fact.region = { code: served.region, name: info ? regionNameIn(info, ctx.lang) : served.city };
      setField(fact, 'region', spanOf(text, served.start, served.end));
    }
  } else {
    // "A flight from Sochi was diverted to Vnukovo" after "restrictions at Kaluga airport": the diversion belongs to
    // the airport the report is about, not to where the flight came from.
    const earlier = ctx.facts.findLast((f) => f.kind === 'airport_disruption' && f.region !== null);
    if (codes.size === 0 && earlier?.region) {
      fact.region = earlier.region;
      const field = earlier.fields.region;
      if (field) fact.fields.region = { ...field, inferred: true };
    } else {
      const notOrigin = places.filter((p) => !FLIGHT_FROM.test(text.slice(Math.max(0, p.start - 12), p.start)));
      applyLocation(ctx, view, fact, locate(ctx, view, trigger, notOrigin));
    }
  }
  ctx.facts.push(fact);
  const facts = [fact];
  // «в аэропортах Казани и Калуги», "Airports in Kazan and Kaluga", «во Внуково, Шереметьево и Калуге … сняты»:
  // towns listed right after the named airports are closures of their own city's airport, one fact per city.
  const listEnd = Math.max(stopped.at(-1)?.end ?? -1, fact.airports.length > 0 ? (airportSpan?.end ?? -1) : -1);
  if (listEnd >= 0 && fact.region) {
    let cursor = listEnd;
    for (const town of places.filter((p) => p.start >= listEnd).sort((a, b) => a.start - b.start)) {
      if (town.kind !== 'city' || !LIST_JOIN.test(text.slice(cursor, town.start))) break;
      cursor = town.end;
      const code = mainAirportOf(town);
      if (!code || codes.has(code) || town.code === fact.region.code) continue;
      const sibling = newFact(ctx, view, 'airport_disruption', spanOf(text, trigger.start, trigger.end));
      sibling.detail = fact.detail;
      if (fact.fields.detail) sibling.fields.detail = fact.fields.detail;
      sibling.airports = [code];
      setField(sibling, 'airports', spanOf(text, town.start, town.end));
      applyLocation(ctx, view, sibling, { located: town, inferred: false, aggregate: false });
      ctx.facts.push(sibling);
      facts.push(sibling);
    }
  }
  return facts;
}

interface Named {
  codes: Set<string>;
  span: Span | null;
  /** "Moscow airports": the capital's every airport, a reading of the plural and not a list told. */
  summed: boolean;
  /** The city or capital the airport word was tied to. */
  region: PlaceMatch | null;
  /** The first airport the sentence names by its own name. */
  first?: AirportMatch;
}

/**
 * The airports a sentence names by the word "airport(s)" tied to a city or the capital, or towns listed right before
 * that word (the codes of `view.airports` are the caller's): what a closure sentence, or a heading over one, names.
 */
function namedAirports(ctx: ReportContext, view: SentenceView, places: PlaceMatch[], before: number): Named {
  const text = ctx.report.text;
  const codes = new Set(view.airports.filter((a) => a.start < before).map((a) => a.iata));
  let span: Span | null = null;
  let summed = false;
  let region: PlaceMatch | null = null;
  const word = hitsOf(view, 'airport_word').find((h) => h.start < before);
  // "Moscow's Sheremetyevo airport" names one airport; "the capital's airports" means all of them.
  if (word && codes.size === 0) {
    const capital = capitalPlaces(ctx, view).find((c) => Math.abs(c.start - word.start) <= 40);
    const city = places.find((p) => p.kind === 'city' && Math.abs(p.start - word.start) <= 25);
    const anchor = capital ?? city;
    if (anchor) {
      const capitalCode = anchor.code === 'RU-MOW' ? 'RU' : anchor.code === 'UA-30' ? 'UA' : null;
      const served = capitalCode ? capitalAirports(capitalCode) : [mainAirportOf(anchor)].filter((c) => c !== null);
      for (const code of served) codes.add(code);
      summed = capitalCode !== null && served.length > 1;
      region = anchor;
      const from = Math.min(word.start, anchor.start);
      const to = Math.max(word.end, anchor.end);
      span = spanOf(text, from, to);
    }
  }
  // "at Domodedovo and Zhukovsky airports": towns listed right before the word "airports".
  if (word) {
    let cursor = word.start;
    for (const town of [...places].reverse()) {
      if (town.end > cursor || town.kind !== 'city') continue;
      if (!TOWN_JOIN.test(text.slice(town.end, cursor))) break;
      const code = mainAirportOf(town);
      if (code) {
        codes.add(code);
        span ??= spanOf(text, town.start, word.end);
      }
      cursor = town.start;
    }
  }
  return { codes, span, summed, region };
}

/**
 * The airports the sentence just before names, when it is a heading over this one: it names an airport and has no
 * word of a closure, a lifting or a diversion of its own (so no fact of it was read); null otherwise.
 */
function headingAirports(ctx: ReportContext, view: SentenceView): Named | null {
  const before = ctx.views?.[view.index - 1];
  if (!before || before.index !== view.index - 1) return null;
  if (['airport_closed', 'flights_disrupted', 'diversion'].some((c) => has(before, c as WordCategory))) return null;
  if (LIFTED.test(before.span.text)) return null;
  if (!onlyAirportPhrase(before) || !airTrafficClosure(view)) return null;
  const named = namedAirports(ctx, before, before.places, Number.POSITIVE_INFINITY);
  if (named.codes.size === 0) return null;
  const first = before.airports[0];
  named.first = first;
  named.span ??= first ? spanOf(ctx.report.text, first.start, first.end) : null;
  named.region ??= first ? (before.places.find((p) => p.code === first.region) ?? null) : null;
  return named.span ? named : null;
}

/** «Аэропорт Внуково (Москва).», "Pulkovo airport.": the sentence is the airport phrase and nothing else (no verb,
 *  no subject of its own: «Аэропорт Сочи открыл новый терминал.» tells its own news and heads nothing). */
function onlyAirportPhrase(view: SentenceView): boolean {
  const rest = blanked(view, [...view.airports, ...view.places, ...hitsOf(view, 'airport_word')]);
  return !/\p{L}/u.test(rest.replace(/\([^)]*\)/gu, ' '));
}

/** The sentence's text with these spans of it blanked out (same length, so offsets hold). */
function blanked(view: SentenceView, spans: readonly { start: number; end: number }[]): string {
  const { start, text } = view.span;
  const chars = [...text];
  for (const m of spans) {
    for (let i = Math.max(0, m.start - start); i < Math.min(chars.length, m.end - start); i++) chars[i] = ' ';
  }
  return chars.join('');
}

/** Whether a sentence under an airport heading tells that airport's closure or lifting: it names what is stopped
 *  («на прием и выпуск воздушных судов», "arrivals and departures"), or lifts them in no more than a few words
 *  («Ограничения сняты в 05:15.»). «Забастовка водителей такси привела к закрытию стоянки у терминала» tells of something else. */
function airTrafficClosure(view: SentenceView): boolean {
  if (AIR_TRAFFIC.test(view.span.text)) return true;
  // A sentence of a few words heads only as a lifting, and an unnegated one («Ограничения сняты в 05:15.»):
  // «Ограничений нет.», «Закрытия не будет.», «Парковка закрыта до 11:30.», «Ограничения не сняты.» change nothing at
  // the airport above. (Not the air-traffic branch: «не принимает рейсы» is a closure.)
  if (!LIFTED.test(view.span.text) || NOT_ANY.test(view.span.text)) return false;
  return (blanked(view, view.times).match(/\p{L}+/gu) ?? []).length <= BARE_WORDS;
}

/** The lifting word of the sentence just before, when that sentence tells the cancelling of the closure plan («План
 *  «Ковёр» отменён») and names no airport and no place; null otherwise. */
function liftingBefore(ctx: ReportContext, view: SentenceView): Span | null {
  const before = ctx.views?.[view.index - 1];
  if (!before || before.index !== view.index - 1 || !has(before, 'airport_closed')) return null;
  if (before.airports.length > 0 || before.places.length > 0 || before.destinations.length > 0) return null;
  // Only the plan's cancelling: «Ограничения сняты. В аэропорту Казани введены новые ограничения.» tells a lifting of
  // something else, then a new closure. A negated lifting («План «Ковёр» не отменён») lifts nothing.
  if (!CLOSURE_PLAN.test(before.span.text)) return null;
  const lifted = LIFTED.exec(before.span.text);
  if (!lifted || NOT_BEFORE.test(before.span.text.slice(0, lifted.index))) return null;
  const start = before.span.start + lifted.index;
  return spanOf(ctx.report.text, start, wordEnd(ctx.report.text, start + lifted[0].length));
}

/** What ends a clause around the closure plan's words. */
const CLAUSE_BREAK = /[,;:.!?\n]/u;

/** The airports of a lifting's sentence named in a clause of their own that tells a closure and no lifting
 *  («Росавиация отменила ограничения в аэропорту Внуково, в Домодедово ограничения сохраняются»): Domodedovo stays
 *  closed, and the lifting is Vnukovo's only. Only clauses after the lifting's word count: the airports listed
 *  before it («Ограничения в аэропортах Домодедово, Внуково и Калуге сняты») are the ones it lifts. */
function stillClosed(view: SentenceView): string[] {
  const sentence = view.span.text;
  const clauses: { start: number; end: number }[] = [];
  let from = 0;
  for (let at = 0; at <= sentence.length; at++) {
    if (at < sentence.length && !CLAUSE_BREAK.test(sentence[at]!)) continue;
    clauses.push({ start: view.span.start + from, end: view.span.start + at });
    from = at + 1;
  }
  // Only a clause after the lifting's word: in «Ограничения в аэропортах Домодедово, Внуково и Калуге сняты» the
  // commas list the airports the lifting is told of.
  const lifting = LIFTED.exec(sentence);
  if (!lifting) return [];
  const liftedAt = view.span.start + lifting.index + lifting[0].length;
  const closures = hitsOf(view, 'airport_closed');
  const clauseOf = (at: number) => clauses.find((c) => at >= c.start && at < c.end);
  const codes: string[] = [];
  for (const a of view.airports) {
    const clause = clauseOf(a.start);
    if (!clause || clause.start < liftedAt) continue;
    const words = sentence.slice(clause.start - view.span.start, clause.end - view.span.start);
    const closing = closures.some((h) => h.start >= clause.start && h.end <= clause.end);
    if (closing && !LIFTED.test(words)) codes.push(a.iata);
  }
  return codes;
}
/** How far a town may stand from the closure plan's words to be its airport's: «В Жуковском введён план «Ковёр»». */
const PLAN_TOWN_GAP = 24;

/** The airport of the town told right beside the closure plan's words, when the town has exactly one airport
 *  (townAirport), as a match over the town's name; null otherwise. */
function townBesidePlan(text: string, view: SentenceView, places: PlaceMatch[]): AirportMatch | null {
  const plan = CLOSURE_PLAN.exec(view.span.text);
  if (!plan) return null;
  const from = view.span.start + plan.index;
  const to = from + plan[0].length;
  // Only the plan's own clause: «В Калуге план «Ковёр» не вводили» closes nothing, and «отменил занятия в школах
  // Калуги, в городе введён план «Ковёр»» names the town in another clause.
  const sentence = view.span.text;
  const cut = (at: number): boolean => CLAUSE_BREAK.test(sentence[at] ?? '');
  let clauseFrom = plan.index;
  while (clauseFrom > 0 && !cut(clauseFrom - 1)) clauseFrom--;
  let clauseTo = plan.index + plan[0].length;
  while (clauseTo < sentence.length && !cut(clauseTo)) clauseTo++;
  if (NOT_ANY.test(sentence.slice(clauseFrom, clauseTo))) return null;
  const near = places
    .filter((p) => p.kind === 'city')
    .filter((p) => p.start >= view.span.start + clauseFrom && p.end <= view.span.start + clauseTo)
    .map((p) => ({ p, gap: p.end <= from ? from - p.end : p.start >= to ? p.start - to : 0 }))
    .filter((x) => x.gap <= PLAN_TOWN_GAP)
    .sort((a, b) => a.gap - b.gap);
  const town = near[0]?.p;
  const airport = town ? townAirport(town) : null;
  if (!town || !airport) return null;
  return { start: town.start, end: town.end, text: text.slice(town.start, town.end), ...airport };
}

/** The list's stems («снят») end inside a word: the evidence runs to the whole word's end («сняты»). */
function wordEnd(text: string, end: number): number {
  let at = end;
  while (at < text.length && /\p{L}/u.test(text[at]!)) at++;
  return at;
}
