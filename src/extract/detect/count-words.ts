// Counts said without a number: "both", «обидві» (two); "all", «все катера» (as many as were launched);
// «БПЛА подавлен», "the drone was suppressed" (one).
import type { Fact } from '../../core/types.ts';
import type { Hit } from '../compile.ts';
import { anyOf } from '../grammar.ts';
import { hitsOf, type SentenceView, setField, spanOf } from '../view.ts';
import { type WeaponMention, weaponMentions } from './count.ts';

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
    (mention.singular && SINGULAR_AUX.test(text.slice(mention.end, trigger.start)))
  ) {
    fact.count = { value: 1, min: 1, max: 1, approx: false };
    setField(fact, 'count', spanOf(text, trigger.start, trigger.end));
  } else if (bareSingular(view, text, mention, trigger)) {
    // The noun is the evidence, as a strike's bare singular (attack.ts): two bare weapons of one verb ("shot down
    // drone and missile") are two counts, not one number that two classes share (sharedCounts).
    fact.count = { value: 1, min: 1, max: 1, approx: false };
    setField(fact, 'count', spanOf(text, mention.start, mention.end));
  }
  return false;
}

// "shot down Ukrainian drone", "downed 'enemy' missile": the verb's object right after it, two words at most between,
// each an adjective: a quoted word, a capitalised one ("Ukrainian", "Russian-made") or a listed lowercase one
// ("enemy"), and never a word that picks or denies ("every", "any", "most", "no"), an article, a preposition or the
// agent's "by" ("shot down by Ukrainian drone": the drone downed the other), which a title-case headline capitalises.
const OBJECT_GAP = /^\s+(?:['‘’"“”]?[\p{L}'’-]+['‘’"“”]?\s+){0,2}$|^\s+$/u;
const QUOTED = /^['‘’"“”]/u;
const CAPITALISED = /^\p{Lu}/u;
const ADJECTIVE = new RegExp(`^(?:${anyOf('weapon_adjective')})$`, 'iu');
const NOT_ADJECTIVE = new RegExp(
  `^(?:${anyOf('quantifier')}|${anyOf('all')}|${anyOf('each_word')}|${anyOf('not')}|${anyOf('definite')}|` +
    `${anyOf('indefinite_article')}|${anyOf('anchor_place')}|${anyOf('of')}|${anyOf('from')}|${anyOf('destination')}|` +
    `${anyOf('conjunction')}|${anyOf('cause_near')})$`,
  'iu',
);
// "every drone shot down over Kyiv", "most drone targets": a word that picks some of many, up to two words before.
const PICKED_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${anyOf('quantifier')}|${anyOf('all')}|${anyOf('each_word')})(?:\\s+[\\p{L}'’-]+){0,2}\\s+$`,
  'iu',
);
// "has not shot down any drone": the verb denied.
const NOT_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${anyOf('not')})(?:\\s+[\\p{L}'’-]+)?\\s+$`, 'iu');
// "Missile Shot Down", "drone shot down in Kursk", "drone intercepted by Russia": the verb right after its subject, a
// headline's passive with the auxiliary dropped, and nothing after it but the clause's end, a place or the agent. Not
// "drone destroys Russian bomber": an object after the verb makes it active.
const RIGHT_BEFORE = /^\s+$/u;
const PASSIVE_END = new RegExp(
  `^(?:\\s*(?:[,.;:!?()\u2013\u2014-]|$)|\\s+(?:${anyOf('anchor_place')})(?![\\p{L}]))`,
  'iu',
);
// What may follow a bare singular that is the noun itself: the clause's end, a dash set off by a space, a place
// ("shot down Ukrainian drone over Bryansk"), or a verb of its own (`VERB_AFTER`). Not another noun it only describes ("drone swarm", "missile launcher",
// "drone targets", "drone attacks"), nor "drone after drone".
const NOUN_END = new RegExp(
  `^(?:\\s*(?:[,.;:!?()]|$)|\\s+[\u2013\u2014-]|\\s+(?:${anyOf('anchor_place')})(?![\\p{L}]))`,
  'iu',
);
const NOUN_AND = new RegExp(`^\\s*(?:,|,?\\s*(?:${anyOf('conjunction')}))\\s+`, 'iu');
const VERB_AFTER = ['fell', 'damage', 'destroying', 'strike'] as const;
const ATTACK_WORD_AFTER = new RegExp(
  `^\\s+(?:${anyOf('attack_singular')}|${anyOf('attack_plural')})(?![\\p{L}])`,
  'iu',
);
const ONLY_AND = new RegExp(`^\\s*(?:,|,?\\s*(?:${anyOf('conjunction')}))\\s+$`, 'iu');

/** The mention is one weapon phrase, its weapon words side by side ("cruise missile"); not two weapon words with a
 *  word between that a mention may join ("drone after drone": one after another, many). */
function onePhrase(view: SentenceView, text: string, mention: WeaponMention): boolean {
  const words = view.hits.filter((h) => h.value.weapon && h.start >= mention.start && h.end <= mention.end);
  return words.every((h, i) => i === 0 || /^[\s"'«»‘’“”-]*$/u.test(text.slice(words[i - 1]!.end, h.start)));
}

/** The weapon noun ends its phrase: the clause ends, a place or the agent follows, or a conjunction and then another
 *  weapon that itself ends the phrase ("drone and missile over Kyiv", not "drone and missile attacks"). */
function nounEnds(view: SentenceView, text: string, mention: WeaponMention, mentions: WeaponMention[]): boolean {
  const after = text.slice(mention.end, Math.min(view.span.end, mention.end + 40));
  if (NOUN_END.test(after)) return true;
  // "debris from downed drone destroys homes", "Downed Missile Fell on", "destroyed drone targeting Belgorod": the noun
  // is the subject of its own fall, damage or strike; not an attack noun ("drone strikes").
  const next = view.hits.filter((h) => h.start >= mention.end && /^\s+$/u.test(text.slice(mention.end, h.start)));
  if (
    !ATTACK_WORD_AFTER.test(after) &&
    !next.some((h) => h.value.categories.has('attack_noun')) &&
    next.some((h) => VERB_AFTER.some((c) => h.value.categories.has(c)))
  )
    return true;
  if (
    hitsOf(view, 'passive_agent').some((h) => h.start >= mention.end && /^\s+$/u.test(text.slice(mention.end, h.start)))
  )
    return true;
  const and = NOUN_AND.exec(after);
  if (!and) return false;
  const other = mentions.find((m) => m.start === mention.end + and[0].length);
  return other === undefined || nounEnds(view, text, other, mentions);
}

/** The words between the verb and its object are adjectives only, or an earlier bare weapon of the same list with its
 *  conjunction ("shot down drone and missile": the missile is the verb's object too). */
function adjectivesOnly(view: SentenceView, text: string, mention: WeaponMention, trigger: Hit): boolean {
  const gap = text.slice(trigger.end, mention.start);
  const earlier = weaponMentions(view).find(
    (m) => m.start >= trigger.end && m.end <= mention.start && ONLY_AND.test(text.slice(m.end, mention.start)),
  );
  if (earlier) return earlier.singular && earlier.model === null && adjectivesOnly(view, text, earlier, trigger);
  if (!OBJECT_GAP.test(gap)) return false;
  if (hitsOf(view, 'passive_agent').some((h) => h.start >= trigger.end && h.end <= mention.start)) return false;
  return gap
    .split(/\s+/u)
    .filter((w) => w !== '')
    .every((w) => {
      if (QUOTED.test(w)) return true;
      const word = w.replace(/['‘’"“”]+$/u, '');
      return !NOT_ADJECTIVE.test(word) && (CAPITALISED.test(word) || ADJECTIVE.test(word));
    });
}

/** "Moscow says it downed Ukrainian drone near depot", "Hypersonic Missile Shot Down", "debris from downed
 *  drone": a headline drops the article, and a singular weapon noun that was downed is still one (docs/eval.md), as
 *  a strike's bare singular is (attack.ts). Only the verb's object right after it, with adjectives only between and
 *  nothing after it but the clause's end, a place or a conjunction, or its subject right before it with no word that
 *  picks one of many before it; never a model ("Kinzhal missile" says nothing of number) nor a noun that only
 *  describes another ("downed drone attack", "drone swarm", "missile launcher"), nor a denied verb. */
function bareSingular(view: SentenceView, text: string, mention: WeaponMention, trigger: Hit): boolean {
  if (!mention.singular || mention.model !== null || !onePhrase(view, text, mention)) return false;
  if (ATTACK_AFTER.test(text.slice(mention.end, Math.min(view.span.end, mention.end + 12)))) return false;
  if (NOT_BEFORE.test(text.slice(Math.max(view.span.start, trigger.start - 20), trigger.start))) return false;
  if (mention.start >= trigger.end)
    return adjectivesOnly(view, text, mention, trigger) && nounEnds(view, text, mention, weaponMentions(view));
  return (
    mention.end <= trigger.start &&
    RIGHT_BEFORE.test(text.slice(mention.end, trigger.start)) &&
    !PICKED_BEFORE.test(text.slice(Math.max(view.span.start, mention.start - 30), mention.start)) &&
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
