// Where the real dev days lose their origin pairs (docs/eval-clusters.md, fifteenth session).
// Dev days only: a held-out day is never ingested, printed or scored here.
//
//   npx tsx scripts/profile-real-origins.ts [day ...] [--texts DIR]
//
// --texts is the bench folder (default ../shared/bench, right from /work/main; a worktree under /work/wt passes
// --texts /work/shared/bench).
//
// Every day is ingested as `sitrep eval --real-clusters` does it; each night's origins are then re-run with their
// reasons. For every gold origin split by the system, and every system origin that joins two gold origins, the pairs
// are printed with each post's channel, time, facts, the wording cosine of the pair and the first words of its text,
// and the reasons that made each system link. A table at the end counts the pairs by cause and day (src/eval/
// origin-cause.ts): a missed pair by what kept the wording rule from it, or by why its two posts' blocks differ; a
// wrong pair by the kinds of link that joined it.
import type { Fact } from '../src/core/types.ts';
import { loadRealDays } from '../src/eval/gold-real-clusters.ts';
import { apartCause, type PostBlocks, reasonKinds } from '../src/eval/origin-cause.ts';
import { ingestDay } from '../src/eval/real-clusters.ts';
import { assignOrigins, type OriginInput, wordingBlockers } from '../src/resolve/origins.ts';
import { wordCounts, wordingScorer } from '../src/resolve/wording.ts';
import { openStore } from '../src/store/index.ts';

const only = process.argv.slice(2).filter((a) => /^\d{4}-\d\d-\d\d$/.test(a));
const textsAt = process.argv.indexOf('--texts');
const benchDir = textsAt >= 0 ? (process.argv[textsAt + 1] ?? '../shared/bench') : '../shared/bench';
const days = loadRealDays('test/gold/real-clusters', benchDir)
  .filter((d) => d.split === 'dev')
  .filter((d) => only.length === 0 || only.includes(d.day));

const causes = new Map<string, Map<string, number>>();
const count = (cause: string, day: string) => {
  const byDay = causes.get(cause) ?? new Map<string, number>();
  byDay.set(day, (byDay.get(day) ?? 0) + 1);
  causes.set(cause, byDay);
};

for (const day of days) {
  const store = await openStore({ url: ':memory:' });
  try {
    const reportOf = await ingestDay(store, day, new Date());
    // Copies of one text are one report: each report's refs, for the texts and reasons printed under each ref.
    const refsOf = new Map<string, string[]>();
    for (const [ref, id] of reportOf) refsOf.set(id, [...(refsOf.get(id) ?? []), ref]);
    const reasons = new Map<string, string[]>();
    const blockers = new Map<string, string>();
    const textOf = new Map<string, { text: string; lang: string; publisher: string | null; at: string }>();
    const factsOf = new Map<string, Fact[]>();
    const blocksOf = new Map<string, string[]>();
    for (const key of await store.allNightKeys()) {
      const rows = await store.getFactTextsByNight([key]);
      const factless = await store.factlessReportIds([key]);
      const ids = [...new Set([...rows.map((r) => r.report_id), ...factless])].sort();
      const reports = await store.getReports(ids);
      const sigs = await store.getSignatureTexts(ids);
      const facts = rows.map((r) => JSON.parse(r.json) as Fact);
      const items: OriginInput[] = reports.map((report) => {
        const s = sigs.get(report.id);
        return {
          report,
          signature: s ? (JSON.parse(s.sig) as number[]) : [],
          bands: s ? (JSON.parse(s.bands) as string[]) : [],
          facts: facts.filter((f) => f.report_id === report.id),
        };
      });
      const result = assignOrigins(items);
      // For a missed pair: what keeps the wording rule from linking it (its block's items, by report id).
      const blocked = wordingBlockers(items);
      for (let i = 0; i < items.length; i++) {
        for (let j = i + 1; j < items.length; j++) {
          const why = blocked(i, j);
          const key = [items[i]!.report.id, items[j]!.report.id].sort().join(' ');
          blockers.set(key, why.length > 0 ? why.join(', ') : 'none (groups hold posts of one channel)');
        }
      }
      for (const [id, why] of result.reasons) for (const ref of refsOf.get(id) ?? []) reasons.set(ref, why);
      for (const r of reports) blocksOf.set(r.id, [...(blocksOf.get(r.id) ?? []), key]);
      for (const r of reports) {
        for (const ref of refsOf.get(r.id) ?? []) {
          textOf.set(ref, { text: r.text, lang: r.lang, publisher: r.publisher, at: r.published_at });
          factsOf.set(
            ref,
            facts.filter((f) => f.report_id === r.id),
          );
        }
      }
    }
    const stored = new Map((await store.getReports([...reportOf.values()])).map((r) => [r.id, r]));
    const refs = day.texts.map((t) => t.ref);
    const sys = new Map(refs.map((ref) => [ref, stored.get(reportOf.get(ref) ?? '')?.origin_id ?? ref]));
    const gold = new Map(refs.map((ref) => [ref, day.posts[ref]!.origin]));
    const counts = refs.map((ref) => {
      const t = textOf.get(ref);
      return wordCounts(t?.text ?? '', (t?.lang ?? 'ru') as 'ru');
    });
    const cos = wordingScorer(counts);
    const short = (ref: string) => ref.replace('ru-telegram-news-2024/', '');
    const describe = (ref: string) => {
      const t = textOf.get(ref);
      const facts = factsOf.get(ref) ?? [];
      const head = (t?.text ?? '').replace(/\s+/g, ' ').slice(0, 160);
      return `${short(ref)} ${t?.publisher ?? '?'} ${t?.at.slice(11, 16) ?? ''} facts=${facts.length} | ${head}`;
    };
    // Two posts of one block: what keeps the wording rule from them; posts of two blocks (nights) never meet.
    const blockedPair = (a: string, b: string) => {
      const ids = [reportOf.get(a) ?? '', reportOf.get(b) ?? ''].sort().join(' ');
      return blockers.get(ids) ?? 'in two blocks (nights), never compared';
    };
    const post = (ref: string): PostBlocks => ({
      published: textOf.get(ref)?.at ?? '',
      blocks: blocksOf.get(reportOf.get(ref) ?? '') ?? [],
      hasFacts: (factsOf.get(ref) ?? []).length > 0,
    });
    const dayShort = day.day.slice(5);
    let missed = 0;
    let wrong = 0;
    const lines: string[] = [];
    for (let i = 0; i < refs.length; i++) {
      for (let j = i + 1; j < refs.length; j++) {
        const a = refs[i]!;
        const b = refs[j]!;
        const g = gold.get(a) === gold.get(b);
        const s = sys.get(a) === sys.get(b);
        if (g === s) continue;
        if (g) missed++;
        else wrong++;
        // A wrong pair: the kinds of link its two posts were joined by (each post's own links, to any post).
        if (s) count(`wrong: ${reasonKinds([...(reasons.get(a) ?? []), ...(reasons.get(b) ?? [])])}`, dayShort);
        const apart = apartCause(post(a), post(b));
        if (!s) count(`missed: ${apart ?? reasonKinds([blockedPair(a, b)])}`, dayShort);
        lines.push(
          `  ${g ? 'MISSED' : 'WRONG '} gold ${gold.get(a)}/${gold.get(b)} cos=${cos(i, j).toFixed(2)}\n    ${describe(a)}\n    ${describe(b)}` +
            (s
              ? `\n    why a: ${(reasons.get(a) ?? []).join('; ')}\n    why b: ${(reasons.get(b) ?? []).join('; ')}`
              : `\n    wording not linked: ${apart ?? blockedPair(a, b)}`),
        );
      }
    }
    console.log(`${day.day}: missed ${missed}, wrong ${wrong}`);
    for (const l of lines) console.log(l);
  } finally {
    await store.close();
  }
}

console.log(`\n${'cause (pairs)'.padEnd(72)} total  days  per day`);
const rows = [...causes].map(([cause, byDay]) => ({
  cause,
  byDay,
  total: [...byDay.values()].reduce((a, b) => a + b, 0),
}));
rows.sort((x, y) => y.total - x.total || y.byDay.size - x.byDay.size || (x.cause < y.cause ? -1 : 1));
for (const { cause, byDay, total } of rows) {
  const perDay = [...byDay].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([d, n]) => `${d} ${n}`);
  console.log(
    `${cause.padEnd(72)} ${String(total).padStart(5)} ${String(byDay.size).padStart(5)}  ${perDay.join(', ')}`,
  );
}
