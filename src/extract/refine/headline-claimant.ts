import type { Fact } from '../../core/types.ts';

/**
 * «Пять человек погибли в результате удара по Николаеву — власти» over a body that says which official told it («Мэр
 * Николаева Павел Громов сообщил …»): the headline's unnamed "authorities" are that official. A headline fact
 * attributed to no one in particular (role `official`, no name) takes the claimant of the body's first fact of the
 * same region that names a more particular one; its claimant field then points at the body's span, marked inferred.
 * Language-agnostic: it reads claimants and spans only.
 */
export function headlineClaimants(facts: readonly Fact[], text: string): Fact[] {
  const firstLineEnd = headlineEnd(text);
  if (firstLineEnd < 0) return [...facts];
  // The attribution closes the headline («… — власти»): "Ukraine says two killed" names a side that speaks, whose
  // words the body need not be retelling.
  const inHeadline = (f: Fact) => {
    const at = f.fields.claimant;
    return (
      at !== undefined && at.end > at.start && at.end <= firstLineEnd && CLOSES.test(text.slice(at.end, firstLineEnd))
    );
  };
  const vague = (f: Fact) => f.claimant?.role === 'official' && f.claimant.name === null && inHeadline(f);
  if (!facts.some(vague)) return [...facts];
  return facts.map((f) => {
    if (!vague(f) || !f.region) return f;
    const body = facts.find(
      (b) =>
        b.region?.code === f.region?.code &&
        b.claimant !== null &&
        (b.claimant.name !== null || b.claimant.role !== 'official') &&
        // An outlet the body cites («По данным Mash») is no more particular a speaker than the authorities.
        b.claimant.role !== 'media' &&
        b.fields.claimant !== undefined &&
        b.fields.claimant.start >= firstLineEnd,
    );
    if (!body?.claimant || !body.fields.claimant) return f;
    return {
      ...f,
      claimant: body.claimant,
      fields: { ...f.fields, claimant: { ...body.fields.claimant, inferred: true } },
    };
  });
}

const CLOSES = /^[^\p{L}\p{N}]*$/u;

/** Where a headline ends: the first line break after some text, when more text follows it. */
function headlineEnd(text: string): number {
  const start = text.search(/\S/u);
  if (start < 0) return -1;
  const end = text.indexOf('\n', start);
  return end > 0 && /\S/u.test(text.slice(end)) ? end : -1;
}
