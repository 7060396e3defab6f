// node --import tsx scripts/real-sample.ts <shared> <out-dir> [--more <set>=<n>[+<off-topic n>] ...]
// Picks the real third-party texts that test/gold/real labels, deterministically (by a hash of each ref) and
// stratified (docs/eval.md, "Real texts"), and writes one batch per set into <out-dir> for the labellers: lines of
// {ref, split, lang, published_at, text}. The texts stay outside the project: <out-dir> must not be inside it.
// With --more, it picks a further batch of a set instead: texts no label file names yet, in the order of another
// hash (so the first pick's order does not decide the second), n from the collector's on-topic side and the
// given number from its off-topic side.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BenchText, readBenchTexts } from '../src/eval/bench-texts.ts';
import { splitOf } from '../src/eval/gold-real.ts';
import { detectLang } from '../src/ingest/lang.ts';

const [shared, out, ...rest] = process.argv.slice(2);
const more = new Map<string, [number, number]>();
for (let i = 0; i < rest.length; i += 2) {
  const m = rest[i] === '--more' ? /^([\w.-]+)=(\d+)(?:\+(\d+))?$/.exec(rest[i + 1] ?? '') : null;
  if (!m?.[1]) {
    console.error(`bad argument ${rest[i]} ${rest[i + 1] ?? ''}: expected --more <set>=<n>[+<off-topic n>]`);
    process.exit(2);
  }
  more.set(m[1], [Number(m[2]), Number(m[3] ?? 0)]);
}
if (!shared || !out) {
  console.error(
    'usage: node --import tsx scripts/real-sample.ts <shared> <out-dir> [--more <set>=<n>[+<off-topic n>]]',
  );
  process.exit(2);
}
const h = (s: string) => createHash('sha256').update(s).digest().readUInt32BE(0);

/** Takes `n` items spread evenly over the strata that `key` gives, each stratum in hash order. */
function stratified(items: BenchText[], n: number, key: (t: BenchText) => string): BenchText[] {
  const strata = new Map<string, BenchText[]>();
  for (const it of [...items].sort((a, b) => h(a.ref) - h(b.ref))) {
    const k = key(it);
    strata.set(k, [...(strata.get(k) ?? []), it]);
  }
  const picked: BenchText[] = [];
  const lists = [...strata.values()];
  for (let round = 0; picked.length < n && lists.some((l) => l.length > round); round++) {
    for (const l of lists) {
      const it = l[round];
      if (it && picked.length < n) picked.push(it);
    }
  }
  return picked;
}

// MoD posts by year and by format: bullet lists, seas, posts without a digit (number words, thwarted attempts).
const modFormat = (t: BenchText) =>
  `${t.published_at.slice(0, 4)}:${/[▫◽•]/.test(t.text) ? 'list' : /акватори/.test(t.text) ? 'sea' : /\d/.test(t.text) ? 'plain' : 'nodigit'}`;
const plan: Record<string, [number, (t: BenchText) => string]> = {
  'mod-russia-air-defence': [250, modFormat],
  'ru-telegram-news-2024': [200, (t) => t.published_at.slice(0, 10)],
  'viina-headlines': [250, (t) => t.published_at.slice(0, 4)],
  'ua-airforce-2026': [21, () => 'all'],
  // About a quarter of the leads, and a fifth of the Ukrainian posts, from the off-topic side.
  'en-news-rss-2022-23': [200, (t) => (t.hint === 'negative_war_news' ? `neg${h(t.ref) % 3}` : 'air')],
  'uk-telegram-unlp2025': [100, (t) => (t.hint === 'negative_war_news' ? `neg${h(t.ref) % 4}` : 'air')],
};
const texts = readBenchTexts(join(shared, 'bench'));
mkdirSync(out, { recursive: true });
const write = (set: string, picked: BenchText[]) => {
  const lines = picked.map((t) =>
    // VIINA mixes Russian and Ukrainian headlines and gives no language: the detector's reading, which the labeller
    // checks, rather than a null the label format refuses (check-real-gold.ts).
    JSON.stringify({
      ref: t.ref,
      split: splitOf(t.ref),
      lang: t.lang ?? detectLang(t.text),
      published_at: t.published_at,
      text: t.text,
    }),
  );
  writeFileSync(join(out, `${set}.jsonl`), `${lines.join('\n')}\n`);
  const held = picked.filter((t) => splitOf(t.ref) === 'heldout').length;
  console.log(`${set}: ${picked.length} picked, ${held} held out`);
};
if (more.size) {
  const goldDir = join(import.meta.dirname, '../test/gold/real');
  const labelled = new Set(
    readdirSync(goldDir).flatMap((f) =>
      readFileSync(join(goldDir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { ref: string }).ref),
    ),
  );
  // A post of a labelled day is no fresh text either: helpers develop on the dev days' posts, so a fresh batch that
  // held one would not be blind on it (the fortieth session's `.aj` held a 2023-08-30 lead).
  const daysDir = join(import.meta.dirname, '../test/gold/real-clusters');
  for (const f of readdirSync(daysDir).filter((f) => f.endsWith('.json'))) {
    const day = JSON.parse(readFileSync(join(daysDir, f), 'utf8')) as { posts?: Record<string, unknown> };
    for (const ref of Object.keys(day.posts ?? {})) labelled.add(ref);
  }
  const h2 = (ref: string) => h(`more:${ref}`);
  for (const [set, [n, off]] of more) {
    const pool = texts.filter((t) => t.set === set && !labelled.has(t.ref)).sort((a, b) => h2(a.ref) - h2(b.ref));
    const isOff = (t: BenchText) => t.hint === 'negative_war_news';
    const picked = [...pool.filter((t) => !isOff(t)).slice(0, n), ...pool.filter(isOff).slice(0, off)];
    write(
      set,
      picked.sort((a, b) => h2(a.ref) - h2(b.ref)),
    );
  }
  process.exit(0);
}
for (const [set, [n, key]] of Object.entries(plan)) {
  const picked = stratified(
    texts.filter((t) => t.set === set),
    n,
    key,
  );
  write(set, picked);
}
