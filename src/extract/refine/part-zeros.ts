import type { Casualties, Fact } from '../../core/types.ts';
import { anyOf } from '../grammar.ts';

type Side = keyof Casualties;
const SIDES: readonly Side[] = ['killed', 'injured'];

// «районе», «району», «направлении»: a part of a city or region (the lexicon's `district_noun`).
const DISTRICT = new RegExp(`(?<![\\p{L}])(?:${anyOf('district_noun')})(?![\\p{L}])`, 'iu');
const SENTENCE_END = /[.!?…]/u;

const zeroOnly = (c: Casualties) => SIDES.some((s) => c[s] === 0) && !SIDES.some((s) => (c[s] ?? 0) > 0);

/** The fact's sentence and the one before it in its paragraph. */
function withSentenceBefore(text: string, f: Fact): string {
  const paragraph = text.lastIndexOf('\n', f.evidence.start - 1) + 1;
  let i = f.evidence.start - 1;
  while (i > paragraph && /\s/u.test(text[i]!)) i--;
  if (i > paragraph && SENTENCE_END.test(text[i]!)) i--;
  while (i > paragraph && !SENTENCE_END.test(text[i]!)) i--;
  return text.slice(Math.max(paragraph, i), f.evidence.end);
}

/**
 * «В Печерском районе … пострадала женщина. В Голосеевском районе … пострадавших нет», «В хуторе … Красноармейского
 * района повреждён дом. Погибших и пострадавших нет» after «пострадал один человек» of the region, «в районе Таганрога
 * … пострадавших нет» beside «в другом районе области … ранен один человек»: a zero toll told of a district (its own
 * sentence or the one before it in its paragraph names one) in a report that tells someone hurt in the same region
 * is that part's, not the region's; as the region's toll it would dispute the report's own figure, so it is dropped.
 * A zero told of no district stays, even beside a positive figure: "No one was injured" of another attack on the same
 * city, «пострадавших нет» before an update that tells one injured.
 */
export function partZeros(facts: Fact[], text: string): Fact[] {
  const positive = facts.filter((f) => f.casualties && SIDES.some((s) => (f.casualties?.[s] ?? 0) > 0));
  if (positive.length === 0) return facts;
  const sameRegion = (a: Fact, b: Fact) => !a.region || !b.region || a.region.code === b.region.code;
  return facts.filter((f) => {
    const c = f.casualties;
    if (f.kind !== 'casualties' || !c || !zeroOnly(c)) return true;
    if (!DISTRICT.test(withSentenceBefore(text, f))) return true;
    return !positive.some((p) => sameRegion(f, p) && SIDES.some((s) => c[s] === 0 && (p.casualties?.[s] ?? 0) > 0));
  });
}
