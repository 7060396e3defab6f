import type { Fact, Lang } from '../../core/types.ts';
import { lexiconHits } from '../compile.ts';
import { anyOf } from '../grammar.ts';

/** Whether a strike was told by an attack noun or a launch ("attack on Kyiv", "Russian Attack Leaves …", "launched
 *  drones at the city"), not by a word of hitting ("hit", "struck"): only the first tells an attack that may all have
 *  been shot down. The kind's own words are read again with the lexicon (its `attack_noun` and `launched`), first word
 *  first, as "attack on" is one hit of the `strike` list. */
function toldAsAttack(fact: Fact, lang: Lang): boolean {
  const first = fact.fields.kind?.text.trim().split(/\s+/u)[0];
  if (!first) return false;
  return lexiconHits(first, lang).some(
    (h) =>
      h.start === 0 &&
      h.end === first.length &&
      (h.value.categories.has('attack_noun') || h.value.categories.has('launched')) &&
      !h.value.categories.has('hit'),
  );
}

// The headline's weapon, when known, is what was shot down (or this is an unknown air target); one unknown meets only
// when the body tells no other attack (`otherAttack`).
const weaponsMeet = (strike: Fact, interception: Fact) =>
  strike.weapon === null ||
  interception.weapon === null ||
  interception.weapon === strike.weapon ||
  interception.weapon === 'unknown_air_target';

/** "Russian attack on Zaporizhzhia" over "Russian forces shelled Zaporizhzhia overnight. Separately, air defences shot
 *  down two drones", "Russian troops attacked Kherson with drones and artillery …": a verb of striking in the body (the
 *  lexicon's `strike`, not an attack noun, its plural, nor a word of hitting or landing, "debris hit a high-rise") tells another attack,
 *  which a headline that names no weapon may be about. */
/** Whether the first word of a phrase is an attack noun ("attack on" is one hit of the `strike` list). */
function nounFirst(words: string, lang: Lang): boolean {
  const first = words.trim().split(/\s+/u)[0];
  if (!first) return false;
  return lexiconHits(first, lang).some(
    (h) => h.start === 0 && h.end === first.length && h.value.categories.has('attack_noun'),
  );
}

// "'Massive' strikes early on Tuesday morning": the plural noun, the headline's attack told again, no verb.
const PLURAL_NOUN = new RegExp(`^(?:${anyOf('attack_plural')})$`, 'iu');

function otherAttack(text: string, lang: Lang, headEnd: number): boolean {
  return lexiconHits(text.slice(headEnd), lang).some(
    (h) =>
      h.value.categories.has('strike') &&
      !h.value.categories.has('attack_noun') &&
      !h.value.categories.has('hit') &&
      !h.value.categories.has('landed_verb') &&
      h.value.weapon === undefined &&
      !PLURAL_NOUN.test(h.text) &&
      !nounFirst(h.text, lang),
  );
}

// The same night: two known windows that do not overlap are two events ("Russian missile attack on Kyiv" over "a drone
// was shot down over Kyiv on Tuesday; last week's missile attack …"). A window unknown on either side tells nothing.
const windowsMeet = (strike: Fact, interception: Fact) =>
  strike.when === null ||
  interception.when === null ||
  (Date.parse(strike.when.start) < Date.parse(interception.when.end) &&
    Date.parse(interception.when.start) < Date.parse(strike.when.end));

/** A toll, damage or a fire: what an attack leaves where it got through, or where the debris of one shot down fell. */
const effect = (f: Fact) =>
  f.kind === 'damage' ||
  f.kind === 'fire' ||
  (f.kind === 'casualties' && ((f.casualties?.killed ?? 0) > 0 || (f.casualties?.injured ?? 0) > 0));

/**
 * "Russian missile attack on Kyiv causes fire, killing 2" over "Debris from destroyed Russian missiles caused a fire in
 * Ukraine's capital", "Ukraine Says It Stopped Russia's Latest Attacks on Kyiv" over "air defenses intercepted all of
 * the cruise missiles … launched at the capital": a headline's attack on a place that the report tells shot down over
 * that place is one interception, not a strike as well (docs/eval.md, "An attack reported together with its
 * interception is one interception fact, not a strike"). A detector reads the headline alone, so its attack noun gives a strike beside
 * the body's interception. Such a strike is dropped when the report tells an interception in its region, in a window that
 * overlaps its own, of its own weapon (known: a headline with none may name the artillery or bombs the lead tells beside
 * the drones shot down) or of an unknown air target, unless it counts what struck or the report tells a toll, damage or a fire there with no falling debris
 * to cause it: then something got through ("Russian Strike on Kharkiv Mail Center Kills Six" over "several were shot
 * down"). A strike told by a word of hitting ("Drone hits Moscow building") is left alone, and so is one of the body:
 * there an attack beside a shoot-down is as often a second event or the part that got through («ВСУ атаковали
 * спиртзавод» after «около 10 беспилотников сбили»; tried on the whole report, it cost the Russian news three labels).
 * `headEnd` is where the headline ends (-1: none). Language-agnostic: the words are the lexicons'.
 */
export function attacksIntercepted(facts: readonly Fact[], lang: Lang, headEnd: number, text: string): Fact[] {
  const at = (f: Fact, code: string) => f.region?.code === code;
  let other: boolean | undefined;
  const otherTold = () => {
    other ??= otherAttack(text, lang, headEnd);
    return other;
  };
  return facts.filter((s) => {
    if (s.kind !== 'strike' || s.region === null || s.count !== null || s.aggregate) return true;
    if (s.evidence.end > headEnd) return true;
    const code = s.region.code;
    if (!facts.some((f) => f.kind === 'interception' && at(f, code) && weaponsMeet(s, f) && windowsMeet(s, f)))
      return true;
    if (s.weapon === null && otherTold()) return true;
    if (facts.some((f) => effect(f) && at(f, code)) && !facts.some((f) => f.kind === 'debris' && at(f, code)))
      return true;
    return !toldAsAttack(s, lang);
  });
}
