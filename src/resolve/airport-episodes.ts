// One airport disruption per city and episode: the airport closures of one city's posts, grouped by what they tell.
import { add, type Cluster, newCluster, stretch } from './cluster-base.ts';
import { compareByPublication, type PlacedFact } from './placed-fact.ts';

/** Posts about one city's airports more than this far apart tell two episodes. */
const EPISODE_GAP_MS = 6 * 3_600_000;

/** One airport disruption per city and episode (the group is the city's area: Zhukovsky, Vnukovo, Sheremetyevo and
 *  Domodedovo are all Moscow's): posts in publication order join the running episode, whose airports grow as posts
 *  name more, until a post says the restrictions were lifted at its every airport (that post ends it) or no post came
 *  for six hours.
 *  A lifting closes the running episode however long after its last post it comes ("closed" at 21:00, "lifted at
 *  04:10"). A report that tells of a finished episode — a window it states that reaches back into the episode:
 *  "restrictions were imposed overnight … lifted at 5:40 am", "resumed operations after overnight restrictions" —
 *  joins it, whenever it was published; a post after the lifting that names no time of its own («вновь введены
 *  ограничения») starts another. */
export function airportEpisodes(facts: readonly PlacedFact[], group: string): Cluster[] {
  const episodes: Cluster[] = [];
  // Each episode's extent as its posts tell it: from its first post or stated start to its lifting (or last post).
  const extent = new Map<Cluster, { from: number; to: number }>();
  let current: Cluster | undefined;
  let lastMs = Number.NEGATIVE_INFINITY;
  let lifted = false;
  const borrowed = borrowedLiftingTimes(facts);
  for (const p of [...facts].sort(compareByPublication)) {
    const at = Date.parse(p.publishedAt);
    const isLifting = /lifted/.test(p.fact.detail ?? '');
    // «Во Внуково ограничения сняты в 00:20. В Шереметьево введен план «Ковёр».»: the new closure took the lifting's
    // time from the sentence before; it is live, of its post's time, not a retelling of the episode just lifted.
    const live = p.inferred || borrowed.has(p);
    const retold = live ? undefined : episodes.findLast((e) => tellsOf(p, extent.get(e)!));
    if (retold) {
      add(retold, p, 'overlap');
      widen(retold, p);
      continue;
    }
    // «Аэропорт Внуково. Ограничения сняты в 05:15. Аэропорт Домодедово. Ограничения сняты в 05:25.»: a lifting of
    // an airport of the episode that no lifting has reopened yet ends the episode too, after another's lifting.
    const closes =
      isLifting && current !== undefined && (!lifted || p.fact.airports.some((a) => stillClosed(current!, a)));
    if (!closes && (!current || lifted || (Number.isFinite(at) && at - lastMs > EPISODE_GAP_MS))) {
      current = newCluster('airport_disruption', group);
      episodes.push(current);
      extent.set(current, { from: Number.POSITIVE_INFINITY, to: Number.NEGATIVE_INFINITY });
      lifted = false;
    }
    add(current!, p, 'overlap');
    widen(current!, p, live);
    const span = extent.get(current!)!;
    const told = !live && p.startMs !== null ? Math.min(p.startMs, at) : at;
    if (Number.isFinite(told)) span.from = Math.min(span.from, told);
    const until = isLifting && !p.inferred && p.endMs !== null ? p.endMs : at;
    if (Number.isFinite(until)) span.to = Math.max(span.to, until);
    if (Number.isFinite(at)) lastMs = Math.max(lastMs, at);
    // The lifting is the end of the episode once no airport of it is still closed: «Ограничения в аэропорту Внуково
    // сняты. Аэропорт Домодедово продолжает работу с ограничениями.» lifts Vnukovo, and Domodedovo's sentence stays in
    // the episode. A lifting that names no airport lifts them all. The next closure after the end starts another.
    lifted = isLifting && (p.fact.airports.length === 0 || !anyStillClosed(current!.members));
  }
  // Episodes told only in inferred windows take their extent from them (the id needs a start).
  for (const c of episodes) {
    if (c.startMs !== null) continue;
    for (const p of c.members) stretch(c, p);
  }
  return episodes;
}

/** A report told after an episode that states a window reaching back into it ("overnight", "on Tuesday evening",
 *  "resumed operations after overnight restrictions") tells of that episode. A live post (its window inferred from
 *  the publication) never does, nor a lifting at a time after the episode's end. */
function tellsOf(p: PlacedFact, span: { from: number; to: number }): boolean {
  if (p.inferred || p.startMs === null || p.endMs === null || !Number.isFinite(span.from)) return false;
  return p.publishedMs > span.to && p.startMs <= span.to && p.endMs >= span.from;
}

/** The episode's window grows by a fact's stated one only: a live post's inferred window says nothing of when the
 *  closure began. */
function widen(c: Cluster, p: PlacedFact, live = p.inferred): void {
  if (!live) stretch(c, p);
}

/** Closures whose time is a lifting's of the same report, carried over from the sentence before (the time's span is
 *  the lifting's own, marked inferred on the closure): that time is when the other airports reopened, not when this
 *  one closed. */
function borrowedLiftingTimes(facts: readonly PlacedFact[]): Set<PlacedFact> {
  const liftings = facts.filter((p) => /lifted/.test(p.fact.detail ?? '') && p.fact.fields.when?.inferred === false);
  const key = (p: PlacedFact) => `${p.fact.report_id}|${p.fact.fields.when?.start}|${p.fact.fields.when?.end}`;
  const lifted = new Set(liftings.map(key));
  return new Set(
    facts.filter(
      (p) => !/lifted/.test(p.fact.detail ?? '') && p.fact.fields.when?.inferred === true && lifted.has(key(p)),
    ),
  );
}

/** Whether some airport of the episode's facts is named by its closures and by no lifting, while no lifting names no
 *  airport (one that names none lifts them all): Vnukovo lifted and Domodedovo «продолжает работу с ограничениями». */
export function anyStillClosed(members: readonly PlacedFact[]): boolean {
  const liftings = members.filter((m) => /lifted/.test(m.fact.detail ?? ''));
  if (liftings.some((m) => m.fact.airports.length === 0)) return false;
  const reopened = new Set(liftings.flatMap((m) => m.fact.airports));
  return members.some((m) => m.fact.airports.some((a) => !reopened.has(a)));
}

/** Whether an airport of the episode is named by a closure of it and by no lifting yet. */
function stillClosed(c: Cluster, airport: string): boolean {
  const named = c.members.filter((m) => m.fact.airports.includes(airport));
  return named.length > 0 && named.every((m) => !/lifted/.test(m.fact.detail ?? ''));
}
