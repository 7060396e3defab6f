import type { Fact } from '../../core/types.ts';
import { type SentenceView, setField } from '../view.ts';
import { factNationwide, likened, toldAt } from './nationwide.ts';

/**
 * A fact that names no region and no place may still say which country it is told of: «атака дронами и ракетами по
 * всей Украине», «Воздушные силы Украины: сбиты 85% дронов», "Russia launched 100 drones at Ukraine". Such a fact is a
 * nationwide total; it gets `country` (with its span) so that resolution can keep the nationwide facts of a night
 * together and apart from each region's.
 *
 * The country after the fact's own verb comes first («Минобороны России: удар по объектам Украины» is told of
 * Ukraine); failing that, the nearest one before it, unless that word is the side named as the subject ("Russia
 * launched"). Only the lexicon's `countries` words count, which are oblique forms in Russian and Ukrainian.
 */
export function applyCountry(fact: Fact, view: SentenceView, text: string): void {
  // "Russia sent 48 drones and missiles across the country" after a sentence on Odesa: the whole country's
  // figure, not Odesa's. Only a phrase before the fact's verb or in its own clause (detect/nationwide.ts): an aside
  // after it («…, поблагодарив ПВО, которые защищают небо по всей Украине») or a likeness («как и во многих регионах
  // Украины») leaves the town its facts.
  const fromContext = (f: 'region' | 'place') => fact[f] === null || fact.fields[f]?.inferred === true;
  if (fact.region !== null && fromContext('region') && fromContext('place') && factNationwide(view, text, fact)) {
    fact.region = null;
    fact.place = null;
    delete fact.fields.region;
    delete fact.fields.place;
  }
  // A region read from context (the report's only region, the sentence before) gives way to another country named in
  // the fact's own sentence: «сбить удалось 51 дрон в девяти областях Украины» in a post that also tells of Rostov.
  const borrowed = fact.region !== null && fact.fields.region?.inferred === true && fact.place === null;
  if ((fact.region !== null && !borrowed) || fact.place !== null) return;
  const named = view.hits.filter((h) => h.value.country !== undefined && !likened(view, text, h));
  // "launched 60 drones at Ukraine …, adding that 51 were shot down": a side's name after a target preposition is
  // the target, not the subject.
  const aimedAt = (h: (typeof named)[number]) =>
    view.hits.some(
      (p) =>
        p.value.categories.has('target_preposition') && p.end <= h.start && /^\s+$/u.test(text.slice(p.end, h.start)),
    );
  const hit =
    named.find((h) => h.start >= toldAt(fact)) ??
    named.findLast((h) => h.end <= toldAt(fact) && (!h.value.categories.has('attacker') || aimedAt(h)));
  if (!hit?.value.country) return;
  if (borrowed && fact.region !== null) {
    if (fact.region.code.startsWith(`${hit.value.country}-`)) return;
    fact.region = null;
    delete fact.fields.region;
  }
  fact.country = hit.value.country;
  setField(fact, 'country', { start: hit.start, end: hit.end, text: hit.text });
}
