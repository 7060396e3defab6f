import type { Fact } from '../../core/types.ts';

/** The headline and the lead paragraph under it, as offsets into the report's text (run.ts: `headlineEnd`,
 *  `paragraphEnd`), and which facts were told across a whole country ("across Ukraine"), which keep no region. */
export interface HeadlineLead {
  headEnd: number;
  leadEnd: number;
  nationwide: (fact: Fact) => boolean;
  /** Whether the fact's own sentence puts it in an unnamed place of another country than the region `code`'s
   *  ("Shelling of Russian Village Kills Two" over a lead on Crimea): detect/country.ts `placedElsewhere`. */
  elsewhere?: (fact: Fact, code: string) => boolean;
}

/**
 * "Russian Strike on Ukrainian City Kills Seven" over "A missile hit Chernihiv, …", "Refinery Ablaze After Drone
 * Attack" over "A drone struck a refinery in the Krasnodar region …": a headline that names no place sums up the lead
 * paragraph below it, so a headline fact left with no region is told of the one region the lead's facts name, inferred,
 * with the lead's span. Only when the lead's facts that name their place name one region, and no fact of the headline
 * names one of its own (a headline that places one fact and not another placed what it meant to); never a fact told
 * across the whole country ("across Ukraine", "Drone Attacks on Russia"), an aggregate, a wave's launch count ("Russia
 * Fires 40 Missiles" over the one that hit Lviv), or a fact of a kind the lead also tells with no place (that one is the
 * headline's). Language-agnostic: it reads spans and regions only.
 */
export function headlinePlaces(facts: readonly Fact[], lead: HeadlineLead): Fact[] {
  const { headEnd, leadEnd } = lead;
  const inLead = (f: Fact) => f.evidence.start >= headEnd && f.evidence.start < leadEnd;
  if (headEnd < 0) return [...facts];
  const inHeadline = (f: Fact) => f.evidence.end <= headEnd;
  const stated = (f: Fact) => f.region !== null && f.fields.region !== undefined && !f.fields.region.inferred;
  if (facts.some((f) => inHeadline(f) && stated(f))) return [...facts];
  const told = facts.filter((f) => inLead(f) && stated(f));
  const codes = new Set(told.map((f) => f.region?.code));
  const source = told[0];
  if (codes.size !== 1 || !source?.region || !source.fields.region) return [...facts];
  const region = source.region;
  const span = source.fields.region;
  const place = source.place && source.fields.place ? source.place : null;
  const out: Fact[] = [];
  for (const f of facts) {
    const placed = placeOne(f);
    // "Missile Strike Kills Two" over "A missile hit a market in Kramatorsk": placed, the headline's strike is the
    // lead's strike told again, one fact (the lead's, with the span that states it), as a tally told twice is one.
    const same = placed !== f && told.some((t) => sameFact(t, placed));
    if (!same) out.push(placed);
  }
  return out;

  function placeOne(f: Fact): Fact {
    if (!inHeadline(f) || f.region !== null || f.aggregate || lead.nationwide(f)) return f;
    // "Russian Drones Shot Down" over a lead on the drones that got through to Odesa: a headline's tally of what was
    // shot down is the wave's; only the lead's own shoot-down places it. A strike, a toll or damage is the lead's.
    if (!told.some((t) => (t.kind === 'interception') === (f.kind === 'interception'))) return f;
    // "Drone Attacks on Russia": a fact told of a whole country is the country's, whatever region the lead names.
    if (f.country !== undefined) return f;
    // "Russia Fires 40 Missiles Overnight" over a lead on the one that hit Lviv: a count of what was launched is the
    // whole wave's; the lead tells where a part of it went.
    if (f.launched !== null) return f;
    // "Ukrainian shelling of a Russian village kills two" over a lead that names Crimea for another raid: the headline
    // told of a place in the other country, whichever one the lead names.
    if (lead.elsewhere?.(f, region.code)) return f;
    // "Ukraine shoots down 32 of 35 drones" over a lead that tells the 32 again with no place and then the Kyiv
    // region's part: the headline tells the lead's unplaced fact of its kind, not the placed one.
    if (facts.some((t) => t.kind === f.kind && t.region === null && inLead(t))) return f;
    const placed: Fact = {
      ...f,
      region: { ...region },
      fields: { ...f.fields, region: { start: span.start, end: span.end, text: span.text, inferred: true } },
    };
    delete placed.country;
    delete placed.fields.country;
    if (place) {
      placed.place = { ...place };
      placed.fields.place = { start: span.start, end: span.end, text: span.text, inferred: true };
    }
    return placed;
  }
}

/** The lead's fact `lead` tells what the headline's placed fact `head` does: one kind, one region, the headline naming
 *  no other weapon and no count or toll of its own (a toll is paired by refine/casualty-pairs.ts). */
function sameFact(lead: Fact, head: Fact): boolean {
  return (
    lead.kind === head.kind &&
    lead.region?.code === head.region?.code &&
    (head.weapon === null || head.weapon === lead.weapon) &&
    head.count === null &&
    head.launched === null &&
    head.casualties === null
  );
}
