// Bytes to a string, refusing to guess: a Windows-1251 or Latin-1 file decoded as UTF-8 would turn every
// place name into mojibake that no rule downstream can read, so we say which byte is wrong instead.

export type Decoded = { ok: true; text: string } | { ok: false; message: string };

import { isUtf8 } from 'node:buffer';

// Stateless when not streaming, so one instance each serves every call. ignoreBOM=false drops the BOM.
const utf16le = new TextDecoder('utf-16le', { fatal: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true });

/** How much of the start is sniffed for binary content, as `file(1)` does. */
const SNIFF_BYTES = 8192;

export function decodeText(bytes: Uint8Array): Decoded {
  // UTF-16 is tried only with a BOM: without one, UTF-16 and binary look alike.
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    try {
      const text = (b0 === 0xff ? utf16le : utf16be).decode(bytes);
      if (looksBinaryText(text)) return { ok: false, message: 'binary file, not text' };
      return { ok: true, text };
    } catch {
      return { ok: false, message: 'not valid UTF-16 text despite its byte-order mark; convert it to UTF-8' };
    }
  }
  // isUtf8 is a native check, far cheaper than catching the decoder's exception.
  if (!isUtf8(bytes)) {
    if (looksBinary(bytes)) return { ok: false, message: 'binary file, not text' };
    return { ok: false, message: `not valid UTF-8 text (byte ${firstInvalidUtf8(bytes)}); convert it to UTF-8` };
  }
  // A NUL byte is valid UTF-8 but never text. The share of other control characters is left to
  // looksBinaryText, which cleanText runs only when its one scan for unusual characters finds any.
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.subarray(0, SNIFF_BYTES).includes(0)) return { ok: false, message: 'binary file, not text' };
  // Already validated, so the faster non-throwing decoder is safe (TextDecoder takes ~1.6x as long on Cyrillic).
  // It keeps a BOM, which cleanText strips.
  return { ok: true, text: buf.toString('utf8') };
}

/** A NUL byte, or more than 10% control bytes (other than tab, newline, CR, form feed, escape) in the first 8 KB. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f) control++;
  }
  return control * 10 > n;
}

/** A NUL, or more than 10% control characters (other than tab, LF, CR, FF, ESC) in the first 8 K characters. */
export function looksBinaryText(text: string): boolean {
  const n = Math.min(text.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) || c === 0x7f) control++;
  }
  return control * 10 > n;
}

/** 0-based offset of the first byte that breaks UTF-8 (what a hex editor shows); only run on failure. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are invalid too.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return n;
}
