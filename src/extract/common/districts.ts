import cityDistricts from '../../../data/gazetteer/city-districts.json' with { type: 'json' };
import { anyOf } from '../grammar.ts';
import { findPlaces, isNominative, type PlaceMatch, regionPlace, SURROUNDING, townsNamed } from './gazetteer.ts';

// «Белгородский район», «Джанкойским районом», «Грайворонский округ», «Харківський район»: a district named by the
// adjective of its town. The gazetteer knows towns, not districts, so read the adjective back to its town.
// «в белгородском селе», «в курском приграничье», «белгородском микрорайоне»: a town's adjective before a settlement or
// a part of the town places it in the town's region too (written in lower case, so only towns people name that way).
const DISTRICT_TAIL =
  '(жск(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ом)|[сц]к(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ом)|[сцз]ьк(?:ий|ого|ому|им|ій|а|ої|у|ою|е|ім))\\s+(?:район\\p{L}*|округ\\p{L}*|городск\\p{L}*\\s+округ\\p{L}*|муниципальн\\p{L}*\\s+округ\\p{L}*|громад\\p{L}*|микрорайон\\p{L}*|мікрорайон\\p{L}*|сел[оаеуі]|селе|селищ\\p{L}*|посел\\p{L}*|посёл\\p{L}*|деревн\\p{L}*|хутор\\p{L}*|приграничь\\p{L}*|прикордонн\\p{L}*)';
// A compound's first word may hold an apostrophe as the second does: «Кам'янець-Подільським районом».
const DISTRICT = new RegExp(`(?<![\\p{L}-])((?:\\p{L}[\\p{Ll}'’ʼ]+-)?\\p{L}[\\p{Ll}'’ʼ]+?)${DISTRICT_TAIL}`, 'gu');
// Every match of DISTRICT ends in a match of its tail. The tail starts with a fixed letter, so looking for it first is
// cheap, where DISTRICT tries a word and its lookbehind at every letter: a text without the tail has no district.
const HAS_DISTRICT_TAIL = new RegExp(DISTRICT_TAIL, 'u');
/** A town whose adjective is written in lower case is a town that size: «украинском селе» is no Ukrainsk's. */
const LOWER_CASE_TOWN = 50_000;
/** A city that has districts of its own: «в Кировском районе Донецка» is Donetsk's; a village's «району» is not. */
const CITY_WITH_DISTRICTS = 100_000;
/** Between a district and the region or city it belongs to: spaces on one line, no line break. */
const SAME_LINE_GAP = /^[^\S\n]*$/u;

// «в Оболонському районі», «в Салтовском районе»: a district that names one city only (data/gazetteer/city-districts.json).
const CITY_OF_STEM = new Map<string, string>(
  cityDistricts.districts.flatMap((d) => d.stems.map((s) => [s, d.code] as [string, string])),
);

function cityOfDistrict(stem: string): PlaceMatch | undefined {
  const code = CITY_OF_STEM.get(stem.toLowerCase().replace(/[’ʼ]/gu, "'"));
  const region = code ? regionPlace(code) : undefined;
  if (!region) return undefined;
  return { ...region, kind: 'city', start: 0, end: 0, text: '' };
}

/** The town named exactly `name`, if the gazetteer holds one. */
function townNamed(name: string): PlaceMatch | undefined {
  return findPlaces(name).find((p) => p.kind === 'city' && p.start === 0 && p.end === name.length);
}

// «Криворізький» (Кривий Ріг), «Запорізький» (Запоріжжя), «Криворожский», «Запорожский»: before the suffix the
// town's г or ж turns to з in Ukrainian, and Russian writes ж before -ск. The readings put the town's consonant back.
const ALTERNATED_ENDINGS = ['г', 'жжя', 'жье', 'ж', 'з'];

/** `district`: the reading of a district noun's adjective, which many towns of one name leave unplaced (a front or a
 *  facility is read by its best-known town: «Лиманському напрямку» is Lyman's). */
function townOf(stem: string, ending: string, district = false): PlaceMatch | undefined {
  // The consonant changed before the suffix, so the stem changed too: only a town of some size (`sizedTown`), a
  // two-word town through its compound («Криво-різ-»: Кривий Ріг) after the one-word readings.
  if (ending.startsWith('з') || ending.startsWith('жск')) {
    for (const name of ALTERNATED_ENDINGS.map((e) => `${stem}${e}`)) {
      const found = sizedTown(name);
      if (found !== undefined) return found ?? undefined;
    }
    // «Всеволожском районе»: a Russian town whose own name has the ж (Всеволожск) is read as written, by the plain
    // readings, when no changed consonant names a town.
    const written = ending.startsWith('ж') ? townOf(`${stem}ж`, ending.slice(1)) : undefined;
    return written ?? compoundTown(`${stem}г`);
  }
  // «Кременчуцький» -> Кременчук, «Кременчугский» -> Кременчуг; a town whose name ends in the ц itself keeps it:
  // «Донецького», «Липецькому» -> Донецьк, Липецьк (-цьк, -цк), «Марганецької» -> Марганець (-ець, -ец); else a city
  // district («Оболонський»).
  if (ending.startsWith('ц')) {
    // «Хмельницкого района», «Кропивницкого района»: a district named after its own centre, a town named by the
    // adjective itself, over the town a plainer reading names (Хмельник); only a town of some size.
    const own = [`${stem}цкий`, `${stem}цький`].map(sizedTown).find((t) => t !== undefined);
    if (own) return own;
    for (const name of [`${stem}к`, `${stem}г`]) {
      const found = townNamed(name);
      if (found) return found;
    }
    // Keeping the ц changes the stem, so it names only a town of some size: «Висоцької громади» is not Высоцк's.
    const kept = [`${stem}цьк`, `${stem}цк`, `${stem}ць`, `${stem}ц`].map(sizedTown).find((t) => t !== undefined);
    if (kept !== undefined) return kept ?? undefined;
    return cityOfDistrict(stem) ?? compoundTown(stem);
  }
  // «Курский» -> Курск, «Белгородский» -> Белгород, «Шебекинский» -> Шебекино, «Харківський» -> Харків.
  const candidates = [
    `${stem}${ending.startsWith('ськ') ? 'ськ' : 'ск'}`,
    stem,
    `${stem}о`,
    `${stem}а`,
    `${stem}ь`,
    `${stem}и`,
    // «Раменский городской округ» -> Раменское, «Одинцовский» -> Одинцово.
    `${stem}ское`,
    // Towns named by an adjective: «Новгород-Сіверській громаді» -> Новгород-Сіверський.
    `${stem}${ending.startsWith('ськ') ? 'ський' : 'ский'}`,
  ];
  // The first reading that names a town, in this order: «Александровском» is Александровск, though Александров is
  // bigger.
  let plain: PlaceMatch | undefined;
  for (const name of candidates) {
    plain = townNamed(name);
    // «Красноармейского района» alone: towns of that name of comparable size in three regions (Donetsk, Saratov,
    // Moscow), and no reading tells which; the district is left unplaced rather than given the first namesake.
    if (district && plain && sizedTown(name) === null) return undefined;
    if (plain) break;
  }
  if (plain && (plain.population ?? 0) >= SIZED_TOWN) return plain;
  // Readings that drop or add more of the word name a town only if it is a town of some size, not a village that
  // happens to fit («Мирівська громада» is Мирове's, not the small Мирівка of another region): a town in -ка drops it
  // («Каховського району» -> Каховка, «Василівському районі» -> Василівка); a town named in the plural takes
  // -ов-/-ів- before the ending («Пологівському районі» -> Пологи). Such a town is read over a village the plain
  // reading names («Василівському»: the town Василівка, not the village Василів).
  const sized = [`${stem}ка`];
  const plural = /^(.+?)(?:ів|ов|ев)$/u.exec(stem);
  if (plural) sized.push(`${plural[1]}и`);
  const readings = sized.map(sizedTown);
  // «Олександрівському районі»: three towns of that name, none more likely than the others; left unplaced.
  if (readings.includes(null)) return undefined;
  const towns = readings.filter((t) => t !== undefined && t !== null);
  towns.sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
  return towns[0] ?? plain ?? compoundTown(stem) ?? changedStemTown(stem, ending);
}

/** The stem with the Ukrainian і of its last syllable back to the о it alternates with, a soft sign after it
 *  dropped: «Гуляйпіль-» -> «Гуляйпол-», «Лозів-» -> «Лозов-» (the -щина nicknames read it the same way). */
function alternated(stem: string): string {
  return stem.replace(/і([^іо]*?)ь?$/u, 'о$1');
}

/**
 * Adjectives whose stem the town's name changes more than the readings above do, tried last and only for a town of
 * some size (`sizedTown`): the і of a closed last syllable for the о of the name («Гуляйпільській громаді» ->
 * Гуляйполе, «Лозівському районі» -> Лозова, «Синельниківському» -> Синельникове), -ин- before the suffix for a name
 * in -ка («Шосткинському» -> Шостка), a soft л («Ізмаїльському» -> Ізмаїл), and a name in -са or -си whose с merges
 * with the suffix's («Одеському» -> Одеса, «Черкаському» -> Черкаси).
 */
function changedStemTown(stem: string, ending: string): PlaceMatch | undefined {
  // These are the changes of Ukrainian adjectives of Ukrainian towns: a town elsewhere that fits one («Іванівській
  // громаді»: no Ivanovo's) is a namesake, and only the name as written counts, not a case form of another town
  // («Павлова» is Павлов's genitive, no «Павлівській»).
  const ukrainian = (t: PlaceMatch | null | undefined, name: string) => {
    if (t === null) return null;
    return t?.code.startsWith(UKRAINE) && isNominative({ ...t, text: name }) ? t : undefined;
  };
  const alt = alternated(stem);
  const names = [
    ...(alt !== stem ? [`${alt}е`, `${alt}а`, `${alt}о`] : []),
    ...(/ин$/u.test(stem) ? [`${stem.slice(0, -2)}а`] : []),
    ...(/ль$/u.test(stem) ? [stem.slice(0, -1), `${stem.slice(0, -1)}ля`] : []),
    ...(ending.startsWith('с') ? [`${stem}са`, `${stem}си`, `${stem}сса`, `${stem}ссы`] : []),
  ];
  for (const name of names) {
    const found = ukrainian(sizedTown(name), name);
    if (found !== undefined) return found ?? undefined;
  }
  return undefined;
}

/** The prefix of Ukraine's region codes. */
const UKRAINE = 'UA-';

/**
 * The town a reading that changes the stem names: a town of SIZED_TOWN people or more. Null where another region
 * has a town of that name of comparable size, which no one reading decides between («Олександрівка»: UA-35, UA-51
 * and UA-48 each have one over 5,000); undefined where no town of some size has the name.
 */
function sizedTown(name: string): PlaceMatch | null | undefined {
  const [best, ...others] = townsNamed(name);
  if (best === undefined || (best.population ?? 0) < SIZED_TOWN) return undefined;
  const comparable = (o: (typeof others)[number]) =>
    o.code !== best.code &&
    (o.population ?? 0) >= SIZED_TOWN &&
    (best.population ?? 0) < COMPARABLE * (o.population ?? 0);
  if (others.some(comparable)) return null;
  return { ...best, start: 0, end: name.length, text: name };
}

/** Two towns of one name are of comparable size unless one is this many times the other: «Костянтинівському
 *  напрямку» is Donetsk's Kostiantynivka (91,000), not Zaporizhzhia's (11,500). */
const COMPARABLE = 5;

/** A reading of an adjective that changes more of its stem names a town this size or bigger. */
const SIZED_TOWN = 5000;

// The first word of a two-word town name as an adjective («Велика», «Новая», «Павловский») from the stem its compound
// adjective joins with -о- («Велико-», «Ново-», «Павлово-»): the endings of the adjective's nominative.
const FIRST_WORD_ENDINGS = ['а', 'ая', 'ий', 'ый', 'ой', 'е', 'ое', 'і', 'ые', 'ский', 'ський'];

/** The second word from its stem in the compound («-новоселков-», «-каховськ-», «-посад-»): as it is, with an
 *  ending, a name in -ка whose adjective takes -ов-/-ів- («Новоселка» -> «новоселковский», «Новосілка» ->
 *  «новосілківський») or drops it («Каховка» -> «каховский»), or one in -а that takes -ин- («Калитва»). */
function secondWords(stem: string): string[] {
  const base = stem.charAt(0).toUpperCase() + stem.slice(1);
  const out = [base, `${base}а`, `${base}о`, `${base}е`, `${base}и`, `${base}ка`];
  const ka = /^(.+к)(?:ов|ів|ев)$/u.exec(base);
  if (ka) out.push(`${ka[1]}а`);
  // A name in -а whose adjective takes -ин- («Калитва» -> «калитвинский»).
  const ina = /^(.+)ин$/u.exec(base);
  if (ina) out.push(`${ina[1]}а`);
  return out;
}

/**
 * «Павлово-Посадский городской округ», «Новокаховского округа», «на Великоновоселковском направлении»: the compound
 * adjective of a two-word town («Павловский Посад», «Нова Каховка», «Великая Новоселка»), its first word's stem
 * joined by -о- (and a hyphen or none) to the second's. Tried after the plain forms, only where the stem has an -о-.
 */
function compoundTown(stem: string): PlaceMatch | undefined {
  for (let i = stem.indexOf('о', 3); i > 0 && i < stem.length - 3; i = stem.indexOf('о', i + 1)) {
    const first = stem.slice(0, i);
    const rest = stem.slice(stem[i + 1] === '-' ? i + 2 : i + 1);
    if (rest.length < 3) continue;
    for (const a of FIRST_WORD_ENDINGS)
      for (const b of secondWords(rest)) {
        const found = sizedTown(`${first}${a} ${b}`);
        if (found !== undefined) return found ?? undefined;
      }
  }
  return undefined;
}

// «Саратовский НПЗ», «Волгоградському нафтопереробному заводу», «на Бахмутском направлении», «аеродром … Миргородський»
// reads the other way: a town's adjective before a facility or a front names the town itself (not a district).
const FACILITY_TAIL =
  '(жск(?:ий|ого|ому|им|ом|ая|ой|ую|ое)|[сц]к(?:ий|ого|ому|им|ом|ая|ой|ую|ое)|[сцз]ьк(?:ий|ого|ому|им|ій|а|ої|у|ою|е|ім))\\s+(?:(?:нефтеперерабатывающ|нафтопереробн|нефтян|нафтов|химическ|хімічн|металлургическ|металургійн|морск|морськ|речн|річков|военн|військов)\\p{L}*\\s+)?(?:НПЗ|ГПЗ|ТЭЦ|ТЕЦ|ГРЭС|ГРЕС|ТЭС|ТЕС|АЭС|АЕС|нефтебаз\\p{L}*|нафтобаз\\p{L}*|завод\\p{L}*|заводі|комбинат\\p{L}*|комбінат\\p{L}*|аэродром\\p{L}*|аеродром\\p{L}*|аэропорт\\p{L}*|аеропорт\\p{L}*|авиабаз\\p{L}*|авіабаз\\p{L}*|порт(?:а|у|ом|е|і|ы|и|ов|ів)?|направлени\\p{L}*|напрям\\p{L}*|фронт\\p{L}*|плацдарм\\p{L}*)(?![\\p{L}])';
const FACILITY = new RegExp(`(?<![\\p{L}-])((?:\\p{L}\\p{Ll}+-)?\\p{L}[\\p{Ll}'’ʼ]+?)${FACILITY_TAIL}`, 'gu');
// As for DISTRICT: no tail, no match.
const HAS_FACILITY_TAIL = new RegExp(FACILITY_TAIL, 'u');

const FACILITY_WORD =
  /НПЗ|ГПЗ|ТЭЦ|ТЕЦ|ГРЭС|ГРЕС|ТЭС|ТЕС|АЭС|АЕС|баз|завод|комбина|комбіна|аэродром|аеродром|порт|направлени|напрям|фронт|плацдарм/u;

/** Towns named by their adjective before a facility or a front, as places of kind 'city' spanning the adjective. */
export function findFacilityTowns(text: string): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  if (!FACILITY_WORD.test(text) || !HAS_FACILITY_TAIL.test(text)) return out;
  FACILITY.lastIndex = 0;
  for (let m = FACILITY.exec(text); m !== null; m = FACILITY.exec(text)) {
    const stem = m[1] ?? '';
    const lower = stem.charAt(0) !== stem.charAt(0).toUpperCase();
    const town = townOf(stem.charAt(0).toUpperCase() + stem.slice(1), m[2] ?? '');
    if (!town?.population || (lower && town.population < LOWER_CASE_TOWN)) continue;
    const end = m.index + stem.length + (m[2] ?? '').length;
    const front = /^\s+(?:направлени|напрям|фронт|плацдарм)/u.test(text.slice(end, end + 12));
    out.push({ ...town, start: m.index, end, text: text.slice(m.index, end), ...(front ? { front } : {}) });
  }
  return out;
}

/** «у Павлівській громаді»: a town outside Ukraine that the adjective of a hromada spells (Павловская, as the
 *  gazetteer writes it in Ukrainian) is no place of the text: a hromada is Ukraine's. */
export function namesakeOfHromada(text: string, place: PlaceMatch): boolean {
  return place.kind === 'city' && !place.code.startsWith(UKRAINE) && UKRAINIAN_HEAD.test(text.slice(place.end));
}

/** True for a match findDistricts made. */
export function isDistrict(place: PlaceMatch): boolean {
  return place.district === true;
}

/** A district's head noun is «район», one or shared by adjectives («у Слобідському та Київському районах»); not a
 *  «мікрорайон», a «громада» or an «округ». */
const URBAN_DISTRICT_HEAD = /(?<!\p{L})район(?:е|і|а|у|ом|ный|ного|ах|ів|ов|ами|и|ы)?$/u;

/**
 * «вночі ворог атакував Харків ударними БпЛА, у Київському районі пошкоджено будинок», «атаковал Одессу, в Киевском
 * районе»: big cities have districts named after other cities (Kyivskyi in Kharkiv, Odesa, Donetsk; Moskovskyi in
 * Kharkiv, Kazan; Dniprovskyi in Kyiv, Kherson, Zaporizhzhia), so a «район» whose adjective reads a town of another
 * region, after the sentence has named a city with districts of its own (CITY_WITH_DISTRICTS), is most likely that
 * city's: it names no place of its own, and the fact takes the city the sentence named. A rural district is named
 * after its own centre, in the region the text speaks of («атаковали Белгород, в Белгородском районе», «Харківщина …
 * у Харківському районі»: a place before it has the district's region), and stays. A later sentence's district is
 * read against the place the text named before (run.ts).
 */
export function districtOfNamedCity(district: PlaceMatch, before: readonly PlaceMatch[]): boolean {
  if (!isDistrict(district) || !URBAN_DISTRICT_HEAD.test(district.name ?? '')) return false;
  const earlier = before.filter((p) => p.end <= district.start && !isDistrict(p) && p.kind !== 'sea');
  if (earlier.some((p) => p.code === district.code)) return false;
  return earlier.some(
    (p) => p.kind === 'city' && (p.population ?? 0) >= CITY_WITH_DISTRICTS && !aroundCity(district, p, true),
  );
}

// «Дмитровский», «Выборгский»: a city-region's own districts named like districts of the region around it.
const AROUND_NAMESAKES = new Map<string, readonly string[]>(
  cityDistricts.around_namesakes.map((d) => [d.code, d.stems] as [string, readonly string[]]),
);

/** «у Севастополі та у Сакському районі», «атакували Київ, уламки впали у Бучанському районі»: a district of the
 *  region around a city that is a region of its own (SURROUNDING) is that region's rural district, none of the city's.
 *  Not a namesake of the city's own district in the sentence that names the city («В Москве в Дмитровском районе»):
 *  Moscow and St Petersburg have districts named like their oblast's, and the city just named owns them. */
function aroundCity(district: PlaceMatch, city: PlaceMatch, sameSentence: boolean): boolean {
  if (SURROUNDING[city.code] !== district.code) return false;
  const name = (district.name ?? '').toLowerCase();
  return !(sameSentence && AROUND_NAMESAKES.get(city.code)?.some((stem) => name.startsWith(stem)));
}

/**
 * «Харків під атакою дронів. Зафіксовано влучання у Слобідському та Київському районах.»: a city's district named
 * after another town, told once the text has named the city (`city`: the sentence's own city before it, or the place
 * the text spoke of last), is a place of that city, the city itself, told by the district's words: the
 * district, dropped as another region's, would leave the sentence no place at all. Only a «район» (a city's own
 * unit) of a city with districts (CITY_WITH_DISTRICTS); undefined otherwise.
 */
export function asCityDistrict(
  district: PlaceMatch,
  city: PlaceMatch | null,
  sameSentence = false,
): PlaceMatch | undefined {
  // A city named as such: not a front («на Херсонському напрямку») or another district read by its town.
  if (city?.kind !== 'city' || city.front || city.district || (city.population ?? 0) < CITY_WITH_DISTRICTS)
    return undefined;
  if (!isDistrict(district) || district.ownerNamed || district.owned || district.code === city.code) return undefined;
  if (aroundCity(district, city, sameSentence)) return undefined;
  if (!URBAN_DISTRICT_HEAD.test(district.name ?? '')) return undefined;
  const { start, end, text } = district;
  return { ...city, start, end, text, district: true };
}

// «по Нікопольщині», «на Оріхівщині, Гуляйпільщині», «Никопольщина»: the land around a town, named by the town with
// -щина. Oblast nicknames («Харківщина») are the gazetteer's regions and are not read here (no town has that stem).
const NICKNAME = /(?<![\p{L}-])(\p{Lu}[\p{Ll}'’ʼ]+?)щин(?:а|и|і|у|ою|ой|е|ы)(?![\p{L}])/gu;
// Every nickname holds this, written so (NICKNAME has no `i` flag): a text without it is not scanned letter by letter.
const NICKNAME_TAIL = 'щин';

/** The town a -щина nickname's stem names: «Нікополь-», «Оріхів-», «Гуляйпіль-» (Гуляйполе: і for о, -е dropped),
 *  «Покров-» (Покровськ). */
function townOfNickname(stem: string): PlaceMatch | undefined {
  for (const name of [stem, `${stem}ськ`, `${stem}ск`, `${alternated(stem)}е`, `${stem}е`, `${stem}о`]) {
    const found = townNamed(name);
    if (found) return found;
  }
  // «на Ізмаїльщині»: the soft л and the other changed stems, as the adjectives read them.
  return changedStemTown(stem, '');
}

function findNicknames(text: string): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  if (!text.includes(NICKNAME_TAIL)) return out;
  NICKNAME.lastIndex = 0;
  for (let m = NICKNAME.exec(text); m !== null; m = NICKNAME.exec(text)) {
    const town = townOfNickname(m[1] ?? '');
    if (!town) continue;
    const end = m.index + m[0].length;
    out.push({ ...town, kind: 'region', start: m.index, end, text: m[0], name: m[0], district: true });
  }
  return out;
}

// The adjectives of a district tail with no head noun of their own («Запорізького, » before «Пологівського районів»):
// an adjective ending, then a comma or a conjunction, up to where the next adjective starts.
const ADJECTIVE_ENDING =
  '(?:[сц]к(?:ий|ого|ому|им|ом|ая|ой|ую|ое)|жск(?:ий|ого|ому|им|ом|ая|ой|ую|ое)|[сцз]ьк(?:ий|ого|ому|им|ій|а|ої|у|ою|е|ім|і))';
const SHARED_HEAD_ITEM = new RegExp(
  `(?<![\\p{L}-])((?:\\p{L}\\p{Ll}+-)?\\p{L}[\\p{Ll}'’ʼ]+?)(${ADJECTIVE_ENDING})(?:\\s*,\\s*|,?\\s+(?:${anyOf('conjunction')})\\s+)$`,
  'u',
);
/** The head noun of a district that only Ukraine has (a hromada). */
const UKRAINIAN_HEAD = /^\s+громад/u;
/** A head noun in the plural («районів», «районах», «округах», «громад»), which adjectives before it may share. */
const PLURAL_HEAD = /^\s+(?:район(?:ів|ах|ами|и|ы|ов)|округ(?:ах|ов|ами|и)|громад(?:ах|ами|и)?)(?!\p{L})/u;
/** How many adjectives before it one head noun may share. */
const SHARED_HEAD_ITEMS = 5;

/** How the head district was read, which its shared adjectives follow: the owner named after it («в Приморском и
 *  Киевском районах Одессы»: both Odesa's), a curated city district (the same city's only), or a town's district (a
 *  town of the head's own region only: «Запорізького, Пологівського та Василівського районів»). */
type HeadReading = { owner: PlaceMatch } | { city: PlaceMatch } | { town: string };

/**
 * «Запорізького, Пологівського та Василівського районів», «Марганецької та Червоногригорівської громад», «в
 * Белгородском и Грайворонском округах»: adjectives joined by commas and a conjunction share the head noun of the last
 * one, which DISTRICT reads; each one before it names a district of the head's own kind. Read back from the district's
 * start. A head that a city or region after it owns gives them its owner; a city's district makes them districts of
 * that city or nothing; a town's district lets each name a town of the head's region, as neighbouring districts are,
 * and nothing elsewhere: «в Киевском и Шевченковском районах» is a city's districts (Kharkiv's, Kyiv's), no Kyiv beside
 * Шевченкове's district, and a head with no owner cannot tell which.
 */
/** «у Слобідському та Київському районах»: the city whose curated district one of the adjectives sharing a head noun
 *  names (Slobidskyi: Kharkiv's), which makes the list that city's districts; undefined when none does. */
function sharedHeadCity(text: string, start: number): PlaceMatch | undefined {
  let at = start;
  for (let i = 0; i < SHARED_HEAD_ITEMS; i++) {
    const m = SHARED_HEAD_ITEM.exec(text.slice(Math.max(0, at - 80), at));
    if (!m) return undefined;
    const city = cityOfDistrict(m[1] ?? '');
    if (city) return city;
    at -= m[0].length;
  }
  return undefined;
}

function sharedHeadDistricts(text: string, start: number, head: HeadReading): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  let at = start;
  for (let i = 0; i < SHARED_HEAD_ITEMS; i++) {
    const m = SHARED_HEAD_ITEM.exec(text.slice(Math.max(0, at - 80), at));
    if (!m) break;
    const from = at - m[0].length;
    const stem = m[1] ?? '';
    const named = stem.charAt(0).toUpperCase() + stem.slice(1);
    const ofCity = cityOfDistrict(stem);
    // A city's districts share their head with its other districts, whatever town their adjective names («у
    // Київському та Слобідському районах»: both Kharkiv's).
    const read =
      'owner' in head ? head.owner : 'city' in head ? (ofCity ?? head.city) : (ofCity ?? townOf(named, m[2] ?? ''));
    // A town's district shares its head only with other towns' of its region, never with a city's district.
    const town =
      'owner' in head ||
      ('city' in head && read?.code === head.city.code) ||
      ('town' in head && read?.code === head.town && read !== ofCity)
        ? read
        : undefined;
    const lower = stem.charAt(0) !== stem.charAt(0).toUpperCase();
    if (town && !(lower && (town.population ?? 0) < LOWER_CASE_TOWN)) {
      const end = from + stem.length + (m[2] ?? '').length;
      out.push({
        ...town,
        kind: 'region',
        start: from,
        end,
        text: text.slice(from, end),
        name: text.slice(from, end),
        district: true,
        ...('owner' in head ? { owned: true } : {}),
      });
    }
    at = from;
  }
  return out.reverse();
}

export function findDistricts(text: string): PlaceMatch[] {
  const out: PlaceMatch[] = findNicknames(text);
  if (!HAS_DISTRICT_TAIL.test(text)) return out;
  DISTRICT.lastIndex = 0;
  for (let m = DISTRICT.exec(text); m !== null; m = DISTRICT.exec(text)) {
    const stem = m[1] ?? '';
    // The gazetteer knows names as written, capitalised: «белгородском» looks up Белгород.
    const named = stem.charAt(0).toUpperCase() + stem.slice(1);
    // A district of a big city («в Печерском районе» of Kyiv) before a village that happens to share the adjective
    // (Pechersk, Smolensk Oblast): the curated city districts are read first.
    // «в Красноармейском районе Краснодарского края»: the region named right after the district is the district's,
    // whatever town elsewhere shares the adjective.
    // «в Петровском районе Донецка», «у Калінінському районі Санкт-Петербурга»: a city named right after it, declined
    // (the district is its part: «районе Донецка»), is the city the district is a part of, whatever town (Petrovsk,
    // Saratov Oblast) shares the adjective. The name must follow on the same line: «Шебекинский район\nКурск: …» is a
    // heading and the next item, and a city in the nominative («Шебекинский район Курск») is no district's owner.
    // The evidence then runs to the city's name, the word the region comes from.
    const end = m.index + m[0].length;
    const next = findPlaces(text.slice(end, end + 60)).find((p) => p.kind === 'region' || p.kind === 'city');
    const adjacent = next && SAME_LINE_GAP.test(text.slice(end, end + next.start)) ? next : undefined;
    const ownerCity =
      adjacent?.kind === 'city' && (adjacent.population ?? 0) >= CITY_WITH_DISTRICTS && !isNominative(adjacent);
    const regionAfter = adjacent?.kind === 'region' || ownerCity ? regionPlace(adjacent!.code) : undefined;
    const spanEnd = ownerCity ? end + adjacent!.end : end;
    const owner = regionAfter ? { ...regionAfter, kind: 'city' as const, start: 0, end: 0, text: '' } : undefined;
    // «Харківського, Сумського району»: a singular head is one district's; only a plural one is shared.
    const shared = PLURAL_HEAD.test(text.slice(m.index + stem.length + (m[2] ?? '').length, end + 1));
    // «у Слобідському та Київському районах»: a curated district among the adjectives that share the head makes them
    // all its city's, the head too (Kyivskyi is then Kharkiv's, not Kyiv).
    const ofCity = owner ? undefined : (cityOfDistrict(stem) ?? (shared ? sharedHeadCity(text, m.index) : undefined));
    const town = owner ?? ofCity ?? townOf(named, m[2] ?? '', true);
    if (!town) continue;
    // «Іванівській громаді»: a hromada is Ukraine's unit of local government, so its adjective names a Ukrainian
    // town or none, whatever town elsewhere fits.
    const inUkraine = UKRAINIAN_HEAD.test(text.slice(m.index + stem.length + (m[2] ?? '').length, end));
    if (inUkraine && !town.code.startsWith(UKRAINE)) continue;
    const lower = stem.charAt(0) !== stem.charAt(0).toUpperCase();
    if (lower && (town.population ?? 0) < LOWER_CASE_TOWN) continue;
    // «по Київському району Харкова», «в Печерском районе Киева»: a district of the city named after it is a place in
    // that city, the city itself (as asCityDistrict makes a district of the city told before), not only its region.
    const district: PlaceMatch = ownerCity
      ? {
          ...adjacent!,
          start: m.index,
          end: spanEnd,
          text: text.slice(m.index, spanEnd),
          district: true,
          ownerNamed: true,
        }
      : {
          ...town,
          kind: 'region',
          start: m.index,
          end: spanEnd,
          text: text.slice(m.index, spanEnd),
          name: m[0],
          district: true,
          ...(owner ? { ownerNamed: true } : {}),
        };
    const head: HeadReading = owner ? { owner } : ofCity ? { city: ofCity } : { town: town.code };
    out.push(...(shared ? sharedHeadDistricts(text, m.index, head) : []), district);
  }
  return out;
}
