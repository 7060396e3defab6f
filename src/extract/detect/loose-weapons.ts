import { type Fact, isKindOf, type Weapon } from '../../core/types.ts';
import type { Hit } from '../compile.ts';
import { spanOf } from '../view.ts';

/** A model named right before a weapon word ("HIMARS rockets"), or an air defence before one ("Patriot missiles"),
 *  with nothing but spaces, quotes or a hyphen between. */
const ADJACENT = /^[\s"'«»“”„-]*$/u;

/**
 * Whether a hit names a weapon of `general` for the reading of loose words: a word that is not loose itself and names
 * what an attack was made with. Not an alarm's word ("a missile alert sounded": what it warns of, not what struck),
 * nor an air defence's missiles ("allies sent more Patriot missiles", "more missiles for its air defence": what shoots
 * down, not what struck).
 */
function namesClass(text: string, hits: readonly Hit[], i: number, general: Weapon): boolean {
  const h = hits[i]!;
  const weapon = h.value.weapon;
  if (!weapon || weapon.loose || !isKindOf(weapon.weapon, general)) return false;
  if (h.value.categories.has('alert') || h.value.categories.has('alert_told')) return false;
  const prev = hits[i - 1];
  if (prev?.value.categories.has('interceptor') && ADJACENT.test(text.slice(prev.end, h.start))) return false;
  // "asked allies for more missiles for its Patriot systems": a weapon with an air defence after it in its clause is
  // what shoots down. One shot down ("air defence shot down two missiles") still names the class: in the real news it is
  // mostly the wave the loose word told ("fires 27 rockets …; most missiles sent overnight were intercepted").
  const end = clauseEnd(text, h);
  return !hits.some((o) => o.start >= h.end && o.end <= end && o.value.categories.has('interceptor'));
}

/** Where the clause of a hit ends: at the next end of a sentence, semicolon or line break. */
function clauseEnd(text: string, h: Hit): number {
  const after = text.slice(h.end).search(/[.!?;\n]/u);
  return after < 0 ? text.length : h.end + after;
}

/**
 * A weapon word used loosely (the lexicon's `loose`: English "rockets") is read as the class it stands in for when the
 * report names that class by a word of its own (`namesClass`: not an alarm's, not an air defence's): a headline's
 * "rocket strike on Sumy" over a lead's "a missile strike on a bakery in Sumy" is one missile strike, told twice; so is
 * "a rocket attack struck a school, as Moscow unleashed a fresh round of missiles" in one sentence. A report that
 * names no such weapon keeps the word's own class ("three hurt in rocket strikes on a border village"), and so does
 * the class word of a model named right before it ("HIMARS rockets"). Read once per report, before any detector, so
 * every rule that reads a weapon word (counts, lists, the class lent to a later sentence) sees one class. The hits are
 * copied, never changed: a hit's value is the compiled lexicon's, shared by every report. A copy keeps the span of the
 * word that named the class (`named`): the class came from there (`looseWeaponFields`).
 */
export function looseWeaponsRead(text: string, hits: Hit[]): Hit[] {
  if (!hits.some((h) => h.value.weapon?.loose)) return hits;
  // "HIMARS rockets": the class word of a model named right before it is that model's.
  const ofModel = (i: number) => {
    const prev = hits[i - 1];
    return prev?.value.weapon?.model != null && ADJACENT.test(text.slice(prev.end, hits[i]!.start));
  };
  const cache = new Map<Weapon, Hit[]>();
  const namersOf = (general: Weapon) => {
    const found = cache.get(general) ?? hits.filter((_, j) => namesClass(text, hits, j, general));
    cache.set(general, found);
    return found;
  };
  return hits.map((h, i) => {
    const weapon = h.value.weapon;
    if (!weapon?.loose || weapon.model !== null || ofModel(i)) return h;
    const namers = namersOf(weapon.loose);
    if (namers.length === 0) return h;
    // The word nearest the loose one is the one its reading came from.
    const named = namers.reduce((a, b) => (Math.abs(b.start - h.start) < Math.abs(a.start - h.start) ? b : a));
    return {
      ...h,
      value: {
        ...h.value,
        weapon: {
          weapon: weapon.loose,
          model: null,
          singular: weapon.singular,
          named: { start: named.start, end: named.end },
        },
      },
    };
  });
}

/**
 * A fact whose weapon a loose word read as another class gives (`looseWeaponsRead`) points at the word that named
 * that class, marked as read from context: "Rockets" in the text said rocket, the missile came from elsewhere.
 */
export function looseWeaponFields(text: string, hits: readonly Hit[], facts: readonly Fact[]): void {
  const read = hits.filter((h) => h.value.weapon?.named);
  if (read.length === 0) return;
  for (const fact of facts) {
    const field = fact.fields.weapon;
    if (!field) continue;
    const h = read.find(
      (r) =>
        r.start < field.end &&
        field.start < r.end &&
        fact.weapon !== null &&
        isKindOf(fact.weapon, r.value.weapon!.weapon),
    );
    if (!h) continue;
    const named = h.value.weapon!.named!;
    fact.fields.weapon = { ...spanOf(text, named.start, named.end), inferred: true };
  }
}
