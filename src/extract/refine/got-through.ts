import type { Fact, Lang } from '../../core/types.ts';
import { findNumbers } from '../common/numbers.ts';
import { anyOf } from '../grammar.ts';
import { clearPlace, spanOf } from '../view.ts';

// ", with five hitting", ", with one landing": a clause of its own after a count, telling how many got through. Its
// count is read between the opener and the verb ("with one", "with five of them").
const OPENER = new RegExp(
  String.raw`[,;]\s*(?:${anyOf('got_through_opener')})\s+([^,;.!?]{1,40}?)\s+(${anyOf('got_through')})(?![\p{L}])`,
  'dgiu',
);

/**
 * "Ukrainian forces shot down 29 of 30 missiles fired into the country on Wednesday, with one landing in Odesa"; "the
 * air force said it shot down 30 of 35 drones Russia launched overnight, with five hitting targets in Kharkiv region"
 * (trial ux41): the interception's count is the country's, and the place named only after ", with one landing" is
 * where the ones that got through struck. The interception took the nearest place, so the country's 30 of 35 became
 * Kharkiv Oblast's. Here the place goes to a strike of the clause's count (its weapon the interception's), and the
 * interception is told of no region, as the real English labels read it (dev rss-06f529b4518359e5: interception 29 of
 * 30 with no region, a strike of 1 in Odesa Oblast). A place before the clause is the interception's own and stays
 * ("shot down several drones targeting the Moscow region, …, with one hitting a tower"). English words only so far.
 */
export function gotThrough(facts: Fact[], text: string, lang: Lang): Fact[] {
  const added: Fact[] = [];
  for (const fact of facts) {
    const region = fact.fields.region;
    const counted = fact.fields.count ?? fact.fields.launched;
    if (fact.kind !== 'interception' || !fact.region || !region || region.inferred || !counted) continue;
    const { start, end } = fact.evidence;
    if (region.start < counted.end || region.end > end) continue;
    OPENER.lastIndex = counted.end;
    const m = OPENER.exec(text.slice(0, region.start));
    if (!m || m.index < start) continue;
    const [at] = m.indices![1]!;
    const [verbStart, verbEnd] = m.indices![2]!;
    const numbers = findNumbers(m[1]!, lang);
    const n = numbers[0];
    // One count right after the opener ("with one", "with five of them"), none beyond: a clause of its own.
    if (numbers.length !== 1 || !n || n.start !== 0) continue;
    const strike: Fact = structuredClone(fact);
    strike.kind = 'strike';
    strike.count = n.count;
    strike.launched = null;
    strike.hit = null;
    strike.aggregate = false;
    strike.fields = { ...structuredClone(fact.fields), kind: { ...spanOf(text, verbStart, verbEnd), inferred: false } };
    strike.fields.count = { ...spanOf(text, at + n.start, at + n.end), inferred: false };
    delete strike.fields.launched;
    delete strike.fields.hit;
    // The place and its preposition before the clause are the interception's no more.
    clearPlace(fact);
    added.push(strike);
  }
  return added.length === 0 ? facts : [...facts, ...added];
}
