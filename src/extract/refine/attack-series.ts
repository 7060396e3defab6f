import type { Fact } from '../../core/types.ts';
import { anyOf } from '../grammar.ts';
import { clauseAround, clauseJoins, hitsOf, type SentenceView } from '../view.ts';

/** Up to three words between the series word and the attack word: "repeated drone strikes", "a series of kamikaze
 *  drone attacks"; no mark between. */
const SERIES_GAP = /^\s+(?:[^\s,;:.!?()\u2013\u2014]+\s+){0,3}$/u;
/** A verb that reports the attacks as news, after their noun in the clause: "Multiple missile strikes reported". */
const REPORTED = new RegExp(`(?<!\\p{L})(?:${anyOf('attack_news_after')})(?!\\p{L})`, 'iu');

/**
 * The strikes an attack word tells as one of many, with nothing of one event: a series word (the lexicon's
 * `attack_series`: "multiple", "repeated", "a series of") a few words before the fact's attack word, in one clause
 * ("accused of terrorism over repeated drone strikes on Russia-held land", "installed air defences after multiple drone
 * strikes in Russian territory", "Russia has launched a series of kamikaze drone attacks across Ukraine in recent
 * weeks"). Such a clause names a practice, the background of other news.
 *
 * A clause with an event's own marks is spared: a time, or a count from the series word on ("repeated drone strikes
 * overnight", "a series of 12 strikes"), a
 * place of the fact's own in it ("a series of rocket strikes at the village of Komyshuvakha"), a `one_event` word or a
 * verb that reports the attacks as news (`attack_news_after`: "Multiple missile strikes reported across Ukraine"); so is
 * a sentence with a casualty toll anywhere ("… killed two dozen in a barrage of repeated strikes").
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
    const clause = clauseAround(text, view, k, joins);
    const inside = (s: { start: number; end: number }) => s.start >= clause.start && s.end <= clause.end;
    const word = series.findLast((s) => inside(s) && s.end <= k.start && SERIES_GAP.test(text.slice(s.end, k.start)));
    if (word === undefined) return false;
    // A count after the series word counts the attacks ("a series of 12 strikes"); one before it counts something else
    // ("accusing four officers over repeated drone strikes").
    if (view.times.some(inside) || view.numbers.some((n) => inside(n) && n.start >= word.start)) return false;
    if ([f.fields.region, f.fields.place].some((e) => e !== undefined && !e.inferred && inside(e))) return false;
    if (view.hits.some((h) => inside(h) && h.value.categories.has('one_event'))) return false;
    return !REPORTED.test(text.slice(k.end, clause.end));
  });
}
