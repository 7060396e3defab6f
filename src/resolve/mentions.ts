// A report from which no fact of the night's incidents was read can still be about one of them: a president who
// "did not confirm that ATACMS struck the depot in Bryansk Oblast" (a denial makes no fact), a video "of the Oreshnik
// strike on Yuzhmash in Dnipro". It names what only that incident's reports name: its place and its weapon model.
// Which words those are is read from the night's own facts, never from a word list: a place word is a word of one
// region's place names that no fact of another region uses ("области" is every region's), a model word a word of one
// model's name that no fact of another model uses (the weapon as written, "ракетами", is a class word, never one).

import { pushTo } from '../core/multimap.ts';
import { latinKey } from '../core/names.ts';
import type { Fact, Report } from '../core/types.ts';
import type { Cluster } from './cluster.ts';
import { isInferredWindow } from './infer-window.ts';
import { contentWordHashes } from './shingles.ts';
import { compareText } from './time.ts';

/** Stems shorter than this say nothing of a place or model ("в", "по"). */
const MIN_WORD = 3;
/** A model name's word spells the model only from this many Latin letters ("Kh" of "Kh-101", "Grad" spell nothing). */
const MIN_KEY = 5;
/** Letters a report's word may add to a model's name: a case ending («Орешником»), not another word ("Градусов"). A
 *  word in Latin letters adds at most a plural's one ("Shaheds"): "Orlando" is no "Orlan". */
const MAX_INFLECTION = 3;
const MAX_LATIN_INFLECTION = 1;
/** Opening quotes: a word right after one is written as a name («Калибр», "Tochka"). */
const OPENING_QUOTE = /[«"„“‘'‹]$/u;
/** What ends a sentence: the word after it is capitalised whatever it is. */
const SENTENCE_END = /[.!?…\n]/u;

interface Anchors {
  places: Set<number>;
  models: Set<string>;
}

function wordsOf(text: string | null | undefined, report: Report | undefined): number[] {
  return text ? contentWordHashes(text, report?.lang ?? 'ru', MIN_WORD) : [];
}

/** The place names a fact was told with: its region and place as the report wrote them. A region lent by the
 *  publisher's name ("Kursk Governor") or a place read from context is not in the text. */
function placeWords(f: Fact, report: Report | undefined): number[] {
  const region = f.fields.region?.from === 'publisher' ? null : f.region?.name;
  const place = f.fields.place && !f.fields.place.inferred ? f.fields.place.text : null;
  return [...wordsOf(region, report), ...wordsOf(place, report)];
}

/** The Latin keys of a fact's weapon model only ("Oreshnik" -> "oreshnik"): the weapon as written ("дронов",
 *  "ракетами") is a class word, and a night whose drone facts all name one model would make it that model's (a
 *  review's finding: explainers of a new missile joined its strike by the word "ракета"). A key is read in either
 *  script (core/names.ts, latinKey), so «Орешником» in a report names the model the facts call "Oreshnik". */
function modelKeys(f: Fact): string[] {
  return keysOf(f.weapon_model?.match(WORD) ?? []).map((k) => k.key);
}

const WORD = /[\p{L}\p{N}]+/gu;

interface WordKey {
  key: string;
  /** Letters the word may add to a model's name (MAX_INFLECTION, MAX_LATIN_INFLECTION). */
  inflection: number;
}

/** The Latin keys (core/names.ts, latinKey) of words long enough to spell a model. */
function keysOf(words: Iterable<string>): WordKey[] {
  const out: WordKey[] = [];
  for (const w of words) {
    const key = latinKey(w);
    if (key.length >= MIN_KEY)
      out.push({ key, inflection: /^[a-z0-9]+$/i.test(w) ? MAX_LATIN_INFLECTION : MAX_INFLECTION });
  }
  return out;
}

/** The words a report writes as names: capitalised and not a sentence's first word («ударили Калибрами»), or right
 *  after an opening quote («Точка-У»). A common word a model is named after («крупного калибра», «точки», "бандероль")
 *  is written in lower case, and any word is capitalised at a sentence's start. */
function nameWords(text: string): string[] {
  const out: string[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const before = text.slice(last, m.index);
    last = m.index + word.length;
    if (OPENING_QUOTE.test(before)) out.push(word);
    else if (/^\p{Lu}/u.test(word) && m.index > 0 && !SENTENCE_END.test(before)) out.push(word);
  }
  return out;
}

/** A report's word spells a model's name: its key is the name's key and at most an inflection more. */
function spellsModel(wordKeys: readonly WordKey[], models: ReadonlySet<string>): boolean {
  return wordKeys.some(({ key, inflection }) => {
    for (let n = Math.max(MIN_KEY, key.length - inflection); n <= key.length; n++)
      if (models.has(key.slice(0, n))) return true;
    return false;
  });
}

/** Words that belong to one key only (one region, one model) among the night's facts. */
function ownedWords<W>(facts: readonly Fact[], keyOf: (f: Fact) => string | null, words: (f: Fact) => W[]) {
  const owners = new Map<W, Set<string>>();
  for (const f of facts) {
    const key = keyOf(f) ?? '';
    for (const w of words(f)) owners.set(w, (owners.get(w) ?? new Set<string>()).add(key));
  }
  return (w: W, key: string) => owners.get(w)?.size === 1 && owners.get(w)!.has(key);
}

function anchorsOf(clusters: readonly Cluster[], facts: readonly Fact[], reports: ReadonlyMap<string, Report>) {
  const report = (f: Fact) => reports.get(f.report_id);
  const placeOwned = ownedWords(
    facts,
    (f) => f.region?.code ?? null,
    (f) => placeWords(f, report(f)),
  );
  const modelOwned = ownedWords(
    facts.filter((f) => f.fields.weapon || f.weapon_model),
    (f) => f.weapon_model,
    modelKeys,
  );
  return clusters.map((c): Anchors => {
    const places = new Set<number>();
    const models = new Set<string>();
    for (const { fact } of c.members) {
      const region = fact.region?.code;
      if (region) for (const w of placeWords(fact, report(fact))) if (placeOwned(w, region)) places.add(w);
      const model = fact.weapon_model;
      if (model && !isInferredWindow(fact)) for (const k of modelKeys(fact)) if (modelOwned(k, model)) models.add(k);
    }
    return { places, models };
  });
}

/** Each given report that names one of the clusters' places and one of its weapon models goes to that cluster (the
 *  one with most facts among several, ties by the smallest fact id). `candidates` are the reports none of whose
 *  facts is in a cluster, in id order. */
export function mentions(
  clusters: readonly Cluster[],
  facts: readonly Fact[],
  reports: ReadonlyMap<string, Report>,
  candidates: readonly string[],
): Map<Cluster, Report[]> {
  const out = new Map<Cluster, Report[]>();
  if (candidates.length === 0 || clusters.length === 0) return out;
  const anchors = anchorsOf(clusters, facts, reports);
  const firstFact = clusters.map((c) => c.members.map((p) => p.fact.id).sort(compareText)[0] ?? '');
  for (const id of candidates) {
    const report = reports.get(id);
    if (!report) continue;
    const words = new Set(contentWordHashes(report.text, report.lang, MIN_WORD));
    let keys: WordKey[] | undefined;
    let host = -1;
    clusters.forEach((c, i) => {
      const a = anchors[i]!;
      if (a.models.size === 0 || ![...a.places].some((w) => words.has(w))) return;
      keys ??= keysOf(nameWords(report.text));
      if (!spellsModel(keys, a.models)) return;
      const best = host < 0 ? undefined : clusters[host]!;
      if (
        !best ||
        c.members.length > best.members.length ||
        (c.members.length === best.members.length && compareText(firstFact[i]!, firstFact[host]!) < 0)
      )
        host = i;
    });
    if (host >= 0) {
      const c = clusters[host]!;
      pushTo(out, c, report);
    }
  }
  return out;
}
