import type { Fact } from '../../core/types.ts';
import { anyOf } from '../grammar.ts';

// «влучання на 4 локаціях»: the number counts the places hit, not the hits (a `not_weapon_counted` noun right after).
const COUNTS_PLACES = new RegExp(String.raw`^[\s-]*(?:${anyOf('not_weapon_counted')})`, 'iu');

/** «Вже п'ять влучань у Салтівському районі», «зафиксировано 9 попаданий», "four hits in total": on a strike, the
 *  number of hits is how many struck, its `count`, as «12 прилётов» already is (docs/eval.md: `hit` belongs on an
 *  interception, the hits among what was launched; dev labels -1001754252633_125598, viina 96248). The hit words of
 *  Russian and Ukrainian set `hit` whatever the fact, and English read "four hits" as the count, so one incident
 *  showed "4 struck, 5 hit" for one notion. Hits at a number of places («на 4 локаціях») stay `hit`: how many struck
 *  there is untold. A strike that also has a count keeps both as told. */
export function strikeHits(facts: Fact[], text: string): Fact[] {
  for (const fact of facts) {
    const span = fact.fields.hit;
    if (fact.kind !== 'strike' || fact.hit === null || fact.count !== null || !span) continue;
    if (COUNTS_PLACES.test(text.slice(span.end, span.end + 40))) continue;
    fact.count = fact.hit;
    fact.hit = null;
    fact.fields.count = span;
    delete fact.fields.hit;
  }
  return facts;
}
