// Extraction alone (prepareReport: clean, sentences, extract), one thread, CPU ms a text by pass, for comparing two
// builds of the extraction code (issue 10). Bulk ingest sees each text once, so the first pass (cold) is the figure
// that matters most; later passes show the steady speed. Prints a hash of every output, so two builds can be checked
// to give the same result on the texts they were timed on.
//   node scripts/build.mjs --bench && node dist/extract-cpu.js --corpus synth|real [--n 3000] [--passes 3]
//   [--bench-dir ../shared/bench]
// `synth` is the bulk bench's ~2 KB synthetic reports; `real` the development third of the real texts (held-out
// texts are skipped, never extracted).
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { readBenchTexts, UNDATED } from '../src/eval/bench-texts.ts';
import { splitOf } from '../src/eval/gold-real.ts';
import { prepareReport } from '../src/pipeline/prepare.ts';
import { synthReports } from './synth.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'synth' },
    n: { type: 'string', default: '3000' },
    passes: { type: 'string', default: '3' },
    'bench-dir': { type: 'string', default: '../shared/bench' },
  },
});
const now = new Date('2025-01-01T00:00:00Z');
const encoder = new TextEncoder();

interface Job {
  bytes: Uint8Array;
  input: string;
  published?: string;
  lang?: string;
}
const jobs: Job[] = [];
if (values.corpus === 'real') {
  for (const t of readBenchTexts(values['bench-dir'])) {
    if (splitOf(t.ref) !== 'dev') continue;
    jobs.push({
      bytes: encoder.encode(t.text),
      input: t.ref,
      ...(t.published_at === UNDATED ? {} : { published: t.published_at }),
      ...(t.lang ? { lang: t.lang } : {}),
    });
  }
} else {
  for (const [i, r] of synthReports(Number(values.n), { seed: 7, padTo: 2048 }).entries())
    jobs.push({ bytes: encoder.encode(r.text), input: `synthetic-${i}`, published: r.published_at, lang: r.lang });
}
const bytes = jobs.reduce((s, j) => s + j.bytes.length, 0);
const cpu: string[] = [];
let digest = '';
for (let pass = 0; pass < Number(values.passes); pass++) {
  const hash = createHash('sha256');
  const c0 = process.cpuUsage();
  const outs: unknown[] = [];
  for (const j of jobs) {
    outs.push(
      prepareReport(j.bytes, {
        input: j.input,
        ...(j.published ? { published: j.published } : {}),
        ...(j.lang ? { lang: j.lang as 'en' } : {}),
        now,
      }),
    );
  }
  const c = process.cpuUsage(c0);
  cpu.push(((c.user + c.system) / 1000 / jobs.length).toFixed(3));
  // Hashed outside the timed loop so that the hashing is not counted as extraction.
  for (const o of outs) hash.update(JSON.stringify(o));
  digest = hash.digest('hex').slice(0, 16);
}
console.log(
  `${values.corpus}: ${jobs.length} texts of ~${Math.round(bytes / jobs.length)} bytes; CPU ms a text by pass ${cpu.join(' / ')}; outputs ${digest}`,
);
