// wordCategories (extract/compile.ts) remembers what the lexicon makes of one word, for the rules that ask it of a
// word of a hit they hold ("attack" of "attack on"). It must answer exactly as a fresh scan of the word does, the
// first time and every time after, in every language, also for strings the lexicon reads as several hits or none.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Lang } from '../../src/core/types.ts';
import { lexiconHits, wordCategories } from '../../src/extract/compile.ts';

const scanned = (word: string, lang: Lang) =>
  [...new Set(lexiconHits(word, lang).flatMap((h) => [...h.value.categories]))].sort();

const words: Record<Lang, string[]> = {
  en: ['attack', 'attacks', 'strike', 'Attack', 'drone', 'HIMARS', 'shot down', 'Kyiv', '', '—', 'attack-on'],
  ru: ['атака', 'удары', 'ударом', 'обстрел', 'БПЛА', 'сбиты', 'Белгород', 'попадании', 'налет', 'налёт'],
  uk: ['атака', 'удару', 'обстріл', 'ракет', 'Шахедів', 'збито', 'Харків', 'влучання'],
};

describe('wordCategories', () => {
  for (const [lang, list] of Object.entries(words) as [Lang, string[]][]) {
    it(`gives the categories a scan of the word gives (${lang}), asked once and asked again`, () => {
      for (const word of list) {
        const expected = scanned(word, lang);
        assert.deepEqual([...wordCategories(word, lang)].sort(), expected, `${lang} «${word}» first`);
        assert.deepEqual([...wordCategories(word, lang)].sort(), expected, `${lang} «${word}» again`);
      }
    });
  }

  it('reads an attack noun as one, and a word of the lexicon of another language as nothing of this one', () => {
    assert.ok(wordCategories('attack', 'en').has('attack_noun'));
    assert.ok(wordCategories('ударом', 'ru').has('attack_noun'));
    assert.equal(wordCategories('ударом', 'en').size, 0);
  });
});
