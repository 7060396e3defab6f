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
 * Whether a word of long ago dates something in this sentence: one that follows no "since" of its clause («В прошлом
 * месяце «Шахед» убил девушку …», "…, which saw explosions rip through the bridge last month"; not "the biggest attack
 * since the invasion began last year").
 */
export function datedLongAgo(text: string, view: SentenceView): boolean {
  const words = view.hits.filter((h) => h.value.categories.has('long_ago'));
  if (words.length === 0) return false;
  const joins = clauseJoins(view);
  return words.some((h) => {
    const clause = clauseAround(text, view, h, joins);
    return !view.hits.some((s) => s.value.categories.has('since') && s.start >= clause.start && s.end <= h.start);
  });
}

/**
 * A story told from the past: a report whose body opens, before any fact it tells as news, with a sentence that a word
 * of long ago dates and that tells no news of its own. «В прошлом месяце «Шахед» убил девушку в Киеве» over a
 * retelling of that night («В тот вечер, когда дрон попал в её спальню, …», «Сразу после взрыва … пожар»);
 * «наприкінці листопада … минулого року були надіслані листи» over «В результаті вибуху постраждав співробітник». The
 * sentences after it that name no time of their own go on telling that past, and so does a headline that names none
 * over such a lead paragraph: their facts are history too. A sentence that names a time ends the hold (markHistorical
 * dates its facts by that time: "On Tuesday night, drones hit Kyiv again"). A body that opens with its news keeps it.
 *
 * One per report, read in order: `read` takes each body sentence with the facts it told and returns those the story
 * dates; `title` returns the headline's facts it dates, at the end. The caller marks them.
 */
export class PastStory {
  private state: 'open' | 'past' | 'news' = 'open';
  /** Whether the story was dated within the lead paragraph, which a headline sums up. */
  private inLead = false;

  /** `facts`: the sentence's own, already marked by their clause's words; `lead`: the sentence is in the lead paragraph. */
  read(text: string, view: SentenceView, facts: readonly Fact[], lead: boolean): Fact[] {
    if (this.state === 'news') return [];
    if (this.state === 'open') {
      if (datedLongAgo(text, view) && facts.every((f) => f.historical)) {
        this.state = 'past';
        this.inLead = lead;
      } else if (facts.some((f) => !f.historical)) this.state = 'news';
      return [];
    }
    if (view.times.length > 0) {
      this.state = 'news';
      return [];
    }
    return [...facts];
  }

  /** The headline's facts that state no time of their own, when the lead paragraph below dated the story. */
  title(facts: readonly Fact[]): Fact[] {
    if (this.state !== 'past' || !this.inLead) return [];
    return facts.filter((f) => f.fields.when?.inferred !== false);
  }
}

/** What ends the stretch of a tally span from the sentence's first clause: a semicolon, a colon (not between digits,
 *  «04:10»), a dash. A comma does not («С начала года, как уточнили в МЧС, сбито …»). */
const TALLY_STOP = /;|(?<!\d):|:(?!\d)|[\u2013\u2014]|\s-\s/u;

/**
 * The facts of this sentence that count over a span reaching back long before the report's week (the lexicon's
 * `tally_span`: "since the start of the war", «с начала СВО», «з початком наступу»): «Около 900 тысяч потеряли ВСУ с
 * начала СВО», "one in ten hospitals have been damaged by attacks since Russia's invasion". What the clause counts is a
 * tally, mostly history, not this week's event. As a `long_ago` word does, the span rules its own clause; in the
 * sentence's first clause it rules on past commas («С начала года, как уточнили в МЧС, сбито …») up to the first
 * semicolon, colon, dash or opening conjunction: "Since the start of the war, Kharkiv has been hit by 5,000 missiles;
 * overnight a missile hit a school" keeps the night's strike, as "Drones hit Kyiv overnight, bringing the total since
 * the start of the war to 4,000" does. A fact whose own clause states a window in the report's week («а цієї ночі дрон
 * влучив») is news whatever the span. A `record` word (or an ordinal in digits, the lexicon's `ordinal_suffixes`) in the
 * span's own clause measures one event by the span ("the biggest drone attack since the start of the war", «300-я
 * атака с начала СВО», "a scale not seen since the war began"): news, untouched; one in another clause ("…, the first
 * deputy minister said") does not.
 */
export function tallyFacts(
  text: string,
  view: SentenceView,
  facts: readonly Fact[],
  ordinal: RegExp | null,
  published: string,
): Fact[] {
  const spans = view.hits.filter((h) => h.value.categories.has('tally_span'));
  if (spans.length === 0) return [];
  const joins = clauseJoins(view);
  const ranges = spans.flatMap((h) => {
    const clause = clauseAround(text, view, h, joins);
    const inClause = (at: { start: number; end: number }) => at.start >= clause.start && at.end <= clause.end;
    if (view.hits.some((r) => r.value.categories.has('record') && inClause(r))) return [];
    if (ordinal?.test(text.slice(clause.start, clause.end))) return [];
    if (!clause.first) return [clause];
    const rest = text.slice(h.end, view.span.end);
    const stop = rest.search(TALLY_STOP);
    const opens = joins.find((j) => j.start >= h.end);
    const end = Math.min(stop === -1 ? view.span.end : h.end + stop, opens?.start ?? view.span.end);
    return [{ start: view.span.start, end }];
  });
  const pub = Date.parse(published);
  return factsTriggeredIn(view, facts, ranges).filter((f) => {
    // "…hit by 5,000 missiles; overnight a missile hit a school": a fact that took the span's verb but counts a number
    // or names a weapon past the stretch («— этой ночью ПВО сбила ещё 12 беспилотников») is the later clause's news.
    const told = [f.fields.count, f.fields.launched, f.fields.weapon];
    const inside = (at: { start: number; end: number }) => ranges.some((r) => at.start >= r.start && at.end <= r.end);
    if (told.some((at) => at && at.inferred === false && !inside(at))) return false;
    // «а цієї ночі дрон влучив у школу»: the fact's own clause dates it in the report's week.
    const stated = f.fields.when;
    const trigger = f.fields.kind;
    if (!f.when || !stated || stated.inferred !== false || !trigger) return true;
    const own = clauseAround(text, view, trigger, joins);
    const inWeek = Date.parse(f.when.end) >= pub - WEEK_MS;
    return !(inWeek && stated.start >= own.start && stated.end <= own.end);
  });
}
