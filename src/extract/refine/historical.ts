import type { Fact } from '../../core/types.ts';
import type { Hit, WordCategory } from '../compile.ts';
import { anyOf } from '../grammar.ts';
import { clauseAround, clauseJoins, factsTriggeredIn, type SentenceView } from '../view.ts';

/** More than this before publication, an event is not the news the report brings («31 січня» in a September post). */
const WEEK_MS = 8 * 24 * 3600 * 1000;
/** What may stand before a sentence's first word: spaces, opening quotes and brackets («, “, ", (). */
const OPENS = /^[\s\p{Pi}\p{Ps}"]*$/u;
const YEAR = /(?<![\p{N}\p{L}])(20\d\d)(?![\p{N}])/gu;
/** `YEAR` for a test, without the global flag's state. */
const A_YEAR = new RegExp(YEAR.source, 'u');

/** A window of the fact's own (stated, not inferred) that ends in the report's week: it dates the fact this week,
 *  whatever else its sentence names of the past. */
function statedThisWeek(f: Fact, pub: number): boolean {
  const ended = f.when ? Date.parse(f.when.end) : Number.NaN;
  return !Number.isNaN(ended) && !Number.isNaN(pub) && ended >= pub - WEEK_MS && f.fields.when?.inferred === false;
}

/**
 * A fact the report dates before its own week is history, not news: a window that ended over a week before
 * publication, or a year before the publication's named in the fact's own sentence («в июле 2022 года ВСУ атаковали
 * Белгород»). The fact stays, with its evidence, marked `historical`; resolution leaves it out of incidents.
 * Language-agnostic: digits and the calendar only, and the lexicon's `since` and `record` words through `views`: a
 * year that closes a span measuring one event dates nothing (`measuredSince`): "Kharkiv saw its heaviest missile
 * barrage since the war began in 2022" is this week's news.
 */
export function markHistorical(
  facts: readonly Fact[],
  published: string,
  inferred = false,
  text = '',
  views: readonly SentenceView[] = [],
): Fact[] {
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
    const years = [...f.evidence.text.matchAll(YEAR)]
      .filter((m) => !measuredSince(text, views, f.evidence.start + m.index, m[0].length))
      .map((m) => Number(m[1]));
    const past = years.length > 0 && years.every((y) => y < pubYear) && !statedThisWeek(f, pub);
    return old || past ? { ...f, historical: true } : f;
  });
}

/** Whether the year at `start` (an offset in the report's `text`) closes a span that measures one event: a `since`
 *  word before it in its own clause, and a `record` word before that ("the heaviest barrage on Kharkiv since the war
 *  began in 2022", "the deadliest raid on the town since February 2022"). The span reaches today and the year
 *  dates nothing, as a word of long ago after "since" does not (`datingWords`). With no record word the span counts
 *  a tally ("Since 2022, missiles have hit the plant five times"), history as before; so is a later year of the
 *  clause ("the deadliest strike since 2014 came in 2022"). With no text or views (or an evidence that does not sit
 *  at its offset) nothing is measured. */
function measuredSince(text: string, views: readonly SentenceView[], start: number, length: number): boolean {
  const view = views.find((v) => v.span.start <= start && start < v.span.end);
  if (!view || !/^\d+$/u.test(text.slice(start, start + length))) return false;
  const clause = clauseAround(text, view, { start, end: start + length }, clauseJoins(view));
  const before = (h: Hit, end: number) => h.start >= clause.start && h.end <= end;
  // The span's own year is the first after its "since": "the deadliest strike since 2014 came in 2022" dates by 2022.
  const since = view.hits.findLast((h) => h.value.categories.has('since') && before(h, start));
  if (!since || A_YEAR.test(text.slice(since.end, start))) return false;
  if (!view.hits.some((h) => h.value.categories.has('record') && before(h, since.start))) return false;
  // The span names no event of its own: no event or toll word from the since word to the year's next mark ("since
  // the depot blast in 2022 killed 50"), no relative clause right after the year's phrase that tells the measured
  // event ("since the war began in 2014, when a missile hit the pier"), and a sentence that does not look back
  // ("Looking back: …", "Two years on, residents remember …"): an old event measured so is history, as on 1657d37.
  const end = start + length;
  const mark = text.slice(end, clause.end).search(MARK);
  const spanEnd = mark < 0 ? clause.end : end + mark;
  const told = (h: Hit) =>
    h.start >= since.end && h.end <= spanEnd && SPAN_EVENTS.some((c) => h.value.categories.has(c));
  if (view.hits.some(told)) return false;
  if (RELATIVE.test(text.slice(end, view.span.end))) return false;
  return !LOOK_BACK.test(text.slice(view.span.start, view.span.end));
}

/** The words of an event or a toll: in a record's span after the since word, the span tells an event of its own. */
const SPAN_EVENTS: readonly WordCategory[] = [
  'strike',
  'attack_noun',
  'event_verb',
  'explosion',
  'killed',
  'injured',
  'damage',
  'fire',
  'destroying',
];
/** A mark that ends the year's phrase: a comma, a stop, a dash, a quote or a bracket. */
const MARK = /[,;:.!?\p{Pd}\p{Pi}\p{Pf}\p{Ps}"]/u;
/** A relative word right after the year's phrase (a word such as «года» and a comma may stand between). */
const RELATIVE = new RegExp(`^(?:\\s+\\p{L}+\\.?)?\\s*,?\\s*(?:${anyOf('span_relative')})(?![\\p{L}])`, 'iu');
/** A word of a sentence that looks back (the lexicon's `look_back`). */
const LOOK_BACK = new RegExp(`(?<![\\p{L}])(?:${anyOf('look_back')})(?![\\p{L}])`, 'iu');

/** The full-scale invasion's first day, what a `war_start` word names: in a report of the week after it, "at the start
 *  of the invasion" is this week. */
const WAR_START = Date.parse('2022-02-24T00:00:00+02:00');
/** «в» before a place right after a `war_start` word: another invasion («в начале вторжения в Курскую область»). */
const INTO = new RegExp(`^\\s+(?:${anyOf('invasion_into')})\\s+$`, 'iu');
/** A `compared_with` word right before the `long_ago` word: only spaces between. */
const ADJACENT = /^\s+$/u;

/**
 * The words of long ago (the lexicon's `long_ago`) that date their clause: none after "since" («с начала») in its clause,
 * the start of a span that reaches today ("the biggest attack since the invasion began last year"). A `war_start` word
 * right after a `compared_with` word is what the event is compared with ("Unlike at the start of the war, …", "a scale
 * last seen at the start of the invasion", «Как и в начале СВО, …»), no date. A `war_start` word ("at the start of the
 * invasion") dates only in a report published over a week after the war's start (one of the first week's posts tells
 * its own week), and not before `invasion_into` and a place, another invasion's start («в начале вторжения в Курскую
 * область»). `published` undefined or unreadable: a war-start word dates as any other.
 */
function datingWords(text: string, view: SentenceView, published?: string): Hit[] {
  const words = view.hits.filter((h) => h.value.categories.has('long_ago'));
  if (words.length === 0) return [];
  const joins = clauseJoins(view);
  const pub = published === undefined ? Number.NaN : Date.parse(published);
  return words.filter((h) => {
    const clause = clauseAround(text, view, h, joins);
    if (view.hits.some((s) => s.value.categories.has('since') && s.start >= clause.start && s.end <= h.start))
      return false;
    if (!h.value.categories.has('war_start')) return true;
    const compared = (s: Hit) => s.value.categories.has('compared_with') && ADJACENT.test(text.slice(s.end, h.start));
    if (view.hits.some((s) => s.end <= h.start && compared(s))) return false;
    if (!Number.isNaN(pub) && pub < WAR_START + WEEK_MS) return false;
    return !view.places.some((p) => p.start >= h.end && INTO.test(text.slice(h.end, p.start)));
  });
}

/**
 * The facts of this sentence that a word of long ago (`datingWords`: "last year", «в прошлом месяце», «торік», "at the
 * start of the invasion") dates before the report's week. The word dates its own clause; in the sentence's first clause
 * it dates the whole sentence ("At 9 a.m. on March 3 last year, a missile hit the school"). A fact with a time of its
 * own in the report's week is spared by a `war_start` word, as a year is by such a time in `markHistorical` ("Kharkiv,
 * a city shelled at the start of the invasion, came under drone attack on Tuesday").
 */
export function longAgoFacts(text: string, view: SentenceView, facts: readonly Fact[], published?: string): Fact[] {
  const words = datingWords(text, view, published);
  if (words.length === 0) return [];
  const joins = clauseJoins(view);
  const ranges = words.map((h) => {
    const clause = clauseAround(text, view, h, joins);
    return clause.first ? view.span : clause;
  });
  const pub = published === undefined ? Number.NaN : Date.parse(published);
  const ofWar = words.every((h) => h.value.categories.has('war_start'));
  return factsTriggeredIn(view, facts, ranges).filter((f) => !(ofWar && statedThisWeek(f, pub)));
}

/**
 * Whether a word of long ago dates something in this sentence (`datingWords`): «В прошлом месяце «Шахед» убил девушку
 * …», "…, which saw explosions rip through the bridge last month"; not "the biggest attack since the invasion began
 * last year".
 */
export function datedLongAgo(text: string, view: SentenceView, published?: string): boolean {
  return datingWords(text, view, published).length > 0;
}

/**
 * Whether a clause read alone tells the past (detect/clause-attacks.ts): a word of long ago dates it (`datedLongAgo`),
 * a span reaching back over the war rules it (`tally_span`), or a time of its own ended before the report's week ("while
 * on August 5 a strike on Dnipro killed 40"), the test `markHistorical` makes of a fact's window. A report
 * with no publication time of its own dates nothing by a time, as there.
 */
export function pastClause(text: string, clause: SentenceView, published: string, inferred: boolean): boolean {
  if (datedLongAgo(text, clause, published) || clause.hits.some((h) => h.value.categories.has('tally_span')))
    return true;
  if (inferred) return false;
  const pub = Date.parse(published);
  return clause.times.some((t) => Date.parse(t.when.end) < pub - WEEK_MS);
}

/**
 * A story told from the past: a report whose lead paragraph (the body's first), before any news and before any time of
 * the report's week, has a sentence that a word of long ago dates. «В прошлом месяце «Шахед» убил девушку в Киеве» over
 * a retelling of that night; «…наприкінці листопада … минулого року були надіслані листи» over «В результаті вибуху
 * постраждав співробітник». A later sentence is that past only when it refers back to it (the lexicon's `story_then`:
 * "that night", "then", «в тот вечер», «тогда», «тоді», «в результаті»; or `story_after` opening the sentence: «После
 * взрыва …», "After the blast, …"): «В тот вечер, когда дрон попал в её спальню, …». A sentence that tells facts with
 * no such word is news ("Last year, Kharkiv lost its power plants. Russian missiles struck a power plant in Kharkiv,
 * the governor said."), and so is one with a word of the present (`story_now`: "now", "again", «сейчас», «снова»,
 * «зараз», «щойно») or a time of the report's week, which come first; any other time of its own ends the hold too
 * (markHistorical dates its facts by that time). A sentence that tells nothing leaves it as it is. A headline
 * that names no time is that past too only when the story was dated in its lead and the body told no news at all
 * (a headline sums up the news below it, when there is any).
 *
 * One per report, read in order: `read` takes each body sentence with the facts it told and returns those the story
 * dates; `title` returns the headline's facts it dates, at the end. The caller marks them.
 */
export class PastStory {
  private state: 'open' | 'past' | 'closed' = 'open';
  /** Whether a word of long ago dated the lead paragraph. */
  private dated = false;
  /** Whether any body sentence told a fact as news. */
  private news = false;

  constructor(private readonly published: string) {}

  /** Whether no later sentence can change what the story marks: it was told as news, and either its lead was not
   *  dated or a body sentence already told news, so `read` would mark nothing and `title` answers the same. The
   *  caller then need not gather each sentence's facts (a long text would walk the report's facts per sentence). */
  settled(): boolean {
    return this.state === 'closed' && (this.news || !this.dated);
  }

  /** `facts`: the sentence's own, already marked by their clause's words; `lead`: the sentence is in the body's first
   *  paragraph. */
  read(text: string, view: SentenceView, facts: readonly Fact[], lead: boolean): Fact[] {
    const past = this.step(text, view, facts, lead);
    if (facts.some((f) => !f.historical && !past.includes(f))) this.news = true;
    return past;
  }

  private step(text: string, view: SentenceView, facts: readonly Fact[], lead: boolean): Fact[] {
    if (this.state === 'closed') return [];
    if (this.state === 'open') {
      // "On Tuesday, Zelensky visited Kharkiv. Last year the city lost its power plants.": a story that opens on this
      // week is this week's, whatever background follows; so is one told past its lead.
      const pub = Date.parse(this.published);
      const thisWeek = view.times.some((t) => Date.parse(t.when.end) >= pub - WEEK_MS);
      if (!lead || thisWeek || facts.some((f) => !f.historical)) this.state = 'closed';
      else if (datedLongAgo(text, view, this.published)) {
        this.state = 'past';
        this.dated = true;
      }
      return [];
    }
    const has = (category: 'story_now' | 'story_then') => view.hits.some((h) => h.value.categories.has(category));
    const pub = Date.parse(this.published);
    if (has('story_now') || view.times.some((t) => Date.parse(t.when.end) >= pub - WEEK_MS)) {
      this.state = 'closed';
      return [];
    }
    // «После взрыва в квартире начался пожар», "After the blast, …": opening the sentence, "after" sets it after the
    // event told before.
    const opens = view.hits.some(
      (h) => h.value.categories.has('story_after') && OPENS.test(text.slice(view.span.start, h.start)),
    );
    if (has('story_then') || opens) return [...facts];
    if (view.times.length > 0 || facts.length > 0) this.state = 'closed';
    return [];
  }

  /** The headline's facts that state no time of their own, when the lead dated the story and the body told no news. */
  title(facts: readonly Fact[]): Fact[] {
    if (!this.dated || this.news) return [];
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
 * span's own clause measures one event by the span ("Lutsk's heaviest drone raid since the start of the war", «250-я
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
  // A record word in the span's own clause measures one event by it: news.
  const measured = (h: Hit) => {
    const clause = clauseAround(text, view, h, joins);
    return view.hits.some((r) => r.value.categories.has('record') && r.start >= clause.start && r.end <= clause.end);
  };
  const ranges = spans.flatMap((h) => {
    const clause = clauseAround(text, view, h, joins);
    if (measured(h)) return [];
    if (ordinal?.test(text.slice(clause.start, clause.end))) return [];
    if (!clause.first) return [clause];
    const rest = text.slice(h.end, view.span.end);
    const stop = rest.search(TALLY_STOP);
    const opens = joins.find((j) => j.start >= h.end);
    const end = Math.min(stop === -1 ? view.span.end : h.end + stop, opens?.start ?? view.span.end);
    return [{ start: view.span.start, end }];
  });
  const pub = Date.parse(published);
  // «Над Брянской областью сбиты 5 дронов … Всего с начала спецоперации над Брянской — 900»: a sentence with no verb of
  // its own continues the count of the sentence before (its kind is inferred from there), and its dash stands for
  // that verb, no clause's end. Its count is ruled by a span before it in the sentence, unless a record word or an
  // ordinal there measures one event.
  const verbless = facts.filter((f) => {
    const kind = f.fields.kind;
    const count = f.fields.count;
    return (
      kind?.inferred === true &&
      kind.start < view.span.start &&
      count?.inferred === false &&
      count.start >= view.span.start &&
      count.end <= view.span.end &&
      spans.some((h) => h.end <= count.end && !measured(h)) &&
      !(ordinal?.test(text.slice(view.span.start, count.end)) ?? false)
    );
  });
  const triggered = factsTriggeredIn(view, facts, ranges).filter((f) => {
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
  return verbless.length === 0 ? triggered : [...new Set([...triggered, ...verbless])];
}
