// Scores extracted facts against the hand-written gold set (docs/eval.md). Each field is compared as a set of
// small tuples per report, so "one fact with two values" and "two facts" score alike and fact order never
// matters: the destroyed count of Kaluga drones is the tuple (interception, RU-KLU, uav, 22), whatever else
// the fact says. Pure: the gold and the predictions come in, numbers and a list of misses come out.
import { surnameKey } from '../core/names.ts';

export { surnameKey };

import type { Casualties, Count, Fact } from '../core/types.ts';
import type { GoldFact, GoldReport } from './gold-extract.ts';

export type ScoreField =
  | 'kind'
  | 'region'
  | 'weapon'
  | 'destroyed'
  | 'launched'
  | 'hit'
  | 'window'
  | 'claimant'
  | 'casualties'
  | 'airports';

export const SCORE_FIELDS: readonly ScoreField[] = [
  'kind',
  'region',
  'weapon',
  'destroyed',
  'launched',
  'hit',
  'window',
  'claimant',
  'casualties',
  'airports',
];

export interface FieldScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** One tuple the gold has and the prediction lacks, or the reverse; a wrong value pairs both in one miss. */
export interface Miss {
  report_id: string;
  field: ScoreField;
  expected: string | null;
  got: string | null;
}

export interface ExtractionScore {
  reports: number;
  fields: Record<ScoreField, FieldScore>;
  /** Negative gold reports, and how many of them the extractor found any fact in. */
  negatives: { reports: number; flagged: number };
  misses: Miss[];
}

/** Gold facts and extracted facts brought to one shape; only what the tuples below read. */
interface Comparable {
  kind: string;
  region: string | null;
  weapon: string | null;
  count: Count | null;
  launched: Count | null;
  hit: Count | null;
  when: { start: string; end: string } | null;
  claimant: { name: string | null; role: string | null } | null;
  casualties: Casualties | null;
  airports: readonly string[];
  diverted_to: readonly string[];
  aggregate: boolean;
}

/** `key` decides equality (times as epoch ms, so +02:00 and +03:00 spellings of one instant agree);
 *  `label` is what a person reads in a miss. `prefix` is how many leading parts identify the "slot". */
interface Tuple {
  key: string;
  prefix: string;
  label: string;
}

// How many leading parts of each field's tuple say *which* value it is, the rest being the value itself:
// a destroyed tuple (interception, RU-KLU, uav | 22) against (interception, RU-KLU, uav | 20) is one wrong
// value, reported as a single miss, rather than one missing and one extra tuple.
const PREFIX: Record<ScoreField, number> = {
  kind: 0,
  region: 1,
  weapon: 2,
  destroyed: 3,
  launched: 3,
  hit: 3,
  window: 2,
  claimant: 2,
  casualties: 1,
  airports: 1,
};

const NO_REGION = '-';

function tuple(field: ScoreField, parts: readonly string[], labels: readonly string[] = parts): Tuple {
  const n = PREFIX[field];
  return { key: parts.join('\u001f'), prefix: parts.slice(0, n).join('\u001f'), label: labels.join(' ') };
}

/** "22" for an exact count, "~30" for "about 30", "71.." for "over 70", "..10" for "up to 10". An exact
 *  count written {value: 22} without min/max reads the same as {22, 22, 22}. */
export function countKey(count: Count): string {
  if (count.value !== null) return count.approx ? `~${count.value}` : String(count.value);
  return `${count.min ?? ''}..${count.max ?? ''}`;
}

function fromFact(fact: Fact): Comparable {
  return {
    kind: fact.kind,
    region: fact.region?.code ?? null,
    weapon: fact.weapon,
    count: fact.count,
    launched: fact.launched,
    hit: fact.hit,
    when: fact.when === null ? null : { start: fact.when.start, end: fact.when.end },
    claimant: fact.claimant === null ? null : { name: fact.claimant.name, role: fact.claimant.role },
    casualties: fact.casualties,
    airports: fact.airports,
    diverted_to: fact.diverted_to,
    aggregate: fact.aggregate,
  };
}

function fromGold(fact: GoldFact): Comparable {
  return fact;
}

function num(value: number | null): string {
  return value === null ? 'null' : String(value);
}

/** Every tuple one fact contributes, by field. Aggregates count only for kind and destroyed. */
function tuplesOf(fact: Comparable): Map<ScoreField, Tuple[]> {
  const out = new Map<ScoreField, Tuple[]>(SCORE_FIELDS.map((field) => [field, []]));
  const add = (field: ScoreField, t: Tuple) => out.get(field)?.push(t);
  const { kind, weapon } = fact;
  const region = fact.aggregate ? NO_REGION : (fact.region ?? NO_REGION);
  add('kind', tuple('kind', [kind]));
  if (fact.count !== null) add('destroyed', tuple('destroyed', [kind, region, weapon ?? '-', countKey(fact.count)]));
  if (fact.aggregate) return out;
  if (fact.region !== null) add('region', tuple('region', [kind, fact.region]));
  if (weapon !== null) add('weapon', tuple('weapon', [kind, region, weapon]));
  if (fact.launched !== null)
    add('launched', tuple('launched', [kind, region, weapon ?? '-', countKey(fact.launched)]));
  if (fact.hit !== null) add('hit', tuple('hit', [kind, region, weapon ?? '-', countKey(fact.hit)]));
  if (fact.when !== null) {
    const { start, end } = fact.when;
    const ms = [String(Date.parse(start)), String(Date.parse(end))];
    add('window', tuple('window', [kind, region, ...ms], [kind, region, start, end]));
  }
  const who = fact.claimant;
  const claimantKey = who?.name ? surnameKey(who.name) : (who?.role ?? null);
  if (claimantKey !== null && claimantKey !== '') {
    add('claimant', tuple('claimant', [kind, region, claimantKey]));
  }
  if (fact.casualties !== null) {
    const { killed, injured } = fact.casualties;
    add(
      'casualties',
      tuple(
        'casualties',
        [region, num(killed), num(injured)],
        [region, `killed=${num(killed)}`, `injured=${num(injured)}`],
      ),
    );
  }
  for (const code of fact.airports) add('airports', tuple('airports', [kind, code]));
  for (const code of fact.diverted_to) add('airports', tuple('airports', ['diverted', code]));
  return out;
}

function collect(facts: readonly Comparable[]): Map<ScoreField, Map<string, Tuple>> {
  const sets = new Map<ScoreField, Map<string, Tuple>>(SCORE_FIELDS.map((field) => [field, new Map()]));
  for (const fact of facts) {
    for (const [field, tuples] of tuplesOf(fact)) for (const t of tuples) sets.get(field)?.set(t.key, t);
  }
  return sets;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

/** Precision with nothing predicted is 1 (nothing wrong was said); recall with nothing to find is 1. */
function finish(tp: number, fp: number, fn: number): FieldScore {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Lines up what the gold expected and what came out in the same slot, so a wrong value is one miss. */
function pairMisses(reportId: string, field: ScoreField, missing: Tuple[], extra: Tuple[]): Miss[] {
  const misses: Miss[] = [];
  const unpaired = [...extra];
  for (const gold of missing) {
    const i = PREFIX[field] === 0 ? -1 : unpaired.findIndex((t) => t.prefix === gold.prefix);
    const got = i >= 0 ? unpaired.splice(i, 1)[0] : undefined;
    misses.push({ report_id: reportId, field, expected: gold.label, got: got?.label ?? null });
  }
  for (const t of unpaired) misses.push({ report_id: reportId, field, expected: null, got: t.label });
  return misses;
}

/**
 * Micro-averaged precision/recall/F1 per field over every gold report. A gold report with no entry in
 * `predicted` counts as "no facts found"; predictions for ids the gold does not have are ignored.
 * Windows are scored only in slots (kind, region) where the gold states a time: a window the extractor
 * inferred for a report that gives none is neither rewarded nor punished.
 */
export function scoreExtraction(gold: readonly GoldReport[], predicted: ReadonlyMap<string, Fact[]>): ExtractionScore {
  const counts = new Map<ScoreField, { tp: number; fp: number; fn: number }>(
    SCORE_FIELDS.map((field) => [field, { tp: 0, fp: 0, fn: 0 }]),
  );
  const misses: Miss[] = [];
  const negatives = { reports: 0, flagged: 0 };
  for (const report of gold) {
    const facts = predicted.get(report.id) ?? [];
    if (report.facts.length === 0) {
      negatives.reports += 1;
      if (facts.length > 0) negatives.flagged += 1;
    }
    const want = collect(report.facts.map(fromGold));
    const got = collect(facts.map(fromFact));
    const timed = new Set([...(want.get('window')?.values() ?? [])].map((t) => t.prefix));
    for (const field of SCORE_FIELDS) {
      const w = want.get(field) ?? new Map<string, Tuple>();
      let g = [...(got.get(field)?.values() ?? [])];
      if (field === 'window') g = g.filter((t) => timed.has(t.prefix));
      const c = counts.get(field)!;
      const extra = g.filter((t) => !w.has(t.key));
      const gKeys = new Set(g.map((t) => t.key));
      const missing = [...w.values()].filter((t) => !gKeys.has(t.key));
      c.tp += w.size - missing.length;
      c.fp += extra.length;
      c.fn += missing.length;
      misses.push(...pairMisses(report.id, field, missing, extra));
    }
  }
  const fields = Object.fromEntries(
    SCORE_FIELDS.map((field) => {
      const c = counts.get(field)!;
      return [field, finish(c.tp, c.fp, c.fn)];
    }),
  ) as Record<ScoreField, FieldScore>;
  return { reports: gold.length, fields, negatives, misses };
}

function pct(x: number): string {
  return (x * 100).toFixed(1).padStart(7);
}

/** A plain-text table (one row per field) followed by the first `maxMisses` misses, for a terminal. */
export function formatScore(score: ExtractionScore, maxMisses = 20): string {
  const lines = [
    `reports: ${score.reports}   negatives flagged: ${score.negatives.flagged}/${score.negatives.reports}`,
    `${'field'.padEnd(11)}${'P%'.padStart(7)}${'R%'.padStart(7)}${'F1%'.padStart(7)}${'tp'.padStart(6)}${'fp'.padStart(6)}${'fn'.padStart(6)}`,
  ];
  for (const field of SCORE_FIELDS) {
    const s = score.fields[field];
    lines.push(
      `${field.padEnd(11)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)}${String(s.tp).padStart(6)}${String(s.fp).padStart(6)}${String(s.fn).padStart(6)}`,
    );
  }
  const shown = score.misses.slice(0, Math.max(0, maxMisses));
  if (shown.length > 0) lines.push('', `misses (first ${shown.length} of ${score.misses.length}):`);
  for (const m of shown) {
    lines.push(
      `  ${m.report_id}  ${m.field.padEnd(10)}  expected: ${m.expected ?? '(none)'}  got: ${m.got ?? '(none)'}`,
    );
  }
  return lines.join('\n');
}
