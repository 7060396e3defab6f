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
 *  wherever they go; nothing may cast one back and write to it, as other nights hold the same map), so one map serves
 *  every night; keyed by the text itself, so an edited text is read anew, and one text in two languages twice. */
export function wordCountsOf(text: string, lang: Report['lang']): ReadonlyMap<number, number> {
  const byLang = recentWords.get(text);
  const known = byLang?.get(lang);
  if (known !== undefined) return known;
  const counts = textWordCounts(text, lang);
  // A page longer than this would push out everything else for one read: it is counted and not kept.
  if (text.length > MEMO_TEXT_CHARS) return counts;
  if (byLang) byLang.set(lang, counts);
  else {
    // The oldest texts go first (a Map keeps insertion order), so a night of more reports than the memo holds still
    // finds the ones it read last, and a long-running server or a resolve --all over years keeps at most the bound.
    while (recentWords.size > 0 && (recentWords.size >= MEMO_TEXTS || memoChars + text.length > MEMO_CHARS)) {
      const oldest = recentWords.keys().next().value as string;
      recentWords.delete(oldest);
      memoChars -= oldest.length;
    }
    recentWords.set(text, new Map([[lang, counts]]));
    memoChars += text.length;
  }
  return counts;
}

/** The word-count memo's size now: texts kept and their characters (tests read it to check the bound). */
export function wordMemoSize(): { texts: number; chars: number } {
  return { texts: recentWords.size, chars: memoChars };
}

const recentWords = new Map<string, Map<Report['lang'], ReadonlyMap<number, number>>>();
let memoChars = 0;
/** The memo's bound, per thread (each stage-pool worker and the main thread keep their own): at most 2,000 texts and
 *  3,000,000 characters of them, whichever comes first. Measured with the texts and their counts retained: ~11 KB a
 *  2,000-character Cyrillic text (5.7 bytes a character, the counts map weighing most), ~2.6 bytes a character for
 *  100,000-character texts; so at most ~17 MB a thread (3 M characters at 5.7 bytes), whatever the texts' length
 *  or language (one text read in several languages is kept once, with a map per language). About two busy nights of
 *  ~2 KB reports (the bulk bench's nights hold ~30 reports each; a real busy night a few hundred). */
const MEMO_TEXTS = 2_000;
const MEMO_CHARS = 3_000_000;
/** A text longer than this (a long article page; `serve` takes 1 MiB bodies, files up to 10 MiB) is not kept. */
const MEMO_TEXT_CHARS = 200_000;

/** The gazetteer's canonical name of a region (nominative) in the reader's language. */
function regionName(code: string, lang: Report['lang']): string | null {
  const info = regionInfo(code);
  return info ? regionNameIn(info, lang) : null;
}
