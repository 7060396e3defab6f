import type { Fact } from '../../core/types.ts';
import type { TimeMatch } from '../common/time.ts';
import type { Hit } from '../compile.ts';
import { anyOf } from '../grammar.ts';
import { factsOverlapping, lowerIndex, type SentenceView, sentenceAt, spanOf, type WeaponNamed } from '../view.ts';

/** How far an attack word may stand from the weapon word it goes with, in one clause («ракетну атаку», «атакували
 *  дронами», "cruise missiles were used in a significant attack"). */
const BESIDE = 40;

/**
 * «Приходимо до тями після ракетного удару. … Внаслідок влучання пошкоджені гаражі», «Ракетна атака, яку місто пережило
 * вночі, … Внаслідок неї є пошкоджені будівлі»: a lead names the weapon of the attack and tells no fact of its
 * own; the sentence that tells the strike names none. The strike takes the weapon the report named before it, marked
 * as read from context (the field points at the earlier word), when:
 * - the word stands in the strike's paragraph, or in the lead right before it: a weapon further back is another
 *   story's;
 * - every weapon word there before the strike is of one class and stands in a sentence that told no fact (a weapon
 *   told with a fact is that fact's: the detectors' own inheritance, `inheritWeapon`, decides between facts);
 * - the word tells an attack: an attack noun or verb is part of it or beside it («ракетного удару», «атакували
 *   дронами»). A bare weapon noun is talk of arms («дякуємо партнерам за ракети для ППО», "asked for more Patriot
 *   missiles"), not of the strike;
 * - its sentence names no other place and no other time than the strike's («Позавчора Київ пережив ракетну атаку …
 *   Сьогодні вночі ворог атакував Харків»).
 * With no weapon word before it there, the sentence right after the strike is read on the same terms («…нанесли удар
 * по объекту в Днепропетровске. Все боевые блоки ракеты "Орешник" …», "Attack on Belgorod 'unacceptable' – UN. The
 * UN condemned Ukraine's missile strikes against Belgorod"): a lead or a second paragraph that names the weapon of
 * the attack its headline told. Only that one sentence, only in the strike's paragraph or, from the lead, the first of
 * the paragraph after it, and only when it names the strike's place or tells the attack by a verb: an attack noun
 * alone may be anyone's attacks ("asked allies for air defence against missile attacks").
 * Strikes only: an effect or a toll carries no weapon. A strike of a place only: one placed nowhere is talk of strikes
 * over a country («сообщения об угрозе ракетного удара по Украине — фейк», "drones Russia uses in attacks on Ukraine"),
 * whose lead does not tell which weapon struck. Language-agnostic: it reads facts, the sentences' scans and the
 * weapon words the scan found.
 */
export function earlierWeapons(
  facts: Fact[],
  named: readonly WeaponNamed[],
  views: readonly SentenceView[],
  text: string,
): Fact[] {
  // Lookups in place of walks of every fact, sentence and weapon word for each strike (the same answers: no evidence
  // moves here, and the words' walks below keep their test and their order).
  const toldAt = factsOverlapping(facts);
  const told = (w: WeaponNamed) => toldAt({ start: w.start, end: w.start + 1 }).length > 0;
  const viewAt = sentenceAt(views);
  const ordered = views.every((v, i) => i === 0 || views[i - 1]!.span.end <= v.span.start);
  const after = (at: number) =>
    ordered ? views[lowerIndex(views, (v) => v.span.start < at)] : views.find((v) => v.span.start >= at);
  // The weapon words starting in [from, to), in the list's order: a slice when the list is sorted by start.
  const sorted = named.every((w, i) => i === 0 || named[i - 1]!.start <= w.start);
  const wordsIn = (from: number, to: number) =>
    sorted
      ? named.slice(
          lowerIndex(named, (w) => w.start < from),
          lowerIndex(named, (w) => w.start < to),
        )
      : named.filter((w) => w.start >= from && w.start < to);
  const lead = paragraphAt(text, text.search(/\S/u));
  for (const fact of facts) {
    if (fact.kind !== 'strike' || fact.weapon !== null || fact.region === null) continue;
    const own = paragraphAt(text, fact.evidence.start);
    const leadBefore = own.start > lead.start && !/\S/u.test(text.slice(lead.end, own.start));
    const near = (w: WeaponNamed) =>
      w.start >= own.start || (leadBefore && w.start >= lead.start && w.start < lead.end);
    const factView = viewAt(fact.evidence.start);
    const region = fact.region.code;
    const fits = (w: WeaponNamed) => {
      const view = viewAt(w.start);
      if (!view || !attackPhrase(view, w, text)) return false;
      const places = view.places.filter((p) => p.kind !== 'sea' && !p.front);
      if (places.length > 0 && !places.some((p) => p.code === region)) return false;
      return !otherTime(view.times, factView?.times ?? []);
    };
    // A word before the fact starts no later than the fact; one near it stands in its paragraph or in the lead before.
    const nearWords = sorted
      ? [...(leadBefore ? wordsIn(lead.start, lead.end) : []), ...wordsIn(own.start, fact.evidence.start + 1)]
      : named;
    const before = nearWords.filter((w) => w.end <= fact.evidence.start && near(w));
    const oneClass = (list: readonly WeaponNamed[]) =>
      list.length > 0 && new Set(list.map((w) => w.weapon)).size === 1 && !list.some(told);
    let lent = oneClass(before) ? before.findLast(fits) : undefined;
    // «…нанесли удар по заводу в Запорожье. Все боевые части ракеты "Кинжал" поразили цель», "Strike on
    // Kursk 'unjustified' – OSCE. The OSCE criticised Ukraine's missile strikes against Kursk": the sentence right
    // after the strike, telling no fact of its own, names the weapon that struck. Only that one sentence (a weapon
    // further on is the story's background), only when no weapon stood before, and on the same terms.
    // The next sentence only where it goes on the strike's story: in the strike's paragraph, or the first of the
    // paragraph right after a lead that told the strike ("Strike on Kursk …\n\nThe OSCE criticised …"). And it must
    // tell that attack: name the strike's place or strike with the weapon (a verb of attacking, "drones attacked the
    // Kremlin"). An attack noun alone there may be anyone's attacks: "asked allies for more air defence against
    // missile attacks", "Iran supplies drones for attacks".
    if (!lent && before.length === 0 && factView) {
      const next = after(factView.span.end);
      const inStory =
        next !== undefined &&
        (next.span.start < own.end ||
          (own.start === lead.start &&
            paragraphAt(text, next.span.start).start > lead.end &&
            !/\S/u.test(text.slice(lead.end, next.span.start))));
      const inNext = next && inStory ? wordsIn(next.span.start, next.span.end + 1) : [];
      const following = inNext.filter((w) => w.start >= next!.span.start && w.end <= next!.span.end);
      const tells = (w: WeaponNamed) => {
        const view = viewAt(w.start);
        if (!view) return false;
        if (view.places.some((p) => p.code === region)) return true;
        // An attack noun counts only where it points back to the strike («для атаки», "the attack"): alone it may
        // be anyone's attacks ("asked allies for more air defence against missile attacks").
        return attackWords(view, w, text).some((h) =>
          h.value.categories.has('attack_noun') ? pointsBack(h, text) : true,
        );
      };
      if (oneClass(following)) lent = following.find((w) => fits(w) && tells(w));
    }
    if (!lent) continue;
    fact.weapon = lent.weapon;
    fact.weapon_model = lent.model;
    fact.fields.weapon = { ...spanOf(text, lent.start, lent.end), inferred: true };
  }
  return facts;
}

/** The line around `at`: Telegram posts and feeds break paragraphs with a line break. */
function paragraphAt(text: string, at: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const next = text.indexOf('\n', at);
  return { start, end: next < 0 ? text.length : next };
}

// A noun or verb of attacking, a verb a weapon strikes with ("drones target"), a verb of falling ("a missile fell").
const ATTACK_CATEGORIES = ['attack_noun', 'strike', 'weapon_verb', 'fell'] as const;
const isAttack = (h: Hit) => ATTACK_CATEGORIES.some((c) => h.value.categories.has(c));

/** An attack word in the weapon word itself («ракетного удару») or beside it, with no punctuation between. */
function attackPhrase(view: SentenceView, w: WeaponNamed, text: string): boolean {
  return attackWords(view, w, text).length > 0;
}

function attackWords(view: SentenceView, w: WeaponNamed, text: string): Hit[] {
  return view.hits.filter((h) => {
    if (!isAttack(h)) return false;
    if (h.start < w.end && w.start < h.end) return true;
    const [from, to] = h.end <= w.start ? [h.end, w.start] : [w.end, h.start];
    return to >= from && to - from <= BESIDE && !/[.,;:!?—–]/u.test(text.slice(from, to));
  });
}

// «для атаки», "the attack": a singular attack noun right after a word that points back to the attack told before.
const BACK = new RegExp(`(?<!\\p{L})(?:${anyOf('attack_back')})[^\\S\\n]+$`, 'iu');
const PLURAL = new RegExp(`^(?:${anyOf('attack_plural')})$`, 'iu');
function pointsBack(h: Hit, text: string): boolean {
  return BACK.test(text.slice(Math.max(0, h.start - 16), h.start)) && !PLURAL.test(text.slice(h.start, h.end));
}

/** Two sentences that both name a time and whose times share no moment speak of different times. */
function otherTime(a: readonly TimeMatch[], b: readonly TimeMatch[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const overlap = (x: TimeMatch, y: TimeMatch) =>
    Date.parse(x.when.start) < Date.parse(y.when.end) && Date.parse(y.when.start) < Date.parse(x.when.end);
  return !a.some((x) => b.some((y) => overlap(x, y)));
}
