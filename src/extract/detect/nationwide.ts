import type { Fact } from '../../core/types.ts';
import type { Hit } from '../compile.ts';
import { hitsOf, type SentenceView } from '../view.ts';

/** The marks that end a clause: a phrase past one of them tells of another clause's subject. */
const CLAUSE_END = /[,.;:!?\u2013\u2014]/u;

/** Whether `from`..`to` of the text lies in one clause (no clause mark between). */
export function oneClause(text: string, from: number, to: number): boolean {
  return from <= to && !CLAUSE_END.test(text.slice(from, to));
}

const preposition = (h: Hit) =>
  h.value.categories.has('place_preposition') || h.value.categories.has('target_preposition');

/** The likeness words of a sentence: the lexicon's `likeness` («как и», «подобно», "like"), and a `comparison` word
 *  («как», «як», "as") right before a preposition («как в», «як у», "as in"). The preposition is tested here, not
 *  listed with the word, so that a longer phrase starting with it («в прошлом месяце») is still read. */
function likenessWords(view: SentenceView, text: string, prepositions: readonly Hit[]): Hit[] {
  const compared = hitsOf(view, 'comparison').filter((c) =>
    prepositions.some((p) => p.start >= c.end && /^\s+$/u.test(text.slice(c.end, p.start))),
  );
  return [...hitsOf(view, 'likeness'), ...compared];
}

/** Whether hit `h` follows a likeness word in its own clause, with at most one word other than a preposition between:
 *  «как и во многих регионах Украины», "like elsewhere across the country" compare the place told of with the
 *  country, and the place's facts stay the place's. A likeness further off compares something else ("what looked like
 *  a massive attack across Ukraine", "as in previous nights across Ukraine", "drones like the Shahed across Ukraine"). */
export function likened(view: SentenceView, text: string, h: Hit): boolean {
  const prepositions = view.hits.filter(preposition);
  return likenessWords(view, text, prepositions).some((l) => {
    if (!oneClause(text, l.end, h.start)) return false;
    let gap = text.slice(l.end, h.start);
    for (const p of prepositions) if (p.start >= l.end && p.end <= h.start) gap = gap.replace(p.text, ' ');
    return gap.split(/\s+/u).filter((w) => w !== '').length <= 1;
  });
}

/** The lexicon's `nationwide` phrases that tell of the whole country themselves, not by likeness. */
export function wholeCountryHits(view: SentenceView, text: string): Hit[] {
  return hitsOf(view, 'nationwide').filter((h) => !likened(view, text, h));
}

/** Whether the sentence tells the whole country of the fact whose verb is at `at`: a phrase in its own clause, either
 *  side, or one before it in an earlier clause when the fact has no subject or place of its own (`own`). Such a phrase
 *  governs the clauses after it («атаковали энергетику по всей стране, в результате чего введены отключения»), but
 *  not a clause that names its own weapon or place («По всей стране объявлена тревога, а ракета попала в дом» after a
 *  sentence on Kharkiv: the missile is Kharkiv's). One after the fact's clause is an aside on something else («сбиты 3
 *  дрона, сообщил мэр, поблагодарив ПВО, которые защищают небо по всей Украине»), and the drones stay the town's. */
export function clauseNationwide(view: SentenceView, text: string, at: number, own: boolean): boolean {
  return wholeCountryHits(view, text).some((h) =>
    h.start <= at ? !own || oneClause(text, Math.min(h.end, at), at) : oneClause(text, at, h.start),
  );
}

/** Where a fact is told: its verb, else its evidence (whose sentence it is). */
export function toldAt(fact: Fact): number {
  return fact.fields.kind?.start ?? fact.evidence.start;
}

/** Whether the sentence tells the whole country of `fact` (`clauseNationwide` at its verb, with its own subject). */
export function factNationwide(view: SentenceView, text: string, fact: Fact): boolean {
  const at = toldAt(fact);
  return clauseNationwide(view, text, at, ownSubject(fact, text, at));
}

/** Whether the fact names its own weapon or place in the clause of its verb at `at` (a span read there, not inferred):
 *  «а ракета попала в жилой дом» has its subject; «в результате чего введены отключения» has none. */
export function ownSubject(fact: Fact, text: string, at: number): boolean {
  return (['weapon', 'place', 'region'] as const).some((k) => {
    const f = fact.fields[k];
    if (!f || f.inferred) return false;
    return f.end <= at ? oneClause(text, f.end, at) : oneClause(text, at, f.start);
  });
}
