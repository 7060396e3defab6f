import type { Fact } from '../../core/types.ts';
import { clauseAround, clauseJoins, hitsOf, type SentenceView } from '../view.ts';

/** Up to four words between the purpose word and the attack word: "in its drone terror attacks", "to carry out deadly
 *  strikes"; no mark between. */
const PURPOSE_GAP = /^\s+(?:[^\s,;:.!?()\u2013\u2014]+\s+){0,4}$/u;

/**
 * The facts a weapon's description tells as what the weapon is for, no event: a weapon and a word of its use or supply
 * (the lexicon's `weapon_use`: "used by", "being deployed", "supplying") before a separate purpose word (`use_purpose`:
 * "to", "for", "in") that governs the fact's attack word a few words on, all in one clause: "the Shahed drones used by
 * Russia in its attacks on Ukrainian cities are made of Western parts", "accuse Iran of supplying drones to Moscow for
 * attacks on Ukraine", "the Shahed drone being deployed by Russia to strike Kyiv". An active past use ("Russia used
 * drones to strike Kyiv") or a finite perfect ("Ukraine has used ATACMS to strike Russia for the first time") is no
 * `weapon_use` word and is read as the strike it tells (detect/attack.ts, usedToStrike), and so is an attack word with
 * no purpose word before it ("Drones used by Russia hit a power plant").
 *
 * A clause that carries an event's own marks is spared, as a description has none: a time or a count ("drones used by
 * Russia to strike Kyiv overnight"), a target named after the purpose word ("… to strike a power plant in Odesa"), a
 * word that measures one event (`one_event`: "… to strike Russia for the first time"; not "most", "largest"), or a verb
 * of the event after the attack word (`event_verb`: "hit", "exploded over"; not "struck", as in "struck a deal"), the
 * clause's main verb ("drones being used in the attack on Kyiv exploded over the city"); so is a sentence with a
 * casualty toll anywhere ("… to strike Odesa killed two people", "… to attack Odesa, killing two people").
 */
export function describedUse(text: string, view: SentenceView, facts: readonly Fact[]): Fact[] {
  const uses = hitsOf(view, 'weapon_use');
  if (uses.length === 0) return [];
  const joins = clauseJoins(view);
  const purposes = hitsOf(view, 'use_purpose');
  return facts.filter((f) => {
    const k = f.fields.kind;
    // The purpose of a weapon is a strike; a fact of another kind after it is told by a verb of its own ("the drones
    // used by Russia to strike Odesa were all shot down").
    if (
      f.kind !== 'strike' ||
      k === undefined ||
      f.evidence.start < view.span.start ||
      f.evidence.start >= view.span.end
    )
      return false;
    const clause = clauseAround(text, view, k, joins);
    const purpose = purposes.findLast(
      (p) => p.start >= clause.start && p.end <= k.start && PURPOSE_GAP.test(text.slice(p.end, k.start)),
    );
    if (purpose === undefined) return false;
    const use = uses.findLast((u) => u.start >= clause.start && u.end <= purpose.start);
    const weapon = view.hits.findLast(
      (h) => h.value.weapon !== undefined && h.start >= clause.start && h.end <= purpose.start,
    );
    if (use === undefined || weapon === undefined) return false;
    const inside = (s: { start: number; end: number }) => s.start >= clause.start && s.end <= clause.end;
    if (view.times.some(inside) || view.numbers.some(inside)) return false;
    // A target named after the purpose word ("to strike a power plant"); a word that measures one event ("to strike
    // Russia for the first time"; not a superlative, "in most attacks on Ukraine", which ranks a practice too); or a
    // verb of the event after the attack word, the clause's main verb ("drones being used in the attack on Kyiv exploded
    // over the city"; not any verb of striking: "… in its attacks on Kyiv struck a deal").
    if (view.hits.some((h) => h.value.object !== undefined && h.start >= purpose.end && inside(h))) return false;
    if (view.hits.some((h) => h.value.categories.has('one_event') && inside(h))) return false;
    if (view.hits.some((h) => h.value.categories.has('event_verb') && h.start >= k.end && inside(h))) return false;
    // A toll anywhere in the sentence: a description tells none, and "… to attack Odesa, killing two people" tells its
    // toll in the clause joined after.
    return !facts.some(
      (g) =>
        g.casualties !== null &&
        g.fields.kind !== undefined &&
        g.fields.kind.start >= view.span.start &&
        g.fields.kind.end <= view.span.end,
    );
  });
}
