// node --import tsx scripts/extract-digest.ts <bench-dir> <out-file> [--synth N]
// For speed work that must change no output: writes one line per text, its ref and a hash of everything
// prepareReport returns for it (report, facts, warnings), over the development third of the real texts in
// <bench-dir> and N of the benchmark's ~2 KB synthetic reports (default 3000). Run it before and after a change and `cmp` the two
// files; where they differ, `diff` names the texts. Held-out texts are skipped, never extracted.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { synthReports } from '../bench/synth.ts';
import { readBenchTexts, UNDATED } from '../src/eval/bench-texts.ts';
import { splitOf } from '../src/eval/gold-real.ts';
import { prepareReport } from '../src/pipeline/prepare.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { synth: { type: 'string', default: '3000' } },
});
const [benchDir, outFile] = positionals;
if (!benchDir || !outFile) {
  console.error('usage: node --import tsx scripts/extract-digest.ts <bench-dir> <out-file> [--synth N]');
  process.exit(2);
}
const now = new Date('2025-01-01T00:00:00Z');
const encoder = new TextEncoder();
const hash = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 16);
const lines: string[] = [];
let facts = 0;
const t0 = process.hrtime.bigint();
for (const t of readBenchTexts(benchDir)) {
  if (splitOf(t.ref) !== 'dev') continue;
  const p = prepareReport(encoder.encode(t.text), {
    input: t.ref,
    ...(t.published_at === UNDATED ? {} : { published: t.published_at }),
    ...(t.lang ? { lang: t.lang } : {}),
    now,
  });
  if (p.ok) facts += p.facts.length;
  lines.push(`${t.ref}\t${hash(p)}`);
}
for (const [i, r] of synthReports(Number(values.synth), { seed: 7, padTo: 2048 }).entries()) {
  const p = prepareReport(encoder.encode(r.text), {
    input: `synthetic-${i}`,
    published: r.published_at,
    lang: r.lang,
    now,
  });
  if (p.ok) facts += p.facts.length;
  lines.push(`synthetic-${i}\t${hash(p)}`);
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
writeFileSync(outFile, `${lines.join('\n')}\n`);
console.log(`${lines.length} texts, ${facts} facts, ${secs.toFixed(1)} s`);
