import { areaOf } from '../core/regions.ts';
import { CLAIMANT_ROLES, type ClaimantRole, type Fact, type Report } from '../core/types.ts';
import {
  disagreement,
  distinctVoices,
  otherCasualties,
  otherCounts,
  otherPlaces,
  type Statement,
  statementOf,
} from './agreement.ts';
import { claimantKeys, nameKey } from './claimant-key.ts';
import { factKey } from './fact-key.ts';
import { type Figures, figuresOf, outletOf, TOLL_FIELDS } from './figures.ts';
import { forwardKey } from './forward-key.ts';
import { type Lead, leadsOf } from './lead.ts';
import { estimateJaccard } from './minhash.ts';
import { createGroupVoices, type Voices, voicesOf } from './origin-voices.ts';
import { rarePairs } from './rare-pairs.ts';
import { contentWordHashes } from './shingles.ts';
import { compareIso, compareText, toMs } from './time.ts';
import { createUnionFind } from './union-find.ts';
import { isRoundup, numbering, wordCounts, wordingBlock } from './wording.ts';

export interface OriginInput {
  report: Report;
  signature: readonly number[];
  bands: readonly string[];
  facts: readonly Fact[];
  /** The text's content-word counts (wording.ts textWordCounts) when the caller has read them for another step too:
   *  the night's resolution reads them once for origins and the similar-text join. */
  words?: ReadonlyMap<number, number>;
}

export interface OriginResult {
  /** Report id -> origin id (the earliest-published report of its group). */
  origins: Map<string, string>;
  /** Report id -> why it is linked to the others of its group ([] for a report on its own). */
  reasons: Map<string, string[]>;
}

const ROLES: ReadonlySet<string> = new Set(CLAIMANT_ROLES);
const NEAR_DUPLICATE_JACCARD = 0.5;
// Paraphrases share little text, so origin also comes from content: the same claims, close in time.
const CONTENT_WINDOW_MS = 48 * 3_600_000;
const SAME_CLAIMANT_FACT_JACCARD = 0.5;
/** The role of a claim credited to an outlet or to the media at large; the outlet is told only by the claimant's words. */
const MEDIA: ClaimantRole = 'media';
/** The role of a claim credited to "officials", "the authorities", "the government": no one in particular. Every
 *  outlet's own lead on one attack credits officials for its toll ("five hurt, officials say"), so two outlets that
 *  share only this role share no voice (an outlet's own story and a wire's, 2023-11-25; the Kremlin's words and a
 *  refinery's fire, 2023-05-31). A named official shares his name; an official body's own post (its channel's voice,
 *  the credit inferred) and an outlet crediting an official body still share the role (sharedCredit). */
const VAGUE: ClaimantRole = 'official';
const REWRITE_MIN_SHARED_FACTS = 3;
const REWRITE_FACT_JACCARD = 0.6;
// An outlet's rewrite often adds what the original left out (the governor's later details), so its facts hold all of
// the shorter report's: every fact of one, at least two of them, within half a day, both about one region (a morning
// roundup holds a regional report's facts too, and is not its rewrite).
const CONTAINED_MIN_SHARED = 2;
const CONTAINED_WINDOW_MS = 12 * 3_600_000;
// Outlets retell a statement's lead in their own words ("Z said X has several Y ready" and "X has several Y ready —
// Z"): most of the lead's words shared, or the shorter lead (long enough to be a statement) almost all inside the
// longer one, within half a day, with the same numbers if both give any.
const LEAD_JACCARD = 0.5;
const LEAD_MIN_WORDS = 5;
const LEAD_CONTAINED = 0.85;
const LEAD_CONTAINED_MIN_WORDS = 6;
const LEAD_WINDOW_MS = 12 * 3_600_000;
/** A lead word shared by more reports than this (a night's "air defence", "drones") finds no candidates by itself;
 *  leads that share half their words share rarer ones too. */
const LEAD_WORD_REACH = 64;
// Retellings that copy or reword one statement's sentences around its uncommon words (wording.ts): tf-idf cosine over
// the block's reports, within half a day, weaker than a lead (applied after the leads, under the same channel guard).
// Chosen on the fifteen real dev days as a whole (docs/eval-clusters.md, fourteenth session): from 0.22 to 0.26 the
// origins' pairwise F1 stays within 0.70-0.71 (0.712 at 0.25), against 0.667 at the former 0.35.
const WORDING_COSINE = 0.25;
/** Content words two reports must share for a wording link: a cosine over a handful of words (two one-line posts
 *  that both say "ministry", "destroyed", "city") is no retelling; the real retellings it joins share ten or more. */
const WORDING_MIN_SHARED = 5;
const WORDING_WINDOW_MS = 12 * 3_600_000;
// One voice's figure retold (figures.ts): "34 drones destroyed over Russian regions overnight — the ministry" and the
// ministry's own list "Overnight 34 drones destroyed: 27 over Kursk Oblast, 4 over Lipetsk Oblast …" share few words
// and one fact key at most (the total's place is often not read, or read as its first part's), but both lead with the
// same claimant's largest figure of one kind and weapon. Within half a day, under the lead links' guards.
const FIGURE_WINDOW_MS = 12 * 3_600_000;
/** A figure given by more reports of the block than this finds no candidates by itself. */
const FIGURE_REACH = 64;

interface Prepared {
  input: OriginInput;
  id: string;
  publishedMs: number;
  bands: Set<string>;
  factKeys: Set<string>;
  /** Fact keys with the casualty figures: "two killed, 11 injured" and the later "injured rose to 14" differ here. */
  detailKeys: Set<string>;
  /** claimant key + fact key: "shapsha said interception|RU-KLU|uav|40|-". */
  claimed: Set<string>;
  /** Claimant key -> the name as the report writes it, for reasons. */
  shown: Map<string, string>;
  /** The words that credit a media claim, folded («ТАСС», "Mash"): which outlet it names. */
  outlets: Set<string>;
  /** It speaks as an official body itself: a nameless official's claim credited in no words (the channel's voice). */
  officialOwn: boolean;
  forwardedFrom: string | null;
  url: string | null;
  /** The headline and the body's first sentence (lead.ts). */
  leads: Lead[];
  /** The words its facts are read from (their stated spans but the claimant's: the place, the weapon, the attack
   *  word, the count, the time, the toll), as the leads' word hashes (leadLink). */
  factWords: Set<number>;
  /** The counts it credits to a claimant (figures.ts). */
  figures: Figures;
  /** The tolls its lead tells in words (tollsInLead). */
  tollsInLead: Set<string>;
  /** The regions its facts are told of. */
  regions: Set<string>;
  /** A list of statements or events, not one event's details (wording.ts, isRoundup). */
  roundup: boolean;
  /** What the pair guards read of its facts and claimants (agreement.ts: its places, voices, counts and casualty
   *  figures) and its tallies (otherStep). */
  statement: Statement;
  steps: Map<string, boolean>;
  /** The voices its facts credit (origin-voices.ts): a wire that quotes both sides has two. */
  voices: Voices[];
}

interface Link {
  a: number;
  b: number;
  /** Why a is linked to b, and why b is linked to a. */
  forA: string;
  forB: string;
  /** A death toll retold (retoldFigure): it joins no two groups told of other regions or by other named voices. */
  toll?: boolean;
}

function prepare(input: OriginInput): Prepared {
  const factKeys = new Set<string>();
  const detailKeys = new Set<string>();
  const claimed = new Set<string>();
  const shown = new Map<string, string>();
  const outlets = new Set<string>();
  let officialOwn = false;
  for (const f of input.facts) {
    if (f.claimant?.role === VAGUE && f.claimant.name === null && (f.fields.claimant?.text.trim() ?? '') === '') {
      officialOwn = true;
    }
    const outlet = outletOf(f);
    if (outlet !== null) outlets.add(outlet);
    const key = factKey(f);
    factKeys.add(key);
    detailKeys.add(
      f.kind === 'casualties' ? `${key}|${f.casualties?.killed ?? '-'}/${f.casualties?.injured ?? '-'}` : key,
    );
    for (const who of claimantKeys(f.claimant)) {
      claimed.add(`${who}\u0001${key}`);
      if (!shown.has(who)) shown.set(who, ROLES.has(who) ? who : (f.claimant?.name ?? who));
    }
  }
  const { report } = input;
  const leads = leadsOf(report.text, report.lang);
  return {
    input,
    id: report.id,
    publishedMs: toMs(report.published_at),
    bands: new Set(input.bands),
    factKeys,
    detailKeys,
    claimed,
    shown,
    outlets,
    officialOwn,
    forwardedFrom: report.forwarded_from ? forwardKey(report.forwarded_from) : null,
    url: report.url ? forwardKey(report.url) : null,
    leads,
    factWords: factWordsOf(input.facts, report.lang),
    figures: figuresOf(input.facts),
    tollsInLead: tollsInLead(input.facts, leads, report.lang),
    regions: new Set(input.facts.flatMap((f) => (f.region ? [f.region.code] : []))),
    roundup: isRoundup(report.text, input.facts),
    statement: statementOf(input.facts),
    steps: stepsOf(input.facts),
    voices: voicesOf(input.facts),
  };
}

/** Words shorter than this say nothing of a statement (as in lead.ts). */
const MIN_WORD_LENGTH = 3;

function factWordsOf(facts: readonly Fact[], lang: Report['lang']): Set<number> {
  const out = new Set<number>();
  for (const f of facts) {
    for (const [field, span] of Object.entries(f.fields)) {
      if (field === 'claimant' || !span || span.inferred) continue;
      for (const w of contentWordHashes(span.text, lang, MIN_WORD_LENGTH)) out.add(w);
    }
  }
  return out;
}

function sharedCount<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

function forwardLink(a: Prepared, b: Prepared): Pick<Link, 'forA' | 'forB'> | null {
  const fa = a.input.report.forwarded_from;
  const fb = b.input.report.forwarded_from;
  if (a.forwardedFrom && a.forwardedFrom === b.url) return { forA: `forward of ${fa}`, forB: `forwarded as ${a.id}` };
  if (b.forwardedFrom && b.forwardedFrom === a.url) return { forA: `forwarded as ${b.id}`, forB: `forward of ${fb}` };
  if (a.forwardedFrom && a.forwardedFrom === b.forwardedFrom) {
    return { forA: `forward of ${fa}, like ${b.id}`, forB: `forward of ${fb}, like ${a.id}` };
  }
  return null;
}

/** A roundup is no retelling of one of its items by the same voice, as for the containment and wording rules below: a
 *  digest's only facts in the block may be one item's, credited as that item's retellings credit them (the evening's
 *  «Главное к вечеру» listing an outlet's report that channels retold that afternoon), and it is a statement of its own
 *  (docs/eval-clusters.md, thirty-fourth session). Not the voice's own list: a governor's post of the night's damage,
 *  town by town on the channel named after him, is the statement its retellings tell again (fixrev34). */
function digest(p: Prepared, who: string): boolean {
  if (!p.roundup) return false;
  const publisher = p.input.report.publisher;
  return publisher === null || nameKey(publisher) !== who;
}

/** `wording` gives the pair's wording cosine over the block (wording.ts): what the two texts share beyond their facts.
 *  A function, read only where a rule needs it: most candidate pairs are settled before (another channel's window, no
 *  shared fact), and the cosine walks both texts' words (a percent of a bulk ingest's CPU when read for every pair). */
function contentLink(a: Prepared, b: Prepared, wording: () => number): Pick<Link, 'forA' | 'forB'> | null {
  if (Math.abs(a.publishedMs - b.publishedMs) > CONTENT_WINDOW_MS) return null;
  // Two different posts of one channel are two statements (a mayor's first report and the update an hour later),
  // however alike; only a copy of the text (near-duplicate) or a forward makes them one.
  const pa = a.input.report.publisher;
  if (pa !== null && pa === b.input.report.publisher) return null;
  const shared = sharedCount(a.factKeys, b.factKeys);
  if (shared === 0) return null;
  // The same facts from other places, voices or figures are two statements (agreement.ts).
  if (disagreement(a.statement, b.statement) !== null) return null;
  const jaccard = shared / (a.factKeys.size + b.factKeys.size - shared);
  const j = jaccard.toFixed(2);
  if (jaccard >= SAME_CLAIMANT_FACT_JACCARD) {
    const who = [...a.claimed]
      .filter((k) => b.claimed.has(k))
      .map((k) => k.slice(0, k.indexOf('\u0001')))
      .filter((k) => sharedCredit(k, a, b))
      // A name says more than a role: "same claimant shapsha" over "same claimant governor".
      .sort((x, y) => Number(ROLES.has(x)) - Number(ROLES.has(y)) || compareText(x, y))[0];
    if (who && !digest(a, who) && !digest(b, who)) {
      return {
        forA: `same claimant ${a.shown.get(who) ?? who}, same facts as ${b.id} (facts J=${j})`,
        forB: `same claimant ${b.shown.get(who) ?? who}, same facts as ${a.id} (facts J=${j})`,
      };
    }
  }
  // The rules below rest on the facts. With no voice in common, the same facts told in other words are two sources on
  // one event (every outlet's own lead on one attack tells the place, the weapon and the toll: "Record drone raid on
  // the capital leaves five hurt" and "Five wounded as Shaheds pound the city overnight"); a rewrite keeps the
  // source's words too (its town, its plant, its phrasing), so it shares its wording as well. A voice both credit
  // (the governor's damage list and an outlet's "… the governor reported") is the statement's own mark.
  if (wording() < WORDING_COSINE && !sharedVoice(a, b) && !creditOnOneSide(a, b)) return null;
  // Two named voices that share no key (a mayor and the regional head, each telling the same night) are two
  // statements however alike their facts; a rewrite that names nobody is not.
  if (
    shared >= REWRITE_MIN_SHARED_FACTS &&
    jaccard >= REWRITE_FACT_JACCARD &&
    !distinctVoices(a.statement, b.statement)
  ) {
    return {
      forA: `same ${shared} facts as ${b.id} (facts J=${j})`,
      forB: `same ${shared} facts as ${a.id} (facts J=${j})`,
    };
  }
  const detailed = sharedCount(a.detailKeys, b.detailKeys);
  const contained = detailed === Math.min(a.detailKeys.size, b.detailKeys.size);
  if (
    contained &&
    !a.roundup &&
    !b.roundup &&
    oneRegion(a, b) &&
    detailed >= CONTAINED_MIN_SHARED &&
    Math.abs(a.publishedMs - b.publishedMs) <= CONTAINED_WINDOW_MS &&
    !distinctVoices(a.statement, b.statement)
  ) {
    return {
      forA: `all ${detailed} facts of the shorter report shared with ${b.id}`,
      forB: `all ${detailed} facts of the shorter report shared with ${a.id}`,
    };
  }
  return null;
}

/** A claimant both reports credit: a name or a role, the media only when both name the same outlet, and never the
 *  nameless officials (VAGUE), as for the same-claimant rule. */
function sharedVoice(a: Prepared, b: Prepared): boolean {
  return [...a.shown.keys()].some((who) => b.shown.has(who) && sharedCredit(who, a, b));
}

/** Whether a credit both reports give (a name or a role) is a voice they share. "Media" is no speaker: two outlets
 *  telling the same facts in their own reporting (an outlet's story of a drone on a plant and another's morning
 *  roundup that tells it among others) share none, unless both credit the same outlet by name («сообщает ТАСС», «по
 *  данным ТАСС»). Nor are nameless officials (VAGUE), unless one side is an official body's own post: the outlet's
 *  "the city administration said" may be that post, but two outlets' "officials say" are no voice in common. */
function sharedCredit(who: string, a: Prepared, b: Prepared): boolean {
  if (who === MEDIA) return sharedCount(a.outlets, b.outlets) > 0;
  if (who === VAGUE) return a.officialOwn || b.officialOwn;
  return true;
}

/** One report credits a person by name and the other credits no one. A missing credit is no sign of reporting of one's
 *  own: an official's unsigned post on his own channel ("Вячеслав Гладков", "Іван Федоров") and an outlet's "…, the
 *  governor said"; an outlet whose "…, governor Syniehubov wrote on Telegram" was not read. A role alone is not
 *  enough: a wire's "officials said" beside outlets' own leads that credit no one is the English days' commonest
 *  pair of two sources (keeping it dropped their origins from 0.384 to 0.260). */
function creditOnOneSide(a: Prepared, b: Prepared): boolean {
  const named = (p: Prepared) => [...p.shown.keys()].some((k) => !ROLES.has(k));
  return (named(a) && b.shown.size === 0) || (named(b) && a.shown.size === 0);
}

/** Both reports' facts name one region, the same one. */
function oneRegion(a: Prepared, b: Prepared): boolean {
  const regions = new Set([...a.input.facts, ...b.input.facts].map((f) => f.region?.code ?? null));
  return regions.size === 1 && !regions.has(null);
}

function nearDuplicateLink(a: Prepared, b: Prepared): Pick<Link, 'forA' | 'forB'> | null {
  if (sharedCount(a.bands, b.bands) === 0) return null;
  const jaccard = estimateJaccard(a.input.signature, b.input.signature);
  if (jaccard < NEAR_DUPLICATE_JACCARD) return null;
  // Similar text is not one statement when what it states differs: one template filled in for two cities, two
  // officials' alike posts with their own figures.
  if (disagreement(a.statement, b.statement) !== null) return null;
  const j = jaccard.toFixed(2);
  return { forA: `near-duplicate of ${b.id} (J~${j})`, forB: `near-duplicate of ${a.id} (J~${j})` };
}

interface LeadLink extends Link {
  score: number;
  apartMs: number;
  /** The channel of both reports when a channel restates its own statement (restatesOwn), else null. */
  channel: string | null;
}

/** Two channels' rewrites of one statement: a lead statement of one says the same thing as one of the other's (the
 *  headline of one, the first sentence of the other). Two posts of one channel are two statements (the mayor's
 *  successive "another drone shot down"), as for the content rules, unless the channel restates its own
 *  (restatesOwn). `wording` gives the pair's wording cosine over the block, 0 when the texts share no word beyond their
 *  facts' words (beyondFacts); read only when both tell facts (contentLink says why it is a function). */
function leadLink(
  a: Prepared,
  b: Prepared,
  wording: () => number,
): (Pick<Link, 'forA' | 'forB'> & { score: number }) | null {
  if (Math.abs(a.publishedMs - b.publishedMs) > LEAD_WINDOW_MS) return null;
  const pa = a.input.report.publisher;
  const oneChannel = pa !== null && pa === b.input.report.publisher;
  if (oneChannel && !restatesOwn(a, b)) return null;
  // A tally's two steps ("a drone repelled over Ramenskoye", then "another one shot down over Pavlovsky Posad") share
  // the mayor's template word for word; their counts say they are two statements. So do one template's posts for two
  // cities, and two officials' alike posts with their own names or figures (agreement.ts).
  if (otherStep(a, b) || disagreement(a.statement, b.statement) !== null) return null;
  // Two first statements with other figures are two statements, whatever their second sentences share.
  const [fa, fb] = [a.leads[0], b.leads[0]];
  if (fa && fb && fa.numbers.size > 0 && fb.numbers.size > 0 && !sameSet(fa.numbers, fb.numbers)) return null;
  // Outlets' own leads on one attack tell it in its own words: where, with what, how many ("Drone raid hits the
  // capital, five hurt" and "Five hurt as drones hit the capital overnight"). When both tell facts and their whole
  // texts share little wording (as for the content rules), their leads are one statement only on the words beyond
  // those their facts are read from: a retold statement shares its own words too (who said it, what they called it).
  const own =
    a.input.facts.length > 0 && b.input.facts.length > 0 && wording() < WORDING_COSINE && !creditOnOneSide(a, b);
  const event = own ? new Set([...a.factWords, ...b.factWords]) : null;
  const beyond = (l: Lead): Lead =>
    event ? { words: new Set([...l.words].filter((x) => !event.has(x))), numbers: l.numbers } : l;
  let best: (Pick<Link, 'forA' | 'forB'> & { score: number }) | null = null;
  for (const [i, la] of a.leads.entries()) {
    for (const [k, lb] of b.leads.entries()) {
      // Two second sentences alike under first ones that share no word are boilerplate («На месте работают экстренные
      // службы» under two different events), not one statement retold.
      if (i > 0 && k > 0 && fa && fb && sharedCount(fa.words, fb.words) === 0) continue;
      // One channel restates its own statement in the other place: its earlier headline as the later post's first
      // sentence, under a new headline. Two of its posts that open alike are its successive posts on one story (an
      // exercise, then its footage; two rounds of reactions to one decision).
      if (oneChannel && i === k) continue;
      // A restatement keeps its story in both places: the other lead statements of the two posts share words (the
      // doctrine's headline and the follow-up's "changes to the doctrine were announced in summer"). A new story that
      // repeats the old one as background (a reaction, a denial, a correction, a digest's next item) puts a statement
      // of its own in the other place, sharing a word with the old post at most.
      if (oneChannel && !sameStoryElsewhere(a.leads[1 - i], b.leads[1 - k])) continue;
      const link = statementLink(beyond(la), beyond(lb), a.id, b.id);
      if (link && (!best || link.score > best.score)) best = link;
    }
  }
  return best;
}

/** Two posts of one channel that may be one statement restated: neither tells a fact. A channel's posts that tell facts
 *  are its updates (a toll that rises, a tally's next step, a live thread's next hit), each a statement of its own;
 *  one that tells none restates a decision, a speech or a launch, as its follow-up article or its podcast's note does
 *  (the BBC's headline on the new nuclear doctrine at 08:28 and, at 09:44, the body's first sentence of that post
 *  as its own headline, 2024-11-19). The lead test then reads only the other place (leadLink). */
function restatesOwn(a: Prepared, b: Prepared): boolean {
  // A channel's digest ("The day by evening: — …; — …; — …") holds its earlier posts as items, its second item in its
  // lead's second place; it is a list of statements of its own, not a restatement of one.
  return a.input.facts.length === 0 && b.input.facts.length === 0 && !a.roundup && !b.roundup;
}

/** The other lead statements of a channel's restatement (leadLink) share at least this many words. */
const RESTATED_OTHER_SHARED = 2;

function sameStoryElsewhere(a: Lead | undefined, b: Lead | undefined): boolean {
  return a !== undefined && b !== undefined && sharedCount(a.words, b.words) >= RESTATED_OTHER_SHARED;
}

function statementLink(
  la: Lead,
  lb: Lead,
  aId: string,
  bId: string,
): (Pick<Link, 'forA' | 'forB'> & { score: number }) | null {
  // Another number is another statement: "25 drones overnight" and "14 drones overnight" retell two figures.
  if (la.numbers.size > 0 && lb.numbers.size > 0 && !sameSet(la.numbers, lb.numbers)) return null;
  const shared = sharedCount(la.words, lb.words);
  const smaller = Math.min(la.words.size, lb.words.size);
  if (shared === 0) return null;
  const jaccard = shared / (la.words.size + lb.words.size - shared);
  const contained = shared / smaller;
  const j = jaccard.toFixed(2);
  if (jaccard >= LEAD_JACCARD && smaller >= LEAD_MIN_WORDS) {
    return { forA: `same lead as ${bId} (lead J=${j})`, forB: `same lead as ${aId} (lead J=${j})`, score: jaccard };
  }
  if (contained >= LEAD_CONTAINED && smaller >= LEAD_CONTAINED_MIN_WORDS) {
    const c = contained.toFixed(2);
    return {
      forA: `lead within ${bId}'s lead (${c} of ${smaller} words)`,
      forB: `lead within ${aId}'s lead (${c} of ${smaller} words)`,
      score: jaccard,
    };
  }
  return null;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && sharedCount(a, b) === a.size;
}

/** Pairs whose leads share a word that few reports of the block use. */
function leadPairs(items: readonly Prepared[]): number[][] {
  return rarePairs(
    items.map((p) => p.leads.flatMap((l) => [...l.words])),
    LEAD_WORD_REACH,
  );
}

/** A band or forward key shared by more reports than this (one text copied by hundreds of channels into one block)
 *  pairs each report only with the next BUCKET_REACH of them in the canonical order, so one block's cost stays
 *  linear in its copies: copies of one text are near-duplicates of each other, and forwards of one post all link to
 *  it and to each other, so the chain still joins them. A fact key keeps every pair: the content rules are not transitive. */
const BUCKET_REACH = 16;

/** Pairs that share a band key, a forward key or a fact key: an index, never all pairs. */
function candidatePairs(items: readonly Prepared[]): number[][] {
  const index = new Map<string, number[]>();
  const add = (key: string, i: number): void => {
    const list = index.get(key);
    if (list) list.push(i);
    else index.set(key, [i]);
  };
  items.forEach((p, i) => {
    for (const band of p.bands) add(`b\u0001${band}`, i);
    for (const key of p.factKeys) add(`k\u0001${key}`, i);
    // A forward and its original meet under the original's address; two forwards of one post too.
    const fwd = new Set([p.forwardedFrom, p.url].filter((x): x is string => !!x));
    for (const key of fwd) add(`f\u0001${key}`, i);
  });
  const n = items.length;
  const seen = new Set<number>();
  const pairs: number[][] = [];
  for (const [key, list] of index) {
    const reach = key.startsWith('k\u0001') ? list.length : BUCKET_REACH;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length && y <= x + reach; y++) {
        const a = list[x]!;
        const b = list[y]!;
        const pair = a * n + b;
        if (seen.has(pair)) continue;
        seen.add(pair);
        pairs.push([a, b]);
      }
    }
  }
  return pairs.sort((p, q) => p[0]! - q[0]! || p[1]! - q[1]!);
}

/** One report tells a further step of a tally ("another drone shot down") of something the other tells only as a first
 *  report (kind, region's area, weapon): a tally's two steps, not one statement retold. */
function otherStep(a: Prepared, b: Prepared): boolean {
  const sa = a.steps;
  const sb = b.steps;
  for (const [what, step] of sa) if (sb.has(what) && sb.get(what) !== step) return true;
  return false;
}

/** A report's tallies (kind|area|weapon -> whether it tells a further step), for otherStep. */
function stepsOf(facts: readonly Fact[]): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const f of facts) {
    if (f.aggregate) continue;
    // By area: "approaching Moscow" and "over Moscow Oblast" are one tally's places.
    const what = [f.kind, f.region ? areaOf(f.region.code) : '-', f.weapon ?? '-'].join('|');
    out.set(what, (out.get(what) ?? false) || f.increment);
  }
  return out;
}

/** Both first statements give numbers and they differ: "25 drones overnight" and "14 drones overnight" are two
 *  statements however alike the rest (as for leads). */
function otherFigures(a: Prepared, b: Prepared): boolean {
  const [fa, fb] = [a.leads[0], b.leads[0]];
  return !!fa && !!fb && fa.numbers.size > 0 && fb.numbers.size > 0 && !sameSet(fa.numbers, fb.numbers);
}

/** What the wording rule reads of one block of reports: their word counts, the candidate pairs (rare words shared,
 *  wording.ts), the cosine, and which reports break a total down. */
interface WordingBlock {
  prepared: readonly Prepared[];
  counts: ReadonlyMap<number, number>[];
  pairs: number[][];
  cosine: (a: number, b: number) => number;
  shared: (a: number, b: number) => number;
  breakdown: boolean[];
}

function wordingBlockOf(prepared: readonly Prepared[]): WordingBlock {
  const counts = prepared.map((p) => wordCounts(p.input.report.text, p.input.report.lang, p.input.words));
  const { pairs, cosine, shared } = wordingBlock(counts);
  return {
    prepared,
    counts,
    pairs,
    cosine,
    shared,
    breakdown: prepared.map((p) => p.input.facts.some((f) => f.aggregate)),
  };
}

/** The guards of the wording rule, one list for the rule (wordingLinks, which stops at the first that holds: `all`
 *  false) and for the profile (wordingBlockers, every one that holds). Each holding guard is named in the words of
 *  the rule; [] when none holds. Cheap guards first: the cosine before the guards that read facts. The candidate step
 *  (`pairs`) is the caller's: wordingLinks reads only candidates. */
function wordingGuards(w: WordingBlock, a: number, b: number, all: boolean): string[] {
  const pa = w.prepared[a]!;
  const pb = w.prepared[b]!;
  const out: string[] = [];
  // The rule (all false) reads only whether a guard holds: a reason with figures in it is written for the profile
  // only (the cosine's, formatted for every candidate pair it turned away, was most of this function's own time).
  const held = (why: string | (() => string)) => {
    out.push(typeof why === 'string' ? why : all ? why() : 'held');
    return !all;
  };
  if (Math.abs(pa.publishedMs - pb.publishedMs) > WORDING_WINDOW_MS && held('over 12 h apart')) return out;
  const publisher = pa.input.report.publisher;
  if (publisher !== null && publisher === pb.input.report.publisher && held('one channel')) return out;
  if ((pa.roundup || pb.roundup) && held('roundup')) return out;
  // The cosine first: most candidate pairs share one rare word and no more, and the guards below read facts.
  const score = w.cosine(a, b);
  if (score < WORDING_COSINE && held(() => `cosine ${score.toFixed(2)} under ${WORDING_COSINE}`)) return out;
  const shared = w.shared(a, b);
  if (shared < WORDING_MIN_SHARED && held(() => `${shared} content words shared`)) return out;
  if (beyondFacts(w, a, b) === 0 && held("no word beyond the facts' words")) return out;
  if (otherCounts(pa.statement, pb.statement) && held('other counts')) return out;
  if (otherStep(pa, pb) && held("a tally's other step")) return out;
  if (distinctVoices(pa.statement, pb.statement) && held('distinct voices')) return out;
  if (otherPlaces(pa.statement, pb.statement) && held('other places')) return out;
  if (otherCasualties(pa.statement, pb.statement) && held('other casualty figures')) return out;
  if (otherFigures(pa, pb) && held('first statements with other numbers')) return out;
  // A governor's two posts, "drones downed over the district" and "missile danger in Kurchatov", share his name,
  // title and places: two statements when each tells facts and no kind of fact is in both.
  if (otherKinds(pa, pb) && held('facts of no kind in common')) return out;
  // A total broken down by region and a post about one of its parts: two statements (the ministry's morning list and
  // its evening "two over Moscow Oblast" share the region's words and figure).
  if (w.breakdown[a] !== w.breakdown[b]) held('a breakdown on one side only');
  return out;
}

/** Links between reports of different channels whose wording is alike (wording.ts), strongest first, closest in time
 *  among equals; pairs already in one group are left out. */
function wordingLinks(w: WordingBlock, sets: { find(i: number): number }): LeadLink[] {
  const { prepared } = w;
  const out: LeadLink[] = [];
  for (const [a, b] of w.pairs) {
    if (sets.find(a!) === sets.find(b!)) continue;
    if (wordingGuards(w, a!, b!, false).length > 0) continue;
    const pa = prepared[a!]!;
    const pb = prepared[b!]!;
    const score = w.cosine(a!, b!);
    const c = score.toFixed(2);
    out.push({
      a: a!,
      b: b!,
      forA: `same wording as ${pb.id} (cos=${c})`,
      forB: `same wording as ${pa.id} (cos=${c})`,
      score,
      apartMs: Math.abs(pa.publishedMs - pb.publishedMs),
      // The guards above keep one channel's posts apart.
      channel: null,
    });
  }
  return out.sort((x, y) => y.score - x.score || x.apartMs - y.apartMs || x.a - y.a || x.b - y.b);
}

/** The pair's wording cosine as the content and lead rules read it: what the two texts share beyond their facts. Two
 *  texts whose every shared word is a word their facts are read from (a headline-only repost, "Drones attack the
 *  capital, damaging residential buildings", beside a mayor's damage report in other words) share the event, not a
 *  statement's wording, however high the cosine over those few words: 0. */
function beyondFacts(w: WordingBlock, a: number, b: number): number {
  const pa = w.prepared[a]!;
  const pb = w.prepared[b]!;
  // The smaller text's words walked: whether such a word exists is the same either way round.
  const [ca, cb] = [w.counts[a]!, w.counts[b]!];
  const [small, large] = ca.size <= cb.size ? [ca, cb] : [cb, ca];
  for (const x of small.keys()) {
    if (large.has(x) && !pa.factWords.has(x) && !pb.factWords.has(x)) return w.cosine(a, b);
  }
  return 0;
}

/** Figure links (figureLink) between reports not yet in one group, closest in time first. */
function figureLinks(prepared: readonly Prepared[], sets: { find(i: number): number }): Link[] {
  const out: (Link & { apartMs: number })[] = [];
  for (const [a, b] of figurePairs(prepared)) {
    if (sets.find(a!) === sets.find(b!)) continue;
    const link = figureLink(prepared[a!]!, prepared[b!]!);
    if (link)
      out.push({ a: a!, b: b!, ...link, apartMs: Math.abs(prepared[a!]!.publishedMs - prepared[b!]!.publishedMs) });
  }
  return out.sort((x, y) => x.apartMs - y.apartMs || x.a - y.a || x.b - y.b);
}

/** Both reports tell facts, and of no kind in common. */
function otherKinds(a: Prepared, b: Prepared): boolean {
  if (a.input.facts.length === 0 || b.input.facts.length === 0) return false;
  const kinds = new Set(a.input.facts.map((f) => f.kind));
  return !b.input.facts.some((f) => kinds.has(f.kind));
}

/** One voice's figure retold (FIGURE_WINDOW_MS above): the same claimant, kind, weapon and count in both, the largest
 *  of its kind in each (a part of a list is no retelling of the list: the ministry's "9 over Kaluga Oblast" between
 *  10:00 and 11:30 beside its morning list with 9 over Kaluga Oblast among 37), in each one's lead, at one place or with
 *  no place on one side, neither giving counts of several claimants; under the lead links' guards (a tally's other
 *  count or further step, other voices). */
function figureLink(a: Prepared, b: Prepared): Pick<Link, 'forA' | 'forB' | 'toll'> | null {
  if (Math.abs(a.publishedMs - b.publishedMs) > FIGURE_WINDOW_MS) return null;
  const pa = a.input.report.publisher;
  if (pa !== null && pa === b.input.report.publisher) return null;
  // A report that gives several voices' counts tells several statements (a night's roundup).
  if (a.figures.voices.size > 1 || b.figures.voices.size > 1) return null;
  const shared = sharedLeadFigure(a, b, (p) => p.figures.byKey);
  if (shared === null) return retoldFigure(a, b);
  if (otherStep(a, b) || disagreement(a.statement, b.statement) !== null) return null;
  const [who, kind, weapon, n] = shared.split('|');
  const what = figureText(kind!, weapon!, n!);
  return {
    forA: `same figure ${what} from ${a.shown.get(who!) ?? who} as ${b.id}`,
    forB: `same figure ${what} from ${b.shown.get(who!) ?? who} as ${a.id}`,
  };
}

/** One voice's figure retold by outlets that credit it to no one or vaguely ("Ukraine shot down 52 of 54 drones",
 *  "… 52 of 54 drones, officials say" beside "the Air Force said it downed 52 out of the 54"): the same kind, weapon
 *  and count, the largest of its kind in each and in each one's lead, at one place or none on one side, the credits
 *  no two voices (one side credits no one or only nameless officials, or both the same). */
function retoldFigure(a: Prepared, b: Prepared): Pick<Link, 'forA' | 'forB' | 'toll'> | null {
  const [va] = [...a.figures.voices];
  const [vb] = [...b.figures.voices];
  if (va !== undefined && vb !== undefined && va !== vb && va !== VAGUE && vb !== VAGUE) return null;
  const shared = sharedLeadFigure(a, b, (p) => p.figures.anyVoice);
  if (shared === null) return null;
  const toll = shared.startsWith(TOLL);
  if (toll && (tollAmongOthers(a) || tollAmongOthers(b))) return null;
  if (toll && !a.figures.anyVoice.get(shared)?.credited && !b.figures.anyVoice.get(shared)?.credited) return null;
  if (otherStep(a, b)) return null;
  const why = disagreement(a.statement, b.statement);
  if (why !== null && !(why === 'distinct voices' && vagueOnOneSide(a.statement, b.statement))) return null;
  const [kind, weapon, n] = shared.split('|');
  const what = figureText(kind!, weapon!, n!);
  // No comma in the reason: the profile's reason parser (eval/origin-cause.ts) splits a line of reasons at commas.
  const link = { forA: `same figure ${what} retold as ${b.id}`, forB: `same figure ${what} retold as ${a.id}` };
  return toll ? { ...link, toll: true } : link;
}

const TOLL = 'casualties|';

/** Its toll is one figure of a wider report: it counts weapons (launched, downed, hit), or its facts name several
 *  regions or a whole country (a nationwide wave's "six killed across Ukraine" is each outlet's own sum of the night). */
function tollAmongOthers(p: Prepared): boolean {
  if ([...p.figures.anyVoice.keys()].some((k) => !k.startsWith(TOLL))) return true;
  return p.regions.size > 1 || p.input.facts.some((f) => f.kind !== 'casualties' && f.country !== undefined);
}

/** Both hold something and nothing in common. */
function disjointSets(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size > 0 && b.size > 0 && sharedCount(a, b) === 0;
}

/** The voices differ only as nameless officials beside a role: "officials say" may be the air force's own word. */
function vagueOnOneSide(a: Statement, b: Statement): boolean {
  const vague = (s: Statement) => s.names.size === 0 && s.roles.size === 1 && s.roles.has(VAGUE);
  return vague(a) || vague(b);
}

/** The figure key (its count last) both reports hold as the largest of its kind, each leading with it, at one place or
 *  with no place on one side; the first by key when several. Each leads with it: a post that opens on the governor's
 *  damage and adds the ministry's night total further down retells the governor (its origin is one statement). */
function sharedLeadFigure(
  a: Prepared,
  b: Prepared,
  figures: (p: Prepared) => ReadonlyMap<string, { top: boolean; places: ReadonlySet<string> }>,
): string | null {
  const fbs = figures(b);
  let shared: string | null = null;
  for (const [key, fa] of figures(a)) {
    const fb = fbs.get(key);
    if (!fb || !fa.top || !fb.top) continue;
    const n = key.slice(key.lastIndexOf('|') + 1);
    if (!leadsWith(a, key, n) || !leadsWith(b, key, n)) continue;
    const placed = fa.places.has('-') || fb.places.has('-') || sharedCount(fa.places, fb.places) > 0;
    if (placed && (shared === null || compareText(key, shared) < 0)) shared = key;
  }
  return shared;
}

/** "52 (interception, uav)": a shared figure as a link's reason names it. */
function figureText(kind: string, weapon: string, n: string): string {
  return `${n} (${kind}${weapon === '-' ? '' : `, ${weapon}`})`;
}

/** The lead gives the count: as digits, or, for a toll ("leaves three dead", "three killed"), as the words of the
 *  casualty span, every content word of it in one lead statement. */
function leadsWith(p: Prepared, key: string, n: string): boolean {
  if (key.startsWith(TOLL) && p.tollsInLead.has(key.slice(TOLL.length))) return true;
  return p.leads.some((l) => l.numbers.has(n));
}

/** `killed|3`: the tolls whose casualty span lies in the report's lead (its content words in one lead
 *  statement's words; a span of digits alone is told by the lead's numbers). */
function tollsInLead(facts: readonly Fact[], leads: readonly Lead[], lang: Report['lang']): Set<string> {
  const out = new Set<string>();
  for (const f of facts) {
    const span = f.fields.casualties;
    if (f.kind !== 'casualties' || !f.casualties || !span || span.inferred) continue;
    const words = contentWordHashes(span.text, lang, MIN_WORD_LENGTH);
    if (words.length === 0 || !leads.some((l) => words.every((w) => l.words.has(w)))) continue;
    for (const field of TOLL_FIELDS) {
      const n = f.casualties[field];
      if (n !== null) out.add(`${field}|${n}`);
    }
  }
  return out;
}

/** Pairs that share a figure key (figureLink); the keys numbered once for the block. */
function figurePairs(items: readonly Prepared[]): number[][] {
  const id = numbering<string>();
  return rarePairs(
    items.map((p) => [...p.figures.byKey.keys(), ...[...p.figures.anyVoice.keys()].map((k) => `*|${k}`)].map(id)),
    FIGURE_REACH,
  );
}

function earlier(a: Prepared, b: Prepared): number {
  return (
    a.publishedMs - b.publishedMs ||
    compareIso(a.input.report.published_at, b.input.report.published_at) ||
    compareText(a.id, b.id)
  );
}

/** Groups rewrites, forwards and copies of one statement; each group's origin is its earliest report. */
export function assignOrigins(items: readonly OriginInput[]): OriginResult {
  // Canonical order first, so that the same reports in any order give the same links and ids.
  const byId = new Map<string, Prepared>();
  for (const input of items) {
    const p = prepare(input);
    const prev = byId.get(p.id);
    if (!prev || earlier(p, prev) < 0) byId.set(p.id, p);
  }
  const prepared = [...byId.values()].sort((a, b) => compareText(a.id, b.id));

  const sets = createUnionFind(prepared.length);
  const links: Link[] = [];
  const w = wordingBlockOf(prepared);
  const voices = createGroupVoices(prepared.map((p) => (p.voices.length === 1 ? p.voices[0]! : null)));
  const several = (i: number): boolean => prepared[i]!.voices.length > 1;
  // A report that retells several voices links to each one's statement; it may join one of them, never bridge two
  // groups of distinct voices (origin-voices.ts: the two sides' own posts behind a wire that quotes both).
  const bridges = (a: number, b: number): boolean =>
    (several(a) || several(b)) && voices.distinct(sets.find(a), sets.find(b));
  // The regions each group's facts are told of: a toll retold joins no two groups told of other regions.
  const regions = new Map<number, Set<string>>(prepared.map((p, i) => [i, new Set(p.regions)]));
  const union = (a: number, b: number): void => {
    const [ra, rb] = [sets.find(a), sets.find(b)];
    if (ra === rb) return;
    sets.union(ra, rb);
    const root = sets.find(ra);
    voices.joined(ra, rb, root);
    const merged = new Set([...regions.get(ra)!, ...regions.get(rb)!]);
    regions.delete(ra);
    regions.delete(rb);
    regions.set(root, merged);
  };
  // A death toll is the one figure many attacks share ("kills three"): a headline that places it nowhere, or only in
  // the oblast, matches each; it may join the group of one attack, never chain two groups placed in other regions
  // (Odesa's and Kherson's three killed) or told by other named voices (a mayor's toll and a governor's).
  const tollApart = (ra: number, rb: number): boolean =>
    disjointSets(regions.get(ra)!, regions.get(rb)!) || voices.namedApart(ra, rb);
  for (const [a, b] of candidatePairs(prepared)) {
    const pa = prepared[a!]!;
    const pb = prepared[b!]!;
    const link = forwardLink(pa, pb) ?? nearDuplicateLink(pa, pb) ?? contentLink(pa, pb, () => beyondFacts(w, a!, b!));
    if (!link || bridges(a!, b!)) continue;
    links.push({ a: a!, b: b!, ...link });
    union(a!, b!);
  }
  // Lead links are weaker: strongest first, and never into a group that already holds a post of one of the channels
  // on the other side (one channel's two posts are two statements, so a chain of rewrites must not join them).
  const leadLinks: LeadLink[] = [];
  for (const [a, b] of leadPairs(prepared)) {
    // Copies and forwards already joined need no weaker link (a text copied by many channels shares its lead too).
    if (sets.find(a!) === sets.find(b!)) continue;
    const [pa, pb] = [prepared[a!]!, prepared[b!]!];
    const link = leadLink(pa, pb, () => beyondFacts(w, a!, b!));
    const apartMs = Math.abs(pa.publishedMs - pb.publishedMs);
    const publisher = pa.input.report.publisher;
    const channel = publisher !== null && publisher === pb.input.report.publisher ? publisher : null;
    if (link) leadLinks.push({ a: a!, b: b!, ...link, apartMs, channel });
  }
  // Closest in time first among equals: an outlet retelling one of a mayor's alike posts joins the one it follows.
  leadLinks.sort((x, y) => y.score - x.score || x.apartMs - y.apartMs || x.a - y.a || x.b - y.b);
  const publishers = new Map<number, Set<string>>();
  prepared.forEach((p, i) => {
    const root = sets.find(i);
    const set = publishers.get(root) ?? new Set<string>();
    if (p.input.report.publisher !== null) set.add(p.input.report.publisher);
    publishers.set(root, set);
  });
  // A channel's restatement of its own post links the two posts of that channel: only that channel may be in both.
  // Joining two groups that each hold another channel's retelling joins four posts on one link, so a restatement does
  // it only when the two posts' whole texts share their wording too (WORDING_COSINE: the doctrine's follow-up repeats
  // the first post's body); otherwise it may only bring a post of its own (or the channel's posts alone) into a group.
  const join = (link: Link & { channel?: string | null }): void => {
    const ra = sets.find(link.a);
    const rb = sets.find(link.b);
    if (ra === rb) return;
    const pa = publishers.get(ra)!;
    const pb = publishers.get(rb)!;
    if ([...pa].some((x) => pb.has(x) && x !== link.channel)) return;
    if (link.channel && pa.size > 1 && pb.size > 1 && w.cosine(link.a, link.b) < WORDING_COSINE) return;
    if (bridges(link.a, link.b)) return;
    if (link.toll && tollApart(ra, rb)) return;
    links.push({ a: link.a, b: link.b, forA: link.forA, forB: link.forB });
    union(ra, rb);
    const root = sets.find(ra);
    publishers.set(root, new Set([...pa, ...pb]));
  };
  for (const link of leadLinks) join(link);
  for (const link of figureLinks(prepared, sets)) join(link);
  for (const link of wordingLinks(w, sets)) join(link);

  const originOfRoot = new Map<number, Prepared>();
  prepared.forEach((p, i) => {
    const root = sets.find(i);
    const best = originOfRoot.get(root);
    if (!best || earlier(p, best) < 0) originOfRoot.set(root, p);
  });

  const origins = new Map<string, string>();
  const linked = new Map<number, { other: Prepared; why: string }[]>();
  prepared.forEach((p, i) => {
    origins.set(p.id, originOfRoot.get(sets.find(i))!.id);
    linked.set(i, []);
  });
  for (const link of links) {
    linked.get(link.a)!.push({ other: prepared[link.b]!, why: link.forA });
    linked.get(link.b)!.push({ other: prepared[link.a]!, why: link.forB });
  }
  const reasons = new Map<string, string[]>();
  prepared.forEach((p, i) => {
    const list = linked.get(i)!.sort((x, y) => earlier(x.other, y.other));
    reasons.set(
      p.id,
      list.map((l) => l.why),
    );
  });
  return { origins, reasons };
}

/**
 * Why the wording rule (wordingLinks) does not link two reports of one block, for the profile of the real days
 * (scripts/profile-real-origins.ts): for indices into `items`, "not a candidate" when the rule's candidate step
 * (rare words shared, wording.ts) never offers the pair, then every guard of the rule's own list (wordingGuards) that
 * holds, or [] when none does (they may still be apart because their groups hold posts of one channel). Read only;
 * the grouping never calls it.
 */
export function wordingBlockers(items: readonly OriginInput[]): (a: number, b: number) => string[] {
  const w = wordingBlockOf(items.map(prepare));
  const candidates = new Set(w.pairs.map(([a, b]) => `${Math.min(a!, b!)}|${Math.max(a!, b!)}`));
  return (a, b) => {
    return [
      ...(candidates.has(`${Math.min(a, b)}|${Math.max(a, b)}`) ? [] : ['not a candidate']),
      ...wordingGuards(w, a, b, true),
    ];
  };
}
