// Why two posts of one gold incident were filed apart on a real day (scripts/profile-real-days.ts `--pairs`,
// docs/eval-clusters.md "Missed pairs by cause"). The profile's older table blames a post for leaving its gold
// incident's home; this one names, for each missed pair, what kept the two posts' incidents from meeting, in the terms
// of issue 9's brief: a post with nothing read, facts that met but were filed apart by the eval's convention, and else
// the night blocks, places, kinds or windows of the two closest facts.
import { areaOf } from '../core/regions.ts';
import type { Fact } from '../core/types.ts';
import { isInferredWindow } from '../resolve/infer-window.ts';
import { nightKey } from '../resolve/night.ts';
import { groupKeyOf } from '../resolve/placed-fact.ts';
import { compareText, toMs } from '../resolve/time.ts';

const HOUR = 3_600_000;
/** Moscow/Kyiv time, as night.ts reads the hour of a publication. */
const LOCAL = 3 * HOUR;
const HOSTS = new Set<string>(['strike', 'interception']);
const EFFECTS = new Set<string>(['damage', 'fire', 'power_outage', 'debris', 'casualties', 'explosion']);

/** What separates two facts that resolution put in different incidents, in the order resolution decides: the night
 *  block (each block is resolved alone), the place group (a region's area, else the place, else none), the kind, and
 *  last the windows of two facts that agree on all three. Empty when nothing does (they should have met). */
export function factGap(a: Fact, b: Fact, publishedOf: (f: Fact) => string): string[] {
  const gaps: string[] = [];
  if (nightKey(a.when, publishedOf(a), a.kind) !== nightKey(b.when, publishedOf(b), b.kind)) {
    // A post that names no time from 22:00 may open the night (night.ts); a window of a day or more ends in the
    // block after the one holding most of it when it ends after 18:00.
    const late = (f: Fact) => isInferredWindow(f) && new Date(toMs(publishedOf(f)) + LOCAL).getUTCHours() >= 22;
    const long = (f: Fact) => f.when !== null && toMs(f.when.end) - toMs(f.when.start) >= 20 * HOUR;
    gaps.push(
      late(a) || late(b)
        ? 'block: a post after 22:00 that names no time'
        : long(a) || long(b)
          ? 'block: a day-long window'
          : 'block: dated to another night',
    );
  }
  if (groupKeyOf(a) !== groupKeyOf(b)) {
    const none = (f: Fact) => f.region === null && f.place === null;
    gaps.push(
      none(a) || none(b)
        ? 'place: a region beside no region (a country or nothing)'
        : a.region && b.region && areaOf(a.region.code) !== areaOf(b.region.code)
          ? 'place: two regions'
          : 'place: a place with no region',
    );
  }
  if (a.kind !== b.kind) {
    const family = (k: string) => (HOSTS.has(k) ? k : EFFECTS.has(k) ? 'effect' : k);
    gaps.push(`kind: ${[family(a.kind), family(b.kind)].sort().join('/')}`);
  }
  if (gaps.length === 0 && a.when && b.when) {
    const apart = toMs(a.when.end) < toMs(b.when.start) || toMs(b.when.end) < toMs(a.when.start);
    if (apart) {
      gaps.push(
        isInferredWindow(a) || isInferredWindow(b)
          ? 'window: an inferred window apart'
          : 'window: stated windows apart',
      );
    }
  }
  return gaps;
}

const DAY = 24 * HOUR;

/** Why the eval filed a post away from an incident its facts share with the other post of a missed pair (`shared`),
 *  in the terms of issue 9's brief, or '' when the post is filed under a shared incident. Its filed incident against
 *  the shared one that holds most of its facts:
 *  - 'a tie': as many facts in each, the eval's tie-break (the first fact) chose;
 *  - 'an earlier day': the filed incident's facts of the post all end over a day before it was published and the
 *    shared one's do not: a retold earlier event outnumbers the post's news (an address that recalls the strikes it
 *    answers);
 *  - 'effects': the filed incident holds no more of its strikes, shoot-downs and alerts than the shared one, only
 *    more damage, fires or casualties;
 *  - 'a list': more facts of every kind elsewhere (a roundup, a ministry's list of regions). */
function filedAway(
  post: { facts: readonly Fact[]; own: string | null },
  shared: ReadonlySet<string>,
  incidentOf: ReadonlyMap<string, string>,
  publishedOf: (f: Fact) => string,
): string {
  if (post.own === null || shared.has(post.own)) return '';
  const own = post.own;
  const held = (id: string) => post.facts.filter((f) => incidentOf.get(f.id) === id);
  const best = [...shared]
    .map(held)
    .sort((a, b) => b.length - a.length || compareText(a[0]?.id ?? '', b[0]?.id ?? ''))[0]!;
  const mine = held(own);
  if (mine.length === best.length) return 'a tie';
  const old = (f: Fact) => f.when !== null && toMs(f.when.end) < toMs(publishedOf(f)) - DAY;
  if (mine.every(old) && !best.every(old)) return 'an earlier day';
  const hosts = (list: readonly Fact[]) => list.filter((f) => !EFFECTS.has(f.kind)).length;
  if (hosts(mine) <= hosts(best)) return 'effects';
  return 'a list';
}

/**
 * One missed pair's cause. `own` is the incident the eval filed each post under (null for none); `incidentOf` maps a
 * fact id to its incident. In order: a post with no fact; a post whose facts are in no incident; two posts whose facts
 * share an incident, filed apart by the eval's rule (`pickMain`: most facts), and why (`filedAway`); else the gap of the two facts, one in
 * each post's filed incident, that differ in the fewest ways (ties: the first found, in fact order).
 */
export function pairCause(
  p: { facts: readonly Fact[]; own: string | null },
  q: { facts: readonly Fact[]; own: string | null },
  incidentOf: ReadonlyMap<string, string>,
  publishedOf: (f: Fact) => string,
): string {
  if (p.facts.length === 0 || q.facts.length === 0) return 'no fact';
  const placedP = p.facts.filter((f) => incidentOf.has(f.id));
  const placedQ = q.facts.filter((f) => incidentOf.has(f.id));
  if (placedP.length === 0 || placedQ.length === 0) return 'facts in no incident';
  const inP = new Set(placedP.map((f) => incidentOf.get(f.id)));
  const shared = placedQ.map((f) => incidentOf.get(f.id)!).filter((id) => inP.has(id));
  if (shared.length > 0) {
    const why = [p, q].map((post) => filedAway(post, new Set(shared), incidentOf, publishedOf)).filter((w) => w !== '');
    // Both filed under incidents they share: two lists of the same regions, each under another of its items.
    const reason = why.length > 0 ? [...new Set(why)].sort().join(' + ') : 'two lists under different shared items';
    return `met: filed apart by the eval (pickMain): ${reason}`;
  }
  const filed = (list: readonly Fact[], own: string | null) => {
    const mine = list.filter((f) => incidentOf.get(f.id) === own);
    return mine.length > 0 ? mine : list;
  };
  let best: string[] | null = null;
  for (const a of filed(placedP, p.own)) {
    for (const b of filed(placedQ, q.own)) {
      const gaps = factGap(a, b, publishedOf);
      if (best === null || gaps.length < best.length) best = gaps;
    }
  }
  return best !== null && best.length > 0 ? best.join(' + ') : 'same block, place, kind and window (not joined)';
}
