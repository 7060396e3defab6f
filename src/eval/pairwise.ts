// Pairwise clustering scores over posts, with a "may" class for roundups (docs/eval-clusters.md, "Real days").
//
// Every unordered pair of posts is one of:
//   must      both have the same gold main incident                    → linked is a true positive, apart a miss
//   may       not "must", but they share a side incident (a roundup)   → not scored either way
//   must-not  anything else (off-topic posts included)                 → linked is a false positive
// A system "links" two posts when both are in one system cluster (a post in no cluster is linked to nothing).
// Precision = TP / (TP + FP), recall = TP / (TP + FN); with no linked pair precision is 1, with no "must" pair
// recall is 1, so an empty day scores 1/1/1.

export interface GoldPost {
  main: string | null;
  /** Other incidents the post mentions. */
  side: readonly string[];
}

export interface PairwiseScore {
  precision: number;
  recall: number;
  f1: number;
  /** Pair counts, for a reader who wants to add days up. */
  tp: number;
  fp: number;
  fn: number;
  /** Pairs that must be linked. */
  must: number;
}

export function pairwiseFromCounts(tp: number, fp: number, fn: number): PairwiseScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn, must: tp + fn };
}

/** `gold` and `system` are keyed by post; a post missing from `system` (or mapped to null) is in no cluster. */
export function pairwise(
  gold: ReadonlyMap<string, GoldPost>,
  system: ReadonlyMap<string, string | null>,
): PairwiseScore {
  const posts = [...gold.keys()].sort();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < posts.length; i++) {
    const a = gold.get(posts[i]!)!;
    const sa = system.get(posts[i]!) ?? null;
    const allA = new Set([a.main, ...a.side].filter((x): x is string => x !== null));
    for (let j = i + 1; j < posts.length; j++) {
      const b = gold.get(posts[j]!)!;
      const sb = system.get(posts[j]!) ?? null;
      const linked = sa !== null && sa === sb;
      if (a.main !== null && a.main === b.main) {
        if (linked) tp++;
        else fn++;
      } else if ([b.main, ...b.side].some((x) => x !== null && allA.has(x))) {
        // a roundup and a post on one of its side incidents: either way is fine
      } else if (linked) fp++;
    }
  }
  return pairwiseFromCounts(tp, fp, fn);
}
