// A text or Markdown file (optionally with a front-matter block) is one document: its own bytes, cleaned later by
// normalize.ts like every other text. Pure.
import type { ParseContext, ParsedSource } from '../../source.ts';

export function parseTextFile(bytes: Uint8Array, ctx: ParseContext): ParsedSource {
  return { documents: [{ input: ctx.input, bytes, url: ctx.url ?? undefined }], failures: [], skipped: [] };
}
