import type { Casualties, Fact, FactKind, Weapon } from '../../core/types.ts';
import type { PlaceMatch } from '../common/gazetteer.ts';
import { isVague } from '../common/numbers.ts';
import type { Hit, WordCategory } from '../compile.ts';
import { anyOf, anyWordOf } from '../grammar.ts';
import {
  has,
  hitsOf,
  isCasualtyWord,
  newFact,
  type ReportContext,
  type SentenceView,
  setField,
  spanOf,
} from '../view.ts';
import { childrenAmong, type TollRead } from './children.ts';
import { applyLocation, listAround, listFacts, locate } from './locate.ts';

const EFFECTS: readonly { cat: WordCategory; kind: FactKind }[] = [
  { cat: 'damage', kind: 'damage' },
  { cat: 'fire', kind: 'fire' },
  { cat: 'power_outage', kind: 'power_outage' },
  { cat: 'debris', kind: 'debris' },
  { cat: 'explosion', kind: 'explosion' },
];

/** The first half of a compound («уламково-фугасна бойова частина»: a warhead's kind) names no debris, whatever the
 *  sentence says of hitting («точність влучання уламково-фугасної частини»). A stricter gate (debris only when its
 *  sentence tells it falling, damaging or coming from a downed weapon) was tried in the eighteenth session and taken
 *  out: it cut nine wrong debris facts on the dev texts but split real nights' incidents (BENCHMARKS.md, off18). */
function compoundHalf(text: string, debris: Hit): boolean {
  return /^[-‐]\p{L}/u.test(text.slice(debris.end, debris.end + 2));
}

/** "no casualties or property damage", «без повреждений»: a negation shortly before, in the same clause. */
export function negated(view: SentenceView, text: string, hit: Hit): boolean {
  // "no casualties or property damage": the whole phrase "no casualties" is one hit, and it negates what follows.
  const negators = view.hits.filter(
    (h) =>
      h.value.categories.has('negation') ||
      h.value.categories.has('no_casualties') ||
      h.value.categories.has('no_injuries'),
  );
  const before = negators.some((n) => {
    if (n.end > hit.start || hit.start - n.end > 30) return false;
    return !/[,.;:]/.test(text.slice(n.end, hit.start));
  });
  // Russian and Ukrainian put it after: «серьёзных повреждений и пострадавших нет», «руйнувань немає».
  return before || POSTPOSED_NEGATION.test(text.slice(hit.end, hit.end + 50));
}

// «информации о пострадавших», «данных о погибших и раненых»: a casualty word right after `no_news_of`, or after a
// first one and a conjunction. Not «по информации о ночной атаке пострадавших нет»: the news is of the attack.
const NO_NEWS_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${anyOf('no_news_of')})(?:\\s+[\\p{L}]+\\s+(?:${anyOf('conjunction')}))?\\s+$`,
  'iu',
);
// "Not a single person was killed", "no one is killed": the person or "one" a toll would count follows a negated
// quantifier (`none_counted`), which counts no one; "Not one person was killed": the number ends the quantifier.
const NONE_COUNTED_BEFORE = new RegExp(`(?<![\\p{L}])(?:${anyOf('none_counted')})\\s*$`, 'iu');
const POSTPOSED_NEGATION = new RegExp(
  String.raw`^[^,.;:!?]{0,40}?(?<![\p{L}])(?:${anyOf('none_found')})(?![\p{L}])`,
  'u',
);

/** "Russia fires drones and missiles at Odesa": a word that is also a launch verb, with a weapon right after it in
 *  its clause, launches; it is no fire. */
function launchesWeapon(view: SentenceView, text: string, h: Hit): boolean {
  if (!h.value.categories.has('launched')) return false;
  return view.hits.some(
    (w) =>
      w.value.weapon !== undefined &&
      w.start >= h.end &&
      w.start - h.end <= 40 &&
      !/[.;:,]/u.test(text.slice(h.end, w.start)),
  );
}

/** «Сбито пять ракет, одна повреждена», «ещё одна получила повреждения», «обломки повреждённой ракеты упали»: in a
 *  report of weapons shot down, a damage word that stands right before a weapon word as its epithet, or a passive one
 *  (`damage_passive`) whose short clause names nothing struck and whose subject is a weapon or the numeral one, with
 *  nothing but adverbs and auxiliaries between («ещё одна была повреждена»), tells of the weapon hit by air defence,
 *  not of damage on the ground. An active verb tells what the weapon did («Обломки БПЛА повредили забор»), a noun
 *  between the numeral and the damage word is what was damaged («один гараж получил повреждения»), and a debris word
 *  right before the weapon makes it the cause («Обломками ракеты повреждены фасады»). */
function weaponDamaged(view: SentenceView, text: string, hit: Hit): boolean {
  const clauseStart = Math.max(
    view.span.start,
    ...[...text.slice(view.span.start, hit.start).matchAll(CLAUSE_END)].map(
      (m) => view.span.start + (m.index ?? 0) + 1,
    ),
  );
  const rest = text.slice(hit.end, view.span.end).search(CLAUSE_END);
  const clauseEnd = rest >= 0 ? hit.end + rest : view.span.end;
  const inClause = (h: Hit) => h.start >= clauseStart && h.end <= clauseEnd;
  if (view.hits.some((h) => h.value.object !== undefined && inClause(h))) return false;
  const epithet = view.hits.some(
    (w) => w.value.weapon !== undefined && w.start >= hit.end && /^\s{1,2}$/u.test(text.slice(hit.end, w.start)),
  );
  if (epithet) return true;
  // «повреждена», «получила повреждения» (the phrase is the hit), "was damaged": the damage word is passive by itself
  // or by the auxiliary right before it; its subject stands before.
  const passive =
    hit.value.categories.has('damage_passive') ||
    view.hits.some(
      (h) => h.value.categories.has('auxiliary') && h.end <= hit.start && /^\s+$/u.test(text.slice(h.end, hit.start)),
    )
      ? hit
      : undefined;
  if (!passive) return false;
  const before = text.slice(clauseStart, passive.start).match(WORDS) ?? [];
  if (before.length === 0 || before.length > MAX_WORDS_BEFORE_DAMAGE) return false;
  // "A Russian salvo also damaged a radar station": a damage word with its own object after it tells what was hit.
  if ((text.slice(passive.end, clauseEnd).match(WORDS) ?? []).length > MAX_WORDS_AFTER_DAMAGE) return false;
  return view.hits.some(
    (h) =>
      (h.value.weapon !== undefined || h.value.categories.has('one_article')) &&
      h.start >= clauseStart &&
      h.end <= passive.start &&
      onlyFunctionWords(view, text, h.end, passive.start) &&
      !view.hits.some(
        (d) => d.value.categories.has('debris') && d.end <= h.start && /^\s+$/u.test(text.slice(d.end, h.start)),
      ),
  );
}

/** Whether every word from `from` to `to` is an adverb or an auxiliary («ещё», «также», «была»). */
function onlyFunctionWords(view: SentenceView, text: string, from: number, to: number): boolean {
  return [...text.slice(from, to).matchAll(WORDS)].every((m) => {
    const at = from + (m.index ?? 0);
    return view.hits.some(
      (h) =>
        h.start <= at &&
        h.end >= at + m[0].length &&
        (h.value.categories.has('increment') ||
          h.value.categories.has('sentence_adverb') ||
          h.value.categories.has('auxiliary')),
    );
  });
}

// A dot inside an abbreviation («U.S.-made») ends no clause.
const CLAUSE_END = /[,;:!?—–]|\.(?!\S)/gu;
const WORDS = /[\p{L}\p{N}'’ʼ-]+/gu;
// «ещё одна ракета была повреждена»: the numeral, an adverb, the weapon and an auxiliary.
const MAX_WORDS_BEFORE_DAMAGE = 4;
// «одна повреждена», «одна была «повреждена» при перехвате»: the clause ends soon after the damage word.
const MAX_WORDS_AFTER_DAMAGE = 2;

// Between a word of handling debris and the debris word: nothing, or up to two of the lexicons' `handled_gap` words
// (articles, determiners, a participle of gathering: "pictures of the debris", «фотографии собранных фрагментов»).
// Any other word ("near", a weapon, «видно») leaves the debris ungoverned: "crowds gathered near debris".
const HANDLED_GAP = new RegExp(`^(?:[^\\S\\n]+(?:${anyOf('handled_gap')})){0,2}[^\\S\\n]+$`, 'iu');
// From the debris to a later fall or damage word of its own clause: words with no clause mark, a relative word
// ("that", «які») opening the clause (after one comma at most), and no clause mark after it. Without one the fall or
// damage word is another clause's: "collecting debris of the missile; the strike damaged a school".
const DEBRIS_CLAUSE = new RegExp(
  `^[^,;:.!?\\u2013\\u2014]*?(?:,[^\\S\\n]*)?(?<!\\p{L})(?:${anyOf('debris_relative')})(?!\\p{L})[^,;:.!?\\u2013\\u2014]*$`,
  'iu',
);

// Debris's own words (a genitive or two: «обломки беспилотника»), then a comma at most, right before a fall word:
// a participle of the debris («обломки беспилотника, падающие на крышу»).
const DEBRIS_PARTICIPLE = /^(?:[^\S\n]+[\p{L}\p{N}'’ʼ-]+){0,3}(?:,)?[^\S\n]+$/u;
// A fall word opening a longer hit: «упали на» is a `strike` phrase, and still tells the debris falling.
const FALL_START = new RegExp(`^(?:${anyWordOf('fell')})(?!\\p{L})`, 'iu');

/** "pictures of the debris were shared online", "engineers were clearing wreckage", «фотографии обломков
 *  «Орешника»», «вивезення уламків»: debris looked at, gathered or cleared away (a word of the lexicon's
 *  `debris_handled` right before the debris word) is no debris falling; the fact is told, if at all, by another
 *  debris word of the sentence ("debris fell on a house; police are collecting the wreckage"). Debris the sentence
 *  goes on to tell falling or damaging in a clause of its own (a `fell` or `damage` word after a `debris_relative`
 *  word: "wreckage of a drone that crashed into a house", «уламки дрона, які впали на майданчик»), or falling in a
 *  participle right after it («обломки беспилотника, падающие на крышу»), keeps its fact, whoever handles it; a fall
 *  or damage word of another clause does not. A fall word counts when it opens a longer hit too («обломки, которые
 *  упали на площадку»: «упали на» is a strike phrase). */
function handledDebris(view: SentenceView, text: string, debris: Hit): boolean {
  const governed = view.hits.some(
    (h) =>
      h.value.categories.has('debris_handled') &&
      h.end <= debris.start &&
      HANDLED_GAP.test(text.slice(h.end, debris.start)),
  );
  if (!governed) return false;
  const falls = (h: Hit) => h.value.categories.has('fell') || FALL_START.test(text.slice(h.start, h.end));
  return !view.hits.some((h) => {
    if (h.start < debris.end) return false;
    const between = text.slice(debris.end, h.start);
    if (falls(h) && DEBRIS_PARTICIPLE.test(between)) return true;
    return (falls(h) || h.value.categories.has('damage')) && DEBRIS_CLAUSE.test(between);
  });
}

// A `near` detail and its damage word: the same clause, a few words apart ("damaged a hospital", «пошкоджено лікарню та
// дві школи»), never across a clause mark ("the injured were taken to hospital; windows were damaged").
const BESIDE = /^[^,;:.!?\u2013\u2014\n]{0,40}$/u;

// "near a school", «біля лікарні»: a word of nearness before the building, a few words between ("near a school and a
// kindergarten"); precision first, so "a house near the station and a school" loses its school.
const BESIDE_BUILDING = new RegExp(`(?<![\\p{L}])(?:${anyOf('beside_building')})(?:\\s+\\p{L}+){0,4}\\s+$`, 'iu');

function besideTrigger(text: string, trigger: Hit, detail: Hit): boolean {
  if (BESIDE_BUILDING.test(text.slice(Math.max(0, detail.start - 40), detail.start))) return false;
  const between =
    detail.start >= trigger.end ? text.slice(trigger.end, detail.start) : text.slice(detail.end, trigger.start);
  return BESIDE.test(between);
}

// A noun of falling told as a cause, right before a weapon, an adjective or two between («после падения сбитого
// беспилотника», «из-за падения БПЛА», «при падении украинского дрона»).
const FALL_NOUN_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${anyOf('fall_cause')})\\s+(${anyOf('debris_falling')})(?:\\s+\\p{L}+){0,2}\\s+$`,
  'iu',
);
// From the weapon to a named object it fell onto: its own name or a word or two («ракеты «Искандер»», «дрона-камикадзе»),
// then a `fall_onto` word and a lower-case word or two before the object («на территорию предприятия», «на жилой дом»),
// all in one clause. Case-sensitive: a capital after the preposition is a place («в Воронеже повреждены окна»).
const FALL_ONTO = new RegExp(
  `^[^,.;:!?\\n]{0,30}?(?<![\\p{L}])(?:${anyOf('fall_onto')})(?:\\s+[\\p{Ll}-]+){0,2}\\s+$`,
  'u',
);
// The classes that come down over the rear as wrecks often enough for a fall with no word of downing to be read as
// one: the long-range drone. A missile, a ballistic missile or a glide bomb «упал» is almost always where it hit
// (review 41b: «после падения ракеты «Искандер» на Харьков», «внаслідок падіння російського КАБу»).
const FALLS_AS_WRECK: ReadonlySet<Weapon> = new Set<Weapon>(['uav']);
// What the fall must be the cause of: harm to people or things, told or denied («пожар», «повреждена крыша»,
// «пострадавших нет»). An evacuation or an airport closed after a fall says nothing of a wreck.
const FALL_HARM: readonly WordCategory[] = ['damage', 'fire', 'injured', 'killed', 'power_outage'];

/** «Из-за падения БПЛА произошёл пожар», «после падения сбитого беспилотника»: a drone's fall told by a noun as the
 *  cause of a fire, damage or wound is the wreck falling, debris as the real labels read it, with or without a word of
 *  downing. A fall told for itself («о падении ракеты в пригороде», «падіння БПЛА на нафтобазу») is where the weapon
 *  came down, a strike, so only after a `fall_cause` word; and so is the fall of a missile or a bomb with no word of
 *  downing («после падения ракеты на жилой дом»), and a fall onto a named object («после падения дрона на НПЗ начался
 *  пожар»), unless a word of downing says it was a wreck («после падения сбитого БПЛА на крышу склада»). Returns the
 *  noun's span to the weapon word's end (the debris fact's evidence) and the noun's own span (a wreck for
 *  `downedInDebris`). */
export function fallOfWeapon(view: SentenceView, text: string): { told: Hit; noun: Hit } | undefined {
  if (!FALL_HARM.some((c) => has(view, c))) return undefined;
  for (const h of view.hits) {
    if (!h.value.weapon) continue;
    const before = text.slice(Math.max(0, h.start - 60), h.start);
    const m = FALL_NOUN_BEFORE.exec(before);
    if (!m) continue;
    const start = h.start - before.length + m.index;
    const nounStart = start + m[0].indexOf(m[1] ?? '');
    const nounEnd = nounStart + (m[1]?.length ?? 0);
    const downed = view.hits.some((d) => d.value.categories.has('downed') && d.start >= nounEnd && d.end <= h.start);
    if (!downed) {
      if (!FALLS_AS_WRECK.has(h.value.weapon.weapon)) return undefined;
      const onto = view.hits.some(
        (o) =>
          o.value.object !== undefined &&
          o.value.object !== 'person' &&
          o.start >= h.end &&
          FALL_ONTO.test(text.slice(h.end, o.start)) &&
          // «в городе повреждены окна»: a word of an event or effect between opens a clause of its own; the object is
          // not what the weapon fell onto.
          !view.hits.some(
            (w) =>
              w.start >= h.end &&
              w.end <= o.start &&
              // The preposition itself is a hit of some preposition list (place, target, aircraft).
              [...w.value.categories].some((c) => !c.endsWith('_preposition')),
          ),
      );
      if (onto) return undefined;
    }
    return { told: { ...h, start: nounStart }, noun: { ...h, start: nounStart, end: nounEnd } };
  }
  return undefined;
}

/** Damage, fire, power cuts and debris, each with the object nearest to its own trigger word. */
export function detectEffects(ctx: ReportContext, view: SentenceView, places: PlaceMatch[]): Fact[] {
  const text = ctx.report.text;
  const triggers: { hit: Hit; kind: FactKind }[] = [];
  const downed = has(view, 'interception') || has(view, 'downed') || ctx.hasFactOfKind('interception');
  for (const { cat, kind } of EFFECTS) {
    // «палає нафтобаза»: a verb of burning is a fire when its sentence names what burns.
    const burning =
      kind === 'fire' && view.hits.some((h) => h.value.object !== undefined && h.value.object !== 'person')
        ? hitsOf(view, 'burning')
        : [];
    const first = [...hitsOf(view, cat), ...burning].find(
      (h) =>
        !negated(view, text, h) &&
        !launchesWeapon(view, text, h) &&
        !(kind === 'damage' && downed && weaponDamaged(view, text, h)) &&
        !(kind === 'debris' && handledDebris(view, text, h)),
    );
    // "Explosions were heard as Russia fired missiles at the capital": a blast whose sentence names the weapon has
    // its cause stated; the attack is the fact.
    if (kind === 'explosion' && view.hits.some((h) => h.value.weapon)) continue;
    if (kind === 'debris' && first && compoundHalf(text, first)) continue;
    if (first) triggers.push({ hit: first, kind });
  }
  // «энергетическая инфраструктура пострадала»: a thing hurt is damage, unless denied («объекты не пострадали»).
  const thingHurt = hitsOf(view, 'injured').find((h) => thingSuffered(view, text, h) && !negated(view, text, h));
  if (thingHurt && !triggers.some((t) => t.kind === 'damage')) triggers.push({ hit: thingHurt, kind: 'damage' });
  // «Сбит БПЛА. Беспилотник рухнул в поле», «сбила 8 БПЛА — один из них упал на гараж», «упал сбитый БПЛА»:
  // a weapon that fell after being shot down is debris. Without a shoot-down («беспилотник попал в склад. БПЛА упал в
  // промзоне») the fall is the strike itself.
  // The weapon must be what fell: its subject before it in the clause (not the genitive of an attack noun: «после
  // удара дрона рухнула крыша»), or right after it («упал и сдетонировал сбитый БПЛА»).
  const fell = hitsOf(view, 'fell')[0];
  const weaponFell =
    fell !== undefined &&
    view.hits.some((h) => {
      if (!h.value.weapon) return false;
      if (h.start >= fell.end) return /^[^,.;:!?]{0,25}$/u.test(text.slice(fell.end, h.start));
      // The subject earlier in the same clause: "The drone was suppressed by electronic warfare and crashed".
      if (!/^[^,.;:!?]{1,60}$/u.test(text.slice(h.end, fell.start))) return false;
      return !view.hits.some(
        (a) => a.value.categories.has('attack_noun') && a.end <= h.start && /^\s+$/u.test(text.slice(a.end, h.start)),
      );
    });
  if (fell && downed && weaponFell && !triggers.some((t) => t.kind === 'debris')) {
    triggers.push({ hit: fell, kind: 'debris' });
  }
  const fallNoun = triggers.some((t) => t.kind === 'debris') ? undefined : fallOfWeapon(view, text);
  if (fallNoun) triggers.push({ hit: fallNoun.told, kind: 'debris' });
  if (triggers.length === 0) return [];
  const objects = view.hits.filter((h) => h.value.object !== undefined && h.value.object !== 'person');
  const details = view.hits.filter((h) => h.value.detail !== undefined);
  const out: Fact[] = [];
  for (const { hit, kind } of triggers) {
    const fact = newFact(ctx, view, kind, spanOf(text, hit.start, hit.end));
    if (kind !== 'power_outage') {
      // An object belongs to the trigger it stands nearest to: "windows of homes were shattered, and a fire erupted in
      // an administrative building" gives the homes to the damage and the building to the fire.
      const mine = objects.filter((o) =>
        triggers.every((t) => Math.abs(o.start - hit.start) <= Math.abs(o.start - t.hit.start)),
      );
      const object = mine.sort((a, b) => Math.abs(a.start - hit.start) - Math.abs(b.start - hit.start))[0];
      if (object?.value.object) {
        fact.object = object.value.object;
        setField(fact, 'object', spanOf(text, object.start, object.end));
      }
      const told = details.filter((d) => !d.value.detailNear || besideTrigger(text, hit, d));
      if (kind === 'damage' && told.length > 0) {
        fact.detail = [...new Set(told.map((d) => d.value.detail as string))].join(', ');
        const from = Math.min(...told.map((d) => d.start));
        setField(fact, 'detail', spanOf(text, from, Math.max(...told.map((d) => d.end))));
      }
    }
    const own = kind === 'power_outage' ? ownClause(text, view, hit, places) : null;
    // A clause of its own with no place: no place from the sentence's other clause nor from the context before it.
    const loc =
      own?.apart && own.places.length === 0
        ? { located: null, inferred: false, aggregate: false }
        : locate(ctx, view, hit, own ? own.places : places);
    if (loc.list) {
      // Damage "in Kursk and Belgorod regions" is damage in each.
      out.push(...listFacts(ctx, view, fact, loc.list));
      continue;
    }
    applyLocation(ctx, view, fact, loc);
    ctx.facts.push(fact);
    out.push(fact);
  }
  return out;
}

// A semicolon or an `other_clause` word ("elsewhere", "while"): where a clause that tells another event begins.
const OTHER_CLAUSE = new RegExp(`;|(?<![\\p{L}])(?:${anyOf('other_clause')})(?![\\p{L}])`, 'giu');

/** "Kharkiv region was shelled; elsewhere, strikes cut electricity", "Attacks knocked out power, while in Odesa region a
 *  man was injured": a power cut told in a clause of its own takes its places from that clause only (bounded by a
 *  semicolon or an `other_clause` word); `apart` when such a word bounds it, so that it takes no place from the
 *  context either ("elsewhere" says the place is another). A power cut in a sentence of one clause keeps them all. */
function ownClause(
  text: string,
  view: SentenceView,
  hit: Hit,
  places: PlaceMatch[],
): { places: PlaceMatch[]; apart: boolean } {
  let start = view.span.start;
  let end = view.span.end;
  let apart = false;
  for (const m of text.slice(view.span.start, view.span.end).matchAll(OTHER_CLAUSE)) {
    const at = view.span.start + m.index;
    if (at + m[0].length <= hit.start) {
      start = at + m[0].length;
      apart = m[0] !== ';';
    } else if (at >= hit.end && at < end) {
      end = at;
      apart ||= m[0] !== ';';
    }
  }
  return { places: places.filter((p) => p.start >= start && p.end <= end), apart };
}

const PEOPLE_AFTER = new RegExp(String.raw`^\s+(?:${anyOf('people')})`, 'iu');
// «в трех районах, пострадала женщина»: a number whose noun is a place or a thing counts those, not the hurt.
const THINGS_AFTER = new RegExp(String.raw`^[\s-]*(?:${anyOf('not_people_counted')})`, 'iu');

// "killed and 12 injured": a number after a conjunction opens the next item of the list.
const JOINED = new RegExp(`(?:^|\\s)(?:${anyOf('conjunction')})\\s`, 'iu');

const RISEN_TO = new RegExp(String.raw`(?:${anyOf('risen')})\s+(?:(?:${anyOf('up_to')})\s+)?$`, 'iu');
// «кількість загиблих зросла до 7, поранених — до 11», "the death toll rose to 4, the injured to 19": the second toll
// of a rising, its verb left out; only a dash and "to" stand between its word and its figure (the number reader may
// take «до 11» as "up to 11", the word then inside the number's span).
const ELLIPTIC_TO = new RegExp(String.raw`^\s*[\u2013\u2014-]?\s*(?:${anyOf('up_to')})\s+$`, 'iu');
const ELLIPTIC_DASH = /^\s*[\u2013\u2014-]?\s*$/u;
// «Погибших при попадании ракеты в дом уже восемь»: the toll as it stands now, its figure after «уже» at the clause's end.
const ALREADY_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${anyOf('toll_already')})\s+$`, 'iu');
/** «уже» right before number `n`, in the same clause as the word of death or wounds that ends at `from`. */
const alreadyAfter = (text: string, from: number, n: { start: number }): boolean =>
  ALREADY_BEFORE.test(text.slice(Math.max(from, n.start - 12), n.start)) &&
  !/[.;:,!?]/u.test(text.slice(from, n.start));
// "Dead in a drone attack on Odesa as the damage bill reaches 20 million", "… injures civilians as the total now stands
// at 30 strikes": a word that opens another clause (another subject) between the toll's word and its running figure,
// or a noun after that figure other than one of people, makes it a figure of something else (review 42c #4). The
// figure may end its clause ("reaches 5 as rescuers search the rubble") or its line (a headline over its lead).
const ALREADY_OTHER_CLAUSE = new RegExp(String.raw`(?<![\p{L}])(?:${anyOf('verb_clause_end')})(?![\p{L}])`, 'iu');
const ALREADY_FIGURE_END = new RegExp(
  String.raw`^(?:[^\S\n]*(?:$|\n|[^\p{L}\p{N}\s])|\s+(?:${anyOf('verb_clause_end')}|${anyOf('conjunction')})(?![\p{L}]))`,
  'iu',
);
// "reaches 31 on Monday": a time right after the figure ends its noun phrase too.
const alreadyFigure = (
  text: string,
  from: number,
  n: { start: number; end: number },
  times: readonly { start: number }[],
): boolean =>
  !ALREADY_OTHER_CLAUSE.test(text.slice(from, n.start)) &&
  (ALREADY_FIGURE_END.test(text.slice(n.end, n.end + 40)) ||
    PEOPLE_AFTER.test(text.slice(n.end, n.end + 24)) ||
    times.some((t) => t.start >= n.end && t.start - n.end <= 4));
// How far a toll's rise may stand from its word within one clause, and the marks that end that clause.
const RISEN_REACH = 150;
const RISE_CLAUSE_MARK = /[.;:,!?]/u;
const RISEN_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${anyOf('risen')})`, 'iu');
const RISEN_TO_NUMBER = new RegExp(
  String.raw`(?<![\p{L}])(?:${anyOf('risen')})\s+(?:(?:${anyOf('up_to')})\s+)?(?:\d|\p{L})`,
  'iu',
);

// "Correction: …", «Уточнение: …», «Уточнення: …» (refine/correction.ts reads the same words for counts).
const CORRECTION_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${anyOf('correction')})(?![\p{L}])`, 'iu');

/** «Дніпро: кількість поранених зросла до 21», "the death toll in Zaporizhzhia has risen to 7": a toll told as risen
 *  to a figure, in a named place, updates one the report's place already had; it is the attack's toll even when the
 *  report names no attack (the updates that do name it, "from the strike on", are read the same). The rising word
 *  stands inside the span the toll was read from, between the casualty word and its number. */
export function tollRisen(fact: Fact): boolean {
  const span = fact.fields.casualties;
  return fact.kind === 'casualties' && fact.region !== null && span !== undefined && RISEN_TO_NUMBER.test(span.text);
}

/** «Уточнение: после воздушной тревоги в Шебекино пострадавших двое»: a toll in a named place whose sentence tells it
 *  as a correction. Unlike a rising toll it is no sign of an attack by itself: "Correction: two were injured in the bus
 *  crash", «Поправка к бюджету: … пострадавшим выплатят» (an amendment) correct other news; the caller keeps it only
 *  beside a word of the air war. */
export function tollCorrected(fact: Fact): boolean {
  const span = fact.fields.casualties;
  if (fact.kind !== 'casualties' || fact.region === null || span === undefined) return false;
  return CORRECTION_WORD.test(fact.evidence.text);
}
const PLURAL_PERSON = new RegExp(`(?:${anyOf('plural_endings')})$`, 'u');
const SUFFERED = new RegExp(`^(?:${anyOf('suffered')})`, 'iu');
const THING = new RegExp(`(?<![\\p{L}])(?:${anyOf('things')})`, 'giu');
const PERSON_WORD = new RegExp(`(?<![\\p{L}])(?:${anyOf('people')}|${anyOf('suffered_people')})`, 'iu');
const ANIMAL = new RegExp(`(?<![\\p{L}])(?:${anyOf('animals')})(?![\\p{L}])`, 'iu');
const CONJUNCTION = new RegExp(`^(?:${anyOf('conjunction')})$`, 'iu');
const WORKERS = new RegExp(`(?<![\\p{L}])(?:${anyOf('suffered_workers')})(?![\\p{L}])\\s*`, 'giu');
const THING_START = new RegExp(`^(?:${anyOf('things')})`, 'iu');
// «внутри здания», «рядом с промышленным объектом», «на территории объекта»: where people suffered, an adjective at
// most between the preposition and the thing.
const SUFFERED_PLACE = new RegExp(`(?<![\\p{L}])(?:${anyOf('suffered_place')})\\s+(?:[\\p{L}-]+\\s+)?$`, 'iu');
// The words beside a verb that may be its subject: up to four, within its clause.
const CLAUSE_MARK = /[,.;:!?—–()«»"]/u;
const NEAR_WORDS = 4;
const wordsOf = (s: string) => s.split(/\s+/u).filter((w) => w !== '');

/** «семь собак погибли», «погибли и ранены находившиеся там собаки», "two dogs were killed": a verb of dying or being
 *  hurt whose few words around it in its clause (as `thingSuffered` reads them) name animals (`animals`) and no person
 *  tells of animals, no casualty. «погибли двое жителей и собака» names people: a casualty. */
function animalsSuffered(view: SentenceView, text: string, hit: Hit): boolean {
  const clause = wordsOf(text.slice(view.span.start, hit.start).split(CLAUSE_MARK).pop() ?? '');
  const before = clause.slice(-NEAR_WORDS);
  const after = wordsOf(text.slice(hit.end, view.span.end).split(CLAUSE_MARK)[0] ?? '').slice(0, NEAR_WORDS);
  const near = [...before, ...after].join(' ');
  if (!ANIMAL.test(near) || PERSON_WORD.test(near)) return false;
  // «погибли 2 пенсионера и собака», "three farm workers and ten cows were killed": the animal is one part of a list
  // whose other part may be people the lexicon does not name; only a list of animals alone («собаки и кошки») goes.
  // A conjunction right at the verb joins verbs («погибли и ранены собаки»), one that opens the clause joins clauses
  // ("…, and ten cows were killed").
  const clauseStart = clause.length <= NEAR_WORDS ? 0 : -1;
  for (const [side, atVerb, opening] of [
    [before, before.length - 1, clauseStart],
    [after, 0, -1],
  ] as const)
    for (const [i, w] of side.entries()) {
      if (i === atVerb || i === opening || !CONJUNCTION.test(w)) continue;
      const joined = [side[i - 1], side[i + 1], side[i + 2]].filter((x): x is string => x !== undefined);
      if (!joined.some((x) => ANIMAL.test(x)) || !ANIMAL.test(side[i - 1] ?? '')) return false;
    }
  const from = text.lastIndexOf(before.join(' '), hit.start);
  const to = hit.end + (text.slice(hit.end).indexOf(after.join(' ')) + after.join(' ').length);
  return !view.hits.some((h) => h.start >= from && h.end <= to && h.value.object === 'person');
}

/** «жилые дома в посёлке не пострадали», «энергетическая инфраструктура пострадала», «пострадало здание
 *  центра»: a verb of being hurt (`suffered`) whose subject, in the few words of its clause right before or after it,
 *  is a thing (a `things` noun or an object of the lexicon other than a person) and no person, tells of damage, or,
 *  denied, of none; it is no casualty. A person is a `people` word, a person object, or a `suffered_people` word (a
 *  collective numeral, «двое», or a noun of staff, «сотрудников»): «пострадали двое рабочих объекта», «пострадало
 *  здание школы и двое детей» tell of people. A thing after a preposition, an adjective at most between, is no
 *  subject: «при атаке на здание администрации пострадали трое», «в здании пострадали двое»; nor after a
 *  `suffered_place` word: «внутри здания», «рядом с объектом», «на территории объекта», unless a number stands
 *  between (the things counted are the subject). */
function thingSuffered(view: SentenceView, text: string, hit: Hit): boolean {
  if (!SUFFERED.test(hit.text)) return false;
  const before = wordsOf(text.slice(view.span.start, hit.start).split(CLAUSE_MARK).pop() ?? '')
    .slice(-NEAR_WORDS)
    .join(' ');
  const after = wordsOf(text.slice(hit.end, view.span.end).split(CLAUSE_MARK)[0] ?? '')
    .slice(0, NEAR_WORDS)
    .join(' ');
  const from = text.lastIndexOf(before, hit.start);
  const to = text.indexOf(after, hit.end) + after.length;
  const beside = (h: { start: number; end: number }) => h.start >= from && h.end <= to && h.start !== hit.start;
  if (view.hits.some((h) => beside(h) && h.value.object === 'person') || PERSON_WORD.test(`${before} ${after}`))
    return false;
  // «пострадали рабочие предприятия» (people) but «пострадали рабочие помещения завода» (a `things` noun the word
  // describes). A lexicon object after it is no sign: «предприятия», «цеха» may be whose workers they are.
  const workers = [...text.slice(from, to).matchAll(WORKERS)].some(
    (m) => !THING_START.test(text.slice(from + (m.index ?? 0) + m[0].length, to)),
  );
  if (workers) return false;
  const prepositions = view.hits.filter(
    (h) =>
      (h.value.categories.has('place_preposition') || h.value.categories.has('target_preposition')) && h.start >= from,
  );
  // «рядом с двумя домами» is where, but «поблизу десяти будинків» is a count of things: a number between the place
  // word and the thing makes the thing counted, the subject of the verb.
  const placed = (t: { start: number }) => {
    const m = SUFFERED_PLACE.exec(text.slice(view.span.start, t.start));
    if (m === null) return false;
    const from = view.span.start + m.index;
    return !view.numbers.some((n) => n.end > from && n.start < t.start);
  };
  const governed = (t: { start: number }) =>
    placed(t) ||
    prepositions.some(
      (p) =>
        p.end <= t.start &&
        !CLAUSE_MARK.test(text.slice(p.end, t.start)) &&
        wordsOf(text.slice(p.end, t.start)).length <= 1,
    );
  const things = [
    ...view.hits.filter((h) => h.value.object !== undefined && h.value.object !== 'person'),
    ...[...text.slice(from, to).matchAll(THING)].map((m) => ({ start: from + (m.index ?? 0) })),
  ];
  return things.some((t) => beside({ start: t.start, end: t.start }) && !governed(t));
}
const CASUALTY_PLURAL = new RegExp(`^(?:${anyOf('casualty_plural')})(?![\\p{L}])`, 'iu');
const AMONG_BEFORE = new RegExp(`(?<![\\p{L}])(?:${anyOf('plural_among')})\\s+$`, 'iu');
const AMONG_BETWEEN = new RegExp(`(?<![\\p{L}])(?:${anyOf('plural_among')})(?![\\p{L}])`, 'iu');
const INCLUDED = new RegExp(`(?<![\\p{L}])(?:${anyOf('including')})\\s+(?:[\\p{L}]+\\s+)?$`, 'iu');
const AGE_OF = new RegExp(`^\\s+(?:${anyOf('age_of')})\\s+$`, 'iu');
// ", including a seven-year-old child,", «, в том числе двое детей,», «, серед них дитина,»: a part set off by commas.
const PEOPLE_PART = new RegExp(
  `[,(\u2013\u2014]\\s*(?:${anyOf('people_part')})(?![\\p{L}])[^,)\u2013\u2014.;:]*[,)\u2013\u2014]`,
  'giu',
);

/** "Nine people, including a seven-year-old child, were injured", «Девять человек, в том числе двое детей, получили
 *  ранения», «Дев'ять людей, серед них двоє підлітків, отримали поранення»: a part of the people counted, set off
 *  between commas before the word of wounds or death, names some of those the figure before it counts. Its number or
 *  person is no count of that word, and the figure before it is as near as if the part were not there. The spans of
 *  such parts that close before `at`. */
function partsBefore(view: SentenceView, text: string, at: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.slice(view.span.start, at).matchAll(PEOPLE_PART)) {
    const start = view.span.start + (m.index ?? 0);
    out.push({ start, end: start + m[0].length });
  }
  return out;
}
const OBLIQUE = new RegExp(`(?:${anyOf('oblique_endings')})$`, 'u');
// «жінка та чоловік», «жінка, чоловік»: the next person noun of a list.
const NEXT_PERSON = new RegExp(`^\\s*,?\\s*(?:(?:${anyOf('conjunction')})\\s+)?$`, 'iu');

/** The people a plural heading of the hurt names («поранені: жінка 45 років», «поранені жінка та чоловік»): its
 *  person nouns in the nominative singular, one each, listed with commas or conjunctions; none when the heading
 *  stands after `plural_among` («є поранені»), the person after it («поранені серед цивільних»), or the person word
 *  is plural or oblique («поранені мирних жителів»). */
function pluralHeadingCount(view: SentenceView, text: string, hit: Hit, person: Hit): number {
  const single = (h: Hit) => !PLURAL_PERSON.test(h.text) && !OBLIQUE.test(h.text);
  if (AMONG_BEFORE.test(text.slice(view.span.start, hit.start)) || !single(person)) return 0;
  if (person.start >= hit.end && AMONG_BETWEEN.test(text.slice(hit.end, person.start))) return 0;
  const persons = view.hits.filter((h) => h.value.object === 'person' && h.start > person.start);
  let n = 1;
  let last = person;
  for (const next of persons) {
    if (!NEXT_PERSON.test(text.slice(last.end, next.start)) || !single(next)) break;
    n++;
    last = next;
  }
  return n;
}

function personCount(
  view: SentenceView,
  text: string,
  hit: Hit,
): { n: number; span: { start: number; end: number } } | null {
  // "Three people were killed and four wounded": the number before its own verb first, in the same clause;
  // «погибли три человека»: else the one right after.
  // «По данным 112, женщина получила ушибы»: a number right after "according to" names the source, not people.
  const sources = hitsOf(view, 'according');
  // "killed a child of three": a number right after a person word and `age_of` is an age.
  const persons = view.hits.filter((h) => h.value.object === 'person');
  const parts = partsBefore(view, text, hit.start);
  const inPart = (x: { start: number; end: number }) => parts.some((p) => p.start <= x.start && x.end <= p.end);
  const numbers = view.numbers.filter(
    (n) =>
      (n.count.value !== null || n.count.min !== null) &&
      !inPart(n) &&
      !THINGS_AFTER.test(text.slice(n.end, n.end + 16)) &&
      !sources.some((a) => a.end <= n.start && /^\s*$/u.test(text.slice(a.end, n.start))) &&
      !persons.some((p) => p.end <= n.start && AGE_OF.test(text.slice(p.end, n.start))),
  );
  // "Four people, among them a teenager, were injured": a number that counts people may stand further back.
  const reach = (n: { end: number }) => (PEOPLE_AFTER.test(text.slice(n.end, n.end + 12)) ? 45 : 30);
  const casualtyWords = view.hits.filter((h) => h !== hit && isCasualtyWord(h));
  // "killed at least 6 villagers and wounded dozens", "kills at least 2, including a teenager, wounds others": a
  // number that another casualty word governs (right after it, or with that word between it and this one) is
  // that word's toll; this one's amount is the vague word after it, or none.
  const governed = (n: { start: number; end: number }) =>
    casualtyWords.some(
      (h) =>
        (h.end <= n.start && /^\s*$/u.test(text.slice(h.end, n.start))) ||
        (h.start >= n.end && h.end <= hit.start) ||
        // «Погибших … уже 5, раненых 12»: the figure after «уже» is the toll of the word before it.
        (h.end <= n.start && alreadyAfter(text, h.end, n)),
    );
  // The parts between a number and the word do not count against its reach.
  const gap = (n: { end: number }) =>
    hit.start - n.end - parts.filter((p) => p.start >= n.end).reduce((sum, p) => sum + (p.end - p.start), 0);
  const before = numbers
    .filter(
      (n) => n.end <= hit.start && gap(n) <= reach(n) && !/[.;:]/.test(text.slice(n.end, hit.start)) && !governed(n),
    )
    .pop();
  // "killing the driver and injuring four passengers": a number past the other casualty word counts that one.
  const other = casualtyWords.filter((h) => h.start > hit.end);
  const after = numbers.find(
    (n) =>
      n.start >= hit.end &&
      n.start - hit.end <= 25 &&
      !/[.;:,]/.test(text.slice(hit.end, n.start)) &&
      !other.some((h) => h.start < n.start),
  );
  // "The number of people injured … has risen to 14", «Кількість поранених … зросла до 14»: the new total.
  // The number reader takes «до 9» as "up to 9"; after a verb of rising it is the total itself.
  // «погибли 4 человека, число раненых выросло до 9», "4 were killed, and the number of injured rose to 9": a rising
  // whose own casualty word stands in a later clause (a clause mark between this word and that one) is that word's
  // toll, not this one's. «число погибших и раненых выросло до 14» joins the two words in one clause: the rise is both.
  // A later word of the same toll ("three were hurt, but by noon the number of injured had risen to eight") names it
  // again: the rise is still this word's newest figure. The casualty word nearest before the figure is the one that
  // rises: in «погибли 2 человека, ранены 5, позже число погибших выросло до 3» the rise is the killed toll's again,
  // though a word of wounds stands between.
  const killedWord = hit.value.categories.has('killed');
  const risesOther = (n: { start: number }) => {
    const nearest = other
      .filter((h) => h.start < n.start)
      .reduce<Hit | null>((a, h) => (a && a.start > h.start ? a : h), null);
    if (nearest === null || nearest.value.categories.has('killed') === killedWord) return false;
    // "The death toll stayed at 23 while the number hospitalised has risen to 18", "the toll is 23 and the number
    // taken to hospital has risen to 18": a word that opens another clause, or this word's own figure, between the
    // two words also makes the rise the other's (review 42c #5).
    const between = text.slice(hit.end, nearest.start);
    return (
      /[.;:,]/u.test(between) ||
      ALREADY_OTHER_CLAUSE.test(between) ||
      view.numbers.some((m) => m.start >= hit.end && m.end <= nearest.start)
    );
  };
  // "The death toll in a Russian missile strike on a restaurant in the eastern city of Kramatorsk has risen to 12": the
  // cause and its place may stand long between the toll and its rise, in one clause (no mark between them) that names
  // no other casualty word and no other figure ("the toll is 23 and the number of people taken to hospitals in the
  // city after the strike has risen to 18": review 42c #5).
  const risen = view.numbers.find(
    (n) =>
      n.start >= hit.end &&
      (n.start - hit.end <= 90 ||
        (n.start - hit.end <= RISEN_REACH &&
          !RISE_CLAUSE_MARK.test(text.slice(hit.end, n.start)) &&
          !other.some((h) => h.start < n.start) &&
          !view.numbers.some((m) => m.start >= hit.end && m.end <= n.start))) &&
      (n.count.value ?? n.count.max) !== null &&
      RISEN_TO.test(text.slice(Math.max(hit.end, n.start - 25), n.start)) &&
      !risesOther(n),
  );
  if (risen) return { n: (risen.count.value ?? risen.count.max) as number, span: risen };
  const elliptic = view.numbers.find(
    (n) =>
      n.start >= hit.end &&
      (n.count.value ?? n.count.max) !== null &&
      (ELLIPTIC_TO.test(text.slice(hit.end, n.start)) ||
        (n.count.value === null && ELLIPTIC_DASH.test(text.slice(hit.end, n.start)))) &&
      RISEN_WORD.test(text.slice(view.span.start, hit.start)),
  );
  if (elliptic) return { n: (elliptic.count.value ?? elliptic.count.max) as number, span: elliptic };
  // «Погибших … в Сумах уже восемь»: a running toll, its figure past the places and causes told between; not a number
  // of places or things («пострадавших уже в трех районах»).
  const already = numbers.find(
    (n) =>
      n.start >= hit.end &&
      n.start - hit.end <= 90 &&
      n.count.value !== null &&
      alreadyAfter(text, hit.end, n) &&
      alreadyFigure(text, hit.end, n, view.times) &&
      !other.some((h) => h.start < n.start),
  );
  if (already) return { n: already.count.value as number, span: already };
  // "dozens wounded", "several killed", «несколько человек пострадали»: a vague amount states no figure (docs/eval.md:
  // casualties as stated; "at least five" and "about 30" do). One before the word gives way to a figure after it
  // ("setting several flats on fire and injuring two people"); alone, it leaves the field unknown.
  // "several people were killed and 12 injured": a figure after "and" that the next casualty word closes is that
  // word's, not this one's.
  const owned = (n: { start: number; end: number }) =>
    JOINED.test(text.slice(hit.end, n.start)) && other.some((h) => h.start >= n.end && h.start - n.end <= 30);
  const free = after && !owned(after) ? after : undefined;
  const near = before && !isVague(before.count) ? before : (free ?? before);
  if (near && isVague(near.count)) return null;
  // "at least five killed", «понад 20 поранені»: the figure stated is the floor; casualties keep it (the count's min).
  const stated = near ? (near.count.value ?? near.count.min) : null;
  if (near && stated !== null) return { n: stated, span: near };
  const one = hitsOf(view, 'injured_one').find((h) => Math.abs(h.start - hit.start) <= 30);
  if (one) return { n: 1, span: one };
  // "kills at least 3, including a child, wounds others": a person named after `including` is one of another toll.
  const person = view.hits.find(
    (h) =>
      h.value.object === 'person' &&
      Math.abs(h.start - hit.start) <= 40 &&
      !inPart(h) &&
      !INCLUDED.test(text.slice(Math.max(view.span.start, h.start - 30), h.start)),
  );
  // «поранені: жінка 45 років», «є поранені серед цивільного населення»: the people named in the plural (the lexicon's
  // `casualty_plural`) are those its nominative person nouns name, or, with none, stated by no figure. Not a verb in
  // the plural, whose subject is the attacker («травмували цивільну особу»: one).
  if (person && CASUALTY_PLURAL.test(hit.text)) {
    const n = pluralHeadingCount(view, text, hit, person);
    return n > 0 ? { n, span: person } : null;
  }
  if (person && !PLURAL_PERSON.test(person.text)) return { n: 1, span: person };
  const article = hitsOf(view, 'one_article').find((h) => h.end <= hit.start && hit.start - h.end <= 30);
  if (article && person) return { n: 1, span: article };
  const victim = namedVictim(view, text, hit);
  return victim ? { n: 1, span: victim } : null;
}

// Before a word of dying or wounds: the victim's last word, perhaps an age between commas ("Ex-Marine, 33, is
// killed"), then perhaps the passive's auxiliary. Group 1 the word, group 2 an auxiliary of one, group 3 of many.
const VICTIM_BEFORE = new RegExp(
  `(?<![\\p{L}'’-])([\\p{L}][\\p{L}'’-]*)(?:,\\s*\\d{1,3},)?\\s+(?:(?:(${anyOf('aux_one')})|(${anyOf('aux_many')}))\\s+)?$`,
  'iu',
);
const CAUSE_AFTER = new RegExp(`^\\s+(?:${anyOf('casualty_cause')})\\s`, 'iu');
const NOT_ONE_VICTIM = new RegExp(`^(?:${anyOf('not_one_victim')})$`, 'iu');
const SINGULAR_ENDING = new RegExp(`(?:${anyOf('singular_endings')})$`, 'iu');
const PERSON_READING = new RegExp(`^(?:[\\p{L}'’-]*(?:${anyOf('person_endings')})|${anyOf('person_noun')})$`, 'iu');
const NOT_PERSON = new RegExp(`^(?:${anyOf('not_person_noun')})$`, 'iu');
// Right before the victim's word: a conjunction that joins another noun to it ("Mother and son", "Soldiers and
// medic"): the dead are more than one.
const JOINED_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${anyOf('conjunction')}|&)\\s+$`, 'iu');
// A comma right before the victim's word, group 1 the word before it, group 2 set when that word follows a comma too.
const COMMA_BEFORE = /(,\s*)?(?<![\p{L}'’-])([\p{L}][\p{L}'’-]*),\s+$/u;

/** A noun that reads as a person: a `person_noun`, or a `person_endings` ending that is no `not_person_noun`
 *  ("reporter", not "tower"); a plural reads as its singular ("soldiers"). */
function personWord(word: string): boolean {
  const singular = PLURAL_PERSON.test(word) && !SINGULAR_ENDING.test(word) ? word.replace(PLURAL_PERSON, '') : word;
  return PERSON_READING.test(singular) && !NOT_PERSON.test(singular);
}

/** "Grandmother, grandson killed", "Mother, father, son killed": a comma joins another person, or ends a list, before
 *  the victim's word. Not "Missile hits Odesa port, worker killed in strike", a clause of its own. */
function listedBefore(before: string): boolean {
  const m = COMMA_BEFORE.exec(before);
  return m !== null && (m[1] !== undefined || personWord(m[2] ?? ''));
}

/** "Russian actress killed in Ukrainian rocket strike", "Ex-US Marine, 33, is killed in Russian missile attack", "he was
 *  killed in a drone strike on the city", "reporter … is killed by cluster munitions strike": a victim named by who they
 *  were, in any noun, is one person when the word of dying or wounds is tied by a `casualty_cause` preposition to an
 *  attack of its clause (an attack noun, a strike word or a weapon, no comma between: "killed in plane crash, no
 *  evidence of missile attack"), and the victim is one by the verb's agreement (an
 *  `aux_one`) or, with no auxiliary (a headline), by a noun that has no plural ending and reads as a person (a
 *  `person_endings` ending or a `person_noun`: not "Grain deal killed by …"). Not one of a pair or a list ("Mother and
 *  son", "Grandmother, grandson": a conjunction or a comma right before the word), not an auxiliary of many ("three
 *  soldiers were killed"), a plural noun ("singers killed in …"), a `not_one_victim` word ("who died in a rocket
 *  attack", "they were killed"), nor a word the lexicon reads as something else ("the strike killed"); nor a death
 *  told without its attack ("killed in Bakhmut", "was killed while performing"). */
function namedVictim(view: SentenceView, text: string, hit: Hit): { start: number; end: number } | null {
  const cause = CAUSE_AFTER.exec(text.slice(hit.end, hit.end + 12));
  if (!cause) return null;
  const from = hit.end + cause[0].length;
  const attack = view.hits.find(
    (h) =>
      h.start >= from &&
      h.start - from <= 50 &&
      (h.value.weapon !== undefined || h.value.categories.has('attack_noun') || h.value.categories.has('strike')) &&
      !/[.,;:!?]/u.test(text.slice(from, h.start)),
  );
  if (!attack) return null;
  const before = text.slice(Math.max(view.span.start, hit.start - 40), hit.start);
  const m = VICTIM_BEFORE.exec(before);
  const word = m?.[1];
  if (!m || word === undefined || m[3] !== undefined || NOT_ONE_VICTIM.test(word)) return null;
  const start = hit.start - before.length + m.index;
  const end = start + word.length;
  if (view.hits.some((h) => h.start < end && start < h.end)) return null;
  if (m[2] === undefined && PLURAL_PERSON.test(word) && !SINGULAR_ENDING.test(word)) return null;
  if (JOINED_BEFORE.test(text.slice(Math.max(view.span.start, start - 12), start))) return null;
  if (listedBefore(text.slice(Math.max(view.span.start, start - 40), start))) return null;
  if (m[2] === undefined && !personWord(word)) return null;
  return { start, end };
}

/** Killed and injured, with "no casualties" as a stated 0 and silence left as null. */
export function detectCasualties(ctx: ReportContext, view: SentenceView, places: PlaceMatch[]): Fact[] {
  const text = ctx.report.text;
  const casualties: Casualties = { killed: null, injured: null, children_killed: null, children_injured: null };
  let span: { start: number; end: number } | null = null;
  const tolls: TollRead[] = [];
  // «информации о пострадавших нет»: no news of a toll is no stated zero; the word is read as if unsaid.
  // Only with the lack said after it in its clause («… пока нет»): «информации о пострадавших уточняется» is no zero.
  const noNews = (h: Hit) =>
    NO_NEWS_BEFORE.test(text.slice(view.span.start, h.start)) &&
    POSTPOSED_NEGATION.test(text.slice(h.start, h.end + 50));
  const none = hitsOf(view, 'no_casualties').find((h) => !noNews(h));
  const noInjuries = hitsOf(view, 'no_injuries').find((h) => !noNews(h));
  if (none) {
    casualties.killed = 0;
    casualties.injured = 0;
    span = none;
  } else if (noInjuries) {
    casualties.injured = 0;
    span = noInjuries;
  }
  // Where the person word that counted the one killed stands.
  let killedBy: number | null = null;
  for (const [cat, field] of [
    ['killed', 'killed'],
    ['injured', 'injured'],
  ] as const) {
    if (casualties[field] !== null) continue;
    const own = hitsOf(view, cat).filter((h) => !thingSuffered(view, text, h) && !animalsSuffered(view, text, h));
    // "Writer X died after a missile hit a cafe in Sloviansk, killing 6 people": the first word of dying counts only
    // the person it names (or no one); a later one of the sentence with a stated figure tells the toll. Not for the
    // hurt: a later word of wounds names a part of them («Пострадавших с тяжёлыми ранениями (7 человек)»).
    const stated = (h: Hit) => {
      const found = personCount(view, text, h);
      return found !== null && view.numbers.some((n) => n.start === found.span.start && n.end === found.span.end);
    };
    const hit =
      (field === 'killed' ? own.find(stated) : undefined) ??
      own[0] ??
      (cat === 'injured' ? hitsOf(view, 'injured_one')[0] : undefined);
    if (!hit) continue;
    // «не пострадал»; «Пострадавших и повреждений нет» (the negation comes after, and covers the dead too).
    const after = POSTPOSED_NEGATION.test(text.slice(hit.end, hit.end + 50));
    if (after && field === 'injured' && SUFFERED.test(hit.text)) casualties.killed ??= 0;
    if (after || hitsOf(view, 'negation').some((n) => n.end <= hit.start && hit.start - n.end <= 3)) {
      if (noNews(hit)) continue;
      casualties[field] = 0;
      span ??= hit;
      continue;
    }
    // "Two teenagers were among those killed": a part of a toll the report gives elsewhere.
    if (hitsOf(view, 'part_of').some((p) => p.end <= hit.start && /^\s*$/u.test(text.slice(p.end, hit.start))))
      continue;
    const found = personCount(view, text, hit);
    // Only a figure before its word: "A man was killed and no one else" counts the man.
    const negated =
      found !== null &&
      found.span.end <= hit.start &&
      (NONE_COUNTED_BEFORE.test(text.slice(Math.max(view.span.start, found.span.start - 30), found.span.start)) ||
        NONE_COUNTED_BEFORE.test(text.slice(Math.max(view.span.start, found.span.start - 30), found.span.end)));
    if (found && negated) {
      casualties[field] = 0;
      span ??= { start: Math.min(found.span.start, hit.start), end: Math.max(found.span.end, hit.end) };
      continue;
    }
    // "Writer dies of injuries suffered in a missile attack": the sentence's one person word names one person, dead or
    // hurt, not both ("a man was killed and a woman injured" names two).
    const onePerson = view.hits.filter((h) => h.value.object === 'person').length === 1;
    if (found && field === 'injured' && onePerson && found.span.start === killedBy) continue;
    if (found && field === 'killed' && !view.numbers.some((n) => n.start === found.span.start))
      killedBy = found.span.start;
    if (found) {
      casualties[field] = found.n;
      tolls.push({ field, hit, found });
      // The second toll's figure may stand after its word («…, кількість поранених зросла до 9»): the span runs to it,
      // so that every value is inside the span it is read from.
      span = span
        ? {
            start: Math.min(span.start, found.span.start, hit.start),
            end: Math.max(span.end, hit.end, found.span.end),
          }
        : {
            start: Math.min(found.span.start, hit.start),
            end: Math.max(found.span.end, hit.end),
          };
    }
  }
  if (!span) return [];
  const fact = newFact(ctx, view, 'casualties', spanOf(text, span.start, span.end));
  fact.casualties = casualties;
  setField(fact, 'casualties', spanOf(text, span.start, span.end));
  for (const child of childrenAmong(view, text, tolls)) {
    if (child.n === null) continue;
    const key = child.field === 'killed' ? 'children_killed' : 'children_injured';
    casualties[key] = child.n;
    setField(fact, key, spanOf(text, child.span.start, child.span.end));
  }
  const loc = locate(ctx, view, span, places);
  // "Cruise missiles hit Vinnytsia and other towns, killing at least five": the toll is the sum over the places the
  // sentence leaves unnamed too, no one region's. The strike keeps its named place (detect/attack.ts). "killed in
  // Kharkiv, Chuhuiv and other towns": the other places may follow any place of the list the located one is in.
  const located = loc.inferred ? null : loc.located;
  const many =
    located !== null &&
    (places.includes(located) ? listAround(text, places, located, view.places) : [located]).some((p) =>
      AND_OTHER_PLACES.test(text.slice(p.ownRegionEnd ?? p.end)),
    );
  applyLocation(ctx, view, fact, many ? { located: null, inferred: false, aggregate: false } : loc);
  ctx.facts.push(fact);
  return [fact];
}

// A conjunction, at most a number (or one word: "several", "ten") between, then the other places.
const AND_OTHER_PLACES = new RegExp(
  `^\\s+(?:${anyOf('conjunction')})\\s+(?:[\\p{L}\\p{N}-]+\\s+)?(?:${anyOf('other_places')})(?![\\p{L}])`,
  'iu',
);

const ALERT_END = new RegExp(`(?<![\\p{L}])(?:${anyWordOf('alert_end')})(?![\\p{L}])`, 'iu');

const ALERT_ANNOUNCE = new RegExp(`(?<![\\p{L}])(?:${anyOf('alert_announce')})(?![\\p{L}])`, 'iu');
const ALERT_REPORTED = new RegExp(`(?<![\\p{L}])(?:${anyOf('alert_reported')})(?![\\p{L}])`, 'iu');
const ABOUT_LAST = new RegExp(`(?<![\\p{L}])(?:${anyOf('alert_about')})\\s+$`, 'iu');
const SHELTER = new RegExp(`(?<![\\p{L}])(?:${anyOf('shelter')})(?![\\p{L}])`, 'iu');
const PLACE_PREPOSITION_LAST = new RegExp(`(?<![\\p{L}])(?:${anyWordOf('place_preposition')})\\s+$`, 'iu');
// Right after a threat, a place with a preposition of place, not the one that aims an attack («угроза ракетной атаки
// на Киев» names the target of the feared attack, not where an alarm sounds).
const PLACED_AFTER = new RegExp(
  `^\\s+(?!(?:${anyOf('attack_on')})\\s)(?:${anyWordOf('place_preposition')})\\s+$`,
  'iu',
);
const CLAUSE_MARKS = /[,;:.!?()\u2013\u2014]/u;

/**
 * A told threat (`alert_told`: «ракетная угроза», «загроза ракетної атаки») is an alarm only when its sentence
 * announces it or ends it («объявлена», «отбой»), reports it («ВСУ писали о ракетной угрозе»), a call to shelter follows it there or in the next
 * sentence («Ракетная угроза. Херсонская область, в укрытие!»), or a place is where it stands, in its clause with a
 * preposition of place («В Белгороде объявлена…», «На Вінниччині ракетна загроза»). Else it is talk of the danger:
 * «ракетная угроза со стороны КНДР растёт», «эксперт оценил ракетную угрозу для Москвы», «курская АЭС защищена от
 * ракетной угрозы».
 */
function toldAlarm(ctx: ReportContext, view: SentenceView, hit: Hit, places: PlaceMatch[]): boolean {
  const text = ctx.report.text;
  const sentence = text.slice(view.span.start, view.span.end);
  if (ALERT_ANNOUNCE.test(sentence) || ALERT_END.test(sentence)) return true;
  if (ALERT_REPORTED.test(sentence) && ABOUT_LAST.test(text.slice(Math.max(view.span.start, hit.start - 6), hit.start)))
    return true;
  const next = /^[\s.!?…]*[^.!?…\n]*/u.exec(text.slice(view.span.end));
  if (SHELTER.test(text.slice(hit.end, view.span.end + (next?.[0].length ?? 0)))) return true;
  return places.some((p) => {
    if (p.end <= hit.start)
      return (
        !CLAUSE_MARKS.test(text.slice(p.end, hit.start)) &&
        PLACE_PREPOSITION_LAST.test(text.slice(Math.max(view.span.start, p.start - 12), p.start))
      );
    return p.start >= hit.end && PLACED_AFTER.test(text.slice(hit.end, p.start));
  });
}

/** Air-raid alerts. */
export function detectAlerts(ctx: ReportContext, view: SentenceView, places: PlaceMatch[]): Fact[] {
  const hit = hitsOf(view, 'alert')[0] ?? hitsOf(view, 'alert_told').find((h) => toldAlarm(ctx, view, h, places));
  if (!hit) return [];
  const fact = newFact(ctx, view, 'alert', spanOf(ctx.report.text, hit.start, hit.end));
  // «угроза атаки БПЛА», "ballistic missile threat": the alert names what it warns of.
  // «Повітряна тривога в Одеській області через загрозу ударних БпЛА»: the weapon may come late in the sentence.
  // Not a weapon that qualifies an attack noun right after it, "sirens sounded after drone strikes on the region", "two
  // hurt in a missile attack as alerts sound", «під час тривог і ракетних атак»: that names an attack told beside the
  // alarm, not what it warns of; unless a threat word stands before it («через загрозу ракетної атаки», "over possible
  // missile strikes") or right after the attack noun ("due to a drone attack threat").
  const text = ctx.report.text;
  const attackAfter = (h: Hit) =>
    view.hits.find(
      (a) =>
        a.start >= h.end &&
        (a.value.categories.has('attack_noun') || a.value.categories.has('strike')) &&
        /^\s*$/u.test(text.slice(h.end, a.start)),
    );
  const threatened = (h: Hit, attack: Hit) =>
    hitsOf(view, 'alert_threat').some(
      (t) =>
        (t.end <= h.start && h.start - t.end <= 24 && !/[.,;:!?]/u.test(text.slice(t.end, h.start))) ||
        (t.start >= attack.end && /^\s*$/u.test(text.slice(attack.end, t.start))),
    );
  // "sirens went off after a warplane took off that might carry ballistic missiles", "alarms lasted three hours as
  // bombers fired missiles", "alarms … after a drone was shot down": a weapon after a word that joins another event's
  // clause (`clause_join`) is that event's, not what the alarm warns of; unless a threat word stands right before it,
  // or right after it or its attack noun ("amid ballistic missile threat"). A semicolon ends the joined clause, and so
  // does a comma right before the weapon: "after MiG-31K takeoff, Kinzhal missile threat" warns of the missile; not a
  // comma inside the clause ("after what an aide said were strikes, possibly by ballistic missiles").
  const threatBefore = (h: Hit) =>
    hitsOf(view, 'alert_threat').some(
      (t) => t.end <= h.start && h.start - t.end <= 24 && !/[.,;:!?]/u.test(text.slice(t.end, h.start)),
    );
  const threatAfter = (h: Hit) => {
    const end = attackAfter(h)?.end ?? h.end;
    return hitsOf(view, 'alert_threat').some(
      (t) =>
        (t.start >= h.end && /^\s*$/u.test(text.slice(h.end, t.start))) ||
        (t.start >= end && /^\s*$/u.test(text.slice(end, t.start))),
    );
  };
  const joined = (h: Hit) =>
    h.start >= hit.end &&
    hitsOf(view, 'clause_join').some(
      (j) => j.start >= hit.end && j.end <= h.start && !/;|,\s*$/u.test(text.slice(j.end, h.start)),
    ) &&
    !threatBefore(h) &&
    !threatAfter(h);
  const warned = (h: Hit) => {
    if (h.value.weapon === undefined || joined(h)) return false;
    const attack = attackAfter(h);
    return attack === undefined || threatened(h, attack);
  };
  // «Через загрозу ракетної атаки … оголошено тривогу»: a told threat in the alarm's sentence is what it warns of.
  const weapon =
    hitsOf(view, 'alert_told').find((h) => h.value.weapon !== undefined && !joined(h)) ??
    view.hits.find((h) => warned(h) && h.start >= hit.start) ??
    view.hits.find((h) => warned(h) && Math.abs(h.start - hit.start) <= 40);
  if (weapon?.value.weapon) {
    fact.weapon = weapon.value.weapon.weapon;
    fact.weapon_model = weapon.value.weapon.model;
    setField(fact, 'weapon', spanOf(ctx.report.text, weapon.start, weapon.end));
  } else {
    // «Загроза балістики з півночі! Київ, Київська область — в укриття!»: the second alert names the places of the
    // threat the first named.
    const before = ctx.facts.findLast((f) => f.kind === 'alert' && f.weapon !== null);
    if (before) {
      fact.weapon = before.weapon;
      fact.weapon_model = before.weapon_model;
      if (before.fields.weapon) fact.fields.weapon = { ...before.fields.weapon, inferred: true };
    }
  }
  // «Отбой ракетной опасности», «Відбій повітряної тривоги», "the all-clear has been given in Kyiv, an hour after air
  // raid sirens sounded", "the air raid alert was lifted": the alarm's end, marked so that it pairs with its alert
  // (resolve/incidents.ts) rather than reading as a second one. Its word stands before the alert's in the sentence,
  // or right after it; not "sirens sounded again hours after the all-clear" (the alarm after an end is a new one).
  // The lexicon may hold the end inside the alert's own phrase («відбій повітряної тривоги», «отбой тревоги»).
  const own = ALERT_END.exec(hit.text);
  const ended = own
    ? { start: hit.start + own.index, end: hit.start + own.index + own[0].length }
    : hitsOf(view, 'alert_end').find(
        (e) =>
          (e.start <= hit.start && !/[.!?;]/u.test(text.slice(e.end, hit.start))) ||
          (e.start >= hit.end && /^\s+(?:\p{L}+\s+){0,4}$/u.test(text.slice(hit.end, e.start))),
      );
  if (ended) {
    fact.detail = 'all clear';
    setField(fact, 'detail', spanOf(text, ended.start, ended.end));
  }
  const loc = locate(ctx, view, hit, places);
  // «Повітряна тривога в Одеській та Миколаївській областях»: an alert in each.
  if (loc.list) return listFacts(ctx, view, fact, loc.list);
  applyLocation(ctx, view, fact, loc);
  ctx.facts.push(fact);
  return [fact];
}
