import type { Claimant } from '../core/types.ts';
import type { PlacedFact } from './placed-fact.ts';
import { compareText } from './time.ts';

const filled = (c: Claimant): number =>
  [c.name, c.role, c.channel, c.institution ?? null].filter((x) => x !== null).length;

/** Rule 6: one claimant per key, the most complete form of it ("Vladislav Shapsha, governor,
 *  Telegram" over "Shapsha"); on a tie the earliest report's form. Sorted by key. */
export function mergeClaimants(members: readonly PlacedFact[]): Claimant[] {
  const best = new Map<string, Claimant>();
  for (const p of members) {
    const c = p.fact.claimant;
    if (!c || p.claimant === null) continue;
    const prev = best.get(p.claimant);
    if (!prev || filled(c) > filled(prev))
      best.set(p.claimant, {
        name: c.name,
        role: c.role,
        channel: c.channel,
        ...(c.institution !== undefined ? { institution: c.institution } : {}),
      });
  }
  // An unsigned post attributed to a role ("governor") and a named claimant with that role ("Vladislav Shapsha,
  // governor") in one incident are one person: one place, one night, one governor.
  const namedRoles = new Set([...best.values()].filter((c) => c.name !== null && c.role !== null).map((c) => c.role));
  return [...best.entries()]
    .filter(([, c]) => c.name !== null || c.role === null || !namedRoles.has(c.role))
    .sort((a, b) => compareText(a[0], b[0]))
    .map(([, c]) => c);
}
