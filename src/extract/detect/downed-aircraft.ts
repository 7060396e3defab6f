import type { Count, Fact } from '../../core/types.ts';
import type { PlaceMatch } from '../common/gazetteer.ts';
import type { Hit } from '../compile.ts';
import { hitsOf, newFact, type ReportContext, type SentenceView, setField, spanOf } from '../view.ts';
import { applyLocation, locate } from './locate.ts';

/** Nothing but up to two words (an adjective: «ворожий», «російський») between two things. */
const FEW_WORDS = /^\s+(?:[\p{L}'’-]+\s+){0,2}$/u;
/** A space or a hyphen only: «літак Су-25», «літак А-50» is one aircraft, its word and its model. */
const ADJACENT = /^[\s-]*$/u;
const ONE: Count = { value: 1, min: 1, max: 1, approx: false };

/**
 * An aircraft a verb of shooting down brings down is an interception of no weapon class: «Крім того, вчора збито
 * ворожий літак Су-34», «нашими воїнами збито 1 літак, 2 гелікоптери та 17 БпЛА» (the drones are the attack
 * detector's), «Як збили А-50». The aircraft stands right after the verb (a word or two between), or as a counted item
 * of the list it opens, or right before a passive or impersonal form with no object of its own («Су-34 збили над
 * …»; before «збив» it is the shooter: «Екіпаж гелікоптера Мі-8 збив 5 шахедів», and so before "downed several
 * targets"). A singular form counts one; a plural
 * one only the number before it. Aircraft that launched or carried the weapons («ракети, випущені з Су-34», «ракети з
 * Ту-95», «льотчик на Су-27») are no object of the verb: a preposition stands before them, an adjective or two at
 * most between. Shot down only: «знищили літак на аеродромі» is a strike on a target
 * (detect/attack.ts). A modal or a question cancels these facts as any other (run.ts). The region is the one the
 * sentence names, never one carried from before: the three posts this was read from name none, and the context there
 * is a front sector or another story («Як збили А-50» over a story of strikes on Crimea).
 */
export function downedAircraft(ctx: ReportContext, view: SentenceView, places: readonly PlaceMatch[]): Fact[] {
  const text = ctx.report.text;
  const verb = hitsOf(view, 'shoot_down')[0];
  if (!verb) return [];
  const stop = text.slice(verb.end, view.span.end).search(/[.;:!?]/u);
  const end = stop === -1 ? view.span.end : verb.end + stop;
  const aircraft = [...hitsOf(view, 'aircraft'), ...hitsOf(view, 'aircraft_plural')].sort((a, b) => a.start - b.start);
  // "KYIV: The president said the forces shot down three Su-34s", "Kyiv says it downed two jets": a place before a
  // word of saying that stands before the verb is where the story was filed or who speaks, not where the aircraft fell.
  const saying = [...hitsOf(view, 'said'), ...hitsOf(view, 'said_first')].filter((s) => s.end <= verb.start);
  const own = places.filter((p) => !saying.some((s) => p.end <= s.start));
  // The verb's object, if it has one in its clause: a weapon, a word of what is shot at ("targets", "balloons"), or a
  // counted noun right after it ("downed several targets", "have downed dozens of …"). A number of a measure or a time
  // is no count (common/numbers.ts), so "shot down 20 km from the border" has none.
  const object =
    view.hits.some(
      (h) => (h.value.weapon || h.value.categories.has('shoot_down_object')) && h.start >= verb.end && h.end <= end,
    ) ||
    view.numbers.some(
      (n) => n.start >= verb.end && n.end <= end && FEW_WORDS.test(` ${text.slice(verb.end, n.start)}`),
    );
  const out: Fact[] = [];
  let last: Hit | null = null;
  let lastFact: Fact | null = null;
  for (const a of aircraft) {
    const model = last !== null && a.start >= last.end && ADJACENT.test(text.slice(last.end, a.start));
    last = a;
    if (model) {
      // «літак Су-25»: the object's span takes the model too, which tells this aircraft from another (refine/tidy.ts).
      const word = lastFact?.fields.object;
      if (lastFact && word) setField(lastFact, 'object', spanOf(text, word.start, a.end));
      continue;
    }
    lastFact = null;
    // "12 bomber drones", "fighter-jet drones": an aircraft word right before a weapon names that weapon's kind, not an
    // aircraft (the attack detector reads the weapon).
    if (view.hits.some((h) => h.value.weapon && h.start >= a.end && ADJACENT.test(text.slice(a.end, h.start))))
      continue;
    const number = view.numbers.find((n) => n.end <= a.start && FEW_WORDS.test(` ${text.slice(n.end, a.start)}`));
    const after =
      a.start >= verb.end &&
      a.end <= end &&
      (FEW_WORDS.test(text.slice(verb.end, a.start)) || (number !== undefined && number.start >= verb.end));
    // Before the verb only as the subject of a passive or impersonal form, with no object after the verb: an active
    // «збив» has the aircraft as its shooter («Екіпаж гелікоптера Мі-8 збив 5 шахедів»), and so has a verb with an
    // object of its own («Винищувачі збили дві ракети», "helicopters downed several targets").
    const before =
      a.end <= verb.start &&
      FEW_WORDS.test(text.slice(a.end, verb.start)) &&
      verb.value.categories.has('shoot_down_subjectless') &&
      !object;
    // «ракети з Ту-95», «ракети з російських Ту-95», «льотчик на Су-27»: the aircraft launched or carried, it was not
    // shot down. An adjective or two may stand between; a verb or a place between («на Донеччині Су-25 збили») ends
    // the preposition's reach.
    const governed = hitsOf(view, 'aircraft_preposition').some(
      (p) =>
        p.end <= a.start &&
        /^\s*(?:[\p{L}'’-]+\s+){0,2}$/u.test(text.slice(p.end, a.start)) &&
        !(verb.start >= p.end && verb.end <= a.start) &&
        !places.some((pl) => pl.start >= p.end && pl.end <= a.start),
    );
    if ((!after && !before) || governed) continue;
    const fact = newFact(ctx, view, 'interception', spanOf(text, verb.start, verb.end));
    // What was shot down: an aircraft, no weapon of unknown class that a launch or strike sentence could name.
    fact.object = 'military';
    setField(fact, 'object', spanOf(text, a.start, a.end));
    if (number) {
      fact.count = number.count;
      setField(fact, 'count', spanOf(text, number.start, number.end));
    } else if (a.value.categories.has('aircraft')) {
      fact.count = { ...ONE };
      setField(fact, 'count', spanOf(text, a.start, a.end));
    }
    // Only a place the sentence names: aircraft fall over the front, not in the region the post told before.
    const loc = locate(ctx, view, a, own);
    if (!loc.inferred && !loc.list) applyLocation(ctx, view, fact, loc);
    ctx.facts.push(fact);
    out.push(fact);
    lastFact = fact;
  }
  return out;
}

/** An aircraft shot down (`downedAircraft`): its null weapon is no weapon left unnamed, so no launch, hit or strike of
 *  a weapon joins it (refine/merge-parts.ts). */
export function isDownedAircraft(f: Fact): boolean {
  return f.kind === 'interception' && f.weapon === null && f.object === 'military';
}
