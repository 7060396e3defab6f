import type { Fact } from '../../core/types.ts';
import { anyOf } from '../grammar.ts';
import { type SentenceView, sentenceAt } from '../view.ts';

/** A clause break between the verb of saying and a figure: what follows it is the report's own word ("Earlier
 *  reports said 11 were injured; the toll has since risen to 14"). */
const CLAUSE_BREAK = /[;:]/u;
// «…сообщал о двух погибших, к утру их число выросло до четырёх»: the figure after a word of rising is the new one.
const RISEN_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${anyOf('risen')})`, 'iu');

/**
 * Marks a toll whose figure the report tells as said before it (`told_before: true`): its sentence opens with an
 * `earlier` word and a verb of saying stands between it and the figure ("Earlier he had reported 11 injured",
 * «Ранее спасатели сообщали о восьми погибших», «Раніше повідомлялося про п'ятьох поранених»). It is an older step of
 * the speaker's count, which resolution reads before the report's own figures (11, then the 14 the report leads
 * with), never a lower figure told after them that disputes them. An `earlier` word that dates the event, with no
 * verb of saying («Накануне в Одессе погибли 10 человек»), tells no earlier figure; nor does a figure read from
 * context, or one before the verb («Ранее 10 погибших, сообщили спасатели» is the figure the sentence states).
 *
 * Nor does the figure the sentence goes on to give as the new one: after a word of rising, a contrast or a clause
 * break («…сообщал о двух погибших, к утру их число выросло до четырёх», "said two were injured, but by morning the
 * number had risen to seven"), nor a sentence whose `earlier` word opens a time of the day it was said ("Earlier on
 * Wednesday, the governor said…", «Ранее в среду губернатор сообщил…»): a wire's account of today's statement, often
 * newer than the voice's own first post. Only tolls: a weapons count told before ("Earlier, the air force said it had
 * shot down 40 of 55 drones") is a summary of the night, not a step of a running toll.
 */
export function markToldBefore(facts: readonly Fact[], views: readonly SentenceView[]): void {
  const at = sentenceAt(views);
  for (const f of facts) {
    if (f.kind !== 'casualties') continue;
    const n = f.fields.casualties;
    if (f.casualties === null || !n || n.inferred) continue;
    const view = at(n.start);
    if (!view) continue;
    const opener = view.hits.find(
      (h) =>
        h.value.categories.has('earlier') &&
        /^[^\p{L}\p{N}]*$/u.test(view.span.text.slice(0, h.start - view.span.start)),
    );
    if (!opener) continue;
    const said = view.hits.find((h) => h.value.categories.has('said') && h.start >= opener.end && h.end <= n.start);
    if (!said) continue;
    if ([...view.times, ...view.saidTimes].some((t) => t.end > opener.end && t.start < said.start)) continue;
    // The toll's span runs from its first casualty word to its figure ("injured; the toll has since risen to 14"):
    // what turns the sentence may lie inside it.
    const between = view.span.text.slice(said.end - view.span.start, n.end - view.span.start);
    if (CLAUSE_BREAK.test(between) || RISEN_WORD.test(between)) continue;
    const turned = view.hits.some((h) => h.value.categories.has('contrast') && h.start >= said.end && h.end <= n.end);
    if (!turned) f.told_before = true;
  }
}
