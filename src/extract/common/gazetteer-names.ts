// Name helpers for the gazetteer generator: choosing the Russian and Ukrainian names of a town among the
// unlabelled alternate names GeoNames gives, and Latin spellings of Cyrillic names.
//
// GeoNames' alternatenames column mixes languages: for Kharkiv it holds "Харків", "Харьков", "Харков"
// (Bulgarian), "Кіеў"-style Belarusian and Tatar forms. We keep names written only with Russian/Ukrainian
// letters, then pick the one whose transliteration is closest to the town's Latin names.

import { levenshtein } from '../../core/suggest.ts';

const CYRILLIC_NAME = /^[А-ЯЁІЇЄҐ][а-яёіїєґА-ЯЁІЇЄҐ'’ʼ\- ]+$/;
const UK_ONLY = /[іїєґІЇЄҐ'’ʼ]/;
const RU_ONLY = /[ыэъёЫЭЪЁ]/;

const RU_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  "'": '',
};

const UK_LATIN: Record<string, string> = {
  ...RU_LATIN,
  г: 'h',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  є: 'ie',
  ю: 'iu',
  я: 'ia',
  ґ: 'g',
  е: 'e',
  ь: '',
};
// Ukrainian official transliteration writes є ї й ю я differently at the start of a word.
const UK_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

function capitalizeWords(s: string): string {
  return s.replace(/(^|[\s-])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());
}

/** Latin spellings of a Cyrillic name, most usual first: "Нижний Новгород" -> ["Nizhniy Novgorod",
 *  "Nizhny Novgorod"], "Кам'янське" (uk) -> ["Kamianske"]. */
export function transliterate(name: string, lang: 'ru' | 'uk'): string[] {
  const lower = name.toLowerCase().replace(/[’ʼ]/g, "'");
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i] as string;
    const prev = i > 0 ? (lower[i - 1] as string) : ' ';
    const initial = /[\s-]/.test(prev);
    if (lang === 'uk') {
      out += (initial ? UK_INITIAL[ch] : undefined) ?? UK_LATIN[ch] ?? ch;
    } else if (ch === 'е' && (initial || 'аеёиоуыэюяьъ'.includes(prev))) {
      out += 'ye';
    } else {
      out += RU_LATIN[ch] ?? ch;
    }
  }
  const base = capitalizeWords(out);
  const variants = [base];
  if (lang === 'ru') {
    const short = base.replace(/iy\b/g, 'y').replace(/yy\b/g, 'y');
    if (short !== base) variants.push(short);
  }
  return variants;
}

/** A coarse phonetic key so that "Khar'kov", "Kharkov" and "Харьков" compare equal. */
export function skeleton(latinOrCyrillic: string, lang: 'ru' | 'uk' = 'ru'): string {
  const latin = /[а-яёіїєґ]/i.test(latinOrCyrillic) ? transliterate(latinOrCyrillic, lang)[0]! : latinOrCyrillic;
  return latin
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '')
    .replace(/shch/g, 's')
    .replace(/kh/g, 'h')
    .replace(/zh/g, 'j')
    .replace(/ts|tz/g, 'c')
    .replace(/ch/g, 'c')
    .replace(/sh/g, 's')
    .replace(/g/g, 'h')
    .replace(/[yj]([aeiou])/g, '$1')
    .replace(/y/g, 'i');
}

/** Cyrillic folded so that Russian and Ukrainian spellings of one name are near: Харків ~ Харьков. */
function fold(cyr: string): string {
  return cyr
    .toLowerCase()
    .replace(/[іїы]/g, 'и')
    .replace(/[єэё]/g, 'е')
    .replace(/ґ/g, 'г')
    .replace(/[ьй'’ʼ\- ]/g, '');
}

function relDist(a: string, b: string): number {
  return levenshtein(a, b) / Math.max(a.length, b.length, 1);
}

/** Lowest score wins; a score is a list compared left to right. */
function argmin<T>(items: T[], score: (item: T) => number[]): T | null {
  let winner: T | null = null;
  let ws: number[] = [];
  for (const item of items) {
    const s = score(item);
    let better = winner === null;
    for (let i = 0; !better && i < s.length; i++) {
      if ((s[i] ?? 0) !== (ws[i] ?? 0)) {
        better = (s[i] ?? 0) < (ws[i] ?? 0);
        break;
      }
    }
    if (better) {
      winner = item;
      ws = s;
    }
  }
  return winner;
}

export interface CyrillicNames {
  ru: string | null;
  uk: string | null;
  /** Other spellings close enough to keep as surface forms ("Білгород" beside "Бєлгород"). */
  more: string[];
}

const UK_MARKED = (c: string) => UK_ONLY.test(c) || /(сь|ць|зь)к/.test(c);
// Not Russian spelling: Tatar/Chechen transliterations ("Кыйив"), pre-1918 "ъ" endings, inflected forms.
const NOT_RUSSIAN = /(йи|ыи|ыу|шч|ъ$|скую$|ского$|скому$)/;
const RU_MARKED = (c: string) => RU_ONLY.test(c) || c.includes('ь');

/** A close Latin transliteration (ь as nothing) for fine comparisons: Шахты -> "shakhty", Шахти -> "shakhti". */
function fine(s: string): string {
  const latin = /[а-яёіїєґ]/i.test(s) ? transliterate(s, 'ru')[0]! : s;
  return latin
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
}

function minDist(key: string, refs: string[]): number {
  let d = 1;
  for (const r of refs) d = Math.min(d, relDist(key, r));
  return d;
}

/** Picks the Russian and Ukrainian names of a town from GeoNames' alternate names. `primary` holds the
 *  town's own Latin names (a Russian-based transliteration for RU towns, Ukrainian-based for UA towns). */
export function pickCyrillic(
  primary: string[],
  latinAlternates: string[],
  alternates: string[],
  country: 'RU' | 'UA',
): CyrillicNames {
  const cyr = [...new Set(alternates.filter((a) => CYRILLIC_NAME.test(a) && !/\s(ош|бал|шаары)$/.test(a)))];
  const ruCands = cyr.filter((c) => !UK_MARKED(c) && !NOT_RUSSIAN.test(c.toLowerCase()));
  const ukCands = cyr.filter((c) => !RU_ONLY.test(c));
  const primKeys = primary.map((p) => skeleton(p));
  const primFine = primary.map(fine);
  if (country === 'RU') {
    const allKeys = [...primKeys, ...latinAlternates.map((p) => skeleton(p))];
    const ok = ruCands.filter((c) => minDist(skeleton(c, 'ru'), allKeys) <= 0.34);
    const ru = argmin(ok, (c) => [
      minDist(skeleton(c, 'ru'), allKeys),
      minDist(fine(c), primFine),
      RU_MARKED(c) ? 0 : 1,
      -c.length,
    ]);
    if (ru === null) return { ru: null, uk: null, more: [] };
    // Spellings that transliterate alike cannot be told apart without a dictionary (Новокузнецк and
    // Новокузнетск, Братск and Брацк): all of them are kept as forms.
    const alike = ok.filter((c) => c !== ru && (fine(c) === fine(ru) || minDist(skeleton(c, 'ru'), primKeys) <= 0.15));
    const near = ukCands.filter((c) => UK_MARKED(c) && relDist(fold(c), fold(ru)) <= 0.34);
    const uk = argmin(near, (c) => [relDist(fold(c), fold(ru)), -c.length]);
    return { ru, uk, more: [...alike, ...near.filter((c) => c !== uk)] };
  }
  const ukOk = ukCands.filter((c) => minDist(skeleton(c, 'uk'), primKeys) <= 0.34);
  const uk = argmin(ukOk, (c) => [minDist(skeleton(c, 'uk'), primKeys), UK_MARKED(c) ? 0 : 1, -c.length]);
  if (uk === null) return { ru: null, uk: null, more: [] };
  // Russian spellings of Ukrainian towns: near the Ukrainian name once both are folded (Харків ~ Харьков),
  // ranked by how well they match Latin alternates other than the town's own (Ukrainian-based) name.
  const near = ruCands.filter((c) => c !== uk && relDist(fold(c), fold(uk)) <= 0.4);
  const altFine = latinAlternates.map(fine).filter((a) => !primFine.includes(a));
  const ru = argmin(near, (c) => [minDist(fine(c), altFine) > 0.15 ? 1 : 0, RU_MARKED(c) ? 0 : 1, -c.length]);
  return { ru, uk, more: near.filter((c) => c !== ru) };
}

/** A Ukrainian spelling of a Russian name when GeoNames has none: "Тында" -> "Тинда", "Рыльск" -> "Рильськ",
 *  "Ижевск" -> "Іжевськ", "Тверь" -> "Твер"; with `adjectives` also "Кировское" -> "Кировське". The -ськ/-цьк
 *  ending and the word-initial І are what GeoNames' own Ukrainian names of Russian towns do (Курськ, Брянськ,
 *  Іркутськ, Іваново: ~160, and 11 of 11); the neuter -ово/-ино stays (Іваново, Пушкіно: 81 of its 82 such names
 *  keep the -о), and so does an inner и, which those names treat both ways (Кіров but Липецьк). A Russian town
 *  named by an adjective keeps it (GeoNames mostly does): «Октябрський» would be read in every Ukrainian
 *  «в Октябрському районі», a district's adjective. Crimean villages named only in Russian take `adjectives`. */
export function ukFromRu(ru: string, adjectives = false): string {
  return (
    (
      adjectives
        ? ru.replace(
            /([сц])к(?:ое|ий|ая)(?=[\s-]|$)/gu,
            (m, c: string) => `${c}ьк${{ е: 'е', й: 'ий', я: 'а' }[m.slice(-1)]}`,
          )
        : ru
    )
      .replace(/([сц])к(?=[\s-]|$)/gu, '$1ьк')
      .replace(/(^|[\s-])И/gu, '$1І')
      // Ukrainian writes no soft sign after a labial, р or a hushing consonant: Тверь -> Твер, Пермь -> Перм, as
      // GeoNames' own names do (after л, н and the dentals it stays: Рильськ, Рязань).
      .replace(/([бпвмфржчшщ])ь(?![аеиоуяюё])/gu, '$1')
      .replace(/ы/g, 'и')
      .replace(/Ы/g, 'И')
      .replace(/э/g, 'е')
      .replace(/Э/g, 'Е')
      .replace(/ё/g, 'ьо')
      .replace(/ъ/g, "'")
  );
}

// Adjectives that open a town's name and change regularly between the languages ("Нова Каховка" -> "Новая
// Каховка"): Ukrainian feminine/neuter/masculine -> Russian.
const RU_LEAD_ADJ: Record<string, string> = {
  нова: 'новая',
  нове: 'новое',
  новий: 'новый',
  велика: 'великая',
  велике: 'великое',
  великий: 'великий',
  мала: 'малая',
  мале: 'малое',
  малий: 'малый',
  стара: 'старая',
  старе: 'старое',
  старий: 'старый',
  верхня: 'верхняя',
  верхнє: 'верхнее',
  верхній: 'верхний',
  нижня: 'нижняя',
  нижнє: 'нижнее',
  нижній: 'нижний',
  нові: 'новые',
  великі: 'великие',
  малі: 'малые',
  старі: 'старые',
  верхні: 'верхние',
  нижні: 'нижние',
};

// Word stems of town names whose vowels differ regularly ("Чорнобаївка" -> "Чернобаевка", "Новосілка" ->
// "Новоселка", "Кам'янка" -> "Каменка"). A prefix of a word; compounds (Новосілка) list the whole stem.
const RU_STEMS: [string, string][] = [
  ['чорно', 'черно'],
  ['чорн', 'черн'],
  ['новосіл', 'новосел'],
  ['сіл', 'сел'],
  ['біло', 'бело'],
  ['біл', 'бел'],
  ['світло', 'светло'],
  ['світл', 'светл'],
  ['ліс', 'лес'],
  ["кам'ян", 'камен'],
  ['микола', 'никола'],
  ['олекс', 'алекс'],
];

/** One word of a Ukrainian name in Russian spelling, or null when the rules are not sure of it. */
function ruWordFromUk(word: string, last: boolean): string | null {
  const lead = RU_LEAD_ADJ[word];
  if (lead && !last) return lead;
  let w = word;
  // A stem with a short tail is a word of its own ("Біла", "Білка", "Ліски"): not sure of the Russian.
  for (const [uk, ru] of RU_STEMS)
    if (w.startsWith(uk) && w.length >= 6 && w.length >= uk.length + 2) w = ru + w.slice(uk.length);
  // Endings first: adjectives (-ський -> -ский, -ська -> -ская, -ське -> -ское; after ц alike), neuter place
  // names (-ове -> -ово, -еве/-єве -> -ево, but the adjective -неве -> -невое; -не -> -ное, -ине -> -ино) and
  // -ськ -> -ск.
  w = w
    .replace(/([сц])ьк(ий|а|е)$/, (_m, c: string, e: string) => `${c}к${{ ий: 'ий', а: 'ая', е: 'ое' }[e]}`)
    .replace(/([сц])ьк$/, '$1к')
    .replace(/(?<![хж])([бвдзлмнпрст])ий$/, '$1ый')
    // A plural noun after a hard consonant: Мости -> Мосты, Богородчани -> Богородчаны; a short one may be a
    // common word («Лимани» -> «Лиманы»), and stays.
    .replace(/(?<=\p{L}{5})([бвдзлмнпрстф])и$/u, '$1ы')
    .replace(/ній$/, 'ний')
    .replace(/неве$/, 'невое')
    .replace(/ове$/, 'ово')
    .replace(/[еє]ве$/, 'ево')
    .replace(/([бвдзлмнпрст])не$/, '$1ное')
    .replace(/ине$/, 'ино');
  // -ївка after a vowel -> -евка (Чорнобаївка -> Чернобаевка, Кадіївка -> Кадиевка); -івка after a consonant ->
  // -овка (Петрівка -> Петровка).
  // A masculine -ів is not sure: Макарів would be Макаров, a surname in Russian text.
  w = w.replace(/ївка$/, 'евка').replace(/([^аеєиіїоуюя'])івка$/, '$1овка');
  // Letters: і before a vowel or word-initially is и; є is е (иє -> ие); ї elsewhere is и (after a vowel йи is
  // Ukrainian only: Гаї -> Гаи); ґ is г; the apostrophe goes after labials and is ь after р.
  w = w
    .replace(/^і/, 'и')
    .replace(/і(?=[аеєиіїоуюя])/g, 'и')
    .replace(/є/g, 'е')
    .replace(/ї/g, 'и')
    .replace(/ґ/g, 'г')
    .replace(/р'(?=[яюеи])/g, 'рь')
    .replace(/([бвмпф])'(?=[яюе])/g, '$1');
  // What is left is not regular: і of a closed syllable (-о- or -е- in Russian), ьо, a stray apostrophe, and a
  // masculine -ів (Макарів would be Макаров, a surname in Russian text).
  if (w.length < 2 || /[і']|ьо/.test(w) || /[іїь]в$/.test(word)) return null;
  return w;
}

/** A Russian spelling of a Ukrainian town name when GeoNames has none: "Нова Каховка" -> "Новая Каховка",
 *  "Торецьк" -> "Торецк", "Курахове" -> "Курахово", "Чорнобаївка" -> "Чорнобаевка" (the stem keeps its
 *  Ukrainian vowels where they are not regular). Null when a part of the name is not sure. */
export function ruFromUk(uk: string): string | null {
  const words = uk.replace(/[’ʼ]/g, "'").split(/([\s-]+)/);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (i % 2 === 1) {
      out.push(w);
      continue;
    }
    const r = ruWordFromUk(w.toLowerCase(), i === words.length - 1);
    if (r === null) return null;
    // A capital where the Ukrainian word has one.
    out.push(w[0] !== w[0]?.toLowerCase() ? (r[0] ?? '').toUpperCase() + r.slice(1) : r);
  }
  return out.join('');
}
