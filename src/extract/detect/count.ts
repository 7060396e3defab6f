import type { Count, Span, Weapon } from '../../core/types.ts';
import type { NumberMatch } from '../common/numbers.ts';
import type { Hit } from '../compile.ts';
import { hitsOf, type SentenceView, spanOf } from '../view.ts';

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

// Singular nominative/accusative heads that count one: «беспилотник сбит», «уничтожена воздушная цель».
const SINGULAR = /(?:беспилотник|аппарат|дрон|ракета|ракету|цель|ціль|безпілотник|катер|бомба|бомбу)$/iu;

// Two words name one weapon only when nothing but words stands between them: «БпЛА типу Shahed» is one mention,
// «атака беспилотников, сбиты 12 БПЛА» is two.
const SAME_PHRASE = /^[\s\p{L}()«»"'‘’“”-]*$/u;

export function weaponMentions(view: SentenceView): WeaponMention[] {
  const out: WeaponMention[] = [];
  for (const h of view.hits) {
    const w = h.value.weapon;
    if (!w) continue;
    const prev = out[out.length - 1];
    const between = view.span.text.slice(prev ? prev.end - view.span.start : 0, h.start - view.span.start);
    if (prev && h.start - prev.end <= 25 && compatible(prev.weapon, w.weapon) && SAME_PHRASE.test(between)) {
      prev.end = Math.max(prev.end, h.end);
      prev.weapon = specific(prev.weapon, w.weapon);
      prev.model ??= w.model;
      prev.singular &&= w.singular;
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

// A number that counts something else: "in two regions", «3 человека», "6 locations".
const NOT_A_WEAPON_COUNT =
  /^[\s-]*(?:regions?|oblasts?|people|persons?|residents?|civilians?|locations?|districts?|houses?|homes?|buildings?|cars?|hours?|minutes?|km|kilomet|человек|люд|жител|регион|област|район|дом|здани|автомобил|машин|час|минут|локаці|осіб|особ|мешкан|будин|област|годин|хвилин|населен)/iu;

function weaponCountCandidates(view: SentenceView, text: string): NumberMatch[] {
  return view.numbers.filter((n) => !NOT_A_WEAPON_COUNT.test(text.slice(n.end, n.end + 16)));
}

export interface CountFound {
  count: Count;
  span: Span;
}

const ONE: Count = { value: 1, min: 1, max: 1, approx: false };

/** The count that belongs to a weapon mention: the number right before it (adjectives may stand between:
 *  «22 украинских беспилотных летательных аппарата»), else right after it ("drones—over 70"), else an article
 *  ("a drone", «один беспилотник»), else a singular noun in Russian/Ukrainian («беспилотник сбит»). */
export function countFor(view: SentenceView, text: string, mention: WeaponMention, lang: string): CountFound | null {
  const numbers = weaponCountCandidates(view, text);
  let before: NumberMatch | undefined;
  for (const n of numbers) {
    if (n.end > mention.start) break;
    const between = text.slice(n.end, mention.start);
    if (between.length <= 50 && /^[\p{L}\s"'«»‘’“”()-]*$/u.test(between)) before = n;
  }
  if (before) return { count: before.count, span: spanOf(text, before.start, before.end) };
  const after = numbers.find((n) => n.start >= mention.end && /^[\s—–\-:]*$/u.test(text.slice(mention.end, n.start)));
  if (after && after.start - mention.end <= 6 && !/^\s*[–—-]/u.test(text.slice(after.end, after.end + 3))) {
    return { count: after.count, span: spanOf(text, after.start, after.end) };
  }
  const article = hitsOf(view, 'one_article')
    .filter((h) => h.end <= mention.start && /^[\s"'«»‘’“”]*$/u.test(text.slice(h.end, mention.start)))
    .pop();
  if (article) return { count: ONE, span: spanOf(text, article.start, article.end) };
  if (mention.singular && lang !== 'en') return { count: ONE, span: spanOf(text, mention.start, mention.end) };
  return null;
}

/** The weapon mention nearest to a hit (the trigger), preferring ones after it. */
export function weaponNear(mentions: readonly WeaponMention[], hit: Hit): WeaponMention | undefined {
  return mentions.find((m) => m.start >= hit.end) ?? mentions[mentions.length - 1];
}
