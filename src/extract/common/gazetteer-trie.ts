// A trie over token keys (see gazetteer-tokens.ts) with leftmost-longest matching. A bit set of first-token
// hashes rejects most tokens of a report without making a string (a report names a handful of places among
// hundreds of words); the rest cost one Map lookup per token.
import { keyAt, type Tokens } from './gazetteer-tokens.ts';

export interface TrieNode<H> {
  next: Map<string, TrieNode<H>> | null;
  hits: H[] | null;
}

export interface Hit {
  /** True when the first token must start with a capital letter in the text ("Орел" the town, not "орел"). */
  cap: boolean;
}

const FILTER_BITS = 1 << 20;

export interface Trie<H> {
  root: TrieNode<H>;
  /** Bit set over hashes of first tokens. */
  first: Uint32Array;
}

export function newTrie<H>(): Trie<H> {
  return { root: { next: null, hits: null }, first: new Uint32Array(FILTER_BITS >>> 5) };
}

const bit = (h: number) => (h >>> 0) & (FILTER_BITS - 1);

/** Same hash as the tokenizer's, over a key that is already folded. */
function hashKey(key: string): number {
  let h = key.charCodeAt(0);
  for (let i = 1; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return h;
}

/** Adds an entry under `phrase`: token keys joined by single spaces, as `nameKey` makes them
 *  ("санкт петербург"); the generator stores forms that way so that building needs no tokenizing. */
export function insert<H>(trie: Trie<H>, phrase: string, hit: H): void {
  const keys = phrase.split(' ');
  const first = keys[0];
  if (first === undefined || first === '') return;
  const b = bit(hashKey(first));
  trie.first[b >>> 5] = (trie.first[b >>> 5] as number) | (1 << (b & 31));
  let node = trie.root;
  for (const key of keys) {
    if (node.next === null) node.next = new Map();
    let child = node.next.get(key);
    if (child === undefined) {
      child = { next: null, hits: null };
      node.next.set(key, child);
    }
    node = child;
  }
  if (node.hits === null) node.hits = [];
  node.hits.push(hit);
}

/** Visits every node, e.g. to order hits once the trie is built. */
export function forEachNode<H>(node: TrieNode<H>, visit: (node: TrieNode<H>) => void): void {
  visit(node);
  if (node.next === null) return;
  for (const child of node.next.values()) forEachNode(child, visit);
}

export interface RawMatch<H> {
  /** Token indexes, end exclusive. */
  from: number;
  to: number;
  /** The hits of the longest match, capital rule applied. */
  hits: H[];
}

/** True when some entry may start at token `i`; false is certain. */
export function mayStart<H>(trie: Trie<H>, tokens: Tokens, i: number): boolean {
  const b = bit(tokens.hashes[i] as number);
  return (((trie.first[b >>> 5] as number) >>> (b & 31)) & 1) === 1;
}

/** The longest match starting at token `from` among hits that `accept` keeps (if given), or null. */
export function longestAt<H extends Hit>(
  trie: Trie<H>,
  tokens: Tokens,
  from: number,
  accept?: (hit: H) => boolean,
): RawMatch<H> | null {
  if (!mayStart(trie, tokens, from)) return null;
  let node: TrieNode<H> | undefined = trie.root;
  let best: RawMatch<H> | null = null;
  const cap = tokens.caps[from] === true;
  const n = tokens.starts.length;
  for (let j = from; j < n && node.next !== null; j++) {
    node = node.next.get(keyAt(tokens, j));
    if (node === undefined) break;
    if (node.hits !== null) {
      let kept: H[] | null = null;
      for (const h of node.hits) {
        if ((cap || !h.cap) && (accept === undefined || accept(h))) {
          if (kept === null) kept = [];
          kept.push(h);
        }
      }
      if (kept !== null) best = { from, to: j + 1, hits: kept };
    }
  }
  return best;
}
