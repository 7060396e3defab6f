import { surnameKey } from '../../core/names.ts';
import type { Claimant, ClaimantRole, Fact, FieldEvidence, Span } from '../../core/types.ts';

/** Offices that one person holds in a report's region: "the governor" of a post is the governor it names. Not a
 *  military administration's head: a district's («начальник районной военной администрации») and a city's are heads
 *  of one too, in the same region as the oblast's. */
const PERSONAL: ReadonlySet<ClaimantRole> = new Set(['governor', 'mayor']);

/**
 * A holder of an office that a sentence or a signature names by office and name, whether or not that sentence tells a
 * fact: «Других подробностей губернатор Олег Седов не привел», «— губернатор Артамонов.» under a post whose facts
 * «глава региона» reported, "Kursk Governor Roman Starovoit urged residents …" under "…, governor says". `regions` are
 * the regions where it speaks: those its title names between office and name, else the office's in the officials data
 * when it knows the name, else (only for the report's closing attribution or signature) those its sentence names or
 * the region the text spoke of before it; `places` the cities given with them (a mayor holds one city).
 */
export interface OfficeMention {
  claimant: Claimant;
  span: Span;
  regions: readonly (string | null)[];
  places: readonly string[];
}

/**
 * «В Орловской области сбит беспилотник — врио губернатора» over a body that names him («Временно исполняющий
 * обязанности губернатора Олег Седов утверждает …»): the governor or mayor a fact's attribution names by office
 * alone is the one the same report names in that office for the same region (docs/eval.md: a name given in the post is
 * the claimant's name), by a fact's claimant or by a mention. A mayor holds one city, not its region: only a fact of a
 * city where the named mayor speaks takes his name («міський голова» of a Chuhuiv strike is not the Kharkiv mayor of
 * the next paragraph). Two people named in one office leave it unnamed where both speak; each region takes its own
 * («— губернаторы» over the Lipetsk and the Tambov governor, each named below), and a fact of no region only the one
 * holder's. The borrowed name is inferred: the claimant field points at the mention that names the
 * holder, as a claimant carried from an earlier sentence does. Language-agnostic: it reads claimants only.
 */
export function officeHolders(facts: readonly Fact[], mentions: readonly OfficeMention[] = []): Fact[] {
  const holders = new Map<ClaimantRole, Holder[]>();
  const hold = (
    c: Claimant,
    regions: readonly (string | null)[],
    places: readonly string[],
    span: FieldEvidence | undefined,
  ) => {
    if (!c.name || !c.role || !PERSONAL.has(c.role)) return;
    const list = holders.get(c.role) ?? [];
    holders.set(c.role, list);
    const known = list.find((h) => surnameKey(h.name) === surnameKey(c.name ?? ''));
    if (known === undefined) {
      list.push({ name: c.name, regions: new Set(regions), places: new Set(places), span });
      return;
    }
    for (const r of regions) known.regions.add(r);
    for (const p of places) known.places.add(p);
    // The fuller spelling stands for both («Юрий Слюсарь» over «Слюсарь»).
    if (c.name.length > known.name.length) {
      known.name = c.name;
      known.span = span;
    }
  };
  for (const f of facts) {
    const c = f.claimant;
    // A claimant carried over from an earlier sentence («сообщил губернатор» after a named one) says nothing of where
    // its holder speaks.
    if (!c || f.fields.claimant?.inferred) continue;
    const place = f.place?.name;
    hold(c, [f.region?.code ?? null], place === undefined ? [] : [place], f.fields.claimant);
  }
  for (const m of mentions) hold(m.claimant, m.regions, m.places, { ...m.span, inferred: false });
  if (holders.size === 0) return [...facts];
  return facts.map((f) => {
    const c = f.claimant;
    if (!c?.role || c.name) return f;
    // Only where the holder speaks: «губернатор Смоленской области Анохин» is no governor of Novgorod, and with the
    // Novgorod governor named too each region's unnamed governor is its own. A mayor: only in a city where the named
    // one speaks; a fact of no city is no mayor's of a known one. A fact of no region: only when one holder is named.
    const all = holders.get(c.role) ?? [];
    const there = all.filter((h) =>
      c.role === 'mayor'
        ? f.place !== null && h.places.has(f.place.name)
        : f.region === null
          ? all.length === 1
          : h.regions.has(f.region.code),
    );
    const holder = there.length === 1 ? there[0] : undefined;
    if (!holder) return f;
    const fields = holder.span ? { ...f.fields, claimant: { ...holder.span, inferred: true } } : f.fields;
    return { ...f, claimant: { ...c, name: holder.name }, fields };
  });
}

interface Holder {
  name: string;
  regions: Set<string | null>;
  places: Set<string>;
  span: FieldEvidence | undefined;
}
