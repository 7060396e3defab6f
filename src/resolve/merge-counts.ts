import { type ConflictValue, type Count, sameCount, type TallyStep } from '../core/types.ts';
import { addCounts, compatible, conflictValue, countPoint } from './count-math.ts';
import { mergeClaimants } from './merge-claimants.ts';
import { channelVoice, compareByTelling, type PlacedFact } from './placed-fact.ts';
import { compareText } from './time.ts';

export interface CountItem {
  placed: PlacedFact;
  count: Count;
}

/** What became of one fact's number: the voice's standing total, a restatement of it, an "another 4"
 *  added to it, an earlier step that a later total replaced, or one model's part of its report's total of the class
 *  (13 of "13 Kh-101 and 4 Kalibr"). */
export type StepRole = 'total' | 'repeat' | 'increment' | 'superseded' | 'part';

/** One voice's (claimant's) final number after its running tally. */
export interface Claim {
  voice: string;
  count: Count;
  /** The facts that state the final number: the last total, its restatements, the increments after it. */
  backing: PlacedFact[];
  steps: TallyStep[];
  /** Told only by a third party retelling the voice ("the air force said … 46") against the voice's own word (44
   *  on its own channel): a claim beside the voice's, never a step of its tally (`splitRetold`). */
  retold?: true;
}

export interface MergedCount {
  /** The value backed by the most origins (ties: the larger); when voices contradict each other, the value of the
   *  highest-standing voice among them (standingOf), and the most origins, then the larger, only among its equals.
   *  Null when nobody gave a number. */
  shown: Count | null;
  claims: Claim[];
  /** The values that some other voice's value contradicts; null when all voices agree. */
  conflict: ConflictValue[] | null;
  roles: Map<string, StepRole>;
}

function step(p: PlacedFact, count: Count): TallyStep {
  return {
    fact_id: p.fact.id,
    report_id: p.fact.report_id,
    published_at: p.publishedAt,
    value: countPoint(count),
    increment: p.fact.increment,
    ...(p.fact.correction ? { correction: true as const } : {}),
  };
}

interface Head {
  count: Count;
  backing: { placed: PlacedFact; role: StepRole }[];
}

/** The facts of one report that count one class by models ("13 Kh-101 and 4 Kalibr shot down"): two or more models,
 *  each told once or restated with one figure, and nothing told of the class as a whole nor added ("another 4"). They
 *  are parts of one statement whose class total is their sum, never steps of a running tally. Null otherwise. */
function modelParts(items: readonly CountItem[]): CountItem[] | null {
  if (items.length < 2 || items.some((i) => i.placed.fact.weapon_model === null || i.placed.fact.increment))
    return null;
  const byModel = new Map<string, CountItem>();
  for (const item of items) {
    const model = item.placed.fact.weapon_model!.toLowerCase();
    const first = byModel.get(model);
    if (!first) byModel.set(model, item);
    else if (!sameCount(first.count, item.count)) return null;
  }
  return byModel.size < 2 ? null : [...byModel.values()];
}

/** Whether an exact figure stands above every standing total, all exact. */
function aboveAll(heads: readonly Head[], count: Count): boolean {
  const point = countPoint(count);
  if (point === null || count.approx) return false;
  return heads.every((h) => {
    const standing = countPoint(h.count);
    return !h.count.approx && standing !== null && standing < point;
  });
}

/** One report's facts of a voice read after the totals standing before them: an "another 4" adds to each, a restated
 *  total backs it, a new total replaces them all. Its models of one class are summed first (`modelParts`). */
function readReport(standing: readonly Head[], items: readonly CountItem[], steps: TallyStep[]): Head[] {
  let heads = standing.map((h) => ({ count: h.count, backing: [...h.backing] }));
  const parts = modelParts(items);
  if (parts) {
    const count = parts.map((p) => p.count).reduce(addCounts);
    const backing = items.map((i) => ({ placed: i.placed, role: 'part' as const }));
    const same = heads.find((h) => sameCount(h.count, count));
    if (same) return [{ count, backing: [...same.backing, ...backing] }];
    steps.push({ ...step(parts[0]!.placed, count), parts: parts.map((p) => p.placed.fact.id) });
    return [{ count, backing }];
  }
  // A figure the report tells as said before it ("Earlier he had reported 11") is read first: an older step of the
  // count the report then gives (14), never a lower figure told after it. After a standing total it backs its equal
  // and disputes nothing below it (when it was said is unknown); above every standing total it is a step of its own,
  // newer than them or at worst as old ("Earlier, the governor said three were killed" after his own 06:00 two).
  const before = items.filter((i) => i.placed.fact.told_before);
  for (const { placed, count } of [...before, ...items.filter((i) => !i.placed.fact.told_before)]) {
    const same = heads.find((h) => sameCount(h.count, count));
    if (placed.fact.told_before && heads.length > 0 && !same && !aboveAll(heads, count)) continue;
    if (heads.length > 0 && placed.fact.increment) {
      for (const h of heads) {
        h.count = addCounts(h.count, count);
        h.backing.push({ placed, role: 'increment' });
      }
      steps.push(step(placed, count));
    } else if (same) {
      same.backing.push({ placed, role: 'repeat' });
      // Rival totals stand from an earlier instant (a report's own new total leaves one): a later report that
      // restates one of them settles them, the voice having said it again.
      if (heads.length > 1) heads = [same];
    } else {
      // A total replaces the standing ones it does not fall below: a tally rises. A lower figure that no word marks
      // as a correction (the ministry's 6, then 3, then 4 over one oblast, none with a time) is another statement
      // beside the higher one, which stays standing so that the two disagree, never a step that hides the 6.
      const point = countPoint(count);
      const above =
        placed.fact.correction || point === null || count.approx
          ? []
          : heads.filter((h) => !h.count.approx && (countPoint(h.count) ?? Number.NEGATIVE_INFINITY) > point);
      heads = [...above, { count, backing: [{ placed, role: 'total' }] }];
      steps.push(step(placed, count));
    }
  }
  return heads;
}

/** Runs of items told at one instant (publication, or a later edit: toldMs), in order. */
function instants(items: readonly CountItem[]): CountItem[][] {
  const runs: CountItem[][] = [];
  for (const item of items) {
    const last = runs.at(-1);
    if (last && last[0]!.placed.toldMs === item.placed.toldMs) last.push(item);
    else runs.push([item]);
  }
  return runs;
}

/** One voice's facts in the order told (publication, an edited post at its edit) as a running tally: "2, then 4, 8, 32, 34" ends at 34, and
 *  "another 4" after it makes 38. A restated total is not a new step. Reports published at one instant are read
 *  side by side, not one after the other: two outlets quoting the governor at 08:00 with 12 and 15 give him two
 *  contradicting claims (a conflict), not a tally whose end the order of their ids decides. A voice has one claim
 *  per standing total; all of them share its steps. */
function runTally(voice: string, items: readonly CountItem[], roles: Map<string, StepRole>): Claim[] {
  let heads: Head[] = [];
  const steps: TallyStep[] = [];
  for (const run of instants(items)) {
    const byReport = new Map<string, CountItem[]>();
    for (const item of run) {
      const list = byReport.get(item.placed.fact.report_id);
      if (list) list.push(item);
      else byReport.set(item.placed.fact.report_id, [item]);
    }
    const next: Head[] = [];
    const told: TallyStep[] = [];
    for (const list of byReport.values()) {
      const own: TallyStep[] = [];
      for (const head of readReport(heads, list, own)) {
        const same = next.find((h) => sameCount(h.count, head.count));
        if (!same) next.push(head);
        // Both read on from the same standing total: its backing once.
        else for (const b of head.backing) if (!same.backing.includes(b)) same.backing.push(b);
      }
      // Two copies of one statement at one instant are one step; one report's own steps all count ("+4, then +4").
      const seen = new Map<string, number>();
      for (const s of own) {
        const key = `${s.value}|${s.increment}`;
        const n = (seen.get(key) ?? 0) + 1;
        seen.set(key, n);
        if (told.filter((t) => `${t.value}|${t.increment}` === key).length < n) told.push(s);
      }
    }
    steps.push(...told);
    heads = next;
  }
  for (const { placed } of items) roles.set(placed.fact.id, 'superseded');
  for (const h of heads) for (const b of h.backing) roles.set(b.placed.fact.id, b.role);
  return heads.map((h) => ({ voice, count: h.count, backing: h.backing.map((b) => b.placed), steps }));
}

interface Distinct {
  key: string;
  count: Count;
  origins: Set<string>;
  reports: Set<string>;
  score: number;
  /** The highest standing among the voices that gave this value. */
  standing: number;
  backing: PlacedFact[];
}

/** How much a voice's own number weighs against a contradicting one: a named claimant that is not a medium
 *  (the ministry, a governor, the air force) over a medium, over a post that names nobody. A ministry's 12 over
 *  Bryansk stands against an unsigned post's 15, however many copies the post has. */
function standingOf(p: PlacedFact): number {
  const c = p.fact.claimant;
  if (p.claimant === null || !c) return 0;
  return c.role === 'media' || (c.name === null && c.role === null) ? 1 : 2;
}

function countKey(c: Count): string {
  return `${c.value}|${c.min}|${c.max}|${c.approx}`;
}

function compareDistinct(a: Distinct, b: Distinct): number {
  const exact = (d: Distinct): number => (d.count.value !== null && !d.count.approx ? 1 : 0);
  return (
    b.score - a.score ||
    (countPoint(b.count) ?? -1) - (countPoint(a.count) ?? -1) ||
    exact(b) - exact(a) ||
    compareText(a.key, b.key)
  );
}

/** How much later a higher toll must be told to outdate another voice's lower one (`rising`): two voices an hour
 *  apart or less disagree; a mayor's 11 injured at 05:05 and the regional head's 19 at 12:30 are a toll that rose. */
export const RISE_GAP_MS = 60 * 60 * 1000;

/** When a claim was last told: its latest backing fact (a voice that restates its figure later says it again). */
function lastTold(c: Claim): number {
  return Math.max(...c.backing.map((p) => p.toldMs));
}

/** When a claim was first told: its earliest backing fact. */
function firstTold(c: Claim): number {
  return Math.min(...c.backing.map((p) => p.toldMs));
}

/** The claims of a rising toll that higher figures of other voices, each first told at least RISE_GAP_MS later,
 *  outdate: an earlier lower figure is older, not contrary. A higher figure another voice had already told (or told
 *  within the hour) is contradicted by the lower one told after it, whatever came later: the mayor's 9 injured at
 *  03:10, the regional head's 8 at 07:30 and a wire's retelling of the mayor's 9 at 10:20 dispute 9 against 8; the
 *  wire's 9 is the mayor's earlier word told again, not a count that rose past the 8. */
function outdatedClaims(claims: readonly Claim[], toldAt: ReadonlyMap<string, number>): Set<Claim> {
  const out = new Set<Claim>();
  for (const c of claims) {
    const n = countPoint(c.count);
    if (n === null) continue;
    const higher = claims.filter((d) => d.voice !== c.voice && (countPoint(d.count) ?? Number.NEGATIVE_INFINITY) > n);
    if (higher.length > 0 && higher.every((d) => firstAbove(d, n, toldAt) - lastTold(c) >= RISE_GAP_MS)) out.add(c);
  }
  return out;
}

/** When a voice first told a figure above `n`: its claim's first backing, or an earlier step of its tally that was
 *  already above it. The regional head's 7 injured at 03:10, then 8 at 10:15, stands above the mayor's 6 told at 04:00
 *  from 03:10: the 6, told after a higher figure, disputes it (docs/api.md), though the head's last figure came six
 *  hours later. An added step ("another 4") is no total and says nothing here. */
function firstAbove(d: Claim, n: number, toldAt: ReadonlyMap<string, number>): number {
  let first = firstTold(d);
  for (const s of d.steps) {
    const at = toldAt.get(s.fact_id);
    if (!s.increment && s.value !== null && s.value > n && at !== undefined && at < first) first = at;
  }
  return first;
}

export interface MergeOptions {
  /** The number only rises over time (a toll of killed or injured): another voice's lower figure told well before a
   *  higher one is an older step of the count, not a contradiction of it (outdatedClaims). Weapons' counts are not:
   *  a ministry's 30 after a governor's 20 disagrees with him. */
  rising?: boolean;
}

/** A post the voice signed: its claimant is credited by no verb of speech (inferred) and by words that close the
 *  text («… одна людина загинула. Сергій Лисак, начальник ОВА.»): the channel's own word, as an unsigned post on a
 *  channel named after the office is. An outlet's «…, повідомив начальник ОВА Сергій Лисак.» closes its text as
 *  well, but credits him in the sentence (not inferred): it retells him. */
export function signedPost(p: PlacedFact): boolean {
  const span = p.fact.fields.claimant;
  const text = p.report?.text;
  if (!span?.inferred || span.from !== undefined || !text || span.end <= span.start) return false;
  return span.start >= p.fact.evidence.end && !/[\p{L}\p{N}]/u.test(text.slice(span.end));
}

/** The voice's items told on its own channel: its facts whose claimant is the channel itself or who signed the post,
 *  and every other fact the same channel posted (the governor's signed post on his channel). Empty when the voice
 *  has no channel of its own among the items (a minister quoted by wires only). */
function ownItems(items: readonly CountItem[]): Set<CountItem> {
  const channels = new Set(
    items
      .filter((i) => i.placed.fact.fields.claimant?.from === 'publisher' || signedPost(i.placed))
      .map((i) => channelVoice(i.placed.report)),
  );
  // A signed text of no named publisher (a pasted post) is its own word, and no other text's.
  return new Set(
    items.filter((i) => {
      const channel = channelVoice(i.placed.report);
      return channel === null ? signedPost(i.placed) : channels.has(channel);
    }),
  );
}

/** The items of retellings that carry the voice's tally on: a report told after the voice's latest own word, of
 *  another statement than any of its own posts, that credits it with an added step («Ещё два БПЛА сбиты, сообщил
 *  Собянин» after his own 2, then «ещё три»). Its «ещё» is his next step, and the total it gives beside it («всего
 *  семь») is his running total, read with it: 2, +3, +2 = 7 agrees, never his 5 disputed by a 7 he is quoted as
 *  saying. A copy of one of his own posts (its origin) adds nothing again. */
function relayedSteps(items: readonly CountItem[], own: ReadonlySet<CountItem>): CountItem[] {
  const lastOwn = Math.max(...[...own].map((i) => i.placed.toldMs));
  const ownOrigins = new Set([...own].map((i) => i.placed.originId));
  // Two outlets relaying one «ещё два …, сообщил Собянин» are one statement (one origin): its first report steps, the
  // later ones back it, never a second +2.
  const byOrigin = new Map<string, CountItem>();
  for (const i of [...items].sort((a, b) => a.placed.toldMs - b.placed.toldMs)) {
    if (own.has(i) || !i.placed.fact.increment || i.placed.toldMs <= lastOwn) continue;
    if (ownOrigins.has(i.placed.originId) || byOrigin.has(i.placed.originId)) continue;
    byOrigin.set(i.placed.originId, i);
  }
  const stepping = new Set([...byOrigin.values()].map((i) => i.placed.fact.report_id));
  return items.filter((i) => !own.has(i) && stepping.has(i.placed.fact.report_id));
}

/** A voice's tally is its own word: a third party's retelling of it (a wire's "the air force said its air defences
 *  downed 46", after the air force's own 44) never revises it. A retold value that the voice's own channel told, at
 *  its end or as an earlier step, backs that value; another value is the retelling's claim beside the voice's own,
 *  so the two disagree, each with its reports, when it was told after the voice's latest own word (one told before it
 *  is an older figure that word replaced). Without the voice's own word the retellings are its tally, as before. */
function splitRetold(voice: string, items: readonly CountItem[], roles: Map<string, StepRole>): Claim[] {
  const own = ownItems(items);
  if (own.size === 0 || own.size === items.length) return runTally(voice, items, roles);
  for (const item of relayedSteps(items, own)) own.add(item);
  const claims = runTally(
    voice,
    items.filter((i) => own.has(i)),
    roles,
  );
  const retold: Claim[] = [];
  const lastOwn = Math.max(...[...own].map((i) => i.placed.toldMs));
  for (const item of items) {
    if (own.has(item)) continue;
    const standing = claims.find((c) => sameCount(c.count, item.count));
    if (standing) {
      standing.backing.push(item.placed);
      roles.set(item.placed.fact.id, 'repeat');
      continue;
    }
    // Told before the voice's latest own word (a wire's 7 at 08:20, the governor's post edited to 9 at 16:00): an
    // older figure that word replaced, or a garbled one it answers; only a retelling told after it disagrees.
    const steps = claims[0]?.steps ?? [];
    if (item.placed.toldMs < lastOwn || steps.some((s) => s.value === countPoint(item.count) && !s.increment)) {
      roles.set(item.placed.fact.id, 'superseded');
      continue;
    }
    const same = retold.find((c) => sameCount(c.count, item.count));
    if (same) same.backing.push(item.placed);
    else retold.push({ voice, count: item.count, backing: [item.placed], steps: [], retold: true });
    roles.set(item.placed.fact.id, 'total');
  }
  return [...claims, ...retold];
}

/** Rule 4: each voice gives one number; compatible numbers agree, incompatible ones are a conflict. */
export function mergeCounts(items: readonly CountItem[], options: MergeOptions = {}): MergedCount {
  const roles = new Map<string, StepRole>();
  const byVoice = new Map<string, CountItem[]>();
  for (const item of items) {
    const list = byVoice.get(item.placed.voice);
    if (list) list.push(item);
    else byVoice.set(item.placed.voice, [item]);
  }
  const claims = [...byVoice.entries()]
    .sort((a, b) => compareText(a[0], b[0]))
    .flatMap(([voice, list]) =>
      splitRetold(
        voice,
        [...list].sort((x, y) => compareByTelling(x.placed, y.placed)),
        roles,
      ),
    );

  const toldAt = new Map(items.map((i) => [i.placed.fact.id, i.placed.toldMs]));
  const outdated = options.rising ? outdatedClaims(claims, toldAt) : new Set<Claim>();
  for (const claim of outdated) for (const p of claim.backing) roles.set(p.fact.id, 'superseded');
  const distinct = new Map<string, Distinct>();
  for (const claim of claims) {
    if (outdated.has(claim)) continue;
    const key = countKey(claim.count);
    let d = distinct.get(key);
    if (!d) {
      d = { key, count: claim.count, origins: new Set(), reports: new Set(), score: 0, standing: 0, backing: [] };
      distinct.set(key, d);
    }
    for (const p of claim.backing) {
      d.origins.add(p.originId);
      d.reports.add(p.fact.report_id);
      // A retelling against the voice's own word stands as a medium's: the air force's 44 is shown over the 46 a
      // wire said it gave.
      d.standing = Math.max(d.standing, claim.retold ? Math.min(standingOf(p), 1) : standingOf(p));
      d.backing.push(p);
    }
  }
  const values = [...distinct.values()];
  const disputed = new Set<Distinct>();
  for (const d of values) {
    // A value is backed by the origins of every value it is compatible with ("over 70" backs 72).
    const backers = new Set<string>();
    for (const other of values) {
      if (compatible(d.count, other.count)) for (const o of other.origins) backers.add(o);
      else disputed.add(d);
    }
    d.score = backers.size;
  }
  values.sort(compareDistinct);
  const conflicting = values.filter((d) => disputed.has(d));
  // A contradiction is settled for display by who said it, not by how often it was copied.
  const top = Math.max(...conflicting.map((d) => d.standing));
  const shown = conflicting.length === 0 ? values[0] : values.find((d) => !disputed.has(d) || d.standing === top);
  return {
    shown: shown?.count ?? null,
    claims,
    conflict:
      conflicting.length === 0
        ? null
        : conflicting.map((d) => ({
            value: conflictValue(d.count),
            report_ids: [...d.reports].sort(compareText),
            // Who gave it (none named: an empty list), so a note never names a claimant beside another's value.
            claimants: mergeClaimants(d.backing),
          })),
    roles,
  };
}
