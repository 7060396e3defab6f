import type { ClaimantRole, Fact } from '../../core/types.ts';
import { type SentenceView, sentenceAt } from '../view.ts';

/** The offices held over a whole region, not a town: the name before their word is the region's. */
const REGIONAL: ReadonlySet<ClaimantRole> = new Set(['governor', 'military_administration']);

/**
 * "Belgorod governor says woman killed", "Kherson governor says road damaged", "Lviv governor Maksym Kozytskyi
 * showed …": a town's name right before the word of a regional office names the office's region, not the town that
 * shares its name. The fact keeps the region and has no town of its own: the headline's "Belgorod" over a body on a
 * car hit in Shebekino is no second place of the incident, and its toll is the region's whole, not Belgorod's beside
 * Shebekino's (resolve/casualties.ts sums the tolls of different towns). A mayor's city ("Kharkiv mayor") is the
 * town itself and stays. Language-agnostic: it reads the place's span and the lexicon's role words (`roles`).
 */
export function officeRegions(facts: readonly Fact[], views: readonly SentenceView[], text: string): Fact[] {
  const viewAt = sentenceAt(views);
  for (const fact of facts) {
    const place = fact.fields.place;
    if (!fact.place || !fact.region || !place || place.inferred) continue;
    const office = viewAt(place.start)?.hits.find(
      (h) =>
        h.value.role !== undefined &&
        REGIONAL.has(h.value.role.role) &&
        h.start >= place.end &&
        /^\s+$/u.test(text.slice(place.end, h.start)),
    );
    if (!office) continue;
    fact.place = null;
    delete fact.fields.place;
  }
  return [...facts];
}
