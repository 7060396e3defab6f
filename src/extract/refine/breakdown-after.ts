import { pushTo } from '../../core/multimap.ts';
import type { Fact } from '../../core/types.ts';
import { anyOf } from '../grammar.ts';
import { type SentenceView, sentenceAt } from '../view.ts';
import { lend } from './lend.ts';

/** A count that names one number: "12", not "about 30" or "over 70". */
function exact(f: Fact): number | null {
  const c = f.count;
  return c && c.value !== null && !c.approx && c.min === c.value && c.max === c.value ? c.value : null;
}

/** A part's time, if it has one, meets the total's: «С 09:00 до 12:00 … 2 БПЛА» after a night's total, or a part
 *  dated two days before, is another interception, not a piece of that total. A night and its date meet («В ночь на 6
 *  мая … 5 БПЛА. 6 мая над …»), and a total told with no time takes its parts' («… уничтожены 5 БПЛА. В 02:00 над …»). */
function within(part: Fact, total: Fact): boolean {
  if (part.when === null || total.when === null) return true;
  return (
    Date.parse(part.when.start) < Date.parse(total.when.end) && Date.parse(part.when.end) > Date.parse(total.when.start)
  );
}

/**
 * «Дежурными средствами ПВО уничтожено 13 украинских БПЛА. Девять БПЛА уничтожены над территорией X области, два — над
 * территорией Y …»: a ministry's night total stands in a sentence of its own and the sentences right after it break it
 * down by region (or sea). The total is then a sum over the parts, as a breakdown in one sentence makes it
 * (detect/breakdown.ts): an aggregate. It is one when
 * - it is an interception of no region and no place (a sea is a place: «пять БПЛА над акваторией Черного моря» is that
 *   sea's own fact), with an exact count, and its own sentence places no interception;
 * - each sentence right after it, while they tell interceptions, tells only interceptions of a place (a region or a
 *   sea) with exact counts of its weapon that add to more than nothing, and no increment ("another three");
 * - each part's time, if it has one, lies inside the total's (a part of another window or day is its own);
 * - the parts add up to no more than the total (a post cut short by its collector lists fewer than it sums), and are
 *   more than one or less than it: one part of the whole number, or the total's own number read again, restates it.
 * Language-agnostic: it reads facts and sentence spans only.
 */
export function breakdownsAfter(facts: readonly Fact[], views: readonly SentenceView[]): Fact[] {
  const sentences = bySentence(facts, views);
  for (const total of facts) {
    if (total.aggregate || total.region || total.place) continue;
    const read = partsAfter(total, sentences);
    if (!read || read.stopped) continue;
    const whole = exact(total) ?? 0;
    // One part as large as the total tells it again («уничтожены 12 БПЛА. 12 БПЛА сбиты над Курской областью»).
    if (read.sum > 0 && read.sum <= whole && (read.parts.length > 1 || read.sum < whole)) total.aggregate = true;
  }
  return [...facts];
}

/**
 * The parts of a total were told by whoever told the total: «Средства ПВО ночью уничтожили 29 беспилотников над
 * регионами РФ, сообщило Минобороны. Над Брянской областью сбиты 20 БПЛА, над Калужской — 7 …» gives the parts that
 * name no speaker the ministry, with the total's evidence of it marked inferred. The total is a sum (breakdownsAfter,
 * the breakdown detector or «над регионами» made it one) with a speaker; its parts are read as breakdownsAfter reads
 * them, name no speaker of their own, and lie in one country: the total's, where the total or its sentence names one
 * («над регионами России»), else one country for all (a count of the other side's regions after a ministry's total is
 * the other side's, whoever told it). A sea or other place of no region belongs to no country and stays a part. A
 * part's sentence with a verb of saying is a statement of its own, whoever made it, and a part of the past is none;
 * so this runs after markHistorical. Nothing is lent when the parts add to more than the total.
 */
export function partsSpeakers(facts: readonly Fact[], views: readonly SentenceView[]): Fact[] {
  const sentences = bySentence(facts, views);
  const sentenceOf = (f: Fact) => sentences.index.get(f);
  for (const total of facts) {
    if (!total.aggregate || !total.claimant) continue;
    const own = sentenceOf(total);
    const named = new Set((own === undefined ? [] : views[own]!.hits).flatMap((h) => h.value.country ?? []));
    let country: string | undefined = total.country ?? (named.size === 1 ? [...named][0] : undefined);
    // A sentence with a verb of saying or «по данным» is someone's statement, even when its speaker went unread.
    const speaks = (f: Fact) =>
      (views[sentenceOf(f) ?? -1]?.hits ?? []).some(
        (h) => h.value.categories.has('said') || h.value.categories.has('according'),
      );
    const sameCountry = (f: Fact) => {
      if (f.claimant || f.historical || speaks(f)) return false;
      const of = f.region?.code.slice(0, 2);
      if (of === undefined) return true;
      country ??= of;
      return of === country;
    };
    const read = partsAfter(total, sentences, sameCountry);
    if (!read || read.sum > (exact(total) ?? 0)) continue;
    for (const part of read.parts) {
      lend(part, total, 'claimant');
      const span = part.fields.claimant;
      // The part's own sentence names no speaker: the value is read from the total's context.
      if (span) part.fields.claimant = { ...span, inferred: true };
    }
  }
  return [...facts];
}

/** Each fact's sentence (its index in `views`), and each sentence's facts in report order: read once per report, as
 *  both refiners ask them for every total and every sentence after it. */
interface Sentences {
  index: Map<Fact, number>;
  facts: Map<number, Fact[]>;
}

function bySentence(facts: readonly Fact[], views: readonly SentenceView[]): Sentences {
  const at = sentenceAt(views);
  const position = new Map(views.map((v, i) => [v, i]));
  const out: Sentences = { index: new Map(), facts: new Map() };
  for (const f of facts) {
    const view = at(f.evidence.start);
    const i = view ? position.get(view) : undefined;
    if (i === undefined) continue;
    out.index.set(f, i);
    pushTo(out.facts, i, f);
  }
  return out;
}

/**
 * The interceptions of the sentences right after a total that break it down (see breakdownsAfter): it reads sentence
 * after sentence while each tells interceptions and every one of them is a part; `stopped` says a sentence of
 * interceptions that are not parts ended the run. Undefined when the total is no interception with an exact count, or
 * its own sentence already places an interception (the sentence is its own breakdown).
 */
// "Debris from a downed drone fell on a house in Kyiv" after the air force's "30 of 35": a weapon counted by the
// indefinite article is mostly one thing the sentence tells of (the debris' source), not a region's share of a tally
// (trial 40 #1: with the dateline's Kyiv gone from the total, it made the air force's night an aggregate). It is a
// part only when it completes the sum: "9 drones … Eight over the Kyiv region and a drone over the Sumy region"
// (review 40a #3).
const ARTICLE_COUNT = new RegExp(`^(?:${anyOf('indefinite_article')})$`, 'iu');

function partsAfter(
  total: Fact,
  sentences: Sentences,
  also: (f: Fact) => boolean = () => true,
): { parts: Fact[]; sum: number; stopped: boolean } | undefined {
  if (total.kind !== 'interception' || exact(total) === null) return undefined;
  const own = sentences.index.get(total);
  if (own === undefined) return undefined;
  const mine = (f: Fact) => f !== total && f.kind === total.kind;
  const told = (i: number) => (sentences.facts.get(i) ?? []).filter(mine);
  if (told(own).some((f) => f.region || f.place)) return undefined;
  const span = total.fields.count;
  const sameNumber = (f: Fact) => span !== undefined && f.fields.count?.start === span.start;
  const part = (f: Fact) =>
    (f.region !== null || f.place !== null) &&
    !f.aggregate &&
    !f.increment &&
    !sameNumber(f) &&
    (exact(f) ?? 0) > 0 &&
    (total.weapon === null || f.weapon === total.weapon) &&
    within(f, total) &&
    also(f);
  const parts: Fact[] = [];
  let sum = 0;
  // A part counted by the article that leaves the sum short of the total (or past it) is no part: the run stops there.
  const done = (stopped: boolean) => {
    const loose = parts.some((f) => ARTICLE_COUNT.test(f.fields.count?.text ?? ''));
    return { parts, sum, stopped: stopped || (loose && sum !== exact(total)) };
  };
  for (let i = own + 1; ; i++) {
    const here = told(i);
    if (here.length === 0) return done(false);
    if (!here.every(part)) return done(true);
    sum += here.reduce((n, f) => n + (exact(f) ?? 0), 0);
    parts.push(...here);
  }
}
