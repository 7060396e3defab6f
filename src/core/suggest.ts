// "Did you mean": the nearest of a few known words to one a person typed (a query parameter, an option).

/** Edits (insert, delete, substitute) that turn a into b. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** The known word a typo most likely meant ("regoin" → "region"), or null when none is close: at most two edits,
 *  and fewer than half the word's letters, so "q" is never "suggested" for "x". */
export function closest(typed: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const word of known) {
    const d = levenshtein(typed.toLowerCase(), word.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [word, d];
  }
  return best !== null && bestDistance <= 2 && bestDistance * 2 < Math.max(typed.length, best.length) ? best : null;
}
