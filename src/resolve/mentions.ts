// A report from which no fact of the night's incidents was read can still be about one of them: a president who
// "did not confirm that ATACMS struck the depot in Bryansk Oblast" (a denial makes no fact), a video "of the Oreshnik
// strike on Yuzhmash in Dnipro". It names what only that incident's reports name: its place and its weapon model.
// Which words those are is read from the night's own facts, never from a word list: a place word is a word of one
// region's place names that no fact of another region uses ("области" is every region's), a model word a word of one
// model's name that no fact of another model uses (the weapon as written, "ракетами", is a class word, never one).
import type { Fact, Report } from '../core/types.ts';
import type { Cluster } from './cluster.ts';
import { contentWordHashes } from './shingles.ts';
import { compareText } from './time.ts';

/** Stems shorter than this say nothing of a place or model ("в", "по"). */
const MIN_WORD = 3;

interface Anchors {
  places: Set<number>;
  models: Set<number>;
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

/** The words of a fact's weapon model only: the weapon as written ("дронов", "ракетами") is a class word, and a night
 *  whose drone facts all name one model would make it that model's (a review's finding: explainers of a new missile
 *  joined its strike by the word "ракета"). */
function modelWords(f: Fact, report: Report | undefined): number[] {
  return wordsOf(f.weapon_model, report);
}

/** Words that belong to one key only (one region, one model) among the night's facts. */
function ownedWords(facts: readonly Fact[], keyOf: (f: Fact) => string | null, words: (f: Fact) => number[]) {
  const owners = new Map<number, Set<string>>();
  for (const f of facts) {
    const key = keyOf(f) ?? '';
    for (const w of words(f)) owners.set(w, (owners.get(w) ?? new Set<string>()).add(key));
  }
  return (w: number, key: string) => owners.get(w)?.size === 1 && owners.get(w)!.has(key);
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
    (f) => modelWords(f, report(f)),
  );
  return clusters.map((c): Anchors => {
    const places = new Set<number>();
    const models = new Set<number>();
    for (const { fact } of c.members) {
      const region = fact.region?.code;
      if (region) for (const w of placeWords(fact, report(fact))) if (placeOwned(w, region)) places.add(w);
      const model = fact.weapon_model;
      if (model) for (const w of modelWords(fact, report(fact))) if (modelOwned(w, model)) models.add(w);
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
    let host = -1;
    clusters.forEach((c, i) => {
      const a = anchors[i]!;
      if (![...a.places].some((w) => words.has(w)) || ![...a.models].some((w) => words.has(w))) return;
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
      out.set(c, [...(out.get(c) ?? []), report]);
    }
  }
  return out;
}
