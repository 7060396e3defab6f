// Latin letters that look like Cyrillic ones, as a person on a mixed keyboard types them into a Cyrillic word:
// «Харкiвська» with a Latin i (U+0069), «Хaрків» with a Latin a, the dotless ı a Turkish layout gives. Inside a word
// that already has a Cyrillic letter each is read as its Cyrillic twin, so the name matches; a word with no Cyrillic
// letter ("Kharkiv", "Kyiv Oblast") is left as written.

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
const WORD = /[\p{L}\p{M}'’ʼ-]+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** «Харкiвська» (Latin i) -> «Харківська»; "Kharkiv" and «Харків» as they were. */
export function foldLookalikes(text: string): string {
  return text.replace(WORD, (word) => (CYRILLIC.test(word) ? word.replace(LATIN_TWIN, (c) => TWINS[c] ?? c) : word));
}
