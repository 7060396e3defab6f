// How the real-day eval files a post whose facts lie in several incidents (a roundup, an address on two strikes, an
// air force's count of hits beside its share of missiles shot down): the eval's convention for scoring, not a
// decision of the product. The pipeline marks no main incident; an incident lists every report that tells it.
// docs/eval-clusters.md gives the dev figures of this rule beside the older "most facts" on the same code.
import type { Fact } from '../core/types.ts';
import { compareText } from '../resolve/time.ts';

/** What one incident holds of one post: how many of its facts (`n`), and its earliest fact by the fact's own data,
 *  where that fact's evidence starts (`lead`: its sentence) and ends, and its id. Nothing here depends on the order
 *  the facts were listed in, so the pick is the same for any order of input. */
export interface Held {
  n: number;
  lead: number;
  end: number;
  fact: string;
}

/** Adds one fact of a post to what an incident holds of it. */
export function holdFact(prev: Held | undefined, fact: Pick<Fact, 'id' | 'evidence'>): Held {
  const n = (prev?.n ?? 0) + 1;
  const { start, end } = fact.evidence;
  const earlier =
    prev === undefined ||
    start < prev.lead ||
    (start === prev.lead && (end < prev.end || (end === prev.end && fact.id < prev.fact)));
  if (earlier) return { n, lead: start, end, fact: fact.id };
  return { ...prev, n };
}

/**
 * The incident the eval files a post under: the one its lead tells, the first sentence of the post that carries a
 * fact in an incident (a headline «… атакован ракетами» over a paragraph of shoot-downs, a governor's roundup that
 * opens on the hit and lists the night's other regions after it). Among the incidents of that sentence (a ministry's
 * one-sentence list of regions) the one holding most of the post's facts, then the one whose earliest fact's evidence
 * ends first, then the smaller fact id (two facts with the same span, told in one clause). Most facts alone would
 * file a post under the incident its body dwells on, which is often not what its headline is about.
 */
export function pickMain<K extends string>(held: ReadonlyMap<K, Held>): K | undefined {
  const lead = Math.min(...[...held.values()].map((h) => h.lead));
  const [main] = [...held]
    .filter(([, h]) => h.lead === lead)
    .sort((a, b) => b[1].n - a[1].n || a[1].end - b[1].end || compareText(a[1].fact, b[1].fact));
  return main?.[0];
}
