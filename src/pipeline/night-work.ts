// The pure part of resolving one night (origins, then incidents), apart from its reads and writes: bulk ingest runs
// it on an extraction worker (stage-pool.ts) while the main thread reads and writes the nights around it.
import type { Fact, Incident, Report } from '../core/types.ts';
import { regionInfo, regionNameIn } from '../extract/common/gazetteer.ts';
import { resolveNight } from '../resolve/incidents.ts';
import { assignOrigins, type OriginInput } from '../resolve/origins.ts';
import { textWordCounts } from '../resolve/wording.ts';
import type { SignatureText } from '../store/index.ts';

/** What one night's resolution reads from the store, as stored: JSON columns stay text, parsed where the night is
 *  resolved (a worker's copy of text costs a fraction of a copy of the objects it makes). */
export interface NightWork {
  key: string;
  /** Each fact's JSON, in the store's order (night, report, sequence). */
  facts: string[];
  /** The reports of the facts and the night's fact-less reports, in id order. */
  reports: Report[];
  signatures: Map<string, SignatureText>;
}

export interface NightBuilt {
  /** Report id -> origin id. */
  origins: Map<string, string>;
  incidents: Incident[];
}

/** Anything that resolves a night's pure part elsewhere (the extraction pool's workers). */
export interface NightResolver {
  resolveNight(work: NightWork): Promise<NightBuilt>;
}

export function resolveNightWork(work: NightWork): NightBuilt {
  const facts = work.facts.map((json) => JSON.parse(json) as Fact);
  // Each report's facts in the store's order, grouped in one pass (a filter per report read every fact of the night
  // once for each of its reports).
  const byReport = new Map<string, Fact[]>();
  for (const f of facts) {
    const list = byReport.get(f.report_id);
    if (list) list.push(f);
    else byReport.set(f.report_id, [f]);
  }
  // Each text's content words are read once, for both origins' wording and the similar-text join (each read them
  // again, a scan and a stem lookup a word, 2 % of the bulk bench's CPU), and once for every night the report tells.
  const words = new Map(work.reports.map((r) => [r.id, wordCountsOf(r.text, r.lang)]));
  const items: OriginInput[] = work.reports.map((report) => {
    const stored = work.signatures.get(report.id);
    return {
      report,
      signature: stored ? (JSON.parse(stored.sig) as number[]) : [],
      bands: stored ? (JSON.parse(stored.bands) as string[]) : [],
      facts: byReport.get(report.id) ?? [],
      words: words.get(report.id),
    };
  });
  const { origins, reasons } = assignOrigins(items);
  const reports = new Map<string, Report>(work.reports.map((r) => [r.id, r]));
  // History told in a report («в июле 2022 года») is kept with its evidence but joins no incident of this night.
  const current = facts.filter((f) => !f.historical);
  const incidents = resolveNight({
    facts: current,
    reports,
    origins,
    originReasons: reasons,
    nightKey: work.key,
    regionName,
    words,
  });
  return { origins, incidents };
}

/** textWordCounts through a memo of the texts read lately. A report whose facts fall in several nights (a lead on
 *  last night's strike and a line on the night before) is read in each: 4,336 report-nights for 3,000 reports in the
 *  bulk bench, whose nights are resolved one after another by the same thread. The counts are read only (ReadonlyMap
 *  wherever they go), so one map serves every night; keyed by the text itself, so an edited text is read anew. */
export function wordCountsOf(text: string, lang: Report['lang']): ReadonlyMap<number, number> {
  const known = recentWords.get(lang)?.get(text);
  if (known !== undefined) return known;
  let byText = recentWords.get(lang);
  if (byText === undefined) {
    byText = new Map();
    recentWords.set(lang, byText);
  }
  // Cleared when full, so that a long-running server (or a resolve --all over years) keeps at most this many texts.
  if (byText.size >= RECENT_TEXTS) byText.clear();
  const counts = textWordCounts(text, lang);
  byText.set(text, counts);
  return counts;
}
const recentWords = new Map<Report['lang'], Map<string, ReadonlyMap<number, number>>>();
/** About two nights' reports of a busy day (the bulk bench's nights hold ~30 reports each; a real busy night a few
 *  hundred); with ~2 KB texts, a few MB. */
const RECENT_TEXTS = 2_000;

/** The gazetteer's canonical name of a region (nominative) in the reader's language. */
function regionName(code: string, lang: Report['lang']): string | null {
  const info = regionInfo(code);
  return info ? regionNameIn(info, lang) : null;
}
