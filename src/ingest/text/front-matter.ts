// Sample and gold files start with a small `key: value` block between `---` lines (published time, source,
// url, language). It is metadata, not report text, so it is cut off before cleaning: evidence offsets must
// point into the text a reader sees, not into the header.

export interface FrontMatter {
  /** The text after the block (the whole text when there is none). */
  body: string;
  meta: Record<string, string>;
  warnings: string[];
}

const KEY_LINE = /^([a-z_]+):[ \t]*(.*)$/;

/** Expects LF line ends (normalize.ts converts CRLF first). */
export function splitFrontMatter(text: string): FrontMatter {
  const meta: Record<string, string> = {};
  if (!text.startsWith('---\n') && text !== '---') return { body: text, meta, warnings: [] };
  const close = findClosing(text);
  if (close === null) {
    return { body: text, meta, warnings: ['front matter starts with --- but has no closing ---; kept as text'] };
  }
  const lines = text.slice(4, close.start).split('\n');
  for (const [i, line] of lines.entries()) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const m = KEY_LINE.exec(trimmed);
    if (m === null) {
      // A `---` rule followed by prose and another rule is not a header: keep it all as text.
      return {
        body: text,
        meta: {},
        warnings: [`front matter line ${i + 2} is not "key: value" ("${trimmed.slice(0, 40)}"); kept as text`],
      };
    }
    meta[m[1]!] = unquote(m[2]!.trim());
  }
  return { body: text.slice(close.end), meta, warnings: [] };
}

function findClosing(text: string): { start: number; end: number } | null {
  let from = 4;
  for (;;) {
    const at = text.indexOf('\n---', from - 1);
    if (at < 0) return null;
    const after = at + 4;
    if (after === text.length) return { start: at + 1, end: after };
    if (text[after] === '\n') return { start: at + 1, end: after + 1 };
    from = after + 1;
  }
}

/** `title: "Drones over Kaluga"` -> Drones over Kaluga */
function unquote(value: string): string {
  const first = value[0];
  if (value.length >= 2 && (first === '"' || first === "'") && value.endsWith(first)) return value.slice(1, -1);
  return value;
}
