import type { Hit } from '../compile.ts';
import { alternation, byLanguage } from '../grammar.ts';

/** One language's reading of a store: its store nouns, the case endings that tie a weapon to one, and the words that
 *  may stand between a weapon kept and the model that names its type. The endings are read per language, so one
 *  language's genitive is never taken for another's instrumental. */
interface StoreGrammar {
  /** A store noun (one noun of what is kept and a conjunction may stand between) right before the weapon. */
  before: RegExp;
  /** The same, right after `based_on` («на базі Шахеда»: made on the Shahed's design, no store). */
  basedOn: RegExp;
  genitive: RegExp;
  instrumental: RegExp;
  /** Between a weapon kept and its model: a type word («типу»), quotes, brackets, nothing else. */
  typeGap: RegExp;
}

const GRAMMARS: StoreGrammar[] = byLanguage([
  'weapon_store',
  'conjunction',
  'genitive_endings',
  'instrumental_endings',
  'means_endings',
  'type_word',
  'based_on',
]).map((g) => {
  // One noun of what is kept and a conjunction («склад пального і дронів»), or one adjective in the genitive
  // («ангар ударних дронів»), may stand between.
  const between = `[\\p{L}-]+\\s+(?:${alternation(g.conjunction)})|[\\p{L}-]*(?:${alternation(g.genitive_endings)})`;
  const store = `(?:${alternation(g.weapon_store)})\\s+(?:(?:${between})\\s+)?$`;
  return {
    before: new RegExp(`(?<![\\p{L}])${store}`, 'iu'),
    basedOn: new RegExp(`(?<![\\p{L}])(?:${alternation(g.based_on)})\\s+${store}`, 'iu'),
    genitive: new RegExp(`(?:${alternation(g.genitive_endings)})$`, 'iu'),
    instrumental: new RegExp(`(?:${alternation([...g.means_endings, ...g.instrumental_endings])})$`, 'iu'),
    typeGap: new RegExp(`^[\\s"'«»“”„()]*(?:(?:${alternation(g.type_word)})[\\s"'«»“”„()]*)?$`, 'iu'),
  };
});

// An abbreviation does not decline («пункт базування БпЛА», «склад БПЛА»): two capitals in one word at least.
const ABBREVIATION = /^\p{Lu}[\p{L}]*\p{Lu}[\p{L}]*$/u;

interface Kept {
  end: number;
  g: StoreGrammar;
}

const words = (text: string) => text.split(/[\s-]+/u).filter((w) => w.length > 0);

/** A weapon's words in a case that a store noun governs: no word in the instrumental (the means: «атакували склад
 *  дронами», «ударними БпЛА», «Геранью»), and a genitive or an abbreviation among them. */
function governed(g: StoreGrammar, text: string): boolean {
  const ws = words(text);
  if (ws.some((w) => g.instrumental.test(w))) return false;
  return ws.some((w) => g.genitive.test(w) || ABBREVIATION.test(w));
}

/** «удар по складу безпілотників типу Шахед», «склади боєприпасів та дронів», «знищено пункт базування БпЛА»,
 *  «производство дронов»: a weapon in the genitive right after a noun of a place that keeps, bases or makes weapons
 *  (the lexicon's `weapon_store`) is what the place holds, the target, not what struck; so is a model named right
 *  after it across at most a type word («типу Шахед», quotes, brackets). Those weapon words go from the hits, and
 *  the strike stays, with no weapon unless the sentence names one elsewhere. Not a weapon in another case
 *  («атакували склад дронами», «біля бази дрони збила ППО», «поблизу складу ракета влучила»), nor a model after
 *  `based_on` («дрони на базі Шахеда»: built on its design). */
export function keptWeaponsOut(text: string, hits: Hit[]): Hit[] {
  const sorted = hits.filter((h) => h.value.weapon !== undefined).sort((a, b) => a.start - b.start);
  const kept = new Set<Hit>();
  // The end of the last weapon kept, and the grammar that kept it: its model may follow.
  let last = null as Kept | null;
  for (const h of sorted) {
    const w = h.value.weapon;
    if (!w) continue;
    const before = text.slice(Math.max(0, h.start - 60), h.start);
    const prev: Kept | null = last;
    const chained: StoreGrammar | undefined =
      prev !== null &&
      w.model !== null &&
      prev.g.typeGap.test(text.slice(prev.end, h.start)) &&
      !words(h.text).some((x) => prev.g.instrumental.test(x))
        ? prev.g
        : undefined;
    const g: StoreGrammar | undefined =
      chained ??
      GRAMMARS.find(
        (x) => x.before.test(before) && governed(x, h.text) && !(w.model !== null && x.basedOn.test(before)),
      );
    if (g) {
      kept.add(h);
      last = { end: h.end, g };
    } else last = null;
  }
  return kept.size === 0 ? hits : hits.filter((h) => !kept.has(h));
}
