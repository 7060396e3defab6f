import type { Fact } from '../../core/types.ts';
import { anyOf } from '../grammar.ts';
import { clearPlace, type SentenceView, sentenceAt } from '../view.ts';

// «Всего», «В общей сложности», «Загалом», "In total": the word that tells a count is a sum.
const TOTAL = new RegExp(`(?:^|[^\\p{L}])(?:${anyOf('in_total')})(?![\\p{L}])`, 'iu');
// «над регионом», "over the region": the total's sentence points back to one place named before; it is that place's.
const POINTS_BACK = new RegExp(`(?:^|[^\\p{L}])(?:${anyOf('place_back')})(?![\\p{L}])`, 'iu');

/** A count that names one number: "12", not "about 30" or "over 70". */
function exact(f: Fact): number | null {
  const c = f.count;
  return c && c.value !== null && !c.approx && c.min === c.value && c.max === c.value ? c.value : null;
}

/** A part's time, if it has one, meets the total's. */
function meets(part: Fact, total: Fact): boolean {
  if (part.when === null || total.when === null) return true;
  return (
    Date.parse(part.when.start) < Date.parse(total.when.end) && Date.parse(part.when.end) > Date.parse(total.when.start)
  );
}

/** Where a part was told: its region, else its sea or other place (a sea is a place of its own in a list). */
function whereOf(f: Fact): string | null {
  if (f.region && !f.fields.region?.inferred) return f.region.code;
  if (f.place && !f.fields.place?.inferred) return `place:${f.place.name}`;
  return null;
}

/**
 * «Над Курской областью уничтожили 27 беспилотников, четыре — над Липецкой. Два сбили над Белгородской областью и ещё
 * один — над Орловской. Всего за ночь ПВО сбили 34 дрона»: a count told as a sum (an `in_total` word before it in its
 * own sentence) that names no place of its own, after counts of its kind told of two or more places (of any weapon), is a
 * total over them, not a figure of the last place named: the place the sentence borrowed (`inferred`) goes. It is an aggregate when
 * the parts add up to it exactly; a larger number («Всего, начиная с 20.00 мск, … уничтожены 10» after three of the
 * night) counts a longer window, region null and no aggregate, as the dev labels read mod-russia-air-defence/1901.
 * After counts of one place («…ещё двух БПЛА над Брянской областью. Всего с начала ночи — 4») the total is that
 * place's running tally and keeps it; so does a total that points back to the place («над регионом»).
 * Language-agnostic: the words are the lexicon's (`in_total`, `place_back`).
 */
export function totalsAfterParts(facts: readonly Fact[], views: readonly SentenceView[]): Fact[] {
  const at = sentenceAt(views);
  for (const total of facts) {
    if (total.aggregate || total.count === null || !total.region || !total.fields.region?.inferred) continue;
    const counted = total.fields.count;
    const view = counted ? at(counted.start) : undefined;
    if (!counted || !view || view.places.length > 0) continue;
    const before = view.span.text.slice(0, counted.start - view.span.start);
    if (!TOTAL.test(before) || POINTS_BACK.test(view.span.text)) continue;
    const told = facts.filter(
      (f) =>
        f !== total &&
        !f.aggregate &&
        f.kind === total.kind &&
        f.evidence.start < view.span.start &&
        exact(f) !== null &&
        whereOf(f) !== null &&
        meets(f, total),
    );
    // «Над Ростовской областью сбиты 3 ракеты, над Белгородской — 2 ракеты. Всего за ночь уничтожено 30 беспилотников»:
    // counts of another weapon in two places leave the total no more one place's than counts of its own would; they
    // are no parts of it, so it is never their aggregate.
    if (new Set(told.map(whereOf)).size < 2) continue;
    clearPlace(total);
    const parts = told.filter((f) => f.weapon === null || total.weapon === null || f.weapon === total.weapon);
    const sum = parts.reduce((n, f) => n + (exact(f) ?? 0), 0);
    if (parts.length > 0 && sum === exact(total)) total.aggregate = true;
  }
  return [...facts];
}
