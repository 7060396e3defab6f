import type { Fact } from '../../core/types.ts';
import type { PlaceMatch } from '../common/gazetteer.ts';
import { type Hit, lexiconHits } from '../compile.ts';
import { anyOf } from '../grammar.ts';
import { has, hitsOf, newFact, type ReportContext, type SentenceView, setField, spanOf } from '../view.ts';
import { countFor, type WeaponMention, weaponMentions } from './count.ts';
import { applyLocation, locate } from './locate.ts';

// A weapon right after the word of falling, three words at most between (an adjective, a number, «ещё одного», «и
// сдетонировал сбитый»): «упали украинские беспилотники», «упавший дрон». A preposition, a noun of attacking or a debris
// word between makes the weapon another word's («спрос упал на дроны», «упали обломки ракеты»).
const AFTER_GAP = /^(?:\s+[\p{L}\d]+){0,3}\s+$/u;
const NOT_BETWEEN = ['place_preposition', 'target_preposition', 'attack_noun', 'debris'] as const;
const PREPOSITIONS = ['place_preposition', 'target_preposition'] as const;
// A preposition of cause in the gap («упал после новостей о ракетах», «упал из-за атак дронов») starts another phrase.
const CAUSE_IN_GAP = new RegExp(`(?<![\\p{L}])(?:${anyOf('cause')}|${anyOf('cause_near')})(?![\\p{L}])`, 'iu');
// The subject earlier in the clause: «беспилотник упал в промзоне», "The drone was suppressed … and crashed".
const BEFORE_GAP = /^[^,.;:!?]{1,60}$/u;
// A debris word and its weapon, two adjectives at most between: «обломки сбитого украинского беспилотника».
const DEBRIS_OF = /^\s+(?:\p{L}+\s+){0,2}$/u;

/** Where a word of falling stands. */
interface Fall {
  start: number;
  end: number;
}

const PARTICIPLE = new RegExp(`(?<![\\p{L}])(?:${anyOf('fell_participle')})(?![\\p{L}])`, 'giu');

/** The sentence's words of falling: its first verb (the lexicon's `fell`), then each participle (`fell_participle`)
 *  that no debris word governs («обломки упавших беспилотников» is the wreck of drones that fell). */
function fallWords(view: SentenceView, text: string): Fall[] {
  const debris = hitsOf(view, 'debris');
  const out: Fall[] = [];
  const verb = hitsOf(view, 'fell')[0];
  if (verb) out.push(verb);
  PARTICIPLE.lastIndex = 0;
  for (const m of view.span.text.matchAll(PARTICIPLE)) {
    const start = view.span.start + (m.index ?? 0);
    const governed = debris.some((d) => d.end <= start && DEBRIS_OF.test(text.slice(d.end, start)));
    if (!governed) out.push({ start, end: start + m[0].length });
  }
  return out;
}

/** The word of falling and the weapon that fell: the weapon is the subject of the fall, right after it in its clause
 *  («в районе ТЭЦ упали украинские беспилотники», «взорвался упавший дрон») or before it («БПЛА упал в промзоне»),
 *  never the genitive of a noun of attacking («после удара дрона рухнула крыша»: the roof fell) nor a weapon a debris
 *  word goes with («обломки ракеты упали», "drone debris that fell": the wreck fell). */
export function fallenWeapon(view: SentenceView, text: string): { fell: Fall; weapon: WeaponMention } | undefined {
  const mentions = weaponMentions(view);
  const debris = hitsOf(view, 'debris');
  for (const fell of fallWords(view, text)) {
    const weapon = mentions.find((m) => {
      if (m.start >= fell.end) {
        const between = (h: Hit) => h.start >= fell.end && h.end <= m.start;
        return (
          AFTER_GAP.test(text.slice(fell.end, m.start)) &&
          !CAUSE_IN_GAP.test(text.slice(fell.end, m.start)) &&
          !view.hits.some((h) => between(h) && NOT_BETWEEN.some((c) => h.value.categories.has(c)))
        );
      }
      if (!BEFORE_GAP.test(text.slice(m.end, fell.start))) return false;
      if (debris.some((d) => d.start >= m.end && d.end <= fell.start)) return false;
      // «спрос на дроны упал»: a weapon right after a preposition is no subject.
      const governed = view.hits.some(
        (h) => PREPOSITIONS.some((c) => h.value.categories.has(c)) && /^\s+$/u.test(text.slice(h.end, m.start)),
      );
      if (governed) return false;
      // «после удара дрона рухнула крыша», «обломки украинских ракет упали»: the weapon is another noun's genitive.
      return !view.hits.some(
        (a) =>
          a.end <= m.start &&
          ((a.value.categories.has('attack_noun') && /^\s+$/u.test(text.slice(a.end, m.start))) ||
            (a.value.categories.has('debris') && DEBRIS_OF.test(text.slice(a.end, m.start)))),
      );
    });
    if (weapon) return { fell, weapon };
  }
  return undefined;
}

/** True when the report, so far, or the sentence tells something shot down: then a weapon that fell is the wreck of
 *  one downed (debris, detect/effects.ts), not a weapon that struck. */
export function downedSoFar(ctx: ReportContext, view: SentenceView): boolean {
  return has(view, 'interception') || has(view, 'downed') || ctx.hasFactOfKind('interception');
}

/** The weapon that fell and struck: a fall (`fallenWeapon`) in a report that tells nothing shot down, before the
 *  sentence, in it or after it («на предприятии упал беспилотник … До этого один дрон был сбит над районом»:
 *  the fall may be the downed one's, and the report's night stays one incident with its interception). The rest of
 *  the report is scanned only when a sentence tells a fall. */
export function struckByFall(
  ctx: ReportContext,
  view: SentenceView,
): { fell: Fall; weapon: WeaponMention } | undefined {
  if (downedSoFar(ctx, view)) return undefined;
  const found = fallenWeapon(view, ctx.report.text);
  if (!found) return undefined;
  const later = lexiconHits(ctx.report.text.slice(view.span.end), ctx.lang);
  if (later.some((h) => h.value.categories.has('interception') || h.value.categories.has('downed'))) return undefined;
  return found;
}

/** «Предварительно, в районе ТЭЦ упали украинские беспилотники», «в цеху взорвался упавший дрон», "a drone crashed
 *  100 km from Moscow": a weapon told falling, with no word of anything shot down in the report (`struckByFall`), fell
 *  where it was sent: the fall is its strike (docs/eval.md), with the weapon's count (a singular is one). With a
 *  shoot-down the same words tell the wreck (debris, detect/effects.ts). */
export function fallenWeaponStrike(ctx: ReportContext, view: SentenceView, places: PlaceMatch[]): Fact[] {
  const text = ctx.report.text;
  const found = struckByFall(ctx, view);
  if (!found) return [];
  const { fell, weapon } = found;
  const fact = newFact(ctx, view, 'strike', spanOf(text, fell.start, fell.end));
  fact.weapon = weapon.weapon;
  fact.weapon_model = weapon.model;
  setField(fact, 'weapon', spanOf(text, weapon.start, weapon.end));
  const count = countFor(view, text, weapon, ctx.lang);
  if (count) {
    fact.count = count.count;
    setField(fact, 'count', count.span);
  } else if (weapon.singular) {
    fact.count = { value: 1, min: 1, max: 1, approx: false };
    setField(fact, 'count', spanOf(text, weapon.start, weapon.end));
  }
  applyLocation(ctx, view, fact, locate(ctx, view, weapon, places));
  ctx.facts.push(fact);
  return [fact];
}
