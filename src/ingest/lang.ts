// Which of our three languages a text is in. Letters decide first: Ukrainian writes і ї є ґ, Russian writes
// ы э ъ ё, and neither writes the other's. Only Cyrillic text without any of them (short headlines such as
// «Над Харьковом сбит дрон») goes to the statistical detector.
import { createRequire } from 'node:module';
import type { Lang } from '../core/types.ts';

// tinyld is loaded on the first text that needs it, not with this module: its model costs about 0.3 s of CPU in
// every thread that loads it (the process and each extraction worker of a bulk ingest), and letters decide almost
// every text (none of the bench's synthetic reports reaches it). Its CommonJS build is the same detector as the ES
// module one; a module cannot be imported synchronously.
let tinyld: typeof import('tinyld') | undefined;
function detect(text: string, only: string[]): string {
  tinyld ??= createRequire(import.meta.url)('tinyld') as typeof import('tinyld');
  return tinyld.detect(text, { only });
}

// Typical share of the telltale letters among Cyrillic letters in running text: і+ї+є+ґ make about 6.5% of
// Ukrainian, ы+э+ъ+ё about 2.3% of Russian. Counts are weighed by these shares, so a Russian post that names
// «Київщина» once (3 Ukrainian letters against a dozen ы) stays Russian.
const UK_SHARE = 0.065;
const RU_SHARE = 0.023;
/** tinyld is slow on long input and the first lines say enough. */
const DETECT_SAMPLE = 600;
const URLS = /\bhttps?:\/\/\S+/g;
// The past tense of the verbs in -овать / -увати, the commonest verbs of attack news, differs by one letter and writes
// no telltale letter: Russian «атаковал(а, и, о)», «использовали», Ukrainian «атакував», «атакувала», «використовували».
// A headline such as «Дрон атакував нафтобазу в Прилуках» or «Область атаковали БПЛА» is decided by it, where the
// statistical detector, on a dozen words, guesses wrong. (Ukrainian «приховала», «поховали» end like the Russian
// form: a х before -ов- is left out.)
const RU_PAST = /(?<![\p{L}\p{M}])\p{L}+(?<!х)[ое]вал[аио]?(?![\p{L}\p{M}'’])/giu;
const UK_PAST = /(?<![\p{L}\p{M}])\p{L}+[ую]ва(?:в|ла|ли|ло)(?![\p{L}\p{M}'’])/giu;
// More spellings only one of the two writes, for the same short lines (the ministry's «сбито 7 БПЛА», a mayor's
// «отменили опасность БПЛА», «летевшего на Москву»): Russian writes с- before a voiced consonant where Ukrainian writes
// з- («сбито», «сдался» against «збито», «здався»), its abstract nouns end «-ость» and «-остью» where Ukrainian's end
// «-ість», «-істю» (and a soft sign before a final ю is Russian alone: «ночью», «помощью»), its verbal nouns write
// one н («уничтожения», «падение») where Ukrainian doubles it («знищення», «падіння»), and its past active participles
// («летевшего», «атаковавших») have no Ukrainian form; a Ukrainian noun in «-ння» has no Russian one. «СБУ» (capital
// Б) is not Russian's с-; «-вший», «-вшим», «-вших» after a consonant are Ukrainian comparatives too («довший»), so the
// participle needs a vowel before «вш» and leaves out «-вший».
const RU_SPELLING =
  /(?<![\p{L}\p{M}])[сС][бдг]\p{Ll}|(?:ость|ью|ени[еяю]|ением)(?![\p{L}\p{M}'’-])|[аеиоуя]вш(?:его|ему|ая|ую|ие|ее|ей|их|им|ими)(?![\p{L}\p{M}'’])/gu;
const UK_SPELLING = /(?<![\p{L}\p{M}])[зЗ]б\p{Ll}|нн(?:я|ям)(?![\p{L}\p{M}'’])/gu;

// A Latin word counts at most this many letters. English's long words («internationally», «counteroffensive») stay
// within it; a run of 80 «A»s, a base64 blob or a hashtag glued into one token does not outweigh the Cyrillic
// sentence around it (ux39 #8: one 80-letter token flipped a Russian report to English and lost its facts).
const LATIN_WORD_CAP = 20;

/**
 * `hint` (from the source's configuration or the command line) decides when the letters cannot: text with no
 * letters at all, or Cyrillic without telltale letters, where it beats a statistical guess on a short line.
 */
export function detectLang(input: string, hint?: Lang): Lang {
  // Links are Latin whatever the language of the post around them.
  const text = input.includes('://') ? input.replace(URLS, ' ') : input;
  let uk = 0;
  let ru = 0;
  let cyrillic = 0;
  let latin = 0;
  let latinRun = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isLatin = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    latinRun = isLatin ? latinRun + 1 : 0;
    if (c >= 0x0400 && c <= 0x04ff) {
      cyrillic++;
      // і ї є ґ and their capitals (І Ї Є Ґ).
      if (c === 0x0456 || c === 0x0457 || c === 0x0454 || c === 0x0491) uk++;
      else if (c === 0x0406 || c === 0x0407 || c === 0x0404 || c === 0x0490) uk++;
      // ы э ъ ё and their capitals.
      else if (c === 0x044b || c === 0x044d || c === 0x044a || c === 0x0451) ru++;
      else if (c === 0x042b || c === 0x042d || c === 0x042a || c === 0x0401) ru++;
    } else if (isLatin && latinRun <= LATIN_WORD_CAP) {
      latin++;
    }
  }
  if (cyrillic === 0) return latin > 0 ? 'en' : (hint ?? 'en');
  // An English article quoting one Russian word is still English.
  if (latin >= 2 * cyrillic) return 'en';
  // One і in a long text may be a typo or a Latin-lookalike; a meaningful share decides.
  if (uk > 0 && ru === 0 && (uk >= 3 || uk >= cyrillic * 0.005)) return 'uk';
  if (ru > 0 && uk === 0) return 'ru';
  if (ru > 0) return uk / UK_SHARE > ru / RU_SHARE ? 'uk' : 'ru';
  if (hint === 'ru' || hint === 'uk') return hint;
  const ruCues = (text.match(RU_PAST)?.length ?? 0) + (text.match(RU_SPELLING)?.length ?? 0);
  const ukCues = (text.match(UK_PAST)?.length ?? 0) + (text.match(UK_SPELLING)?.length ?? 0);
  if (ruCues !== ukCues) return ruCues > ukCues ? 'ru' : 'uk';
  const guess = detect(text.length > DETECT_SAMPLE ? text.slice(0, DETECT_SAMPLE) : text, ['ru', 'uk']);
  return guess === 'uk' ? 'uk' : 'ru';
}
