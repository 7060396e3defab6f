import type { Fact } from '../../core/types.ts';
import type { AttackPart } from '../detect/attack.ts';

function sameTarget(a: Fact, b: Fact): boolean {
  const weapons = a.weapon === null || b.weapon === null || a.weapon === b.weapon;
  return weapons && (a.region?.code ?? null) === (b.region?.code ?? null);
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
    const host = facts.find((f) => f.kind === 'interception' && !f.aggregate && sameTarget(f, fact));
    if (!host || host[part] !== null) continue;
    host[part] = fact[part];
    const field = fact.fields[part];
    if (field) host.fields[part] = field;
    host.weapon ??= fact.weapon;
    host.weapon_model ??= fact.weapon_model;
    const start = Math.min(host.evidence.start, fact.evidence.start);
    const end = Math.max(host.evidence.end, fact.evidence.end);
    host.evidence = { start, end, text: text.slice(start, end) };
    dropped.add(fact);
  }
  return facts.filter((f) => !dropped.has(f));
}
