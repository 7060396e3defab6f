import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isWordChar, tokenize } from '../../src/extract/lexicon.ts';

describe('lexicon tokenizer', () => {
  it('decides word characters (letters, digits, marks) exactly as the unicode-class regex does, over the whole BMP outside surrogates', () => {
    const re = /[\p{L}\p{N}\p{M}]/u;
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (isWordChar(c) !== re.test(String.fromCharCode(c))) wrong.push(c.toString(16));
    }
    assert.deepEqual(wrong, []);
  });

  it('keeps apostrophes inside words, splits on hyphens and quotes, and folds case and ё', () => {
    const text = "П’ять «Шахедів» — capital's high-speed Ёлки";
    const t = tokenize(text);
    const words = t.starts.map((s, i) => t.lower.slice(s, t.ends[i]));
    assert.deepEqual(words, ["п'ять", 'шахедів', "capital's", 'high', 'speed', 'елки']);
  });
});
