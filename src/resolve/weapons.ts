import { pushTo } from '../core/multimap.ts';
import { containsRegion } from '../core/regions.ts';
import type { Conflict, Count, Fact, FactKind, TallyStep, Weapon, WeaponCount } from '../core/types.ts';
import { countPoint } from './count-math.ts';
import { episodeTallies, mergeEpisodes } from './episodes.ts';
import { mergeClaimants } from './merge-claimants.ts';
import type { CountItem, MergedCount } from './merge-counts.ts';
import { EFFECT_KINDS, type PlacedFact } from './placed-fact.ts';
import { compareText } from './time.ts';
import { weaponClass } from './weapon-class.ts';

const FIELDS = ['count', 'launched', 'hit'] as const;
type CountField = (typeof FIELDS)[number];

export interface WeaponMerge {
  weapons: WeaponCount[];
  conflicts: Conflict[];
  tallies: [string, TallyStep[]][];
  /** Fact id -> the weapon entry its numbers went to. */
  typeOf: Map<string, Weapon>;
  /** 'weapons[uav].count' -> how that number was merged (for explanations). */
  merged: Map<string, MergedCount>;
}

const hasNumbers = (p: PlacedFact): boolean => FIELDS.some((f) => p.fact[f] !== null);

/** The weapon each report's own attack statements name, when they name exactly one («атакував Сумщину 12 ударними
 *  БпЛА»): the means of that post's strikes told with none («У Конотопі внаслідок влучання …»). A report whose attack
 *  facts name two weapons (drones and missiles) or none gives none. */
export function postWeapons(facts: readonly Fact[]): Map<string, Weapon> {
  const named = new Map<string, Set<Weapon>>();
  for (const f of facts) {
    if ((f.kind !== 'interception' && f.kind !== 'strike') || f.weapon === null) continue;
    const set = named.get(f.report_id) ?? new Set<Weapon>();
    set.add(f.weapon);
    named.set(f.report_id, set);
  }
  const out = new Map<string, Weapon>();
  for (const [report, set] of named) if (set.size === 1) out.set(report, [...set][0]!);
  return out;
}

/** Rule 4: one entry per weapon type, each number merged across voices. `byPost` (postWeapons) gives an attack told
 *  with no weapon, in an incident whose facts name none, the one weapon its own post's attack statements name. */
export function mergeWeapons(
  members: readonly PlacedFact[],
  incidentKind: FactKind,
  byPost: ReadonlyMap<string, Weapon> = new Map(),
): WeaponMerge {
  // An interception's numbers come from the interception statements; a debris or damage report in the
  // same incident ("debris of a drone fell on a roof") names a weapon but does not restate the total.
  const ownEffects = incidentKind === 'damage' || incidentKind === 'casualties';
  // An alarm is no count of the attack it sounded over: its weapon ("ракетная опасность") names no type the attack's
  // reports told.
  const facts = members.filter(
    (p) => (ownEffects || !EFFECT_KINDS.has(p.fact.kind)) && (incidentKind === 'alert' || p.fact.kind !== 'alert'),
  );
  const named = [...new Set(facts.map((p) => p.fact.weapon).filter((w): w is Weapon => w !== null))];

  const typeOf = new Map<string, Weapon>();
  for (const p of facts) {
    const { weapon, kind } = p.fact;
    if (weapon) typeOf.set(p.fact.id, hasNumbers(p) ? weapon : (onlySpecific(weapon, named) ?? weapon));
    // No weapon named: it is the only type there is, else an unknown air target, but only when the
    // fact has something to say about it ("shot down 5 targets", or an attack with no weapon named).
    else if (named.length === 1) typeOf.set(p.fact.id, named[0]!);
    else if (hasNumbers(p) || (named.length === 0 && (kind === 'interception' || kind === 'strike'))) {
      const own = named.length === 0 ? byPost.get(p.fact.report_id) : undefined;
      typeOf.set(p.fact.id, own ?? 'unknown_air_target');
    }
  }

  const types = [...new Set(typeOf.values())].sort(compareText);
  const weapons: WeaponCount[] = [];
  const conflicts: Conflict[] = [];
  const tallies: [string, TallyStep[]][] = [];
  const merged = new Map<string, MergedCount>();
  for (const type of types) {
    const entry: WeaponCount = { type, count: null };
    for (const field of FIELDS) {
      const items: CountItem[] = [];
      for (const p of facts) {
        const count: Count | null = p.fact[field as CountField];
        if (count && typeOf.get(p.fact.id) === type && !otherCount(p, field, incidentKind))
          items.push({ placed: p, count });
      }
      if (items.length === 0) continue;
      if (field === 'count') floorsBeside(items, incidentKind);
      const name = `weapons[${type}].${field}`;
      // Totals over nested places (Moscow, Moscow Oblast) are merged per place: the mayor's 32 and the ministry's
      // 34 are two scopes, not a conflict. The widest place's number is the one shown.
      const scopes = byScope(items);
      // A wave told of the whole country with no figure of this field ("Russia fired 75 missiles at Ukraine", a strike
      // whose count is how many struck, never told) is wider than any place: an outlet's one missile on a Kyiv bridge
      // is Kyiv's count, not the wave's.
      const wave = !scopes.has(NO_SCOPE) && facts.some((p) => told(p, type, incidentKind) && p.fact.region === null);
      const widest = wave ? NO_SCOPE : widestScope([...scopes.keys()]);
      for (const [scope, list] of scopes) {
        // Figures of windows that share no time are separate episodes, summed (episodes.ts).
        const m = mergeEpisodes(list);
        const scoped = scope === widest ? name : `${name} in ${scope}`;
        if (scope === widest) {
          merged.set(name, m);
          entry[field] = m.shown;
        }
        if (m.conflict) conflicts.push({ field: scoped, values: m.conflict });
        tallies.push(...episodeTallies(scoped, m));
        if ((scopes.size > 1 || wave) && m.shown) {
          const backing = m.claims.flatMap((c) => c.backing);
          const first = list.find((i) => i.placed.fact.region !== null)?.placed.fact.region;
          entry.scopes ??= [];
          entry.scopes.push({
            field,
            // A count told of no region (the Air Force's night total over the whole country) has no region: null,
            // as an unknown region is everywhere else, never the grouping's '-'.
            region: scope === NO_SCOPE ? null : { code: scope, name: first?.name ?? scope },
            count: m.shown,
            claimants: mergeClaimants(backing),
            report_ids: [...new Set(backing.map((p) => p.fact.report_id))].sort(compareText),
          });
        }
      }
    }
    const models = [
      ...new Set(facts.filter((p) => typeOf.get(p.fact.id) === type).flatMap((p) => p.fact.weapon_model ?? [])),
    ].sort(compareText);
    if (models.length > 0) entry.models = models;
    weapons.push(entry);
  }
  return { weapons, conflicts, tallies, typeOf, merged };
}

/** The one specific type of a generic weapon's class that the incident names («ракетного удару», "a missile strike"
 *  beside "a ballistic missile"), else null: a generic weapon told with no number is that same weapon told less
 *  precisely, no second type beside it. Two specific types of the class (a cruise and a ballistic missile), or a
 *  weapon that is itself specific, give null. */
function onlySpecific(weapon: Weapon, named: readonly Weapon[]): Weapon | null {
  if (weaponClass(weapon) !== weapon) return null;
  const specific = named.filter((w) => w !== weapon && weaponClass(w) === weapon);
  return specific.length === 1 ? specific[0]! : null;
}

/** The fact tells the incident's own event (not an effect of it) with this weapon. */
function told(p: PlacedFact, type: Weapon, incidentKind: FactKind): boolean {
  return p.fact.kind === incidentKind && !p.fact.aggregate && p.fact.weapon === type;
}

/** A number that counts something else than the incident's own field: an interception's `count` is how many were
 *  destroyed, and a strike folded into it (the governor's «дрон атаковал автомобиль» beside his «сбито 14») counts
 *  what struck, never a step of the destroyed tally (14 → 1). */
function otherCount(p: PlacedFact, field: CountField, incidentKind: FactKind): boolean {
  return field === 'count' && incidentKind === 'interception' && p.fact.kind === 'strike';
}

/** A count told only in passing as one downed (`floor`: the governor's «обломками сбитого беспилотника» beside the
 *  ministry's «сбито 15») reads, beside a count told as a tally, as "at least 1": it backs the 15 and disputes nothing.
 *  So does one weapon told striking in a strike ("a missile hit the walkway" of a bridge in Kyiv beside "75 missiles
 *  rained down", "a drone struck a house" beside "12 drones hit the city"): one target's hit, one of the wave's.
 *  Alone, it stays the 1 it says. */
function floorsBeside(items: CountItem[], incidentKind: FactKind): void {
  const floor = (i: CountItem) =>
    i.placed.fact.floor === true ||
    (incidentKind === 'strike' && i.placed.fact.kind === 'strike' && countPoint(i.count) === 1);
  if (items.every(floor)) return;
  for (const [at, item] of items.entries()) {
    const n = floor(item) ? countPoint(item.count) : null;
    if (n !== null) items[at] = { ...item, count: { value: null, min: n, max: null, approx: false } };
  }
}

/** The scope of counts told of no region. */
const NO_SCOPE = '-';

/** Items by the region code their fact names (NO_SCOPE for none), in code order. */
function byScope(items: readonly CountItem[]): Map<string, CountItem[]> {
  const out = new Map<string, CountItem[]>();
  for (const item of items) {
    const scope = item.placed.fact.region?.code ?? NO_SCOPE;
    pushTo(out, scope, item);
  }
  return new Map([...out.entries()].sort((a, b) => compareText(a[0], b[0])));
}

/** The scope that holds every other one (Moscow Oblast over Moscow), else the first by code. */
function widestScope(scopes: readonly string[]): string {
  return scopes.find((outer) => scopes.every((inner) => containsRegion(outer, inner))) ?? scopes[0]!;
}
