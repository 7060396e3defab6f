// Latin letters that look like Cyrillic ones, as a person on a mixed keyboard types them into a Cyrillic word:
// «Харкiвська» with a Latin i (U+0069), «Хaрків» with a Latin a, the dotless ı a Turkish layout gives. Inside a word
// that already has a Cyrillic letter each is read as its Cyrillic twin, so the name matches; a word with no Cyrillic
// letter ("Kharkiv", "Kyiv Oblast") is left as written. The other way round, "Kyіv" typed with a Ukrainian і: a word
// with more Latin letters than Cyrillic ones is Latin, and its Cyrillic twins are read as Latin. One stray letter
// never flips a word («Курсk» stays Cyrillic, review 40b).

const TWINS: Readonly<Record<string, string>> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  I: 'І',
  K: 'К',
  k: 'к',
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
// Cyrillic back to Latin: ı folds one way only, so the Latin reading of і is i; ї reads as the ï of "Kyïv".
const CYRILLIC_TWINS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(TWINS)
    .filter(([latin]) => latin !== 'ı')
    .map(([latin, cyrillic]) => [cyrillic, latin]),
);
const CYRILLIC_TWIN = new RegExp(`[${Object.keys(CYRILLIC_TWINS).join('')}]`, 'g');
const WORD = /[\p{L}\p{M}'’ʼ-]+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

function readAsLatin(word: string): boolean {
  let latin = 0;
  let cyrillic = 0;
  for (const c of word) {
    if (LATIN.test(c)) latin++;
    else if (CYRILLIC.test(c)) cyrillic++;
  }
  return latin > cyrillic;
}

/** «Харкiвська» (Latin i) -> «Харківська»; "Kyіv" (Cyrillic і) -> "Kyiv"; "Kharkiv" and «Харків» as they were. */
export function foldLookalikes(text: string): string {
  return text.replace(WORD, (word) => {
    if (!CYRILLIC.test(word)) return word;
    if (readAsLatin(word)) return word.replace(CYRILLIC_TWIN, (c) => CYRILLIC_TWINS[c] ?? c);
    return word.replace(LATIN_TWIN, (c) => TWINS[c] ?? c);
  });
}
