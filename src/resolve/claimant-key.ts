import type { Claimant } from '../core/types.ts';

// Transliteration chosen to land on the spellings English-language outlets use for officials
// (BGN/PCGN style): Шапша -> shapsha, Гусев -> gusev, Собянин -> sobyanin, Гладков -> gladkov.
const CYRILLIC = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';
const LATIN = 'a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya'.split(' ');
const RUSSIAN: Record<string, string> = Object.fromEntries(
  [...CYRILLIC].map((ch, i) => [ch, (LATIN[i] ?? ch).replace('_', '')]),
);
// Ukrainian spelling differs in a few letters (Г is h, И is y): Синєгубов -> synyehubov, Кличко -> klychko.
const UKRAINIAN: Record<string, string> = { ...RUSSIAN, г: 'h', ґ: 'g', и: 'y', і: 'i', ї: 'yi', є: 'ye' };
const UKRAINIAN_ONLY = /[іїєґ]/;
// After a soft or hard sign, or at the start of a word, е/ё is pronounced "ye": Воробьев -> vorobyev.
const IOTATED = /(^|[ьъ])[её]/g;

function transliterate(word: string): string {
  const table = UKRAINIAN_ONLY.test(word) ? UKRAINIAN : RUSSIAN;
  let out = '';
  for (const ch of word.replace(IOTATED, '$1ye')) out += table[ch] ?? ch;
  // Adjective-like endings are written -y in English: Жуковский -> zhukovsky.
  return out.replace(/(?:iy|yy|ij|ii)$/, 'y');
}

// Initials ("В.", "V", "А.В.") are not surnames.
const INITIALS = /^(?:\p{L}\.?)+$/u;

function surname(name: string): string | null {
  const words = name
    .normalize('NFC')
    .split(/[\s,]+/)
    .map((w) => w.trim())
    .filter((w) => w.length > 0 && !(INITIALS.test(w) && w.replace(/\./g, '').length <= 2));
  const last = words.at(-1);
  return last === undefined ? null : last;
}

/** One key for one claimant across scripts and spellings: "Vladislav Shapsha", "Владислав Шапша" and
 *  "Shapsha" all give 'shapsha'; with no name the role stands in ('ministry', 'air_force'). */
export function claimantKey(c: Claimant | null): string | null {
  if (!c) return null;
  const last = c.name ? surname(c.name) : null;
  if (last) {
    const latin = transliterate(last.toLowerCase())
      .normalize('NFD')
      .replace(/[^a-z0-9]/g, '');
    if (latin.length > 0) return latin;
  }
  return c.role ?? null;
}
