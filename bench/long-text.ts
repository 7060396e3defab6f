// npm run bench:long [-- --sizes 1000,4000,8000] [-- --langs ru,uk,en] [-- --runs 3]
//                    [-- --kind dense|repeat|regions|clauses] [-- --ingest]
// One long text per language and size: the bench's ~2 KB synthetic reports of that language joined until the text
// holds N sentences (each smaller text is the start of the larger), then prepareReport (clean + sentences +
// extract) on it. A text's cost should grow linearly with its length: ms per 1,000 sentences should stay flat from
// 1k to 8k. Prints figures and a hash of the facts (so two builds can be checked for the same output); judges
// nothing. `--kind clauses` is the other length: ONE sentence of N clauses, no full stop (sizes count clauses; try
// `--sizes 250,500,1000,4500`). The time is the process's CPU time (one thread: extraction runs on it alone), which a shared machine's
// load moves much less than the wall clock; the median of `runs` is the figure to quote.
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { splitSentences } from '../src/ingest/sentences.ts';
import { ingestBytes, prepareReport, resolveDirty } from '../src/pipeline/index.ts';
import { openStore } from '../src/store/index.ts';
import { synthReports } from './synth.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,4000,8000' },
    langs: { type: 'string', default: 'ru,uk,en' },
    runs: { type: 'string', default: '3' },
    /** `dense`: the bench's short reports (nearly every sentence tells a fact) instead of the ~2 KB ones. `repeat`: one
     *  invented English sentence telling a strike with two weapons, repeated one to a line (English only): every
     *  sentence is a fact with a weapon list, which the refiners that read all of a report's facts see at once.
     *  `regions`: invented English paragraphs, each an oblast's interceptions with debris, damage and a nil toll
     *  (four facts a paragraph, tens of thousands in a few MB: the shape a new user's 5 MB test took minutes on).
     *  `clauses`: one sentence of N invented clauses, each a count of drones destroyed over a region and a comma (a
     *  user's POST of 4,500 «Над … областью уничтожен 1 БПЛА, » held the server for minutes, ux34 #1). */
    kind: { type: 'string', default: 'long' },
    /** Time the whole ingest (extraction, storing and resolving the night in an in-memory store) instead of
     *  prepareReport alone: resolution also reads every fact of a report together. */
    ingest: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').filter(Boolean).map(Number);
const REPEATED = 'Russia struck Kharkiv with 5 Shahed drones and 2 Iskander missiles on Monday.';
const OBLASTS = ['Kursk', 'Bryansk', 'Belgorod', 'Kaluga', 'Voronezh', 'Rostov', 'Tula', 'Oryol', 'Lipetsk', 'Tambov'];
/** Paragraph `i` of the `regions` text: two sentences, four facts. */
const regionParagraph = (i: number) =>
  `Air defences destroyed ${(i % 17) + 3} drones over ${OBLASTS[i % OBLASTS.length]} Oblast overnight, the governor ` +
  `said. Debris damaged ${(i % 4) + 1} houses in a village; nobody was hurt.`;
/** Clause `i` of the `clauses` text, by language. */
const CLAUSE: Record<'en' | 'ru' | 'uk', (i: number) => string> = {
  ru: (i) => `Над ${['Курской', 'Брянской', 'Белгородской'][i % 3]} областью уничтожен ${(i % 3) + 1} БПЛА, `,
  uk: (i) => `Над ${['Сумською', 'Харківською', 'Полтавською'][i % 3]} областю збито ${(i % 3) + 1} БпЛА, `,
  en: (i) => `${(i % 3) + 1} drones were destroyed over ${OBLASTS[i % OBLASTS.length]} Oblast, `,
};
const english = values.kind === 'repeat' || values.kind === 'regions';
const langs = (english ? 'en' : values.langs).split(',').filter(Boolean) as ('en' | 'ru' | 'uk')[];
const runs = Math.max(1, Number(values.runs));
const largest = Math.max(...sizes);
const encoder = new TextEncoder();
const now = new Date('2025-01-01T00:00:00Z');
const reports =
  values.kind === 'dense' ? synthReports(40000, { seed: 11 }) : synthReports(12000, { seed: 11, padTo: 2048 });

/** The first `n` sentences of `lang`'s reports joined by blank lines, and how many sentences it has. */
function longText(lang: 'en' | 'ru' | 'uk', n: number): string {
  if (values.kind === 'repeat') return Array.from({ length: n }, () => REPEATED).join('\n');
  if (values.kind === 'clauses') return Array.from({ length: n }, (_, i) => CLAUSE[lang](i)).join('');
  if (values.kind === 'regions')
    return Array.from({ length: Math.ceil(n / 2) }, (_, i) => regionParagraph(i)).join('\n\n');
  const parts: string[] = [];
  let count = 0;
  for (const r of reports) {
    if (r.lang !== lang) continue;
    const spans = splitSentences(r.text, lang);
    if (count + spans.length > n) {
      const cut = spans[n - count - 1];
      if (cut) parts.push(r.text.slice(0, cut.end));
      count = n;
      break;
    }
    parts.push(r.text);
    count += spans.length;
  }
  if (count < n) throw new Error(`only ${count} sentences of ${lang} for ${n}`);
  return parts.join('\n\n');
}

console.log(
  `One long text per language (${values.kind}): ${values.ingest ? 'ingest and resolve' : 'prepareReport'}, CPU ms, median of ${runs} run(s) per size`,
);
for (const lang of langs) {
  const full = longText(lang, largest);
  // Warm-up on a small prefix, so the first size does not pay for compiling hot code.
  prepareReport(encoder.encode(longText(lang, 200)), {
    input: 'warm',
    published: '2025-01-01T09:00:00+03:00',
    lang,
    now,
  });
  for (const n of sizes) {
    const text = n === largest ? full : longText(lang, n);
    const bytes = encoder.encode(text);
    const took: number[] = [];
    let facts = 0;
    let hash = '';
    for (let i = 0; i < runs; i++) {
      const options = { input: 'long', published: '2025-01-01T09:00:00+03:00', lang, now };
      if (values.ingest) {
        const store = await openStore({ url: ':memory:' });
        const t = process.cpuUsage();
        const outcome = await ingestBytes(store, bytes, options);
        await resolveDirty(store);
        const cpu = process.cpuUsage(t);
        took.push((cpu.user + cpu.system) / 1e3);
        facts = outcome.facts ?? 0;
        const incidents = (await store.listIncidents({})).map((x) => [x.id, x.weapons, x.corroboration]);
        hash = createHash('sha256').update(JSON.stringify(incidents)).digest('hex').slice(0, 12);
        await store.close();
        continue;
      }
      const t = process.cpuUsage();
      const p = prepareReport(bytes, options);
      const cpu = process.cpuUsage(t);
      took.push((cpu.user + cpu.system) / 1e3);
      if (p.ok) {
        facts = p.facts.length;
        hash = createHash('sha256').update(JSON.stringify(p.facts)).digest('hex').slice(0, 12);
      }
    }
    const median = [...took].sort((a, b) => a - b)[Math.floor(took.length / 2)]!;
    console.log(
      `  ${lang} ${String(n).padStart(5)} ${values.kind === 'clauses' ? 'clauses' : 'sentences'} (${(bytes.length / 1e6).toFixed(2)} MB): ${median.toFixed(0)} ms, ` +
        `${((median * 1000) / n).toFixed(0)} ms per 1k ${values.kind === 'clauses' ? 'clauses' : 'sentences'} (runs ${took.map((x) => x.toFixed(0)).join(', ')}); ` +
        `${facts} facts ${hash}`,
    );
  }
}
