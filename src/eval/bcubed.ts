// B-cubed clustering scores (Bagga & Baldwin 1998), averaged over items.
//
// Each item is scored by how much its system cluster and its gold cluster agree:
//   precision(e) = |sys(e) ∩ gold(e)| / |sys(e)|     recall(e) = |sys(e) ∩ gold(e)| / |gold(e)|
// and the totals are plain means over every item, so a big cluster weighs as much as its members.
//
// The two sides need not hold the same items: the system may miss a mention the gold has (a report whose
// region was not extracted) or invent one the gold lacks. Such an item is a cluster of its own on the side
// that lacks it, so a missed mention costs recall and an invented one costs precision, and neither is
// silently dropped from the mean (the "mention-mismatch" treatment of Cai & Strube 2010).

export interface BcubedScore {
  precision: number;
  recall: number;
  f1: number;
  /** Items scored: the union of both sides. */
  items: number;
}

// Real labels and the singleton labels given to missing items live in different namespaces, so an item
// named "c1" that is missing on one side never joins a cluster that happens to be labelled "c1".
function clusterOf(item: string, side: ReadonlyMap<string, string>): string {
  const label = side.get(item);
  return label === undefined ? `item:${item}` : `label:${label}`;
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Item -> cluster label on each side. With no items at all there is nothing to get wrong: 1, 1, 1. */
export function bcubed(gold: ReadonlyMap<string, string>, system: ReadonlyMap<string, string>): BcubedScore {
  const items = new Set<string>([...gold.keys(), ...system.keys()]);
  if (items.size === 0) return { precision: 1, recall: 1, f1: 1, items: 0 };

  const goldSize = new Map<string, number>();
  const systemSize = new Map<string, number>();
  // Items sharing both a gold and a system cluster: |sys(e) ∩ gold(e)| is the same for all of them.
  const shared = new Map<string, number>();
  const pairs: [string, string][] = [];
  for (const item of items) {
    const g = clusterOf(item, gold);
    const s = clusterOf(item, system);
    pairs.push([g, s]);
    increment(goldSize, g);
    increment(systemSize, s);
    increment(shared, JSON.stringify([g, s]));
  }

  let precisionSum = 0;
  let recallSum = 0;
  for (const [g, s] of pairs) {
    const both = shared.get(JSON.stringify([g, s])) ?? 0;
    precisionSum += both / (systemSize.get(s) ?? 1);
    recallSum += both / (goldSize.get(g) ?? 1);
  }
  const precision = precisionSum / items.size;
  const recall = recallSum / items.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, items: items.size };
}
