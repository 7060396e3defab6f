// "Did you mean": the nearest of a few known words to one a person typed (a query parameter, an option).

/** Edits (insert, delete, substitute; with `swaps`, a swap of two neighbours too) that turn a into b. */
export function levenshtein(a: string, b: string, opts: { swaps?: boolean } = {}): number {
  if (a === b) return 0;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (opts.swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      }
      cur.push(d);
    }
    before = prev;
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** Levenshtein's edits with a swap of two neighbours as one more (optimal string alignment): "prot" is one slip from
 *  "port" and "jsno" from "json", the commonest typo of all, where two substitutions left short options with no
 *  "did you mean". For suggestions only: the gazetteer's fuzzy names keep plain levenshtein(). */
export function typoDistance(a: string, b: string): number {
  return levenshtein(a, b, { swaps: true });
}

/** The known word a typo most likely meant ("regoin" → "region"), or null when none is close: at most two edits,
 *  and fewer than half the word's letters, so "q" is never "suggested" for "x". */
export function closest(typed: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const word of known) {
    const d = typoDistance(typed.toLowerCase(), word.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [word, d];
  }
  return best !== null && bestDistance <= 2 && bestDistance * 2 < Math.max(typed.length, best.length) ? best : null;
}
