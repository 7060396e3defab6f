import type { Fact } from '../../core/types.ts';
import { spanOf, type WeaponNamed } from '../view.ts';

/**
 * «Оговтуємося від ракетного удару. … Внаслідок влучання пошкоджені будинки», «Ракетні обстріли, які ми пережили
 * сьогодні, … Внаслідок цих атак є зруйновані будівлі»: a lead names the weapon of the attack and tells no fact of its
 * own; the sentence that tells the strike names none. The strike takes the weapon the report named before it, marked
 * as read from context (the field points at the earlier word), when every weapon word before it is of that one class
 * and stands in a sentence that told no fact (a weapon told with a fact is that fact's: the detectors' own
 * inheritance, `inheritWeapon`, decides between facts). Strikes only: an effect or a toll carries no weapon. A strike
 * of a place only: one placed nowhere is talk of strikes over a country («сообщения об угрозе ракетного удара по
 * Украине — фейк», "drones used in attacks on Ukraine"), whose lead does not tell which weapon struck.
 * Language-agnostic: it reads facts and the weapon words the scan found.
 */
export function earlierWeapons(facts: Fact[], named: readonly WeaponNamed[], text: string): Fact[] {
  const told = (w: WeaponNamed) => facts.some((f) => f.evidence.start <= w.start && w.start < f.evidence.end);
  for (const fact of facts) {
    if (fact.kind !== 'strike' || fact.weapon !== null || fact.region === null) continue;
    const before = named.filter((w) => w.end <= fact.evidence.start);
    const last = before[before.length - 1];
    if (!last || new Set(before.map((w) => w.weapon)).size > 1 || before.some(told)) continue;
    fact.weapon = last.weapon;
    fact.weapon_model = last.model;
    fact.fields.weapon = { ...spanOf(text, last.start, last.end), inferred: true };
  }
  return facts;
}
