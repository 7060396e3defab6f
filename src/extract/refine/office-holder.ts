import { surnameKey } from '../../core/names.ts';
import type { ClaimantRole, Fact, FieldEvidence } from '../../core/types.ts';

/** Offices that one person holds in a report's region: "the governor" of a post is the governor it names. */
const PERSONAL: ReadonlySet<ClaimantRole> = new Set(['governor', 'mayor']);

/**
 * «В Орловской области сбит беспилотник — врио губернатора» over a body that names him («Временно исполняющий
 * обязанности губернатора Олег Седов утверждает …»): the governor or mayor a fact's attribution names by office
 * alone is the one the same report names in that office for the same region (docs/eval.md: a name given in the post is
 * the claimant's name). A mayor holds one city, not its region: only a fact of a city where the named mayor speaks takes
 * his name («міський голова» of a Chuhuiv strike is not the Kharkiv mayor of the next paragraph). Two people named in
 * one office leave it unnamed. The borrowed name is inferred: the claimant field points at the mention that names the
 * holder, as a claimant carried from an earlier sentence does. Language-agnostic: it reads claimants only.
 */
export function officeHolders(facts: readonly Fact[]): Fact[] {
  const holders = new Map<
    ClaimantRole,
    { name: string; regions: Set<string | null>; places: Set<string>; span: FieldEvidence | undefined }
  >();
  const several = new Set<ClaimantRole>();
  for (const f of facts) {
    const c = f.claimant;
    // A claimant carried over from an earlier sentence («сообщил губернатор» after a named one) says nothing of where
    // its holder speaks.
    if (!c?.name || !c.role || !PERSONAL.has(c.role) || f.fields.claimant?.inferred) continue;
    const known = holders.get(c.role);
    const place = f.place?.name;
    if (known === undefined)
      holders.set(c.role, {
        name: c.name,
        regions: new Set([f.region?.code ?? null]),
        places: new Set(place === undefined ? [] : [place]),
        span: f.fields.claimant,
      });
    else if (surnameKey(known.name) !== surnameKey(c.name)) several.add(c.role);
    else {
      known.regions.add(f.region?.code ?? null);
      if (place !== undefined) known.places.add(place);
      // The fuller spelling stands for both («Юрий Слюсарь» over «Слюсарь»).
      if (c.name.length > known.name.length) {
        known.name = c.name;
        known.span = f.fields.claimant;
      }
    }
  }
  if (holders.size === 0) return [...facts];
  return facts.map((f) => {
    const c = f.claimant;
    const holder = c?.role && !c.name && !several.has(c.role) ? holders.get(c.role) : undefined;
    // Only where the holder speaks: «губернатор Смоленской области Анохин» is no governor of Novgorod.
    // A mayor: only in a city where the named one speaks; a fact of no city is no mayor's of a known one.
    const there =
      holder &&
      (c?.role === 'mayor'
        ? f.place !== null && holder.places.has(f.place.name)
        : f.region === null || holder.regions.has(f.region.code));
    if (!c || !holder || !there) return f;
    const fields = holder.span ? { ...f.fields, claimant: { ...holder.span, inferred: true } } : f.fields;
    return { ...f, claimant: { ...c, name: holder.name }, fields };
  });
}
