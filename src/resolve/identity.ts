// Stable incident ids across resolutions. Resolution rebuilds a night from its facts and names each incident by its
// content (night, kind, place, first window); users link to incidents, so an incident must keep the id it was first
// stored under as reports join it. This matches the night's new incidents to its stored ones by the facts they
// share. Pure: the same previous and next incidents give the same ids and changes.
import { stableId } from '../core/ids.ts';
import type { Incident, IncidentChange } from '../core/types.ts';
import { compareText } from './time.ts';

export interface IdAssignment {
  /** `next` with their lasting ids (and related / aggregate ids remapped); `revision` is left to the store. */
  incidents: Incident[];
  /** Sorted by incident id; empty when nothing changed. */
  changes: IncidentChange[];
  /** Ids that stop naming an incident: merged into a survivor, or split with no part keeping them. */
  redirects: { id: string; merged_into: string | null; split_into: string[] }[];
}

const content = (i: Incident): string => JSON.stringify({ ...i, revision: undefined, revised_at: undefined });

/** When a stored incident's report was published, by fact id: its sources give each report's time, its reasons
 *  each fact's report. A fact with neither sorts last. */
function factTimes(p: Incident): Map<string, number> {
  const published = new Map(p.sources.map((s) => [s.report_id, Date.parse(s.published_at)]));
  const reportOf = new Map(p.reasons.map((r) => [r.fact_id, r.report_id]));
  const out = new Map<string, number>();
  for (const f of p.facts) {
    const t = published.get(reportOf.get(f) ?? f.slice(0, f.lastIndexOf(':')));
    out.set(f, t === undefined || Number.isNaN(t) ? Number.POSITIVE_INFINITY : t);
  }
  return out;
}

/** A stored incident's age: its first report's publication (sources are in publication order, but not trusted to be). */
function firstTold(p: Incident): number {
  const times = p.sources.map((s) => Date.parse(s.published_at)).filter((t) => !Number.isNaN(t));
  return times.length > 0 ? Math.min(...times) : Number.POSITIVE_INFINITY;
}

/**
 * - Each stored incident's heir is the new incident holding most of its facts; on a tie, the one holding its first
 *   report's fact (the report that made it), then the earlier in `next`. One more report that takes a later fact
 *   away (a governor's post that draws the incident's damage remark into its own night) never moves the id off the
 *   event the incident was first told as (ux36 #5).
 * - A new incident that is the heir of stored ones keeps the id of the oldest of them (the one first told; ties: the
 *   smallest id), so a merge never renames the incident readers have known longest; the others merged into it and
 *   answer with `merged_into`.
 * - A new incident that shares facts only with stored incidents it is not the heir of split off from them: a new
 *   id, recording `split_from`.
 * - Any other new incident is created under its content id. A stored incident with no heir is deleted.
 * - Same facts, same result: nothing changes and no revision is logged.
 */
export function assignIds(previous: readonly Incident[], next: readonly Incident[]): IdAssignment {
  const prevById = new Map(previous.map((p) => [p.id, p]));
  const ownerOf = new Map<string, string>();
  for (const p of previous) for (const f of p.facts) ownerOf.set(f, p.id);

  const shares = next.map((n) => {
    const m = new Map<string, number>();
    for (const f of n.facts) {
      const owner = ownerOf.get(f);
      if (owner !== undefined) m.set(owner, (m.get(owner) ?? 0) + 1);
    }
    return m;
  });
  const nextFacts = next.map((n) => new Set(n.facts));
  const heirOf = new Map<string, number>();
  for (const p of previous) {
    const times = factTimes(p);
    // The earliest of its facts that a new incident holds: ties between heirs go to the one holding the first told.
    const earliest = (i: number) => Math.min(...p.facts.filter((f) => nextFacts[i]!.has(f)).map((f) => times.get(f)!));
    let best = -1;
    let most = 0;
    let bestAt = Number.POSITIVE_INFINITY;
    shares.forEach((m, i) => {
      const n = m.get(p.id) ?? 0;
      if (n === 0 || n < most) return;
      const at = earliest(i);
      if (n > most || at < bestAt) {
        most = n;
        best = i;
        bestAt = at;
      }
    });
    if (best >= 0) heirOf.set(p.id, best);
  }

  const finalId = new Map<string, string>();
  const taken = new Set<string>();
  const changes: IncidentChange[] = [];
  const redirects: IdAssignment['redirects'] = [];
  const pending: number[] = [];
  next.forEach((n, i) => {
    const claimants = previous
      .filter((p) => heirOf.get(p.id) === i)
      .sort((a, b) => firstTold(a) - firstTold(b) || compareText(a.id, b.id))
      .map((p) => p.id);
    if (claimants.length === 0) {
      pending.push(i);
      return;
    }
    const survivor = claimants[0]!;
    finalId.set(n.id, survivor);
    taken.add(survivor);
    const merged = claimants.slice(1);
    for (const id of merged) redirects.push({ id, merged_into: survivor, split_into: [] });
    if (merged.length > 0) changes.push({ action: 'merge', incident_id: survivor, merged });
  });
  for (const i of pending) {
    const n = next[i]!;
    let id = n.id;
    // A content id may name a stored incident that lives on under another id or is gone: never reuse it.
    for (let k = 1; taken.has(id) || prevById.has(id); k++) id = stableId('inc', n.id, k);
    finalId.set(n.id, id);
    taken.add(id);
    const from = [...shares[i]!.keys()].sort(compareText);
    changes.push(
      from.length > 0 ? { action: 'split', incident_id: id, split_from: from } : { action: 'create', incident_id: id },
    );
  }
  for (const p of previous) if (!heirOf.has(p.id)) changes.push({ action: 'delete', incident_id: p.id });

  const remap = (id: string) => finalId.get(id) ?? id;
  const incidents = next.map((n): Incident => {
    const id = finalId.get(n.id)!;
    const out: Incident = {
      ...n,
      id,
      related: n.related.map(remap).sort(compareText),
      aggregates: n.aggregates.map((a) => ({ ...a, incident_ids: a.incident_ids.map(remap).sort(compareText) })),
    };
    const from = changes.find((c) => c.action === 'split' && c.incident_id === id)?.split_from;
    if (from) out.split_from = from;
    const before = prevById.get(id);
    if (before) {
      if (before.split_from) out.split_from = before.split_from;
      if (before.revision !== undefined) out.revision = before.revision;
      if (before.revised_at !== undefined) out.revised_at = before.revised_at;
      const merged = changes.some((c) => c.action === 'merge' && c.incident_id === id);
      if (!merged && content(before) !== content(out)) changes.push({ action: 'update', incident_id: id });
    }
    return out;
  });
  changes.sort((a, b) => compareText(a.incident_id, b.incident_id) || compareText(a.action, b.action));
  redirects.sort((a, b) => compareText(a.id, b.id));
  return { incidents, changes, redirects };
}
