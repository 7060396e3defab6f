// Which sources.yaml rows would get the channel hint ingest gives (report-warnings.ts): a Telegram channel named like
// a person or an office with no `speaker` in its row, whose unattributed posts then have no claimant. `sitrep
// sources` marks them (ux41 #7: it showed speaker "-" and nothing else, while only ingest and status said why).
import type { Lang, Report } from '../core/types.ts';
import type { SourceRow } from '../ingest/registry.ts';
import type { Store } from '../store/index.ts';
import { rolelessLine } from './report-warnings.ts';

/** The hint of each such row, by id. The channel's name is the one the source's own stored posts carry (an export's
 *  chat name, «Игорь Артамонов», a row may leave unnamed; not a forward's nor a report another source stored first),
 *  else the row's `name`; a row with neither is not judged. */
export async function rolelessSources(rows: readonly SourceRow[], store: Store | null): Promise<Map<string, string>> {
  const hints = new Map<string, string>();
  const unspoken = rows.filter((row) => row.kind === 'telegram' && row.speaker === null);
  if (unspoken.length === 0) return hints;
  // The extraction's lexicons load only when a row needs judging: `sources` over rows that all name a speaker stays
  // as quick as a table.
  const { rolelessChannel } = await import('../extract/run.ts');
  for (const row of unspoken) {
    const stored = store ? await storedPost(store, row.id) : null;
    const publisher = stored?.publisher ?? row.name;
    if (!publisher) continue;
    const lang: Lang = stored?.lang ?? row.language ?? 'en';
    if (rolelessChannel(channelPost(publisher, lang), true)) hints.set(row.id, rolelessLine(publisher));
  }
  return hints;
}

/** One post the source published itself: its channel's name and language. A report first stored under another source
 *  (the same text from another channel, kept once) carries that channel's name, and a forward the original's: a news
 *  channel's forward of a governor's post is no reason to call the news channel a person (review 41b). */
async function storedPost(store: Store, sourceId: string): Promise<{ publisher: string | null; lang: Lang } | null> {
  const ids = (await store.listSourceItems(sourceId)).flatMap((i) => (i.report_id === null ? [] : [i.report_id]));
  // In chunks: the first own post usually comes early, and a long channel's every report need not be read.
  for (let at = 0; at < ids.length; at += OWN_POST_CHUNK) {
    for (const report of await store.getReports(ids.slice(at, at + OWN_POST_CHUNK))) {
      if (report.provenance.source_id === sourceId && report.forwarded_from === null) {
        return { publisher: report.publisher, lang: report.lang };
      }
    }
  }
  return null;
}

const OWN_POST_CHUNK = 50;

/** A post of that channel as rolelessChannel reads one: only its channel's name and language count. */
const channelPost = (publisher: string, lang: Lang): Report => ({
  id: '',
  hash: '',
  title: null,
  url: null,
  publisher,
  published_at: '',
  published_inferred: false,
  lang,
  text: '',
  forwarded_from: null,
  removed: [],
});
