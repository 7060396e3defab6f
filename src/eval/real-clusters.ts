// `sitrep eval --real-clusters <dir> --texts <bench>`: whole real days, ingested and resolved as `sitrep ingest`
// would, scored pairwise and with B-cubed for incidents and origins, beside two baselines the same run computes.
import type { Fact } from '../core/types.ts';
import { ingestBytes, resolveDirty } from '../pipeline/index.ts';
import { normalizeWords } from '../resolve/shingles.ts';
import { createUnionFind } from '../resolve/union-find.ts';
import { openStore, type Store } from '../store/index.ts';
import { type BcubedScore, bcubed } from './bcubed.ts';
import type { Split } from './gold-real.ts';
import { loadRealDays, type RealDay } from './gold-real-clusters.ts';
import { type Held, holdFact, pickMain } from './main-incident.ts';
import { type GoldPost, type PairwiseScore, pairwise, pairwiseFromCounts } from './pairwise.ts';

export interface GroupingScore {
  pairwise: PairwiseScore;
  bcubed: BcubedScore;
}

export interface Scored {
  incidents: GroupingScore;
  origins: GroupingScore;
}

export interface DayEval {
  day: string;
  /** The bench set of the day's posts. */
  set: string;
  split: Split;
  posts: number;
  /** Posts whose gold main incident is not null. */
  onTopic: number;
  goldIncidents: number;
  systemIncidents: number;
  /** Posts with at least one fact: what both baselines take as on-topic. */
  withFacts: number;
  system: Scored;
  /** All posts with a fact in one incident; every post its own origin. */
  oneIncident: Scored;
  /** Single-link clustering of stemmed-word Jaccard at the threshold that scored best on this day (an oracle's
   *  choice, so an upper bound for the baseline), one threshold for incidents and one for origins. */
  textSimilarity: Scored & { incidentThreshold: number; originThreshold: number };
  /** The same clustering at every threshold of the grid (THRESHOLDS, in order), for the one threshold chosen for all
   *  the days scored (`total.textOneThreshold`). */
  textGrid: Scored[];
  /** Off-topic posts (gold main null) that the system put into an incident. */
  offTopicInIncidents: string[];
  /** Per post: the system incident (or null), the gold main, and the system origin. */
  assignments: { ref: string; incident: string | null; origin: string; main: string | null; goldOrigin: string }[];
}

export interface RealClusterEval {
  days: DayEval[];
  /** Pair counts summed over the days, for each system and baseline. */
  total: {
    system: Scored;
    oneIncident: Scored;
    textSimilarity: Scored;
    /** Text similarity at one threshold for all the days, one for incidents and one for origins, each the grid's best
     *  on the dev days' summed pairs (`fittedOn`: 'dev days'), applied to every day scored; with `--split dev` the
     *  days it scores are the days it was fitted on ('scored days'): an in-sample fit, less flexible than the per-day
     *  best but no out-of-sample figure. Held-out days never choose it. */
    textOneThreshold: Scored & { incidentThreshold: number; originThreshold: number; fittedOn: FittedOn };
  } | null;
}

export const THRESHOLDS = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9] as const;

function goldMaps(day: RealDay) {
  const incidents = new Map<string, GoldPost>();
  const origins = new Map<string, GoldPost>();
  for (const t of day.texts) {
    const label = day.posts[t.ref]!;
    incidents.set(t.ref, { main: label.main, side: label.side });
    origins.set(t.ref, { main: label.origin, side: [] });
  }
  return { incidents, origins };
}

function score(gold: ReadonlyMap<string, GoldPost>, system: ReadonlyMap<string, string | null>): GroupingScore {
  const goldFlat = new Map<string, string>();
  for (const [ref, g] of gold) if (g.main !== null) goldFlat.set(ref, g.main);
  const sysFlat = new Map<string, string>();
  for (const [ref, s] of system) if (s !== null) sysFlat.set(ref, s);
  return { pairwise: pairwise(gold, system), bcubed: bcubed(goldFlat, sysFlat) };
}

/** Single-link clusters of the given posts: two posts whose word sets' Jaccard is at least `threshold` join. */
export function textClusters(words: ReadonlyMap<string, ReadonlySet<string>>, threshold: number): Map<string, string> {
  const refs = [...words.keys()].sort();
  const uf = createUnionFind(refs.length);
  for (let i = 0; i < refs.length; i++) {
    const a = words.get(refs[i]!)!;
    for (let j = i + 1; j < refs.length; j++) {
      const b = words.get(refs[j]!)!;
      let both = 0;
      for (const w of a) if (b.has(w)) both++;
      const union = a.size + b.size - both;
      if (union > 0 && both / union >= threshold) uf.union(i, j);
    }
  }
  return new Map(refs.map((ref, i) => [ref, `t${uf.find(i)}`]));
}

/** The clustering's score at each threshold of the grid (THRESHOLDS, in order) and the best of them (pairwise F1,
 *  the lowest threshold on a tie). */
function textClusterings(
  gold: ReadonlyMap<string, GoldPost>,
  words: ReadonlyMap<string, ReadonlySet<string>>,
  allRefs: readonly string[],
): { threshold: number; score: GroupingScore; grid: GroupingScore[] } {
  const grid = THRESHOLDS.map((threshold) => {
    const clusters = textClusters(words, threshold);
    return score(gold, new Map(allRefs.map((ref) => [ref, clusters.get(ref) ?? null])));
  });
  let best = 0;
  grid.forEach((s, i) => {
    if (s.pairwise.f1 > grid[best]!.pairwise.f1) best = i;
  });
  return { threshold: THRESHOLDS[best]!, score: grid[best]!, grid };
}

/** The incident a post is in: the one the eval files it under (eval/main-incident.ts `pickMain`, the eval's
 *  convention, not a mark of the product: the incident holding most of its facts, then the one whose earliest fact
 *  starts first, then ends first, then has the smaller id), taken over all the day's incidents, so a post whose facts
 *  fall on two nights is filed once; else the one that lists it among its sources without a fact of it (a retelling
 *  of one of its statements or a mention of its place and model, resolve/incidents.ts; the smallest id if several);
 *  else null. `facts` are the day's facts by id; an incident's fact missing from it is left out. */
export function postIncidents(
  incidents: readonly { id: string; facts: readonly string[]; sources: readonly { report_id: string }[] }[],
  facts: ReadonlyMap<string, Pick<Fact, 'id' | 'report_id' | 'evidence'>>,
): Map<string, string> {
  const counts = new Map<string, Map<string, Held>>();
  for (const inc of incidents) {
    for (const factId of inc.facts) {
      const fact = facts.get(factId);
      if (fact === undefined) continue;
      const byIncident = counts.get(fact.report_id) ?? new Map<string, Held>();
      byIncident.set(inc.id, holdFact(byIncident.get(inc.id), fact));
      counts.set(fact.report_id, byIncident);
    }
  }
  const out = new Map<string, string>();
  for (const [report, byIncident] of counts) {
    const best = pickMain(byIncident);
    if (best !== undefined) out.set(report, best);
  }
  for (const inc of [...incidents].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    for (const s of inc.sources) if (!out.has(s.report_id)) out.set(s.report_id, inc.id);
  }
  return out;
}

/** Ingests a day's posts and resolves them; each post's ref to its report id (a post that failed has none). Shared
 *  with scripts/profile-real-days.ts, so that its causes add up to this eval's counts. */
export async function ingestDay(
  store: Store,
  day: RealDay,
  now: Date,
  learn: { learned?: boolean } = {},
): Promise<Map<string, string>> {
  const reportOf = new Map<string, string>();
  for (const t of day.texts) {
    const outcome = await ingestBytes(store, new TextEncoder().encode(t.text), {
      input: t.ref,
      published: t.published_at,
      ...(t.lang ? { lang: t.lang } : {}),
      // A Telegram post comes with its channel: the same-channel rules (a mayor's successive posts are a tally, two
      // posts of one channel are two statements) see what they would see in use.
      ...(t.channel ? { source: t.channel } : {}),
      now,
      ...learn,
    });
    if (outcome.report_id) reportOf.set(t.ref, outcome.report_id);
  }
  await resolveDirty(store);
  return reportOf;
}

async function evalDay(day: RealDay, now: Date, learn: { learned?: boolean }): Promise<DayEval> {
  const gold = goldMaps(day);
  const refs = day.texts.map((t) => t.ref);
  const store = await openStore({ url: ':memory:' });
  try {
    const reportOf = await ingestDay(store, day, now, learn);
    const reportIds = [...new Set(reportOf.values())];
    const factsOf = new Map<string, Fact[]>();
    for (const id of reportIds) factsOf.set(id, await store.getFactsByReport(id));
    const factById = new Map([...factsOf.values()].flat().map((f) => [f.id, f]));
    const incidents = await store.listIncidents({});
    const incidentOf = postIncidents(incidents, factById);
    const stored = new Map((await store.getReports(reportIds)).map((r) => [r.id, r]));

    const sysIncidents = new Map<string, string | null>();
    const sysOrigins = new Map<string, string | null>();
    for (const ref of refs) {
      const report = reportOf.get(ref);
      sysIncidents.set(ref, report ? (incidentOf.get(report) ?? null) : null);
      sysOrigins.set(ref, report ? (stored.get(report)?.origin_id ?? report) : `failed:${ref}`);
    }

    const withFacts = refs.filter((ref) => (factsOf.get(reportOf.get(ref) ?? '')?.length ?? 0) > 0);
    const oneIncident: Scored = {
      incidents: score(gold.incidents, new Map(refs.map((ref) => [ref, withFacts.includes(ref) ? 'day' : null]))),
      origins: score(gold.origins, new Map(refs.map((ref) => [ref, ref]))),
    };
    const wordsOf = (list: readonly string[]) =>
      new Map(
        list.map((ref) => {
          const t = day.texts.find((x) => x.ref === ref)!;
          return [ref, new Set(normalizeWords(t.text, t.lang ?? 'ru'))];
        }),
      );
    const textIncidents = textClusterings(gold.incidents, wordsOf(withFacts), refs);
    const textOrigins = textClusterings(gold.origins, wordsOf(refs), refs);

    return {
      day: day.day,
      set: day.set,
      split: day.split,
      posts: refs.length,
      onTopic: refs.filter((ref) => day.posts[ref]!.main !== null).length,
      goldIncidents: Object.keys(day.incidents).length,
      systemIncidents: incidents.length,
      withFacts: withFacts.length,
      system: { incidents: score(gold.incidents, sysIncidents), origins: score(gold.origins, sysOrigins) },
      oneIncident,
      textSimilarity: {
        incidents: textIncidents.score,
        origins: textOrigins.score,
        incidentThreshold: textIncidents.threshold,
        originThreshold: textOrigins.threshold,
      },
      textGrid: THRESHOLDS.map((_, i) => ({ incidents: textIncidents.grid[i]!, origins: textOrigins.grid[i]! })),
      offTopicInIncidents: refs.filter((ref) => day.posts[ref]!.main === null && sysIncidents.get(ref) !== null),
      assignments: refs.map((ref) => ({
        ref,
        incident: sysIncidents.get(ref) ?? null,
        origin: sysOrigins.get(ref) ?? ref,
        main: day.posts[ref]!.main,
        goldOrigin: day.posts[ref]!.origin,
      })),
    };
  } finally {
    await store.close();
  }
}

/** Pairwise counts summed over days (B-cubed is not additive: the total carries the mean of the days' B-cubed). */
function sumScored(list: readonly Scored[]): Scored {
  const grouping = (pick: (s: Scored) => GroupingScore): GroupingScore => {
    const parts = list.map(pick);
    const p = pairwiseFromCounts(
      parts.reduce((n, s) => n + s.pairwise.tp, 0),
      parts.reduce((n, s) => n + s.pairwise.fp, 0),
      parts.reduce((n, s) => n + s.pairwise.fn, 0),
    );
    const mean = (f: (b: BcubedScore) => number) => parts.reduce((n, s) => n + f(s.bcubed), 0) / parts.length;
    return {
      pairwise: p,
      bcubed: {
        precision: mean((b) => b.precision),
        recall: mean((b) => b.recall),
        f1: mean((b) => b.f1),
        items: parts.reduce((n, s) => n + s.bcubed.items, 0),
      },
    };
  };
  return { incidents: grouping((s) => s.incidents), origins: grouping((s) => s.origins) };
}

/** Which days chose the one threshold: the dev days only, or (no dev day to fit on, or `--split dev`) the days scored. */
export type FittedOn = 'dev days' | 'scored days';

/** Text similarity at the one threshold of the grid whose pairs, summed over the days of `fitOn`, score best (pairwise
 *  F1, the lowest threshold on a tie), for incidents and for origins apart, scored on `days`. */
export function oneThreshold(
  days: readonly Pick<DayEval, 'textGrid'>[],
  fitOn: readonly Pick<DayEval, 'textGrid'>[] = days,
): Scored & { incidentThreshold: number; originThreshold: number } {
  const sumsAt = (ds: readonly Pick<DayEval, 'textGrid'>[]) =>
    THRESHOLDS.map((_, i) => sumScored(ds.map((d) => d.textGrid[i]!)));
  const fits = sumsAt(fitOn);
  const sums = sumsAt(days);
  const best = (g: 'incidents' | 'origins') => {
    let b = 0;
    fits.forEach((s, i) => {
      if (s[g].pairwise.f1 > fits[b]![g].pairwise.f1) b = i;
    });
    return b;
  };
  const inc = best('incidents');
  const orig = best('origins');
  return {
    incidents: sums[inc]!.incidents,
    origins: sums[orig]!.origins,
    incidentThreshold: THRESHOLDS[inc]!,
    originThreshold: THRESHOLDS[orig]!,
  };
}

export async function evalRealClusters(
  dir: string,
  benchDir: string,
  now: Date,
  split: Split | 'all' = 'all',
  learn: { learned?: boolean } = {},
  set?: string,
): Promise<RealClusterEval> {
  const all = loadRealDays(dir, benchDir).filter((d) => set === undefined || d.set === set);
  const days = all.filter((d) => split === 'all' || d.split === split);
  const out: DayEval[] = [];
  for (const day of days) out.push(await evalDay(day, now, learn));
  // The one threshold is chosen on the dev days only; held-out days are scored at it, never fit it. With
  // `--split heldout` the dev days are read for that choice alone (their figures are not printed).
  let fit = out.filter((d) => d.split === 'dev');
  if (split === 'heldout') {
    fit = [];
    for (const day of all.filter((d) => d.split === 'dev')) fit.push(await evalDay(day, now, learn));
  }
  const fittedOn: FittedOn = fit.length === 0 || out.every((d) => d.split === 'dev') ? 'scored days' : 'dev days';
  return {
    days: out,
    total:
      out.length === 0
        ? null
        : {
            system: sumScored(out.map((d) => d.system)),
            oneIncident: sumScored(out.map((d) => d.oneIncident)),
            textSimilarity: sumScored(out.map((d) => d.textSimilarity)),
            textOneThreshold: { ...oneThreshold(out, fit.length > 0 ? fit : out), fittedOn },
          },
  };
}
