import type { Fact } from '../../core/types.ts';
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
  const at = sentenceAt(views);
  const sentenceOf = (f: Fact) => {
    const view = at(f.evidence.start);
    return view ? views.indexOf(view) : undefined;
  };
  for (const total of facts) {
    const whole = exact(total);
    if (total.kind !== 'interception' || total.aggregate || total.region || total.place || whole === null) continue;
    const own = sentenceOf(total);
    if (own === undefined) continue;
    const mine = (f: Fact) => f !== total && f.kind === total.kind;
    if (facts.some((f) => mine(f) && sentenceOf(f) === own && (f.region || f.place))) continue;
    const span = total.fields.count;
    const sameNumber = (f: Fact) => span !== undefined && f.fields.count?.start === span.start;
    let sum = 0;
    let parts = 0;
    let ok = true;
    for (let i = own + 1; ok; i++) {
      const here = facts.filter((f) => mine(f) && sentenceOf(f) === i);
      if (here.length === 0) break;
      ok = here.every(
        (f) =>
          (f.region !== null || f.place !== null) &&
          !f.aggregate &&
          !f.increment &&
          !sameNumber(f) &&
          exact(f) !== null &&
          (total.weapon === null || f.weapon === total.weapon) &&
          within(f, total),
      );
      if (ok) sum += here.reduce((n, f) => n + (exact(f) ?? 0), 0);
      parts += here.length;
    }
    // One part as large as the total tells it again («уничтожены 12 БПЛА. 12 БПЛА сбиты над Курской областью»).
    if (ok && sum > 0 && sum <= whole && (parts > 1 || sum < whole)) total.aggregate = true;
  }
  return [...facts];
}

/**
 * The parts of a total were told by whoever told the total: «Средства ПВО ночью уничтожили 29 беспилотников над
 * регионами РФ, сообщило Минобороны. Над Брянской областью сбиты 20 БПЛА, над Калужской — 7 …» gives the parts that
 * name no speaker the ministry, with the total's evidence of it. Parts are the interceptions of a place, with exact
 * counts adding to no more than the total, in the sentences right after it (as breakdownsAfter reads them); a
 * sentence with a speaker of its own ends them. Runs after breakdownsAfter and the breakdown detector, which make
 * the total an aggregate.
 */
export function partsSpeakers(facts: readonly Fact[], views: readonly SentenceView[]): Fact[] {
  const at = sentenceAt(views);
  const sentenceOf = (f: Fact) => {
    const view = at(f.evidence.start);
    return view ? views.indexOf(view) : undefined;
  };
  for (const total of facts) {
    const whole = exact(total);
    if (total.kind !== 'interception' || !total.aggregate || !total.claimant || whole === null) continue;
    const own = sentenceOf(total);
    if (own === undefined) continue;
    const parts: Fact[] = [];
    let sum = 0;
    for (let i = own + 1; ; i++) {
      const here = facts.filter((f) => f !== total && f.kind === total.kind && sentenceOf(f) === i);
      if (
        here.length === 0 ||
        here.some((f) => f.claimant || f.aggregate || exact(f) === null || !(f.region || f.place))
      )
        break;
      sum += here.reduce((n, f) => n + (exact(f) ?? 0), 0);
      parts.push(...here);
    }
    if (sum > whole) continue;
    for (const part of parts) {
      lend(part, total, 'claimant');
      const span = part.fields.claimant;
      // The part's own sentence names no speaker: the value is read from the total's context.
      if (span && part.claimant === total.claimant) part.fields.claimant = { ...span, inferred: true };
    }
  }
  return [...facts];
}
