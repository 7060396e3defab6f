import type { Fact, Weapon } from '../../core/types.ts';
import { anyOf } from '../grammar.ts';

// "missiles and drones", "drones, cruise missiles": two weapon words with nothing but a conjunction or a comma between.
const JOINED = new RegExp(`^\\s*(?:,|(?:,\\s*)?(?:${anyOf('conjunction')}))\\s*$`, 'iu');
const MISSILES: ReadonlySet<Weapon> = new Set(['missile', 'cruise_missile', 'ballistic_missile']);

/** Where a fact's number was read: its count's span, else its launched span. */
function numberAt(f: Fact): number | null {
  return f.fields.count?.start ?? f.fields.launched?.start ?? null;
}

/** The two facts' weapon words stand side by side, joined only by a conjunction or a comma ("a cruise missile and 18
 *  drones" has a number of its own between). */
function joined(text: string, f: Fact, g: Fact): boolean {
  const a = f.fields.weapon;
  const b = g.fields.weapon;
  if (!a || !b) return false;
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return first.end <= second.start && JOINED.test(text.slice(first.end, second.start));
}

/**
 * "Russia sent 48 drones and missiles, of which 29 were shot down", "more than 30 missiles and drones shot down":
 * one number counts two classes of weapon together. The facts read from it, one per class with that same number,
 * are one fact whose weapon is unknown (null): how many of each the text does not say.
 * Only facts of one kind and one region, whose count (or launch number) is the same words of the text.
 */
export function sharedCounts(facts: readonly Fact[], text: string): Fact[] {
  const dropped = new Set<Fact>();
  // The facts that read a number at each offset, in the report's order: a fact is compared only with those that read
  // its own number, not with every later fact (a long text's cost would grow with its square).
  const byNumber = new Map<number, Fact[]>();
  for (const f of facts) {
    const at = numberAt(f);
    if (at === null) continue;
    const group = byNumber.get(at);
    if (group) group.push(f);
    else byNumber.set(at, [f]);
  }
  for (const f of facts) {
    const at = numberAt(f);
    if (at === null || dropped.has(f) || f.weapon === null) continue;
    const group = byNumber.get(at)!;
    const same = group
      .slice(group.indexOf(f) + 1)
      .filter(
        (g) =>
          !dropped.has(g) &&
          g.kind === f.kind &&
          g.aggregate === f.aggregate &&
          (g.region?.code ?? null) === (f.region?.code ?? null) &&
          numberAt(g) === at &&
          g.weapon !== null &&
          g.weapon !== f.weapon &&
          joined(text, f, g),
      );
    if (same.length === 0) continue;
    // "five Kalibr and Iskander missiles": of the missile classes, a missile.
    const missiles = [f, ...same].every((x) => x.weapon !== null && MISSILES.has(x.weapon));
    f.weapon = missiles ? 'missile' : null;
    f.weapon_model = null;
    if (!missiles) delete f.fields.weapon;
    for (const g of same) dropped.add(g);
  }
  return facts.filter((f) => !dropped.has(f));
}
