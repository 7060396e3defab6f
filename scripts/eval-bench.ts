// npm run eval:bench [-- --shared ../shared] [-- --examples 15]
// Figures on real third-party texts in ../shared/bench (not shipped with the project; see each PROVENANCE.md):
//  (a) VIINA headlines: is VIINA's (silver) region among the regions we extract?
//  (b) Russian MoD air-defence posts: our counts and regions side by side with the collector's regex columns.
// Prints figures; judges nothing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Fact } from '../src/core/types.ts';
import { parseCsv } from '../src/eval/bench-texts.ts';
import { findPlaces } from '../src/extract/common/gazetteer.ts';
import { prepareReport } from '../src/pipeline/index.ts';

const { values } = parseArgs({
  options: { shared: { type: 'string', default: '../shared' }, examples: { type: 'string', default: '12' } },
});
const bench = join(String(values.shared), 'bench');
if (!existsSync(bench)) {
  console.error(`eval:bench: ${bench} not found (pass --shared <path to the shared folder>)`);
  process.exit(2);
}
const examples = Number(values.examples);
const encoder = new TextEncoder();
const now = new Date();
const pct = (a: number, b: number) => `${b === 0 ? '-' : ((100 * a) / b).toFixed(1)}%`;

function extract(text: string, published: string): Fact[] {
  const p = prepareReport(encoder.encode(text), { input: 'bench', published, now });
  return p.ok ? p.facts : [];
}

// (a) VIINA
{
  const rows = readFileSync(join(bench, 'viina-headlines', 'headlines.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { id: string; date: string; text: string; region: string });
  let withRegion = 0;
  let named = 0;
  let hit = 0;
  let firstHit = 0;
  const misses: string[] = [];
  const t = process.hrtime.bigint();
  for (const r of rows) {
    const facts = extract(r.text, `${r.date}T12:00:00+03:00`);
    // The place lookup alone, whether or not a fact was read: does the text name the labelled region?
    if (findPlaces(r.text).some((p) => p.code === r.region)) named++;
    const regions = facts.map((f) => f.region?.code).filter((c): c is string => c !== undefined);
    if (regions.length > 0) withRegion++;
    if (regions.includes(r.region)) hit++;
    if (regions[0] === r.region) firstHit++;
    else if (misses.length < examples)
      misses.push(`  ${r.id} label ${r.region}, got [${[...new Set(regions)].join(', ')}]: ${r.text.slice(0, 110)}`);
  }
  const secs = Number(process.hrtime.bigint() - t) / 1e9;
  console.log(`VIINA headlines (${rows.length}; region labels are VIINA's geocoder, silver):`);
  console.log(`  gazetteer: the labelled region is among the places named in ${named} (${pct(named, rows.length)})`);
  console.log(`  facts with a region in ${withRegion} (${pct(withRegion, rows.length)})`);
  console.log(
    `  label among extracted regions: ${hit} (${pct(hit, rows.length)} of all, ${pct(hit, withRegion)} of those with a region)`,
  );
  console.log(`  label = region of the first fact: ${firstHit} (${pct(firstHit, rows.length)})`);
  console.log(`  ${(rows.length / secs).toFixed(0)} headlines/s`);
  console.log(`  first misses:\n${misses.join('\n')}`);
}

// (b) MoD posts vs the collector's regex
{
  const rows = parseCsv(readFileSync(join(bench, 'mod-russia-air-defence', 'posts.csv'), 'utf8'));
  let oursCount = 0;
  let regexCount = 0;
  let bothCount = 0;
  let agree = 0;
  let oursRegions = 0;
  let regexRegions = 0;
  let oursRegionTotal = 0;
  let regexRegionTotal = 0;
  const disagreements: string[] = [];
  for (const r of rows) {
    const published = `${r.datetime_posted?.replace(' ', 'T')}:00+00:00`;
    const facts = extract(r.text_first_400_chars ?? '', published).filter((f) => f.kind === 'interception');
    // The post's total: an aggregate (a breakdown's header) if there is one, else the sum of its counts.
    const aggregate = facts.find((f) => f.aggregate && f.count?.value != null);
    const counted = facts.filter((f) => !f.aggregate && f.count?.value != null && f.weapon !== null);
    const total =
      aggregate?.count?.value ?? (counted.length > 0 ? counted.reduce((s, f) => s + (f.count?.value ?? 0), 0) : null);
    const regions = new Set(facts.map((f) => f.region?.code).filter((c): c is string => c !== undefined));
    const regex = Number(r.weak_regex_drone_count ?? '0');
    const regexOblasts = (r.weak_regex_oblasts ?? '').split('|').filter((x) => x !== '');
    if (total !== null && total > 0) oursCount++;
    if (regex > 0) regexCount++;
    if (total !== null && total > 0 && regex > 0) {
      bothCount++;
      if (total === regex) agree++;
      else if (disagreements.length < examples) {
        disagreements.push(
          `  row ${r.row_id}: ours ${total}, regex ${regex}: ${(r.text_first_400_chars ?? '').replace(/\s+/g, ' ').slice(0, 150)}`,
        );
      }
    }
    if (regions.size > 0) oursRegions++;
    if (regexOblasts.length > 0) regexRegions++;
    oursRegionTotal += regions.size;
    regexRegionTotal += regexOblasts.length;
  }
  console.log(`\nRussian MoD air-defence posts (${rows.length}, first 400 characters; no labels):`);
  console.log(`                     ours      collector's regex`);
  console.log(`  posts with a count ${String(oursCount).padEnd(9)} ${regexCount}`);
  console.log(`  posts with regions ${String(oursRegions).padEnd(9)} ${regexRegions}`);
  console.log(
    `  regions per post   ${(oursRegionTotal / rows.length).toFixed(2).padEnd(9)} ${(regexRegionTotal / rows.length).toFixed(2)}`,
  );
  console.log(`  where both give a count (${bothCount}), the same total: ${agree} (${pct(agree, bothCount)})`);
  console.log(`  first disagreements:\n${disagreements.join('\n')}`);
}

// (c) Air Force summaries: per weapon model, launched and destroyed, against the bench's own reading (gold_post).
// Models are compared by the class docs/eval.md gives them; a post's tuples are (class, launched) and
// (class, destroyed) as a multiset, so two models of one class count twice.
{
  const CLASS: [RegExp, string][] = [
    [/iskander|kn-23|c-400|s-400|kinzhal|oreshnik/i, 'ballistic_missile'],
    [/x-59|x-69|kh-59|kh-69|x-31|kh-31/i, 'missile'],
    [/zircon|oniks|kalibr|x-101|kh-101|x-22|kh-22|x-555/i, 'cruise_missile'],
    [/shahed|banderol|gerbera/i, 'uav'],
  ];
  const classOf = (model: string) => CLASS.find(([re]) => re.test(model))?.[1] ?? 'other';
  const rows = readFileSync(join(bench, 'ua-airforce-2026', 'posts.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map(
      (l) =>
        JSON.parse(l) as {
          id: string;
          text: string;
          published_at: string;
          gold_post: { per_model: { model: string; launched: number | null; destroyed: number | null }[] };
        },
    );
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  for (const r of rows) {
    const published = r.published_at.length === 10 ? `${r.published_at}T09:00:00+03:00` : r.published_at;
    const gold = r.gold_post.per_model.flatMap((m) => [
      ...(m.launched !== null ? [`${classOf(m.model)} launched ${m.launched}`] : []),
      ...(m.destroyed !== null ? [`${classOf(m.model)} destroyed ${m.destroyed}`] : []),
    ]);
    const facts = extract(r.text, published).filter((f) => f.kind === 'interception' && f.region === null);
    const got = facts.flatMap((f) => [
      ...(f.launched?.value != null ? [`${f.weapon} launched ${f.launched.value}`] : []),
      ...(f.count?.value != null ? [`${f.weapon} destroyed ${f.count.value}`] : []),
    ]);
    const left = [...got];
    for (const g of gold) {
      const i = left.indexOf(g);
      if (i >= 0) {
        tp++;
        left.splice(i, 1);
      } else {
        fn++;
        if (misses.length < examples) misses.push(`  ${r.id} missed ${g}`);
      }
    }
    fp += left.length;
    for (const x of left) if (misses.length < examples) misses.push(`  ${r.id} extra ${x}`);
  }
  const p = tp / Math.max(1, tp + fp);
  const rc = tp / Math.max(1, tp + fn);
  console.log(`\nUkrainian Air Force summaries (${rows.length}), per model launched + destroyed against gold_post:`);
  console.log(
    `  precision ${(100 * p).toFixed(1)}%  recall ${(100 * rc).toFixed(1)}%  F1 ${((200 * p * rc) / Math.max(1e-9, p + rc)).toFixed(1)}%  (tp ${tp}, fp ${fp}, fn ${fn})`,
  );
  console.log(`  first misses:\n${misses.join('\n')}`);
}
