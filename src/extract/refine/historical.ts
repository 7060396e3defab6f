import type { Fact } from '../../core/types.ts';
import { clauseAround, clauseJoins, factsTriggeredIn, type SentenceView } from '../view.ts';

/** More than this before publication, an event is not the news the report brings («31 січня» in a September post). */
const WEEK_MS = 8 * 24 * 3600 * 1000;
const YEAR = /(?<![\p{N}\p{L}])(20\d\d)(?![\p{N}])/gu;

/**
 * A fact the report dates before its own week is history, not news: a window that ended over a week before
 * publication, or a year before the publication's named in the fact's own sentence («в июле 2022 года ВСУ атаковали
 * Белгород»). The fact stays, with its evidence, marked `historical`; resolution leaves it out of incidents.
 * Language-agnostic: digits and the calendar only.
 */
export function markHistorical(facts: readonly Fact[], published: string, inferred = false): Fact[] {
  // With no publication time of its own (the file's or the ingest's stands in), a report cannot date anything before
  // its own week: «22 вересня» in an undated post is the news it brings.
  if (inferred) return [...facts];
  const pub = Date.parse(published);
  const pubYear = new Date(pub).getUTCFullYear();
  return facts.map((f) => {
    const ended = f.when ? Date.parse(f.when.end) : Number.NaN;
    const old = !Number.isNaN(ended) && ended < pub - WEEK_MS;
    // A year in the sentence older than the publication's: "the attack of 2022", unless the sentence also gives a
    // window of this week (a year-end post that looks back and then reports last night).
    const years = [...f.evidence.text.matchAll(YEAR)].map((m) => Number(m[1]));
    const recent = !Number.isNaN(ended) && ended >= pub - WEEK_MS && f.fields.when?.inferred === false;
    const past = years.length > 0 && years.every((y) => y < pubYear) && !recent;
    return old || past ? { ...f, historical: true } : f;
  });
}

/**
 * The facts of this sentence that a word of long ago (the lexicon's `long_ago`: "last year", «в прошлом месяце»,
 * «торік») dates before the report's week. The word dates its own clause; in the sentence's first clause it dates the
 * whole sentence ("At 5 p.m. on April 19 last year, a missile hit the hospital"). After "since" («с начала») in its
 * clause it is the start of a span that reaches today, not the event's date ("the biggest attack since the invasion
 * began last year", "Since Moscow left the deal last month, it has struck the ports").
 */
export function longAgoFacts(text: string, view: SentenceView, facts: readonly Fact[]): Fact[] {
  const words = view.hits.filter((h) => h.value.categories.has('long_ago'));
  if (words.length === 0) return [];
  const joins = clauseJoins(view);
  const ranges = words.flatMap((h) => {
    const clause = clauseAround(text, view, h, joins);
    if (view.hits.some((s) => s.value.categories.has('since') && s.start >= clause.start && s.end <= h.start))
      return [];
    return [clause.first ? view.span : clause];
  });
  return factsTriggeredIn(view, facts, ranges);
}

/**
 * The facts of this sentence that count over a span reaching back long before the report's week (the lexicon's
 * `tally_span`: "since the start of the war", «с начала СВО», «з початком наступу»): «Около 900 тысяч потеряли ВСУ с
 * начала СВО», "one in ten hospitals have been damaged by attacks since Russia's invasion". What the clause counts is a
 * tally, mostly history, not this week's event. As a `long_ago` word does, the span rules its own clause, and the whole
 * sentence from its first clause («С начала года, как уточнили в МЧС, сбито …»); "Drones hit Kyiv overnight, bringing
 * the total since the start of the war to 4,000" keeps the night's strike. A `record` word anywhere in the sentence
 * measures one event by the span ("the biggest drone attack since the start of the war", «первый удар по Удмуртии с
 * начала войны»): news, untouched.
 */
export function tallyFacts(text: string, view: SentenceView, facts: readonly Fact[]): Fact[] {
  const spans = view.hits.filter((h) => h.value.categories.has('tally_span'));
  if (spans.length === 0 || view.hits.some((h) => h.value.categories.has('record'))) return [];
  const joins = clauseJoins(view);
  const ranges = spans.map((h) => {
    const clause = clauseAround(text, view, h, joins);
    return clause.first ? view.span : clause;
  });
  return factsTriggeredIn(view, facts, ranges);
}
