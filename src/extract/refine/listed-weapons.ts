import type { Fact, Lang } from '../../core/types.ts';
import { findNumbers, type NumberMatch } from '../common/numbers.ts';
import { anyOf } from '../grammar.ts';
import { factsOverlapping, lowerIndex, type SentenceView, spanOf, type WeaponNamed } from '../view.ts';

// Between two weapons of one list: a conjunction or an ampersand, after a model's closing quotes («ракетами
// "Іскандер" і дронами», "drones and missiles"); or the hyphen of a compound adjective («ракетно-дроновой атаке»,
// "missile-drone attack").
const JOIN = new RegExp(`^(?:-|[\\s"'«»“”„]*,?\\s*(?:${anyOf('conjunction')}|&)\\s*)$`, 'iu');
// A bare comma joins two weapons of a list only where the list goes on to a conjunction ("drones, missiles and
// glide bombs") or the second word is a compound's with its attack noun right after ("Drone, Missile Attacks"). A
// comma alone also ends a clause: «Над Києвом збито 20 дронів, ракети влучили в Харків» is two statements.
const COMMA = /^[\s"'«»“”„]*,\s*$/u;
// The second weapon of a list may carry its own count after the conjunction: "122 missiles and dozens of drones",
// "drones and dozens of cruise missiles", "missiles and 30 drones". What stands before the count is a conjunction
// (as in JOIN); what stands after it, at most the partitive word ("of") before the weapon.
const JOIN_BEFORE_COUNT = new RegExp(`^[\\s"'«»“”„]*,?\\s*(?:${anyOf('conjunction')})\\s+$`, 'iu');
// A conjunction, a count and "of" are never longer than this; the bound keeps a long gap from being sliced.
const MAX_COUNTED_GAP = 40;
const AFTER_COUNT = new RegExp(`^\\s*(?:(?:${anyOf('of')})\\s+)?$`, 'iu');

const LISTED_KINDS: ReadonlySet<Fact['kind']> = new Set(['strike', 'interception']);

/**
 * "Russian drones and missiles strike Kremenchuk", "during an overnight drone and missile strike on Rivne", «Удар
 * Искандерами и Калибрами по аэродрому …»: a strike or an interception told with weapons of several classes joined in
 * one list is one fact per class (docs/eval.md, "per weapon where a statement names several"). Some detectors make a
 * fact of each class themselves (`otherWeapons` in detect/attack.ts); the others read one weapon word, the nearest
 * to their trigger, and the list's other classes were lost. This refiner sees every detector's facts: a fact whose
 * weapon word the text states (not read from context) and that is one word of such a list gets a copy for each
 * other class of the list that no fact of the same kind, region and sentence already has. The copy has no count:
 * the numbers belong to the statement as a whole ("more than 30 missiles and drones" is the shared-count refiner's,
 * which runs before and leaves such a fact with no weapon word).
 * The second word of a list may carry its own count ("122 missiles and dozens of drones", "drones and dozens of
 * cruise missiles"): a number found by the scan (`lang`'s number words) after the conjunction, at most "of" after it.
 * A fact whose weapon is no longer its word's class (two missile classes read as one missile: "five Kalibr and
 * Iskander missiles") is left alone. Alerts are not: a threat names what may come, not what came.
 * Language-agnostic: it reads the facts, the weapon words the scan found and the lexicons' conjunctions.
 */
export function listedWeapons(
  facts: Fact[],
  named: readonly WeaponNamed[],
  views: readonly SentenceView[],
  text: string,
  lang: Lang,
): Fact[] {
  const sorted = [...named].sort((a, b) => a.start - b.start);
  // The report's counts, read once and only if a gap needs them (sorted by start, as findNumbers returns them).
  let numbers: NumberMatch[] | null = null;
  const between = (i: number) => {
    const a = sorted[i] as WeaponNamed;
    const b = sorted[i + 1];
    return b && a.end <= b.start ? text.slice(a.end, b.start) : null;
  };
  // `withCount`: the second weapon may carry its own count in the gap, the conjunction before it and at most "of"
  // after it. Only for a fact with no count of its own: one that has a count read it off its own word, and a list of
  // counted words («5 ракетами та 70 БпЛА») is each word's statement, which the detectors read one fact each.
  const conjoined = (i: number, withCount: boolean) => {
    const gap = between(i);
    if (gap === null) return false;
    if (JOIN.test(gap)) return true;
    if (!withCount || gap.length > MAX_COUNTED_GAP) return false;
    const from = (sorted[i] as WeaponNamed).end;
    const to = (sorted[i + 1] as WeaponNamed).start;
    numbers ??= findNumbers(text, lang);
    const n = numbers[lowerIndex(numbers, (m) => m.start <= from)];
    return (
      n !== undefined &&
      n.end <= to &&
      JOIN_BEFORE_COUNT.test(text.slice(from, n.start)) &&
      AFTER_COUNT.test(text.slice(n.end, to))
    );
  };
  // Where an attack noun starts, so that the test after a weapon word reads the few blanks after it, not every hit.
  const attackNouns = new Set(
    views.flatMap((v) => v.hits.filter((h) => h.value.categories.has('attack_noun')).map((h) => h.start)),
  );
  const attackNounAfter = (w: WeaponNamed) => {
    for (let at = w.end; ; at++) {
      if (attackNouns.has(at)) return true;
      if (at >= text.length || /\S/u.test(text[at] as string)) return false;
    }
  };
  // Whether sorted[i] and sorted[i + 1] stand in one list.
  const listed = (i: number, withCount: boolean): boolean => {
    if (conjoined(i, withCount)) return true;
    const gap = between(i);
    if (gap === null || !COMMA.test(gap)) return false;
    for (let k = i + 1; k < sorted.length - 1; k++) {
      if (conjoined(k, withCount)) return true;
      if (!COMMA.test(between(k) ?? '')) break;
    }
    return attackNounAfter(sorted[i + 1] as WeaponNamed);
  };
  // The first weapon word at each place, as a findIndex over the sorted words would give it.
  const wordAt = new Map<string, number>();
  sorted.forEach((w, i) => {
    if (!wordAt.has(`${w.start}:${w.end}`)) wordAt.set(`${w.start}:${w.end}`, i);
  });
  const overlapping = factsOverlapping(facts);
  // The classes copied from each fact: a copy is its fact with another weapon (same kind, region and evidence), so
  // whether a copy holds a slot is read from its fact.
  const copied = new Map<Fact, Set<Fact['weapon']>>();
  const out: Fact[] = [];
  for (const fact of facts) {
    // A copy stands right after its fact, as a detector's own would: later refiners read facts in order.
    out.push(fact);
    const field = fact.fields.weapon;
    if (!LISTED_KINDS.has(fact.kind) || fact.weapon === null || !field || field.inferred) continue;
    let lo = wordAt.get(`${field.start}:${field.end}`) ?? -1;
    if (lo < 0 || sorted[lo]?.weapon !== fact.weapon) continue;
    let hi = lo;
    const withCount = fact.count === null;
    while (lo > 0 && listed(lo - 1, withCount)) lo--;
    while (hi < sorted.length - 1 && listed(hi, withCount)) hi++;
    // The list stays inside the fact's sentence: a weapon word past its evidence is another statement's.
    const run = sorted.slice(lo, hi + 1).filter((w) => w.start >= fact.evidence.start && w.end <= fact.evidence.end);
    const near = overlapping(fact.evidence);
    const sameSlot = (g: Fact, w: WeaponNamed) =>
      g.kind === fact.kind &&
      (g.weapon === w.weapon || copied.get(g)?.has(w.weapon) === true) &&
      (g.region?.code ?? null) === (fact.region?.code ?? null);
    for (const w of run) {
      if (w.weapon === fact.weapon || near.some((g) => sameSlot(g, w))) continue;
      const copy: Fact = {
        ...fact,
        id: `${fact.id}:${w.weapon}`,
        weapon: w.weapon,
        weapon_model: w.model,
        count: null,
        launched: null,
        hit: null,
        fields: { ...fact.fields, weapon: { ...spanOf(text, w.start, w.end), inferred: false } },
      };
      delete copy.fields.count;
      delete copy.fields.launched;
      delete copy.fields.hit;
      const classes = copied.get(fact);
      if (classes) classes.add(w.weapon);
      else copied.set(fact, new Set([w.weapon]));
      out.push(copy);
    }
  }
  return out;
}
