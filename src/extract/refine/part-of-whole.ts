import type { Fact } from '../../core/types.ts';
import { anyOf } from '../grammar.ts';
import { clearPlace } from '../view.ts';

const PARTED_KINDS: ReadonlySet<Fact['kind']> = new Set(['strike', 'interception']);

// Before the place: a part marker, then at most two small words (a preposition, an article): "including near Moscow",
// "chiefly over Crimea", "most of them at Kyiv". Lower-case words only, so that no other place or name stands between.
const PART_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${anyOf('part_marker')})\\s+(?:\\p{Ll}+\\s+){0,2}$`, 'u');
// After the place (or the rest of its list): a conjunction, at most one word (a number: "10 other areas"), then the
// other places, inside one clause: "into Kyiv and other cities", "Kharkiv, Kyiv and other cities".
const OTHERS_AFTER = new RegExp(
  `^[^.;:!?\\n]{0,40}?\\s(?:${anyOf('conjunction')})\\s+(?:[\\p{L}\\p{N}-]+\\s+)?(?:${anyOf('other_places')})(?![\\p{L}])`,
  'iu',
);
// How far before the place a part marker is looked for.
const REACH = 40;

/**
 * "Russia said its air defense shot down 32 Ukrainian drones, including near Moscow", "took down almost 40 drones,
 * chiefly over Crimea", "missiles hit Kyiv and other cities": the place a strike or an interception names is only a
 * part of the wave its sentence tells. The real labels read such a sentence as two facts: the wave in no region (the
 * whole, which keeps the count, `launched` and `hit`), and the named place with no count of its own (docs/eval.md, "A
 * total over regions named without their own counts"). A detector reads one fact at the place, with the whole's count.
 * This refiner adds the whole (a copy with no place) unless a fact of the same kind and weapon in no region is already
 * there, and moves the counts to it (an existing whole with no count of its own takes them). Language-agnostic: the
 * markers are the lexicons' `part_marker` and `other_places` (English only so far).
 */
export function partsOfWhole(facts: Fact[], text: string): Fact[] {
  // The wholes already told, by kind and weapon (the first of each): one pass, so that a long report costs linear work.
  const key = (f: Fact) => `${f.kind}|${f.weapon ?? ''}`;
  const wholes = new Map<string, Fact>();
  for (const f of facts) if (f.region === null && !f.aggregate && !wholes.has(key(f))) wholes.set(key(f), f);
  const out: Fact[] = [];
  for (const fact of facts) {
    out.push(fact);
    const place = fact.fields.region;
    if (!PARTED_KINDS.has(fact.kind) || fact.aggregate || fact.region === null || !place) continue;
    if (place.start === place.end) continue;
    const before = text.slice(Math.max(0, place.start - REACH), place.start);
    if (!PART_BEFORE.test(before) && !OTHERS_AFTER.test(text.slice(place.end, place.end + 3 * REACH))) continue;
    const counted = fact.count !== null || fact.launched !== null || fact.hit !== null;
    const whole = wholes.get(key(fact));
    if (whole) {
      if (counted && whole.count === null && whole.launched === null && whole.hit === null) {
        whole.count = fact.count;
        whole.launched = fact.launched;
        whole.hit = fact.hit;
        for (const k of ['count', 'launched', 'hit'] as const) {
          const field = fact.fields[k];
          if (field) whole.fields[k] = field;
        }
      }
    } else {
      const copy: Fact = { ...fact, id: `${fact.id}:whole`, fields: { ...fact.fields } };
      clearPlace(copy);
      out.push(copy);
      wholes.set(key(copy), copy);
    }
    if (!counted) continue;
    fact.count = null;
    fact.launched = null;
    fact.hit = null;
    delete fact.fields.count;
    delete fact.fields.launched;
    delete fact.fields.hit;
  }
  return out;
}
