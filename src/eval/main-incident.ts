// How the real-day eval files a post whose facts lie in several incidents (a roundup, an address on two strikes, an
// air force's count of hits beside its share of missiles shot down): the eval's convention for scoring, not a
// decision of the product. The pipeline marks no main incident; an incident lists every report that tells it.
// docs/eval-clusters.md gives the figures of this rule beside the lead rule tried in the nineteenth session.
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
 * The incident the eval files a post under: the one holding most of the post's facts, then the one whose earliest
 * fact comes first (where its evidence starts, then ends), then the smaller fact id, so the pick reads the facts' own
 * data and is the same for any order of input. The nineteenth session tried the incident the post's lead tells first
 * (a headline over a body that dwells on another incident): on the dev days it left pairwise F1 unchanged, and on the
 * held-out days it scored lower, so the eval keeps this older rule (docs/eval-clusters.md, "A post's main incident").
 */
export function pickMain<K extends string>(held: ReadonlyMap<K, Held>): K | undefined {
  const [main] = [...held].sort(
    (a, b) => b[1].n - a[1].n || a[1].lead - b[1].lead || a[1].end - b[1].end || compareText(a[1].fact, b[1].fact),
  );
  return main?.[0];
}
