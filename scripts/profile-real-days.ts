// Where the real dev days lose their incident pairs, by cause (docs/eval-clusters.md, "Profiling the real days").
// Dev days only: a held-out day is never ingested, printed or scored here.
//
//   npx tsx scripts/profile-real-days.ts [--posts [--facts]] [--pairs] [--simulate-model-mentions]
//                                        [--simulate-carry-back] [--texts DIR] [--set SET] [--gold DIR]
//
// --set profiles one set's dev days (ru-telegram-news-2024, en-news-rss-2022-23; as `sitrep eval --set`); without it,
// every set's.
//
// --texts is the bench folder (default ../shared/bench, right from /work/main; a worktree under /work/wt passes
// --texts /work/shared/bench).
//
// Every day is ingested as `sitrep eval --real-clusters` does it, and a post's system incident is chosen the same way
// (eval/main-incident.ts pickMain: the incident holding most of its facts, then its first fact's; the eval's
// convention). For each gold incident, the system incident holding most of its posts is its "home"; every post
// outside it is a miss, with the pairs it loses (to the posts of its gold incident it is not linked to: a pair with a
// post at home is wholly its, a pair of two posts away half each's, so the causes add up to the eval's missed pairs),
// and a cause:
//   no fact                      the extraction read nothing from the post
//   facts historical / unplaced  its facts are in no incident (history, or no place, time or speaker)
//   other incident: kind|place|window   its facts are in another incident that differs from the home in these
//                                (tie): as many of its facts are in the home, and the eval's rule chose
// With --posts --facts, each missed post's facts follow its line, each with the incident it is in.
// Wrong links are counted by pair: "off-topic" when one post of the pair has no gold incident, else "over-merge";
// with --posts, each wrong pair with the system incident that links it.
// `--pairs` also sorts every missed pair itself (two posts of one gold incident the eval filed apart) by why the two
// posts' incidents never met (eval/pair-cause.ts): a cause per pair, not per post, in a second table; with --posts,
// each pair with its cause. Two posts whose facts met are split by why the eval filed one away: a tie, an earlier
// day's facts outnumbering the news, more effects elsewhere, a list, or two lists under different shared items.
// `--simulate-model-mentions` also scores a rule that was tried and rejected (BENCHMARKS.md, tenth session): a post
// with no fact that names a weapon model held by one of the day's incidents joins that incident.
// `--simulate-carry-back` scores another (BENCHMARKS.md, thirty-seventh session): a day's follow-ups that name no time
// join the previous night's incident of their kind and region, which resolution (one night at a time) cannot do.
import type { Fact, Incident } from '../src/core/types.ts';
import { loadRealDays, type RealDay } from '../src/eval/gold-real-clusters.ts';
import { pairCause } from '../src/eval/pair-cause.ts';
import { type GoldPost, pairwise } from '../src/eval/pairwise.ts';
import { ingestDay, postIncidents } from '../src/eval/real-clusters.ts';
import { nightKey } from '../src/resolve/night.ts';
import { normalizeWords } from '../src/resolve/shingles.ts';
import { toMs } from '../src/resolve/time.ts';
import { openStore } from '../src/store/index.ts';

const showPosts = process.argv.includes('--posts');
const byPair = process.argv.includes('--pairs');
const pairCauses = new Map<string, Map<string, number>>();
const countPair = (cause: string, day: string) => {
  const byDay = pairCauses.get(cause) ?? new Map<string, number>();
  byDay.set(day, (byDay.get(day) ?? 0) + 1);
  pairCauses.set(cause, byDay);
};
const simulate = process.argv.includes('--simulate-model-mentions');
const simulateCarry = process.argv.includes('--simulate-carry-back');
const carryTotals = { before: { tp: 0, fp: 0, fn: 0 }, after: { tp: 0, fp: 0, fn: 0 } };
const showFacts = process.argv.includes('--facts');
const textsAt = process.argv.indexOf('--texts');
const benchDir = textsAt >= 0 ? (process.argv[textsAt + 1] ?? '../shared/bench') : '../shared/bench';
// --gold DIR profiles the days of another folder (a folder of symlinks to some of the dev days, to look at one half).
const goldAt = process.argv.indexOf('--gold');
const goldDir = goldAt >= 0 ? (process.argv[goldAt + 1] ?? 'test/gold/real-clusters') : 'test/gold/real-clusters';
const setAt = process.argv.indexOf('--set');
const onlySet = setAt >= 0 ? process.argv[setAt + 1] : undefined;
const causes = new Map<string, Map<string, number>>();
const count = (cause: string, day: string, n: number) => {
  const byDay = causes.get(cause) ?? new Map<string, number>();
  byDay.set(day, (byDay.get(day) ?? 0) + n);
  causes.set(cause, byDay);
};

function overlaps(a: Incident, b: Incident): boolean {
  if (!a.when?.start || !a.when.end || !b.when?.start || !b.when.end) return true;
  // As instants: windows are written in their reports' offsets ("…+03:00" beside "…Z"), so their text does not sort.
  return toMs(a.when.start) <= toMs(b.when.end) && toMs(b.when.start) <= toMs(a.when.end);
}

function missCause(facts: readonly Fact[], own: Incident | null, home: Incident | null): string {
  if (facts.length === 0) return own ? 'no fact, a retelling in another incident' : 'no fact';
  if (!own) return facts.every((f) => f.historical) ? 'facts historical' : 'facts unplaced';
  if (!home) return 'no home incident';
  const parts = [
    own.kind !== home.kind ? 'kind' : '',
    (own.region?.code ?? '') !== (home.region?.code ?? '') ? 'place' : '',
    overlaps(own, home) ? '' : 'window',
  ].filter(Boolean);
  return `other incident: ${parts.join('+') || 'same key'}`;
}

async function profileDay(day: RealDay): Promise<void> {
  const store = await openStore({ url: ':memory:' });
  try {
    const reportOf = await ingestDay(store, day, new Date());
    const incidents = await store.listIncidents({});
    const byId = new Map(incidents.map((i) => [i.id, i]));
    const incidentOfFact = new Map<string, string>();
    for (const inc of incidents) for (const f of inc.facts) incidentOfFact.set(f, inc.id);
    const factsOf = new Map<string, Fact[]>();
    for (const id of new Set(reportOf.values())) factsOf.set(id, await store.getFactsByReport(id));
    const refs = day.texts.map((t) => t.ref);
    const facts = (ref: string) => factsOf.get(reportOf.get(ref) ?? '') ?? [];
    // The eval's own rule (eval/main-incident.ts pickMain): the incident holding most of its facts, else one listing it as a
    // retelling.
    const incidentOf = postIncidents(incidents, new Map([...factsOf.values()].flat().map((f) => [f.id, f])));
    const system = new Map<string, string | null>(
      refs.map((ref) => [ref, incidentOf.get(reportOf.get(ref) ?? '') ?? null]),
    );
    const describe = (id: string | null) => {
      const inc = id ? byId.get(id) : undefined;
      if (!inc) return 'none';
      const place = inc.region?.code ?? (inc.regions ? `wave(${inc.regions.map((r) => r.code).join('+')})` : '-');
      return `${inc.kind}@${place} ${inc.when?.start?.slice(5, 16) ?? ''}..${inc.when?.end?.slice(5, 16) ?? ''}`;
    };
    // A missed post's facts one by one, with the incident each is in: which of them outvote the home (the eval files a
    // post under the incident holding most of its facts), and whether one is misread (a place, a carried date).
    const factLine = (f: Fact, incident: string | undefined) => {
      const place = f.region?.code ?? (f.country ? `country ${f.country}` : '-');
      const window = f.when ? `${f.when.start.slice(5, 16)}..${f.when.end.slice(5, 16)}` : 'no window';
      const evidence = f.evidence.text.replace(/\s+/gu, ' ').slice(0, 60);
      return `${f.kind}@${place} ${f.weapon ?? '-'} ${window} -> ${describe(incident ?? null)} | ${evidence}`;
    };

    const postsOf = new Map<string, string[]>();
    for (const ref of refs) {
      const main = day.posts[ref]!.main;
      if (main) postsOf.set(main, [...(postsOf.get(main) ?? []), ref]);
    }
    for (const [main, posts] of postsOf) {
      const held = new Map<string, number>();
      for (const p of posts) {
        const s = system.get(p);
        if (s) held.set(s, (held.get(s) ?? 0) + 1);
      }
      const home = [...held].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
      for (const p of posts) {
        const own = system.get(p) ?? null;
        if (own !== null && own === home) continue;
        // A missed pair with a post at home is this post's; a missed pair of two posts away from home is half each's.
        const away = (q: string) => system.get(q) === null || system.get(q) !== home;
        const lost = posts
          .filter((q) => q !== p && (own === null || system.get(q) !== own))
          .reduce((n, q) => n + (away(q) ? 0.5 : 1), 0);
        if (lost === 0) continue;
        let cause = missCause(facts(p), own ? byId.get(own)! : null, home ? byId.get(home)! : null);
        // The post's facts are split evenly between its incident and the home: the eval's rule chose.
        const inOwn = facts(p).filter((f) => incidentOfFact.get(f.id) === own).length;
        const inHome = facts(p).filter((f) => incidentOfFact.get(f.id) === home).length;
        if (own !== null && home !== null && inHome > 0 && inHome === inOwn) cause += ' (tie)';
        count(cause, day.day, lost);
        if (showPosts) console.log(`${day.day} ${main} [${cause}] ${p} in ${describe(own)}, home ${describe(home)}`);
        if (showPosts && showFacts)
          for (const f of facts(p)) console.log(`    ${factLine(f, incidentOfFact.get(f.id))}`);
      }
    }
    if (byPair) {
      const publishedOf = new Map(day.texts.map((t) => [reportOf.get(t.ref) ?? '', t.published_at]));
      const published = (f: Fact) => publishedOf.get(f.report_id) ?? '';
      for (let i = 0; i < refs.length; i++) {
        for (let j = i + 1; j < refs.length; j++) {
          const [p, q] = [refs[i]!, refs[j]!];
          const main = day.posts[p]!.main;
          if (main === null || main !== day.posts[q]!.main) continue;
          const sp = system.get(p) ?? null;
          const sq = system.get(q) ?? null;
          if (sp !== null && sp === sq) continue;
          const cause = pairCause(
            { facts: facts(p), own: sp },
            { facts: facts(q), own: sq },
            incidentOfFact,
            published,
          );
          countPair(cause, day.day);
          if (showPosts) console.log(`${day.day} ${main} pair [${cause}] ${p} ${describe(sp)} / ${q} ${describe(sq)}`);
        }
      }
    }
    for (let i = 0; i < refs.length; i++) {
      for (let j = i + 1; j < refs.length; j++) {
        const a = day.posts[refs[i]!]!;
        const b = day.posts[refs[j]!]!;
        const s = system.get(refs[i]!);
        if (!s || s !== system.get(refs[j]!) || (a.main !== null && a.main === b.main)) continue;
        const sideOf = (x: typeof a) => new Set([x.main, ...x.side].filter((v) => v !== null));
        if ([...sideOf(a)].some((x) => sideOf(b).has(x))) continue;
        const wrong = a.main === null || b.main === null ? 'wrong link: off-topic post' : 'wrong link: over-merge';
        count(wrong, day.day, 1);
        if (showPosts) {
          const desc = (r: string) => `${r} (gold ${day.posts[r]!.main ?? 'off-topic'})`;
          console.log(`${day.day} [${wrong}] ${desc(refs[i]!)} / ${desc(refs[j]!)} in ${describe(s)}`);
        }
      }
    }

    if (simulate) {
      const gold = new Map<string, GoldPost>(
        refs.map((r) => [r, { main: day.posts[r]!.main, side: day.posts[r]!.side }]),
      );
      const texts = new Map((await store.getReports([...new Set(reportOf.values())])).map((r) => [r.id, r]));
      const models: { incident: string; words: string[]; size: number }[] = [];
      for (const inc of incidents) {
        const names = new Set<string>();
        for (const f of [...factsOf.values()].flat())
          if (inc.facts.includes(f.id) && f.weapon_model) names.add(f.weapon_model);
        for (const name of names)
          models.push({ incident: inc.id, words: normalizeWords(name, 'ru'), size: inc.facts.length });
      }
      const mentioned = new Map(system);
      for (const ref of refs) {
        const report = texts.get(reportOf.get(ref) ?? '');
        if (!report || facts(ref).length > 0) continue;
        const words = new Set(normalizeWords(report.text, report.lang));
        const hits = models.filter((m) => m.words.length > 0 && m.words.every((w) => words.has(w)));
        const [host] = hits.sort((a, b) => b.size - a.size);
        if (host) mentioned.set(ref, host.incident);
      }
      const before = pairwise(gold, system);
      const after = pairwise(gold, mentioned);
      console.log(
        `${day.day} model mentions: incidents pairwise F1 ${before.f1.toFixed(3)} -> ${after.f1.toFixed(3)} ` +
          `(TP ${before.tp} -> ${after.tp}, FP ${before.fp} -> ${after.fp}, FN ${before.fn} -> ${after.fn})`,
      );
    }
    if (simulateCarry) {
      // A cross-night join the nights cannot make (each night is resolved alone), tried and rejected in the
      // thirty-seventh session (BENCHMARKS.md): an incident at least half of whose facts name no time (dated by their
      // post's day) joins the one incident of the night before that holds a stated fact of the same kind and region
      // (the afternoon's strike on Dnipro, told as Saturday's; Sunday's follow-ups on its toll that name no time).
      const gold = new Map<string, GoldPost>(
        refs.map((r) => [r, { main: day.posts[r]!.main, side: day.posts[r]!.side }]),
      );
      const publishedOf = new Map(day.texts.map((t) => [reportOf.get(t.ref) ?? '', t.published_at]));
      const allFacts = new Map([...factsOf.values()].flat().map((f) => [f.id, f]));
      const keyOf = (f: Fact) => nightKey(f.when, publishedOf.get(f.report_id) ?? '', f.kind);
      const dayBefore = (key: string) =>
        new Date(Date.parse(`${key}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      const moved = new Map<string, string>();
      for (const inc of incidents) {
        const own = inc.facts.map((id) => allFacts.get(id)).filter((f): f is Fact => f !== undefined);
        // Untimed: no window, or the one inferred from the post (precision unknown); the rest may time the follow-up
        // itself ("rescuers worked through the night"), not the attack.
        const untimed = (f: Fact) => f.when === null || f.when.precision === 'unknown';
        if (!inc.region || own.length === 0 || own.filter(untimed).length * 2 < own.length) continue;
        const keys = new Set(own.filter(untimed).map(keyOf));
        if (keys.size !== 1) continue;
        const before = dayBefore([...keys][0]!);
        const region = inc.region.code;
        const hosts = incidents.filter(
          (j) =>
            j.id !== inc.id &&
            j.kind === inc.kind &&
            j.facts.some((id) => {
              const f = allFacts.get(id);
              return f !== undefined && !untimed(f) && f.region?.code === region && keyOf(f) === before;
            }),
        );
        if (hosts.length === 1) moved.set(inc.id, hosts[0]!.id);
      }
      const carried = new Map([...system].map(([ref, s]) => [ref, s === null ? null : (moved.get(s) ?? s)]));
      const b = pairwise(gold, system);
      const a = pairwise(gold, carried);
      for (const [k, v] of [
        ['before', b],
        ['after', a],
      ] as const) {
        carryTotals[k].tp += v.tp;
        carryTotals[k].fp += v.fp;
        carryTotals[k].fn += v.fn;
      }
      if (moved.size > 0)
        console.log(
          `${day.day} carry-back: ${[...moved].map(([i, j]) => `${describe(i)} -> ${describe(j)}`).join('; ')}: ` +
            `TP ${b.tp} -> ${a.tp}, FP ${b.fp} -> ${a.fp}, FN ${b.fn} -> ${a.fn}`,
        );
    }
  } finally {
    await store.close();
  }
}

const days = loadRealDays(goldDir, benchDir).filter(
  (d) => d.split === 'dev' && (onlySet === undefined || d.set === onlySet),
);
if (days.length === 0) throw new Error(`no dev days${onlySet ? ` of set ${onlySet}` : ''}`);
for (const day of days) await profileDay(day);
console.log('\ncause (pairs)                           total   days  per day');
for (const [cause, byDay] of [...causes].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))) {
  const total = [...byDay.values()].reduce((a, b) => a + b, 0);
  const perDay = [...byDay].map(([d, n]) => `${d.slice(5)} ${n}`).join(', ');
  console.log(`${cause.padEnd(38)} ${total.toFixed(1).padStart(6)} ${String(byDay.size).padStart(5)}  ${perDay}`);
}
if (simulateCarry) {
  const f1 = (t: { tp: number; fp: number; fn: number }) => (2 * t.tp) / (2 * t.tp + t.fp + t.fn);
  const { before, after } = carryTotals;
  console.log(
    `\ncarry-back (simulated): pairwise F1 ${f1(before).toFixed(3)} -> ${f1(after).toFixed(3)} ` +
      `(TP ${before.tp} -> ${after.tp}, FP ${before.fp} -> ${after.fp}, FN ${before.fn} -> ${after.fn})`,
  );
}
if (byPair) {
  console.log('\nmissed pair: why its posts never met                    pairs  days  per day');
  const total = (byDay: Map<string, number>) => [...byDay.values()].reduce((a, b) => a + b, 0);
  for (const [cause, byDay] of [...pairCauses].sort((a, b) => total(b[1]) - total(a[1]) || (a[0] < b[0] ? -1 : 1))) {
    const perDay = [...byDay].map(([d, n]) => `${d.slice(5)} ${n}`).join(', ');
    console.log(`${cause.padEnd(54)} ${String(total(byDay)).padStart(5)} ${String(byDay.size).padStart(5)}  ${perDay}`);
  }
}
