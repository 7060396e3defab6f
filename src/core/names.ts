// Names compared across scripts and spellings. Shared by claimant matching (resolve) and the scorer (eval), so a
// claimant the resolver treats as one person is also one person to the evaluation.

// One Latin spelling for Russian and Ukrainian letters; the folding in surnameKey() then absorbs the
// differences between transliteration habits (Klitschko / Klychko / Кличко, Syniehubov / Синєгубов).
const TRANSLIT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'i',
  й: 'i',
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
  ю: 'iu',
  я: 'ia',
  "'": '',
  '’': '',
  ʼ: '',
};

/**
 * The last word of a name, transliterated and folded so that spellings of one surname meet:
 * "Вячеслав Гладков" and "Gladkov" -> "hladkov"; "Кличко" and "Klitschko" -> "klichko";
 * "Аксёнов" and "Aksyonov" -> "aksenov". Folding g/h together is deliberate: Ukrainian г is h.
 */
export function surnameKey(name: string): string {
  return latinKey(name.trim().split(/\s+/).pop() ?? '');
}

/**
 * One word transliterated and folded as surnameKey() folds a surname, so that a name written in either script meets
 * itself: "Орешником" -> "oreshnikom" begins with "Oreshnik" -> "oreshnik"; "Кинжал" and "Kinzhal" -> "kinzhal".
 */
export function latinKey(word: string): string {
  let key = [...word.toLowerCase()].map((ch) => TRANSLIT[ch] ?? ch).join('');
  key = key
    .replace(/[^a-z]/g, '')
    .replace(/tsch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/kh/g, 'h')
    .replace(/g/g, 'h')
    .replace(/w/g, 'v')
    .replace(/[jy]/g, 'i')
    .replace(/i[eo]/g, 'e')
    .replace(/(.)\1+/g, '$1');
  return key;
}
