// What the learned step reads of a sentence: hashed pieces of its words and the mentions the rules' scans found in
// it. Nothing here knows a language: the words are cut into prefixes and character 4-grams, and the mentions are
// named by the lexicon's category names ("strike", "hit"), weapon classes and place kinds. The words themselves
// live only in a trained model (scripts/train-kinds.ts writes one), as hashes.
import { fnv1a } from '../../core/hash.ts';
import type { Fact } from '../../core/types.ts';
import type { SentenceView } from '../view.ts';

const WORD = /\p{L}+/gu;
const STEM = 5;
const GRAM = 4;

/** The feature names of one sentence, each once: word prefixes, character 4-grams of the words (with their edges,
 *  so a grammatical ending is a feature of its own), and the scans' mentions. `first` marks a headline. */
export function sentenceFeatureNames(text: string, view: SentenceView, first: boolean): Set<string> {
  const out = new Set<string>();
  const sentence = text.slice(view.span.start, view.span.end).toLowerCase();
  for (const m of sentence.matchAll(WORD)) {
    const word = m[0];
    out.add(`w:${word.slice(0, STEM)}`);
    if (word.length < 3) continue;
    const edged = `<${word}>`;
    for (let i = 0; i + GRAM <= edged.length; i++) out.add(`c:${edged.slice(i, i + GRAM)}`);
  }
  for (const h of view.hits) {
    for (const c of h.value.categories) out.add(`k:${c}`);
    if (h.value.weapon) out.add(`m:${h.value.weapon.weapon}`);
    if (h.value.object) out.add(`o:${h.value.object}`);
  }
  for (const p of view.places) out.add(p.front ? 'p:front' : `p:${p.kind}`);
  if (view.numbers.length > 0) out.add('n:number');
  if (view.times.length > 0) out.add('t:time');
  if (view.airports.length > 0) out.add('a:airport');
  if (first) out.add('s:first');
  return out;
}

/** The report's own features beside its sentences': what the rules found (the kinds of their facts, or none), and
 *  the language, so one weight can lean per language without naming a word. */
export function reportFeatureNames(lang: string, facts: readonly Fact[]): Set<string> {
  const out = new Set<string>([`l:${lang}`]);
  const told = facts.filter((f) => !f.historical);
  if (told.length === 0) out.add('r:none');
  for (const f of told) out.add(`r:${f.kind}`);
  return out;
}

/** What a fact of the rules says of itself, for the per-fact scorer: its kind, which values it has, and which it
 *  took from context rather than its own sentence. */
export function factFeatureNames(fact: Fact): Set<string> {
  const out = new Set<string>([`f:${fact.kind}`]);
  for (const [field, ev] of Object.entries(fact.fields)) {
    out.add(`f:${field}`);
    if (ev?.inferred) out.add(`f:${field}:inferred`);
    out.add(`f:${fact.kind}:${field}`);
  }
  if (fact.aggregate) out.add('f:aggregate');
  if (fact.country) out.add('f:country');
  return out;
}

/** Feature keys (a name's FNV-1a hash, the 32-bit key the model stores), sorted and once each. */
export function keysOf(names: Iterable<string>): number[] {
  return [...new Set([...names].map(fnv1a))].sort((a, b) => a - b);
}
