import {
  type Claimant,
  type Fact,
  type FactKind,
  type Lang,
  type Report,
  type Span,
  sameCount,
} from '../core/types.ts';
import {
  asCityDistrict,
  districtOfNamedCity,
  findDistricts,
  findFacilityTowns,
  isDistrict,
  namesakeOfHromada,
} from './common/districts.ts';
import { findAirports, findPlaces, isVillage, type PlaceMatch, regionPlace, SURROUNDING } from './common/gazetteer.ts';
import { findNumbers } from './common/numbers.ts';
import { official, officialRole } from './common/officials.ts';
import { findTimes, namedYears, namesZone, type TimeMatch } from './common/time.ts';
import {
  type Hit,
  leadRetellsHeadline,
  lexiconHits,
  ordinalPattern,
  type WordCategory,
  wordCategories,
} from './compile.ts';
import { contentsLines } from './contents.ts';
import { addressSpeaker } from './detect/address.ts';
import { clockRightAfter, detectAirports } from './detect/airports.ts';
import { type AttackPart, detectAttacks } from './detect/attack.ts';
import { attributionTail } from './detect/attribution-tail.ts';
import { bareRegions } from './detect/breakdown.ts';
import {
  type ClaimantFound,
  closesAfterSpeaker,
  closesSentence,
  findClaimant,
  heldNow,
  namedOffices,
  signatureClaimant,
} from './detect/claimant.ts';
import { acrossSemicolon, clauseAttacks, clauseEffects, semicolonAttacks } from './detect/clause-attacks.ts';
import { clauseSpeakers } from './detect/clause-speaker.ts';
import { applyCountry, countryAsPlace, placedElsewhere } from './detect/country.ts';
import { downedAircraft } from './detect/downed-aircraft.ts';
import { detectAlerts, detectCasualties, detectEffects, tollCorrected, tollRisen } from './detect/effects.ts';
import { tellsNoEvent } from './detect/event-words.ts';
import { keptWeaponsOut } from './detect/kept-weapons.ts';
import { candidatePlaces, datedElsewhere, inOneList, NAME_RUN } from './detect/locate.ts';
import { looseWeaponFields, looseWeaponsRead } from './detect/loose-weapons.ts';
import { factNationwide, wholeCountryHits } from './detect/nationwide.ts';
import { type WeaponListHeader, weaponListHeader, weaponListLine } from './detect/weapon-list.ts';
import { anyOf, anyWordOf } from './grammar.ts';
import type { KindModel } from './learn/model.ts';
import { applyLearned, type LearnedNote, type Reading, readReport } from './learn/step.ts';
import { attacksIntercepted } from './refine/attack-intercepted.ts';
import { breakdownsAfter, partsSpeakers } from './refine/breakdown-after.ts';
import { carriedCountry } from './refine/carried-country.ts';
import { pairCasualties } from './refine/casualty-pairs.ts';
import { markCorrections } from './refine/correction.ts';
import { spareUndeniedTolls } from './refine/denied-toll.ts';
import { describedUse } from './refine/described-use.ts';
import { earlierWeapons } from './refine/earlier-weapon.ts';
import { headlineClaimants } from './refine/headline-claimant.ts';
import { headlinePlaces } from './refine/headline-place.ts';
import { datedLongAgo, longAgoFacts, markHistorical, PastStory, pastClause, tallyFacts } from './refine/historical.ts';
import { liftingsAfterClosures } from './refine/lifting-time.ts';
import { listedWeapons } from './refine/listed-weapons.ts';
import { mergeParts } from './refine/merge-parts.ts';
import { nationalTallies } from './refine/national-tally.ts';
import { type OfficeMention, officeHolders } from './refine/office-holder.ts';
import { officeRegions } from './refine/office-region.ts';
import { partsOfWhole } from './refine/part-of-whole.ts';
import { sharedCounts } from './refine/shared-count.ts';
import { markStatedWhen } from './refine/stated-when.ts';
import { strikeHits } from './refine/strike-hits.ts';
import { tidyFacts } from './refine/tidy.ts';
import { markToldBefore } from './refine/told-before.ts';
import { totalsAfterParts } from './refine/total-after-parts.ts';
import {
  clauseAround,
  clauseJoins,
  clearPlace,
  factKinds,
  factsBySentence,
  factsTriggeredIn,
  has,
  hitsOf,
  mixedWeaponsAfter,
  type ReportContext,
  type SentenceView,
  sentenceStart,
  setField,
  withoutSaidTimes,
} from './view.ts';

export interface ExtractInput {
  report: Report;
  /** Sentence spans of report.text (the ingest stage splits them). */
  sentences: readonly Span[];
  /** IANA zone in which the report's times are read ("Europe/Moscow"); see pipeline/time-zone. */
  timeZone: string;
  /** Who speaks on the channel, from the source registry (sources.yaml): used instead of reading the channel's name. */
  speaker?: { claimant: Claimant; place: string | null } | null;
  /** The report is a Telegram channel's post, as its source said (a Telegram Desktop export, a t.me page): its
   *  publisher is a channel's name whatever its url or publisher spell. Without it, a publisher or url that says
   *  "Telegram" or t.me counts (front matter, JSON Lines). */
  telegram?: boolean;
  /** The learned step's model (extract/learn/): off when left out. prepareReport passes the shipped one
   *  (data/learn/kinds-model.json, extract/learn/shipped.ts) only when asked (`--learned`): the step is opt-in. */
  learned?: KindModel | null;
  /** Tests only: the report's indexes of its facts and weapon words (factsBySentence, factKinds, severalWeaponsBefore
   *  in view.ts) compare every answer with the walk they replace, and throw at a difference; and a sentence read as
   *  telling no event (detect/event-words.ts) is read all the same, and throws if it tells a fact. */
  checkIndexes?: boolean;
}

const LAUNCH_FROM = new RegExp(
  String.raw`(?:^|\s)(?:${anyOf('from')})\s+(?:(?:${anyOf('article')})\s+)?(?:${anyOf('launch_area')})(?:\s+\S+){0,2}\s*$`,
  'iu',
);

const SMALL_TOWN = 10_000;
// "Explosions in Kharkiv were from air defence fire": a blast told as the defence at work (refine/tidy.ts).
const DEFENCE_BLAST = new RegExp(`(?:^|[^\\p{L}])(?:${anyOf('defence_blast')})(?![\\p{L}])`, 'iu');
// A news agency's dateline at the head of the text: a city in capitals, a date, the agency in brackets or slashes.
// "Kyiv (AFP) -": a city in title case with the agency right after it and no date is one too (trial 40 #1).
const DATELINE =
  /^(?:(?:\p{Lu}[\p{Lu}'’ -]{2,40}|[A-Z][a-z]+),[^\n]{0,40}?(?:\([^)\n]{2,30}\)|\/[^/\n]{2,30}\/)\s*\.?\s*[-—–]?|[A-Z][a-z]+(?: [A-Z][a-z]+)? \(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2}\)\s*[-—–](?=\s))/mu;
// A wire lead's dateline: "KYIV:", "MOSCOW (AP) —", "NIZHYN, Ukraine:", "WASHINGTON, June 12 -" opening a line, the
// city in Latin capitals, a date at most after it. Cyrillic is left out: a Telegram post's «БЕЛГОРОД:» heading names
// where things happened. The city may be followed by its country or state in title case ("KYIV, Ukraine —").
const WIRE_DATELINE =
  /^[A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]+){0,2}(?:, ([A-Z][A-Za-z]+))?(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?(?: (\([^)\n]{2,30}\)))?\s*(?::|[—–]|-(?=\s))/mu;
// A dateline opens the report: the headline and the line after it, no further.
const OPENING_LINES = /^(?:[ \t]*\n)*[^\n]*\n(?:[ \t]*\n)*[^\n]*/u;

/** The report's wire dateline: the first "CITY:" heading of its opening lines, when an agency in brackets follows
 *  the city, the city's country in title case follows it ("KYIV, Ukraine —": a heading of a roundup never names the
 *  country of its town), or its sentence names another place. Otherwise the heading names where things happened:
 *  "KHARKIV: …", "ODESA: …" heading the items of a roundup. */
function wireDateline(text: string, sentences: readonly Span[], places: readonly PlaceMatch[]): Dateline | null {
  const opening = OPENING_LINES.exec(text)?.[0] ?? text;
  const m = WIRE_DATELINE.exec(opening);
  if (!m) return null;
  const filed = m[2] !== undefined || (m[1] !== undefined && /^[A-Z][a-z]+$/u.test(m[1]));
  if (namesOtherPlace(m, sentences, places)) return { match: m, soft: false };
  return filed ? { match: m, soft: true } : null;
}

/** A dateline and whether it is soft: "KHARKIV, Ukraine — Explosions rocked the city overnight", "Odesa (AFP) - A
 *  drone hit a bus in the city": a dateline whose sentence names no other place is where the story was filed, but also
 *  the only place the story gives its facts (review 40a #1). Its city stays a place of the sentence, and only a
 *  national fact (an air force's or ministry's tally, `NATIONAL_ROLES`) gives it up. A dateline whose sentence names
 *  another place is hard: its city places nothing. */
interface Dateline {
  match: RegExpExecArray;
  soft: boolean;
}

/** Whether the dateline's sentence names a place after it (where its facts happened, not where it was filed). */
function namesOtherPlace(m: RegExpExecArray, sentences: readonly Span[], places: readonly PlaceMatch[]): boolean {
  const end = m.index + m[0].length;
  const sentence = sentences.find((s) => s.start <= m.index && m.index < s.end);
  return places.some((p) => p.start >= end && sentence !== undefined && p.end <= sentence.end);
}

// Speakers whose tallies are the whole country's: a soft dateline's city is no place of theirs.
const NATIONAL_ROLES: ReadonlySet<string> = new Set(['air_force', 'ministry']);

const LIST_JOIN = new RegExp(`^\\s*(?:,\\s*|,?\\s*(?:${anyOf('conjunction')}|&)\\s+)$`, 'iu');
// «В селе Дубовое» after «Белгородский район»: a village the gazetteer lacks shares its name with a town elsewhere.
const SETTLEMENT_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?:(?:${anyOf('in_place')})\s+(?:${anyOf('village_noun')})|${anyOf('village_intro')})\s+$`,
  'iu',
);
// Between a village of a list and the region that closes the list: only more names, commas and conjunctions.
const OWNER_GAP = new RegExp(`^(?:[\\s,]*${NAME_RUN})?\\s+$`, 'u');
const FROM = new RegExp(`(?:^|\\s)(?:${anyOf('from')})\\s+(?:(?:${anyOf('article')})\\s+)?$`, 'iu');
// "from the occupied south of Kherson region": a from-phrase of up to four words before the place (no number: «з
// 18:00 ворог атакував Харківщину» is a time). The group holds the words between "from" and the place.
const FROM_PHRASE = new RegExp(`(?:^|\\s)(?:${anyOf('from')})\\s+((?:[^\\s,;:.\\d]+\\s+){0,4})$`, 'iu');
// A bare from-phrase: at most an article between "from" and the place.
const BARE_GAP = new RegExp(`^(?:(?:${anyOf('article')})\\s+)?$`, 'iu');
// Punctuation that ends a clause: a launch verb across it tells another clause's launch.
const CLAUSE_BREAK = /[,;:()\u2013\u2014]/u;

/** Categories whose word cancels the facts of its own clause: a modal word («может», "could", «якщо»), ground combat
 *  («блиндаж», "infantry"), repairs after an attack («відновлено електропостачання»), a denial ("denied"), a call to
 *  the public ("asked residents to"), attacks told as a habit ("near-constant"); an aim ("efforts to", «цель для»)
 *  cancels only what its clause tells after it. */
type ClauseVeto = 'modal' | 'ground_combat' | 'aim' | 'restoration' | 'denial' | 'appeal' | 'habitual' | 'planned';
const CLAUSE_VETOES: readonly ClauseVeto[] = [
  'modal',
  'ground_combat',
  'aim',
  'restoration',
  'denial',
  'appeal',
  'habitual',
];

// An attack word between a word of the land war and a place takes the place back: "fighting …, drones hit Kharkiv".
// So does a fire: "firefighters were fighting the blaze in Kharkiv" is no land war.
const ATTACK_WORD = (h: Hit) =>
  h.value.weapon !== undefined ||
  h.value.categories.has('fire') ||
  h.value.categories.has('strike') ||
  h.value.categories.has('interception') ||
  h.value.categories.has('attack_noun');
const FRONT_REACH = 60;

// Between a village and the region that frames it («аэродрома Бельбек в Крыму», «бухті окупованого Криму», «на
// території тимчасово окупованого Криму»): up to four words on one line, no other clause mark than the one comma or dash that sets the village phrase off («В Крыму, у
// аэродрома Бельбек, сбиты…», «В Крыму – у аэродрома Бельбек»); an event word between is refused apart (EVENT_WORD).
const FRAME_GAP = /^(?:[^\S\n]*,|[^\S\n]+[-\u2013\u2014])?[^\S\n]+(?:[^\s,;:.!?()\u2013\u2014]+[^\S\n]+){0,4}$/u;
// «Всего над полуостровом…»: the sentence names the region that framed the last sentence's village.
const PENINSULA = new RegExp(`(?<!\\p{L})(?:${anyOf('peninsula')})(?!\\p{L})`, 'iu');
const EVENT_CATEGORIES: readonly WordCategory[] = [
  'launched',
  'hit',
  'damage',
  'damage_passive',
  'debris',
  'explosion',
  'killed',
  'injured',
  'downed',
  'fell',
];
/** A word that tells an event, or a conjunction that opens a clause ("as", "amid"): between a village and a region, it
 *  makes them two places of the sentence, not one. */
const EVENT_WORD = (h: Hit) =>
  ATTACK_WORD(h) || EVENT_CATEGORIES.some((c) => h.value.categories.has(c)) || h.value.categories.has('clause_join');

/** "…, as battles for the small town of Vuhledar went on", "move his troops from the front line near
 *  Kupiansk": a place right after a word of the land war (the lexicon's `front`), in its clause, is where troops fight,
 *  not where the sentence's strike (or the next one's) was. */
function frontPlace(text: string, view: SentenceView, p: PlaceMatch): boolean {
  return view.hits.some(
    (h) =>
      h.value.categories.has('front') &&
      h.end <= p.start &&
      p.start - h.end <= FRONT_REACH &&
      !/[,;:()\u2013\u2014]/u.test(text.slice(h.end, p.start)) &&
      !view.hits.some((a) => ATTACK_WORD(a) && a.start >= h.end && a.end <= p.start),
  );
}

// A distance beyond this many units (km or miles) from a place is no longer around it: "800 km east of Moscow".
const NEAR_DISTANCE = 50;

/** "Russia shot down 32 drones, including near Moscow", "an airfield southwest of Moscow": a city that is a region of
 *  its own (`SURROUNDING`), right after a word that puts the event around it (the lexicon's `outskirts`), stands for
 *  the region around it, with the city's span. A place right after a distance of more than `NEAR_DISTANCE`
 *  ("800 km east of Moscow", "800 km from Kharkiv") is dropped: it names where the event was not. A unit that is no
 *  `outskirts` word ("miles of") counts only after a `distance_bound` word and its number ("within 40 miles of
 *  Moscow"). A city followed by an apostrophe and letters ("Kyiv's central station") is the city itself. Any other
 *  place is returned as it is. */
function outskirts(text: string, view: SentenceView, p: PlaceMatch): PlaceMatch | undefined {
  const adjacent = (h: Hit, at: number) => h.end <= at && /^\s*$/u.test(text.slice(h.end, at));
  const word = view.hits.find(
    (h) => (h.value.categories.has('outskirts') || h.value.categories.has('distance_unit')) && adjacent(h, p.start),
  );
  if (!word) return p;
  // "800 km east of Moscow": the unit before the word; "800 km from Moscow": the word is its own unit.
  const unit = word.value.categories.has('distance_unit')
    ? word
    : view.hits.find((h) => h.value.categories.has('distance_unit') && adjacent(h, word.start));
  const number = unit ? /(\d[\d,.]*)\s*$/u.exec(text.slice(view.span.start, unit.start)) : null;
  if (number && Number(number[1]!.replace(/,/gu, '')) > NEAR_DISTANCE) return undefined;
  if (!word.value.categories.has('outskirts')) {
    const numberAt = number ? unit!.start - number[0].length : -1;
    const bound =
      number !== null && view.hits.some((h) => h.value.categories.has('distance_bound') && adjacent(h, numberAt));
    if (!bound) return p;
  }
  const around = SURROUNDING[p.code];
  if (p.kind !== 'city' || around === undefined) return p;
  if (/^['\u2019]\p{L}/u.test(text.slice(p.end))) return p;
  const region = regionPlace(around);
  return region ? { ...region, start: p.start, end: p.end, text: p.text } : p;
}

// "a Russian drone attack on Odesa": an article, at most three words, a singular attack noun, a preposition of its
// target right before a place.
const ONE_ATTACK_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${anyOf('one_attack_article')})\\s+(?:[\\p{L}'’-]+\\s+){0,3}$`,
  'iu',
);
const PLURAL_ATTACK = new RegExp(`(?:${anyOf('attack_plural')})$`, 'iu');
// The preposition after the noun, or ending the noun's own hit ("attack on" is one word of the lexicon).
const TARGET_BEFORE_PLACE = new RegExp(`^\\s+(?:${anyWordOf('target_preposition')})\\s+$`, 'iu');
const TARGET_ENDS = new RegExp(`(?<![\\p{L}])(?:${anyWordOf('target_preposition')})$`, 'iu');

/** "to counter a Russian drone attack on Odesa, the governor said", "to counter a massive missile attack on Kyiv
 *  overnight", "in defiance of the overnight missile strike that hit a power plant": what an aim word answers is an
 *  attack that happened when the clause after it names one attack (an article before a singular attack noun) that it
 *  dates or aims at a place; attacks told as a kind ("to counter relentless drone and missile attacks", "defend itself
 *  against Russia's missile attacks") are what a measure is against, and so are strikes prepared («Кремль готує удари
 *  по енергетиці напередодні зими»: no article, the language names none). */
function aimAnswersAttack(text: string, view: SentenceView, clause: { start: number; end: number }): boolean {
  const dated = view.times.some((t) => t.start >= clause.start && t.end <= clause.end);
  return view.hits.some(
    (h) =>
      (h.value.categories.has('attack_noun') || h.value.categories.has('strike')) &&
      h.start >= clause.start &&
      h.end <= clause.end &&
      !PLURAL_ATTACK.test(h.text) &&
      ONE_ATTACK_BEFORE.test(text.slice(clause.start, h.start)) &&
      (dated ||
        view.places.some((p) => {
          if (p.start < h.end || p.end > clause.end) return false;
          const gap = text.slice(h.end, p.start);
          return TARGET_BEFORE_PLACE.test(gap) || (TARGET_ENDS.test(h.text) && /^\s+$/u.test(gap));
        })),
  );
}

// «Хотя бы 5 беспилотников было сбито», "at least": the particle inside means no unreal clause.
const NOT_MODAL = new RegExp(`(?<![\\p{L}])(?:${anyOf('not_modal')})(?![\\p{L}])`, 'giu');

/** The hit vetoes its clause only as `category` does among `categories`. */
const isOnly = (h: Hit, category: ClauseVeto, categories: readonly ClauseVeto[]) =>
  categories.every((c) => c === category || !h.value.categories.has(c));

/** The facts of this sentence whose trigger stands in a clause with a word of these categories. A clause runs
 *  between commas, semicolons, colons, dashes and brackets (not a comma or colon between digits: «906,5», «04:10»). */
function clauseFacts(
  text: string,
  view: SentenceView,
  facts: readonly Fact[],
  categories: readonly ClauseVeto[],
): Fact[] {
  // What this returns is drawn from `facts` alone; run for every sentence, most of which tell none.
  if (facts.length === 0) return [];
  // "Ukraine denies Kremlin assault as Russia launches drone attacks": a conjunction that opens a clause bounds it too.
  const joins = clauseJoins(view);
  // The particles are looked for only in a sentence with a modal word they could cancel.
  let atLeast: { start: number; end: number }[] | undefined;
  const inAtLeast = (h: Hit) => {
    atLeast ??= [...text.slice(view.span.start, view.span.end).matchAll(NOT_MODAL)].map((m) => ({
      start: view.span.start + m.index,
      end: view.span.start + m.index + m[0].length,
    }));
    return atLeast.some((a) => a.start <= h.start && h.end <= a.end);
  };
  const modals = view.hits.filter(
    (h) =>
      (categories.some((c) => h.value.categories.has(c)) && !(isOnly(h, 'modal', categories) && inAtLeast(h))) ||
      (categories.includes('ground_combat') && groundForce(text, view, h, joins)),
  );
  if (modals.length === 0) return [];
  const clauses = modals.map((h) => {
    const { start, end } = clauseAround(text, view, h, joins);
    // An aim ("efforts to strike") cancels only what follows it: "three missiles hit Kyiv despite efforts to …".
    if (h.value.categories.has('aim')) {
      const after = { start: Math.max(start, h.start), end };
      return aimAnswersAttack(text, view, after) ? { start: after.start, end: after.start } : after;
    }
    return {
      start: h.value.categories.has('denial') ? deniedFrom(text, view, h, start, joins) : start,
      end: h.value.categories.has('restoration')
        ? repairedThrough(text, view, end, joins)
        : h.value.categories.has('denial')
          ? deniedThrough(text, view, end, joins)
          : end,
    };
  });
  const listed = modals
    .filter((h) => h.value.categories.has('ground_combat'))
    .flatMap((h) => objectListFacts(text, view, clauseAround(text, view, h, joins), facts));
  // A fact read from a denied clause's trigger but counted in another clause («спростували, що над Києвом збито
  // винищувач, але підтвердили, що збито 20 дронів»: the 20 drones' fact took the first «збито») tells that other
  // clause's count, which no denial touches: only the ranges of other vetoes cancel it.
  const denied = modals.map((h) => h.value.categories.has('denial') && isOnly(h, 'denial', categories));
  // So is one whose weapon and place both stand in another clause ("Russia launched 30 drones at Odesa …; the claim
  // that a port was destroyed is false"): the denied clause adds only a word of its kind.
  const outside = (x: { start: number; end: number } | undefined, r: { start: number; end: number }) =>
    x !== undefined && (x.start >= r.end || x.end <= r.start);
  const countedOutside = (f: Fact, r: { start: number; end: number }) =>
    (f.fields.count !== undefined && f.fields.count.start >= r.end) ||
    (f.fields.count === undefined && outside(f.fields.weapon, r) && outside(f.fields.region, r));
  // "Reports that three were killed were false; two were injured": a toll read across the denied clause keeps the
  // values told outside it (refine/denied-toll.ts).
  const spared = spareUndeniedTolls(
    text,
    view,
    facts,
    clauses.filter((_r, i) => denied[i]),
  );
  const own = factsTriggeredIn(view, facts, clauses).filter((f) => {
    if (spared.has(f)) return false;
    const at = f.fields.kind?.start ?? -1;
    return clauses.some((r, i) => at >= r.start && at < r.end && !(denied[i] && countedOutside(f, r)));
  });
  // A toll read from a figure before the denied clause to its casualty word inside it («сбиты 7 беспилотников,
  // неправда, что пострадали люди»): the word that tells the harm is denied, so is the toll.
  const harmDenied = facts.filter(
    (f) =>
      f.kind === 'casualties' &&
      !own.includes(f) &&
      !spared.has(f) &&
      f.evidence.start >= view.span.start &&
      f.evidence.start < view.span.end &&
      clauses.some((r, i) => {
        const k = f.fields.kind;
        return denied[i] && k !== undefined && k.start < r.start && k.end > r.start && k.end <= r.end;
      }),
  );
  return [...own, ...harmDenied, ...listed.filter((f) => !own.includes(f))];
}

// Nothing but quotes before the clause's end: a mark, the sentence's end.
const CLAUSE_ENDS = /^[\s"'«»“”]*(?:[,.;:!?()\u2013\u2014]|$)/u;

// A predicate with at most a copula before it («— фейк», «— это ложь», "— fake"): it says nothing of its own.
const BARE_PREDICATE = /^[\s"'«»“”]*(?:\p{L}+\s+)?$/u;

/** «Сообщения об ударе по Одессе — фейк», «Заявления о том, что дроны атаковали Одессу, не соответствуют
 *  действительности»: a denial that is the bare predicate after a dash or a comma denies the clause before the mark,
 *  its subject, which tells the claim. Only one clause back: «Дроны атаковали Одессу, сообщения о жертвах — фейк» keeps
 *  the attack. */
function deniedFrom(text: string, view: SentenceView, h: Hit, start: number, joins: readonly Hit[]): number {
  const mark = text[start - 1];
  if (mark !== '\u2014' && mark !== '\u2013' && mark !== ',') return start;
  if (!BARE_PREDICATE.test(text.slice(start, h.start))) return start;
  // The denial must end its clause to be the predicate of the subject before it. One that goes on («, неправдою є
  // заяви РФ про склад», "false reports of a depot strike") names its own subject, and one that opens a «, что/що»
  // clause («, неправда, что пострадали люди») denies that clause: neither says a word of the clause before.
  const rest = text.slice(h.end, view.span.end);
  if (!CLAUSE_ENDS.test(rest) || DENIED_THAT.test(rest.slice(0, 20))) return start;
  return clauseAround(text, view, { start: start - 1, end: start - 1 }, joins).start;
}

// The comma and the word that open the clause a denial governs: «опровергли сообщения о том, что …».
const DENIED_THAT = new RegExp(`^,\\s*(?:${anyOf('denial_that')})(?![\\p{L}])`, 'iu');

/** «Минобороны опровергло сообщения о том, что дроны атаковали Одессу»: the claim a denial governs is the clause its
 *  `denial_that` word opens after the comma, so the denial cancels it too (one clause, no further). */
function deniedThrough(text: string, view: SentenceView, end: number, joins: readonly Hit[]): number {
  if (!DENIED_THAT.test(text.slice(end, end + 20))) return end;
  return clauseAround(text, view, { start: end + 1, end: end + 1 }, joins).end;
}

/** How many items back a list of a verb's objects is read («уразили склад, 3 райони зосередження противника, радар
 *  та …»). */
const OBJECT_LIST_ITEMS = 6;

/** «Артилеристи уразили склад пального, 3 райони зосередження противника та радар», "struck a radar, two infantry
 *  positions and a depot": a clause that a comma opens with a count and that tells no event of its
 *  own is one more object of the verb before it, so a word of the land war in it speaks of what that verb struck there.
 *  Walks back over such comma-bounded items to the first item that holds a fact's trigger; only a verb of striking
 *  (`strike`, no weapon in the word: «ракетный удар» is a noun) governs a list of objects, so there every fact must be
 *  a strike told by such a verb (a toll's list is of its dead, «загинули 3 цивільних, 2 бійці піхоти»; an attack
 *  noun's or a cause's is no list of targets), and of
 *  those only the strikes placed nowhere in an item before the land-war one are cancelled: «уразили НПЗ у Саратові, 2
 *  райони зосередження …» keeps its Saratov strike. Where the walk meets a semicolon, colon, dash or bracket, a
 *  conjunction that opens a clause, an item with an event word that triggered no fact, or no trigger within
 *  `OBJECT_LIST_ITEMS` items, it cancels nothing beyond the veto's own clause. */
function objectListFacts(
  text: string,
  view: SentenceView,
  clause: { start: number; end: number },
  facts: readonly Fact[],
): Fact[] {
  const eventIn = (from: number, to: number) =>
    view.hits.some((h) => h.start >= from && h.end <= to && h.value.weapon === undefined && EVENT_WORD(h));
  // The item opens with its count, as the General Staff's lists do («2 райони зосередження живої сили»): a clause with
  // a verb of its own ("…, and at the front the enemy lost 40 men killed") is no object of the verb before it.
  const counted = view.numbers.some((n) => n.start >= clause.start && /^\s*$/u.test(text.slice(clause.start, n.start)));
  if (!counted || eventIn(clause.start, clause.end)) return [];
  const strikingVerb = (f: Fact) => {
    const k = f.fields.kind;
    return (
      f.kind === 'strike' &&
      k !== undefined &&
      view.hits.some(
        (h) =>
          h.start <= k.start &&
          h.end >= k.end &&
          h.value.categories.has('strike') &&
          !h.value.categories.has('attack_noun') &&
          h.value.weapon === undefined,
      )
    );
  };
  // A place of the fact's own in the sentence before the land-war item: the verb's first object, where it struck.
  const placedBefore = (f: Fact) =>
    [f.fields.region, f.fields.place].some(
      (e) => e !== undefined && e.start >= view.span.start && e.end <= clause.start,
    );
  let start = clause.start;
  for (let i = 0; i < OBJECT_LIST_ITEMS; i++) {
    if (start <= view.span.start || text[start - 1] !== ',') return [];
    const item = clauseAround(text, view, { start: start - 1, end: start - 1 }, clauseJoins(view));
    if (item.start >= start - 1) return [];
    const told = facts.filter((f) => {
      const k = f.fields.kind;
      return k !== undefined && k.start >= item.start && k.end <= start - 1;
    });
    if (told.length > 0) return told.every(strikingVerb) ? told.filter((f) => !placedBefore(f)) : [];
    if (eventIn(item.start, start - 1)) return [];
    start = item.start;
  }
  return [];
}

/** "Commandos staged a night raid on a base": men on the ground (`ground_force`) are ground combat as the subject of a
 *  `ground_verb` after them in their clause, or as its agent after it ("a raid by commandos", "an attack by
 *  saboteurs"). Not when a weapon or a verb of shooting down stands in the clause: "commandos used drones to strike a
 *  radar", "a drone strike killed three paramilitary fighters", "saboteurs were killed when a drone struck their
 *  vehicle", "militias shot down a drone" tell the air war, whoever fought it. */
function groundForce(text: string, view: SentenceView, h: Hit, joins: readonly Hit[]): boolean {
  if (!h.value.categories.has('ground_force')) return false;
  const clause = clauseAround(text, view, h, joins);
  const inClause = view.hits.filter((o) => o.start >= clause.start && o.end <= clause.end);
  if (
    inClause.some(
      (o) =>
        o.value.weapon !== undefined ||
        o.value.categories.has('interception') ||
        o.value.categories.has('shoot_down') ||
        o.value.categories.has('downed'),
    )
  )
    return false;
  if (inClause.some((o) => o.start >= h.end && o.value.categories.has('ground_verb'))) return true;
  // "A raid by Ukrainian commandos damaged a radar": the ground verb or noun before them, with the passive's agent
  // word right after it and at most two modifiers before the men.
  return inClause.some(
    (g) =>
      g.end <= h.start &&
      g.value.categories.has('ground_verb') &&
      inClause.some(
        (a) =>
          a.value.categories.has('passive_agent') &&
          a.start >= g.end &&
          a.end <= h.start &&
          /^\s+$/u.test(text.slice(g.end, a.start)) &&
          /^\s+(?:[\p{L}'’-]+\s+){0,2}$/u.test(text.slice(a.end, h.start)),
      ),
  );
}

/** «В Курске завтра плановые отключения электроэнергии из-за ремонта сетей», «планові відключення через ремонтні
 *  роботи»: a power cut in a clause with a word of planned works (`planned`) is the grid's own, not an effect of an
 *  attack. A sentence that names the attack ties the cut to it («после удара по подстанции ввели плановые
 *  отключения»: the schedules that follow strikes) and keeps it. */
function plannedOutages(text: string, view: SentenceView, facts: readonly Fact[]): Fact[] {
  if (!facts.some((f) => f.kind === 'power_outage') || view.hits.some(ATTACK_WORD)) return [];
  return clauseFacts(text, view, facts, ['planned']).filter((f) => f.kind === 'power_outage');
}

// The attack noun's own phrase (a place or a target, a few words, no conjunction that could open a predicate of its
// own, no relative word that opens a clause of its own: "a strike on the port where ships are expected"), then a
// hedged or future predicate (`hedged_predicate`) that does not go on to "to" and a verb ("is likely to prompt new
// calls", "is expected to have been launched": a comment on the attack, which happened).
const HEDGED_AFTER = new RegExp(
  `^(?:\\s+(?!(?:${anyOf('conjunction')}|${anyOf('relative_word')})(?![\\p{L}]))[^\\s,;:.!?]+){0,6}?\\s+` +
    `(?:${anyOf('hedged_predicate')})(?![\\p{L}])(?!\\s+(?:${anyOf('to')})(?![\\p{L}]))`,
  'iu',
);
const HEDGED_WORD = new RegExp(`\\s(?:${anyOf('hedged_predicate')})(?![\\p{L}])`, 'iu');
// An indefinite article, or "the" with a superlative ("the largest"), then at most two modifiers ("a massive missile"),
// right before the attack noun: the noun names an attack not yet told. "Drones strike Moscow", "used ATACMS to strike"
// (a verb), "the attack", "Sunday's strike" (one told) have none.
const INDEFINITE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${anyOf('indefinite_article')}|(?:${anyOf('article')})\\s+(?:${anyOf('superlative')}))` +
    `(?:\\s+[\\p{L}-]+){0,2}\\s+$`,
  'iu',
);
// "New drone strikes on Belgorod are coming": a plural attack noun is a noun, not the verb of a plural subject.
const PLURAL_NOUN = new RegExp(`(?:${anyOf('plural_endings')})$`, 'u');

/** "A drone attack in Kharkiv is likely tonight", "a massive missile strike on Kyiv is expected": a strike read from an
 *  indefinite ("a", "the largest") or plural ("new drone strikes") attack noun whose clause goes on, after the noun's own phrase, to a hedged or future predicate is
 *  forecast, not told, whichever rule read it (the noun with its place, "attack on", a superlative). A verb of
 *  attacking keeps its fact ("drones strike Moscow ahead of a parade that is expected to draw crowds"), and so does a
 *  definite or possessive noun ("Sunday's missile strike on Kyiv is likely to …") and one whose relative clause
 *  ("where", "whose") or a second predicate after "and" holds the hedge. */
function hedgedAttacks(text: string, view: SentenceView, facts: readonly Fact[], lang: Lang): Fact[] {
  // A clause ends inside its sentence, so a sentence with no hedged predicate vetoes nothing; asking first keeps a
  // long text's cost linear (the report's facts are not walked for every sentence).
  if (!HEDGED_WORD.test(text.slice(view.span.start, view.span.end))) return [];
  const joins = clauseJoins(view);
  return facts.filter((f) => {
    const k = f.fields.kind;
    if (f.kind !== 'strike' || !k || k.start < view.span.start || k.end > view.span.end) return false;
    const word = text.slice(k.start, k.end).split(/\s+/u)[0] ?? '';
    if (!wordCategories(word, lang).has('attack_noun')) return false;
    const indefinite = INDEFINITE_BEFORE.test(text.slice(Math.max(view.span.start, k.start - 40), k.start));
    if (!indefinite && !PLURAL_NOUN.test(word)) return false;
    return HEDGED_AFTER.test(text.slice(k.end, clauseAround(text, view, k, joins).end));
  });
}

/** «ремонтують школу, пошкоджену дроновою атакою 4 березня»: a repair's object described by a damage
 *  participle right after the comma that closes the repair's clause is what is mended; the damage and the attack that
 *  clause tells belong to the repair's time, not the report's. The repair's clause runs on through it. The impersonal
 *  form («…, пошкоджено ще три підстанції») tells new damage and ends the repair's clause. */
function repairedThrough(text: string, view: SentenceView, end: number, joins: readonly Hit[]): number {
  if (text[end] !== ',') return end;
  const next = view.hits.find((h) => h.start > end);
  if (!next?.value.categories.has('damage') || /\S/u.test(text.slice(end + 1, next.start))) return end;
  if (!DESCRIBED.test(text.slice(next.start))) return end;
  return clauseAround(text, view, next, joins).end;
}
const DESCRIBED = new RegExp(`^\\p{L}+?(?:${anyOf('described_endings')})(?!\\p{L})`, 'iu');

// A sentence that ends in a question mark, closing quotes, brackets and markup after it.
const QUESTION_END = /\?[\s"'»“”)\]*_]*$/u;
// Where a question that closes a sentence may begin after what the sentence told: a colon, a spaced dash, an opening
// quote («…, жители спрашивают: «Сколько можно терпеть?»», "… overnight - is the West listening?"). Not "04:10".
const QUESTION_OPENS = /(?::\s|\s[-\u2013\u2014]\s|[«“])/gu;

/** Where the question that ends this sentence begins, or undefined when it ends in none: the sentence's start when
 *  the whole sentence asks (then it is vetoed), else the last colon, spaced dash or opening quote after its first
 *  word, so that only the question's own clause gives no fact. */
function questionFrom(text: string, view: SentenceView): number | undefined {
  const sentence = text.slice(view.span.start, view.span.end);
  if (!QUESTION_END.test(sentence)) return undefined;
  const lead = /^[\s"'«“*_([]*/u.exec(sentence)?.[0].length ?? 0;
  let from = 0;
  for (const m of sentence.matchAll(QUESTION_OPENS)) if (m.index >= lead) from = m.index + m[0].length;
  return view.span.start + from;
}

/** A word that says the sentence is no event (a drill, a forecast, a space launch) vetoes it, unless it stands in a
 *  bracketed aside: «в Энгельсе (город-спутник Саратова)» is still a drone hitting a house. So does a question mark
 *  at its end: a podcast's or an explainer's headings ask what happened, they do not report it. */
function vetoed(text: string, view: SentenceView): boolean {
  if (questionFrom(text, view) === view.span.start) return true;
  // The brackets are looked for inside the sentence only (an aside closes in it, or right at its end): a search of
  // the whole text before and after each word would make a long text's cost grow with its square.
  const { start, end } = view.span;
  return view.hits.some((h) => {
    if (!h.value.categories.has('speculative')) return false;
    const open = text.slice(start, h.start + 1).lastIndexOf('(');
    const close = text.slice(h.end, end + 1).indexOf(')');
    const aside = open !== -1 && close !== -1 && text.slice(start, h.start + 1).lastIndexOf(')') < open;
    return !aside;
  });
}

/** The report's first sentence when it is a line of its own written in capitals (a title), else undefined. */
function shoutedTitle(text: string, first: SentenceView | undefined): SentenceView | undefined {
  if (!first) return undefined;
  // Only a sentence that ends its line can be a title; most first sentences do not, so that is asked first, before
  // the sentence's letters are copied out and counted.
  const after = text.slice(first.span.end, first.span.end + 2);
  if (!/^\s*\n/u.test(after)) return undefined;
  const line = text.slice(first.span.start, first.span.end);
  const letters = line.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  return letters.length >= 12 && upper.length >= 0.8 * letters.length ? first : undefined;
}

/** The first index whose start is at or after `at` (items sorted by start). */
function lowerBound(items: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function within<T extends { start: number }>(items: readonly T[], span: Span): T[] {
  return items.slice(lowerBound(items, span.start), lowerBound(items, span.end));
}

// «группировка "Днепр"», «нафтопровід "Дружба"», «крейсер «Москва»»: a place name in quotes names a unit, a pipeline
// or a ship, not where something happened. An airfield is named by its town in quotes: «аеродром "Міллерово"».
const OPEN_QUOTE = /["«„“']+$/u;
const CLOSE_QUOTE = /^["»“”']/u;
function quotedName(text: string, hits: readonly Hit[], p: PlaceMatch): boolean {
  const open = OPEN_QUOTE.exec(text.slice(Math.max(0, p.start - 3), p.start));
  if (!open || !CLOSE_QUOTE.test(text.slice(p.end, p.end + 1))) return false;
  const at = p.start - open[0].length;
  return !hits.some((h) => h.value.object === 'airport' && h.end <= at && /^\s*$/u.test(text.slice(h.end, at)));
}

/** "Investors shelled out millions", "Biden hits out at Zelensky": a verb of striking with its particle right after it
 *  (the lexicon's `phrasal_particle`) is a phrasal verb of another meaning (paying, criticising), no strike. The verb
 *  goes; "Russia hits back with missiles" keeps its strike ("back" is no such particle). */
function phrasalVerbsOut(text: string, hits: Hit[]): Hit[] {
  const particles = hits.filter((h) => h.value.categories.has('phrasal_particle'));
  if (particles.length === 0) return hits;
  // Only the first particle after the verb can follow it across nothing but spaces (any later one has that particle
  // between): one binary search over the particles, which are in text order, instead of a walk of them all.
  const phrasal = (h: Hit) => {
    if (!h.value.categories.has('strike')) return false;
    const p = particles[lowerBound(particles, h.end + 1)];
    return p !== undefined && /^[^\S\n]+$/u.test(text.slice(h.end, p.start));
  };
  return hits.filter((h) => !phrasal(h));
}

// Between a word of inability and the verb it governs: nothing, or up to three of the lexicons' `inability_gap` words
// ("can't shoot down", "cannot be shot down", «невозможным её перехват», «неможливо збити»), or a verb joined to the
// governed one by `inability_join` ("cannot be detected or intercepted"). Any other word (a second verb alone, a
// weapon, "that") puts the verb in a clause of its own: "I cannot believe missiles struck Kyiv"; a weapon word in
// the gap is refused apart (unableVerbsOut).
const UNABLE_GAP = new RegExp(
  `^(?:[^\\S\\n]+(?:${anyOf('inability_gap')}|[^\\s,;:.!?]+[^\\S\\n]+(?:${anyOf('inability_join')}))){0,3}[^\\S\\n]+$`,
  'iu',
);

/** "Kinzhal missiles, which air defences can't shoot down", «что сделает невозможным её перехват», «її неможливо
 *  збити»: a verb of shooting down or striking that a word of inability (the lexicon's `inability`) governs says
 *  what cannot be done, no event. The verb goes before any detector reads it, so what the sentence does tell stays
 *  ("Russia struck Lviv with Kinzhal missiles, which air defences can't shoot down" is a strike); a verb before the
 *  word, or after any word the governed verb cannot have before it, keeps its fact ("missiles hit ten regions, and
 *  some cannot be detected", "Reuters cannot verify drones hit the refinery"). */
function unableVerbsOut(text: string, hits: Hit[]): Hit[] {
  const unable = hits.filter((h) => h.value.categories.has('inability'));
  if (unable.length === 0) return hits;
  const governed = (h: Hit) =>
    (h.value.categories.has('interception') || h.value.categories.has('strike')) &&
    unable.some(
      (u) =>
        u.end <= h.start &&
        UNABLE_GAP.test(text.slice(u.end, h.start)) &&
        !hits.some((w) => w.value.weapon !== undefined && w.start >= u.end && w.end <= h.start),
    );
  return hits.filter((h) => !governed(h));
}

const SPACE_ON_LINE = /[^\S\n]/u;

/** The words right before each word, only spaces between them on one line (as "side by side" means below): the words
 *  that end in the run of spaces before a word's start. Found through the words' ends, so a word's neighbours cost the
 *  run of spaces before it and not a walk of every word of the report: a test of each pair of words made a long
 *  text's cost grow faster than its square (deniedStrikesOut: a 4,000-sentence text took some 4 to 13 times the CPU a
 *  sentence of a 1,000-sentence one; test/extract/long-sentence.test.ts counts the work). */
function wordsBefore(text: string, hits: readonly Hit[]): (b: Hit) => Hit[] {
  const byEnd = new Map<number, Hit[]>();
  for (const h of hits) {
    const at = byEnd.get(h.end);
    if (at) at.push(h);
    else byEnd.set(h.end, [h]);
  }
  return (b) => {
    const found: Hit[] = [];
    for (let p = b.start - 1; p >= 0 && SPACE_ON_LINE.test(text[p]!); p--) {
      for (const a of byEnd.get(p) ?? []) found.push(a);
    }
    return found;
  };
}

/** "Russia Hit Dnipro With 'Carrier Killer' Missile Made To Destroy Ships", "launched drones in a bid to destroy the
 *  bridge": a verb of shooting down or striking right after a word of aim (the lexicon's `aim`) says what a weapon or
 *  a side is for, no event. The verb goes before any detector reads it, as a verb a word of inability governs does
 *  (unableVerbsOut), so the sentence's own strike stands and the aimed verb makes it no interception; what the aim's
 *  clause tells after it is cancelled later all the same (clauseFacts). An attack noun after the word is left to that
 *  veto ("efforts to strike" is a verb; «цель для удара» a noun). */
function aimedVerbsOut(text: string, hits: Hit[]): Hit[] {
  const aims = hits.filter((h) => h.value.categories.has('aim'));
  if (aims.length === 0) return hits;
  const before = wordsBefore(text, aims);
  const aimed = (h: Hit) =>
    h.value.weapon === undefined &&
    !h.value.categories.has('attack_noun') &&
    (h.value.categories.has('interception') || h.value.categories.has('strike')) &&
    before(h).length > 0;
  return hits.filter((h) => !aimed(h));
}

/** «Дроны не атаковали Москву уже неделю», «Дрони не атакували Київ», "Russia has not struck Kyiv", "No drones hit
 *  Moscow overnight": a verb of striking right after a negation (the lexicon's `negation`), or after a negation and the
 *  weapon it denies, tells that nothing struck. The verb goes before any detector reads it, as a verb a word of
 *  inability governs does (unableVerbsOut). Only a verb with no weapon and no attack noun of its own («без ударов» is left
 *  to the clause's veto), and only a strike: a denied interception is a count of none («збити не вдалося»). */
function deniedStrikesOut(text: string, hits: Hit[]): Hit[] {
  const negations = hits.filter((h) => h.value.categories.has('negation'));
  if (negations.length === 0) return hits;
  const negationBefore = wordsBefore(text, negations);
  const weaponBefore = wordsBefore(
    text,
    hits.filter((w) => w.value.weapon !== undefined),
  );
  const denied = (h: Hit) =>
    h.value.weapon === undefined &&
    !h.value.categories.has('attack_noun') &&
    !h.value.categories.has('interception') &&
    h.value.categories.has('strike') &&
    (negationBefore(h).length > 0 || weaponBefore(h).some((w) => negationBefore(w).length > 0));
  return hits.filter((h) => !denied(h));
}

function buildViews(
  report: Report,
  sentences: readonly Span[],
  timeZone: string,
  home: ReadonlySet<string>,
): SentenceView[] {
  const text = report.text;
  const hits: Hit[] = looseWeaponsRead(
    text,
    keptWeaponsOut(
      text,
      deniedStrikesOut(
        text,
        aimedVerbsOut(text, unableVerbsOut(text, phrasalVerbsOut(text, lexiconHits(text, report.lang)))),
      ),
    ),
  );
  // «Белгородский район. В селе Дубовое…»: a district's region decides between towns of one name.
  const named = findDistricts(text);
  // A name that runs on past a facility's adjective («Славянский НПЗ», a site of the gazetteer in Krasnodar krai) is
  // the place meant, not the town the adjective spells (Sloviansk): the longer name wins over the bigger town, and the
  // town decides nothing for the villages beside it. (One more gazetteer pass, only for a text with such an adjective.)
  const adjectives = findFacilityTowns(text);
  const longer =
    adjectives.length > 0 ? findPlaces(text, new Set(named.map((d) => d.code)), undefined, [], report.lang) : [];
  const facilities = adjectives.filter((f) => !longer.some((t) => t.start <= f.start && t.end > f.end));
  const overlaps = (a: PlaceMatch, b: PlaceMatch) => a.start < b.end && b.start < a.end;
  // «у села Богатырь на Великоновоселковском направлении»: a district, facility or front decides for the villages of
  // its own sentence only (findPlaces `beside`); a district also decides between namesakes anywhere in the report.
  // The sets are built once, by sentence, and found by a binary search: findPlaces asks for every namesake and
  // village, and a search of the sentences for each would make a long text's cost grow with its square.
  const sentenceOf = (at: number) => {
    const i = lowerBound(sentences, at + 1) - 1;
    return i >= 0 && at < sentences[i]!.end ? i : -1;
  };
  const bySentence = new Map<number, Set<string>>();
  for (const d of [...named, ...facilities]) {
    const i = sentenceOf(d.start);
    if (i >= 0) bySentence.set(i, (bySentence.get(i) ?? new Set<string>()).add(d.code));
  }
  const noCodes: ReadonlySet<string> = new Set();
  const beside = (at: number): ReadonlySet<string> => bySentence.get(sentenceOf(at)) ?? noCodes;
  // «Новошахтинского завода»: Novoshakhtinsk's works, not a village whose name is that adjective.
  // «в Петровском районе Донецка»: the district's span runs to the city it is part of (findDistricts); the city is
  // read there, as the district's.
  // «Белгородский район: в селе …»: a district told as a heading, a colon after it.
  const headings = named
    .filter((d) => /^\s*:/u.test(text.slice(d.end, d.end + 3)))
    .map((d) => ({ at: d.start, code: d.code }));
  const towns = findPlaces(text, new Set(named.map((d) => d.code)), beside, headings, report.lang, home)
    .filter((t) => !namesakeOfHromada(text, t))
    .filter((t) => !facilities.some((f) => overlaps(f, t) && (f.population ?? 0) > (t.population ?? 0)))
    .filter(
      (t) => !named.some((d) => (d.start < t.start || (d.owned === true && d.start === t.start)) && t.end <= d.end),
    )
    .concat(facilities.filter((f) => !named.some((d) => overlaps(d, f))));
  towns.sort((a, b) => a.start - b.start);
  const districts = named.filter((d) => !towns.some((t) => overlaps(t, d)));
  // "MOSCOW, July 15 (Reuters) -", «МОСКВА, 15 июля. /ТАСС/.»: where the agency filed from, not where it happened.
  const gazetteered = [...towns, ...districts, ...cityAndRegion(text, towns)];
  // «уничтожили 27 беспилотников над Курской областью, четыре перехватили над Липецкой», «24 БпЛА сбиты над территорией
  // Брянской области, 5 БпЛА уничтожены над территорией Белгородской»: after a region named with its noun, a bare
  // region adjective over which something flew («над Липецкой», the noun left out) names a region too, in any clause
  // (detect/breakdown.ts reads it only as an item of a count list); only one that ends its phrase: «над Московской
  // улицей» is a street (`bareRegions`). Dev: mod-russia-air-defence/1187,
  // ru-telegram-news-2024/-1001003921752_73153 lost theirs.
  const firstRegion = gazetteered.find((p) => p.kind === 'region');
  const bare = firstRegion
    ? bareRegions(text, firstRegion.end, text.length).filter((b) => !gazetteered.some((p) => overlaps(p, b)))
    : [];
  const all = bare.length > 0 ? [...gazetteered, ...bare].sort((a, b) => a.start - b.start) : gazetteered;
  const dated = DATELINE.exec(text);
  const wire = wireDateline(text, sentences, all);
  // "Ukrainian drones strike targets within Russia\nKYIV, Ukraine — …": a headline that tells another country as the
  // story's place leaves the dateline city no place of the story.
  const headlineElsewhere = (d: Dateline): boolean => {
    const city = all.find((p) => p.start >= d.match.index && p.end <= d.match.index + d.match[0].length);
    const side = city?.code.slice(0, 2);
    return hits.some((h) => h.end <= d.match.index && h.value.country !== side && countryAsPlace(text, h));
  };
  const dateline: Dateline[] = [
    // "Odesa (AFP) -", "ODESA, Ukraine (AP) —": with no date, no sure sign the city is only where it was filed.
    ...(dated ? [{ match: dated, soft: !/\d/u.test(dated[0]) && !namesOtherPlace(dated, sentences, all) }] : []),
    ...(wire ? [wire] : []),
  ].map((d) => (d.soft && headlineElsewhere(d) ? { ...d, soft: false } : d));
  const datelines = dateline.map((d) => d.match);
  const hard = dateline.filter((d) => !d.soft).map((d) => d.match);
  const softSpans = dateline
    .filter((d) => d.soft)
    .map((d) => ({ start: d.match.index, end: d.match.index + d.match[0].length }));
  // The soft dateline that starts in a sentence, as its view's `dateline` (an optional field: absent, not undefined).
  const softDatelineIn = (span: Span): { dateline?: { start: number; end: number } } => {
    const d = softSpans.find((x) => x.start >= span.start && x.start < span.end);
    return d ? { dateline: d } : {};
  };
  const filedFrom = (p: PlaceMatch) => hard.some((d) => p.start >= d.index && p.end <= d.index + d[0].length);
  // "KYIV, June 11 (Reuters) -": the date the story was filed, not when anything happened. It dates no fact; a
  // weekday of the story ("on Tuesday") counts back from it, never past it.
  const inDateline = (t: TimeMatch) => datelines.some((d) => t.start >= d.index && t.end <= d.index + d[0].length);
  const timeContext = { published: report.published_at, timeZone };
  let times = findTimes(text, report.lang, timeContext);
  const filed = times.find((t) => inDateline(t) && t.when.precision === 'day');
  if (filed) times = findTimes(text, report.lang, { ...timeContext, filed: filed.when.start });
  times = times.filter((t) => !inDateline(t));
  const inTime = coveredBy(times);
  // "between 23:00 and 03:00 Moscow time", «по времени Москвы»: a city in a time phrase with a zone word of its own is
  // a clock, not where anything happened. A bare «в 03:00 по Москве» keeps its place: it is often the target.
  const inZone = coveredBy(times.filter((t) => namesZone(t.text, report.lang)));
  const places = all
    .filter((p) => !filedFrom(p) && !quotedName(text, hits, p) && !inZone(p))
    .sort((a, b) => a.start - b.start);
  const airports = findAirports(text);
  const numbers = findNumbers(text, report.lang);
  return sentences.map((span, index) => {
    const sentenceHits = within(hits, span);
    const diversion = sentenceHits.find((h) => h.value.categories.has('diversion'));
    const sentencePlaces = within(places, span);
    const sentenceTimes = looseTimesAlone(text, span, within(times, span), sentenceHits, report.lang);
    const said = sentenceTimes.map((t) => isStatementTime(text, sentenceHits, t, sentenceTimes, report.lang));
    const isDestination = (p: PlaceMatch) => diversion !== undefined && p.start >= diversion.end;
    // «Его доставили в городскую больницу №2 Белгорода», "he was taken to a hospital in Kursk": a place reached by
    // being taken there after the attack (a `transfer` word before it in its clause, no word of another event between)
    // is where the victim went, no place of the sentence's facts nor the context it leaves to the next one.
    const transfers = sentenceHits.filter((h) => h.value.categories.has('transfer'));
    const isTransferred = (p: PlaceMatch) =>
      transfers.some(
        (t) =>
          t.end <= p.start &&
          !/[.;:!?,]/u.test(text.slice(t.end, p.start)) &&
          !sentenceHits.some((h) => h.start >= t.end && h.end <= p.start && EVENT_WORD(h)),
      );
    // «з повітряного простору Бєлгородської області», «з районів Курська», "from the Bryansk region": where the
    // weapons came from, not where they were shot down or hit.
    // «…ракетами С-300 з Бєлгородської області»: a bare "from" right after a weapon is where it came from too.
    // «Из Саратовской области были выпущены пять крылатых ракет», "drones fired from the occupied south of Kherson
    // region": a place the weapons were launched from, in a sentence that tells a launch, is no target.
    // The launch verb must stand in the place's clause. Before "from", the from-phrase may run to four words ("drones
    // fired from the occupied south of Kherson region"); after the place, only a bare "from <place>" counts («Из
    // Тамбовской области были запущены»), as «з ночі Харківщину атакували», «із самого ранку Одесу атакували» tell a
    // time. A weapon inside the from-phrase ("debris from one drone hit Kyiv") is what came, not where from; neither
    // the launch verb nor another preposition of place may stand there either («атакували аеродром з технікою на
    // Полтавщині», "with").
    const launchedFrom = (p: PlaceMatch) => {
      const from = Math.max(span.start, p.start - 45);
      const m = FROM_PHRASE.exec(text.slice(from, p.start));
      if (m === null) return false;
      const phraseStart = from + m.index;
      const inPhrase = (h: Hit) => h.start >= phraseStart && h.end <= p.start;
      const blocks = (h: Hit) =>
        h.value.weapon !== undefined ||
        h.value.categories.has('launched') ||
        h.value.categories.has('place_preposition') ||
        h.value.categories.has('target_preposition');
      if (sentenceHits.some((h) => blocks(h) && inPhrase(h))) return false;
      const launches = sentenceHits.filter((h) => h.value.categories.has('launched'));
      const before = launches.some((h) => h.end <= phraseStart && !CLAUSE_BREAK.test(text.slice(h.end, phraseStart)));
      const after = launches.some((h) => h.start >= p.end && !CLAUSE_BREAK.test(text.slice(p.end, h.start)));
      return before || (after && BARE_GAP.test(m[1] ?? ''));
    };
    const isLaunchArea = (p: PlaceMatch) =>
      LAUNCH_FROM.test(text.slice(Math.max(span.start, p.start - 45), p.start)) ||
      launchedFrom(p) ||
      (FROM.test(text.slice(Math.max(span.start, p.start - 10), p.start)) &&
        sentenceHits.some((h) => h.value.weapon && h.end <= p.start && p.start - h.end <= 40));
    // «з Курської та Брянської областей»: the rest of a list that starts as a launch area is one too.
    const launchAreas = new Set<PlaceMatch>();
    // «…із напрямків: Брянськ, Міллерово – рф., ТОТ Луганської обл.; Чауда – ТОТ АР Крим»: all of it.
    const directions = sentenceHits.find((h) => h.value.categories.has('launch_directions'));
    if (directions) for (const p of sentencePlaces) if (p.start >= directions.end) launchAreas.add(p);
    sentencePlaces.forEach((p, i) => {
      const prev = sentencePlaces[i - 1];
      const continues = prev && launchAreas.has(prev) && LIST_JOIN.test(text.slice(prev.end, p.start));
      if (continues || isLaunchArea(p)) launchAreas.add(p);
    });
    // "a base of Russia's Black Sea Fleet near Feodosia": the sea names the fleet, not where it happened.
    const bodyName = (p: PlaceMatch) =>
      sentenceHits.some(
        (h) => h.value.categories.has('named_body') && h.start >= p.end && /^\s+$/u.test(text.slice(p.end, h.start)),
      );
    // «взрывы у аэродрома Бельбек в Крыму», «у Козачій бухті окупованого Криму»: the region around a city-region that
    // qualifies a village or site of that city right beside it (FRAME_GAP, no word of an event between) is only its
    // frame: the place of the sentence's facts is the village's (Sevastopol). Named apart from the village («Над
    // Крымом сбиты 10 беспилотников, ещё один упал у аэродрома Бельбек»), the region keeps the facts of its clause;
    // the village, not the frame, is the context the sentence leaves to the next, bar a sentence that names the
    // peninsula («Всего над полуостровом…» is Crimea's: ctx.lastFrame).
    const frame = (p: PlaceMatch) =>
      p.kind === 'region' &&
      sentencePlaces.some((q) => {
        // Only a village or site of the city-region is framed. The city itself is not: «летевшего на Москву, в
        // Дмитровском городском округе» names the city the drones flew to and the district (of the oblast) they fell in.
        if (q.kind !== 'city' || SURROUNDING[q.code] !== p.code || !isVillage(q)) return false;
        const [from, to] = q.end <= p.start ? [q.end, p.start] : [p.end, q.start];
        return (
          from <= to &&
          FRAME_GAP.test(text.slice(from, to)) &&
          !sentenceHits.some((h) => h.start >= from && h.end <= to && EVENT_WORD(h))
        );
      });
    const framed = sentencePlaces.filter(frame);
    return {
      index,
      span,
      hits: sentenceHits,
      places: sentencePlaces.filter(
        (p) => !isDestination(p) && !isTransferred(p) && !launchAreas.has(p) && !bodyName(p) && !framed.includes(p),
      ),
      destinations: sentencePlaces.filter(isDestination),
      frames: framed,
      numbers: within(numbers, span).filter((n) => !inTime(n) && !isAge(text, n)),
      times: sentenceTimes.filter((_, i) => !said[i]),
      saidTimes: sentenceTimes.filter((_, i) => said[i]),
      airports: within(airports, span),
      ...softDatelineIn(span),
    };
  });
}

/** Whether the fact's speaker tells the whole country's tally (an air force, a ministry: `NATIONAL_ROLES`). */
function nationalSpeaker(fact: Fact): boolean {
  return fact.claimant?.role != null && NATIONAL_ROLES.has(fact.claimant.role);
}

/** The place of another speaker's clause ("…, while the governor of the Kharkiv region said two were hurt") is that
 *  speaker's, not where this clause's fact happened, when it comes after this clause, or when this clause is a national
 *  body's tally ("the air force said it shot down 30 of 35 drones"), tells the whole country, or names a place of its
 *  own. Otherwise a place told before this clause is the sentence's setting, shared by both clauses (review 40a #2):
 *  "Kharkiv governor Oleh Syniehubov said three were wounded, while Mayor Ihor Terekhov said a drone hit a
 *  kindergarten", "In Odesa, the governor said …, while the mayor said debris damaged two cars". */
function otherClausePlace(
  fact: Fact,
  view: SentenceView,
  clause: { start: number; end: number },
  text: string,
): boolean {
  const placed = fact.fields.region;
  if (!placed || placed.inferred || (placed.start >= clause.start && placed.end <= clause.end)) return false;
  // A later clause's words never set the scene of an earlier one.
  if (placed.start >= clause.end) return true;
  const ownPlace = view.places.some((p) => p.start >= clause.start && p.end <= clause.end);
  return nationalSpeaker(fact) || ownPlace || factNationwide(view, text, fact);
}

/** A fact placed only by its sentence's soft dateline whose speaker tells the whole country's tally ("ODESA, Ukraine —
 *  Ukraine's air force said it destroyed 19 drones"): the city is where the story was filed, not the tally's place. */
function filedOnly(fact: Fact, view: SentenceView): boolean {
  const d = view.dateline;
  const region = fact.fields.region;
  if (!d || !region || region.start < d.start || region.end > d.end) return false;
  return nationalSpeaker(fact);
}

/** Whether a span lies inside one of `spans` (any order, overlaps allowed): one binary search over the spans sorted
 *  by start, with the furthest end among those that start at or before it, rather than a walk of them all for every
 *  number of a long text. */
function coveredBy(spans: readonly { start: number; end: number }[]): (x: { start: number; end: number }) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const furthest: number[] = [];
  for (const s of sorted) furthest.push(Math.max(furthest[furthest.length - 1] ?? -Infinity, s.end));
  return (x) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start <= x.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && furthest[lo - 1]! >= x.end;
  };
}

/** "Ex-Marine, 33, is killed", "Antonina Sanina, 75, had spent": a small number set off by commas right after a word
 *  is a person's age, not a count. */
function isAge(text: string, n: { start: number; end: number }): boolean {
  return (
    /^\d{1,3}$/u.test(text.slice(n.start, n.end)) &&
    /\p{L}, $/u.test(text.slice(Math.max(0, n.start - 3), n.start)) &&
    /^,\s/u.test(text.slice(n.end, n.end + 2))
  );
}

// «влучання в Києві та області», "in Moscow and the region": the bare noun is the region around the city.
const AND_REGION = new RegExp(
  String.raw`^\s+(?:${anyOf('conjunction')})\s+(?:(?:${anyOf('article')})\s+)?(${anyOf('the_region')})(?![\p{L}])`,
  'iu',
);

function cityAndRegion(text: string, towns: readonly PlaceMatch[]): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  for (const town of towns) {
    if (town.kind === 'sea') continue;
    const m = AND_REGION.exec(text.slice(town.end, town.end + 30));
    if (!m) continue;
    const region = regionPlace(SURROUNDING[town.code] ?? town.code);
    if (!region) continue;
    const end = town.end + m[0].length;
    const start = end - (m[1]?.length ?? 0);
    out.push({ ...region, start, end, text: text.slice(start, end) });
  }
  return out;
}

const SPAN_FROM = new RegExp(`(?:^|\\s)(?:${anyOf('from')})\\s+$`, 'iu');
const SPAN_TO = new RegExp(`^(?:\\s+[\\p{L}'’-]+){0,3}\\s+(?:${anyOf('to')})\\s+$`, 'iu');

/** "Sites from Uzhhorod in the west to Sumy in the east": a stretch of the country between two places, each in its
 *  own region, names several regions as a list does. */
function span(text: string, a: PlaceMatch, b: PlaceMatch): boolean {
  return SPAN_FROM.test(text.slice(Math.max(0, a.start - 8), a.start)) && SPAN_TO.test(text.slice(a.end, b.start));
}

/** Offsets of the line breaks, so that the line of any offset is one binary search. */
function lineBreaks(text: string): { start: number }[] {
  const breaks: { start: number }[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks.push({ start: i });
  return breaks;
}

const AS_OF = new RegExp(String.raw`(?:${anyOf('as_of')})\s*$`, 'iu');
// "officials told of overnight drone attacks": a time right after `of` tells what the statement is about.
const OF_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${anyOf('of')})\s+$`, 'iu');

/** "the authorities reported in the morning", "the air force said on Thursday": when it was said, not when it
 *  happened. */
function isStatementTime(
  text: string,
  hits: readonly Hit[],
  time: TimeMatch,
  times: readonly TimeMatch[],
  lang: Lang,
): boolean {
  // «Станом на 09:00 знешкоджено 330 дронів», "as of 9 am": when the tally was taken.
  if (AS_OF.test(text.slice(Math.max(0, time.start - 20), time.start))) return true;
  // "Kyiv today said drones fell …", "Russia on Friday said": a time right before the verb of saying is the statement's.
  return hits.some(
    (h) =>
      h.value.categories.has('said') &&
      ((h.end <= time.start &&
        time.start - h.end <= 20 &&
        !/[,.;:]/.test(text.slice(h.end, time.start)) &&
        !OF_BEFORE.test(text.slice(h.end, time.start)) &&
        !toldBetween(hits, h.end, time.start) &&
        !modifiesAttack(text, hits, time, times, lang)) ||
        (h.start >= time.end && /^\s{1,2}$/u.test(text.slice(time.end, h.start))) ||
        (speakerBetween(text, hits, time.end, h.start) && toldApart(text, hits, time, times, h))),
  );
}

/** "The authorities said a rocket strike on Sunday evening hurt five", "Moscow claims Kyiv mounted an overnight
 *  drone raid": a weapon or a word of attack between the verb of saying and the time opens what was said, and the
 *  time is that event's ("said on Saturday that a missile …" has none between). */
function toldBetween(hits: readonly Hit[], from: number, to: number): boolean {
  return hits.some(
    (e) =>
      e.start >= from &&
      e.end <= to &&
      (e.value.weapon !== undefined || ATTACK_WORDS.some((w) => e.value.categories.has(w))),
  );
}

/** "an overnight drone attack", "the Saturday evening strike": a time right before an attack noun (one word between
 *  at most, "drone") says when that attack came, whatever verb of saying stands before it, when a determiner opens
 *  the noun phrase ("a", "the", "its") and the sentence names no other time after it. Without one, "said on Sunday
 *  drone attacks had hit 14 regions over the past week" dates the statement: a plural noun that sums up is what was
 *  said, and the clause's own time ("over the past week", "last week") is the event's. A weapon alone is no such
 *  noun: in "said on Tuesday drones hit the city" the time is the statement's. */
function modifiesAttack(
  text: string,
  hits: readonly Hit[],
  time: TimeMatch,
  times: readonly TimeMatch[],
  lang: Lang,
): boolean {
  if (!DETERMINED.test(text.slice(Math.max(0, time.start - 12), time.start))) return false;
  if (times.some((t) => t !== time && t.start >= time.end)) return false;
  return hits.some((e) => {
    if (e.start < time.end || !ATTACK_MODIFIED.test(text.slice(time.end, e.start))) return false;
    if (e.value.categories.has('attack_noun')) return true;
    // "an overnight drone attack on an airfield": the lexicon reads "attack on" whole, as a strike; its noun counts.
    const word = text.slice(e.start, e.end).split(/\s+/u)[0] ?? '';
    return word !== text.slice(e.start, e.end) && wordCategories(word, lang).has('attack_noun');
  });
}

const DETERMINED = new RegExp(String.raw`(?:^|[^\p{L}])(?:${anyOf('determiner')})\s+$`, 'iu');
const ATTACK_MODIFIED = /^\s+(?:[\p{L}-]+\s+)?$/u;

/** A time before the speaker dates the statement only when the sentence sets the statement apart from what it tells:
 *  the clause after the verb names a time of its own («Ранее утром минобороны объявило, что ночью …»), or an
 *  `earlier` word stands at the time («Ранее утром …», «Накануне СМИ сообщили»). Otherwise it is the sentence's only
 *  time and the event's: «Ночью губернатор сообщил, что сбиты 5 беспилотников», «Утром в среду Воздушные силы
 *  заявили об ударе по …». A fact the verb itself makes («Ночью Воздушные силы объявили воздушную тревогу») always
 *  keeps it. */
function toldApart(
  text: string,
  hits: readonly Hit[],
  time: TimeMatch,
  times: readonly TimeMatch[],
  said: Hit,
): boolean {
  const makes = hits.some(
    (a) =>
      a.value.categories.has('alert') &&
      a.start >= said.end &&
      /^[\p{L}\s]{0,30}$/u.test(text.slice(said.end, a.start)),
  );
  if (makes) return false;
  if (times.some((t) => t.start >= said.end)) return true;
  return hits.some(
    (e) =>
      e.value.categories.has('earlier') &&
      ((e.start >= time.start && e.end <= time.end) ||
        (e.end <= time.start && /^\s{1,2}$/u.test(text.slice(e.end, time.start)))),
  );
}

/** «Ранее днём минобороны России сообщило, что ночью …», «Утром в пятницу Воздушные силы ВСУ доложили об атаке»,
 *  «Накануне СМИ сообщили»: a time that opens the speaker's clause, with only the speaker between it and the verb of
 *  saying, is when it was said too. The speaker is a role of the lexicon, with at most a few capitalised words beside
 *  it («России», «ВСУ»); no punctuation between, so «Утром, как сообщил губернатор, …» keeps its time. */
function speakerBetween(text: string, hits: readonly Hit[], from: number, to: number): boolean {
  if (to <= from || to - from > SPEAKER_GAP) return false;
  const between = text.slice(from, to);
  if (/[^\p{L}\p{N}\s«»"'’ʼ-]/u.test(between)) return false;
  const roles = hits.filter((r) => r.value.role && r.start >= from && r.end <= to);
  if (roles.length === 0) return false;
  const words = [...between.matchAll(/[\p{L}\p{N}«»"'’ʼ-]+/gu)];
  if (words.length > SPEAKER_WORDS) return false;
  // Every word outside the role is capitalised: a name or a country's letters, never a verb or an object.
  return words.every(
    (w) =>
      roles.some((r) => from + w.index >= r.start && from + w.index + w[0].length <= r.end) ||
      /^[«"]?\p{Lu}/u.test(w[0]),
  );
}

const SPEAKER_GAP = 60;
const SPEAKER_WORDS = 5;

/** "In the early morning of March 5, drones hit Odesa", "Another night of shelling followed in Mariupol in March 2022",
 *  "…on the night of March 10, for the second night in a row": a loose phrase (`alone` in data/lexicon/time.json) is
 *  the sentence's time only when the sentence names no other time as fine as a night (a date, a weekday, a clock that
 *  is not when a statement was made) and no year; beside one it dates nothing, so it can neither override a stated date
 *  nor stand as the sentence's last time after a dated one. */
function looseTimesAlone(text: string, span: Span, times: TimeMatch[], hits: readonly Hit[], lang: Lang): TimeMatch[] {
  if (!times.some((t) => t.alone)) return times;
  // Only a time as fine as a night wins: a span back from publication ("for the second night this week") is vaguer,
  // and gives way to the phrase; the time a statement was made ("…, the mayor said at 08:00") dates no fact.
  const vague = (t: TimeMatch) => t.span === true || t.when.precision === 'week';
  const finer = (t: TimeMatch) => !t.alone && !vague(t) && !isStatementTime(text, hits, t, times, lang);
  const others = times.some(finer) || namedYears(text.slice(span.start, span.end), lang).length > 0;
  return times.filter((t) => (others ? !t.alone : !vague(t)));
}

/** "Alerts sounded on Saturday and followed overnight drone strikes", "hurt on Tuesday in a missile attack
 *  overnight", «ночью и утром в воскресенье»: a whole day and the night that ended on it, named in one clause, tell one
 *  time, and the night is the finer of the two (as the real labels read it). `time` is the day; the night, when the
 *  sentence names one that ends inside that day, stands for it. Only a day with no part or its morning (the night runs
 *  into the morning; "on Friday afternoon" is later than any night), only a night in the day's own clause (no comma,
 *  semicolon, colon or full stop between: «В пятницу ВСУ обстреляли Шебекино, …, а ночью ПВО сбила …» tells two
 *  times; a comma right after a time that opens the sentence ends no clause), and, for a fact (`at`: where its kind
 *  word stands), only a fact whose own clause names no time but these two: "…overnight, killing two people" keeps the
 *  night for the casualties. Any other pair is left. */
function finerNight(text: string, time: TimeMatch, times: readonly TimeMatch[], at?: number): TimeMatch {
  if (time.when.precision !== 'day' || (time.part !== undefined && time.part !== 'morning')) return time;
  const start = Date.parse(time.when.start);
  const end = Date.parse(time.when.end);
  const night = times.find((t) => {
    if (t.when.precision !== 'night') return false;
    const over = Date.parse(t.when.end);
    if (over <= start || over > end) return false;
    const [a, b] = t.start < time.start ? [t, time] : [time, t];
    const between = text.slice(a.end, b.start);
    // "On Friday, Russian drones attacked Odesa overnight": a comma right after a time that opens its sentence sets
    // the time off, it ends no clause.
    const opens = /^[^\p{L}\p{N}]*[\p{L}]{0,3}\s*$/u.test(text.slice(sentenceStart(text, a.start), a.start));
    if (!ONE_CLAUSE.test(opens ? between.replace(/^\s*,/u, '') : between)) return false;
    if (at === undefined) return true;
    // A fact takes the night unless its own clause names a time of its own: the strike told with the night and the
    // casualties after a comma ("…overnight, killing two people", «…, пострадали двое») are one event.
    let from = at;
    while (from > 0 && !CLAUSE_END.test(text[from - 1] ?? '')) from--;
    let to = at;
    while (to < text.length && !CLAUSE_END.test(text[to] ?? '')) to++;
    return !times.some((o) => o !== t && o !== time && o.start >= from && o.end <= to);
  });
  return night ?? time;
}

const ONE_CLAUSE = /^[^.!?\n,;:]*$/u;
const CLAUSE_END = /[.!?\n,;:]/u;

/** "Explosions were heard at about 02:15, and a drone hit a warehouse at 02:40": a sentence that names clock times
 *  in several of its clauses gives each fact the clock time of its own clause (where its kind word `at` stands);
 *  undefined when the sentence names fewer than two, or the fact's clause none. */
function ownClauseClock(text: string, times: readonly TimeMatch[], at: number | undefined): TimeMatch | undefined {
  if (at === undefined) return undefined;
  const clocks = times.filter((t) => t.when.precision === 'exact' || t.when.precision === 'hour');
  if (clocks.length < 2) return undefined;
  // The colon of a clock ("02:40") ends no clause.
  const ends = (i: number) => CLAUSE_END.test(text[i] ?? '') && !/\d:\d/u.test(text.slice(i - 1, i + 2));
  let from = at;
  while (from > 0 && !ends(from - 1)) from--;
  let to = at;
  while (to < text.length && !ends(to)) to++;
  const own = clocks.filter((t) => t.start >= from && t.end <= to);
  return own.length === 1 && own.length < clocks.length ? own[0] : undefined;
}

/** «ограничения, введённые утром 30 ноября, сняты в 10:40», "restrictions were lifted at 06:40": the clock right after
 *  a lifting's word is when the lifting was, whatever other time (the closure's) the sentence tells before it. */
function liftingClock(text: string, fact: Fact, times: readonly TimeMatch[]): TimeMatch | undefined {
  const word = fact.fields.detail;
  if (fact.kind !== 'airport_disruption' || !word) return undefined;
  const clock = times.find((t) => clockRightAfter(t, word.end) && !/[.!?;\n]/u.test(text.slice(word.end, t.start)));
  return clock && onClosureDay(clock, times, word.start);
}

/** «ограничения, введённые утром 15 ноября, сняты в 10:40» told on the 19th: a bare clock is placed by publication
 *  (the 19th), but the closure's date before the lifting word is the only day the sentence gives. The clock goes on
 *  that day, or the next one when that would put it before the closure began. A date later than the clock's day, or
 *  none, leaves the clock as placed. */
function onClosureDay(clock: TimeMatch, times: readonly TimeMatch[], wordStart: number): TimeMatch {
  // «сняты 16 ноября в 10:40» dates the clock itself: one number (the clock's) in its text, or it keeps its day.
  if (clock.when.start !== clock.when.end || (clock.text.match(/\d+(?:[:.]\d+)?/gu) ?? []).length !== 1) return clock;
  const dated = times.find(
    (t) => t !== clock && t.end <= wordStart && (t.when.precision === 'day' || t.when.precision === 'evening'),
  );
  if (!dated) return clock;
  const clockDay = clock.when.start.slice(0, 10);
  const closureDay = dated.when.start.slice(0, 10);
  if (closureDay >= clockDay) return clock;
  let at = `${closureDay}${clock.when.start.slice(10)}`;
  if (Date.parse(at) < Date.parse(dated.when.start)) {
    const next = new Date(Date.parse(`${closureDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    at = `${next}${clock.when.start.slice(10)}`;
  }
  if (at.slice(0, 10) >= clockDay) return clock;
  return { ...clock, when: { ...clock.when, start: at, end: at } };
}

function applyWhen(fact: Fact, view: SentenceView, ctx: ReportContext): void {
  const first: TimeMatch | undefined =
    liftingClock(ctx.report.text, fact, view.times) ??
    ownClauseClock(ctx.report.text, view.times, fact.fields.kind?.start) ??
    view.times[0];
  const stated = first && finerNight(ctx.report.text, first, view.times, fact.fields.kind?.start);
  // A headline summarises the body, so it takes the body's first time; so does a sentence of the lead paragraph told
  // before that time, a standfirst that summarises too (`leadTimes`). Any later sentence has a time before it
  // (the lead's first time lies in the lead paragraph), so this reaches no further; with no title, a sentence only
  // takes what came before.
  const summary = view.index === 0 ? ctx.firstTime : ctx.standfirstTime;
  const time = stated ?? ctx.lastTime ?? (ctx.report.title !== null ? summary : null);
  if (!time) return;
  fact.when = time.when;
  setField(fact, 'when', time, stated === undefined);
}

// A channel speaks for its owner: an unsigned post on "Kursk Governor (Telegram)" is the governor's. An outlet's
// name says nothing of whom it quotes, so only a Telegram channel's name counts: one the source says is Telegram
// (an export's chat "Belgorod Governor", in whatever folder), or one whose name or url says so.
const TELEGRAM = new RegExp(`(?:${anyOf('telegram')})`, 'iu');

/** The sentence opens with a back reference and a verb of saying follows it: its speaker is the source of what came
 *  before, not of a clause of its own. */
function pointsBack(text: string, view: SentenceView): boolean {
  const back = hitsOf(view, 'back_reference')[0];
  if (!back || /[\p{L}\p{N}]/u.test(text.slice(view.span.start, back.start))) return false;
  return hitsOf(view, 'said').some((h) => h.start >= back.end);
}

/** A sentence that opens with the lexicon's `according` («За повідомленням Генштабу, …»): only marks before it. */
function opensWithSource(text: string, view: SentenceView): boolean {
  return hitsOf(view, 'according').some((h) => /^[^\p{L}\p{N}]*$/u.test(text.slice(view.span.start, h.start)));
}

// Between "according to" and its source: an article or a short word at most ("according to the Air Force").
const CITED_GAP = /^\s+(?:\p{Ll}{1,4}\s+)?$/u;

/** A source the sentence cites («По данным Минобороны, …», "According to the Air Force, …", «за даними ОВА»), right
 *  after the words of citing. */
function cited(text: string, view: SentenceView, span: Span): boolean {
  return view.hits.some(
    (h) => h.value.categories.has('according') && h.end <= span.start && CITED_GAP.test(text.slice(h.end, span.start)),
  );
}

/** How far past its publication a fact's window may open before it is read as what is to come: a post's clock may
 *  lag the events it tells by minutes, never by an hour. */
const FUTURE_MARGIN_MS = 60 * 60 * 1000;

/** What a channel sees on the ground itself (damage, fire, an outage, wreckage, casualties), as against the tally
 *  of weapons a source it cites gives. */
const GROUND_KINDS: ReadonlySet<FactKind> = new Set(['damage', 'fire', 'power_outage', 'debris', 'casualties']);
const groundEffect = (fact: Fact) => GROUND_KINDS.has(fact.kind);

/** The claimant a channel's own name gives ("Ukrainian Air Force (Telegram)"), for facts the text attributes
 *  to no one. Its evidence is the report's publisher field, not a span of the text. */
function publisherClaimant(report: Report, telegram: boolean): Claimant | null {
  const channel = channelOf(report, telegram);
  return channel === null ? null : channelClaimant(channel, report.lang);
}

/** The channel's name of a Telegram post, else null. */
function channelOf(report: Report, telegram: boolean): string | null {
  const publisher = report.publisher;
  return publisher && (telegram || TELEGRAM.test(publisher) || TELEGRAM.test(report.url ?? '')) ? publisher : null;
}

/** Whether the report is a Telegram channel's post whose name gives no role ("Ігор Терехов (Telegram)"): what it
 *  attributes to no one then has no claimant, which a source row's `speaker` would give. */
export function rolelessChannel(report: Report, telegram: boolean): boolean {
  const channel = channelOf(report, telegram);
  return channel !== null && channelClaimant(channel, report.lang) === null && personOrOffice(channel);
}

const SURNAME_ENDING = new RegExp(`(?:${anyOf('surname_endings')}|${anyOf('channel_surname_endings')})$`, 'u');
const OFFICE_WORD = new RegExp(`(?<![\\p{L}])(?:${anyOf('office_words')})(?![\\p{L}])`, 'iu');
/** A name's word as a person writes it: a capital, then lower-case letters (a hyphen or an apostrophe inside). */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:[-'’ʼ]\p{L}\p{Ll}+)*$/u;

/** Whether a channel's name looks like a person's («Ігор Терехов», "Vitali Klitschko") or an office's («Мэрия
 *  Курска»): only such a channel speaks for someone a `speaker` can name. An outlet or an aggregator ("Mash",
 *  «Топор+», «Ньюсач/Двач», "Naked Science") speaks for no one, and README says an outlet names no speaker. */
function personOrOffice(channel: string): boolean {
  const name = channel.replace(/\([^)]*\)/gu, ' ').trim();
  if (OFFICE_WORD.test(name)) return true;
  const words = name.split(/\s+/u).filter((w) => w !== '');
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => NAME_WORD.test(w)) &&
    (words.some((w) => SURNAME_ENDING.test(w)) || officialRole(name) !== null)
  );
}

/** The role a Telegram channel's name gives ("Kursk Governor" -> governor, "Odesa OVA" -> military_administration:
 *  the lexicon's `roles` and `channel_roles`), or null. */
function channelClaimant(channel: string, reportLang: Lang): Claimant | null {
  for (const lang of new Set<Lang>([reportLang, 'en', 'ru', 'uk'])) {
    const hit = lexiconHits(channel, lang).find((h) => h.value.role || h.value.channelRole);
    const role = hit?.value.role?.role ?? hit?.value.channelRole;
    if (role) return { name: null, role, channel: 'Telegram' };
  }
  return null;
}

/** The place an official channel's name gives ("Kharkiv Mayor (Telegram)" -> Kharkiv), as the context a post that
 *  names no city starts from. Its span is empty: the evidence is the publisher field. */
function publisherPlace(report: Report, owner: Claimant | null, named = report.publisher): PlaceMatch | null {
  if (!owner || !named) return null;
  const place = findPlaces(named).find((p) => p.kind !== 'sea');
  return place ? { ...place, start: 0, end: 0, text: '' } : null;
}

function applyPublisher(fact: Fact, claimant: Claimant): void {
  if (fact.claimant) return;
  fact.claimant = claimant;
  fact.fields.claimant = { start: 0, end: 0, text: '', inferred: true, from: 'publisher' };
}

/** Since 2022 a Ukrainian oblast's "governor" in English reporting heads its military administration. Crimea's and
 *  Sevastopol's heads are governors (docs/eval.md): none of Ukraine's military administrations sits there. */
function militaryAdministration(code: string | null): boolean {
  return code?.startsWith('UA-') === true && code !== 'UA-40' && code !== 'UA-43';
}

function applyClaimant(fact: Fact, found: ClaimantFound | null): void {
  if (!found) return;
  const ukrainian = militaryAdministration(fact.region?.code ?? null);
  // «Сергей Собянин: …», "Zelenskiy said": a known official named without a title holds the office's role; the role
  // then comes from data/lexicon/officials.json, not from the text, so the field is inferred (and stays the office's
  // wherever the fact is: Crimea's Russian-installed head speaking of Kherson is no military administration).
  const known = found.claimant.role === null && found.claimant.name ? officialRole(found.claimant.name) : null;
  const named: Claimant = known ? { ...found.claimant, role: known } : found.claimant;
  const claimant: Claimant =
    named.role === 'governor' && ukrainian && known === null ? { ...named, role: 'military_administration' } : named;
  fact.claimant = claimant;
  setField(fact, 'claimant', found.span, found.inferred || known !== null);
}

// "Kyiv's air force", "Kyiv 's arsenal" (a feed's stray space), "as Kyiv increasingly tries": a possessive, or an
// adverb in -ly, may stand between the capital and the word that makes it the state; after the possessive, also one
// hyphenated adjective ("Kyiv's much-vaunted air force"). Head nouns of a state (`state_noun`) take more:
// STATE_NOUN_GAP.
const ENDS_IN_PREPOSITION = new RegExp(`\\s(?:${anyOf('anchor_place')})$`, 'iu');
const STATE_GAP = /^(?:\s?['’]s\s+(?:\p{Ll}+-\p{Ll}+\s+)?|\s+(?:\p{Ll}+ly\s+)?)$/u;

/** "Moscow says", "Kyiv warned", "prevent Kyiv from deploying", "accuses Kyiv of", "a push by Moscow", "…, claimed
 *  Kyiv.": a capital the lexicon lists as a side, followed by a
 *  word that makes it act or speak, is its state, not where anything happened (nor the report's only place). A
 *  capital right after a place or target preposition ("over Kyiv fired", "in Kyiv called off") is where something
 *  happened: a state is the subject, not the object of "over". A body ("Kyiv's military") makes the state only
 *  when no other noun follows it: "Kyiv's military hospital" is a building in the city. */
function asState(text: string, view: SentenceView, p: PlaceMatch): boolean {
  const side = view.hits.some((h) => h.value.categories.has('attacker') && h.start === p.start && h.end >= p.end);
  if (!side) return false;
  // "the Defense Ministry in Moscow said Monday", "officials in Kyiv say": the body speaks from its capital; the
  // preposition seats the speaker, the saying verb after the capital makes it the state's voice. Not beside "the
  // capital" ("drones attacked the capital overnight, officials in Kyiv said"): there the seat says which capital.
  const justBefore = (h: Hit, at: number) => h.end <= at && /^\s+$/u.test(text.slice(h.end, at));
  const seat = view.hits.find((h) => h.value.categories.has('place_preposition') && justBefore(h, p.start));
  if (
    seat &&
    !view.hits.some((h) => h.value.categories.has('capital')) &&
    view.hits.some(
      (h) =>
        (h.value.categories.has('seated_speaker') || h.value.categories.has('state_body')) && justBefore(h, seat.start),
    ) &&
    view.hits.some(
      (h) => h.value.categories.has('said') && h.start >= p.end && /^\s+$/u.test(text.slice(p.end, h.start)),
    )
  )
    return true;
  const placed = view.hits.some(
    (h) =>
      (h.value.categories.has('place_preposition') || h.value.categories.has('target_preposition')) &&
      h.end <= p.start &&
      /^\s+$/u.test(text.slice(h.end, p.start)),
  );
  if (placed) return false;
  // "Russian drone strike on Kyiv downs power lines": the capital is the object of the attack noun's own preposition
  // (read with it as one hit, "strike on"), the target, whatever verb follows it.
  const attacked = view.hits.some(
    (h) =>
      h.value.categories.has('strike') &&
      h.end <= p.start &&
      /^\s+$/u.test(text.slice(h.end, p.start)) &&
      ENDS_IN_PREPOSITION.test(text.slice(h.start, h.end)),
  );
  if (attacked) return false;
  // "a military push by Moscow that …", "a plan dismissed by Kyiv": the side as the agent of a passive verb; not
  // "shot down by Moscow air defences", where the capital names the body after it (`state_body`).
  const right = (h: Hit) => h.end <= p.start && /^\s+$/u.test(text.slice(h.end, p.start));
  const bodyAfter = view.hits.some(
    (h) =>
      h.value.categories.has('state_body') &&
      h.start >= p.end &&
      /^\s+(?:\p{L}+\s+)?$/u.test(text.slice(p.end, h.start)),
  );
  if (!bodyAfter && view.hits.some((h) => h.value.categories.has('state_agent') && right(h))) return true;
  // "…, claimed Kyiv.", "…, says Moscow on Tuesday.": a verb of saying right before the side that closes the clause,
  // the speaker put last (the statement's time may close it after the side).
  if (
    view.hits.some((h) => h.value.categories.has('said') && right(h)) &&
    /^\s*(?:[.,;:!?]|$)/u.test(withoutSaidTimes(text, view, p.end, view.span.end))
  ) {
    return true;
  }
  // "Russia accuses Kyiv of targeting Crimea", "blaming Kyiv for attacking a bridge": the side blamed.
  if (
    view.hits.some(
      (h) => h.value.categories.has('accuses') && h.end <= p.start && /^\s+$/u.test(text.slice(h.end, p.start)),
    )
  )
    return true;
  // "Kyiv has stepped up strikes against fuel depots": an auxiliary between the side and its verb only when the
  // verb's object is an attack ("Moscow has stepped up security after a drone hit …" is the city).
  const perfect = view.hits.some(
    (aux) =>
      aux.value.categories.has('auxiliary') &&
      /^\s+$/u.test(text.slice(p.end, aux.start)) &&
      view.hits.some(
        (h) =>
          h.value.categories.has('as_state') &&
          /^\s+$/u.test(text.slice(aux.end, h.start)) &&
          view.hits.some(
            (o) =>
              (o.value.categories.has('attack_noun') || o.value.categories.has('strike')) &&
              /^\s+$/u.test(text.slice(h.end, o.start)),
          ),
      ),
  );
  if (perfect) return true;
  const endsPhrase = (h: Hit) => {
    const next = /^\s+(\p{Ll})/u.exec(text.slice(h.end, view.span.end));
    // A noun the lexicon reads only as a damage detail ("Kyiv's military hospital") continues the phrase.
    const noun = (n: Hit) => n.value.detail !== undefined && n.value.categories.size === 0;
    return next === null || view.hits.some((n) => n.start === h.end + next[0].length - 1 && !noun(n));
  };
  return view.hits.some(
    (h) =>
      h.start > p.end &&
      (((h.value.categories.has('as_state') || (h.value.categories.has('state_body') && endsPhrase(h))) &&
        STATE_GAP.test(withoutSaidTimes(text, view, p.end, h.start))) ||
        (h.value.categories.has('state_noun') &&
          (STATE_GAP.test(text.slice(p.end, h.start)) || STATE_NOUN_GAP.test(text.slice(p.end, h.start)))) ||
        (h.value.categories.has('state_noun_verb') &&
          (STATE_GAP.test(text.slice(p.end, h.start)) || STATE_VERB_NOUN_GAP.test(text.slice(p.end, h.start)))) ||
        (h.value.categories.has('state_force') && POSSESSIVE_ONLY.test(text.slice(p.end, h.start)))),
  );
}

/** "Moscow's new UN envoy", "Kyiv's much-delayed summer offensive": after the possessive, up to two modifiers (a
 *  word in lower case, hyphenated or not, letters in capitals, or a headline's capitalised word: "Kyiv's Expected
 *  Offensive") before a `state_noun`. */
const STATE_NOUN_GAP = /^\s?['’]s\s+(?:(?:\p{Ll}[\p{Ll}-]*|\p{Lu}{2,}|\p{Lu}\p{Ll}[\p{Ll}-]*)\s+){0,2}$/u;
/** Before a `state_noun_verb` only lower-case modifiers: "Moscow's repeated claim", not "Kyiv's Deadliest Night
 *  Claims …", where the capitalised words are the verb's subject. */
const STATE_VERB_NOUN_GAP = /^\s?['’]s\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;
/** Before a `state_force` nothing but the possessive: "Moscow's forces", not "Moscow forces airlines …" nor "Kyiv's
 *  air defence forces". */
const POSSESSIVE_ONLY = /^\s?['’]s\s+$/u;

/** A word that tells of an attack: a weapon, an attack noun, a verb of striking. */
const tellsAttack = (h: Hit) =>
  h.value.weapon || h.value.categories.has('attack_noun') || h.value.categories.has('strike');

/** Whether what a speaker of the sentence says tells of an attack: the first clause of the words its verb of saying
 *  governs holds a weapon, an attack noun or a verb of striking. "Ukrainian officials say four were killed in a Russian
 *  shelling", "Russia launched a round of strikes, Ukrainian officials said on Sunday", "…, according to the district
 *  governor" do; "the president said hundreds of thousands had no power", "an offensive that Kyiv says it had
 *  expected for days", "the mayor said schools would reopen after the strike", "the city would get more generators
 *  following the strikes", "officials said the weather was cold and the strike was expected" do not: an attack word in
 *  a later clause (after a `clause_join`, a `contrast`, a `later_than` word, or the `conjunction` before a `definite`
 *  article, which opens a clause with a subject of its own where a list goes on bare: "Lviv and other cities") is what
 *  the speaker's words are dated by or set against, not what they tell. The words governed run from the verb (with its
 *  speaker) to the sentence's end; and, when the speaker and its verb close the sentence or stand after a comma or a
 *  dash ("…, the governor said in a Telegram post."), from the sentence's start to the speaker, past a clause that
 *  opens the sentence with such a word ("Two days after accusing Kyiv of a fire …, Russia fired a barrage of missiles …,
 *  officials said"; "After the strike, the mayor said schools …" tells nothing before its speaker). */
function speaksOfAttack(text: string, view: SentenceView, speaker: Span): boolean {
  const verbs = [...hitsOf(view, 'said'), ...hitsOf(view, 'according')];
  const gap = (v: Hit) => (v.start >= speaker.end ? v.start - speaker.end : Math.max(0, speaker.start - v.end));
  const verb = verbs.sort((a, b) => gap(a) - gap(b))[0];
  if (!verb) return false;
  const first = Math.min(verb.start, speaker.start);
  const last = Math.max(verb.end, speaker.end);
  const joins = clauseJoins(view);
  // Where a clause after `from` opens, before `to` (`to` if none does).
  const opens = (from: number, to: number): number => {
    let end = to;
    for (const h of joins) if (h.start >= from && h.start < end) end = h.start;
    const other = CLAUSE_OPENS.exec(text.slice(from, end));
    return other ? from + other.index : end;
  };
  const before = text.slice(view.span.start, first);
  const comma = AFTER_COMMA.exec(before);
  // The comma (or dash) that sets the speaker off, if any.
  const setAt = comma ? view.span.start + comma.index + 1 : first;
  // "…, hours after Zelensky said": the words between the comma and the speaker open a clause of their own.
  const setOff = comma !== null && opens(setAt, first) === first;
  const closes = !/[\p{L}\p{N}]/u.test(text.slice(last, view.span.end)) || setOff;
  const spans: [number, number][] = [[last, opens(last, view.span.end)]];
  if (closes) {
    // A clause that opens the sentence, up to a comma of its own before the speaker's, is not what is said ("The
    // barrage came a day after talks broke down, officials said" has none: its first clause is what is said).
    const firstComma = view.span.start + before.indexOf(',');
    const fronted =
      firstComma >= view.span.start && firstComma < setAt && opens(view.span.start, firstComma) < firstComma;
    const from = fronted ? firstComma + 1 : view.span.start;
    spans.push([from, opens(from, first)]);
  }
  return spans.some(([from, to]) => view.hits.some((h) => h.start >= from && h.end <= to && tellsAttack(h)));
}

/** A speaker set off by a comma or a dash after what it says, up to three words of its own before it ("…, the
 *  regional governor said"). */
const AFTER_COMMA = /[\p{L}\p{N}"”»'’)](?:,|\s[\u2013\u2014-])\s+(?:[\p{L}'’-]+\s+){0,3}$/u;
/** The `conjunction` before a `definite` article, opening a clause with a subject of its own ("… and the strike was
 *  expected"; a list goes on bare: "in Lviv and other cities"), or a word that makes the attack after it the time of
 *  what the clause tells (`later_than`: "schools would reopen after the strike"). */
const CLAUSE_OPENS = new RegExp(
  `(?:^|[^\\p{L}])(?:(?:${anyOf('conjunction')})\\s+(?:${anyOf('definite')})|${anyOf('later_than')})(?![\\p{L}])`,
  'iu',
);

/** The speaker closing a post's headline: the attribution tail of one of its first sentences, at the end of its line,
 *  within the first paragraph (a blank line ends the headline: «"Вон дрон!"\n\nВ Балашихе сбит БПЛА – источник 112.»
 *  is a body sentence quoting its source). */
function headlineSpeaker(text: string, views: readonly SentenceView[]): ClaimantFound | null {
  const headEnd = paragraphEnd(text, 0);
  for (const view of views.slice(0, HEADLINE_SENTENCES)) {
    const tail = attributionTail(view);
    if (!tail || tail.span.end > headEnd || !ENDS_LINE.test(text.slice(tail.span.end))) continue;
    return { claimant: { name: tail.name ?? null, role: tail.role, channel: null }, span: tail.span, inferred: true };
  }
  return null;
}

const HEADLINE_SENTENCES = 2;
/** Nothing but punctuation, markup or emoji before the end of the line: what stands before it closes its line. */
const ENDS_LINE = /^[^\p{L}\p{N}\n]*(?:\n|$)/u;

/** Which of the body's facts a headline closed by its speaker speaks for (`headSaid` in readFacts): those in the
 *  regions it names, or that name none. A headline that names no region but a country ("Russian drones attack Ukraine
 *  overnight, air force says") speaks for that country's regions only: not for a strike in Belgorod further down. One
 *  that names neither ("Russian attack on village cafe kills 51, Ukraine says": the country that speaks names no
 *  place) speaks for its lead only, the first paragraph below it, as a live page's headline does ("War updates: …"),
 *  whose later paragraphs are other items. */
function headlineLends(
  text: string,
  view: SentenceView,
  own: ClaimantFound,
  places: readonly PlaceMatch[],
  headEnd: number,
): (fact: Fact) => boolean {
  const regions = new Set(places.map((p) => p.code));
  const countries = new Set<string>(
    view.hits.flatMap((h) =>
      h.value.country && (h.end <= own.span.start || h.start >= own.span.end) ? [h.value.country] : [],
    ),
  );
  const until =
    HEADLINE_LABEL.test(text.slice(0, view.span.end)) || (regions.size === 0 && countries.size === 0)
      ? paragraphEnd(text, headEnd)
      : text.length;
  const inPlace = (code: string) =>
    regions.size > 0 ? regions.has(code) : countries.size === 0 || countries.has(code.split('-')[0] ?? '');
  return (fact) => fact.evidence.start < until && (fact.region === null || inPlace(fact.region.code));
}

/** Where a headline ends: the end of the first line, when that line is the report's title (ingest decides what a
 *  title is: "Drones target Kyiv, mayor says" is one, a post's first sentence «Ночью противник атаковал, сообщил
 *  губернатор.» is not) and a blank line sets it off from more text below. Else -1: a text of one line, or lines of a
 *  post with no headline over them, has no headline to speak for the rest. */
function headlineEnd(text: string, title: string | null): number {
  if (title === null) return -1;
  const start = text.search(/\S/u);
  if (start < 0) return -1;
  const end = text.indexOf('\n', start);
  if (end < 0 || text.slice(start, end).trim() !== title.trim()) return -1;
  return /^\n[^\S\n]*\n\s*\S/u.test(text.slice(end)) ? end : -1;
}

/** A headline of a live page or a digest that strings several items together: "…; artillery pounds Nikopol, regional
 *  head says". Its speaker speaks for one item of many, not for the text below. */
const HEADLINE_ITEMS = /;(?:\s|$)/u;
/** A headline that opens with a label and a colon ("War updates: artillery pounds Nikopol, regional head says"): a live
 *  page's, whose first paragraph retells the lead item and whose later ones are other items. A colon must stand
 *  before a space: "10:30" is a time. */
const HEADLINE_LABEL = /:(?:\s|$)/u;

/** The time a headline takes when it names none: the first time of the body's first paragraph (the headline's own
 *  sentence may name it too). A headline summarises the lead below it; a time named only further down dates what its
 *  own paragraph tells, often the story's background: «В ночь на четверг в Ровно дрон попал в склад»
 *  under a headline on the night just ended, «Накануне СМИ сообщили о решении …» two paragraphs under a strike told
 *  that morning. With no title every sentence is body, and the first time of the text is the lead's. */
function leadTime(report: Report, views: readonly SentenceView[]): TimeMatch | null {
  const head = views[0];
  const until = report.title !== null && head ? paragraphEnd(report.text, head.span.end) : report.text.length;
  return views.find((v) => v.times.length > 0 && v.span.start < until)?.times[0] ?? null;
}

/** The lead's first time as the headline and a standfirst take it. The headline summarises the body, and so does a
 *  sentence of the lead paragraph told before that time under a title (a standfirst: "Drones downed over Kursk,
 *  governor says" over "The drones came overnight, he wrote"). Neither takes a time that is the story's background
 *  (`background`: "A similar attack on March 3 damaged two ships", "…a year after a missile killed 20 in the city on
 *  March 14, 2024"), which ingest then dates by the publication; a time told in the headline itself stays its own. */
function leadTimes(
  report: Report,
  views: readonly SentenceView[],
): { headline: TimeMatch | null; standfirst: TimeMatch | null } {
  const first = leadTime(report, views);
  if (!first) return { headline: null, standfirst: null };
  const told = views.find((v) => v.span.start <= first.start && first.end <= v.span.end);
  const past = told !== undefined && told.index > 0 && background(report, told, first);
  const standfirst = report.title !== null && told !== undefined && told.index > 1 && !past;
  return { headline: past ? null : first, standfirst: standfirst ? first : null };
}

/** A lead time that is the story's background: more than two days before publication, or told by a sentence that
 *  names a year before the publication's or tells the past otherwise (`pastClause`). */
function background(report: Report, told: SentenceView, first: TimeMatch): boolean {
  const published = Date.parse(report.published_at);
  if (Date.parse(first.when.end) < published - STANDFIRST_REACH) return true;
  const sentence = report.text.slice(told.span.start, told.span.end);
  const year = new Date(published).getUTCFullYear();
  if (namedYears(sentence, report.lang).some((y) => y < year)) return true;
  return pastClause(report.text, told, report.published_at, report.published_inferred);
}

const STANDFIRST_REACH = 2 * 24 * 3600 * 1000;

/** Where the first paragraph after `from` ends (the text's end when there is no blank line after it). */
function paragraphEnd(text: string, from: number): number {
  const body = text.slice(from).search(/\S/u);
  if (body < 0) return text.length;
  const blank = text.slice(from + body).search(/\n[^\S\n]*\n/u);
  return blank < 0 ? text.length : from + body + blank;
}

/** Every weapon word of the report, in reading order. Loops, not `flatMap`: this runs on every report, and flatMap
 *  made an array per hit. */
function weaponsNamed(views: readonly SentenceView[]): ReportContext['weaponsNamed'] {
  const out: ReportContext['weaponsNamed'] = [];
  for (const v of views)
    for (const h of v.hits)
      if (h.value.weapon)
        out.push({ start: h.start, end: h.end, weapon: h.value.weapon.weapon, model: h.value.weapon.model });
  return out;
}

// The words of a sentence that tells an attack: its weapon words are weapons fired, whatever else it tells. A blast
// tells it too («у Києві пролунали вибухи від ракет Х-101»), and so does a past verb of use (`USED_MEANS`: «противник
// применил ракеты Х-101»; Ukrainian has no such words: they would make strikes of their own through the used-to-strike
// detector, detect/attack.ts).
const ATTACK_WORDS: readonly WordCategory[] = [
  'interception',
  'attack_noun',
  'strike',
  'launched',
  'fired_at',
  'hit',
  'explosion',
];
const USED_MEANS = new RegExp(`(?<![\\p{L}])(?:${anyOf('used_means')}|${anyOf('used_passive')})(?![\\p{L}])`, 'iu');

/** The weapon words of `named` that may type a report's plain "missiles": all but those of a sentence that tells no
 *  attack and names them only as aid (`supplied`: «США нададуть Україні ракети ATACMS», «США поставят Украине
 *  ракеты»; not a verb of permission, «ППО не дозволили ракетам долетіти»), which says nothing of which missiles were
 *  shot down or struck. A bare list («Х-101, Калібр.», «Крилаті ракети Х-101.») types them: a headline or a line of the
 *  weapons used, as a post writes it; a list that names a plain model too («Х-59») leaves them unknown by tidy's own
 *  rule (`plainModel`).
 *  One pass over the sentences and one over `named`, both in reading order. */
function weaponsUsed(
  views: readonly SentenceView[],
  named: ReportContext['weaponsNamed'],
  text: string,
): ReportContext['weaponsNamed'] {
  const out: ReportContext['weaponsNamed'] = [];
  let w = 0;
  for (const v of views) {
    while (w < named.length && named[w]!.start < v.span.start) out.push(named[w++]!);
    const inside: ReportContext['weaponsNamed'] = [];
    while (w < named.length && named[w]!.end <= v.span.end) inside.push(named[w++]!);
    if (inside.length === 0 || !has(v, 'supplied')) {
      out.push(...inside);
      continue;
    }
    const told =
      v.hits.some((h) => ATTACK_WORDS.some((c) => h.value.categories.has(c))) ||
      USED_MEANS.test(text.slice(v.span.start, v.span.end));
    if (told) out.push(...inside);
  }
  while (w < named.length) out.push(named[w++]!);
  return out;
}

/** The report's first hit, in reading order, that `test` accepts (no copy of every hit made to search them). */
function firstHit(views: readonly SentenceView[], test: (h: Hit) => boolean): Hit | undefined {
  for (const v of views) for (const h of v.hits) if (test(h)) return h;
  return undefined;
}

const TARGET_OBJECTS: ReadonlySet<string> = new Set(['energy_infrastructure', 'industrial', 'airport', 'military']);
const PLANT_OBJECTS: ReadonlySet<string> = new Set(['energy_infrastructure', 'industrial']);

/**
 * The ordered detector loop: sentence by sentence, each detector reads the sentence and the context the earlier
 * sentences left (the region and time last named, the last named claimant, the last attack a list continues).
 * Pure: the same report always gives the same facts.
 */
export function extractFacts(input: ExtractInput): Fact[] {
  return readFacts(input).facts;
}

/** The facts, and what the learned step took away from the rules' facts and why (empty with the step off). */
export function extractWithNotes(input: ExtractInput): { facts: Fact[]; notes: LearnedNote[] } {
  const { facts, notes } = readFacts(input);
  return { facts, notes: notes ?? [] };
}

/** The facts, and the indexes of the sentences whose detectors were not run, as telling no event
 *  (detect/event-words.ts): for tests and the bench's notes. */
export function extractQuiet(input: ExtractInput): { facts: Fact[]; quiet: number[] } {
  const { facts, quiet } = readFacts(input);
  return { facts, quiet };
}

/** The rules' facts (the learned step off) and what the learned step's model reads of the report: for training. */
export function extractReading(input: ExtractInput): { facts: Fact[]; reading: Reading } {
  const { facts, reading } = readFacts({ ...input, learned: null }, true);
  return { facts, reading: reading! };
}

function readFacts(
  input: ExtractInput,
  wantReading = false,
): { facts: Fact[]; reading?: Reading; notes?: LearnedNote[]; quiet: number[] } {
  const { report } = input;
  // A war-start word dates by the publication time only when the report states one (refine/historical.ts).
  const published = report.published_inferred ? undefined : report.published_at;
  // «Наслідки нічної атаки на Київський район» on "Kharkiv Mayor (Telegram)": Kharkiv's district, not Kyiv.
  // A forward speaks with its original channel's voice (forwarded_from, a Telegram channel's name or link), never
  // with the forwarding channel's: the air force's post forwarded by a mayor is not the mayor's.
  const forwarded = report.forwarded_from;
  const speaker = forwarded ? null : input.speaker;
  const owner = forwarded
    ? channelClaimant(forwarded, report.lang)
    : (speaker?.claimant ?? publisherClaimant(report, input.telegram === true));
  const home = publisherPlace(report, owner, forwarded ?? (speaker ? speaker.place : report.publisher));
  const views = buildViews(report, input.sentences, input.timeZone, new Set(home ? [home.code] : []));
  const reportFacts: Fact[] = [];
  const named = weaponsNamed(views);
  const lead = leadTimes(report, views);
  const ctx: ReportContext = {
    report,
    lang: report.lang,
    firstTime: lead.headline,
    standfirstTime: lead.standfirst,
    lastTime: null,
    lastPlace: null,
    lastRegions: [],
    fallbackPlace: null,
    lastClaimant: null,
    lastSpeaker: null,
    lastBody: null,
    lastAttack: null,
    allLaunched: new Set(),
    wrecks: new Set(),
    superseded: new Set(),
    weaponsNamed: named,
    weaponsMixedAfter: mixedWeaponsAfter(named),
    facts: reportFacts,
    views,
    factsIn: factsBySentence(reportFacts, views, input.checkIndexes),
    hasFactOfKind: factKinds(reportFacts, input.checkIndexes),
    checkIndexes: input.checkIndexes ?? false,
  };
  for (const view of views) {
    // "…, 12 dead: Kyiv": the capital that closes a headline speaks; it is not where anything happened.
    const tail = attributionTail(view);
    const speaks = (p: PlaceMatch) => tail?.sideOnly === true && p.start >= tail.span.start && p.end <= tail.span.end;
    const front = (p: PlaceMatch) => frontPlace(report.text, view, p);
    view.places = view.places
      .filter((p) => !asState(report.text, view, p) && !speaks(p) && !front(p))
      .flatMap((p) => outskirts(report.text, view, p) ?? []);
  }
  // The last signature wins: it is the post's own, an earlier dash may quote someone. The last lines are counted
  // without a repost's credits left empty by cleaning («Взято у @channel», «Переклав @channel» lose their handle),
  // which name nothing: «Командувач Повітряних Сил … Микола Олещук» above them still signs the post.
  const signed = views.filter((v) => !creditStub(v));
  const signature =
    signed
      .filter((v, i) => i >= signed.length - 2 || v.span.text.includes('—'))
      .map((v) => signatureClaimant(ctx, v))
      .filter((c) => c !== null)
      .pop() ?? null;
  // «Окупанти поцілили по 17 населених пунктах, - Херсонська ОВА», «Україна отримає нові дрони\n, – The Herald.»: a
  // headline closed by its speaker speaks for the post below it, for the facts no sentence of the body attributes
  // (after the post's own signature, which is its author's). Only a tail that ends its line: a dash inside a line
  // may quote someone within the story.
  const headTail = headlineSpeaker(report.text, views);
  // "Drones target Odesa, governor says", "Zaporizhzhia shelled, says regional head": a headline of an attack closed by
  // its speaker and a verb of saying (not a dash) speaks for the post below it, as `headTail` does, but last: only for
  // the facts no sentence of the body attributes, not even by its closing or opening attribution, which the body's
  // own writer set (found in the loop, which finds the sentence's speaker; applied after it). Only a headline that
  // speaks of an attack: "Grain talks to resume, Turkish officials say" tells nothing the body's strike could be. Only
  // where it names (`headlineLends`), and not over a live page's headline of several items ("…; artillery pounds
  // Nikopol, regional head says"), whose speaker speaks for one of them.
  let headSaid = null as { found: ClaimantFound; lends: (fact: Fact) => boolean } | null;
  const headEnd = headlineEnd(report.text, report.title);
  // "Russia Sends Drones at Eastern Ukraine" over "Russia launched a round of strikes …, Ukrainian officials said.": the
  // lead, the body's first sentence, retells the headline's event with its source. A lead that names its speaker and
  // tells of an attack speaks for the headline's facts no sentence attributes, in the regions it names (any, when it
  // names none): after everything the body and the headline said of them themselves (`leadSaid`, applied last).
  let leadSaid = null as { found: ClaimantFound; regions: Set<string>; start: number; end: number } | null;
  // The lead's own speaker, whatever it tells: the voice a side speaking in the headline may have (headlineClaimants).
  let leadVoice = null as ClaimantFound | null;
  let leadRead = false;
  // «Брифінг … Олександра Вілкула за підсумками дня», «Звернення Володимира Зеленського …»: whose briefing or address
  // the post is (detect/address.ts).
  const address = addressSpeaker(report.text, views);
  // A report that names one region only ("…, — губернатор Подмосковья") places facts that name none.
  // Bare adjectives of a list («14 — над Брянской») name regions too: such a report names more than one.
  // A front sector («на Купянском направлении» in a day summary) is where troops fought, not the report's place.
  // A sea counts as a place here: «два – над акваторией Черного моря, один – над Белгородской областью» names two,
  // and the list's total belongs to neither.
  const regionCodes = new Set([
    ...views.flatMap((v) => v.places.filter((p) => !p.front).map((p) => p.code)),
    ...bareRegions(report.text, 0, report.text.length).map((p) => p.code),
  ]);
  const onlyPlace =
    regionCodes.size === 1 ? views.flatMap((v) => v.places).find((p) => p.kind !== 'sea' && !p.front) : undefined;
  // A summary that says where the weapons came from («із напрямків: Курськ…», «райони пусків») or that they struck
  // all over the country («в різних регіонах країни») tells the country's tallies. The one region its hit statement
  // names («влучання … у місті Київ», «Основний напрямок удару – Київ»), or that drones flew towards («у напрямку
  // м.Київ»), is where some of them went, not where the whole tally was shot down.
  const national = views.some((v) => has(v, 'launch_directions') || wholeCountryHits(v, report.text).length > 0);
  const struckThere = (p: PlaceMatch) =>
    views.some(
      (v) =>
        p.start >= v.span.start &&
        p.end <= v.span.end &&
        v.hits.some(
          (h) =>
            (h.value.categories.has('hit') || h.value.categories.has('strike') || h.value.area === 'approaching') &&
            h.end <= p.start,
        ),
    );
  const hitListOnly =
    onlyPlace !== undefined &&
    national &&
    views.every((v) => v.places.every((p) => p.code !== onlyPlace.code || struckThere(p)));
  if (onlyPlace && !hitListOnly) ctx.fallbackPlace = onlyPlace;
  if (home) {
    ctx.lastPlace = home;
    ctx.fallbackPlace ??= home;
  }
  const parts: AttackPart[] = [];
  // The sentences that gave a sign of an attack, and how many facts each told: one whose facts all turn out history
  // is no sign of an attack now (below).
  const signals: { start: number; end: number; told: number; past: boolean }[] = [];
  // «СВУ заложили под днище машины … Взрывом ему оторвало ноги», «вибух газу»: in a report that names a blast that is
  // no air attack (the lexicon's `ground_blast`), a blast word alone is no sign of one.
  const groundBlast = views.some((v) => v.hits.some((h) => h.value.categories.has('ground_blast')));
  // Attribution carries to the following sentences of the same paragraph ("Governor Gusev said a target was
  // destroyed. Debris damaged windows."), never across a line break: a new line may be a new speaker.
  // It stops where a sentence turns to another region: the Kaluga governor does not speak for Moscow.
  let carried: { line: number; through: number; found: ClaimantFound; regions: Set<string>; cited: boolean } | null =
    null;
  // Facts told before anyone is named as their source: a sentence that opens by pointing back («Об этом сообщил мэр
  // Сергей Собянин», «Про це повідомив голова ОВА») names it for them. Like `carried`, only within one line, only
  // for the sentences right before it (one that tells nothing breaks the run: «об этом» means that one), and not for
  // a region the speaker's sentence does not name when it names any.
  let unattributed: { line: number; end: number; facts: Fact[] } = { line: -1, end: 0, facts: [] };
  const breaks = lineBreaks(report.text);
  // A recording's chapter list («00:00 Вступление», «01:28 Ударила ли …»): headings of topics, not events.
  const chapters = contentsLines(report.text);
  const chapter = (view: SentenceView) => chapters.some((c) => view.span.start >= c.start && view.span.start < c.end);
  // The open weapon list (detect/weapon-list.ts); the header sums its lines replace go to ctx.superseded.
  let list: WeaponListHeader | null = null;
  const headers: WeaponListHeader[] = [];
  // The last sentence that told anything, and the closing attributions at or after it (`closesSentence`).
  let lastTold = -1;
  // The body's lead paragraph (its first; the one right under a headline, which the headline sums up).
  const leadEnd = paragraphEnd(report.text, headEnd < 0 ? 0 : headEnd);
  const story = new PastStory(report.published_at);
  // Assigned inside read(): a plain annotation would narrow it to null for the code after the loop.
  let closing = null as { found: ClaimantFound; regions: Set<string> } | null;
  // «За повідомленням Генштабу, …», «По данным Минобороны России, …» opening the post: the source it opens with speaks
  // for the post's facts that no sentence attributes, as a headline's closing speaker does (`headTail`), limited as
  // the closing attribution is: to the regions the opening sentence names (to its own line when it names none), and
  // only up to the first later sentence with a source of its own.
  let opening = null as {
    found: ClaimantFound;
    regions: Set<string>;
    line: number;
    until: number;
    cited: boolean;
  } | null;
  // Every office named with its holder, in a sentence that tells a fact or not, and in the signature.
  const mentions: OfficeMention[] = [];
  // A signature's office too only when held now («Экс-губернатор Старовойт найден мертвым» as a last line is none).
  const signedView =
    signature && views.find((v) => v.span.start <= signature.span.start && signature.span.end <= v.span.end);
  const signedBy =
    signature && signedView && heldNow(report.text, signedView.span.start, signature.span)
      ? officeMention(signature, [], false, true)
      : null;
  if (signedBy) mentions.push(signedBy);
  const factsHere = ctx.factsIn;
  const quietOnes: number[] = [];
  const read = (view: SentenceView) => {
    // «Київський район» of Kharkiv is not Kyiv: once a report has named its place, a district named after another
    // region's town is a city district, not a region.
    // The same holds within one sentence that has named its city before the district (`districtOfNamedCity`). Not
    // a district of the region around a city that is a region of its own: «Київ … У Броварському районі» is Kyiv oblast.
    const inCity = (p: PlaceMatch) =>
      (isDistrict(p) &&
        ctx.lastPlace !== null &&
        ctx.lastPlace.code !== p.code &&
        SURROUNDING[ctx.lastPlace.code] !== p.code) ||
      districtOfNamedCity(p, view.places);
    const village = (p: PlaceMatch) =>
      p.kind === 'city' &&
      ctx.lastPlace !== null &&
      ctx.lastPlace.code !== p.code &&
      SETTLEMENT_BEFORE.test(report.text.slice(Math.max(0, p.start - 24), p.start));
    // «Над Севастополем … сбиты два БПЛА в районе Любимовки»: a small town of another region, after the sentence has
    // named its place, is most likely a village of that place the gazetteer lacks. Not a village or site of the
    // city-region after a town of the region around it: «удари по аеродромах Саки і Кача» names Sevastopol's airfield
    // beside a Crimean town's, not a namesake elsewhere. After the region itself the village still goes: a region told
    // apart from a village keeps the facts (places20: «Над Ленинградской областью сбиты …, обломки упали в Репино»).
    const namedFirst = view.places.find((p) => p.kind !== 'sea');
    const namesake = (p: PlaceMatch) =>
      p.kind === 'city' &&
      namedFirst !== undefined &&
      p !== namedFirst &&
      p.start > namedFirst.end &&
      p.code !== namedFirst.code &&
      !(namedFirst.kind === 'city' && SURROUNDING[p.code] === namedFirst.code) &&
      (p.population ?? 0) < SMALL_TOWN;
    // «по Водолагам, Стецьківці, Хотині … Сумської області»: villages listed before the region they lie in. A small
    // town of that list whose namesake the gazetteer places in another region is one the gazetteer lacks. A district
    // after the village owns it the same way: «в селе Никольское Белгородского района» is a Belgorod village, not the
    // Leningrad-Oblast town of that name («в хуторе Масаловка Каменского района», «в посёлке Лужковский Суворовского
    // района»).
    // Told as a village («в селе», «в посёлке») with its owner right after, a town of any size elsewhere is a
    // namesake: «в посёлке Октябрьский Белгородского района» is not Oktyabrsky of Bashkortostan (108,000 people).
    const ownedElsewhere = (p: PlaceMatch) =>
      p.kind === 'city' &&
      ((p.population ?? 0) < SMALL_TOWN ||
        SETTLEMENT_BEFORE.test(report.text.slice(Math.max(0, p.start - 24), p.start))) &&
      view.places.some(
        (r) =>
          (r.kind === 'region' || isDistrict(r)) &&
          r.start > p.end &&
          r.code !== p.code &&
          OWNER_GAP.test(report.text.slice(p.end, r.start)),
      );
    // The big city the sentence named before a place, else the one the text spoke of last: a city district named
    // after another town there is that city's place (`asCityDistrict`), not dropped.
    const cityBefore = (p: PlaceMatch) =>
      view.places.findLast((c) => c.end <= p.start && c.kind === 'city' && !isDistrict(c)) ?? ctx.lastPlace;
    const cityDistricts = new Set<PlaceMatch>();
    view.places = view.places
      .map((p) => {
        const city = cityBefore(p);
        const owned = inCity(p) ? asCityDistrict(p, city, city !== null && view.places.includes(city)) : undefined;
        if (owned) cityDistricts.add(owned);
        return owned ?? p;
      })
      .filter((p) => cityDistricts.has(p) || (!inCity(p) && !village(p) && !namesake(p) && !ownedElsewhere(p)));
    // «херсонці» in a post that has named no place: their city's region is the context of the facts that name none.
    // Two regions' people in one sentence («Кияни збирають допомогу херсонцям») name no one place.
    if (ctx.lastPlace === null && ctx.lastRegions.length === 0 && view.places.length === 0) {
      const people = view.hits.filter((h) => h.value.residents !== undefined);
      const one = new Set(people.map((h) => h.value.residents)).size === 1 ? people[0] : undefined;
      const region = one?.value.residents ? regionPlace(one.value.residents) : undefined;
      if (one && region) ctx.lastPlace = { ...region, start: one.start, end: one.end, text: one.text };
    }
    if (ctx.lastFrame && view.places.length === 0 && PENINSULA.test(report.text.slice(view.span.start, view.span.end)))
      ctx.lastPlace = ctx.lastFrame;
    const places = candidatePlaces(ctx, view);
    const line = lowerBound(breaks, view.span.start);
    const own = findClaimant(ctx, view, view.places);
    // Where a named holder holds office: the places of the title between office and name alone («Губернатор
    // Белгородской области Смирнов прибыл в Курск» is no Kursk governor), else the officials data (officeMention);
    // the sentence's places, or the place the text spoke of before, only for the report's own closing attribution
    // («…, — губернатор Смирнов.»): a governor named with no title place may be anyone's ("Ukrainian governor …
    // reported shelling", «Губернатор Иванов из соседней области …», «Губернатор Петров прибыл в Курск из Белгорода»,
    // "Belgorod governor Ivan Petrov visited Kursk", whose title place stands before the office). A fact's own named
    // claimant holds its fact's region only (officeHolders), not every place of its sentence.
    const officePlaces = view.places.filter((p) => p.kind !== 'sea');
    for (const named of namedOffices(ctx, view)) {
      const title = named.titlePlaces.filter((p) => p.kind !== 'sea');
      const told = officePlaces.length > 0 ? officePlaces : ctx.lastPlace ? [ctx.lastPlace] : [];
      const fallback = named.closing ? told : [];
      const mention = officeMention(named.found, title.length > 0 ? title : fallback, title.length > 0);
      if (mention) mentions.push(mention);
    }
    // On a channel with a voice of its own (the governor's, a source row's `speaker`), a source it cites («По данным
    // Минобороны, …») speaks for the tally it gives («Ще 2 ракети збито над Харковом», «Всего — 15» go on with it),
    // not for what the channel itself sees on the ground: the damage, fire and casualties told after it that name no
    // one are the channel's (`groundEffect`).
    const citedOnly = owner !== null && own !== null && !own.inferred && cited(report.text, view, own.span);
    if (view === views[0] && own && !own.inferred && opensWithSource(report.text, view))
      opening = {
        found: own,
        regions: new Set(places.map((p) => p.code)),
        line,
        until: report.text.length,
        cited: citedOnly,
      };
    else if (opening && own && !own.inferred && opening.until === report.text.length) opening.until = view.span.start;
    if (own && !own.inferred) {
      // «Минобороны РФ:» alone on its line heads the quote below it: the speaker holds through the next line of text.
      const next = /[\p{L}\p{N}]/u.exec(report.text.slice(view.span.end));
      const heading =
        next !== null &&
        /:[^\p{L}\p{N}]*\n[^\p{L}\p{N}]*$/u.test(report.text.slice(view.span.start, view.span.end + next.index));
      const through = heading ? lowerBound(breaks, view.span.end + next.index) : line;
      carried = { line, through, found: own, regions: new Set(places.map((p) => p.code)), cited: citedOnly };
      // «…, летевшего на Москву.\n\nОб этом сообщил мэр столицы …»: a paragraph that opens with the back reference
      // speaks of the sentences right before it, in the paragraph before.
      const adjacent =
        unattributed.line === line ||
        (unattributed.facts.length > 0 &&
          /^[^\p{L}\p{N}]*\n[^\p{L}\p{N}]*$/u.test(report.text.slice(unattributed.end, view.span.start)));
      if (pointsBack(report.text, view) && adjacent) {
        const named = new Set(places.map((p) => p.code));
        for (const fact of unattributed.facts)
          if (named.size === 0 || (fact.region !== null && named.has(fact.region.code)))
            applyClaimant(fact, { ...own, inferred: true });
      }
      unattributed = { line, end: view.span.end, facts: [] };
    }
    const stays = carried !== null && places.every((p) => carried!.regions.size === 0 || carried!.regions.has(p.code));
    const holds = carried !== null && line >= carried.line && line <= carried.through;
    const claimant = own ?? (holds && stays ? { ...carried!.found, inferred: true } : null);
    // "…, while the governor of the Kharkiv region said two people were injured": a clause with a speaker of its own.
    const clauses = own && !own.inferred ? clauseSpeakers(ctx, view) : [];
    let told = 0;
    // A sentence with no word of an event (and no list open) yields no fact: its detectors are not run at all, which
    // spares most sentences of a long article (reactions, budgets, schools) the whole chain of readings. Under
    // `checkIndexes` they run all the same, and a fact read from one throws below.
    const quiet = list === null && tellsNoEvent(ctx, view, places);
    if (quiet) quietOnes.push(view.index);
    if ((!quiet || ctx.checkIndexes) && !vetoed(report.text, view) && !chapter(view)) {
      // A line of a weapon list takes the place of the sentence's own reading; the header's sums go.
      const listed = list ? weaponListLine(ctx, view, list) : null;
      if (list && listed) for (const sum of list.sums) ctx.superseded.add(sum);
      else list = null;
      // A sentence whose semicolon clauses tell events apart is read clause by clause (detect/attack.ts eventClauses).
      const whole = listed ?? semicolonAttacks(ctx, view, places) ?? detectAttacks(ctx, view, places);
      // A clause with its own verb and place that the sentence's reading left without a fact is read alone
      // (detect/clause-attacks.ts): "drones hit Kharkiv and missiles struck Odesa".
      const extra = listed
        ? []
        : clauseAttacks(
            ctx,
            view,
            places,
            whole.map((a) => a.fact).filter((f) => !ctx.superseded.has(f)),
          );
      const attacks = [...whole, ...extra];
      parts.push(...attacks);
      if (!listed) {
        list = weaponListHeader(
          ctx,
          view,
          attacks.map((a) => a.fact),
        );
        if (list) headers.push(list);
      }
      const downed = downedAircraft(ctx, view, places);
      // «Також збито 1 літак Су-34» after a count of drones: the number the aircraft takes counts no weapon carried
      // from the sentence before.
      const claimed = (f: Fact) =>
        downed.some(
          (d) => d.fields.count?.start === f.fields.count?.start && d.fields.count?.end === f.fields.count?.end,
        );
      for (const a of attacks) if (a.fact.fields.count && claimed(a.fact)) ctx.superseded.add(a.fact);
      const effects = detectEffects(ctx, view, places);
      // A list item or clause with its own blast, fire or damage and its own place («вибух на підстанції у Бердянську»
      // after «атака дронами») is read alone when the sentence's reading placed nothing there.
      const extraEffects = clauseEffects(ctx, view, places, [
        ...attacks.map((a) => a.fact).filter((f) => !ctx.superseded.has(f)),
        ...downed,
        ...effects,
      ]);
      effects.push(...extraEffects);
      const facts = [
        ...attacks.map((a) => a.fact).filter((f) => !ctx.superseded.has(f)),
        ...downed,
        ...effects,
        ...detectCasualties(ctx, view, places),
        ...detectAirports(ctx, view, places),
        ...detectAlerts(ctx, view, places),
      ];
      // A clause read alone keeps to its side of a semicolon: "one killed in strikes on Izmail; Moscow says it thwarted
      // a drone attack" is no statement of Moscow's on Izmail.
      const clauseRead = new Set([...extra.map((a) => a.fact), ...extraEffects]);
      for (const fact of facts) {
        applyWhen(fact, view, ctx);
        const channelsOwn = !own && carried?.cited === true && groundEffect(fact);
        const trigger = fact.fields.kind?.start ?? fact.evidence.start;
        const clause = clauses.find((c) => trigger >= c.start && trigger < c.end);
        const speaker =
          (claimant && clauseRead.has(fact) && acrossSemicolon(report.text, fact, claimant.span)) || channelsOwn
            ? null
            : (clause?.found ?? claimant);
        applyClaimant(fact, speaker ?? signature ?? address ?? headTail);
        if (clause && otherClausePlace(fact, view, clause, report.text)) clearPlace(fact);
        if (filedOnly(fact, view)) clearPlace(fact);
        applyCountry(fact, view, report.text);
      }
      if (claimant || unattributed.line !== line) unattributed = { line, end: view.span.end, facts: [] };
      if (!claimant) {
        unattributed.facts.push(...facts);
        unattributed.end = view.span.end;
      }
      told = facts.length;
      if (quiet && attacks.length + downed.length + facts.length > 0)
        throw new Error(`a sentence read as telling no event told a fact: ${view.span.text}`);
      // A blast is news of its own («вибух на складі»), even before anyone says what caused it.
      // «Лише за вчора ворог 17 разів обстріляв селище»: a verb of striking tells an attack, even with no place.
      const signal = (h: Hit) =>
        h.value.weapon ||
        h.value.categories.has('attack_noun') ||
        (h.value.categories.has('explosion') && !groundBlast) ||
        h.value.categories.has('strike');
      // «Збито ворожий літак Су-25»: an aircraft shot down is an event of the air war too.
      if (attacks.length > 0 || downed.length > 0 || view.hits.some(signal))
        signals.push({
          start: view.span.start,
          end: view.span.end,
          told: facts.length,
          past: datedLongAgo(report.text, view, published),
        });
    }
    if (
      !headTail &&
      headSaid === null &&
      own &&
      !own.inferred &&
      view.span.end <= headEnd &&
      !HEADLINE_ITEMS.test(report.text.slice(0, view.span.end)) &&
      ENDS_LINE.test(report.text.slice(view.span.end)) &&
      (closesAfterSpeaker(report.text, view, own) || closesSentence(report.text, view, own)) &&
      view.hits.some(tellsAttack)
    )
      headSaid = { found: { ...own, inferred: true }, lends: headlineLends(report.text, view, own, places, headEnd) };
    if (headEnd >= 0 && !leadRead && view.span.start > headEnd) {
      leadRead = true;
      if (own && !own.inferred) leadVoice = own;
      // Not under a headline of several items ("Ukraine war live: missiles hit Kyiv; drones strike Odesa"): its lead
      // retells one item of many, if any. A live page's label alone ("War updates: drones hit Odesa") still heads
      // its first paragraph, as `headlineLends` reads it the other way round.
      if (
        leadRetellsHeadline(report.lang) &&
        !HEADLINE_ITEMS.test(report.text.slice(0, headEnd)) &&
        own &&
        !own.inferred &&
        speaksOfAttack(report.text, view, own.span)
      )
        leadSaid = {
          found: { ...own, inferred: true },
          regions: new Set(places.map((p) => p.code)),
          start: view.span.start,
          end: view.span.end,
        };
    }
    if (told === 0) unattributed = { line, end: view.span.end, facts: [] };
    if (told > 0) {
      lastTold = view.span.start;
      if (closing && closing.found.span.end <= view.span.start) closing = null;
    }
    if (
      own &&
      !own.inferred &&
      view.span.start >= lastTold &&
      (closesSentence(report.text, view, own) ||
        pointsBack(report.text, view) ||
        // "The overnight attack set grain silos ablaze, regional officials said.": only a sentence that tells
        // something itself. "Grain talks will resume …, Turkish officials said." speaks of something else, under a
        // headline or after a told sentence alike (a lead that refers back, "The attack …", is `pointsBack`).
        (closesAfterSpeaker(report.text, view, own) && told > 0))
    )
      closing = { found: own, regions: new Set(places.map((p) => p.code)) };
    // "Officials warned drones could hit refineries, while air defences shot down 12 over Kursk": a modal word
    // cancels the facts of its own clause only; so does ground combat, which is no air attack («… сбиты 12
    // беспилотников, ещё один упал возле окопов»).
    // These vetoes read only the facts whose evidence starts in this sentence (`here`, grouped as they come).
    const here = factsHere(view);
    for (const fact of clauseFacts(report.text, view, here, CLAUSE_VETOES)) ctx.superseded.add(fact);
    // "drones used by Russia in its attacks on …": a weapon told by what it is for tells no strike (refine/described-use.ts).
    for (const fact of describedUse(report.text, view, here)) ctx.superseded.add(fact);
    for (const fact of plannedOutages(report.text, view, here)) ctx.superseded.add(fact);
    for (const fact of hedgedAttacks(report.text, view, ctx.facts, report.lang)) ctx.superseded.add(fact);
    // "At 9 a.m. on March 3 last year, a missile hit the school", «В прошлом месяце «Шахед» попал в их гараж»: a
    // word that dates its clause well before the report's week makes its facts history, as a past year does, even in
    // a post with no date of its own.
    for (const fact of longAgoFacts(report.text, view, here, published)) fact.historical = true;
    // «Около 900 тысяч потеряли ВСУ с начала СВО»: a count over the whole war is a tally, not this week's event.
    for (const fact of tallyFacts(report.text, view, here, ordinalPattern(report.lang), report.published_at))
      fact.historical = true;
    // «В прошлом месяце «Шахед» убил девушку …» heading a retelling of that night: the body's later sentences that
    // refer back to it («В тот вечер, когда дрон попал …») tell the same past (refine/historical.ts).
    if (view.span.start > headEnd && !story.settled()) {
      const own = here.filter((f) => !ctx.superseded.has(f));
      for (const fact of story.read(report.text, view, own, view.span.start < leadEnd)) fact.historical = true;
    }
    // A question that closes a sentence after a colon or a dash cancels its own clause only.
    const asks = questionFrom(report.text, view);
    if (asks !== undefined && asks > view.span.start)
      for (const fact of ctx.facts)
        if (
          fact.evidence.start >= view.span.start &&
          (fact.fields.kind?.start ?? -1) >= asks &&
          (fact.fields.kind?.start ?? -1) < view.span.end
        )
          ctx.superseded.add(fact);
    const last = view.times[view.times.length - 1];
    // A date that begins after publication («оголосили 15 червня днем жалоби» in a post of the 14th, a funeral
    // tomorrow) tells what is to come, never when the attack told next happened: it is not handed on.
    if (last && published !== undefined && Date.parse(last.when.start) > Date.parse(published)) ctx.lastTime = null;
    else if (last) ctx.lastTime = finerNight(report.text, last, view.times);
    // A sentence naming several regions («у Полтавській, Харківській і Київській областях») leaves no one region
    // for the next sentence to mean.
    // The frame is not handed on as the place (the village is): only a next sentence naming the peninsula reads it.
    const left = places;
    if (view.frames?.length) ctx.lastFrame = view.frames[view.frames.length - 1] ?? null;
    else if (places.length > 0) ctx.lastFrame = null;
    const regionsNamed = left.filter((p) => p.kind !== 'sea');
    const listed = regionsNamed.some(
      (p, i) =>
        i > 0 &&
        regionsNamed[i - 1]!.code !== p.code &&
        (inOneList(report.text, regionsNamed[i - 1]!, p) || span(report.text, regionsNamed[i - 1]!, p)),
    );
    // «більшість – у напрямку м.Житомир»: where drones flew is not where the next sentence's tally was made.
    const heading = (p: PlaceMatch) =>
      view.hits.some((h) => h.value.area === 'approaching' && h.end <= p.start && p.start - h.end <= 12);
    // The place of another day's event ("day after its attack on Kyiv") is not the one the next sentence means.
    const anchors = here.flatMap((f) => (f.fields.kind ? [f.fields.kind] : []));
    let lastPlace: PlaceMatch | undefined;
    for (let i = left.length - 1; i >= 0 && lastPlace === undefined; i--) {
      const p = left[i]!;
      if (p.kind !== 'sea' && !heading(p) && !datedElsewhere(report.text, view, anchors, p)) lastPlace = p;
    }
    if (listed) {
      ctx.lastPlace = null;
      ctx.lastRegions = left.filter((p) => p.kind !== 'sea');
    } else if (lastPlace) ctx.lastPlace = lastPlace;
    // Nor is it the report's only place for the sentences after (locate's `dated` guards only its own sentence).
    const fallback = ctx.fallbackPlace;
    if (
      fallback &&
      fallback.start >= view.span.start &&
      fallback.end <= view.span.end &&
      datedElsewhere(report.text, view, anchors, fallback)
    )
      ctx.fallbackPlace = null;
    if (own && !own.inferred) {
      const gap = (h: { start: number; end: number }) => Math.max(h.start - own.span.end, own.span.start - h.end, 0);
      const verb = hitsOf(view, 'said').sort((a, b) => gap(a) - gap(b))[0];
      ctx.lastSpeaker = {
        claimant: own.claimant,
        span: own.span,
        ...(verb ? { verb: report.text.slice(verb.start, verb.end).split(/\s+/u)[0] } : {}),
        regions: places.filter((p) => p.code.includes('-')).map((p) => p.code),
      };
      if (own.claimant.name) ctx.lastClaimant = ctx.lastSpeaker;
    }
    // A person named by role alone («сообщил губернатор») is no body a later «ведомство» points back to.
    if (own && !own.inferred && own.body && !own.claimant.name && own.claimant.role) {
      ctx.lastBody = { claimant: own.claimant, span: own.span };
    }
  };
  // «⚡️ ЗБИТО/ПОДАВЛЕНО 3 РАКЕТИ Х-101 ТА 74 ВОРОЖИХ БПЛА» over a body that tells it all again: a shouted first line
  // is a title. It is read only when the body gives no attack of its own, so its sums never double the body's parts.
  const title = shoutedTitle(report.text, views[0]);
  for (const view of views) if (view !== title) read(view);
  if (title && !ctx.facts.some((f) => f.kind === 'interception' || f.kind === 'strike')) read(title);
  // «…\n\nФрагменты … упали …, сообщили в Минобороны РФ.»: the post's closing attribution speaks for the facts no
  // sentence attributes, in the regions it names (any, when it names none).
  if (closing) {
    const { found, regions } = closing;
    for (const fact of ctx.facts)
      if (!fact.claimant && (regions.size === 0 || fact.region === null || regions.has(fact.region.code)))
        applyClaimant(fact, { ...found, inferred: true });
  }
  if (opening) {
    const { found, regions, line, until, cited } = opening;
    const covered = (fact: Fact) =>
      (!cited || !groundEffect(fact)) &&
      (regions.size === 0
        ? lowerBound(breaks, fact.evidence.start) === line
        : fact.region === null || regions.has(fact.region.code));
    for (const fact of ctx.facts)
      if (!fact.claimant && fact.evidence.start < until && covered(fact))
        applyClaimant(fact, { ...found, inferred: true });
  }
  if (headSaid) {
    const { found, lends } = headSaid;
    for (const fact of ctx.facts) if (!fact.claimant && lends(fact)) applyClaimant(fact, found);
  }
  if (leadSaid) {
    const { found, regions, start, end } = leadSaid;
    // "Ukraine downs 18 drones" over "The air force said it had shot down 14 …": a tally the lead's speaker gives
    // otherwise is another count, maybe another source's; the headline's keeps no speaker.
    const lead = ctx.facts.filter((f) => f.evidence.start >= start && f.evidence.end <= end);
    const otherTally = (fact: Fact) =>
      fact.count !== null &&
      lead.some(
        (f) =>
          f.kind === fact.kind &&
          f.region?.code === fact.region?.code &&
          f.count !== null &&
          !sameCount(f.count, fact.count!),
      );
    for (const fact of ctx.facts)
      if (
        !fact.claimant &&
        fact.evidence.end <= headEnd &&
        (regions.size === 0 || fact.region === null || regions.has(fact.region.code)) &&
        !otherTally(fact)
      )
        applyClaimant(fact, found);
  }
  for (const fact of story.title(ctx.facts.filter((f) => !ctx.superseded.has(f) && f.evidence.end <= headEnd)))
    fact.historical = true;
  // The sentence a fact's evidence starts in (sentences do not overlap).
  const viewOf = (fact: Fact) =>
    views.find((v) => v.span.start <= fact.evidence.start && fact.evidence.start < v.span.end);
  // "Missile strikes across Ukraine": a fact whose clause tells a nationwide wave keeps no region of the lead's.
  const toldNationwide = (fact: Fact) => {
    const v = viewOf(fact);
    return v !== undefined && factNationwide(v, report.text, fact);
  };
  // "Shelling of Russian Village Kills Two": a headline fact put in an unnamed place of one country takes no region of
  // the other from the lead.
  const toldElsewhere = (fact: Fact, code: string) => {
    const v = viewOf(fact);
    return v !== undefined && placedElsewhere(v, report.text, code);
  };
  keepLaunched(ctx.facts, ctx.superseded);
  let facts = partsSpeakers(
    markHistorical(
      breakdownsAfter(
        earlierWeapons(
          officeHolders(
            // Before tidying: a headline's copy of a body fact takes the body's speaker while the body's copy is
            // still there to give it ("Russia says it shot down 40 drones" over "Russia's Defence Ministry said …").
            tidyFacts(
              headlineClaimants(
                pairCasualties(
                  listedWeapons(
                    sharedCounts(
                      mergeParts(
                        headlinePlaces(
                          ctx.facts.filter((f) => !ctx.superseded.has(f)),
                          { headEnd, leadEnd, nationwide: toldNationwide, elsewhere: toldElsewhere },
                        ),
                        parts.filter((p) => !ctx.superseded.has(p.fact)),
                        report.text,
                        ctx.allLaunched,
                        ctx.wrecks,
                        report.lang,
                      ),
                      report.text,
                    ),
                    ctx.weaponsNamed,
                    views,
                    report.text,
                    report.lang,
                  ),
                  report.text,
                ),
                report.text,
                views,
                leadVoice,
              ),
              weaponsUsed(views, ctx.weaponsNamed, report.text),
              (blast) => DEFENCE_BLAST.test(viewOf(blast)?.span.text ?? ''),
            ),
            mentions,
          ),
          ctx.weaponsNamed,
          views,
          report.text,
        ),
        views,
      ),
      report.published_at,
      report.published_inferred,
      report.text,
      views,
    ),
    views,
  );
  facts = totalsAfterParts(facts, views);
  facts = officeRegions(facts, views, report.text);
  if (owner) for (const fact of facts) applyPublisher(fact, owner);
  // A style phrase of a list header («Вночі силами ППО знищено:») speaks only over the lines of its list.
  const overList = (h: Hit) => headers.some((l) => l.linesRead && l.start <= h.start && h.end <= l.end);
  const style = firstHit(views, (h) => h.value.style !== undefined && (!h.value.styleOverList || overList(h)));
  if (style?.value.style) {
    const found: ClaimantFound = {
      claimant: { name: null, role: style.value.style, channel: null },
      span: { start: style.start, end: style.end, text: style.text },
      inferred: true,
    };
    for (const fact of facts) if (!fact.claimant) applyClaimant(fact, found);
  }
  if (facts.length > 0)
    looseWeaponFields(
      report.text,
      views.flatMap((v) => v.hits),
      facts,
    );
  facts = nationalTallies(facts, views, report.lang);
  facts = partsOfWhole(facts, report.text, views);
  facts = attacksIntercepted(facts, report.lang, headEnd, report.text);
  facts = strikeHits(facts, report.text);
  facts = carriedCountry(facts, views, report.text);
  markCorrections(facts, report.lang);
  markToldBefore(facts, views);
  liftingsAfterClosures(facts, report.published_at);
  markStatedWhen(facts);
  const publishedMs = report.published_inferred ? Number.NaN : Date.parse(report.published_at);
  for (const fact of facts) {
    // «"Укрэнерго" с 18 ноября вводит графики отключений» in a post of the 17th: a window that opens after the report
    // was published is a plan or a schedule, not when what it tells happened; the fact keeps no window of its own.
    // Not an airport's or an alert's: a post updated later tells its lifting at a later clock («Ограничения сняты в
    // 04:30» added to a post of 02:00), and a closure may be announced ahead.
    if (
      fact.when &&
      fact.kind !== 'airport_disruption' &&
      fact.kind !== 'alert' &&
      Date.parse(fact.when.start) > publishedMs + FUTURE_MARGIN_MS
    ) {
      fact.when = null;
      delete fact.fields.when;
    }
    const region = fact.fields.region;
    if (home && region && region.start === 0 && region.end === 0 && region.text === '') region.from = 'publisher';
    // "the city administration said" of Belgorod: a military administration is Ukraine's wartime office; a Russian
    // region's administration speaking is an official.
    if (fact.claimant?.role === 'military_administration' && fact.region?.code.startsWith('RU-'))
      fact.claimant = { ...fact.claimant, role: 'official' };
  }
  // Effects without any attack in the report (a kitchen fire, a storm's power cut) are not ours to record.
  // A fire at an oil depot, a substation or an airfield («Пожежа на нафтобазі в Іловайську») is the news itself in
  // these reports, told before anyone names its cause; a fire at a home or a shop with no attack is not. So is damage
  // to a plant or the grid («В … области повреждена подстанция», «пошкоджено нафтопровід»), not to a plane's
  // windscreen or a home.
  const targetEffect = (f: Fact) =>
    f.object !== null &&
    ((f.kind === 'fire' && TARGET_OBJECTS.has(f.object)) || (f.kind === 'damage' && PLANT_OBJECTS.has(f.object)));
  // «В частности, он обстрелял Житомир „Калибрами“ в марте 2023 года» in a story of a car bomb: in a report that names a
  // blast of no air attack (`ground_blast`), a sentence whose facts are all history (of those that are left), or that a
  // word of long ago dates and that told none, tells no attack of the report's week, so it is no sign that the report's
  // blasts and fires come from one. Only there: elsewhere an earlier attack recalled is the usual lead of a fresh one
  // told with no weapon ("In 2022 a missile hit the port. Overnight the port was damaged again"), and a long-ago word
  // may wrongly date a fresh attack («Как и год назад, Харьков снова атакован»); dev holds one text of the car bomb
  // shape; the one other, a fire in a mother's words under «В прошлом месяце «Шахед» убил …», is left a miss.
  const final = (s: { start: number; end: number }) =>
    facts.filter((f) => f.evidence.start >= s.start && f.evidence.start < s.end);
  // The history itself stays, marked, as it would beside news (refine/historical.ts).
  const attackSignal = signals.some(
    (s) => !groundBlast || (s.told === 0 ? !s.past : final(s).length === 0 || final(s).some((f) => !f.historical)),
  );
  // A toll told as risen in a named place («кількість поранених зросла до 21») is the next step of an attack's toll.
  // One told as a correction is only where the report names the air war (an alarm, the signals above being none):
  // "Correction: … in the bus crash", «Уточнення: внаслідок отруєння газом …» correct other news.
  const airTold = views.some((v) => v.hits.some((h) => h.value.categories.has('alert')));
  if (!attackSignal && !facts.some(targetEffect))
    facts = facts.filter(
      (f) =>
        f.kind === 'airport_disruption' ||
        f.kind === 'alert' ||
        tollRisen(f) ||
        (airTold && tollCorrected(f)) ||
        (signals.length > 0 && f.historical),
    );
  const model = input.learned ?? null;
  const reading = model || wantReading ? readReport(report.text, report.lang, views, facts) : undefined;
  // The learned step (extract/learn/step.ts) adds a kind the model reads in the report and the rules found no fact of.
  const notes: LearnedNote[] = [];
  if (model && reading) {
    const before = new Set(facts);
    facts = applyLearned(model, ctx, reading, facts, notes);
    if (owner) for (const fact of facts) if (!before.has(fact)) applyPublisher(fact, owner);
  }
  return {
    facts: facts.map((f, i) => ({ ...f, id: `${report.id}:f${i}` })),
    ...(reading ? { reading } : {}),
    ...(notes.length > 0 ? { notes } : {}),
    quiet: quietOnes,
  };
}

/** «121 ударний БпЛА було запущено, з них 87 збито над Київщиною»: the sentence's whole («121 …, 87 destroyed») gives
 *  way to its placed twin (87 over Kyiv region); the number launched it read goes to the twin, which has none, rather
 *  than go with it. The twin is of the same sentence, kind, weapon and destroyed count. */
function keepLaunched(facts: readonly Fact[], superseded: ReadonlySet<Fact>): void {
  for (const gone of superseded) {
    if (gone.launched === null || !gone.fields.launched || gone.count === null) continue;
    const twin = facts.find(
      (f) =>
        !superseded.has(f) &&
        f.launched === null &&
        f.kind === gone.kind &&
        f.weapon === gone.weapon &&
        f.count !== null &&
        sameCount(f.count, gone.count!) &&
        f.evidence.start === gone.evidence.start,
    );
    if (!twin) continue;
    twin.launched = gone.launched;
    twin.fields.launched = gone.fields.launched;
  }
}

/** A line of one or two words that names nothing and holds no name (no word capitalised after its first, no lexicon
 *  word, place or number): what is left of a credit once its handle is cleaned away («Взято у», «Переклав»). */
function creditStub(view: SentenceView): boolean {
  // The view's own lists first: nearly every sentence has a hit, a place or a number, and splitting its text into
  // words for every sentence of every report cost about half a percent of extraction.
  if (view.hits.length > 0 || view.places.length > 0 || view.numbers.length > 0) return false;
  const words = view.span.text.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  return words.length <= 2 && !words.slice(1).some((w) => /^\p{Lu}/u.test(w));
}

/** An office and its holder's name that a sentence or a signature gives («Других подробностей губернатор Олег Седов
 *  не привел», «— губернатор Артамонов.»), for refine/office-holder.ts. The role is the text's, else the
 *  officials data's; the regions are those of the title (`titled`: «губернатор Белгородской области Смирнов»), else the
 *  office's in the officials data when it knows the name in that role, else the places given (see the caller). None
 *  known: no mention, but for a signature (`signed`). A governor of a Ukrainian oblast heads its military
 *  administration, as `applyClaimant` reads it. */
function officeMention(
  found: ClaimantFound,
  places: readonly PlaceMatch[],
  titled = false,
  signed = false,
): OfficeMention | null {
  const name = found.claimant.name;
  if (!name) return null;
  const known = official(name);
  const role = found.claimant.role ?? known?.role ?? null;
  if (!role) return null;
  const regions =
    !titled && known && known.role === role && known.region.includes('-')
      ? [known.region]
      : places.length > 0
        ? places.map((p) => p.code)
        : [null];
  // A holder of no known region names nothing, but a signature, the report's own: its facts are its region's.
  if (regions[0] === null && !signed) return null;
  const ukrainian = regions.every(militaryAdministration);
  return {
    claimant: { ...found.claimant, role: role === 'governor' && ukrainian ? 'military_administration' : role },
    span: found.span,
    regions,
    places: places.map((p) => p.name),
  };
}
