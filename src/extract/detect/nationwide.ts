import type { Hit } from '../compile.ts';
import { hitsOf, type SentenceView } from '../view.ts';

/** The marks that end a clause: a phrase past one of them tells of another clause's subject. */
const CLAUSE_END = /[,.;:!?\u2013\u2014]/u;

/** Whether hit `h` follows a `likeness` word in its own clause: «как и во многих регионах Украины», "like elsewhere
 *  across the country" compare the place told of with the country, and the place's facts stay the place's. */
export function likened(view: SentenceView, text: string, h: Hit): boolean {
  return hitsOf(view, 'likeness').some((l) => l.end <= h.start && !CLAUSE_END.test(text.slice(l.end, h.start)));
}

/** The lexicon's `nationwide` phrases that tell of the whole country themselves, not by likeness. */
export function wholeCountryHits(view: SentenceView, text: string): Hit[] {
  return hitsOf(view, 'nationwide').filter((h) => !likened(view, text, h));
}

/** Whether the sentence tells the whole country of the fact whose verb is at `at`: a phrase before the verb, or after
 *  it in its own clause. One before governs the clauses after it («атаковали энергетику по всей стране, в результате
 *  чего введены отключения»); one after the fact's clause is an aside on something else («сбиты 3 дрона, сообщил мэр,
 *  поблагодарив ПВО, которые защищают небо по всей Украине»), and the drones stay the town's. */
export function clauseNationwide(view: SentenceView, text: string, at: number): boolean {
  return wholeCountryHits(view, text).some((h) => h.start <= at || !CLAUSE_END.test(text.slice(at, h.start)));
}
