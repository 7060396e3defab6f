// Bytes of a web page or feed to a string, by the charset it declares, in the order browsers use: a byte-order
// mark, then the HTTP Content-Type header, then the document's own declaration (<meta charset>, <meta http-equiv>,
// <?xml encoding?>), else UTF-8. A news site in Windows-1251 that says so only in its header, or only in a meta
// tag, must come out as Cyrillic, not mojibake.

export type CharsetSource = 'bom' | 'header' | 'document' | 'default';

export interface DecodedPage {
  text: string;
  charset: string;
  from: CharsetSource;
  warnings: string[];
}

/** The charset parameter of a Content-Type value: 'text/html; charset=windows-1251' -> 'windows-1251'. */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  const m = contentType ? /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null;
  return m ? m[1]!.toLowerCase() : null;
}

/** The charset a document declares in its first 1024 bytes (as the HTML prescan does), read as ASCII. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  const xml = /^<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1]!.toLowerCase();
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta ? meta[1]!.toLowerCase() : null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

export function decodePage(bytes: Uint8Array, contentType?: string | null): DecodedPage {
  const warnings: string[] = [];
  const b0 = bytes[0];
  const b1 = bytes[1];
  let label: string | null = null;
  let from: CharsetSource = 'default';
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) [label, from] = ['utf-8', 'bom'];
  else if (b0 === 0xff && b1 === 0xfe) [label, from] = ['utf-16le', 'bom'];
  else if (b0 === 0xfe && b1 === 0xff) [label, from] = ['utf-16be', 'bom'];
  if (label === null) {
    const header = charsetOfContentType(contentType);
    if (header !== null && decoderFor(header) !== null) [label, from] = [header, 'header'];
    else if (header !== null) warnings.push(`unknown charset "${header}" in the Content-Type header; ignored`);
  }
  if (label === null) {
    const declared = declaredCharset(bytes);
    if (declared !== null && decoderFor(declared) !== null) [label, from] = [declared, 'document'];
    else if (declared !== null) warnings.push(`unknown charset "${declared}" declared in the document; ignored`);
  }
  // A page that says UTF-16 in a meta tag cannot be, since the tag was readable as ASCII (the HTML rule).
  if (from === 'document' && label !== null && label.startsWith('utf-16')) label = 'utf-8';
  const decoder = decoderFor(label ?? 'utf-8') ?? new TextDecoder('utf-8');
  const text = decoder.decode(bytes);
  if (text.includes('\uFFFD') && decoder.encoding === 'utf-8') {
    warnings.push('some bytes are not valid UTF-8 and were replaced (no charset was declared, or a wrong one)');
  }
  return { text, charset: decoder.encoding, from, warnings };
}
