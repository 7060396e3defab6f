// node --import tsx scripts/real-sample.ts <shared> <out-dir>
// Picks the real third-party texts that test/gold/real labels, deterministically (by a hash of each ref) and
// stratified (docs/eval.md, "Real texts"), and writes one batch per set into <out-dir> for the labellers: lines of
// {ref, split, lang, published_at, text}. The texts stay outside the project: <out-dir> must not be inside it.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BenchText, readBenchTexts } from '../src/eval/bench-texts.ts';
import { splitOf } from '../src/eval/gold-real.ts';

const [shared, out] = process.argv.slice(2);
if (!shared || !out) {
  console.error('usage: node --import tsx scripts/real-sample.ts <shared> <out-dir>');
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
for (const [set, [n, key]] of Object.entries(plan)) {
  const picked = stratified(
    texts.filter((t) => t.set === set),
    n,
    key,
  );
  const lines = picked.map((t) =>
    JSON.stringify({ ref: t.ref, split: splitOf(t.ref), lang: t.lang, published_at: t.published_at, text: t.text }),
  );
  writeFileSync(join(out, `${set}.jsonl`), `${lines.join('\n')}\n`);
  const held = picked.filter((t) => splitOf(t.ref) === 'heldout').length;
  console.log(`${set}: ${picked.length} picked, ${held} held out`);
}
