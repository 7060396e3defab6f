import type { Casualties, Fact } from '../../core/types.ts';
import { anyOf } from '../grammar.ts';
import { spanOf } from '../view.ts';
import { lend, sameOrUnknown, sameSpeaker } from './lend.ts';

/** How far apart two sentences may be and still tell one toll: the next sentence, a short one between at most. */
const MAX_GAP_CHARS = 300;

type Side = 'killed' | 'injured';

/** A definite word and up to two words of its own right before an attack's noun: "The night-time attack", "in the
 *  Russian missile strike". */
const DEFINITE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${anyOf('definite')})\\s+(?:[\\p{L}'’-]+\\s+){0,2}$`, 'iu');

/** "The overnight attack wrecked the garage …, injuring five", "At least 11 were hurt in the Russian drone
 *  strike": an attack told with a definite word is the one already told, not one of its own. */
function toldBefore(attack: Fact, text: string): boolean {
  const noun = attack.fields.kind;
  return noun !== undefined && DEFINITE_BEFORE.test(text.slice(attack.evidence.start, noun.start));
}

/** The one figure a casualty fact gives, or null when it gives both or neither. */
function onlySide(c: Casualties | null): Side | null {
  if (!c) return null;
  if (c.killed !== null && c.injured === null) return 'killed';
  if (c.injured !== null && c.killed === null) return 'injured';
  return null;
}

/** Nothing said of the two facts sets them apart: one region, no two places, times or speakers that differ. */
function compatible(a: Fact, b: Fact): boolean {
  return (
    (a.region?.code ?? null) === (b.region?.code ?? null) &&
    sameOrUnknown(a.place, b.place, (p) => p.name) &&
    sameOrUnknown(a.when, b.when, (w) => `${w.start}/${w.end}`) &&
    sameSpeaker(a.claimant, b.claimant)
  );
}

/**
 * One toll told in two sentences: "The death toll has risen to 21. Another 73 people were injured", «Число
 * пострадавших возросло до 155. Также погибли 4 человека»: the dead in one sentence and the injured in the next are
 * one casualty fact with both figures, its evidence the two sentences. It runs before the other refiners merge a
 * report's attacks, so that a sentence telling an attack of its own still shows it; a toll told first in part and
 * then whole is tidy.ts's.
 */
export function pairCasualties(facts: readonly Fact[], text: string): Fact[] {
  const dropped = new Set<Fact>();
  const tolls = facts.filter((f) => f.kind === 'casualties');
  const attacks = facts.filter((f) => f.kind === 'strike' || f.kind === 'interception');
  for (const [i, first] of tolls.entries()) {
    const next = tolls[i + 1];
    if (!next || dropped.has(first)) continue;
    const a = onlySide(first.casualties);
    const b = onlySide(next.casualties);
    if (a === null || b === null || a === b || !compatible(first, next)) continue;
    if (next.evidence.start - first.evidence.end > MAX_GAP_CHARS || next.evidence.start < first.evidence.start)
      continue;
    // «…ракетного удара, три человека погибли. Дрон сбросил взрывчатку на маршрутку, пострадали два
    // человека»: a sentence that tells an attack of its own tells that attack's toll. ("The overnight attack …,
    // injuring five" tells the attack already told: `toldBefore`.)
    const ownAttack = (f: Fact) =>
      f.evidence.start === next.evidence.start && f.evidence.start !== first.evidence.start && !toldBefore(f, text);
    if (attacks.some(ownAttack)) continue;
    const [was, more] = [first.casualties!, next.casualties!];
    first.casualties = {
      killed: was.killed ?? more.killed,
      injured: was.injured ?? more.injured,
      children_killed: was.children_killed ?? more.children_killed ?? null,
      children_injured: was.children_injured ?? more.children_injured ?? null,
    };
    // The children told with the second figure keep their own words as evidence.
    for (const key of ['children_killed', 'children_injured'] as const) {
      const evidence = next.fields[key];
      if ((was[key] ?? null) === null && evidence) first.fields[key] = evidence;
    }
    first.evidence = spanOf(text, first.evidence.start, next.evidence.end);
    const own = first.fields.casualties;
    const other = next.fields.casualties;
    if (own && other) {
      const start = Math.min(own.start, other.start);
      const end = Math.max(own.end, other.end);
      first.fields.casualties = { ...spanOf(text, start, end), inferred: own.inferred || other.inferred };
    } else if (other) {
      first.fields.casualties = other;
    }
    // A time told only with the second figure («…ещё пятеро пострадали этой ночью») is the toll's time.
    lend(first, next, 'when');
    lend(first, next, 'claimant');
    dropped.add(next);
  }
  return dropped.size === 0 ? [...facts] : facts.filter((f) => !dropped.has(f));
}
