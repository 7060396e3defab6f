// What every source hands to the ingest stage: raw bytes plus where they came from, or a reason they could
// not be read. Sources differ in how they fetch (files, stdin, later URLs, RSS, Telegram exports); after this
// point every input is cleaned the same way (normalize.ts).

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
