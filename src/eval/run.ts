import { basename } from 'node:path';
import type { Fact } from '../core/types.ts';
import { ingestPaths, prepareReport } from '../pipeline/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { type BcubedScore, bcubed } from './bcubed.ts';
import { UNDATED } from './bench-texts.ts';
import { incidentItemKey, incidentItems, loadClusterGold, originItems } from './gold-clusters.ts';
import { type GoldReport, readGoldExtract } from './gold-extract.ts';
import { type RealGoldReport, readRealGold, type Split } from './gold-real.ts';
import { type ExtractionScore, scoreExtraction } from './score-extract.ts';

/** Extracts every gold text in one process (as `sitrep extract --jsonl` would). `lang: null` leaves the language
 *  to detection, as for a real text whose set does not say it. Facts marked historical are not news: left out. */
function extractAll(
  gold: readonly (GoldReport & { textLang?: GoldReport['lang'] | null })[],
  now: Date,
  learn: LearnOption = {},
) {
  const predicted = new Map<string, Fact[]>();
  for (const g of gold) {
    const lang = g.textLang === undefined ? g.lang : (g.textLang ?? undefined);
    const prepared = prepareReport(new TextEncoder().encode(g.text), {
      input: g.id,
      // A text the bench gives no date (uk-telegram-unlp2025) is read as undated, not as published on the placeholder.
      ...(g.published_at === UNDATED ? {} : { published: g.published_at }),
      ...(lang ? { lang } : {}),
      now,
      ...learn,
    });
    predicted.set(g.id, prepared.ok ? prepared.facts.filter((f) => !f.historical) : []);
  }
  return predicted;
}

/** `{ learned: true }`: the learned step with its shipped model (`--learned`); left out, the rules alone. */
export type LearnOption = { learned?: boolean };

/** Extracts every gold text and scores it. */
export function evalExtraction(
  goldPath: string,
  now: Date,
  learn: LearnOption = {},
): { score: ExtractionScore; reports: number } {
  const gold = readGoldExtract(goldPath);
  return { score: scoreExtraction(gold, extractAll(gold, now, learn)), reports: gold.length };
}

export interface RealEval {
  /** "all" first, then one score per set, each over the texts of the chosen split. */
  scores: { set: string; score: ExtractionScore }[];
  reports: number;
}

/** The real gold (labels by reference) joined with the texts in `benchDir`, scored per set and over all. */
export function evalReal(
  goldPath: string,
  benchDir: string,
  now: Date,
  opts: { split?: Split | 'all'; set?: string } & LearnOption = {},
): RealEval {
  const gold = readRealGold(goldPath, benchDir).filter(
    (g) =>
      (opts.split === undefined || opts.split === 'all' || g.split === opts.split) &&
      (opts.set === undefined || g.set === opts.set),
  );
  const predicted = extractAll(gold, now, opts.learned ? { learned: true } : {});
  const sets = [...new Set(gold.map((g) => g.set))].sort();
  const of = (list: RealGoldReport[]) => scoreExtraction(list, predicted);
  return {
    scores: [
      { set: 'all', score: of(gold) },
      ...sets.map((set) => ({ set, score: of(gold.filter((g) => g.set === set)) })),
    ],
    reports: gold.length,
  };
}

export interface ClusterEval {
  incidents: BcubedScore;
  origins: BcubedScore;
  reports: number;
  systemIncidents: number;
  goldIncidents: number;
}

/** The region codes a report's facts in a nationwide wave name, once each. */
async function waveRegionsOf(store: Store, factIds: readonly string[], reportId: string): Promise<string[]> {
  const ids = new Set(factIds);
  const facts = await store.getFactsByReport(reportId);
  return [...new Set(facts.filter((f) => ids.has(f.id) && f.region).map((f) => f.region!.code))];
}

/** Ingests the gold reports into a fresh in-memory store, resolves, and scores incidents and origins (B-cubed). */
export async function evalClusters(dir: string, now: Date, learn: LearnOption = {}): Promise<ClusterEval> {
  const gold = loadClusterGold(dir);
  const store = await openStore({ url: ':memory:' });
  try {
    const summary = await ingestPaths(store, gold.files, { now: () => now, ...learn });
    // A forward with the very same text is stored once (a duplicate), so one report may stand for several files.
    const filesOf = new Map<string, string[]>();
    for (const o of summary.outcomes) {
      if (o.report_id) filesOf.set(o.report_id, [...(filesOf.get(o.report_id) ?? []), basename(o.input)]);
    }
    const incidents = await store.listIncidents({});
    const systemIncidents = new Map<string, string>();
    for (const incident of incidents) {
      for (const source of incident.sources) {
        // A nationwide wave (no region, the regions it holds listed) mentions, for each report, the regions that
        // report's own facts in it name: the Lviv governor's post is a (UA-46, strike) mention of the wave.
        const codes = incident.region
          ? [incident.region.code]
          : (incident.regions ?? []).length === 0
            ? []
            : await waveRegionsOf(store, incident.facts, source.report_id);
        for (const file of filesOf.get(source.report_id) ?? []) {
          for (const code of codes) systemIncidents.set(incidentItemKey(file, code, incident.kind), incident.id);
        }
      }
    }
    const reports = await store.getReports([...filesOf.keys()]);
    const systemOrigins = new Map<string, string>();
    for (const r of reports) for (const file of filesOf.get(r.id) ?? []) systemOrigins.set(file, r.origin_id ?? r.id);
    return {
      incidents: bcubed(incidentItems(gold.labels), systemIncidents),
      origins: bcubed(originItems(gold.labels), systemOrigins),
      reports: gold.files.length,
      systemIncidents: incidents.length,
      goldIncidents: Object.keys(gold.labels.incidents).length,
    };
  } finally {
    await store.close();
  }
}
