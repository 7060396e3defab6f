// Shared wording: channels that retell one statement copy its sentences, or reword them around the same uncommon
// words (a town, a surname, «маршрутка», «внедорожник»), while their openings differ too much for a lead link and
// their added context and subscribe lines keep the whole texts from being near-duplicates. Each report is a vector
// of its stemmed content words weighted by how rare each word is among the block's reports (tf-idf), so the words
// every post of the night uses ("drones", "air defence", "region") count for little and a rare word shared counts
// for much; two reports whose vectors point the same way (cosine) share their wording.
import type { Fact, Lang } from '../core/types.ts';
import { rarePairs } from './rare-pairs.ts';
import { contentWordCounts } from './shingles.ts';

/** Words this short are mostly prepositions and conjunctions in every alphabet (as for leads). */
const MIN_WORD_LENGTH = 3;
/** Characters read of each text: retellings share their opening paragraphs; a hostile text must not be slow. */
const MAX_CHARS = 6000;
/** A word used by more of the block's reports than this finds no candidates by itself (its weight is low anyway);
 *  it still counts in the cosine of pairs found through rarer words. */
const WORD_REACH = 64;

/** A line that is an item of a list: a dash, a bullet, a number ("1.", "2)") or an emoji ("🔹", "1️⃣") first. A
 *  channel's posts often open on one emoji ("⚡️Headline"); it takes three such lines to make a list (ROUNDUP_ITEMS). */
const LIST_ITEM =
  /^\s*(?:[-\u2010-\u2015\u2022\u25aa\u25b6\u25ba]|\d{1,2}[.)]\s|\p{Extended_Pictographic}|\d\ufe0f?\u20e3)/u;
/** List items that make a text a roundup of statements ("the president's other statements: — …; — …; — …"). */
const ROUNDUP_ITEMS = 3;

/** A roundup holds several statements; a post that retells one of them shares its words without retelling the
 *  roundup, and two roundups of one press conference may pick different statements. It is a list of at least three
 *  items that tell events of their own: a list under no fact of the text before it ("The day in brief: — …; — …"),
 *  or whose items tell facts of another region than that text's facts. A list of what one told event did (a
 *  governor's "Two drones struck the district overnight. Damage: — a roof; — school windows; — a car") details that
 *  event and is no roundup. A fact counts where its evidence lies (facts with no span count nowhere). */
export function isRoundup(text: string, facts: readonly Fact[] = []): boolean {
  return roundupItems(text, facts).length > 0;
}

/** The list items of a roundup (isRoundup), as [start, end) offsets of their lines; none when the text is no roundup. */
export function roundupItems(text: string, facts: readonly Fact[] = []): [number, number][] {
  const items: [number, number][] = [];
  let at = 0;
  for (const line of text.slice(0, MAX_CHARS).split('\n')) {
    if (LIST_ITEM.test(line)) items.push([at, at + line.length]);
    at += line.length + 1;
  }
  if (items.length < ROUNDUP_ITEMS) return [];
  const placed = facts.filter((f) => f.evidence.end > f.evidence.start);
  const told = placed.filter((f) => f.evidence.start < items[0]![0]);
  if (told.length === 0) return items;
  const listed = placed.filter((f) =>
    items.some(([start, end]) => f.evidence.start >= start && f.evidence.start < end),
  );
  const regions = new Set([...told, ...listed].map((f) => f.region?.code ?? null));
  regions.delete(null);
  return regions.size > 1 ? items : [];
}

export interface WordingVector {
  /** Word hash -> weight; the vector has length 1 (empty for a text with no content word). */
  weights: Map<number, number>;
}

/** Each text's content-word counts. `whole`, the text's textWordCounts when the caller has them already (a night's
 *  resolution reads each text's words for origins and for the similar-text join), is the same map for a text within
 *  MAX_CHARS and is taken instead of a second scan. */
export function wordCounts(text: string, lang: Lang, whole?: ReadonlyMap<number, number>): ReadonlyMap<number, number> {
  if (whole !== undefined && text.length <= MAX_CHARS) return whole;
  return contentWordCounts(text.slice(0, MAX_CHARS), lang, MIN_WORD_LENGTH);
}

/** The content-word counts of the whole text (wordCounts with no cut): what the similar-text join compares. */
export function textWordCounts(text: string, lang: Lang): Map<number, number> {
  return contentWordCounts(text, lang, MIN_WORD_LENGTH);
}

interface BlockWeights {
  /** Per report, its words as numbers 0, 1, 2 … of the block (first met, report by report), in the order of its
   *  counts. */
  ids: Int32Array[];
  /** Per report, its words' weights in the same order. */
  weights: Float64Array[];
  /** How many distinct words the block has. */
  size: number;
}

/** tf-idf weights over one block's reports: tf = 1 + ln(count), idf = ln((N + 1) / df), each report's normalised;
 *  per report its words and their weights, in the order of its counts. The +1 keeps a word shared by every report of
 *  a small block from weighing nothing. The words are numbered as the document frequencies are counted, so each word
 *  of each report costs one hash lookup; each word's idf is taken once. */
function blockWeights(counts: readonly ReadonlyMap<number, number>[]): BlockWeights {
  const numbers = new Map<number, number>();
  const df: number[] = [];
  const ids = counts.map((c) => {
    const out = new Int32Array(c.size);
    let k = 0;
    for (const w of c.keys()) {
      let id = numbers.get(w);
      if (id === undefined) {
        id = df.length;
        numbers.set(w, id);
        df.push(1);
      } else df[id]!++;
      out[k++] = id;
    }
    return out;
  });
  const n = counts.length;
  const idf = Float64Array.from(df, (d) => Math.log((n + 1) / d));
  const weights = counts.map((c, r) => {
    const own = ids[r]!;
    const x = new Float64Array(c.size);
    let norm = 0;
    let k = 0;
    for (const count of c.values()) {
      const v = (1 + Math.log(count)) * idf[own[k]!]!;
      x[k++] = v;
      norm += v * v;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < x.length; i++) x[i] = x[i]! / norm;
    return x;
  });
  return { ids, weights, size: df.length };
}

/** The block's tf-idf vectors (blockWeights) as maps from word to weight. */
export function wordingVectors(counts: readonly ReadonlyMap<number, number>[]): WordingVector[] {
  const { weights } = blockWeights(counts);
  return counts.map((c, r) => ({
    weights: new Map([...c.keys()].map((w, i) => [w, weights[r]![i]!])),
  }));
}

export function cosine(a: WordingVector, b: WordingVector): number {
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [w, x] of small.weights) {
    const y = large.weights.get(w);
    if (y !== undefined) sum += x * y;
  }
  return sum;
}

/**
 * `cosine(wordingVectors(counts)[a], wordingVectors(counts)[b])` for many pairs of one block, the same to the last
 * bit: the weights are the same (blockWeights), and each sum taken in the same order (the smaller vector's words in their
 * order). The words are numbered once for the block and each vector kept as two arrays; the larger vector of a pair is
 * spread over an array indexed by those numbers, so a pair costs array reads instead of hash lookups, and a vector
 * met again (pairs come sorted by their first report) is spread only once.
 */
export function wordingScorer(counts: readonly ReadonlyMap<number, number>[]): (a: number, b: number) => number {
  return scorerOf(blockWeights(counts)).cosine;
}

function scorerOf(block: BlockWeights): {
  cosine: (a: number, b: number) => number;
  shared: (a: number, b: number) => number;
} {
  const { ids: words, weights } = block;
  // Every weight is above 0 (tf >= 1, idf = ln((N + 1) / df) > 0), so 0 marks a word the spread vector lacks.
  const spread = new Float64Array(block.size);
  let shown = -1;
  const show = (i: number) => {
    if (shown === i) return;
    if (shown >= 0) for (const id of words[shown]!) spread[id] = 0;
    const w = words[i]!;
    const x = weights[i]!;
    for (let k = 0; k < w.length; k++) spread[w[k]!] = x[k]!;
    shown = i;
  };
  const sides = (a: number, b: number) => (words[a]!.length <= words[b]!.length ? [a, b] : [b, a]) as [number, number];
  return {
    cosine: (a, b) => {
      const [small, large] = sides(a, b);
      show(large);
      const w = words[small]!;
      const x = weights[small]!;
      let sum = 0;
      for (let k = 0; k < w.length; k++) {
        const y = spread[w[k]!]!;
        if (y !== 0) sum += x[k]! * y;
      }
      return sum;
    },
    // The words both texts have, read off the same spread vector: the wording rule asks it of a pair right after its
    // cosine, so the larger text is spread already (counting them in the two texts' maps was 0.8 % of the bulk bench's CPU).
    shared: (a, b) => {
      const [small, large] = sides(a, b);
      show(large);
      const w = words[small]!;
      let n = 0;
      for (let k = 0; k < w.length; k++) if (spread[w[k]!] !== 0) n++;
      return n;
    },
  };
}

/** Numbers keys 0, 1, 2, … in the order first met (a block's words, its figure keys), the same key the same number;
 *  `size()` is how many were numbered. */
export function numbering<K>(): ((key: K) => number) & { size(): number } {
  const ids = new Map<K, number>();
  const id = (key: K) => {
    let n = ids.get(key);
    if (n === undefined) {
      n = ids.size;
      ids.set(key, n);
    }
    return n;
  };
  return Object.assign(id, { size: () => ids.size });
}

/** One block's wording, from one numbering of its words: its candidate pairs (reports that share a word few reports
 *  of the block use: rare-pairs.ts, as for leads), the cosine of a pair (wordingScorer) and how many distinct words
 *  the two texts of a pair share. */
export function wordingBlock(counts: readonly ReadonlyMap<number, number>[]): {
  pairs: number[][];
  cosine: (a: number, b: number) => number;
  shared: (a: number, b: number) => number;
} {
  const block = blockWeights(counts);
  return { pairs: rarePairs(block.ids, WORD_REACH), ...scorerOf(block) };
}
