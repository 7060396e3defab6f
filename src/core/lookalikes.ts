// Latin letters that look like Cyrillic ones, as a person on a mixed keyboard types them into a Cyrillic word:
// «Харкiвська» with a Latin i (U+0069), «Хaрків» with a Latin a, the dotless ı a Turkish layout gives. Inside a word
// that already has a Cyrillic letter each is read as its Cyrillic twin, so the name matches; a word with no Cyrillic
// letter ("Kharkiv", "Kyiv Oblast") is left as written. The other way round, "Kyіv" typed with a Ukrainian і: when
// every Cyrillic letter of a word has a Latin twin and the word has a Latin letter that has none (the v), the word is
// Latin and its Cyrillic twins are read as Latin.

const TWINS: Readonly<Record<string, string>> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  I: 'І',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
  a: 'а',
  c: 'с',
  e: 'е',
  i: 'і',
  ı: 'і',
  ï: 'ї',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
};
const LATIN_TWIN = new RegExp(`[${Object.keys(TWINS).join('')}]`, 'g');
// Cyrillic back to Latin: ı and ï fold one way only, so the Latin reading of і is i.
const CYRILLIC_TWINS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(TWINS)
    .filter(([latin]) => latin !== 'ı' && latin !== 'ï')
    .map(([latin, cyrillic]) => [cyrillic, latin]),
);
const CYRILLIC_TWIN = new RegExp(`[${Object.keys(CYRILLIC_TWINS).join('')}]`, 'g');
const WORD = /[\p{L}\p{M}'’ʼ-]+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

function readAsLatin(word: string): boolean {
  let latinOnly = false;
  for (const c of word) {
    if (CYRILLIC.test(c) && !(c in CYRILLIC_TWINS)) return false;
    if (LATIN.test(c) && !(c in TWINS)) latinOnly = true;
  }
  return latinOnly;
}

/** «Харкiвська» (Latin i) -> «Харківська»; "Kyіv" (Cyrillic і) -> "Kyiv"; "Kharkiv" and «Харків» as they were. */
export function foldLookalikes(text: string): string {
  return text.replace(WORD, (word) => {
    if (!CYRILLIC.test(word)) return word;
    if (readAsLatin(word)) return word.replace(CYRILLIC_TWIN, (c) => CYRILLIC_TWINS[c] ?? c);
    return word.replace(LATIN_TWIN, (c) => TWINS[c] ?? c);
  });
}
