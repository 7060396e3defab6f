import type { Fact } from '../../core/types.ts';
import type { NumberMatch } from '../common/numbers.ts';
import type { Hit } from '../compile.ts';
import { anyOf, anyWordOf } from '../grammar.ts';
import { hitsOf, type SentenceView, setField, spanOf } from '../view.ts';

const CONJ = anyOf('conjunction');
const MORE = anyWordOf('increment');
/** «… уничтожено и ещё <N> перехвачено»: after the first verb, a conjunction, maybe "more", the second number. */
const BEFORE_NUMBER = new RegExp(`^\\s+(?:${CONJ})\\s+(?:(?:${MORE})\\s+)?$`, 'iu');
/** «уничтожены <N> и перехвачены …»: the first verb's own number, then a conjunction. */
const AFTER_NUMBER = new RegExp(`^\\s+(?:${CONJ})\\s+$`, 'iu');

const exact = (n: { value: number | null; approx: boolean; min: number | null; max: number | null }) =>
  n.value !== null && !n.approx && n.min === n.value && n.max === n.value;

/**
 * One weapon counted in two parts by two verbs of interception joined by a conjunction, with one place after them for
 * both: «двадцать два БПЛА уничтожено и ещё тринадцать перехвачено над акваторией Азовского моря», «четыре БПЛА
 * уничтожено и ещё два перехвачено над …», «уничтожены пять и перехвачены три украинских БПЛА над территорией …».
 * Destroyed and intercepted are both the interception's count, so the fact counts their sum (35, 6, 8), as the labels
 * read it. The two shapes: the number before each verb (the fact's count is the first, the second stands between the
 * conjunction and the second verb), or the number after each verb (the fact's count is the second, next to the
 * weapon; the first stands between the first verb and the conjunction), each verb right beside its number. Only
 * exact numbers, and only when no place
 * stands between the verbs: «один уничтожен над Курской областью и ещё один над акваторией» are two places' facts;
 * nor one before the first verb (the fact's own region) and one after the second.
 * Returns the number now summed in, so that no other rule reads it as a fact of its own.
 */
export function joinedCounts(
  view: SentenceView,
  text: string,
  fact: Fact,
  trigger: Hit,
  places: readonly { start: number; end: number }[],
): NumberMatch | null {
  const own = fact.fields.count;
  if (fact.kind !== 'interception' || !fact.count || !own || !exact(fact.count)) return null;
  const next = hitsOf(view, 'interception').find((h) => h.start >= trigger.end);
  if (!next || places.some((p) => p.start >= trigger.end && p.end <= next.start)) return null;
  // «Над Брянской областью 4 БПЛА уничтожено и ещё 2 перехвачено над Курской областью»: the fact's own place before
  // the first verb and another after the second are two places' facts too.
  const region = fact.fields.region;
  const placeBefore =
    region !== undefined && !region.inferred && region.start >= view.span.start && region.end <= trigger.start;
  if (placeBefore && places.some((p) => p.start >= next.end)) return null;
  const between = text.slice(trigger.end, next.start);
  let other: NumberMatch | undefined;
  if (own.end <= trigger.start && !view.numbers.some((n) => n.start >= own.end && n.end <= trigger.start)) {
    other = view.numbers.find(
      (n) =>
        n.start >= trigger.end &&
        n.end <= next.start &&
        BEFORE_NUMBER.test(text.slice(trigger.end, n.start)) &&
        /^\s+$/u.test(text.slice(n.end, next.start)),
    );
  } else if (own.start >= next.end && /^\s+$/u.test(text.slice(next.end, own.start))) {
    other = view.numbers.find(
      (n) =>
        n.start >= trigger.end &&
        n.end <= next.start &&
        /^\s+$/u.test(text.slice(trigger.end, n.start)) &&
        AFTER_NUMBER.test(text.slice(n.end, next.start)),
    );
  }
  if (!other || !exact(other.count) || !/\S/u.test(between)) return null;
  const sum = (fact.count.value as number) + (other.count.value as number);
  fact.count = { value: sum, min: sum, max: sum, approx: false };
  setField(fact, 'count', spanOf(text, Math.min(own.start, other.start), Math.max(own.end, other.end)));
  return other;
}
