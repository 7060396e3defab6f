// A Cyrillic person's name in Latin letters, for the English page: «Олег Кіпер» -> "Oleh Kiper", «Александр Богомаз»
// -> "Aleksandr Bogomaz". Ukrainian names (і, ї, є, ґ) by Ukraine's official romanisation (2010), which its officials'
// names are written in English by; others by the common English habit for Russian names ("Sergei", "Dmitry",
// "Starovoit"). The evidence keeps the name as the report wrote it. Search folds names its own way (core/names.ts).

const COMMON: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  д: 'd',
  ж: 'zh',
  з: 'z',
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
  ь: '',
  ъ: '',
  "'": '',
  '’': '',
  ʼ: '',
};
const UK: Record<string, string> = {
  ...COMMON,
  г: 'h',
  ґ: 'g',
  е: 'e',
  є: 'ie',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  ю: 'iu',
  я: 'ia',
};
// At a word's start the official romanisation writes є ї й ю я with y: Yevhen, Yurii, Yaroslav.
const UK_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
const RU: Record<string, string> = {
  ...COMMON,
  г: 'g',
  е: 'e',
  ё: 'yo',
  и: 'i',
  й: 'i',
  ы: 'y',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};
const VOWELS = 'аеёиоуыэюяіїє';

function word(w: string, uk: boolean): string {
  const lower = w.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]!;
    const prev = i > 0 ? lower[i - 1]! : '';
    let latin: string | undefined;
    if (uk) {
      latin = i === 0 ? (UK_INITIAL[ch] ?? UK[ch]) : UK[ch];
      // зг is zgh, so that it does not read as the letter zh: Zghurivka.
      if (ch === 'г' && prev === 'з') latin = 'gh';
    } else if (ch === 'е' && (i === 0 || VOWELS.includes(prev) || prev === 'ь' || prev === 'ъ')) {
      latin = 'ye';
    } else if ((ch === 'и' || ch === 'ы') && lower[i + 1] === 'й' && i + 2 === lower.length) {
      // Дмитрий, Юрий -> Dmitry, Yury: the ending is one y.
      latin = 'y';
      i++;
    } else {
      latin = RU[ch];
    }
    out += latin ?? ch;
  }
  // The capital where the word has one.
  return w[0] !== undefined && w[0] !== w[0].toLowerCase() ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

/** The name in Latin letters; a name with no Cyrillic letter comes back as it is. */
export function latinName(name: string): string {
  if (!/[а-яёіїєґ]/i.test(name)) return name;
  const uk = /[іїєґ]/i.test(name);
  return name.replace(/[\p{L}'’ʼ]+/gu, (w) => word(w, uk));
}
