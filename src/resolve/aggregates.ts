import { pushTo } from '../core/multimap.ts';
import type { AggregateCheck, Count, FactKind, WeaponCount } from '../core/types.ts';
import { admits, countPoint, countRange } from './count-math.ts';
import type { Claim, MergedCount } from './merge-counts.ts';
import type { PlacedFact } from './placed-fact.ts';
import { compareText } from './time.ts';

/** What an aggregate is checked against: an incident already built from ordinary facts. */
export interface AggregateTarget {
  id: string;
  kind: FactKind;
  weapons: readonly WeaponCount[];
  /** 'weapons[uav].count' -> each voice's number (weapons.ts). */
  merged?: ReadonlyMap<string, MergedCount>;
  members: readonly PlacedFact[];
}

function extent(members: readonly PlacedFact[]): [number, number] | null {
  const windowed = members.filter((p) => p.startMs !== null);
  if (windowed.length === 0) return null;
  return [Math.min(...windowed.map((p) => p.startMs!)), Math.max(...windowed.map((p) => p.endMs!))];
}

function overlaps(p: PlacedFact, target: AggregateTarget): boolean {
  const span = extent(target.members);
  if (!span || p.startMs === null || p.endMs === null) return true;
  return p.startMs <= span[1] && span[0] <= p.endMs;
}

/** The voice's claim backed by the aggregate's own report (a voice told of separate episodes holds one claim per
 *  episode: the ministry's 07:00-09:00 total is checked against its 3 of that window, not its night's 11), else its
 *  first claim. */
function claimOf(claims: readonly Claim[], p: PlacedFact): Count | null {
  const mine = claims.filter((c) => c.voice === p.voice);
  return (mine.find((c) => c.backing.some((b) => b.fact.report_id === p.fact.report_id)) ?? mine[0])?.count ?? null;
}

/** The number of the aggregate's weapon (all weapons when it names none) that the aggregate's own claimant gave for
 *  this incident, else the incident's shown number; null if none. The ministry's "25 over three regions" is checked
 *  against the ministry's 14, 6 and 5, not against a governor's figure the incident happens to show. */
function shownFor(target: AggregateTarget, p: PlacedFact): number | null {
  const entries = target.weapons.filter((w) => p.fact.weapon === null || w.type === p.fact.weapon);
  const own = (w: WeaponCount): Count | null =>
    claimOf(target.merged?.get(`weapons[${w.type}].count`)?.claims ?? [], p) ?? w.count;
  const points = entries
    .map((w) => {
      const c = own(w);
      return c ? countPoint(c) : null;
    })
    .filter((n): n is number => n !== null);
  return points.length === 0 ? null : points.reduce((a, b) => a + b, 0);
}

/** Rule 9: "over 70 drones in two regions" is checked against the incidents it sums: same kind, facts
 *  from the same report or origin, overlapping windows. Incident id -> the checks that cover it. */
export function checkAggregates(
  aggregates: readonly PlacedFact[],
  targets: readonly AggregateTarget[],
): Map<string, AggregateCheck[]> {
  const out = new Map<string, AggregateCheck[]>();
  // One report that tells its total twice (its title and its body) makes one check of it.
  const told = new Set<string>();
  for (const p of [...aggregates].sort((a, b) => compareText(a.fact.id, b.fact.id))) {
    const claimed = p.fact.count;
    if (!claimed) continue;
    const covered: { id: string; shown: number }[] = [];
    const unnumbered: string[] = [];
    for (const t of targets) {
      if (t.kind !== p.fact.kind || !overlaps(p, t)) continue;
      const related = t.members.some((m) => m.fact.report_id === p.fact.report_id || m.originId === p.originId);
      if (!related) continue;
      const shown = shownFor(t, p);
      if (shown !== null) covered.push({ id: t.id, shown });
      else unnumbered.push(t.id);
    }
    // «два БПЛА уничтожены над территориями Брянской и Курской областей»: one count told jointly over the regions it
    // names, whose incidents show no number of their own. The total is still their claim: it is listed on them with
    // no sum to check it against, rather than shown nowhere (trial ux40, defect 4).
    const unchecked = covered.length === 0;
    if (unchecked && unnumbered.length === 0) continue;
    const sum = unchecked ? null : covered.reduce((a, c) => a + c.shown, 0);
    const incidentIds = (unchecked ? unnumbered : covered.map((c) => c.id)).sort(compareText);
    const key = [p.fact.report_id, claimed.value, claimed.min, claimed.max, claimed.approx, ...incidentIds].join('|');
    if (told.has(key)) continue;
    told.add(key);
    // A partial breakdown ("including 21 over …") promises only part of the total: its parts may add to less.
    const partial = p.fact.partial === true;
    const check: AggregateCheck = {
      fact_id: p.fact.id,
      report_id: p.fact.report_id,
      claimed,
      sum,
      incident_ids: incidentIds,
      consistent: sum === null ? null : partial ? sum <= countRange(claimed)[1] : admits(claimed, sum),
      ...(partial ? { partial: true as const } : {}),
    };
    for (const id of incidentIds) {
      const list = out.get(id) ?? [];
      list.push({ ...check, claimed: { ...claimed }, incident_ids: [...check.incident_ids] });
      out.set(id, list);
    }
  }
  for (const list of out.values()) list.sort((a, b) => compareText(a.fact_id, b.fact_id));
  return out;
}

/** «Над Орловской, Тульской и Липецкой областями были сбиты 17 дронов»: the total's own sentence names the regions it
 *  was counted over (two or more, each read as a fact of the total's kind with no number of its own). It is their
 *  sum, not a statement about the whole country, whatever country its speaker's title names («Минобороны России»). */
function listsItsRegions(p: PlacedFact, own: readonly PlacedFact[]): boolean {
  const listed = own.filter(
    (q) => q.fact.region !== null && q.fact.count === null && q.fact.evidence.start === p.fact.evidence.start,
  );
  return new Set(listed.map((q) => q.fact.region!.code)).size >= 2;
}

/** A total that names no region and that its own report breaks down, in another sentence, into parts of the same
 *  kind whose counts add up to it (two or more parts) is an aggregate, whether or not extraction marked it: "15
 *  drones over Russian regions, the ministry says. Eight over Kursk Oblast, four over Bryansk, two over Crimea, one
 *  over Belgorod." The total makes no incident (and no nationwide wave: cluster.ts); it is checked against the parts'
 *  incidents like any aggregate. */
export function markBrokenDownTotals(placed: readonly PlacedFact[]): PlacedFact[] {
  // Each report's facts of each kind that are no sum, read once: one long report can hold thousands.
  const byReport = new Map<string, PlacedFact[]>();
  for (const p of placed) {
    if (p.fact.aggregate) continue;
    pushTo(byReport, `${p.fact.report_id}|${p.fact.kind}`, p);
  }
  return retoldTotals(
    placed.map((p) => {
      const { fact } = p;
      const total = fact.count ? countPoint(fact.count) : null;
      if (fact.aggregate || fact.region !== null || total === null) return p;
      const own = (byReport.get(`${fact.report_id}|${fact.kind}`) ?? []).filter((q) => q !== p);
      if (listsItsRegions(p, own)) return { ...p, fact: { ...fact, aggregate: true } };
      const parts = own.filter((q) => q.fact.count !== null);
      if (parts.filter((q) => q.fact.region !== null).length < 2) return p;
      const sum = parts.reduce((n, q) => n + (countPoint(q.fact.count!) ?? 0), 0);
      return sum === total ? { ...p, fact: { ...fact, aggregate: true } } : p;
    }),
  );
}

/** A total that names no region, told by a report that does not break it down, is an aggregate when another report
 *  of the night gives the same total of the same kind as a sum of regions (the ministry's "24 drones overnight" quoted
 *  alone beside its breakdown "24: six over Rostov Oblast, five over Bryansk …"; "35 over eight regions" beside "35
 *  over Bryansk, Kursk, Rostov … Oblasts"), their windows overlapping: a retelling of a sum is a sum, not a statement
 *  about the whole country that would hold its regions as a nationwide wave. The title's 48 of a story whose body reads
 *  "48, including 21 over …" is as partial as the body's. */
function retoldTotals(placed: PlacedFact[]): PlacedFact[] {
  const sums = placed.filter((p) => p.fact.aggregate && p.fact.count !== null);
  if (sums.length === 0) return placed;
  const meets = (a: PlacedFact, b: PlacedFact) =>
    a.startMs === null || b.startMs === null || (a.startMs <= b.endMs! && b.startMs <= a.endMs!);
  return placed.map((p) => {
    const { fact } = p;
    const total = fact.count ? countPoint(fact.count) : null;
    if (fact.aggregate || fact.region !== null || total === null) return p;
    const retold = sums.filter(
      (s) =>
        s.fact.report_id !== fact.report_id &&
        s.fact.kind === fact.kind &&
        countPoint(s.fact.count!) === total &&
        meets(p, s),
    );
    if (retold.length === 0) return p;
    // A retelling of a partial sum ("including 21 over …") is that partial sum; one that some report lists whole is not.
    const partial = retold.every((s) => s.fact.partial === true);
    return { ...p, fact: { ...fact, aggregate: true, ...(partial ? { partial: true as const } : {}) } };
  });
}
