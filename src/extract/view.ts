import type { Claimant, Fact, FactField, FactKind, Lang, Report, Span, Weapon } from '../core/types.ts';
import type { AirportMatch, PlaceMatch } from './common/gazetteer.ts';
import type { NumberMatch } from './common/numbers.ts';
import type { TimeMatch } from './common/time.ts';
import type { Hit, WordCategory } from './compile.ts';

/** What the detectors see of one sentence: every match of the report's single scans that falls inside it. */
export interface SentenceView {
  index: number;
  span: Span;
  hits: Hit[];
  /** Places in the sentence, without the destinations of a diversion ("diverted to Kazan"). */
  places: PlaceMatch[];
  destinations: PlaceMatch[];
  /** The region around a city-region that only frames a village of that city beside it («у аэродрома Бельбек в
   *  Крыму»): no place of the sentence's facts, but still the place the sentence leaves as the next one's context. */
  frames?: PlaceMatch[];
  numbers: NumberMatch[];
  times: TimeMatch[];
  /** Times that tell when something was said ("officials said Sunday"), not when it happened: no part of a name. */
  saidTimes: TimeMatch[];
  airports: AirportMatch[];
  /** The sentence's soft wire dateline ("KHARKIV, Ukraine —", "Odesa (AFP) -" before a sentence naming no other
   *  place, run.ts `Dateline`): its city places the sentence's facts unless they are a national body's tally. */
  dateline?: { start: number; end: number };
  /** `hitsOf`'s answers, made on the first question: rules ask for one category once per number or per trigger,
   *  and a sentence of thousands of numbers must not filter its hits that often. `hits` never changes after the view
   *  is made; callers never change the arrays handed out. */
  byCategory?: Map<WordCategory, Hit[]>;
}

/** What earlier sentences established: the report's running context, as a careful reader keeps it. */
export interface ReportContext {
  report: Report;
  lang: Lang;
  /** What the headline takes: the lead's first time, unless it is background (`leadTimes` in run.ts). */
  firstTime: TimeMatch | null;
  /** What a sentence of the lead told before its first time takes (a standfirst under the title); null for none. */
  standfirstTime: TimeMatch | null;
  lastTime: TimeMatch | null;
  lastPlace: PlaceMatch | null;
  /** The region that framed the last sentence's village («у аэродрома Бельбек в Крыму»), for a next sentence that
   *  names the peninsula («Всего над полуостровом…»); null once a sentence names a place of its own. */
  lastFrame?: PlaceMatch | null;
  /** The regions the last sentence that named several listed, for «над территориями этих областей». */
  lastRegions: PlaceMatch[];
  /** The one region a report names anywhere, for sentences before it is named (a signature at the end). */
  fallbackPlace: PlaceMatch | null;
  lastClaimant: { claimant: Claimant; span: Span } | null;
  /** The last speaker a sentence stated, named or not («Минобороны заявило»): a pronoun («по его словам», "he said")
   *  takes `lastClaimant` only when it is this one, so that it never reaches past another attribution. */
  lastSpeaker: {
    claimant: Claimant;
    span: Span;
    /** The verb of saying nearest its span («сообщило»), whose ending tells the speaker's gender and number. */
    verb?: string;
    /** The regions its sentence named («Губернатор Курской области …»). */
    regions?: readonly string[];
  } | null;
  /** The last body a sentence named as its source («сообщает Минобороны России»), for «подчеркнули в ведомстве». */
  lastBody: { claimant: Claimant; span: Span } | null;
  /** The last interception or strike fact: list items ("12 – над Брянской областью") continue it. */
  lastAttack: Fact | null;
  /** Interceptions whose count is "all of those launched" («все уничтожены»): mergeParts fills it in. */
  allLaunched: Set<Fact>;
  /** Interceptions read from the wreck of a weapon alone (`downedInDebris`): a weapon told striking after one is
   *  another weapon, not the launch it counts, so mergeParts leaves them apart. */
  wrecks: Set<Fact>;
  /** Facts a later reading replaced (a list header whose only number was its first item's, a weapon list's sums):
   *  left out when the report's facts are gathered. */
  superseded: Set<Fact>;
  /** Every weapon word of the report with where it stands, from the sentences' own scans: what a sentence that names
   *  no weapon may inherit from. */
  weaponsNamed: WeaponNamed[];
  /** `mixedWeaponsAfter(weaponsNamed)`: where the words before an offset come to hold two classes of weapon. */
  weaponsMixedAfter: number;
  facts: Fact[];
  /** The report's sentences in order (`index` is the place in it): what a rule reads of the sentence before its own,
   *  a heading that names what the next sentence tells of. Absent in contexts built by hand. */
  views?: readonly SentenceView[];
  /** The facts of `facts` whose evidence starts in a sentence (`factsBySentence` over them): what a detector reads of
   *  its own sentence's facts without walking the whole report, whose cost would grow with a long text's square. */
  factsIn: (view: SentenceView) => readonly Fact[];
  /** Whether `facts` holds a fact of the kind so far (`factKinds` over them): the walk of every fact, remembered. */
  hasFactOfKind: (kind: FactKind) => boolean;
  /** Tests only (`ExtractInput.checkIndexes`): the indexes above compare every answer with the walk they replace and
   *  throw at a difference. */
  checkIndexes: boolean;
}

/** A weapon word of the report and where it stands. */
export interface WeaponNamed {
  start: number;
  end: number;
  weapon: Weapon;
  model: string | null;
}

/** A word of killing or wounding: what a toll's number belongs to. */
export function isCasualtyWord(h: Hit): boolean {
  return h.value.categories.has('killed') || h.value.categories.has('injured');
}

export function has(view: SentenceView, cat: WordCategory): boolean {
  return view.hits.some((h) => h.value.categories.has(cat));
}

/** Shared by every category a sentence has no hit of: frozen, so that a caller that changes it fails loudly. */
const NO_HITS = Object.freeze([]) as unknown as Hit[];

export function hitsOf(view: SentenceView, cat: WordCategory): Hit[] {
  // Rules ask a sentence for dozens of categories; sorting its hits by category once, in their order, is cheaper
  // than filtering every hit for each category asked.
  if (!view.byCategory) {
    const by = new Map<WordCategory, Hit[]>();
    for (const h of view.hits) {
      for (const c of h.value.categories) {
        const list = by.get(c);
        if (list) list.push(h);
        else by.set(c, [h]);
      }
    }
    view.byCategory = by;
  }
  return view.byCategory.get(cat) ?? NO_HITS;
}

/** What bounds a clause: commas, semicolons, colons, brackets and dashes. A comma or a colon between two digits is
 *  part of a number or a time («906,5 тысячи», «о 04:10»), no bound. */
const CLAUSE_MARK = /(?<!\d)[,:]|[,:](?!\d)|[;()\u2013\u2014]/u;
const MARK_CHARS = ';()\u2013\u2014';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** Where the last clause mark of `text` between `from` and `to` stands, or -1: `CLAUSE_MARK` read on that stretch
 *  alone (a digit outside it does not count), from its end backwards, so that the cost is the distance to the mark,
 *  not the length of the sentence before it (each fact of a list of thousands asks for its clause). */
function lastMark(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const c = text[i];
    if (c === ',' || c === ':') {
      if (!(i > from && isDigit(text[i - 1]) && i + 1 < to && isDigit(text[i + 1]))) return i;
    } else if (c !== undefined && MARK_CHARS.includes(c)) return i;
  }
  return -1;
}

/** The conjunctions that open a clause as a mark does (`clause_join`: "as", "amid"; `contrast`: "but"). */
export function clauseJoins(view: SentenceView): Hit[] {
  return view.hits.filter((h) => h.value.categories.has('clause_join') || h.value.categories.has('contrast'));
}

/** The clause of this sentence that a span stands in: from the last mark or opening conjunction (`joins`) before it to
 *  the first after it. `first`: nothing bounds it before, so it is the sentence's first clause. */
export function clauseAround(
  text: string,
  view: SentenceView,
  at: { start: number; end: number },
  joins: readonly Hit[],
): { start: number; end: number; first: boolean } {
  const before = lastMark(text, view.span.start, at.start);
  const after = text.slice(at.end, view.span.end).search(CLAUSE_MARK);
  const opens = joins.findLast((j) => j.end <= at.start);
  const closes = joins.find((j) => j.start >= at.end);
  return {
    start: Math.max(before === -1 ? view.span.start : before + 1, opens?.start ?? 0),
    end: Math.min(after === -1 ? view.span.end : at.end + after, closes?.start ?? view.span.end),
    first: before === -1 && opens === undefined,
  };
}

/** Whether a word of the lexicon's list `cat` stands in the clause around a span (no conjunction bounds it: marks only):
 *  «за минулий місяць» over a tally, «хакерських» over an attack noun. */
export function hitInClause(text: string, view: SentenceView, at: { start: number; end: number }, cat: WordCategory) {
  const clause = clauseAround(text, view, at, []);
  return hitsOf(view, cat).some((h) => h.start >= clause.start && h.end <= clause.end);
}

/** The facts of this sentence whose kind trigger stands in one of the ranges (clauses a veto or a date word rules). */
export function factsTriggeredIn(
  view: SentenceView,
  facts: readonly Fact[],
  ranges: readonly { start: number; end: number }[],
): Fact[] {
  return facts.filter((f) => {
    const at = f.fields.kind?.start;
    return (
      at !== undefined &&
      f.evidence.start >= view.span.start &&
      f.evidence.start < view.span.end &&
      ranges.some((r) => at >= r.start && at < r.end)
    );
  });
}

/**
 * The facts whose evidence starts in a sentence, in the report's order, for the vetoes the sentence loop applies after
 * each sentence: the same answer as filtering every fact of the report for each sentence, whose cost would grow with
 * a long text's square. Facts are grouped as they are appended; a detector that takes back facts it just added (a
 * splice) moves the last one grouped, and the groups are then made again. Sentences whose spans are out of order or
 * overlap (never made by splitSentences) fall back to the walk.
 * The rule the list must keep while the index is in use: facts are appended, or the newest facts of the sentence
 * being read are taken back (detect/attack.ts does both). A fact replaced in place before the last one grouped, or a
 * fact whose evidence start moves after it was grouped, is not seen and the answer is stale; refiners that move
 * evidence run after the sentence loop. With `check` (the report's `ExtractInput.checkIndexes`, set by the extractor's
 * tests) every answer is compared with the walk and a difference throws (test/extract/facts-by-sentence.test.ts runs
 * it over the gold texts).
 */
export function factsBySentence(
  facts: readonly Fact[],
  views: readonly SentenceView[],
  check = false,
): (view: SentenceView) => readonly Fact[] {
  const ordered = views.every((v, i) => i === 0 || views[i - 1]!.span.end <= v.span.start);
  if (!ordered)
    return (view) => facts.filter((f) => f.evidence.start >= view.span.start && f.evidence.start < view.span.end);
  const groups = new Map<SentenceView, Fact[]>();
  let grouped = 0;
  let last: Fact | undefined;
  const viewAt = (at: number): SentenceView | undefined => {
    let lo = 0;
    let hi = views.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (views[mid]!.span.start <= at) lo = mid + 1;
      else hi = mid;
    }
    const view = views[lo - 1];
    return view && at < view.span.end ? view : undefined;
  };
  return (view) => {
    if (grouped > facts.length || (grouped > 0 && facts[grouped - 1] !== last)) {
      groups.clear();
      grouped = 0;
    }
    for (; grouped < facts.length; grouped++) {
      const fact = facts[grouped]!;
      const home = viewAt(fact.evidence.start);
      if (home === undefined) continue;
      const group = groups.get(home);
      if (group) group.push(fact);
      else groups.set(home, [fact]);
    }
    last = facts[grouped - 1];
    const found = groups.get(view) ?? [];
    if (check) {
      const walked = facts.filter((f) => f.evidence.start >= view.span.start && f.evidence.start < view.span.end);
      if (walked.length !== found.length || walked.some((f, i) => f !== found[i]))
        throw new Error(`factsBySentence: a stale index for the sentence at ${view.span.start}`);
    }
    return found;
  };
}

export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

export function newFact(ctx: ReportContext, view: SentenceView, kind: FactKind, trigger: Span): Fact {
  const ordinal = ctx.facts.length;
  return {
    id: `${ctx.report.id}:f${ordinal}`,
    report_id: ctx.report.id,
    kind,
    weapon: null,
    weapon_model: null,
    count: null,
    launched: null,
    hit: null,
    region: null,
    place: null,
    area: null,
    when: null,
    object: null,
    detail: null,
    casualties: null,
    airports: [],
    diverted_to: [],
    claimant: null,
    evidence: { ...view.span },
    fields: { kind: { ...trigger, inferred: false } },
    aggregate: false,
    increment: false,
  };
}

export function setField(fact: Fact, field: FactField, span: Span, inferred = false): void {
  fact.fields[field] = { start: span.start, end: span.end, text: span.text, inferred };
}

/** Where the sentence holding `at` starts by its punctuation alone: after the last full stop, question or exclamation
 *  mark or line break (for a rule that reads raw text with no sentence view at hand). */
export function sentenceStart(text: string, at: number): number {
  let from = at;
  while (from > 0 && !/[.!?\n]/u.test(text[from - 1] ?? '')) from--;
  return from;
}

/** Takes a borrowed region, place and area off a fact, with their evidence: a value without its span is a bug. */
export function clearPlace(fact: Fact): void {
  fact.region = null;
  fact.place = null;
  fact.area = null;
  delete fact.fields.region;
  delete fact.fields.place;
  delete fact.fields.area;
}

/** Takes a region and place off a fact, with their evidence, and keeps its area ("over", "near"): the fact is told
 *  of another place or of the whole country, not somewhere else in the same way. */
export function clearRegion(fact: Fact): void {
  fact.region = null;
  fact.place = null;
  delete fact.fields.region;
  delete fact.fields.place;
}

/** Takes a weapon and its model off a fact, with the weapon's evidence. */
export function clearWeapon(fact: Fact): void {
  fact.weapon = null;
  fact.weapon_model = null;
  delete fact.fields.weapon;
}

/** Distance between two ranges in characters (0 when they touch or overlap). */
export function gap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

export function nearest<T extends { start: number; end: number }>(
  items: readonly T[],
  anchor: { start: number; end: number },
): T | undefined {
  let best: T | undefined;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const item of items) {
    const g = gap(item, anchor);
    if (g < bestGap) {
      best = item;
      bestGap = g;
    }
  }
  return best;
}

/** Where the counts of this sentence's facts start: the numbers already read. Facts are appended sentence by
 *  sentence, so the scan stops at the first fact of an earlier sentence, which keeps a long report linear. */
export function countStartsIn(ctx: ReportContext, view: SentenceView): Set<number> {
  const used = new Set<number>();
  for (let i = ctx.facts.length - 1; i >= 0; i--) {
    const f = ctx.facts[i] as Fact;
    if (f.evidence.end <= view.span.start) break;
    const start = f.fields.count?.start;
    if (start !== undefined) used.add(start);
  }
  return used;
}

/** The weapon of an earlier fact, its evidence marked as read from context. */
export function copyWeapon(fact: Fact, from: Fact): void {
  fact.weapon = from.weapon;
  fact.weapon_model = from.weapon_model;
  const field = from.fields.weapon;
  if (field) fact.fields.weapon = { ...field, inferred: true };
}

/** The text from `from` to `to` with the times of a statement blanked out ("Moscow on Tuesday claimed", "Kyiv today
 *  said", "…, says Moscow on Tuesday."): a time that tells when something was said stands between a speaker and its
 *  verb without changing who speaks. */
export function withoutSaidTimes(text: string, view: SentenceView, from: number, to: number): string {
  let gap = text.slice(from, to);
  for (const t of view.saidTimes) {
    if (t.start >= from && t.end <= to)
      gap = gap.slice(0, t.start - from) + ' '.repeat(t.end - t.start) + gap.slice(t.end - from);
  }
  return gap;
}

/** The facts whose evidence overlaps a range, found from the facts sorted by where their evidence starts: the walk back
 *  from the last one starting before the range's end stops where no earlier evidence reaches past its start. */
export function factsOverlapping(facts: readonly Fact[]): (range: { start: number; end: number }) => Fact[] {
  const sorted = [...facts].sort((a, b) => a.evidence.start - b.evidence.start);
  const reach: number[] = [];
  for (const [i, f] of sorted.entries()) reach.push(Math.max(reach[i - 1] ?? -1, f.evidence.end));
  return (range) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.evidence.start < range.end) lo = mid + 1;
      else hi = mid;
    }
    const out: Fact[] = [];
    for (let i = lo - 1; i >= 0 && reach[i]! > range.start; i--) {
      if (sorted[i]!.evidence.end > range.start) out.push(sorted[i]!);
    }
    return out;
  };
}

/** The sentence a text offset stands in: a binary search over sentences in order (as splitSentences makes them),
 *  else a walk. */
export function sentenceAt(views: readonly SentenceView[]): (at: number) => SentenceView | undefined {
  const ordered = views.every((v, i) => i === 0 || views[i - 1]!.span.end <= v.span.start);
  if (!ordered) return (at) => views.find((v) => v.span.start <= at && at < v.span.end);
  return (at) => {
    const view = views[lowerIndex(views, (v) => v.span.start <= at) - 1];
    return view && at < view.span.end ? view : undefined;
  };
}

/** The first index whose item fails `before` (which holds for a prefix of the list and then no more). */
export function lowerIndex<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether the report has a fact of a kind so far: the answer of a walk of every fact (`facts.some`), which the
 * detectors asked for each sentence, so that a long text with none cost its square. Made once per report over its
 * fact list (`ReportContext.hasFactOfKind`), it remembers for each kind that no fact of it stands among the first
 * `clear` facts (the last of them `last`), and where it last found one. The list keeps factsBySentence's rule (facts
 * are appended, or the newest of the sentence being read taken back) and one more: no fact changes its kind while the
 * sentences are read (merge-parts.ts changes kinds after). A list that shrank or whose last fact read is no longer
 * where it was is read again. With `check` (tests) every answer is compared with the walk.
 */
export function factKinds(facts: readonly Fact[], check = false): (kind: FactKind) => boolean {
  const kinds = new Map<FactKind, { clear: number; last: Fact | undefined; at: number }>();
  return (kind) => {
    let seen = kinds.get(kind);
    if (seen === undefined) {
      seen = { clear: 0, last: undefined, at: -1 };
      kinds.set(kind, seen);
    }
    let found = facts[seen.at]?.kind === kind;
    if (!found) {
      if (seen.clear > facts.length || (seen.clear > 0 && facts[seen.clear - 1] !== seen.last)) seen.clear = 0;
      for (; seen.clear < facts.length; seen.clear++) {
        if (facts[seen.clear]!.kind === kind) {
          seen.at = seen.clear;
          found = true;
          break;
        }
      }
      seen.last = facts[seen.clear - 1];
    }
    if (check && found !== facts.some((f) => f.kind === kind))
      throw new Error(`hasFactOfKind: a stale answer for ${kind}`);
    return found;
  };
}

/** The offset after which the weapon words before an offset are of two classes or more: the second smallest of each
 *  class's first start (infinity with fewer than two classes). The list is made once per report and never changed
 *  (run.ts, weaponsNamed), so this is computed once beside it (`weaponsMixedAfter`). */
export function mixedWeaponsAfter(words: readonly WeaponNamed[]): number {
  const first = new Map<Weapon, number>();
  for (const w of words) first.set(w.weapon, Math.min(first.get(w.weapon) ?? Number.POSITIVE_INFINITY, w.start));
  return [...first.values()].sort((a, b) => a - b)[1] ?? Number.POSITIVE_INFINITY;
}

/** Whether the weapon words starting before `at` are of more than one class: the answer of a walk of the words for
 *  each strike (detect/attack.ts, inheritWeapon), which cost a long text its square, read from the report's
 *  `weaponsMixedAfter`; with the report's `checkIndexes` (tests) every answer is compared with the walk. */
export function severalWeaponsBefore(ctx: ReportContext, at: number): boolean {
  const several = at > ctx.weaponsMixedAfter;
  if (
    ctx.checkIndexes &&
    several !== new Set(ctx.weaponsNamed.filter((w) => w.start < at).map((w) => w.weapon)).size > 1
  )
    throw new Error(`severalWeaponsBefore: a stale answer at ${at}`);
  return several;
}
