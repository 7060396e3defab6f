// What every source hands to the ingest stage: raw bytes plus where they came from, or a reason they could
// not be read. Sources differ in how they fetch (files, stdin, later URLs, RSS, Telegram exports); after this
// point every input is cleaned the same way (normalize.ts).

import type { SpeakerField } from './speaker-field.ts';

/** One thing to read, before cleaning. `input` is the path exactly as given (or '-' for stdin, or a URL later). */
export interface RawInput {
  input: string;
  bytes: Uint8Array;
  mtime: Date | null;
}

/** One input that could not be read; the batch goes on. `message` is one line a person can act on. */
export interface InputFailure {
  input: string;
  message: string;
}

/** `skipped`: not a failure but a file in a folder that is no report (README, LICENSE, dotfile); `failure.message`
 *  says why it was passed over. */
export type InputItem = { ok: true; raw: RawInput } | { ok: false; failure: InputFailure; skipped?: boolean };

/** The kinds of source, one folder each under sources/: how a file or a response is turned into documents. */
export const SOURCE_KINDS = ['text', 'html', 'feed', 'telegram', 'jsonl'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * One report-to-be, as a kind's parse.ts makes it from a file or a response: the text to clean plus what the source
 * said about it. Every field but `input` and `bytes` may be missing; the pipeline then falls back to the command
 * line (--published, --source) or to what the text itself says.
 */
export interface SourceDocument {
  /** Where it came from, for the ingest log: a path as given, `path#item`, or a URL. */
  input: string;
  /** The text to clean: a text file's own bytes, else the extracted text as UTF-8. */
  bytes: Uint8Array;
  /** The report's URL. `undefined`: the input stands for it (a file's path, as docs/contract.md says); `null`: none. */
  url?: string | null;
  title?: string;
  /** ISO 8601 with an offset. */
  published?: string;
  /** Outlet or channel name (a feed's title, a Telegram chat's name, og:site_name). */
  publisher?: string;
  /** The publisher is the item's own (a JSON Lines line's `source` or `channel`), not its container's: a scraper's
   *  file holds many channels, so it wins over a sources.yaml row's `name`, which only stands in for lines naming none. */
  ownPublisher?: true;
  /** ISO 639-1 as the source declares it ('ru-RU' already cut to 'ru'); only en/ru/uk are kept. */
  lang?: 'en' | 'ru' | 'uk';
  /** Author as the source names them (<meta name="author">, a post's signature). */
  byline?: string;
  /** A forward's original channel: it is the forward's origin. */
  forwarded_from?: string;
  /** Who speaks, as the input line itself says (a JSON Lines `speaker`, the same mapping as a sources.yaml row's):
   *  the claimant of what the text attributes to no one. Its source's name is never read for it. */
  speaker?: SpeakerField;
  /** A post of a Telegram channel (an export's chat, a t.me page): `publisher` is the channel's name, so a name that
   *  holds a role ("Belgorod Governor") says who speaks, wherever the export's file lives. */
  telegram?: boolean;
  /** The item's identity in its source, stable across edits: 'telegram:<chat id>/<message id>', a feed's guid. */
  key?: string;
  /** When the source says the item was last edited (ISO 8601 with offset). */
  edited_at?: string;
  /** What reading the source left out of `bytes`, as the source showed it (an article page's navigation and footer
   *  blocks, bounded): it leads the report's `removed`. */
  removed?: string[];
  warnings?: string[];
}

/** What parsing one file or response gives: its documents, the items that failed (each with a reason), and the
 *  items that are not reports at all (service messages, media-only posts), listed as skipped. */
export interface ParsedSource {
  documents: SourceDocument[];
  failures: InputFailure[];
  skipped: InputFailure[];
}

/** What a parser may be told beyond the bytes: the HTTP Content-Type (for the charset), the URL it was fetched
 *  from, and the time zone a channel's times are read in (from sources.yaml). */
export interface ParseContext {
  input: string;
  contentType?: string | null;
  url?: string | null;
  timeZone?: string | null;
}
