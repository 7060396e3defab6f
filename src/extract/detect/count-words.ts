// Counts said without a number: "both", «обидві» (two); "all", «все катера» (as many as were launched);
// «БПЛА подавлен», "the drone was suppressed" (one).
import type { Fact } from '../../core/types.ts';
import type { Hit } from '../compile.ts';
import { anyOf } from '../grammar.ts';
import { hitsOf, type SentenceView, setField, spanOf } from '../view.ts';
import type { WeaponMention } from './count.ts';

// «Обидві ракети знищено», "both missiles were shot down"; «все катера уничтожены»: every one launched.
const BOTH_WORDS = anyOf('both');
const ALL_WORDS = anyOf('all');
const BOTH = new RegExp(`(?:^|\\s)(?:${BOTH_WORDS})\\s+(?:\\p{L}+\\s+)?$`, 'iu');
// "shot down all of the drones", "intercepted all the Russian cruise missiles": "of" may stand after "all".
export const ALL = new RegExp(`(?:^|\\s)(?:${ALL_WORDS})\\s+(?:(?:${anyOf('of')})\\s+)?(?:\\p{L}+\\s+)?$`, 'iu');
// «не всі дрони знищено», «почти все беспилотники уничтожены», "not all", "almost all": a word right before "all" that
// cancels or qualifies it. Tested on the text up to the "all" word.
const QUALIFIER = new RegExp(`(?:^|[\\s,;:(])(?:${anyOf('not_all')})\\s+$`, 'iu');
// «усі дрони знищено не було», "all drones were not shot down": the verb denied, between the weapon and the verb or
// right after the verb.
const NOT_BETWEEN = new RegExp(`(?:^|\\s)(?:${anyOf('not')})(?![\\p{L}])`, 'iu');
const NOT_AFTER = new RegExp(`^\\s+(?:${anyOf('not')})(?![\\p{L}])`, 'iu');
// «БПЛА подавлен», «беспилотник сбит»: a singular short participle right after the weapon counts one.
const SINGULAR_PARTICIPLE = new RegExp(`^(?:${anyOf('singular_participle')})$`, 'iu');

// "both were shot down", «обидві знищено», "all were destroyed": a pronoun before the verb.
const SINGULAR_AUX = new RegExp(String.raw`^\s+(?:${anyOf('singular_aux')})\s+$`, 'iu');
// "a drone attack", "drone strike": the weapon word names the attack, not a weapon that was downed.
const ATTACK_AFTER = new RegExp(String.raw`^\s*(?:${anyOf('attack_singular')})(?![\p{L}])`, 'iu');
const PRONOUN_TAIL = String.raw`(?:\s+(?:${anyOf('pronoun_tail')}))?\s+$`;
const BOTH_PRONOUN = new RegExp(`(?:^|[\\s;,])(?:${BOTH_WORDS})${PRONOUN_TAIL}`, 'iu');
const ALL_PRONOUN = new RegExp(`(?:^|[\\s;,])(?:${ALL_WORDS})${PRONOUN_TAIL}`, 'iu');

/** "both" counts two; its evidence is the word, which `match` found right before `at`. */
function countTwo(text: string, fact: Fact, match: RegExpExecArray, at: number): void {
  fact.count = { value: 2, min: 2, max: 2, approx: false };
  const start = at - match[0].trimStart().length;
  setField(fact, 'count', spanOf(text, start, start + match[0].trim().length));
}

/** Returns true when the count is "all of those launched" (mergeParts fills it from the launch number). */
export function pronounCount(view: SentenceView, text: string, fact: Fact): boolean {
  for (const trigger of hitsOf(view, 'interception')) {
    const before = text.slice(Math.max(view.span.start, trigger.start - 25), trigger.start);
    const both = BOTH_PRONOUN.exec(before);
    if (both) {
      countTwo(text, fact, both, trigger.start);
      return false;
    }
    const all = ALL_PRONOUN.exec(before);
    if (all && !qualifiedAll(view, text, trigger.start - before.length + all.index, all[0], trigger)) {
      // "…fired six missiles, all of which were shot down": as many as were launched.
      if (fact.launched && fact.fields.launched) {
        fact.count = fact.launched;
        fact.fields.count = { ...fact.fields.launched, inferred: true };
        return false;
      }
      return true;
    }
  }
  return false;
}

// "destroyed all 14 drones", «уничтожены все 14 беспилотников»: as many destroyed as came.
const ALL_BEFORE = new RegExp(`(?:^|\\s)(?:${ALL_WORDS})\\s+$`, 'iu');

export function allOfThem(view: SentenceView, text: string, fact: Fact): void {
  const field = fact.fields.count;
  if (!fact.count || !field || fact.launched) return;
  // "…three boats, with all of them destroyed": the pronoun before a later verb says the same.
  const pronoun = hitsOf(view, 'interception').some((h) =>
    ALL_PRONOUN.test(text.slice(Math.max(view.span.start, h.start - 25), h.start)),
  );
  if (!pronoun && !ALL_BEFORE.test(text.slice(Math.max(0, field.start - 6), field.start))) return;
  fact.launched = fact.count;
  fact.fields.launched = { ...field };
}

/** Counts said without a number; returns true when the count is "all of those launched". */
export function countWithoutNumber(
  view: SentenceView,
  text: string,
  fact: Fact,
  mention: WeaponMention,
  trigger: Hit,
): boolean {
  const before = text.slice(Math.max(view.span.start, mention.start - 20), mention.start);
  const both = BOTH.exec(before);
  if (both) {
    countTwo(text, fact, both, mention.start);
  } else if (ALL.test(before)) {
    const all = ALL.exec(before)!;
    return !qualifiedAll(view, text, mention.start - before.length + all.index, all[0], trigger, mention.end);
  } else if (
    (SINGULAR_PARTICIPLE.test(trigger.text) && trigger.start >= mention.end && trigger.start - mention.end <= 2) ||
    // "The drone was suppressed by electronic warfare": a singular noun and a singular verb.
    (mention.singular && SINGULAR_AUX.test(text.slice(mention.end, trigger.start))) ||
    bareSingular(view, text, mention, trigger)
  ) {
    fact.count = { value: 1, min: 1, max: 1, approx: false };
    setField(fact, 'count', spanOf(text, trigger.start, trigger.end));
  }
  return false;
}

// "shot down Ukrainian drone", "downed 'enemy' missile": the verb's object right after it, two words at most between
// (adjectives, a quoted word).
const OBJECT_GAP = /^\s+(?:['‘’"“”]?[\p{L}'’-]+['‘’"“”]?\s+){0,2}$|^\s+$/u;
// "Missile Shot Down", "drone shot down in Kursk", "drone intercepted by Russia": the verb right after its subject, a
// headline's passive with the auxiliary dropped, and nothing after it but the clause's end, a place or the agent. Not
// "drone destroys Russian bomber": an object after the verb makes it active.
const RIGHT_BEFORE = /^\s+$/u;
const PASSIVE_END = new RegExp(
  `^(?:\\s*(?:[,.;:!?()\u2013\u2014-]|$)|\\s+(?:${anyOf('anchor_place')})(?![\\p{L}]))`,
  'iu',
);

/** "Russia says it shot down Ukrainian drone near airbase", "Hypersonic Missile Shot Down", "debris from downed
 *  drone": a headline drops the article, and a singular weapon noun that was downed is still one (docs/eval.md), as
 *  a strike's bare singular is (attack.ts). Only the verb's object right after it or its subject right before it, never
 *  a model ("Kinzhal missile" says nothing of number) nor a noun that names an attack ("downed drone attack"). */
function bareSingular(view: SentenceView, text: string, mention: WeaponMention, trigger: Hit): boolean {
  if (!mention.singular || mention.model !== null) return false;
  if (ATTACK_AFTER.test(text.slice(mention.end, Math.min(view.span.end, mention.end + 12)))) return false;
  if (mention.start >= trigger.end) return OBJECT_GAP.test(text.slice(trigger.end, mention.start));
  return (
    mention.end <= trigger.start &&
    RIGHT_BEFORE.test(text.slice(mention.end, trigger.start)) &&
    (PASSIVE_END.test(text.slice(trigger.end, Math.min(view.span.end, trigger.end + 12))) ||
      hitsOf(view, 'passive_agent').some(
        (h) => h.start >= trigger.end && /^\s+$/u.test(text.slice(trigger.end, h.start)),
      ))
  );
}

/** "all" that does not say every one was destroyed: cancelled or qualified right before it («не всі», «майже всі»,
 *  "almost all"), or with its verb denied («усі дрони знищено не було»). `at` is where the match of "all" begins (with
 *  the space before it), `from` where the words between "all" and the verb end (the weapon, if any). */
function qualifiedAll(
  view: SentenceView,
  text: string,
  at: number,
  match: string,
  trigger: Hit,
  from = at + match.length,
): boolean {
  const word = at + (match.length - match.trimStart().length);
  if (QUALIFIER.test(text.slice(Math.max(view.span.start, word - 15), word))) return true;
  if (trigger.start >= from && NOT_BETWEEN.test(text.slice(from, trigger.start))) return true;
  return NOT_AFTER.test(text.slice(trigger.end, view.span.end));
}
