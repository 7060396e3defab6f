import type { Count, Lang, Span, Weapon } from '../../core/types.ts';
import { isVague, type NumberMatch } from '../common/numbers.ts';
import { type Hit, wordCategories } from '../compile.ts';
import { anyOf } from '../grammar.ts';
import { hitsOf, isCasualtyWord, type SentenceView, spanOf } from '../view.ts';

/** One weapon as the sentence names it: "83 ударними БпЛА типу Shahed" and "an FPV (First-Person View) drone" are
 *  one mention each, though the lexicon finds two words in both. */
export interface WeaponMention {
  start: number;
  end: number;
  weapon: Weapon;
  model: string | null;
  singular: boolean;
}

const GENERIC: Partial<Record<Weapon, Weapon[]>> = {
  uav: ['fpv_drone'],
  missile: ['cruise_missile', 'ballistic_missile'],
  unknown_air_target: ['high_speed_target'],
};

function compatible(a: Weapon, b: Weapon): boolean {
  return a === b || (GENERIC[a]?.includes(b) ?? false) || (GENERIC[b]?.includes(a) ?? false);
}

function specific(a: Weapon, b: Weapon): Weapon {
  return GENERIC[a]?.includes(b) ? b : a;
}

// Singular heads that count one: «беспилотник сбит», «уничтожена воздушная цель», «удар балістичною ракетою»,
// «в результате удара беспилотника» (a genitive singular: with a number it would be «двух беспилотников»).
const SINGULAR = new RegExp(`(?:${anyOf('singular_weapon')})$`, 'iu');

// Two words name one weapon only when nothing but words stands between them: «БпЛА типу Shahed» is one mention,
// «атака беспилотников, сбиты 12 БПЛА» is two. Digits glued to letters by a hyphen are a designation, not a count:
// «ракетами MGM-140 ATACMS» is one mention.
const SAME_PHRASE = /^(?:[\s\p{L}()«»"'‘’“”-]|(?<=\p{L}[-–])\d+)*$/u;

export function weaponMentions(view: SentenceView): WeaponMention[] {
  const out: WeaponMention[] = [];
  for (const h of view.hits) {
    const w = h.value.weapon;
    if (!w) continue;
    if (namesSystem(view, h)) continue;
    const prev = out[out.length - 1];
    const between = view.span.text.slice(prev ? prev.end - view.span.start : 0, h.start - view.span.start);
    // A number between starts a new mention: «ракетного удару по Одесі двома балістичними ракетами».
    const counted = prev !== undefined && view.numbers.some((n) => n.start >= prev.end && n.end <= h.start);
    if (
      prev &&
      !counted &&
      h.start - prev.end <= 25 &&
      compatible(prev.weapon, w.weapon) &&
      SAME_PHRASE.test(between)
    ) {
      prev.end = Math.max(prev.end, h.end);
      prev.weapon = specific(prev.weapon, w.weapon);
      prev.model ??= w.model;
      // A model name after the noun («ракетою Іскандер-М») says nothing about number.
      if (!w.model) prev.singular &&= w.singular || SINGULAR.test(h.text);
      continue;
    }
    out.push({
      start: h.start,
      end: h.end,
      weapon: w.weapon,
      model: w.model,
      singular: w.singular || SINGULAR.test(h.text),
    });
  }
  return out;
}

/** A weapon's name right before a military target the lexicon lists ("S-300 missile system", "a Buk-M2
 *  surface-to-air missile defence system": `objects`, military) names that target, a launcher on the ground, within
 *  one phrase: only quoted names and hyphenated words between. */
function namesSystem(view: SentenceView, h: Hit): boolean {
  const text = view.span.text;
  return view.hits.some(
    (n) =>
      n.value.object === 'military' &&
      n.value.weapon === undefined &&
      n.start >= h.end &&
      SYSTEM_GAP.test(text.slice(h.end - view.span.start, n.start - view.span.start)),
  );
}

const SYSTEM_GAP = /^\s+(?:(?:['‘’"“”][\p{L}-]+['‘’"“”]|[\p{L}]+-[\p{L}-]+)\s+){0,3}$/u;

// A number that counts something else: "in two regions", «3 человека», "6 locations".
const NOT_A_WEAPON_COUNT = new RegExp(String.raw`^[\s-]*(?:${anyOf('not_weapon_counted')})`, 'iu');

/** A number whose noun right after it counts something else («с 3 направлений», "6 locations"). */
export function countsNoWeapon(text: string, n: NumberMatch): boolean {
  return NOT_A_WEAPON_COUNT.test(text.slice(n.end, n.end + 16));
}

// «Вместо обещанных 100 беспилотников … сбиты 14», «Замість 5 ракет … влучили 3», "instead of the 100 drones": the
// figure after `in_place_of` (perhaps past two words: "instead of the expected 100") is the one expected, not the count.
const IN_PLACE_OF = new RegExp(String.raw`(?<![\p{L}])(?:${anyOf('in_place_of')})\s+(?:[\p{L}]+\s+){0,2}$`, 'iu');

function weaponCountCandidates(view: SentenceView, text: string): NumberMatch[] {
  const numbers = view.numbers.filter((n) => !countsNoWeapon(text, n));
  // "destroyed 21 rather than 24 drones": a figure right before the phrase is the count, and the one after it the
  // rejected figure that `rejectedBy` reads; only a phrase with no figure before it sets the one after it aside.
  return numbers.filter(
    (n) =>
      !IN_PLACE_OF.test(text.slice(Math.max(view.span.start, n.start - 40), n.start)) ||
      rejectedBy(numbers, text, n) !== undefined,
  );
}

/** «Уже 5 постраждалих внаслідок удару», "9 injured in the strike", «3 человека»: a number whose noun, before `until`
 *  (the word it would count), is a casualty word or a `not_weapon_counted` noun counts people or things, never the
 *  weapons or the strikes. */
export function countsOther(view: SentenceView, text: string, n: NumberMatch, until: number): boolean {
  if (NOT_A_WEAPON_COUNT.test(text.slice(n.end, n.end + 16))) return true;
  return view.hits.some((h) => isCasualtyWord(h) && h.start >= n.end && h.end <= until);
}

/** A vague amount ("several drones", "dozens of missiles", «несколько БПЛА») is a plural with no number, which
 *  docs/eval.md counts as null, not as "at least two": the weapon has no count, and no other number takes its place. */
const RISEN_BEFORE = new RegExp(`(?<![\\p{L}])(?:${anyOf('risen')})\\s+$`, 'iu');
const stated = (n: NumberMatch, text: string): CountFound | null => {
  if (isVague(n.count)) return null;
  const { min, max } = n.count;
  // "went up from 40 to 45", «выросло с 40 до 45»: after a verb of rising, a range is the change; the count is where
  // it rose to.
  if (
    n.count.value === null &&
    min !== null &&
    max !== null &&
    RISEN_BEFORE.test(text.slice(Math.max(0, n.start - 30), n.start))
  )
    return {
      count: { value: max, min: max, max, approx: n.count.approx },
      span: { start: n.start, end: n.end, text: n.text },
    };
  return { count: n.count, span: { start: n.start, end: n.end, text: n.text } };
};

export interface CountFound {
  count: Count;
  span: Span;
}

const ONE: Count = { value: 1, min: 1, max: 1, approx: false };

// Between a corrected figure and the one it rejects: "38, not 40", «38, а не 40», «38, а не сорок» (refine/correction.ts
// reads the same words to mark the fact a correction).
// "38 (not 40) drones": or in brackets.
const REJECTS = new RegExp(String.raw`^\s*[,(]?\s*(?:${anyOf('instead_of')})\s+$`, 'iu');

/** "destroyed 38, not 40, drones", «уничтожены 38, а не 40 беспилотников»: the number right before the weapon is the
 *  figure the speaker rejects; the count is the one before it, the figure said now. */
function rejectedBy(numbers: readonly NumberMatch[], text: string, n: NumberMatch): NumberMatch | undefined {
  return numbers.find((p) => p.end <= n.start && n.start - p.end <= 20 && REJECTS.test(text.slice(p.end, n.start)));
}

// "20 drones and both Kh-101 missiles", «20 дронів та обидві ракети», "30 drones and all missiles": a word of number
// of its own ("both", "all", the lexicon's `both` and `all`) right before the weapon, one word at most between, counts
// it (count-words.ts); the number before belongs to the other weapon of the list, which stands between them: with none
// there, the word is the number's own ("shot down 15 of all the drones launched", review 42d #5).
const OWN_COUNT_WORD = new RegExp(`(?:^|\\s)(?:${anyOf('both')}|${anyOf('all')})\\s+(?:\\p{L}+\\s+)?$`, 'iu');

/** The count that belongs to a weapon mention: the number right before it (adjectives may stand between:
 *  «22 украинских беспилотных летательных аппарата»), else right after it ("drones—over 70"), else an article
 *  ("a drone", «один беспилотник»), else a singular noun in Russian/Ukrainian («беспилотник сбит»). */
export function countFor(view: SentenceView, text: string, mention: WeaponMention, lang: Lang): CountFound | null {
  const numbers = weaponCountCandidates(view, text);
  let before: NumberMatch | undefined;
  for (const n of numbers) {
    if (n.end > mention.start) break;
    // The length is checked before slicing: a sentence of thousands of numbers must not cost a slice for each.
    if (mention.start - n.end > 50) continue;
    const between = text.slice(n.end, mention.start);
    // At most three words between: «22 украинских беспилотных летательных аппарата» is one noun phrase, "two were
    // wounded when a Ukrainian drone" is not.
    // "Four dead following a missile strike", «трое погибших при ударе ракеты»: a casualty word between them makes
    // the number a toll of people, not the weapon's count.
    // The toll scans the sentence's hits, so it runs only when the cheap checks pass (a long hostile sentence).
    const toll = () => view.hits.some((h) => isCasualtyWord(h) && h.start >= n.end && h.end <= mention.start);
    // "38, not 40, drones": a rejected figure may be set off by a comma after it too.
    const corrected = rejectedBy(numbers, text, n);
    const gap = corrected ? between.replace(/^,/u, '') : between;
    if (
      gap.length <= 50 &&
      /^[\p{L}\s"'«»‘’“”()-]*$/u.test(gap) &&
      wordCount(gap) <= 3 &&
      !(
        OWN_COUNT_WORD.test(gap) && view.hits.some((h) => h.value.weapon && h.start >= n.end && h.end <= mention.start)
      ) &&
      !toll()
    )
      before = corrected ?? n;
  }
  const article = articleFor(view, text, mention, lang);
  if (before && !(article && article.start > before.end)) return stated(before, text);
  const after = numbers.find(
    (n) =>
      n.start >= mention.end && n.start - mention.end <= 6 && /^[\s—–\-:]*$/u.test(text.slice(mention.end, n.start)),
  );
  if (after && after.start - mention.end <= 6 && !/^\s*[–—-]/u.test(text.slice(after.end, after.end + 3))) {
    return stated(after, text);
  }
  if (article) return { count: ONE, span: spanOf(text, article.start, article.end) };
  if (mention.singular && lang !== 'en') return { count: ONE, span: spanOf(text, mention.start, mention.end) };
  return singularVerb(view, text, mention) ?? genitiveSingular(view, text, mention, lang);
}

const NOUN_CLASSES = ['hit', 'attack_noun'] as const;
const GENITIVE_SINGULAR = new RegExp(`^(?:${anyOf('genitive_singular')})$`, 'iu');

/** «при попадании ракеты», «в результате удара украинской ракеты»: after a noun of hitting or attacking the weapon
 *  is a genitive, and «ракеты» there is one (two would be «двух ракет»). Not after debris: «обломки ракеты» in a
 *  report that counts its interceptions is no interception of its own. */
function genitiveSingular(view: SentenceView, text: string, mention: WeaponMention, lang: Lang): CountFound | null {
  if (mention.model) return null;
  const words = text.slice(mention.start, mention.end).split(/\s+/u);
  if (!GENITIVE_SINGULAR.test(words[words.length - 1] ?? '')) return null;
  // The noun may end a longer phrase («при попадании»); adjectives may stand between («украинской»).
  const isNoun = (h: Hit) => {
    const last = wordCategories(h.text.split(/\s+/u).pop() ?? '', lang);
    return NOUN_CLASSES.some((c) => last.has(c));
  };
  const noun = view.hits.findLast((h) => h.end <= mention.start && isNoun(h));
  if (!noun || !/^\s+(?:\p{L}+\s+){0,2}$/u.test(text.slice(noun.end, mention.start))) return null;
  return { count: ONE, span: spanOf(text, mention.start, mention.end) };
}

const SINGULAR_VERB = anyOf('singular_verb');
const SINGULAR_BEFORE = new RegExp(`(?:^|[\\s«"(])(?:${SINGULAR_VERB})\\s+$`, 'iu');
const SINGULAR_AFTER = new RegExp(`^\\s+(?:${SINGULAR_VERB})(?![\\p{L}\\d])`, 'iu');

/** «сбит БПЛА», «обломки сбитого БПЛА», «БПЛА врезался в дом»: a noun that does not decline says nothing of its
 *  number, the singular verb or participle right beside it does. With a number the number wins (it is read first):
 *  «сбиты 12 БПЛА». */
function singularVerb(view: SentenceView, text: string, mention: WeaponMention): CountFound | null {
  const before = SINGULAR_BEFORE.exec(text.slice(Math.max(view.span.start, mention.start - 20), mention.start));
  if (before) {
    const start = mention.start - before[0].trimStart().length;
    return { count: ONE, span: spanOf(text, start, start + before[0].trim().length) };
  }
  const after = SINGULAR_AFTER.exec(text.slice(mention.end, Math.min(view.span.end, mention.end + 20)));
  if (after) {
    const start = mention.end + after[0].length - after[0].trimStart().length;
    return { count: ONE, span: spanOf(text, start, mention.end + after[0].length) };
  }
  return null;
}

function wordCount(s: string): number {
  return s.split(/[\s"'«»‘’“”()]+/u).filter((w) => w.length > 0).length;
}

/** "a drone attack", "a wave of missile strikes", "a missile barrage": a weapon word right before an attack noun (the
 *  lexicon's `attack_noun`, also as the first word of a longer entry: "strikes on") names the attack, and an article
 *  before it counts the attack, not the weapon. */
function namesAttack(view: SentenceView, text: string, mention: WeaponMention, lang: Lang): boolean {
  let end = mention.end;
  // "a massive missile and drone attack": the weapons of a list before the noun all name the attack.
  for (let hops = 0; hops < 4; hops++) {
    const at = end;
    const joined = view.hits.find(
      (h) => h.value.weapon !== undefined && h.start >= at && WEAPON_AND.test(text.slice(at, h.start)),
    );
    if (!joined) break;
    end = joined.end;
  }
  const at = end;
  const next = view.hits.find((h) => h.start >= at && /^\s*$/u.test(text.slice(at, h.start)));
  const word = next?.text.split(/\s+/u)[0];
  return word !== undefined && wordCategories(word, lang).has('attack_noun');
}

const WEAPON_AND = new RegExp(`^\\s*(?:,|,?\\s*(?:${anyOf('conjunction')}|&))\\s*$`, 'iu');

// "a barrage of missiles", "a swarm of drones", "a wave of missiles": the article counts the word before "of", one
// wave of a plural weapon, not one weapon. Not "one of the drones" (no word before "of": one of them).
const NOUN_OF = new RegExp(`^\\s+[\\p{L}'’-]+\\s+(?:${anyOf('of')})\\s+$`, 'iu');

/** "a drone", "a Russian drone", "a downed Russian drone", «один беспилотник»: up to two words between. */
function articleFor(view: SentenceView, text: string, mention: WeaponMention, lang: Lang) {
  if (namesAttack(view, text, mention, lang)) return undefined;
  return hitsOf(view, 'one_article')
    .filter((h) => {
      // Two words are never longer than this; the bound keeps a long sentence from slicing it once per article.
      if (h.end > mention.start || mention.start - h.end > 120) return false;
      const between = text.slice(h.end, mention.start);
      if (!mention.singular && NOUN_OF.test(between)) return false;
      return /^[\p{L}\s"'«»‘’“”-]*$/u.test(between) && wordCount(between) <= 2;
    })
    .pop();
}

/** The weapon mention nearest to a hit (the trigger), preferring ones after it. */
export function weaponNear(mentions: readonly WeaponMention[], hit: Hit): WeaponMention | undefined {
  return mentions.find((m) => m.start >= hit.end) ?? mentions[mentions.length - 1];
}
