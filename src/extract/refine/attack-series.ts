import type { Fact } from '../../core/types.ts';
import { reportedAfter } from '../detect/attack.ts';
import { anyOf } from '../grammar.ts';
import { clauseAround, clauseJoins, hitsOf, type SentenceView } from '../view.ts';

/** Up to three words between the series word and the attack noun: "repeated drone strikes", "multiple Ukrainian drone
 *  strikes"; no mark between. */
const SERIES_GAP = /^\s+(?:[^\s,;:.!?()\u2013\u2014]+\s+){0,3}$/u;
/** The fact's attack words hold a plural attack noun ("strikes on", "drone attacks"): never a verb ("struck", "hit"), whose weapon
 *  a series word only counts ("Multiple Russian drones hit an apartment building"). */
const PLURAL_NOUN = new RegExp(`(?<!\\p{L})(?:${anyOf('attack_plural')})(?!\\p{L})`, 'iu');
/** A preposition that governs the series phrase, right before it ("over repeated", "after multiple"). */
const GOVERNED = new RegExp(`(?<!\\p{L})(?:${anyOf('series_governor')})\\s+$`, 'iu');

/**
 * The strikes an attack noun tells as one of many, with nothing of one event: a plural attack noun a few words after a
 * series word (the lexicon's `attack_series`: "multiple", "repeated", "a series of") that a preposition governs
 * (`series_governor`), in one clause ("accused of terrorism over repeated drone strikes on Russia-held land", "installed
 * air defences after multiple drone strikes in Russian territory"). Such a phrase names a practice, the background of
 * other news. A series word before a weapon that does the attacking counts it ("Multiple Russian drones hit an
 * apartment building"), and one at the head of a clause or after a verb tells the attacks themselves ("Russia repeated
 * its attack on the plant"): neither is read.
 *
 * A clause with an event's own marks is spared: a time, a count from the series word on that is no weapon's code
 * ("repeated drone strikes overnight", "a series of 12 strikes", not "repeated Kh-101 missile strikes"), a place of
 * the fact's own in it ("a series of rocket strikes on the village of Bilozerka"), a `one_event` word, or a
 * verb right after the attacks that reports them as news (`reportedAfter` in detect/attack.ts); so is a sentence with
 * a casualty toll anywhere ("… killed two dozen in a barrage of repeated strikes").
 */
export function attackSeries(text: string, view: SentenceView, facts: readonly Fact[]): Fact[] {
  const series = hitsOf(view, 'attack_series');
  if (series.length === 0) return [];
  const joins = clauseJoins(view);
  const inSentence = (s: { start: number; end: number }) => s.start >= view.span.start && s.end <= view.span.end;
  if (facts.some((g) => g.casualties !== null && g.fields.kind !== undefined && inSentence(g.fields.kind))) return [];
  return facts.filter((f) => {
    const k = f.fields.kind;
    if (f.kind !== 'strike' || k === undefined || !inSentence(k)) return false;
    if (!PLURAL_NOUN.test(text.slice(k.start, k.end))) return false;
    const clause = clauseAround(text, view, k, joins);
    const inside = (s: { start: number; end: number }) => s.start >= clause.start && s.end <= clause.end;
    const word = series.findLast((s) => inside(s) && s.end <= k.start && SERIES_GAP.test(text.slice(s.end, k.start)));
    if (word === undefined || !GOVERNED.test(text.slice(clause.start, word.start))) return false;
    // A count after the series word counts the attacks ("a series of 12 strikes"); one before it counts something else
    // ("accusing four officers over repeated drone strikes"), and one in the weapon's name is its code ("Kh-101").
    const weapon = f.fields.weapon;
    const code = (n: { start: number; end: number }) =>
      weapon !== undefined && n.start >= weapon.start && n.end <= weapon.end;
    if (view.times.some(inside) || view.numbers.some((n) => inside(n) && n.start >= word.start && !code(n)))
      return false;
    if ([f.fields.region, f.fields.place].some((e) => e !== undefined && !e.inferred && inside(e))) return false;
    if (view.hits.some((h) => inside(h) && h.value.categories.has('one_event'))) return false;
    return !reportedAfter(view, text, k.end);
  });
}
