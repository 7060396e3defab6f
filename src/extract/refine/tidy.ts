import type { Fact, Weapon } from '../../core/types.ts';

const MISSILES: readonly Weapon[] = ['cruise_missile', 'ballistic_missile'];

/**
 * Last touches on one report's facts, each a reading a careful analyst makes of the whole post:
 * - An alert with no place, followed by alerts that name places, is their header («Загроза балістики! Київ,
 *   Київська область — в укриття!»): the placed ones say it.
 * - A second strike on the same region whose weapon came from context is the same strike told again («О 19:05
 *   росіяни атакували Запоріжжя КАБами. Зафіксовано 3 влучання…»): it lends its count and goes.
 * - "Missiles" in a report whose only missiles are of one type are that type («атакував двома балістичними
 *   ракетами … Зафіксовано влучання ракет у Харкові»), marked as read from context.
 */
export function tidyFacts(facts: readonly Fact[]): Fact[] {
  const dropped = new Set<Fact>();
  const placedAlerts = facts.filter((f) => f.kind === 'alert' && f.region !== null);
  for (const f of facts) {
    if (f.kind !== 'alert' || f.region !== null) continue;
    if (placedAlerts.some((p) => p.weapon === f.weapon || p.weapon === null || f.weapon === null)) dropped.add(f);
  }
  for (const [i, later] of facts.entries()) {
    if (later.kind !== 'strike' || later.fields.weapon?.inferred === false) continue;
    const first = facts
      .slice(0, i)
      .find((f) => f.kind === 'strike' && !dropped.has(f) && f.region !== null && f.region.code === later.region?.code);
    if (!first || (later.weapon !== null && first.weapon !== later.weapon)) continue;
    if (first.count === null && later.count !== null) {
      first.count = later.count;
      if (later.fields.count) first.fields.count = later.fields.count;
    }
    if (first.object === null && later.object !== null) {
      first.object = later.object;
      if (later.fields.object) first.fields.object = later.fields.object;
    }
    dropped.add(later);
  }
  const types = new Set(facts.map((f) => f.weapon).filter((w) => w !== null && MISSILES.includes(w)));
  if (types.size === 1) {
    const [only] = [...types];
    const source = facts.find((f) => f.weapon === only);
    for (const f of facts) {
      if (f.weapon !== 'missile' || !only || !source) continue;
      f.weapon = only;
      f.weapon_model ??= source.weapon_model;
      const field = f.fields.weapon;
      if (field) f.fields.weapon = { ...field, inferred: true };
    }
  }
  return facts.filter((f) => !dropped.has(f));
}
