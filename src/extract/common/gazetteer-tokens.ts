// Tokenizer shared by the gazetteer generator and the runtime lookup, so that a name written in the data
// ("Ростов-на-Дону", "Кам’янське") and the same name in a report split into identical keys.
//
// A key is the token lowercased, with ё -> е and every apostrophe (’ ' ʼ ‘ `) as "'". Hyphens and all other
// punctuation split tokens: "Ростов-на-Дону" -> ["ростов", "на", "дону"]. An apostrophe stays inside a token
// only between two Cyrillic letters (Ukrainian "Слов'янськ"); in Latin text it splits ("Kursk's" -> "kursk", "s").
//
// Speed matters here (every report goes through it): the scan folds characters arithmetically and computes a
// hash per token; the key string is made only when asked for (`keyAt`), which the lookup does only for
// tokens whose hash some gazetteer entry shares.

const SEP = -1;
const APOSTROPHE = -2;
const SKIP = -3;

/** The folded code of one character, or SEP / APOSTROPHE / SKIP (a combining stress mark). */
export function foldCode(c: number): number {
  if (c < 0x80) {
    if (c >= 0x61 && c <= 0x7a) return c;
    if (c >= 0x41 && c <= 0x5a) return c + 32;
    if (c >= 0x30 && c <= 0x39) return c;
    if (c === 0x27 || c === 0x60) return APOSTROPHE;
    return SEP;
  }
  if (c >= 0x400 && c <= 0x52f) {
    if (c >= 0x430 && c <= 0x44f) return c;
    if (c >= 0x410 && c <= 0x42f) return c + 32;
    if (c === 0x451 || c === 0x401) return 0x435; // ё -> е
    if (c >= 0x450 && c <= 0x45f) return c;
    if (c >= 0x400 && c <= 0x40f) return c + 80; // І Ї Є Ў -> і ї є ў
    return c | 1; // Ґ/ґ and the other Cyrillic pairs: upper even, lower odd
  }
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  if (c >= 0xdf && c <= 0xff && c !== 0xf7) return c;
  if (c >= 0x100 && c <= 0x17f) return c | 1;
  if (c >= 0x180 && c <= 0x24f) return c;
  if (c === 0x2019 || c === 0x2bc || c === 0x2018 || c === 0x2b9) return APOSTROPHE;
  if (c === 0x301) return SKIP;
  return SEP;
}

const isCyrillic = (f: number) => f >= 0x400 && f <= 0x52f;

export interface Tokens {
  text: string;
  /** Start and end offsets into the text. */
  starts: number[];
  ends: number[];
  /** True where the token's first character is a capital letter. */
  caps: boolean[];
  /** A hash of each key, to reject tokens no entry starts with before making strings. */
  hashes: number[];
  keys: (string | undefined)[];
}

export function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const caps: boolean[] = [];
  const hashes: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      i++;
      continue;
    }
    const f = foldCode(c);
    if (f < 0) {
      i++;
      continue;
    }
    const start = i;
    let h = f;
    let prev = f;
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      // Lowercase Cyrillic and Latin letters, most of any text, skip the general fold.
      const g = (d >= 0x430 && d <= 0x44f) || (d >= 0x61 && d <= 0x7a) ? d : foldCode(d);
      if (g >= 0) {
        h = (Math.imul(h, 31) + g) | 0;
        prev = g;
        i++;
      } else if (g === SKIP) {
        i++;
      } else if (g === APOSTROPHE && isCyrillic(prev) && i + 1 < n && isCyrillic(foldCode(text.charCodeAt(i + 1)))) {
        h = (Math.imul(h, 31) + 0x27) | 0;
        prev = 0x27;
        i++;
      } else {
        break;
      }
    }
    starts.push(start);
    ends.push(i);
    caps.push(f !== c && c !== 0x451);
    hashes.push(h);
  }
  return { text, starts, ends, caps, hashes, keys: new Array(starts.length) };
}

/** The key of token `i`, made on first use. */
export function keyAt(tokens: Tokens, i: number): string {
  const cached = tokens.keys[i];
  if (cached !== undefined) return cached;
  const { text } = tokens;
  const end = tokens.ends[i] as number;
  const codes: number[] = [];
  for (let j = tokens.starts[i] as number; j < end; j++) {
    const f = foldCode(text.charCodeAt(j));
    if (f >= 0) codes.push(f);
    else if (f === APOSTROPHE) codes.push(0x27);
  }
  const key = String.fromCharCode(...codes);
  tokens.keys[i] = key;
  return key;
}

/** All keys of a name as written in the data: "Санкт-Петербург" -> ["санкт", "петербург"]. */
export function keysOf(name: string): { keys: string[]; hashes: number[] } {
  const t = tokenize(name);
  return { keys: t.starts.map((_, i) => keyAt(t, i)), hashes: t.hashes };
}

/** The keys of a name joined by spaces, for comparing names: "Kaluga oblast’" ~ "Kaluga Oblast". */
export function nameKey(name: string): string {
  return keysOf(name).keys.join(' ');
}
