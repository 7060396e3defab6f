import type { Fact } from '../../core/types.ts';
import type { PlaceMatch } from '../common/gazetteer.ts';
import type { NumberMatch } from '../common/numbers.ts';
import type { Hit } from '../compile.ts';
import { anyOf, anyWordOf } from '../grammar.ts';
import { newFact, type ReportContext, type SentenceView, setField, spanOf } from '../view.ts';
import { weaponMentions } from './count.ts';
import { applyLocation, locate } from './locate.ts';

// «з» between a noun of attacking and the weapon after it: «38 обстрілів з РСЗВ».
const FROM = new RegExp(`^\\s+(?:${anyOf('from')})\\s+$`, 'iu');
// What may follow a counted noun of a summary's list: its place («по Оріхову», «Степового»), its weapon («з РСЗВ»), the
// next item («та», a comma) or the sentence's end. A verb there makes the noun a subject of its own clause: «5
// ракетних ударів по Харкову, 3 удари припали на житлові квартали» counts a part of the first tally, not another.
const LIST_GOES_ON = new RegExp(
  `^(?:\\s*(?:[^\\s\\p{L}]|$)|\\s+(?:${anyOf('conjunction')}|${anyOf('from')}|${anyWordOf('target_preposition')}|${anyWordOf('place_preposition')})(?![\\p{L}]))`,
  'iu',
);
// A name after the noun is its place even where the gazetteer does not hold it («9 РСЗВ-обстрілів Новоіванівки,
// …», «Верхньої Криниці, …»: a village of a word or a few), as no verb is capitalised inside a sentence. Read without
// the i flag. Only when the list goes on or the sentence ends right after the name: a name followed by more of its
// clause is a subject («2 удари Олександр Федоров назвав …») or a time ("3 attacks Sunday night"), no place.
const NAME_AFTER = /^\s+\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}/u;
const NAME_ENDS = new RegExp(`^(?:\\s*(?:[,;.!?]|$)|\\s+(?:${anyOf('conjunction')})(?![\\p{L}]))`, 'iu');

/** A name right after `at` that ends its list item: `NAME_AFTER` and `NAME_ENDS`, and no time («Sunday»). */
function nameAfter(view: SentenceView, text: string, at: number): boolean {
  const rest = text.slice(at, view.span.end);
  const name = NAME_AFTER.exec(rest);
  if (!name) return false;
  const start = at + (name[0].length - name[0].trimStart().length);
  if (view.times.some((t) => t.start <= start && t.end > start)) return false;
  return NAME_ENDS.test(rest.slice(name[0].length));
}

/** «противник завдав 4 ракетних удари по Миколаївщині та 2 авіаційних удари», «ворог здійснив 5 РСЗВ-обстрілів
 *  Гуляйполя, 8 авіаударів по Кам'янському, а також 11 БПЛА-атак по Щербаках»: a day's summary counts several kinds of
 *  strikes in one sentence, each a number right before its own noun of attacking. The strike word read first makes
 *  the first fact; every other counted noun (`count` finds its number, as for the first) is a tally of its own: its
 *  count, the weapon written into it or named as its adjective («РСЗВ-обстрілів», «ракетних ударів»; none for
 *  «авіаційних ударів»), and the place named after it before the next tally, none when it names none (the first
 *  tally's place is not the others'). A number some fact already took is not counted twice. */
export function laterTallies(
  ctx: ReportContext,
  view: SentenceView,
  facts: readonly Fact[],
  strike: Hit,
  places: readonly PlaceMatch[],
  count: (noun: Hit) => NumberMatch | undefined,
): Fact[] {
  const text = ctx.report.text;
  const first = facts[0];
  // Only beside a first tally counted by a number: «РФ атакувала дронами порт, є два прильоти по адмінбудівлі» counts
  // the hits of the one attack told, and «завдала удару по штабу, 12 ударів по районах зосередження» follows a
  // strike, not a summary.
  const own = first?.fields.count;
  if (!own || !view.numbers.some((n) => n.start === own.start)) return [];
  // The numbers this sentence's facts took: only a count inside the sentence can be one of its tallies.
  const inView = (at: number) => at >= view.span.start && at < view.span.end;
  const taken = new Set(
    [...ctx.factsIn(view), ...facts].flatMap((f) =>
      f.fields.count && inView(f.fields.count.start) ? [f.fields.count.start] : [],
    ),
  );
  const tallies: { noun: Hit; n: NumberMatch }[] = [];
  for (const noun of view.hits) {
    // A noun phrase of striking («3 авіаційних удари», «6 авіаударів») is a strike word of the lexicon too.
    if (noun === strike || !(noun.value.categories.has('attack_noun') || noun.value.categories.has('strike'))) continue;
    const n = count(noun);
    if (!n || n.count.value === null || taken.has(n.start)) continue;
    const after = noun.end;
    const placed = view.places.some((p) => p.start >= after && /^\s+$/u.test(text.slice(after, p.start)));
    // «63 удари РСЗВ по позиціях»: the weapon in the genitive right after the noun, then the list goes on after it.
    const weaponAfter = weaponMentions(view).find((m) => m.start >= after && /^\s+$/u.test(text.slice(after, m.start)));
    const rest = text.slice(weaponAfter?.end ?? after, view.span.end);
    if (!placed && !LIST_GOES_ON.test(rest) && !nameAfter(view, text, weaponAfter?.end ?? after)) continue;
    if (tallies.some((t) => t.n.start === n.start)) continue;
    tallies.push({ noun, n });
  }
  const out: Fact[] = [];
  tallies.forEach(({ noun, n }, i) => {
    const fact = newFact(ctx, view, 'strike', spanOf(text, noun.start, noun.end));
    fact.count = n.count;
    setField(fact, 'count', spanOf(text, n.start, n.end));
    // In the noun or its adjective («РСЗВ-обстрілів», «ракетних ударів»), or right after it with «з» («38 обстрілів з
    // РСЗВ»).
    const weapon = weaponMentions(view).find(
      (m) =>
        (m.start >= n.end && m.end <= noun.end) ||
        (m.start >= noun.end &&
          (FROM.test(text.slice(noun.end, m.start)) || /^\s+$/u.test(text.slice(noun.end, m.start)))),
    );
    if (weapon) {
      fact.weapon = weapon.weapon;
      fact.weapon_model = weapon.model;
      setField(fact, 'weapon', spanOf(text, weapon.start, weapon.end));
    }
    // Up to the next tally, the first fact's among them: «9 РСЗВ-обстрілів Роботиного, 6 авіаударів по Оріхову».
    const next = [tallies[i + 1]?.n.start, ...facts.map((f) => f.fields.count?.start)].filter(
      (at): at is number => at !== undefined && at > noun.end,
    );
    const until = Math.min(view.span.end, ...next);
    const named = places.filter((p) => p.start >= noun.end && p.end <= until);
    // A tally told before the strike word whose own places the gazetteer does not hold («7 РСЗВ-обстрілів Степового, 5
    // авіаударів по Оріхову») is of the summary's region: the places of the strike word's own clause, up to the next
    // tally after it.
    const afterStrike = tallies.find((t) => t.n.start > strike.end)?.n.start ?? view.span.end;
    const lent =
      named.length === 0 && noun.end <= strike.start
        ? places.filter((p) => p.start >= strike.end && p.end <= afterStrike)
        : [];
    if (named.length > 0) applyLocation(ctx, view, fact, locate(ctx, view, noun, named));
    // Lent, not stated: the tally's own words name no place.
    else if (lent.length > 0) applyLocation(ctx, view, fact, { ...locate(ctx, view, strike, lent), inferred: true });
    ctx.facts.push(fact);
    out.push(fact);
  });
  return out;
}
