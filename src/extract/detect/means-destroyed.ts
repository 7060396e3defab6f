import { type Hit, type WordCategory, wordCategories } from '../compile.ts';
import { anyOf } from '../grammar.ts';
import type { ReportContext, SentenceView } from '../view.ts';
import { weaponMentions } from './count.ts';

// A clause ends at a comma, colon, semicolon or dash («РФ атакувала ракетами порт: знищено продукцію»).
const CLAUSE_END = /[,;:—–()]/u;
// What a destroying verb may take that is no target of its own: a pronoun or quantifier standing for the weapons
// named before («15 з них знищено», «знищено всі», «знищили кілька з них»).
const NO_OBJECT = new RegExp(
  `^(?:${anyOf('of')}|${anyOf('all')}|${anyOf('these')}|${anyOf('including')}|${anyOf('pronoun_tail')})(?![\\p{L}])`,
  'iu',
);
// «знищено 20 цілей», «знищено ворожі цілі»: air targets, the weapons shot down though no weapon word names them; an
// adjective or two may stand before the word.
const AIR_TARGETS = new RegExp(`^(?:\\s+[\\p{L}'’-]+){0,2}?\\s+(?:${anyOf('air_target_head')})(?![\\p{L}])`, 'iu');
const MEANS_WORD = new RegExp(`(?:${anyOf('means_endings')}|${anyOf('instrumental_endings')})$`, 'iu');

const attackCategory = (c: ReadonlySet<WordCategory>) => c.has('attack_noun') || c.has('strike');
const attackWord = (h: Hit) => attackCategory(h.value.categories);

/** «РФ атакувала ракетами порт на Одещині: знищено продукцію», «Атака дронів на Енгельс, пожежа на НПЗ і знищені
 *  кораблі у Севастополі», «знищили кілька ЗРК, які захищали місто від ракетного обстрілу»: a destroying verb in a
 *  clause that names no weapon, with an object of its own after it, while every weapon of the sentence is told as the
 *  means of an attack (the genitive or instrumental right after an attack noun or a verb of striking, or the
 *  adjective right before an attack noun). What the verb destroyed is a target the attack hit, not a weapon shot
 *  down: no interception. Verbs of shooting down take weapons and aircraft only, and «з них знищено», «знищено 15»
 *  count the weapons named before. The known targets (`objects`: «склад», «танк») are read before this. */
export function destroysWhatMeansHit(ctx: ReportContext, view: SentenceView, trigger: Hit): boolean {
  if (!trigger.value.categories.has('interception') || trigger.value.categories.has('shoot_down')) return false;
  const text = ctx.report.text;
  const mentions = weaponMentions(view);
  if (mentions.length === 0) return false;
  // The trigger's clause, by the punctuation around it within the sentence.
  let from = trigger.start;
  while (from > view.span.start && !CLAUSE_END.test(text[from - 1] ?? '')) from--;
  let to = trigger.end;
  while (to < view.span.end && !CLAUSE_END.test(text[to] ?? '')) to++;
  if (mentions.some((m) => m.end > from && m.start < to)) return false;
  const attackWords = view.hits.filter(
    (h) => attackWord(h) || attackCategory(wordCategories(h.text.split(/\s+/u)[0] ?? '', ctx.lang)),
  );
  const asMeans = mentions.every((m) =>
    attackWords.some((h) => {
      // «ракетного обстрілу», «ракетних ударів»: the weapon's adjective before the attack noun.
      if (h.start >= m.end) return /^\s+$/u.test(text.slice(m.end, h.start)) && h.value.categories.has('attack_noun');
      if (h.end > m.start || !/^\s+$/u.test(text.slice(h.end, m.start))) return false;
      // «атака дронів»: the genitive after the noun; «атакувала ракетами»: the instrumental after the verb.
      return (
        h.value.categories.has('attack_noun') || MEANS_WORD.test(text.slice(m.start, m.end).split(/\s+/u)[0] ?? '')
      );
    }),
  );
  if (!asMeans) return false;
  // The verb's own object: the next word in its clause, past an amount («кілька», «дві»), that is no pronoun for the
  // weapons, no preposition, number, place or time («знищено 15 з них», «знищено 15 над Одещиною»).
  let at = trigger.end;
  const amount = view.numbers.find((n) => n.start >= at && /^\s+$/u.test(text.slice(at, n.start)));
  if (amount) at = amount.end;
  if (AIR_TARGETS.test(text.slice(at, to))) return false;
  const next = text.slice(at, to).match(/^\s+(\p{L}[\p{L}'’-]*)/u);
  if (!next?.[1]) return false;
  const start = at + next[0].length - next[1].length;
  const startsHere = (x: { start: number; end: number }) => x.start <= start && start < x.end;
  if (NO_OBJECT.test(next[1])) return false;
  if (view.numbers.some(startsHere) || view.places.some(startsHere) || view.times.some(startsHere)) return false;
  return !view.hits.some(
    (h) =>
      startsHere(h) &&
      (h.value.weapon !== undefined || h.value.area !== undefined || h.value.categories.has('place_preposition')),
  );
}

// «уничтожены не менее 300 боевиков», «уничтожено до 40 человек иностранных специалистов»: troops or people within three
// words (an amount, an adjective) after the verb, in its clause.
const PERSONNEL_AFTER = new RegExp(`^(?:\\s+[\\p{L}\\p{N}'’-]+){0,3}?\\s+(?:${anyOf('personnel')})(?![\\p{L}])`, 'iu');
// «180 ВСУшников ликвидировано», «боевики уничтожены»: troops right before the verb, its subject.
const PERSONNEL_BEFORE = new RegExp(`(?<![\\p{L}])(?:${anyOf('personnel')})\\s+$`, 'iu');

/** «За сутки ударами авиации уничтожены не менее 300 боевиков», «уничтожили за ночь около 70 солдат», «Около
 *  180 ВСУшников ликвидировано»: a verb of destroying (not of shooting down) whose object or subject is troops or
 *  people (the lexicon's `personnel`) tells men killed on the ground, not weapons shot down: no interception. Only
 *  when no weapon stands anywhere in its clause, but for one told as the means before the verb («уничтожены 20 боевиков и 5 БПЛА», «уничтожен атаковавший
 *  военнослужащих беспилотник», «Солдаты уничтожили 5 дронов»: the weapons were destroyed too), and only when it is
 *  the sentence's one verb of interception: «Уничтожено до 20 боевиков, сбиты 5 БПЛА» keeps the drones shot down. */
export function destroysPersonnel(ctx: ReportContext, view: SentenceView, trigger: Hit): boolean {
  if (!trigger.value.categories.has('interception') || trigger.value.categories.has('shoot_down')) return false;
  const destroying = (h: Hit) => h.value.categories.has('interception') || h.value.categories.has('progressive');
  const other = (h: Hit) => destroying(h) && (h.end <= trigger.start || h.start >= trigger.end);
  if (view.hits.some(other)) return false;
  const text = ctx.report.text;
  let from = trigger.start;
  while (from > view.span.start && !CLAUSE_END.test(text[from - 1] ?? '')) from--;
  let to = trigger.end;
  while (to < view.span.end && !CLAUSE_END.test(text[to] ?? '')) to++;
  // Before the verb, a weapon told as the means («Ракетой "Искандер" … уничтожены 15 специалистов») was not destroyed.
  const means = (m: { start: number; end: number }) =>
    m.end <= trigger.start && MEANS_WORD.test(text.slice(m.start, m.end).split(/\s+/u)[0] ?? '');
  if (weaponMentions(view).some((m) => m.end > from && m.start < to && !means(m))) return false;
  // A time right after the verb is no object («уничтожили за сутки …»).
  let at = trigger.end;
  for (const t of view.times) if (t.start >= at && t.end <= to && /^\s+$/u.test(text.slice(at, t.start))) at = t.end;
  return PERSONNEL_AFTER.test(text.slice(at, to)) || PERSONNEL_BEFORE.test(text.slice(from, trigger.start));
}
