import type { Count } from '../core/types.ts';

// "about 30" admits 26..35: reports round, and a rounded figure does not contradict an exact one.
const APPROX_TOLERANCE = 0.15;

/** The numbers a Count admits: "40" -> [40, 40]; "over 70" -> [71, ∞]; "about 30" -> [26, 35]. */
export function countRange(c: Count): [number, number] {
  const v = c.value;
  const lo = c.min ?? (v === null ? 0 : c.approx ? Math.floor(v * (1 - APPROX_TOLERANCE)) : v);
  const hi = c.max ?? (v === null ? Number.POSITIVE_INFINITY : c.approx ? Math.ceil(v * (1 + APPROX_TOLERANCE)) : v);
  return [lo, hi];
}

/** Two claims agree when some number could make both true: "over 70" and 72 agree; 40 and 38 do not. */
export function compatible(a: Count, b: Count): boolean {
  const [alo, ahi] = countRange(a);
  const [blo, bhi] = countRange(b);
  return alo <= bhi && blo <= ahi;
}

export function admits(c: Count, n: number): boolean {
  const [lo, hi] = countRange(c);
  return lo <= n && n <= hi;
}

/** The single number to show or sum: the value, else the lower bound ("over 70" -> 71). */
export function countPoint(c: Count): number | null {
  return c.value ?? c.min ?? c.max;
}

export function exactCount(n: number): Count {
  return { value: n, min: n, max: n, approx: false };
}

/** A running tally's "another 4" on top of 34 is 38; bounds add where both sides have them. */
export function addCounts(a: Count, b: Count): Count {
  const lo = (c: Count): number | null => c.min ?? (c.approx ? null : c.value);
  const hi = (c: Count): number | null => c.max ?? (c.approx ? null : c.value);
  const sum = (x: number | null, y: number | null): number | null => (x === null || y === null ? null : x + y);
  const out: Count = {
    value: sum(a.value, b.value),
    min: sum(lo(a), lo(b)),
    max: sum(hi(a), hi(b)),
    approx: a.approx || b.approx,
  };
  // "over 9" and 3 are over 12; "at least 10" (or «сотни») and 3 are at least 13: a sum says its bound as "at least"
  // unless every bounded part said "over".
  const bounds = [a.said, b.said].filter((s) => s !== undefined);
  if (out.value === null && out.max === null && bounds.length > 0)
    out.said = bounds.every((s) => s === 'over') ? 'over' : 'at_least';
  return out;
}

/** For conflicts: the Count's value, or the whole Count when it has no single value ("over 70"). */
export function conflictValue(c: Count): number | Count {
  return c.value ?? c;
}

/** For explanations: 40, ~30, at least 71, at most 10, 5-10. */
export function formatCount(c: Count): string {
  if (c.value !== null) return `${c.approx ? '~' : ''}${c.value}`;
  if (c.min !== null && c.max !== null) return `${c.min}-${c.max}`;
  if (c.min !== null) return `at least ${c.min}`;
  if (c.max !== null) return `at most ${c.max}`;
  return 'unknown';
}
