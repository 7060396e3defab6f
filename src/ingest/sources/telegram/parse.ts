// A Telegram Desktop export (result.json) to one document per post. Both shapes: one chat
// `{ name, type, id, messages }`, or a full export `{ chats: { list: [chat…] } }`. A post's `text` is a string or
// an array of strings and `{ type, text, href }` entities; its plain text is what a reader sees. Service messages
// (pins, joins) and posts without text (a photo alone) are listed as skipped; fields we do not know are ignored.
// Pure.
import type { InputFailure, ParseContext, ParsedSource, SourceDocument } from '../../source.ts';
import { isoInZone, namesRealTime } from '../../zoned-time.ts';

type Loose = Record<string, unknown>;
const obj = (v: unknown): Loose | null =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Loose) : null;
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

interface Chat {
  name: string | null;
  id: string;
  messages: unknown[];
}

/** The chats of either export shape, or null when the JSON is neither. */
export function telegramChats(data: unknown): Chat[] | null {
  const root = obj(data);
  if (root === null) return null;
  const chat = (c: Loose): Chat | null =>
    Array.isArray(c.messages)
      ? { name: str(c.name), id: String(c.id ?? c.name ?? 'chat'), messages: c.messages }
      : null;
  if (Array.isArray(root.messages)) {
    const one = chat(root);
    return one ? [one] : null;
  }
  const lists = [obj(root.chats)?.list, obj(root.left_chats)?.list].filter(Array.isArray) as unknown[][];
  if (lists.length === 0) return null;
  return lists.flat().flatMap((c) => {
    const o = obj(c);
    const one = o ? chat(o) : null;
    return one ? [one] : [];
  });
}

/** `text` as a string, or an array of strings and entities: the characters a reader sees, markup dropped. */
export function telegramText(text: unknown): string {
  if (typeof text === 'string') return text;
  if (!Array.isArray(text)) return '';
  return text
    .map((part) => {
      if (typeof part === 'string') return part;
      const entity = obj(part);
      return typeof entity?.text === 'string' ? entity.text : '';
    })
    .join('');
}

/** The post's time: `date_unixtime` is an instant; `date` alone is the wall time of the exporting computer, read in
 *  `timeZone` (the row's `time_zone`, `--time-zone`) or, without one, as UTC, as `ingest --help` says (older
 *  Telegram Desktop exports write no `date_unixtime`; the file's modification time, the fallback, would file the post
 *  under the day it was copied, ux39 #4). `assumed`: the zone was not given, so the caller can say so. */
function postTime(
  msg: Loose,
  unixKey: string,
  localKey: string,
  timeZone: string | null | undefined,
): { iso: string; assumed: boolean } | null {
  const unix = Number(msg[unixKey]);
  if (Number.isFinite(unix) && unix > 0) return { iso: isoInZone(new Date(unix * 1000), timeZone), assumed: false };
  const local = str(msg[localKey]);
  if (local === null || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(local) || !namesRealTime(local)) return null;
  const asUtc = Date.parse(`${local}Z`);
  if (Number.isNaN(asUtc)) return null;
  if (!timeZone) return { iso: isoInZone(new Date(asUtc), null), assumed: true };
  // Local wall time in the channel's zone: take the zone's offset at about that time and step back by it.
  const offset = isoInZone(new Date(asUtc), timeZone).slice(19);
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  const offsetMs = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60000 : 0;
  return { iso: isoInZone(new Date(asUtc - offsetMs), timeZone), assumed: false };
}

/** 'https://t.me/example_channel' (a registry row's url) -> 'https://t.me/example_channel/4102' for post 4102. */
function postUrl(channelUrl: string | null | undefined, id: string): string | undefined {
  const m = channelUrl ? /^https?:\/\/(?:t\.me|telegram\.me)\/(?:s\/)?([A-Za-z0-9_]{3,})\/?$/i.exec(channelUrl) : null;
  return m ? `https://t.me/${m[1]}/${id}` : undefined;
}

export function parseTelegramExport(bytes: Uint8Array, ctx: ParseContext): ParsedSource {
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  } catch (error) {
    const message = `not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
    return { documents: [], failures: [{ input: ctx.input, message }], skipped: [] };
  }
  const chats = telegramChats(data);
  if (chats === null) {
    const message = 'not a Telegram Desktop export: expected { name, type, id, messages } or { chats: { list } }';
    return { documents: [], failures: [{ input: ctx.input, message }], skipped: [] };
  }
  const documents: SourceDocument[] = [];
  const failures: InputFailure[] = [];
  const skipped: InputFailure[] = [];
  for (const chat of chats) {
    for (const raw of chat.messages) {
      const msg = obj(raw);
      const id = msg ? String(msg.id ?? '?') : '?';
      const input = `${ctx.input}#${chat.id}/${id}`;
      if (msg === null) {
        failures.push({ input, message: 'a message that is not a JSON object' });
        continue;
      }
      if (msg.type !== undefined && msg.type !== 'message') {
        skipped.push({ input, message: `service message (${str(msg.action) ?? String(msg.type)}), not a post` });
        continue;
      }
      const text = telegramText(msg.text).trim();
      if (text === '') {
        const media =
          str(msg.media_type) ?? (msg.photo !== undefined ? 'photo' : msg.file !== undefined ? 'file' : null);
        skipped.push({ input, message: `post without text${media ? ` (${media} only)` : ''}` });
        continue;
      }
      const posted = postTime(msg, 'date_unixtime', 'date', ctx.timeZone);
      const published = posted?.iso ?? null;
      const docWarnings: string[] = [];
      if (posted?.assumed) {
        docWarnings.push(
          `post date "${String(msg.date)}" states no time zone: read as UTC (--time-zone, or a source's time_zone, names the exporting computer's)`,
        );
      } else if (published === null && msg.date !== undefined) {
        docWarnings.push(
          `post date "${String(msg.date)}" is not a time as Telegram Desktop writes one (2025-05-20T05:00:00); not used`,
        );
      }
      const edited = postTime(msg, 'edited_unixtime', 'edited', ctx.timeZone)?.iso ?? null;
      const from = str(msg.from);
      const signature = str(msg.author) ?? (from !== null && from !== chat.name ? from : null);
      documents.push({
        input,
        bytes: new TextEncoder().encode(text),
        url: postUrl(ctx.url, id),
        published: published ?? undefined,
        publisher: chat.name ?? undefined,
        byline: signature ?? undefined,
        forwarded_from: str(msg.forwarded_from) ?? undefined,
        telegram: true,
        key: `telegram:${chat.id}/${id}`,
        edited_at: edited ?? undefined,
        warnings: docWarnings,
      });
    }
  }
  if (documents.length === 0 && failures.length === 0 && skipped.length === 0) {
    failures.push({ input: ctx.input, message: 'the export has no messages' });
  }
  return { documents, failures, skipped };
}
