import type { Fact } from '../../core/types.ts';
import { type SentenceView, sentenceAt } from '../view.ts';

/** The figure a fact states: its count, or for a toll its casualties. */
const figureSpan = (f: Fact) => (f.kind === 'casualties' ? f.fields.casualties : f.fields.count);

/**
 * Marks a fact whose figure the report tells as said before it (`told_before: true`): its sentence opens with an
 * `earlier` word and a verb of saying stands between it and the figure ("Earlier he had reported 11 injured",
 * «Ранее спасатели сообщали о восьми погибших», «Раніше повідомлялося про п'ятьох поранених»). It is an older step of
 * the speaker's count, which resolution reads before the report's own figures (11, then the 14 the report leads
 * with), never a lower figure told after them that disputes them. An `earlier` word that dates the event, with no
 * verb of saying («Накануне в Одессе погибли 10 человек»), tells no earlier figure; nor does a figure read from
 * context, or one before the verb («Ранее 10 погибших, сообщили спасатели» is the figure the sentence states).
 */
export function markToldBefore(facts: readonly Fact[], views: readonly SentenceView[]): void {
  const at = sentenceAt(views);
  for (const f of facts) {
    const n = figureSpan(f);
    const stated = f.count !== null || (f.kind === 'casualties' && f.casualties !== null);
    if (!stated || !n || n.inferred) continue;
    const view = at(n.start);
    if (!view) continue;
    const opener = view.hits.find(
      (h) =>
        h.value.categories.has('earlier') &&
        /^[^\p{L}\p{N}]*$/u.test(view.span.text.slice(0, h.start - view.span.start)),
    );
    if (!opener) continue;
    const said = view.hits.some((h) => h.value.categories.has('said') && h.start >= opener.end && h.end <= n.start);
    if (said) f.told_before = true;
  }
}
