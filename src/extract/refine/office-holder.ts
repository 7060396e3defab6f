import { surnameKey } from '../../core/names.ts';
import type { ClaimantRole, Fact } from '../../core/types.ts';

/** Offices that one person holds in a report's region: "the governor" of a post is the governor it names. */
const PERSONAL: ReadonlySet<ClaimantRole> = new Set(['governor', 'mayor']);

/**
 * «В Ростовской области сбит беспилотник — врио губернатора» over a body that names him («Временно исполняющий
 * обязанности губернатора Юрий Слюсарь утверждает …»): the governor or mayor a fact's attribution names by office
 * alone is the one the same report names in that office for the same region (docs/eval.md: a name given in the post is
 * the claimant's name). Two people named in one office leave it unnamed.
 * The claimant field keeps its own span (the office's words). Language-agnostic: it reads claimants only.
 */
export function officeHolders(facts: readonly Fact[]): Fact[] {
  const holders = new Map<ClaimantRole, { name: string; regions: Set<string | null> }>();
  const several = new Set<ClaimantRole>();
  for (const f of facts) {
    const c = f.claimant;
    // A claimant carried over from an earlier sentence («сообщил губернатор» after a named one) says nothing of where
    // its holder speaks.
    if (!c?.name || !c.role || !PERSONAL.has(c.role) || f.fields.claimant?.inferred) continue;
    const known = holders.get(c.role);
    if (known === undefined) holders.set(c.role, { name: c.name, regions: new Set([f.region?.code ?? null]) });
    else if (surnameKey(known.name) !== surnameKey(c.name)) several.add(c.role);
    else {
      known.regions.add(f.region?.code ?? null);
      // The fuller spelling stands for both («Юрий Слюсарь» over «Слюсарь»).
      if (c.name.length > known.name.length) known.name = c.name;
    }
  }
  if (holders.size === 0) return [...facts];
  return facts.map((f) => {
    const c = f.claimant;
    const holder = c?.role && !c.name && !several.has(c.role) ? holders.get(c.role) : undefined;
    // Only where the holder speaks: «губернатор Смоленской области Анохин» is no governor of Novgorod.
    const there = holder && (f.region === null || holder.regions.has(f.region.code));
    return c && holder && there ? { ...f, claimant: { ...c, name: holder.name } } : f;
  });
}
