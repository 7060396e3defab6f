// A name shown on the page and in exports as it reads: a publisher, a title, a channel, a speaker's name. Such names
// come from whoever sent the report (a POST's `source`, a feed's title, an export's chat name), and a bidirectional
// control in one (U+202E, the right-to-left override) shows it turned around: "Test\u202eteltuo" reads as another
// outlet's name. The report's text loses them while it is cleaned (ingest/normalize.ts), before any offset is taken.

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const HIDDEN = /[\u0000-\u001F\u007F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** The name without bidirectional controls and control characters (a tab or line break becomes a space). */
export function plainName(name: string): string {
  return name
    .replace(/[\t\n\r]+/g, ' ')
    .replace(HIDDEN, '')
    .trim();
}

/** plainName of a name that may be missing. */
export function plainNameOrNull(name: string | null | undefined): string | null {
  if (name == null) return null;
  const plain = plainName(name);
  return plain === '' ? null : plain;
}
