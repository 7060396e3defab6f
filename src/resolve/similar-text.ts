// Outlets retell one event in their own words, and the facts read from each retelling differ in what they name: one
// lead's "drones hit Kyiv" is a strike, another's "air defences downed drones over the capital" an interception, a
// third names only "Ukraine". The facts then file the retellings into several incidents of one night. Their texts still
// share most of their content words, which the facts alone do not see: two incidents of one block whose reports are
// near-rewrites join, as long as their facts do not contradict (two regions, two countries, an airport's closure beside
// an attack).
import { countryOfRegion } from '../core/regions.ts';
import type { Country, FactKind, Report } from '../core/types.ts';
import { add, type Cluster } from './cluster-base.ts';
import { creditSide } from './credit-side.ts';
import { waveCountry } from './nationwide-waves.ts';
import { rarePairs } from './rare-pairs.ts';
import { withoutCoastalSeas } from './sea-coast.ts';
import { compareText } from './time.ts';
import { createUnionFind } from './union-find.ts';
import { numbering, textWordCounts } from './wording.ts';

/** Two reports whose content-word sets have at least this Jaccard are one story retold. Chosen on the English dev days
 *  (docs/eval-clusters.md, "Similar text joins incidents"). */
export const SIMILAR_TEXT_JACCARD = 0.2;
/** A word used by more reports of the block than this finds no candidate pair by itself (rare-pairs.ts): texts that
 *  share a third of their words share a rarer one too, and the pairs stay far from quadratic in a big night. */
const WORD_REACH = 64;
/** Texts with fewer content words than this are headings or one-liners ("Explosions in Kyiv"): too few to tell one
 *  retelling from another story told in the same words. */
const MIN_WORDS = 6;

export interface SimilarTextOptions {
  /** The Jaccard from which two texts are one story retold (SIMILAR_TEXT_JACCARD). */
  threshold?: number;
  /** Report id -> its text's content-word counts (wording.ts textWordCounts), when the caller has read them already. */
  words?: ReadonlyMap<string, ReadonlyMap<number, number>>;
}

export interface SimilarLink {
  /** The report of the joined incident and the report of the host it retells. */
  report: string;
  other: string;
  jaccard: number;
}

/** Each report's distinct content words (wording.ts textWordCounts, or the caller's `words` of it), numbered 0, 1, 2 …
 *  over the block in the order first met, report by report, with how many distinct words the block has. The numbers
 *  stand for the words one for one and in the same order, so the candidate pairs are the words' own. */
function wordIds(
  reports: readonly Report[],
  words: ReadonlyMap<string, ReadonlyMap<number, number>> | undefined,
): { ids: Int32Array[]; size: number } {
  const id = numbering<number>();
  const ids = reports.map((r) => {
    const counts = words?.get(r.id) ?? textWordCounts(r.text, r.lang);
    const out = new Int32Array(counts.size);
    let k = 0;
    for (const w of counts.keys()) out[k++] = id(w);
    return out;
  });
  return { ids, size: id.size() };
}

/** The Jaccard of pairs of reports (wordIds), exact: the words both have are counted by marking one side's numbers in
 *  an array and reading the other side's there. Pairs come in order of their first report (rarePairs), so each
 *  report's words are marked once for all its pairs. */
function jaccardOf(block: { ids: Int32Array[]; size: number }): (a: number, b: number) => number {
  const { ids } = block;
  const marks = new Uint8Array(block.size);
  let shown = -1;
  return (a, b) => {
    if (shown !== a) {
      if (shown >= 0) for (const w of ids[shown]!) marks[w] = 0;
      for (const w of ids[a]!) marks[w] = 1;
      shown = a;
    }
    const other = ids[b]!;
    let both = 0;
    for (let k = 0; k < other.length; k++) both += marks[other[k]!]!;
    const union = ids[a]!.length + other.length - both;
    return union === 0 ? 0 : both / union;
  };
}

/** What a set of joined incidents tells of place and kind, for the contradiction test. */
interface Shape {
  /** Their region areas or places (their facts' groups other than '-'). */
  places: Set<string>;
  /** The countries their placeless facts were told of. */
  countries: Set<Country>;
  kinds: Set<FactKind>;
  /** The sides their credits speak for (credit-side.ts): the Russian ministry's, Ukraine's air force's. */
  sides: Set<Country>;
  /** The exact figures their facts tell, by what they count ('interception|uav', 'killed'): a retelling repeats its
   *  statement's figures, another story told in the same template words does not. */
  figures: Map<string, Set<number>>;
}

function figuresOf(c: Cluster): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  const put = (key: string, n: number | null | undefined) => {
    if (n === null || n === undefined) return;
    const set = out.get(key) ?? new Set<number>();
    set.add(n);
    out.set(key, set);
  };
  for (const { fact } of c.members) {
    if (fact.count && !fact.count.approx) put(`${fact.kind}|${fact.weapon ?? '-'}`, fact.count.value);
    put('killed', fact.casualties?.killed);
    put('injured', fact.casualties?.injured);
  }
  return out;
}

/** Two sets of figures disagree when they count one thing and have no figure in common: a national night total of 41
 *  beside one region's 3, a lead's "four injured" beside another city's two. */
function figuresDisagree(a: Shape, b: Shape): boolean {
  for (const [key, values] of a.figures) {
    const other = b.figures.get(key);
    if (other && ![...values].some((n) => other.has(n))) return true;
  }
  return false;
}

/** A placeless cluster's country is the one its facts agree on (waveCountry, as the waves are decided): taking every
 *  country any fact names instead kept apart the retellings of one wave whose leads name the other side in passing
 *  ("a day after Russia's barrage"), and lost more pairs than it saved on the English dev days. */
function shapeOf(c: Cluster): Shape {
  const country = waveCountry(c);
  return {
    // A wave told of the country holds its regions' facts (nationwide-waves.ts): they are its places too.
    places: new Set(c.members.map((p) => p.group).filter((g) => g !== '-')),
    countries: new Set(country ? [country] : []),
    kinds: new Set([c.kind]),
    sides: new Set(
      c.members.flatMap((p) => {
        const side = p.fact.claimant ? creditSide(p.fact, p.report) : undefined;
        return side ? [side] : [];
      }),
    ),
    figures: figuresOf(c),
  };
}

/** Whether a sea beside its coast may be that coast here: the two tell no side against the other. The Black Sea's
 *  coast holds both sides' regions, so the Russian ministry's drones downed "over the Black Sea" and Ukraine's air
 *  force's strike on Odesa would otherwise be one place: two opposite attacks joined (review 41a). A tanker hit "in
 *  the Kerch Strait" and "off Crimea", each told by Russian officials, still is one. (Asking for one kind of fact
 *  too was tried: it also split Novorossiysk's sea-drone strike from Russia's word of repelling it.) */
function seaMayBeCoast(a: Shape, b: Shape): boolean {
  return a.sides.size === 0 || b.sides.size === 0 || [...a.sides].some((s) => b.sides.has(s));
}

/** Facts that contradict being one event: figures that disagree, two places (regions whose areas differ: a town is in its region's area
 *  already), a country beside another country or a region of another country, two countries, or an airport's
 *  closure beside an attack (those are linked as related, never merged: resolve/incidents.ts). */
function contradicts(a: Shape, b: Shape): boolean {
  if (figuresDisagree(a, b)) return true;
  // A ship hit at sea is one place with the coast it lay off (sea-coast.ts), when nothing tells two attacks.
  const told = new Set([...a.places, ...b.places]);
  const places = seaMayBeCoast(a, b) ? withoutCoastalSeas(told) : told;
  if (places.size > 1) return true;
  const countries = new Set([...a.countries, ...b.countries]);
  if (countries.size > 1) return true;
  const [place] = places;
  const [country] = countries;
  if (place !== undefined && country !== undefined) {
    const own = countryOfRegion(place);
    if (own !== null && own !== country) return true;
  }
  const airport = (s: Shape) => s.kinds.has('airport_disruption');
  const other = (s: Shape) => [...s.kinds].some((k) => k !== 'airport_disruption');
  return (airport(a) || airport(b)) && (other(a) || other(b));
}

/** Whether the incidents of two reports, all of them, could be one event: a story that tells two (the night's wave
 *  on one side and the strikes back on the other, a ministry's list of regions) does not say which of them its
 *  retelling retells. */
function oneEvent(list: readonly Shape[]): boolean {
  let all = list[0]!;
  for (const s of list.slice(1)) {
    if (contradicts(all, s)) return false;
    all = merged(all, s);
  }
  return true;
}

function merged(a: Shape, b: Shape): Shape {
  return {
    places: new Set([...a.places, ...b.places]),
    countries: new Set([...a.countries, ...b.countries]),
    kinds: new Set([...a.kinds, ...b.kinds]),
    sides: new Set([...a.sides, ...b.sides]),
    figures: mergedFigures(a.figures, b.figures),
  };
}

function mergedFigures(a: ReadonlyMap<string, Set<number>>, b: ReadonlyMap<string, Set<number>>) {
  const out = new Map([...a].map(([k, v]) => [k, new Set(v)]));
  for (const [k, v] of b) {
    const set = out.get(k);
    if (set) for (const n of v) set.add(n);
    else out.set(k, new Set(v));
  }
  return out;
}

/** The cluster a set of joined ones is kept as: a placed one before a placeless one (a national lead joins its
 *  place), then the one most facts formed, then an attack before its aftermath or alarm, then the first fact. */
const KIND_ORDER: readonly FactKind[] = ['strike', 'interception', 'explosion', 'damage', 'casualties', 'alert'];
function hostOrder(a: Cluster, b: Cluster, first: ReadonlyMap<Cluster, string>): number {
  const rank = (k: FactKind) => (KIND_ORDER.includes(k) ? KIND_ORDER.indexOf(k) : KIND_ORDER.length);
  return (
    Number(a.group === '-') - Number(b.group === '-') ||
    b.formed - a.formed ||
    rank(a.kind) - rank(b.kind) ||
    compareText(first.get(a)!, first.get(b)!)
  );
}

/** Joins the clusters of one block whose reports are near-rewrites of each other (content-word Jaccard at least
 *  `threshold`) and whose facts do not contradict (`contradicts`). Two posts of one publisher are two statements (a
 *  channel's templated live posts, «Над Белгородом сбиты …» each attack anew), never a retelling. A placeless cluster
 *  joins a placed one only when the figures both tell agree (`figuresDisagree`): a lead that names no city shares
 *  the template words of every strike that night, not its toll, and a national night total is no region's count. Links are taken strongest first,
 *  so the result does not depend on the order of the clusters. Each joined fact's link is recorded in `links`. */
export function joinSimilarText(
  clusters: readonly Cluster[],
  reports: ReadonlyMap<string, Report>,
  opts: SimilarTextOptions = {},
): { clusters: Cluster[]; links: Map<string, SimilarLink> } {
  const threshold = opts.threshold ?? SIMILAR_TEXT_JACCARD;
  const links = new Map<string, SimilarLink>();
  if (clusters.length < 2) return { clusters: [...clusters], links };
  const first = new Map(clusters.map((c) => [c, c.members.map((p) => p.fact.id).sort(compareText)[0] ?? '']));
  const sorted = [...clusters].sort((a, b) => compareText(first.get(a)!, first.get(b)!));
  const clustersOf = new Map<string, Set<number>>();
  sorted.forEach((c, i) => {
    for (const p of c.members) {
      const set = clustersOf.get(p.fact.report_id) ?? new Set<number>();
      set.add(i);
      clustersOf.set(p.fact.report_id, set);
    }
  });
  const ids = [...clustersOf.keys()].filter((id) => reports.has(id)).sort(compareText);
  const texts = ids.map((id) => reports.get(id)!);
  const block = wordIds(texts, opts.words);
  const words = block.ids;
  const jaccard = jaccardOf(block);
  const shapes = sorted.map(shapeOf);
  const edges: { a: number; b: number; j: number; ra: string; rb: string }[] = [];
  for (const [x, y] of rarePairs(words, WORD_REACH)) {
    const [ra, rb] = [texts[x!]!, texts[y!]!];
    if (words[x!]!.length < MIN_WORDS || words[y!]!.length < MIN_WORDS) continue;
    if (ra.publisher !== null && ra.publisher === rb.publisher) continue;
    const j = jaccard(x!, y!);
    if (j < threshold) continue;
    const ca = clustersOf.get(ra.id)!;
    const cb = clustersOf.get(rb.id)!;
    if (!oneEvent([...ca, ...cb].map((i) => shapes[i]!))) continue;
    for (const a of ca) {
      for (const b of cb) {
        if (a !== b) edges.push({ a, b, j, ra: ra.id, rb: rb.id });
      }
    }
  }
  if (edges.length === 0) return { clusters: [...clusters], links };
  edges.sort(
    (p, q) =>
      q.j - p.j ||
      Math.min(p.a, p.b) - Math.min(q.a, q.b) ||
      Math.max(p.a, p.b) - Math.max(q.a, q.b) ||
      compareText(p.ra, q.ra),
  );
  const uf = createUnionFind(sorted.length);
  const joined = new Map<number, Shape>(shapes.map((shape, i) => [i, shape]));
  const linkOf = new Map<number, { via: number; ra: string; rb: string; j: number }>();
  for (const e of edges) {
    const [ra, rb] = [uf.find(e.a), uf.find(e.b)];
    if (ra === rb || contradicts(joined.get(ra)!, joined.get(rb)!)) continue;
    const shape = merged(joined.get(ra)!, joined.get(rb)!);
    uf.union(ra, rb);
    joined.set(uf.find(ra), shape);
    // Each cluster records the first (strongest) link that brought it in; the host's own link is dropped below.
    if (!linkOf.has(e.a)) linkOf.set(e.a, { via: e.b, ra: e.ra, rb: e.rb, j: e.j });
    if (!linkOf.has(e.b)) linkOf.set(e.b, { via: e.a, ra: e.rb, rb: e.ra, j: e.j });
  }
  const groups = new Map<number, number[]>();
  sorted.forEach((_, i) => {
    const root = uf.find(i);
    const list = groups.get(root) ?? [];
    list.push(i);
    groups.set(root, list);
  });
  const out: Cluster[] = [];
  for (const list of groups.values()) {
    if (list.length === 1) {
      out.push(sorted[list[0]!]!);
      continue;
    }
    const [host, ...rest] = list.map((i) => sorted[i]!).sort((a, b) => hostOrder(a, b, first));
    for (const c of rest) {
      const link = linkOf.get(sorted.indexOf(c))!;
      for (const p of c.members) {
        add(host!, p, 'similar-text');
        const tally = c.tallyVoice.get(p.fact.id);
        if (tally !== undefined) host!.tallyVoice.set(p.fact.id, tally);
        links.set(p.fact.id, { report: link.ra, other: link.rb, jaccard: link.j });
      }
      if (c.startMs !== null && (host!.startMs === null || c.startMs < host!.startMs)) {
        host!.startMs = c.startMs;
        host!.start = c.start;
      }
      if (c.endMs !== null && (host!.endMs === null || c.endMs > host!.endMs)) {
        host!.endMs = c.endMs;
        host!.end = c.end;
      }
    }
    out.push(host!);
  }
  return { clusters: out, links };
}
