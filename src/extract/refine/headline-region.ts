import type { Fact, FactKind } from '../../core/types.ts';
import { headlineEnd } from './headline-claimant.ts';

/** The kinds that tell an attack itself; an effect or a toll in the body follows the headline's attack. */
const ATTACKS: ReadonlySet<FactKind> = new Set(['strike', 'interception', 'explosion']);
const AFTERMATH: ReadonlySet<FactKind> = new Set(['damage', 'fire', 'casualties', 'power_outage', 'debris']);

/**
 * A headline names its place once and the body then tells the story without it: "Drones hit an oil depot in Bryansk
 * region" over "Two tanks caught fire. No one was hurt." A body fact that names no region, no place and no country
 * (nothing in its sentence or the context before it placed it) takes the headline's region when the headline's facts
 * name exactly one region and tell the same kind of event there: a fact of the same kind, or an attack whose effect or
 * toll the body fact is. The region's evidence is the headline's words that named it, marked inferred.
 * A headline of several regions (a live page's "…; Belgorod shelled") gives none. Language-agnostic: it reads facts
 * and spans only.
 */
export function headlineRegions(facts: readonly Fact[], text: string): Fact[] {
  const end = headlineEnd(text);
  if (end < 0) return [...facts];
  const head = facts.filter((f) => f.evidence.end <= end);
  // Over every fact: a body that tells other regions' facts is a roundup or a tally over regions, whose placeless
  // facts are its totals ("Russia says it downed 30 drones over five regions"), not the headline's story.
  const regions = new Set(facts.flatMap((f) => (f.region ? [f.region.code] : [])));
  if (regions.size !== 1 || !head.some((f) => f.region)) return [...facts];
  const sameEvent = (kind: FactKind) =>
    head.filter(
      (h) => h.region !== null && h.fields.region !== undefined && (h.kind === kind || ATTACKS.has(h.kind)),
    )[0];
  return facts.map((f) => {
    // An attack told in the body with no place is most often the wave's whole ("Russia fired 38 drones at its
    // territory", "striking various cities"), not the headline's one strike: only an effect or a toll is placed.
    if (f.evidence.start < end || !AFTERMATH.has(f.kind) || f.region || f.place || f.country) return f;
    const from = sameEvent(f.kind);
    if (!from?.region || !from.fields.region) return f;
    return {
      ...f,
      region: from.region,
      fields: { ...f.fields, region: { ...from.fields.region, inferred: true } },
    };
  });
}
