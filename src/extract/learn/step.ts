// The learned step (ARCHITECTURE.md, "A learned step"): after the rules, a report whose model says it
// tells a kind of event the rules found no fact of gets one fact of that kind, read from the sentence that speaks
// for the kind most: its place (or the report's one place) and, for a strike or an interception, its weapon. The
// kind's evidence is that whole sentence, marked inferred and `from: "model"`; region and weapon keep the spans of
// the mentions they come from. With a `drop` threshold, a text the model reads as telling no event loses the rules'
// facts (a passing mention, an off-topic post); with a `keep` threshold, each of the rules' facts is scored on its
// own (its sentence, its fields, the report's kinds) and dropped below it.
//
// Three guards keep the model from overruling what the rules decided on purpose (seventeenth session, measured by
// 5-fold cross-validation on dev; BENCHMARKS.md "learn17"): it adds only to a report the rules found an event in (a
// question, a trend, a denial, ground combat give the rules no fact on purpose, and the model read strikes into them);
// never from a sentence a rules' fact's evidence covers (the rules read that sentence and chose its kinds: an interception
// "destroyed 5 drones" got a strike beside it); and only a fact it can place in a region (one without could only
// stand apart from every incident). And the drop spares a report whose rules' facts hold a count and a region told
// now (not a recalled, historical one): a figure told of a place is the body of a report, not a passing mention.
import type { Fact, FactKind } from '../../core/types.ts';
import { FACT_KINDS } from '../../core/types.ts';
import { applyLocation } from '../detect/locate.ts';
import { newFact, type ReportContext, type SentenceView, setField } from '../view.ts';
import { factFeatureNames, keysOf, reportFeatureNames, sentenceFeatureNames } from './features.ts';
import { type KindModel, probabilities, rawScores } from './model.ts';

/** What the model reads of a report: each sentence's keys, and the report's (its sentences' and its own). */
export interface Reading {
  sentences: { view: SentenceView; keys: number[] }[];
  keys: number[];
  /** The report's own features alone (the rules' kinds, the language). */
  own: string[];
}

export function readReport(
  text: string,
  lang: string,
  views: readonly SentenceView[],
  facts: readonly Fact[],
): Reading {
  const own = reportFeatureNames(lang, facts);
  const all = new Set(own);
  const sentences = views.map((view, i) => {
    const names = sentenceFeatureNames(text, view, i === 0);
    for (const n of names) all.add(n);
    return { view, keys: keysOf(names) };
  });
  return { sentences, keys: keysOf(all), own: [...own] };
}

/** The sentence a fact's evidence starts in. */
function sentenceOf(reading: Reading, fact: Fact): Reading['sentences'][number] | undefined {
  return reading.sentences.find(
    (s) => s.view.span.start <= fact.evidence.start && fact.evidence.start < s.view.span.end,
  );
}

/** What the per-fact scorer reads of one of the rules' facts: its sentence's keys, its own features, the report's. */
export function factKeys(reading: Reading, fact: Fact): number[] {
  const sentence = sentenceOf(reading, fact);
  const names = new Set([...factFeatureNames(fact), ...reading.own]);
  if (!sentence) return keysOf(names);
  return [...new Set([...sentence.keys, ...keysOf(names)])].sort((a, b) => a - b);
}

/** A fact told now with a count and a region: what the drop never takes (see the header). A recalled figure ("last
 *  month air defences shot down 5 drones over the region") is not the body of the report, so it spares nothing. */
function countedInRegion(f: Fact): boolean {
  return !f.historical && f.count !== null && f.region !== null;
}

/** Whether a fact's evidence overlaps a sentence: a rules' fact whose evidence spans two sentences (a paired
 *  casualty toll, merged parts) speaks for both, not only the one it starts in. */
function overlaps(f: Fact, span: { start: number; end: number }): boolean {
  return f.evidence.start < span.end && span.start < f.evidence.end;
}

const WITH_WEAPON: ReadonlySet<FactKind> = new Set(['strike', 'interception']);
const KINDS: ReadonlySet<string> = new Set(FACT_KINDS);
/** The output that says whether the text tells an event at all. */
export const EVENT = 'event';
/** The per-fact output: whether the text tells an event of this rules' fact's kind. */
export const FACT = 'fact';

/** What the step did beyond adding facts: the rules' facts it took away, and why, so that none vanishes silently. */
export interface LearnedNote {
  /** `drop`: the model read no event in the text; `keep`: the per-fact scorer read the fact's kind as not told. */
  why: 'drop' | 'keep';
  /** The output's probability and the setting it fell below. */
  p: number;
  below: number;
  /** The rules' facts removed (their kind and evidence). */
  facts: Fact[];
}

/** A user's line for a note (a warning of `sitrep extract` and ingest). */
export function noteLine(note: LearnedNote): string {
  const what = note.facts.map((f) => `${f.kind} «${f.evidence.text.slice(0, 60)}»`).join(', ');
  const n = note.facts.length;
  const facts = `${n} fact${n === 1 ? '' : 's'} of the rules (${what})`;
  const p = note.p.toFixed(2);
  return note.why === 'drop'
    ? `learned step: the model reads no event in this text (p ${p} < drop ${note.below}); dropped ${facts}`
    : `learned step: the model reads the kind as not told (p ${p} < keep ${note.below}); dropped ${facts}`;
}

/** The report's facts after the step: none when the model reads no event in a text the rules found facts in (below
 *  `drop`) and none of them has a count and a region told now, else the rules' facts the per-fact scorer keeps (all, with
 *  `keep` 0) and, when the rules found an event, one fact of each kind the model reads and the rules found none of,
 *  from a sentence no rules' fact's evidence covers, placed in a region. Each removal is told in `notes`. */
export function applyLearned(
  model: KindModel,
  ctx: ReportContext,
  reading: Reading,
  facts: readonly Fact[],
  notes: LearnedNote[] = [],
): Fact[] {
  if (reading.sentences.length === 0) return [...facts];
  const p = probabilities(model, reading.keys);
  const event = model.outputs.indexOf(EVENT);
  if (event >= 0 && facts.length > 0 && p[event]! < model.drop && !facts.some(countedInRegion)) {
    notes.push({ why: 'drop', p: p[event]!, below: model.drop, facts: [...facts] });
    return [];
  }
  const scored = model.outputs.indexOf(FACT);
  const kept: Fact[] = [];
  for (const f of facts) {
    const q = scored >= 0 && model.keep > 0 ? probabilities(model, factKeys(reading, f))[scored]! : 1;
    if (q >= model.keep) kept.push(f);
    else notes.push({ why: 'keep', p: q, below: model.keep, facts: [f] });
  }
  // The rules found no event told here (no fact, or only past ones): the model completes a report, never makes one.
  if (!facts.some((f) => !f.historical)) return kept;
  const have = new Set(facts.map((f) => f.kind));
  const out: Fact[] = [];
  model.outputs.forEach((output, o) => {
    if (!KINDS.has(output) || have.has(output as FactKind) || p[o]! < model.threshold) return;
    const kind = output as FactKind;
    let best = reading.sentences[0]!;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const s of reading.sentences) {
      const score = rawScores(model, s.keys)[o]!;
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    const view = best.view;
    if (facts.some((f) => overlaps(f, view.span))) return;
    const fact = newFact(ctx, view, kind, view.span);
    fact.fields.kind = { ...view.span, inferred: true, from: 'model' };
    const place = view.places.find((pl) => pl.kind !== 'sea' && !pl.front);
    if (place) applyLocation(ctx, view, fact, { located: place, inferred: false, aggregate: false });
    else if (ctx.fallbackPlace)
      applyLocation(ctx, view, fact, { located: ctx.fallbackPlace, inferred: true, aggregate: false });
    const weapon = WITH_WEAPON.has(kind) ? view.hits.find((h) => h.value.weapon !== undefined) : undefined;
    if (weapon?.value.weapon) {
      fact.weapon = weapon.value.weapon.weapon;
      fact.weapon_model = weapon.value.weapon.model;
      setField(fact, 'weapon', { start: weapon.start, end: weapon.end, text: weapon.text });
    }
    if (fact.region === null) return;
    out.push(fact);
  });
  return [...kept, ...out];
}
