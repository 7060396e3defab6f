import type { Fact, FieldEvidence } from '../../core/types.ts';
import { toldAt, wholeCountryHits } from '../detect/nationwide.ts';
import { anyOf, anyOfTitled } from '../grammar.ts';
import { clauseAround, clauseJoins, clearPlace, type SentenceView, sentenceAt, sentenceStart } from '../view.ts';

const PARTED_KINDS: ReadonlySet<Fact['kind']> = new Set(['strike', 'interception']);
const COUNTS = ['count', 'launched', 'hit'] as const;

// Before the place: a part marker, then at most two small words (a preposition, an article): "including near Moscow",
// "chiefly over Crimea", "most of them at Kyiv". Lower-case words only, so that no other place or name stands between.
// The marker is captured: a count the fact reads after it ("including four over Moscow") is the place's own.
const PART_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${anyOf('part_marker')})\\s+(?:\\p{Ll}+\\s+){0,2}$`, 'du');
// A region word after a name ("Kursk region", "Sumy and Kharkiv regions").
const REGION_WORD = `(?:${anyOf('the_region')}|${anyOf('regions_noun')})`;
// A name: capitalised words.
const NAME = `\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*`;
// One more place of a list: a name, perhaps with its region word.
const LISTED = `${NAME}(?:\\s+${REGION_WORD})?`;
// After the place: only the rest of a list of places (names and commas), a conjunction, at most one word (a number:
// "10 other areas"), then the other places: "into Kyiv and other cities", "Kharkiv, Kyiv and other cities". A clause
// between ("Kharkiv overnight and other regions were also attacked") is no list: the place is the whole of its fact.
// A headline's capitals count too ("Kyiv And Other Cities"), spelled out, as the list's names must stay capitalised.
const OTHERS_AFTER = new RegExp(
  `^(?:\\s*,\\s*${LISTED})*\\s+(?:${anyOfTitled('conjunction')})\\s+(?:[\\p{L}\\p{N}-]+\\s+)?(?:${anyOfTitled('other_places')})(?![\\p{L}])`,
  'u',
);
// "other areas of the region", "other towns in the Kharkiv region": the others are inside a region named (the place's
// own or not, refused either way rather than guessed).
const WITHIN = new RegExp(`^\\s+(?:${anyOf('others_within')})\\s+(?:${NAME}\\s+)?${REGION_WORD}(?![\\p{L}])`, 'u');
// The place named is itself a region ("the Kursk region and other areas"): the others may be its own parts.
const REGION_PLACE = new RegExp(`(?:^|[^\\p{L}])${REGION_WORD}$`, 'u');
const REGION_NEXT = new RegExp(`^\\s+${REGION_WORD}(?![\\p{L}])`, 'u');
// How far before the place a part marker is looked for.
const REACH = 40;

const hasCount = (f: Fact) => COUNTS.some((k) => f[k] !== null);
const inside = (field: FieldEvidence, span: { start: number; end: number }) =>
  field.start >= span.start && field.end <= span.end;

/** Whether a count's words (its field's text, "26", "three") stand as whole words in the sentence of the marker,
 *  before it. */
function restated(field: FieldEvidence | undefined, text: string, marker: number): boolean {
  if (!field?.text.trim()) return false;
  const start = sentenceStart(text, marker);
  const words = field.text
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'iu').test(text.slice(start, marker));
}

// "Russian missiles hit multiple cities", "Ukraine's cities": a wave over several places the clause leaves unnamed.
const MANY_PLACES = new RegExp(`(?:^|[^\\p{L}])(?:${anyOfTitled('many_places')})(?![\\p{L}])`, 'u');

type SentenceOf = (at: number) => SentenceView | undefined;

/** Whether the fact's own clause (view.ts `clauseAround` at its verb) tells a wave over several unnamed places
 *  (`many_places`) or the whole country (`nationwide`): "Russian missiles hit multiple cities", "… slam into cities
 *  across Ukraine". (The country alone as the object, "missiles hit Ukraine", was tried: it is as often one strike's
 *  toll headline, "7 dead in missile strikes on Ukraine", as a wave; not read.) */
function toldWhole(fact: Fact, text: string, sentenceOf: SentenceOf): boolean {
  const at = toldAt(fact);
  const view = sentenceOf(at);
  if (!view) return false;
  const clause = clauseAround(text, view, { start: at, end: at }, clauseJoins(view));
  if (MANY_PLACES.test(text.slice(clause.start, clause.end))) return true;
  return wholeCountryHits(view, text).some((h) => h.start >= clause.start && h.end <= clause.end);
}

/** Where the marker that makes the place a part starts, or -1 when the sentence marks no part. */
function partMarker(place: FieldEvidence, text: string): number {
  const from = Math.max(0, place.start - REACH);
  const before = PART_BEFORE.exec(text.slice(from, place.start));
  if (before?.indices?.[1]) return from + before.indices[1][0];
  const after = text.slice(place.end, place.end + 3 * REACH);
  const others = OTHERS_AFTER.exec(after);
  if (!others) return -1;
  // "the Kursk region and other areas (of the region)": the region named may be the whole; refuse rather than guess.
  if (WITHIN.test(after.slice(others[0].length))) return -1;
  if (REGION_PLACE.test(place.text) || REGION_NEXT.test(after)) return -1;
  return place.end;
}

/**
 * "Moscow said 25 Ukrainian drones were destroyed, including near the capital", "downed some 30 drones,
 * chiefly over Crimea", "missiles hit Kyiv and other cities": the place a strike or an interception names is only a
 * part of the wave its sentence tells. The real labels read such a sentence as two facts: the wave in no region (the
 * whole, which keeps the count, `launched` and `hit`), and the named place with no count of its own (docs/eval.md, "A
 * total over regions named without their own counts"). A detector reads one fact at the place, with the whole's count.
 * This refiner adds the whole (a copy with no place) unless a fact of the same kind and weapon in no region is already
 * told in the same evidence (sentence), and moves the counts to it (an existing whole with no count of its own takes
 * them). Only what the sentence itself says: a place inferred or read outside the fact's evidence marks nothing
 * unless the fact restates a count of the marker's sentence (a headline merged with its lead), a count read after the
 * marker ("including four over Moscow") is the place's own and the fact is left alone, and a count no whole keeps
 * stays on the place. With no count at all the whole is still added ("strikes on energy sites,
 * including in Lviv": the wave in no region, one per weapon), as the dev labels read it more often than not.
 * A place a fact borrowed (from the lead or the context) is also a part of the wave its own clause tells over several
 * unnamed places or the whole country ("Russian missiles hit multiple cities" over a lead on Dnipro: `toldWhole`). (A
 * nationwide phrase before a named place in its sentence, "drones across Ukraine, targeting Odesa", was read as the
 * place's whole in enx32 and removed after review: it took alert, outage and school clauses for a wave.)
 * Language-agnostic: the markers are the lexicons' `part_marker`, `other_places`, `others_within`, `many_places` and
 * `nationwide` (the first four English only so far).
 */
export function partsOfWhole(facts: Fact[], text: string, views: readonly SentenceView[] = []): Fact[] {
  const sentenceOf = sentenceAt(views);
  // The wholes already told, by kind and weapon: one pass, so that a long report costs linear work. Each is used
  // only for a fact of the same evidence.
  const key = (f: Fact) => `${f.kind}|${f.weapon ?? ''}`;
  const wholes = new Map<string, Fact[]>();
  const add = (f: Fact) => {
    const list = wholes.get(key(f));
    if (list) list.push(f);
    else wholes.set(key(f), [f]);
  };
  for (const f of facts) if (f.region === null && !f.aggregate) add(f);
  const out: Fact[] = [];
  for (const fact of facts) {
    out.push(fact);
    const place = fact.fields.region;
    if (!PARTED_KINDS.has(fact.kind) || fact.aggregate || fact.region === null || !place) continue;
    if (place.start === place.end) continue;
    const counted = hasCount(fact);
    // A place borrowed from another sentence marks a part only for a fact that restates that sentence's count (a
    // headline "Russia Downs 26 Drones" merged with its lead "26 drones, including near Moscow"); a fact with no count
    // that borrowed it ("shot down drones overnight.") is no wave the marker speaks of.
    const borrowed = place.inferred || !inside(place, fact.evidence);
    // "Russian missiles hit multiple cities" over a lead on Dnipro: the fact's own clause tells the whole, and the place
    // it borrowed is a part of it; the whole is added and the place keeps the fact.
    const whole = borrowed && !counted && toldWhole(fact, text, sentenceOf);
    if (borrowed && !counted && !whole) continue;
    const marker = whole ? fact.evidence.end : partMarker(place, text);
    if (marker < 0) continue;
    // And restates it there: the count's words stand in the marker's sentence, before the marker. Another sentence's
    // marker ("Three drones were shot down. Debris fell on Belgorod and other towns.") tells nothing of this count.
    if (borrowed && !whole && !COUNTS.some((k) => restated(fact.fields[k], text, marker))) continue;
    // A count read after the marker belongs to the place ("including four over Moscow"): nothing to move. (A count in
    // a headline, before its body, ends before the marker.)
    if (COUNTS.some((k) => (fact.fields[k]?.end ?? 0) > marker)) continue;
    const same = (f: Fact) => f.evidence.start === fact.evidence.start && f.evidence.end === fact.evidence.end;
    const told = wholes.get(key(fact))?.find(same);
    let kept = true;
    if (told) {
      if (counted && !hasCount(told)) {
        for (const k of COUNTS) {
          told[k] = fact[k];
          const field = fact.fields[k];
          if (field) told.fields[k] = field;
        }
      } else if (counted) {
        // The whole has counts of its own: the place's go only when the whole already tells the same ones.
        kept = COUNTS.every((k) => JSON.stringify(told[k]) === JSON.stringify(fact[k]));
      }
    } else {
      const copy: Fact = { ...fact, id: `${fact.id}:whole`, fields: { ...fact.fields } };
      clearPlace(copy);
      out.push(copy);
      add(copy);
    }
    if (!counted || !kept) continue;
    for (const k of COUNTS) {
      fact[k] = null;
      delete fact.fields[k];
    }
  }
  return out;
}
