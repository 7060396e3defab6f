import { basename } from 'node:path';
import type { Fact } from '../core/types.ts';
import { ingestPaths, prepareReport } from '../pipeline/index.ts';
import { openStore } from '../store/index.ts';
import { type BcubedScore, bcubed } from './bcubed.ts';
import { incidentItemKey, incidentItems, loadClusterGold, originItems } from './gold-clusters.ts';
import { readGoldExtract } from './gold-extract.ts';
import { type ExtractionScore, scoreExtraction } from './score-extract.ts';

/** Extracts every gold text in one process (as `sitrep extract --jsonl` would) and scores it. */
export function evalExtraction(goldPath: string, now: Date): { score: ExtractionScore; reports: number } {
  const gold = readGoldExtract(goldPath);
  const predicted = new Map<string, Fact[]>();
  for (const g of gold) {
    const prepared = prepareReport(new TextEncoder().encode(g.text), {
      input: g.id,
      published: g.published_at,
      lang: g.lang,
      now,
    });
    predicted.set(g.id, prepared.ok ? prepared.facts : []);
  }
  return { score: scoreExtraction(gold, predicted), reports: gold.length };
}

export interface ClusterEval {
  incidents: BcubedScore;
  origins: BcubedScore;
  reports: number;
  systemIncidents: number;
  goldIncidents: number;
}

/** Ingests the gold reports into a fresh in-memory store, resolves, and scores incidents and origins (B-cubed). */
export async function evalClusters(dir: string, now: Date): Promise<ClusterEval> {
  const gold = loadClusterGold(dir);
  const store = await openStore({ url: ':memory:' });
  try {
    const summary = await ingestPaths(store, gold.files, { now: () => now });
    // A forward with the very same text is stored once (a duplicate), so one report may stand for several files.
    const filesOf = new Map<string, string[]>();
    for (const o of summary.outcomes) {
      if (o.report_id) filesOf.set(o.report_id, [...(filesOf.get(o.report_id) ?? []), basename(o.input)]);
    }
    const incidents = await store.listIncidents({});
    const systemIncidents = new Map<string, string>();
    for (const incident of incidents) {
      for (const source of incident.sources) {
        for (const file of filesOf.get(source.report_id) ?? []) {
          if (incident.region)
            systemIncidents.set(incidentItemKey(file, incident.region.code, incident.kind), incident.id);
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
