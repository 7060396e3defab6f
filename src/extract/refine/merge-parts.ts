import type { Fact } from '../../core/types.ts';
import type { AttackPart } from '../detect/attack.ts';

/** Same weapon (or one unknown) and same region; a part's region taken from context does not count against it:
 *  «Зафіксовано влучання на 6 локаціях» after a list of oblasts still belongs to the national total. */
const SPECIFIC: Partial<Record<string, string[]>> = { missile: ['cruise_missile', 'ballistic_missile'] };

/** «Усі 7 ракет … знищено» after «7 крилатими ракетами»: a generic missile is the same as a specific one. */
function sameWeapon(a: Fact['weapon'], b: Fact['weapon']): boolean {
  if (a === null || b === null || a === b) return true;
  return (SPECIFIC[a]?.includes(b) ?? false) || (SPECIFIC[b]?.includes(a) ?? false);
}

function sameTarget(host: Fact, part: Fact): boolean {
  const weapons = sameWeapon(host.weapon, part.weapon);
  const partRegionStated = part.region !== null && part.fields.region?.inferred === false;
  return weapons && (!partRegionStated || (host.region?.code ?? null) === part.region?.code);
}

/**
 * An air force report says "83 launched" in one sentence, "63 shot down" in the next and "hits at 6 locations" in a
 * third: one interception with launched, count and hit kept apart. A launch or hit with no interception to join
 * stays a strike of its own.
 */
export function mergeParts(facts: readonly Fact[], parts: readonly AttackPart[], text: string): Fact[] {
  const dropped = new Set<Fact>();
  for (const { fact, part } of parts) {
    if (part === null) continue;
    const host =
      facts.find((f) => f.kind === 'interception' && !f.aggregate && f.weapon === fact.weapon && sameTarget(f, fact)) ??
      facts.find((f) => f.kind === 'interception' && !f.aggregate && sameTarget(f, fact));
    if (!host || host[part] !== null) continue;
    host[part] = fact[part];
    const field = fact.fields[part];
    if (field) host.fields[part] = field;
    if ((host.weapon === null || host.weapon === 'missile') && fact.weapon !== null && fact.weapon !== host.weapon) {
      host.weapon = fact.weapon;
      if (fact.fields.weapon) host.fields.weapon = fact.fields.weapon;
    }
    host.weapon_model ??= fact.weapon_model;
    const start = Math.min(host.evidence.start, fact.evidence.start);
    const end = Math.max(host.evidence.end, fact.evidence.end);
    host.evidence = { start, end, text: text.slice(start, end) };
    dropped.add(fact);
  }
  return facts.filter((f) => !dropped.has(f));
}
