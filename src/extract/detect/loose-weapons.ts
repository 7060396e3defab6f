import { isKindOf } from '../../core/types.ts';
import type { Hit } from '../compile.ts';

/**
 * A weapon word used loosely (the lexicon's `loose`: English "rockets") is read as the class it stands in for when the
 * report names that class by a word of its own: a headline's "rocket strike on Sumy" over a lead's "a missile strike
 * on a bakery in Sumy" is one missile strike, told twice. A report that names no such weapon keeps the word's own
 * class ("three hurt in rocket strikes on a border village"), and so does the class word of a model named right before
 * it ("HIMARS rockets"). Read once per report, before any detector, so every rule that reads a weapon word (counts,
 * lists, the class lent to a later sentence) sees one class. The hits are copied, never changed: a hit's value is the
 * compiled lexicon's, shared by every report.
 */
export function looseWeaponsRead(text: string, hits: Hit[]): Hit[] {
  const loose = new Set<NonNullable<NonNullable<Hit['value']['weapon']>['loose']>>();
  for (const h of hits) if (h.value.weapon?.loose) loose.add(h.value.weapon.loose);
  if (loose.size === 0) return hits;
  // A class the report names by a word that is not loose itself.
  const named = [...loose].filter((general) =>
    hits.some((h) => h.value.weapon && !h.value.weapon.loose && isKindOf(h.value.weapon.weapon, general)),
  );
  if (named.length === 0) return hits;
  // "HIMARS rockets": the class word of a model named right before it is that model's.
  const ofModel = (i: number) => {
    const prev = hits[i - 1];
    return prev?.value.weapon?.model != null && /^[\s"'«»“”„-]*$/u.test(text.slice(prev.end, hits[i]!.start));
  };
  return hits.map((h, i) => {
    const weapon = h.value.weapon;
    if (!weapon?.loose || weapon.model !== null || !named.includes(weapon.loose) || ofModel(i)) return h;
    return { ...h, value: { ...h.value, weapon: { weapon: weapon.loose, model: null, singular: weapon.singular } } };
  });
}
