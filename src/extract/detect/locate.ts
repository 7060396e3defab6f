import type { Area, Fact } from '../../core/types.ts';
import { type PlaceMatch, regionInfo } from '../common/gazetteer.ts';
import type { Hit } from '../compile.ts';
import { anyOf, anyWordOf } from '../grammar.ts';
import { has, hitsOf, isCasualtyWord, nearest, type ReportContext, type SentenceView, setField } from '../view.ts';

/** An optional conjunction before a name (`and`, «та»). */
export const CONJ = `(?:(?:${anyOf('conjunction')})\\s+)?`;
/** Capitalised names in a run («Хотині, Рясному та Вовчанську»), each one word, a separator required between two:
 *  an optional second word of a name, or an empty separator splitting «ППППП» at every capital, made a run of
 *  capitals take exponential time. */
export const NAME_RUN = `${CONJ}\\p{Lu}[\\p{L}'’.-]*(?:[\\s,]+${CONJ}\\p{Lu}[\\p{L}'’.-]*)*`;

// Between two places of one list: commas, "and", and the region word of a shared head
// («Белгородской, Курской областей и Республики Крым», "Kursk, Bryansk and Oryol regions").
// «над акваторией Каспийского моря и территорией Астраханской области»: the area noun may repeat after the conjunction.
const LIST_GLUE = new RegExp(
  String.raw`^[\s,;]*(?:(?:${anyOf('regions_noun')})[\s,;]*)?(?:${anyOf('conjunction')}|&)?[\s,]*(?:(?:${anyOf('above')})\s+)?(?:(?:${anyOf('territory')}|${anyOf('sea_area')})\s+)?$`,
  'iu',
);

// "Lutsk, the western city of Rivne and the Danube port of Izmail", "Sumy and northern town of Konotop": after the glue
// of a list, an item may open with its title: an article, up to three words of description, a town's noun
// (`item_title`) and "of". Only after a comma or a conjunction ("Kyiv the city of" is no list), and with no article
// among the words of description, where a clause of its own opens: "Odesa, while the port of Izmail …", "Kyiv, but
// the city of Lviv …".
const TITLED_ITEM = new RegExp(
  String.raw`^[\s,;]*(?:(?:${anyOf('conjunction')})\s+|,\s*)(?:(?:${anyOf('article')})\s+)?(?:(?!(?:${anyOf('article')})\s)[\p{L}-]+\s+){0,3}?(?:${anyOf('item_title')})\s+(?:${anyOf('of')})\s+$`,
  'iu',
);

// ", and": the glue before a titled item that may open a clause (`TITLED_ITEM`).
const COMMA_CONJUNCTION = new RegExp(String.raw`^\s*[,;]\s*(?:${anyOf('conjunction')})\s`, 'iu');

// «пожары на складах под Анапой и в Джанкое»: the place's preposition (`item_place`) may repeat after a
// conjunction, one list still. Without it («в Октябрьском в Крыму») the second place is where the first one lies; after
// a bare comma («летевший на Москву, в Наро-Фоминском городском округе») it is another clause's place. The second
// place must end its clause (`CLAUSE_END_AFTER`): «в Харькове и в Киеве объявили тревогу» opens a clause of its own.
const CLAUSE_END_AFTER = /^\s*(?:[.,;:!?)»\u2013\u2014-]|$)/u;
const LIST_PREPOSITION_GLUE = new RegExp(
  String.raw`^\s*,?\s*(?:${anyOf('conjunction')})\s+(?:${anyOf('item_place')})\s+$`,
  'iu',
);

// Between a sea and the land counted with it: a qualifier of the sea (what it is near) and then "and", a
// preposition, and up to three words of the land's description («северо-западной частью полуострова Крым»).
const SEA_AND_LAND = new RegExp(
  `^\\s+(?:(?:${anyOf('near')})\\s[^,.;:!?\\d]{0,60}?)?(?:${anyOf('conjunction')})\\s+(?:(?:${anyOf('over')})\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}$`,
  'iu',
);

/** Each country's capital city as a region (Kyiv, Moscow): what "the capital" is, and a place there says whose. */
const CAPITAL_OF = { UA: 'UA-30', RU: 'RU-MOW' } as const;
const CAPITAL_CODES: ReadonlySet<string> = new Set(Object.values(CAPITAL_OF));

/** "the capital" as a place: Moscow for Russian context, Kyiv for Ukrainian, judged by what the report said before. */
export function capitalPlaces(ctx: ReportContext, view: SentenceView): PlaceMatch[] {
  // "targeting the capital Kyiv", "the capital, Moscow": the name that follows is the place; the word adds nothing.
  const named = (h: { end: number }) =>
    view.places.some((p) => p.start >= h.end && /^[\s,]*$/u.test(ctx.report.text.slice(h.end, p.start)));
  return hitsOf(view, 'capital')
    .filter((h) => !named(h))
    .map((h) => {
      // "Explosions across Kyiv … Russia fired missiles at the capital": the country of the place named last before.
      const before = view.places.filter((p) => p.end <= h.start && p.kind !== 'sea').pop();
      // «над украинской столицей», "the Russian capital": the adjective says whose capital it is.
      const said = (cat: 'ukrainian' | 'russian') =>
        h.value.categories.has(cat) ||
        hitsOf(view, cat).some((a) => a.end <= h.start && /^\s+$/u.test(ctx.report.text.slice(a.end, h.start)));
      // With no place before it in the report, a place after it in its sentence that lies in a capital itself says
      // whose capital it is before the language does ("rained down on the capital …, Kyiv's mayor said", «в столице …
      // в Печерском районе»). Any other place does not: «атаковал столицу, а ЗСУ уразили НПЗ у Брянській області»,
      // "the capital … as drones also struck Kharkiv" tell of a second target; nor does a country word («атакована
      // Россией», "Russia fired at the capital" name the attacker).
      const after = view.places.find((p) => p.start >= h.end && p.kind !== 'sea' && CAPITAL_CODES.has(p.code));
      const country = said('ukrainian')
        ? 'UA'
        : said('russian')
          ? 'RU'
          : ((before ?? ctx.lastPlace ?? after)?.code.slice(0, 2) ?? (ctx.lang === 'uk' ? 'UA' : 'RU'));
      const code = country === 'UA' ? CAPITAL_OF.UA : CAPITAL_OF.RU;
      const centre = regionInfo(code)?.centre ?? null;
      return {
        start: h.start,
        end: h.end,
        text: h.text,
        kind: 'city',
        code,
        name: country === 'UA' ? 'Kyiv' : 'Moscow',
        lat: centre?.lat ?? null,
        lon: centre?.lon ?? null,
        population: null,
      } satisfies PlaceMatch;
    });
}

// The target preposition before a seat of power, read on the text, as it may end a longer hit ("attack on"). Kept
// apart from the gap after it: with the i flag, \p{Ll} would match capitals too.
const PREPOSITION_ENDS = new RegExp(`(?:^|[^\\p{L}])(?:${anyWordOf('target_preposition')})$`, 'iu');
/** Between the preposition and the seat: spaces, and at most one word in lower case (the article of a bare form). */
const ARTICLE_GAP = /\s+(?:\p{Ll}+\s+)?$/u;
/** Between an attack word and its preposition: spaces, or one weapon (Russian «удар беспилотниками по Кремлю»). */
const SPACES = /^\s+$/u;
const POSSESSIVE_AFTER = /^['’]s(?![\p{L}])/u;
// "Kremlin walls": a bare seat before a part of its grounds is the place; before any other lower-case word it
// modifies ("Kremlin critics", "Kremlin policy") it is the state. The word is read without the i flag (\p{Ll}).
const WORD_AFTER = /^\s+\p{Ll}/u;
const SITE_AFTER = new RegExp(`^\\s+(?:${anyWordOf('seat_site')})(?![\\p{L}])`, 'u');
/** Words of an attack that the preposition before a seat must follow: "attack on", "explosions at", «удар по». */
const ATTACK_WORD = ['attack_noun', 'strike', 'explosion'] as const;

/** Whether the text right before `at` ends in a target preposition that itself ends an attack word: a strike hit
 *  ending in it ("attack on", one hit), or an attack noun, a verb of striking or a blast right before it, at most a
 *  weapon between ("explosions at", «удар беспилотниками по»). "Speaking at", "pressure on", "sanctions against",
 *  "officials at" name the state, not its seat as a target. */
function attackedAt(text: string, view: SentenceView, at: number): boolean {
  const attack = (h: Hit) => ATTACK_WORD.some((c) => h.value.categories.has(c));
  const ends = (e: number): boolean => {
    const m = PREPOSITION_ENDS.exec(text.slice(view.span.start, e));
    if (m === null) return false;
    const prepStart = view.span.start + m.index + m[0].length - m[0].replace(/^[^\p{L}]/u, '').length;
    return view.hits.some((h) => {
      if (!attack(h)) return false;
      // the preposition read as part of the hit ("attack on")
      if (h.end === e && h.start < prepStart) return true;
      if (h.end > prepStart) return false;
      const gap = text.slice(h.end, prepStart);
      if (SPACES.test(gap)) return true;
      return view.hits.some(
        (w) =>
          w.value.weapon !== undefined &&
          w.start >= h.end &&
          w.end <= prepStart &&
          SPACES.test(text.slice(h.end, w.start)) &&
          SPACES.test(text.slice(w.end, prepStart)),
      );
    });
  };
  // The preposition right before the seat, or before one lower-case word (the article of a bare form).
  const before = text.slice(view.span.start, at);
  const trimmed = before.replace(/\s+$/u, '');
  if (trimmed.length < before.length && ends(view.span.start + trimmed.length)) return true;
  const gap = ARTICLE_GAP.exec(before);
  return gap !== null && gap.index < trimmed.length && ends(view.span.start + gap.index);
}

/** A seat of power named for its city (the lexicon's `seats`: "the Kremlin" is Moscow's) as a place: only as the
 *  object of an attack's target preposition ("a drone attack on the Kremlin", "explosions at the Kremlin"), never as a
 *  possessive there ("attacks on the Kremlin's forces": the state's troops), as a modifier of a lower-case word after
 *  it other than a part of its grounds ("attack on Kremlin critics", "on Kremlin policy": a form the lexicon marks
 *  `modifier` before a word not in `seat_site`; "a drone attack on Kremlin walls" stays the place) nor anywhere else ("the Kremlin said", "Kremlin
 *  officials", "hawks in the Kremlin", "speaking at the Kremlin", "pressure on the Kremlin": the state). */
export function seatPlaces(ctx: ReportContext, view: SentenceView): PlaceMatch[] {
  const text = ctx.report.text;
  return view.hits.flatMap((h) => {
    const code = h.value.seat;
    if (code === undefined) return [];
    if (!attackedAt(text, view, h.start)) return [];
    const after = text.slice(h.end, view.span.end);
    if (POSSESSIVE_AFTER.test(after)) return [];
    if (h.value.seatModifier && WORD_AFTER.test(after) && !SITE_AFTER.test(after)) return [];
    const centre = regionInfo(code)?.centre ?? null;
    return [
      {
        start: h.start,
        end: h.end,
        text: h.text,
        kind: 'city',
        code,
        name: centre?.name ?? code,
        lat: centre?.lat ?? null,
        lon: centre?.lon ?? null,
        population: null,
      } satisfies PlaceMatch,
    ];
  });
}

export function candidatePlaces(ctx: ReportContext, view: SentenceView): PlaceMatch[] {
  return [...view.places, ...capitalPlaces(ctx, view), ...seatPlaces(ctx, view)].sort((a, b) => a.start - b.start);
}

/** Whether two places stand in one list («Сумській, Чернігівській і Київській областях»). */
export function inOneList(text: string, a: PlaceMatch, b: PlaceMatch): boolean {
  return LIST_GLUE.test(text.slice(a.end, b.start));
}

// A settlement's title in a gap before a place («м. », «с. », «смт »): part of the name after it (the place's, or a
// village's the gazetteer does not hold), not a sentence's full stop: «обстріляли м. Нікополь», «по м. Нікополь та с.
// Веселе Харківської області» (one list).
const TITLE = new RegExp(`(?<![\\p{L}.-])(?:${anyOf('settlement_title')})(?=\\s|$)`, 'giu');
export const untitled = (gap: string): string => gap.replace(TITLE, '');

// Villages the gazetteer does not know, between two places of one list: «Оріхів, Новоандріївка, П’ятихатки Запорізької
// області» (the General Staff's day summary lists towns and closes each group with its region). A group may end in
// its region's head noun and a semicolon before the next («… Степногірськ Запорізької області; Антонівка …»).
const UNKNOWN_NAMES = new RegExp(`^[\\s,;]*(?:${NAME_RUN}(?:\\s+\\p{Ll}+\\s*;)?[\\s,;]*)?${CONJ}$`, 'u');

const endOf = (p: PlaceMatch) => p.ownRegionEnd ?? p.end;

/** Whether `a` and `b` stand in one list: the glue of a list, or names the gazetteer lacks, around the places it knows
 *  (`known`, every place of the sentence: a town of a region already in the list may have been left out of `places`).
 *  A town read with its own region («Степногірськ Запорізької області; Антонівка …») ends after the region. */
function glued(text: string, a: PlaceMatch, b: PlaceMatch, known: readonly PlaceMatch[]): boolean {
  const from = endOf(a);
  const between = untitled(text.slice(from, b.start));
  if (LIST_GLUE.test(between)) return true;
  // After ", and" a titled item may open a clause of its own ("…in Kherson, and the city of Mykolaiv was hit"): then
  // the item must end its clause, as a repeated preposition's does.
  if (TITLED_ITEM.test(between) && (!COMMA_CONJUNCTION.test(between) || CLAUSE_END_AFTER.test(text.slice(endOf(b)))))
    return true;
  if (LIST_PREPOSITION_GLUE.test(between) && CLAUSE_END_AFTER.test(text.slice(endOf(b)))) return true;
  let at = from;
  for (const p of known) {
    if (p.start < from || endOf(p) > b.start) continue;
    if (!UNKNOWN_NAMES.test(untitled(text.slice(at, p.start)))) return false;
    at = endOf(p);
  }
  return UNKNOWN_NAMES.test(untitled(text.slice(at, b.start)));
}

/** The run of places that forms one list with `place` (itself alone when it stands apart). */
export function listAround(
  text: string,
  places: readonly PlaceMatch[],
  place: PlaceMatch,
  known: readonly PlaceMatch[] = places,
): PlaceMatch[] {
  const i = places.indexOf(place);
  let lo = i;
  let hi = i;
  while (lo > 0 && glued(text, places[lo - 1]!, places[lo]!, known)) lo--;
  while (hi < places.length - 1 && glued(text, places[hi]!, places[hi + 1]!, known)) hi++;
  return places.slice(lo, hi + 1);
}

// «над территориями этих областей», "over these regions": the regions the report has just listed.
const THESE_REGIONS = new RegExp(String.raw`(?:${anyOf('these')})\s+(?:${anyOf('regions_noun')})`, 'iu');

const AFTER_ANCHOR = new RegExp(String.raw`^\s+(?:${anyOf('anchor_place')})\s+(?:(?:${anyOf('article')})\s+)?$`, 'iu');

export interface Location {
  located: PlaceMatch | null;
  inferred: boolean;
  /** "in two regions": the fact sums regions it does not name, and is checked against them. */
  aggregate: boolean;
  /** «у Київській, Сумській та Полтавській областях»: the regions one statement names together. The fact keeps
   *  the total with no region, and each region gets a fact of its own with no count. With `located` set (a sea
   *  counted together with the land after it), the fact stays at that place even with no count of its own. */
  list?: PlaceMatch[];
  /** The place or list is joined to the whole country («на 6 областей та Крим»): the fact in no region is the
   *  country's share of the wave and stays, count or none (`wholeAndPlace`). With one region, `located` is that
   *  region, and only a caller that reads `whole` (the strike detectors in attack.ts) adds the fact in no region. */
  whole?: boolean;
}

// «атака дронів на 6 областей та Крим», «на 4 регіони РФ та Крим», «атакували НПЗ у РФ та окупованому Криму»: a
// count of regions left unnamed, or the country itself as a place (after its preposition), then "and" and (after at
// most one adjective) the first place of the list. Digits only: a count in words («двох регіонах») is
// `several_regions`, a sum over named regions. A country with no preposition ("drones hit Russia and Crimea, Russia
// says") is the headline's topic, whose body names the places.
const WHOLE_AND = new RegExp(
  String.raw`(?:(?<![\p{L}\d])\d+\s+(?:${anyOf('counted_regions')})(?:\s+(?:${anyOf('country_named')}))?|(?<![\p{L}])(?:${anyWordOf('place_preposition')})\s+(?:${anyOf('country_named')}))\s+(?:${anyOf('conjunction')})\s+(?<a>[\p{L}'’-]+\s+)?$`,
  'iu',
);
// The one word between the conjunction and the place is an adjective («окупованому Криму»), in lower case: read
// without the `i` flag, under which \p{Ll} matches any letter and a name ("Lukoil's Volgograd refinery") would pass.
const LOWER_WORD = /^[\p{Ll}'’-]+\s+$/u;

/** Whether the list that starts with `first` is joined to the whole country: the wave was the country's (a fact in no
 *  region, as "Russia sent 26 drones at its territory") and, besides, the named region's. */
function wholeAndPlace(text: string, first: PlaceMatch): boolean {
  const m = WHOLE_AND.exec(text.slice(Math.max(0, first.start - 80), first.start));
  const adj = m?.groups?.a;
  return m !== null && (adj === undefined || LOWER_WORD.test(adj));
}

/** "Russia launched 85 drones", «Ворог атакував 83 БпЛА»: a side, then (a few words on, in one clause) a launch verb
 *  and a weapon after it. */
export function sideLaunch(text: string, view: SentenceView): boolean {
  return sideLaunchHit(text, view) !== null;
}

/** The side that launched in a `sideLaunch` sentence ("Russia" in "Russia attacked with 88 drones" and in "70 of 88
 *  drones launched by Russia"), or null. */
export function launchingSide(text: string, view: SentenceView): Hit | null {
  const launch = sideLaunchHit(text, view);
  if (!launch) return null;
  // The side is the verb's subject, at most a few words before it with no number between: not "Ukraine shoots
  // down 32 of 35 Russian-launched drones", whose "launched" is Russia's.
  if (!launch.passive && !SUBJECT_GAP.test(text.slice(launch.side.end, launch.hit.start))) return null;
  return launch.side;
}
const SUBJECT_GAP = /^(?:\s+[^\s\d]+){0,3}\s+$/u;

/** The launch verb of `sideLaunch`, its side, and whether it is the passive ("drones launched by Russia"). */
function sideLaunchHit(text: string, view: SentenceView): { hit: Hit; side: Hit; passive: boolean } | null {
  // The side nearest the verb: "Ukraine said Russia launched 30 drones" is Russia's launch.
  const sideOf = (l: Hit) =>
    view.hits.findLast(
      (a) =>
        a.value.categories.has('attacker') &&
        a.end <= l.start &&
        /^[^,.;:!?\u2013\u2014]{0,30}$/u.test(text.slice(a.end, l.start)),
    );
  const launch = view.hits.find((l) => l.value.categories.has('launched') && sideOf(l) !== undefined);
  const side = launch && sideOf(launch);
  if (launch && side && view.hits.some((h) => h.value.weapon !== undefined && h.start >= launch.end)) {
    return { hit: launch, side, passive: false };
  }
  // "downed 14 of 22 drones launched by Russia": the passive, a weapon before the verb and the side as its agent.
  const agentOf = (l: Hit) => {
    for (const by of view.hits) {
      if (!by.value.categories.has('state_agent') || !/^\s+$/u.test(text.slice(l.end, by.start))) continue;
      const a = view.hits.find(
        (a) => a.value.categories.has('attacker') && a.start >= by.end && /^\s+$/u.test(text.slice(by.end, a.start)),
      );
      if (a) return a;
    }
    return undefined;
  };
  for (const l of view.hits) {
    if (!l.value.categories.has('launched') || !view.hits.some((w) => w.value.weapon !== undefined && w.end <= l.start))
      continue;
    const agent = agentOf(l);
    if (agent) return { hit: l, side: agent, passive: true };
  }
  return null;
}

/** A number right before a weapon word (a few words between): "38 drones", "20 of 35 drones", «83 ударних БпЛА»;
 *  the number after `from`, the weapon ending by `to` (the launch verb's side of the sentence). */
function countedWeapon(text: string, view: SentenceView, from: number, to: number): boolean {
  return view.numbers.some(
    (n) =>
      n.start >= from &&
      view.hits.some(
        (w) =>
          w.value.weapon !== undefined &&
          w.start >= n.end &&
          w.end <= to &&
          /^[^,.;:!?]{0,30}$/u.test(text.slice(n.end, w.start)),
      ),
  );
}

// After a target preposition, a word that points back at a place named before: "at the city", «по городу».
const PLACE_BACK = new RegExp(String.raw`^\s+(?:${anyOf('place_back')})(?![\p{L}])`, 'iu');
// "there were no casualties": "there" before a verb of being says something exists, not where a launch was aimed.
const THERE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${anyOf('there')})(?![\p{L}])(?!\s+(?:${anyOf('existential_be')})(?![\p{L}]))`,
  'iu',
);
const CLAUSE_BREAK = /[,.;:!?\u2013\u2014]/u;

/** "Russia launched 12 drones at the city", «Россия выпустила по городу 12 беспилотников», "fired 12 drones there":
 *  the launch's clause aims it at a place the report named before. */
function aimedBack(text: string, view: SentenceView, launch: { end: number }): boolean {
  const rest = text.slice(launch.end, view.span.end);
  const cut = rest.search(CLAUSE_BREAK);
  const clauseEnd = launch.end + (cut < 0 ? rest.length : cut);
  return (
    THERE.test(text.slice(launch.end, clauseEnd)) ||
    view.hits.some(
      (t) =>
        t.value.categories.has('target_preposition') &&
        t.start >= launch.end &&
        t.end <= clauseEnd &&
        PLACE_BACK.test(text.slice(t.end, view.span.end)),
    )
  );
}

/** A side's counted wave, aimed at the country or at nothing named: "Russia sent 26 drones at its territory",
 *  «Ворог атакував 61 БпЛА», "downed 14 of 22 drones launched by Russia". The number counts the launched weapon:
 *  after the verb when the side is its subject, before the weapon ahead of the verb in the passive. A wave aimed at
 *  a place named before ("launched 12 drones at the city") is that place's, not the country's. */
function nationalWave(text: string, view: SentenceView): boolean {
  const launch = sideLaunchHit(text, view);
  if (!launch) return false;
  const counted = launch.passive
    ? countedWeapon(text, view, view.span.start, launch.hit.start)
    : countedWeapon(text, view, launch.hit.end, view.span.end);
  return counted && !aimedBack(text, view, launch.hit);
}

// What ends one item of a list of events: a clause mark or a conjunction («пожежа на складі в Курську, атака дронами
// та вибух на підстанції у Бердянську»).
const ITEM_BREAK = new RegExp(String.raw`[,;:!?\u2013\u2014]|(?<![\p{L}])(?:${anyOf('conjunction')})(?![\p{L}])`, 'iu');
/** How far after its word an item's place may stand («вибух на підстанції в окупованому Бердянську»). */
const ITEM_REACH = 60;

// An item's own place stands right after an in/at/on/over preposition, two words at most between («на тимчасово
// окупованій Донеччині»): not after "from", «до лікарні», "to Dnipro" or a train's route, which name another place
// than the event's.
const ITEM_PLACE_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?:${anyOf('in_place')}|${anyOf('anchor_place')}|${anyOf('item_place')})\s+(?:\p{L}[\p{L}'’-]*\s+){0,2}$`,
  'iu',
);
// The words that make an item an event of its own: the first item of a listing headline holds one too.
const EVENT_WORDS = ['strike', 'attack_noun', 'hit', 'damage', 'fire', 'explosion', 'interception', 'debris'] as const;
const isEventWord = (h: Hit) => h.value.weapon !== undefined || EVENT_WORDS.some((c) => h.value.categories.has(c));

/** «Пожежа на складі в Курську, атака дронами та вибух на підстанції в окупованому Бердянську»: a headline, or any
 *  sentence, that lists events, each with its own place after it. The first place after the word, in the word's own
 *  item (no clause mark or conjunction between) and right after an in/at preposition, is the word's place when the
 *  place right before the word stands in an earlier item, and the items up to that one tell an event of their own
 *  (the line is a list of events): the nearest place would give the blast Moscow. A dateline's place ("In Kherson,
 *  shelling wounded a woman taken to Mykolaiv") heads no item that tells an event, and a place after "to", "from"
 *  or «до» is no event's. */
function ownItemPlace(
  text: string,
  places: readonly PlaceMatch[],
  anchor: { start: number; end: number },
  hits: readonly Hit[],
): PlaceMatch | undefined {
  const after = places.find((p) => p.start >= anchor.end && p.kind !== 'sea');
  if (!after || after.start - anchor.end > ITEM_REACH) return undefined;
  const gap = text.slice(anchor.end, after.start);
  if (ITEM_BREAK.test(gap) || !ITEM_PLACE_BEFORE.test(gap)) return undefined;
  const before = places.filter((p) => p.end <= anchor.start).pop();
  if (!before) return undefined;
  const rest = text.slice(endOf(before), anchor.start);
  const next = ITEM_BREAK.exec(rest);
  if (!next) return undefined;
  // The line lists events: one is told in the items up to the end of the one that holds the place before.
  const itemEnd = endOf(before) + next.index;
  const told = hits.some((h) => h.end <= itemEnd && isEventWord(h));
  return told ? after : undefined;
}

// "hit the Black Sea port of Odesa", "in Russia's Black Sea port of Novorossiysk": a sea before a town's noun and "of"
// tells where the town lies; the town named after it is the place.
const SEA_TOWN_OF = new RegExp(`^\\s+(?:${anyOf('sea_town')})\\s+(?:${anyOf('of')})\\s+$`, 'iu');

/** The places without a sea that only says where a town named right after it lies (`SEA_TOWN_OF`). */
function withoutSeaOfTown(text: string, places: readonly PlaceMatch[]): readonly PlaceMatch[] {
  const ofTown = (sea: PlaceMatch) =>
    places.some((p) => p.kind !== 'sea' && p.start > sea.end && SEA_TOWN_OF.test(text.slice(sea.end, p.start)));
  return places.some((p) => p.kind === 'sea' && ofTown(p))
    ? places.filter((p) => p.kind !== 'sea' || !ofTown(p))
    : places;
}

// A span of time and a word that dates another event ("a day after", "hours before"), in the same clause.
const OTHER_DAY = new RegExp(`(?:^|[^\\p{L}])(?:${anyOf('other_day')})(?![\\p{L}])`, 'iu');
const CLAUSE_MARK = /[.;:!?]/u;
const OTHER_DAY_TIME = new RegExp(`^\\s*(?:${anyOf('other_day_time')})(?![\\p{L}])`, 'iu');

/** "Russia downs Ukrainian drones day after its attack on Kyiv", "Missile strike kills 17 hours after Blinken's visit
 *  to Kyiv": a place after the fact's word and after an `other_day` phrase between them is the place of the event that
 *  phrase dates, not the fact's. In a sentence that tells a toll or damage before the phrase, a dated clause that tells
 *  an attack keeps its place ("a woman died a day after the strike on Sumy"): that attack is the cause. */
function otherDayPlace(
  text: string,
  view: SentenceView,
  anchor: { start: number; end: number },
  p: PlaceMatch,
): boolean {
  if (p.start < anchor.end) return false;
  const gap = text.slice(anchor.end, p.start);
  const dated = OTHER_DAY.exec(gap);
  if (!dated || CLAUSE_MARK.test(gap)) return false;
  const from = anchor.end + dated.index + dated[0].length;
  const at = anchor.end + dated.index;
  // Only a place inside the dated event's own phrase (review 42c #6): not one past a comma ("struck a day after the
  // summit, killing 4 in Lviv"), nor one after a time or holiday, which is no event ("downed two days before Easter
  // over Odesa", "hours after midnight over Kyiv region").
  const phrase = text.slice(from, p.start);
  if (phrase.includes(',') || OTHER_DAY_TIME.test(phrase)) return false;
  const isEffect = (h: Hit) =>
    isCasualtyWord(h) ||
    h.value.categories.has('damage') ||
    h.value.categories.has('fire') ||
    h.value.categories.has('power_outage');
  const inPhrase = (h: Hit) => h.start >= from && h.end <= p.start;
  const effect = view.hits.some((h) => h.end <= at && isEffect(h));
  if (effect && view.hits.some((h) => inPhrase(h) && isEventWord(h))) return false;
  // "drones hit a power plant, hours before the blackout in Kharkiv region": an attack before the phrase and only
  // an effect inside it (no attack of its own) is that attack's effect, in the attack's place.
  const attack = view.hits.some((h) => h.end <= at && isEventWord(h));
  const told = view.hits.filter(inPhrase);
  return !(attack && told.some(isEffect) && !told.some(isEventWord));
}

/** Whether place `p` is another day's to one of the facts told in the sentence before it (`otherDayPlace`): such a
 *  place is not handed on to the next sentence either ("Russia downs drones day after its attack on Kyiv" then "the
 *  ministry said it downed 12 drones": review 42c #7). */
export function datedElsewhere(
  text: string,
  view: SentenceView,
  anchors: readonly { start: number; end: number }[],
  p: PlaceMatch,
): boolean {
  return anchors.some((a) => a.end <= p.start && otherDayPlace(text, view, a, p));
}

export function locate(
  ctx: ReportContext,
  view: SentenceView,
  anchor: { start: number; end: number },
  allPlaces: readonly PlaceMatch[],
): Location {
  const seen = withoutSeaOfTown(ctx.report.text, allPlaces);
  const places = seen.filter((p) => !otherDayPlace(ctx.report.text, view, anchor, p));
  // The other day's place is no fallback either: only the report's place named in a later sentence is.
  const dated = (p: PlaceMatch | null) => p !== null && seen.some((d) => d.start === p.start && !places.includes(d));
  if (has(view, 'several_regions')) {
    // «над территориями Курской, Воронежской и Белгородской областей» names the regions it sums: a list.
    const first = places.find((p) => p.kind !== 'sea');
    const list = first ? listAround(ctx.report.text, places, first) : [];
    if (new Set(list.map((p) => p.code)).size > 1) return { located: null, inferred: false, aggregate: false, list };
    if (list.length === 0 && ctx.lastRegions.length > 1 && THESE_REGIONS.test(view.span.text)) {
      return { located: null, inferred: false, aggregate: false, list: ctx.lastRegions };
    }
    return { located: null, inferred: false, aggregate: true };
  }
  // "damage in Voronezh", «пожар в Белгороде»: a place tied to the word by a preposition right after it.
  const attached = places.find(
    (p) => p.start >= anchor.end && AFTER_ANCHOR.test(ctx.report.text.slice(anchor.end, p.start)),
  );
  // «в Дмитровском городском округе сбит беспилотник, летевший на Москву»: the city a drone was flying
  // towards is its destination; where the sentence also says where it was downed, that place is the fact's.
  const heading = (p: PlaceMatch) =>
    view.hits.some((h) => h.value.area === 'approaching' && h.end <= p.start && p.start - h.end <= 12);
  const where = places.filter((p) => !heading(p));
  const own = ownItemPlace(ctx.report.text, where, anchor, view.hits);
  const best =
    attached && !heading(attached) ? attached : (own ?? nearest(where.length > 0 ? where : places, anchor) ?? attached);
  if (!best) {
    // "Russia launched 85 drones and four missiles overnight. … In Kharkiv, a drone hit a house": the side's wave is
    // the whole country's; the report's one place, named only later, is where one of them struck.
    // A side's counted wave is the country's: "Drones hit Lutsk. … Russia sent 26 drones at its territory", "brought
    // down 14 of 22 drones launched by Russia". The place of a sentence before is where some of them went.
    const national = nationalWave(ctx.report.text, view);
    const later = ctx.lastPlace === null && ctx.fallbackPlace !== null && ctx.fallbackPlace.start >= view.span.end;
    const noFallback = (later && sideLaunch(ctx.report.text, view)) || dated(ctx.fallbackPlace);
    const context = national ? null : (ctx.lastPlace ?? (noFallback ? null : ctx.fallbackPlace));
    return { located: context, inferred: context !== null, aggregate: false };
  }
  // «над акваторией Азовского моря вблизи Арабатской стрелки и над территорией Ростовской области»: one count for a
  // sea and the land named with it. The land gets its fact without the count; a place the sea is only near gets none.
  if (best.kind === 'sea') {
    const land = places.find(
      (p) => p.start > best.end && p.kind !== 'sea' && SEA_AND_LAND.test(ctx.report.text.slice(best.end, p.start)),
    );
    if (land) {
      const list = listAround(ctx.report.text, places, land).filter((p) => p.start >= land.start);
      return { located: best, inferred: false, aggregate: false, list };
    }
  }
  const list = listAround(ctx.report.text, places, best, view.places);
  const whole = wholeAndPlace(ctx.report.text, list[0] ?? best) ? { whole: true } : {};
  if (list.length > 1 && new Set(list.map((p) => p.code)).size > 1) {
    return { located: null, inferred: false, aggregate: false, list, ...whole };
  }
  // One region joined to the whole country keeps its place: a caller that reads no `whole` (a shoot-down, debris, a
  // tally) still puts the fact there; the strike detectors add the country's fact in no region.
  return { located: best, inferred: false, aggregate: false, ...whole };
}

function areaOf(
  view: SentenceView,
  place: PlaceMatch | null,
): { area: Area; span: { start: number; end: number } } | null {
  if (place?.kind === 'sea') return { area: 'sea', span: place };
  const areas = view.hits.filter((h) => h.value.area !== undefined);
  const approaching = areas.find((h) => h.value.area === 'approaching');
  if (approaching) return { area: 'approaching', span: approaching };
  if (!place) return null;
  const before = areas.filter((h) => h.end <= place.start && place.start - h.end <= 30);
  const last = before[before.length - 1];
  return last ? { area: last.value.area as Area, span: last } : null;
}

/** A strike's reading of a place joined to the whole country: the fact in no region (the country's share) and the
 *  region's as a list of one, as a list of several is read. Other callers keep `located`. */
export function wholeShare(loc: Location): Location {
  return loc.whole && loc.located !== null ? { ...loc, located: null, list: [loc.located] } : loc;
}

/** A copy of the statement as another fact, without its numbers (they belong to the statement as a whole). */
export function uncountedCopy(ctx: ReportContext, base: Fact): Fact {
  const fact: Fact = {
    ...base,
    id: `${ctx.report.id}:f${ctx.facts.length}`,
    count: null,
    launched: null,
    hit: null,
    fields: { ...base.fields },
  };
  delete fact.fields.count;
  delete fact.fields.launched;
  delete fact.fields.hit;
  return fact;
}

/** One fact per region of a list, copying the statement without its numbers (they belong to the whole list). */
export function listFacts(ctx: ReportContext, view: SentenceView, base: Fact, list: readonly PlaceMatch[]): Fact[] {
  const seen = new Set<string>();
  const out: Fact[] = [];
  for (const match of list) {
    if (seen.has(match.code)) continue;
    seen.add(match.code);
    const fact = uncountedCopy(ctx, base);
    // Another region's fact keeps none of the first one's town.
    fact.place = null;
    delete fact.fields.place;
    applyLocation(ctx, view, fact, { located: match, inferred: false, aggregate: false });
    ctx.facts.push(fact);
    out.push(fact);
  }
  return out;
}

/** Writes region, place and area onto the fact, with the spans that name them. */
export function applyLocation(ctx: ReportContext, view: SentenceView, fact: Fact, loc: Location): void {
  const text = ctx.report.text;
  if (loc.aggregate) fact.aggregate = true;
  const m = loc.located;
  if (m) {
    const span = { start: m.start, end: m.end, text: m.text };
    if (m.kind === 'sea') {
      fact.place = { name: m.name, lat: null, lon: null };
      setField(fact, 'place', span, loc.inferred);
    } else {
      fact.region = { code: m.code, name: m.text };
      setField(fact, 'region', span, loc.inferred);
      if (m.kind === 'city') {
        fact.place = { name: m.name, lat: m.lat, lon: m.lon };
        setField(fact, 'place', span, loc.inferred);
      }
    }
  }
  const area = areaOf(view, loc.inferred ? null : m);
  if (area) {
    fact.area = area.area;
    setField(fact, 'area', {
      start: area.span.start,
      end: area.span.end,
      text: text.slice(area.span.start, area.span.end),
    });
  }
}
