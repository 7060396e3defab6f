import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compilePatterns, isWordChar, scan, tokenize } from '../../src/extract/lexicon.ts';

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

// The scan narrows a bucket's entries by the third letter of the word and by the next word's first two letters
// (Narrowed in lexicon.ts): it must find exactly what trying every entry, longest first, finds.
describe('lexicon scan: the narrowed candidates find what trying every entry finds', () => {
  const vocabulary = [
    'в',
    'во',
    'на',
    'над',
    'по',
    'село',
    'селом',
    'ночь',
    'ночью',
    'the',
    'then',
    'of',
    'oblast',
    'x',
  ];
  const seeded = (seed: number) => () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const rand = seeded(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const word = () => {
    const w = pick(vocabulary);
    // Stems of one letter (never first: the compiler refuses those) and longer ones.
    return rand() < 0.3 && w.length > 1 ? `${w.slice(0, 1 + Math.floor(rand() * (w.length - 1)))}*` : w;
  };
  const patterns = new Map<string, number>();
  while (patterns.size < 60) {
    const first = pick(vocabulary);
    const rest = Array.from({ length: Math.floor(rand() * 3) }, word);
    const p = [first, ...rest].join(' ');
    if (!patterns.has(p)) patterns.set(p, patterns.size);
  }
  const entries = [...patterns].map(([pattern, value]) => ({ pattern, value }));
  const compiled = compilePatterns(entries);
  // Longest pattern first, then the list's order, as the buckets keep them.
  const ordered = [...entries].sort((a, b) => b.pattern.length - a.pattern.length);
  const reference = (text: string) => {
    const t = tokenize(text);
    const words = t.starts.map((s, i) => t.lower.slice(s, t.ends[i]));
    const out: [number, number, number][] = [];
    for (let i = 0; i < words.length; ) {
      const found = ordered.find((e) => {
        const ws = e.pattern.split(' ');
        return ws.every((w, k) => {
          const x = words[i + k];
          if (x === undefined) return false;
          if (k > 0 && text.slice(t.ends[i + k - 1], t.starts[i + k]) !== ' ') return false;
          return w.endsWith('*') ? x.startsWith(w.slice(0, -1)) : x === w;
        });
      });
      if (!found) {
        i++;
        continue;
      }
      const n = found.pattern.split(' ').length;
      out.push([t.starts[i]!, t.ends[i + n - 1]!, found.value]);
      i += n;
    }
    return out;
  };

  it('over random texts of words that share first words and stems', () => {
    for (let k = 0; k < 2000; k++) {
      const text = Array.from({ length: 1 + Math.floor(rand() * 12) }, () => pick(vocabulary))
        .map((w, i) => (i > 0 && rand() < 0.15 ? `, ${w}` : ` ${w}`))
        .join('')
        .trim();
      const hits = scan(compiled, text).map((h) => [h.start, h.end, h.value]);
      assert.deepEqual(hits, reference(text), text);
    }
  });
});
