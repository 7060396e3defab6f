import type { Claimant, Fact } from '../../core/types.ts';

/** Fields a refiner may fill in one fact from another that tells the same thing. */
type Lendable = 'claimant' | 'count' | 'object' | 'when' | 'region' | 'place';

/** Two facts merged into one keep what either told: a value `to` lacks is taken from `from`, with its evidence. */
export function lend(to: Fact, from: Fact, field: Lendable): void {
  if (to[field] !== null || from[field] === null) return;
  Object.assign(to, { [field]: from[field] });
  const evidence = from.fields[field];
  if (evidence) to.fields[field] = evidence;
}

/** Nothing said of the two sets them apart: one or both unknown, or the same by `key`. */
export function sameOrUnknown<T>(a: T | null, b: T | null, key: (x: T) => string): boolean {
  return a === null || b === null || key(a) === key(b);
}

/** One speaker, or one side unknown: the same name and role. */
export function sameSpeaker(a: Claimant | null, b: Claimant | null): boolean {
  return sameOrUnknown(a, b, (c) => `${c.name ?? ''}\u0001${c.role ?? ''}`);
}
