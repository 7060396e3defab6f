// JSON Lines, one report per line: { text, published_at?, url?, title?, source? (or channel?), lang?, speaker? }. A bad line fails
// with its line number and the batch goes on; so does a published_at that is no time with an offset, or a speaker
// that is no { person?, role, region? } of a known role. Pure.

import { missingOffsetHint } from '../../../core/iso-time.ts';
import { webUrl } from '../../../core/web-url.ts';
import type { InputFailure, ParseContext, ParsedSource, SourceDocument } from '../../source.ts';
import { SPEAKER_SHAPE, speakerField } from '../../speaker-field.ts';
import { namesRealTime, toIsoWithOffset } from '../../zoned-time.ts';
import { langCode } from '../lang-code.ts';

const OPTIONAL = ['published_at', 'url', 'title', 'source', 'channel', 'lang', 'id'] as const;

export function parseJsonLines(bytes: Uint8Array, ctx: ParseContext): ParsedSource {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const documents: SourceDocument[] = [];
  const failures: InputFailure[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const input = `${ctx.input}:${i + 1}`;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch (error) {
      failures.push({ input, message: `line ${i + 1} is not JSON: ${error instanceof Error ? error.message : error}` });
      return;
    }
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      failures.push({
        input,
        message: `line ${i + 1} must be a JSON object { text, published_at, url, title, source }`,
      });
      return;
    }
    const r = row as Record<string, unknown>;
    if (typeof r.text !== 'string' || r.text.trim() === '') {
      failures.push({ input, message: `line ${i + 1}: "text" must be a non-empty string` });
      return;
    }
    for (const field of OPTIONAL) {
      if (r[field] !== undefined && r[field] !== null && typeof r[field] !== 'string' && field !== 'id') {
        failures.push({ input, message: `line ${i + 1}: "${field}" must be a string` });
        return;
      }
    }
    // A date given but unreadable fails its line, as an empty text does: dated by the file's modification time
    // instead, the report would tell of a night it never named. A line with no date (absent, null or "") keeps the
    // fallback, marked inferred.
    const given = typeof r.published_at === 'string' && r.published_at.trim() !== '' ? r.published_at : undefined;
    const published = toIsoWithOffset(given, ctx.timeZone);
    if (given !== undefined && published === null) {
      // "has no offset" was said of any real time it could not read, offsets and all (ux40 #9): the hint names
      // what is missing only when that is what is missing.
      const hint = namesRealTime(given) ? missingOffsetHint(given) : null;
      const why =
        hint ??
        (namesRealTime(given)
          ? 'is neither ISO 8601 with an offset nor an RFC 822 date with a zone'
          : 'names no real day and time');
      failures.push({
        input,
        message: `line ${i + 1}: "published_at" "${given.slice(0, 40)}" ${why}${hint === null ? '; write ISO 8601 with an offset, e.g. 2025-06-02T07:00:00+03:00' : ''}`,
      });
      return;
    }
    // "source": "Ukrainian Air Force" names a publisher, and an outlet's name says nothing of whom it quotes ("Air
    // Force Times"): who speaks on the line is said, not guessed, as a sources.yaml row says it.
    const speaker = speakerField(r.speaker);
    if (speaker === 'bad') {
      failures.push({ input, message: `line ${i + 1}: "speaker" must be ${SPEAKER_SHAPE}` });
      return;
    }
    const warnings: string[] = [];
    const url = typeof r.url === 'string' ? r.url : null;
    // A line is named by its url as written, whatever the URL rule makes of it (prepareReport stores it readable,
    // or drops a `javascript:` url with a warning): a registered export's item keys are this string since before
    // the rule, and a line keyed by its number instead would take over another post's report when lines move
    // (review 39b #1, #5). Messages name the line by the URL it stores.
    const checked = url === null ? null : webUrl(url);
    const link = checked?.ok ? checked.url : null;
    // An empty `source` ("") names no one: the line falls back to its channel, else the row's name (review 39c #7).
    const named = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
    const lineSource = named(r.source) ?? named(r.channel);
    documents.push({
      input: link ?? input,
      bytes: new TextEncoder().encode(r.text),
      url: url ?? undefined,
      title: typeof r.title === 'string' ? r.title : undefined,
      published: published ?? undefined,
      // A channel's export names its channel as `channel` ("@kpszsu (Повітряні Сили ЗС України)"), not `source`: read
      // without it, its unsigned posts had no publisher and each counted as a voice of its own (ux38 #9).
      publisher: lineSource,
      ...(lineSource !== undefined ? { ownPublisher: true as const } : {}),
      lang: langCode(typeof r.lang === 'string' ? r.lang : undefined),
      ...(speaker ? { speaker } : {}),
      key: r.id !== undefined && r.id !== null ? String(r.id) : (url ?? undefined),
      warnings,
    });
  });
  if (documents.length === 0 && failures.length === 0) failures.push({ input: ctx.input, message: 'no lines' });
  return { documents, failures, skipped: [] };
}
