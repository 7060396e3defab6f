// The static list of parsers, one folder per kind: bytes and a context in, documents out.
import type { ParseContext, ParsedSource, SourceKind } from '../source.ts';
import { parseFeedBytes } from './feed/parse.ts';
import { parseHtml } from './html/parse.ts';
import { parseJsonLines } from './jsonl/parse.ts';
import { parseTelegramExport } from './telegram/parse.ts';
import { parseTextFile } from './text/parse.ts';

export { detectKind, detectKindOfResponse, REPORT_EXTENSIONS, TEXT_EXTENSIONS } from './kinds.ts';

const PARSERS: Record<SourceKind, (bytes: Uint8Array, ctx: ParseContext) => ParsedSource> = {
  text: parseTextFile,
  html: parseHtml,
  feed: parseFeedBytes,
  telegram: parseTelegramExport,
  jsonl: parseJsonLines,
};

export function parseSource(kind: SourceKind, bytes: Uint8Array, ctx: ParseContext): ParsedSource {
  return PARSERS[kind](bytes, ctx);
}
