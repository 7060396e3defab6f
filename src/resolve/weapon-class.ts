// A weapon's class, for the rules that ask whether two accounts can be one attack: drones of any size are one class,
// missiles of any flight another ("a cruise missile" and "the missiles" can be one strike; "the drones" cannot).
import type { Weapon } from '../core/types.ts';
import type { PlacedFact } from './placed-fact.ts';

export function weaponClass(w: Weapon): string {
  if (w === 'fpv_drone') return 'uav';
  if (w === 'cruise_missile' || w === 'ballistic_missile') return 'missile';
  return w;
}

/** The classes of the weapons the facts name; empty when none names one. */
export function weaponClasses(facts: readonly PlacedFact[]): Set<string> {
  return new Set(facts.flatMap((p) => (p.fact.weapon ? [weaponClass(p.fact.weapon)] : [])));
}
