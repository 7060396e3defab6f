import type { ConflictValue, Count, TallyStep } from '../core/types.ts';
import { addCounts, compatible, conflictValue, countPoint } from './count-math.ts';
import { mergeClaimants } from './merge-claimants.ts';
import { type Claim, type CountItem, type MergedCount, type MergeOptions, mergeCounts } from './merge-counts.ts';
import { runningTotal } from './running-total.ts';
import { tallyEntries } from './tallies.ts';
import { compareText } from './time.ts';

/** A moment («около 22:10», "at 05:20") stands for the half hour either side of it: two voices' "about 22:10" and
 *  "22:25" tell of one event, never two. A window (07:00 to 09:00, the night) is taken as stated. */
export const MOMENT_SLACK_MS = 30 * 60 * 1000;

/** One episode: the figures told of one stretch of time, merged among themselves. */
export interface Episode {
  /** The earliest start its figures state, as the report wrote it (for tally keys and explanations). */
  from: string;
  merged: MergedCount;
}

/** The merge of figures told of separate episodes: the shown count is the sum of the episodes' (or, when greater, the
 *  figure told of all of them, `whole`), each episode with its own claims, tallies and conflicts. */
export interface EpisodeMerge extends MergedCount {
  episodes: Episode[];
  /** Figures told of a stretch that spans two episodes or more (the ministry's night beside the governor's 22:10 and
   *  the locals' 05:20): the whole, never a step or a rival of its parts. Null when none. */
  whole: MergedCount | null;
}

interface Span {
  start: number;
  end: number;
  /** Told by a word («ночью», "overnight"), not by the clock: its edges are loose. */
  loose: boolean;
}

/** How far a window told by a word («в течение прошедшей ночи»: from 21:00) may run into one told by the clock (20:30
 *  to 21:40) and still be another stretch: the ministry's night report begins where its evening one ended. */
export const LOOSE_EDGE_MS = 60 * 60 * 1000;

const CLOCK: ReadonlySet<string> = new Set(['exact', 'hour']);

function spanOf(item: CountItem, stated: boolean): Span | null {
  const p = item.placed;
  // Stated: read in the report's words («с 07.00 до 09.00», «около 22:10», «сегодня ночью»), not a window a fact
  // was only given.
  const said = (p.fact.fields.when?.text ?? '') !== '' && !p.inferred;
  if (p.startMs === null || p.endMs === null || (stated && !said)) return null;
  // «К 03:00 … 12», then «К 05:00 … уже 20»: the hours are stamps on one running total, never two stretches.
  if (stated && runningTotal(p.fact)) return null;
  const loose = p.inferred || !CLOCK.has(p.fact.when?.precision ?? 'unknown');
  // Nothing a report tells happened after it was published: the ministry's «сегодня ночью» posted at 06:09 ends
  // there, before its «около 6.00» of the next post ends (a date read as the whole day, likewise).
  const told = p.report?.published_inferred ? Number.POSITIVE_INFINITY : p.publishedMs;
  const end = told > p.startMs ? Math.min(p.endMs, told) : p.endMs;
  if (end - p.startMs >= MOMENT_SLACK_MS) return { start: p.startMs, end, loose };
  return { start: p.startMs - MOMENT_SLACK_MS, end: end + MOMENT_SLACK_MS, loose };
}

/** Two stretches share time: touching ends (a night to 07:00, then 07:00 to 09:00) do not, nor does a loose edge
 *  that runs less than LOOSE_EDGE_MS into a window told by the clock
 *  across its edge (a moment inside the night is in it). */
function overlap(a: Span, b: Span): boolean {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (shared <= 0) return false;
  const within = (x: Span, y: Span): boolean => x.start >= y.start && x.end <= y.end;
  return within(a, b) || within(b, a) || a.loose === b.loose || shared > LOOSE_EDGE_MS;
}

/**
 * The episodes a field's figures fall into: figures whose windows, read in their texts, share no time (the ministry's
 * night 11 over Bryansk and its 3 from 07:00 to 09:00; a governor's 22:10 over Lipetsk and 05:20 over Yelets) count
 * different weapons, so they are summed, never read as one voice's running tally or as two voices' rival totals.
 * Figures whose windows overlap stay one episode, merged as before (a tally, or a dispute). A figure whose stretch
 * spans two episodes or more (stated: the night beside two moments in it; inferred from its publication: a post
 * that names no time) is the whole they are parts of; an inferred one inside one episode joins it. Null when the
 * figures make one episode (the usual case: nothing changes).
 */
export function splitEpisodes(items: readonly CountItem[]): { parts: CountItem[][]; whole: CountItem[] } | null {
  const withSpan: { item: CountItem; span: Span }[] = [];
  for (const item of items) {
    const span = spanOf(item, true);
    if (span) withSpan.push({ item, span });
  }
  if (withSpan.length < 2) return null;
  // A stated stretch over two figures that share no time (the night over 22:10 and 05:20) holds them: no part.
  const spansTwo = (x: { span: Span }): boolean => {
    const inside = withSpan.filter((y) => y !== x && overlap(x.span, y.span));
    return inside.some((a, k) => inside.slice(k + 1).some((b) => !overlap(a.span, b.span)));
  };
  const parts = withSpan.filter((x) => !spansTwo(x));
  // Parts that share time, directly or through another part, are one episode.
  const groups: { spans: Span[]; items: CountItem[] }[] = [];
  for (const x of parts) {
    const meeting = groups.filter((g) => g.spans.some((s) => overlap(s, x.span)));
    const into = {
      spans: [x.span, ...meeting.flatMap((g) => g.spans)],
      items: [...meeting.flatMap((g) => g.items), x.item],
    };
    for (const g of meeting) groups.splice(groups.indexOf(g), 1);
    groups.push(into);
  }
  if (groups.length < 2) return null;
  const whole: CountItem[] = [];
  for (const item of items) {
    if (parts.some((x) => x.item === item)) continue;
    const span = spanOf(item, false);
    const inside = span === null ? [] : groups.filter((g) => g.spans.some((s) => overlap(s, span)));
    if (inside.length === 1) inside[0]!.items.push(item);
    else whole.push(item);
  }
  // In the order told, each episode's figures in the order the items came.
  const order = new Map(items.map((item, k) => [item, k]));
  const sorted = groups
    .map((g) => [...g.items].sort((a, b) => order.get(a)! - order.get(b)!))
    .sort((a, b) => earliest(a) - earliest(b));
  return { parts: sorted, whole };
}

function earliest(items: readonly CountItem[]): number {
  return Math.min(...items.map((i) => i.placed.startMs ?? Number.POSITIVE_INFINITY));
}

/** A conflict inside one episode, told as the incident's total: the other episodes' sum added to each value. */
function shifted(values: readonly ConflictValue[], by: number): ConflictValue[] {
  return values.map((v) => (typeof v.value === 'number' && by !== 0 ? { ...v, value: v.value + by } : v));
}

/** The parts' sum against a whole below it: each value with the reports and claimants that back it. */
function dissent(sum: Count, episodes: readonly Episode[], whole: MergedCount): ConflictValue[] {
  const side = (value: Count, claims: readonly Claim[]): ConflictValue => {
    const backing = claims.flatMap((c) => c.backing);
    return {
      value: conflictValue(value),
      report_ids: [...new Set(backing.map((p) => p.fact.report_id))].sort(compareText),
      claimants: mergeClaimants(backing),
    };
  };
  return [
    side(
      sum,
      episodes.flatMap((e) => e.merged.claims),
    ),
    side(whole.shown!, whole.claims),
  ];
}

function earliestStart(items: readonly CountItem[]): string {
  const first = [...items]
    .filter((i) => i.placed.startMs !== null)
    .sort((a, b) => a.placed.startMs! - b.placed.startMs!)[0];
  return first?.placed.fact.when?.start ?? '';
}

/** mergeCounts over episodes (splitEpisodes): each episode merged alone, the shown count their sum, or the whole's
 *  figure when it is at least that sum (the parts agree with it: they may be only some of it); a whole below them
 *  disputes the sum, which is shown. One episode: mergeCounts as it is. */
export function mergeEpisodes(items: readonly CountItem[], options: MergeOptions = {}): MergedCount | EpisodeMerge {
  const split = splitEpisodes(items);
  if (!split) return mergeCounts(items, options);
  const episodes = split.parts.map((list) => ({ from: earliestStart(list), merged: mergeCounts(list, options) }));
  const whole = split.whole.length > 0 ? mergeCounts(split.whole, options) : null;
  const shownParts = episodes.map((e) => e.merged.shown).filter((c): c is Count => c !== null);
  const sum = shownParts.length > 0 ? shownParts.reduce(addCounts) : null;
  const sumPoint = sum ? (countPoint(sum) ?? 0) : 0;
  const wholePoint = whole?.shown ? countPoint(whole.shown) : null;
  const byWhole = whole?.shown && wholePoint !== null && (sum === null || wholePoint >= sumPoint);
  const conflict: ConflictValue[] = [];
  if (byWhole && whole?.conflict) conflict.push(...whole.conflict);
  if (!byWhole) {
    for (const e of episodes) {
      const own = e.merged.shown ? (countPoint(e.merged.shown) ?? 0) : 0;
      if (e.merged.conflict) conflict.push(...shifted(e.merged.conflict, sumPoint - own));
    }
    // The ministry's 5 for the night against the governor's 4 and 3 inside it: a whole below the parts' sum is a
    // dissent (the sum is shown), never parts that agree with it.
    if (sum && whole?.shown && !compatible(sum, whole.shown)) conflict.push(...dissent(sum, episodes, whole));
  }
  const roles = new Map([...episodes.flatMap((e) => [...e.merged.roles]), ...(whole ? [...whole.roles] : [])]);
  return {
    shown: byWhole ? whole!.shown : sum,
    claims: [...episodes.flatMap((e) => e.merged.claims), ...(whole?.claims ?? [])],
    conflict: conflict.length > 0 ? conflict : null,
    roles,
    episodes,
    whole,
  };
}

export function isEpisodeMerge(m: MergedCount): m is EpisodeMerge {
  return 'episodes' in m;
}

/** The running tallies of a field merged by mergeEpisodes: each episode's own (no step ever crosses from one episode
 *  to another), filed under the field with the episode's start when more than one episode keeps one, and the whole's. */
export function episodeTallies(field: string, m: MergedCount): [string, TallyStep[]][] {
  if (!isEpisodeMerge(m)) return tallyEntries(field, m);
  const entries = [
    ...m.episodes.map((e) => ({ from: e.from, list: tallyEntries(field, e.merged) })),
    ...(m.whole ? [{ from: '', list: tallyEntries(field, m.whole) }] : []),
  ].filter((e) => e.list.length > 0);
  return entries.flatMap(({ from, list }) =>
    list.map(([key, steps]): [string, TallyStep[]] => [
      entries.length > 1 && from !== '' ? `${key} from ${from}` : key,
      steps,
    ]),
  );
}
