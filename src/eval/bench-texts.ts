// Reads the real third-party texts of ../shared/bench (see each set's PROVENANCE.md) as one list, each with a
// stable reference "<set>/<id>" that the real gold (test/gold/real) uses instead of copying the text. The texts
// never enter the project; this reader is the only place that knows each set's file and field names.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../core/types.ts';

export interface BenchText {
  set: string;
  /** "<set>/<id>": the key the real gold's labels refer to. */
  ref: string;
  /** The set's language where it has one; VIINA mixes Russian and Ukrainian and leaves it to detection. */
  lang: Lang | null;
  /** ISO with offset. VIINA (a date only) reads as that day's noon in Kyiv; the Ukrainian posts (no date at all)
   *  as a fixed placeholder, so their windows are never scored (the labels give none). */
  published_at: string;
  text: string;
  /** The collector's keyword hint, where the set has one (it is not a label). */
  hint: string | null;
  /** The channel that posted it, where the set names one (Telegram news): what a Telegram ingest stores as the
   *  report's publisher. */
  channel: string | null;
}

export const BENCH_SETS = [
  'mod-russia-air-defence',
  'ru-telegram-news-2024',
  'viina-headlines',
  'ua-airforce-2026',
  'en-news-rss-2022-23',
  'uk-telegram-unlp2025',
] as const;

/** Placeholder publication time for texts that carry none (uk-telegram-unlp2025). */
export const UNDATED = '2024-01-01T12:00:00+02:00';

type Row = Record<string, unknown>;
const s = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

function jsonl(path: string): Row[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);
}

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries((head ?? []).map((h, i) => [h, r[i] ?? ''])));
}

/** A date-only or space-separated time as ISO with an offset ("2022-01-03 23:37:56+00:00" → "…T23:37:56+00:00"). */
function iso(value: string, zone: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T12:00:00${zone}`;
  // Microseconds ("…:52.380981+00:00") are cut to milliseconds, which is what ISO readers here take.
  const t = value.replace(' ', 'T').replace(/(\.\d{3})\d+/, '$1');
  return /(Z|[+-]\d{2}:\d{2})$/.test(t) ? t : `${t.length === 16 ? `${t}:00` : t}${zone}`;
}

/** A feed's host ("http://rss.cnn.com/rss/edition.rss" → "rss.cnn.com"), or null when it is not a URL. */
function feedHost(url: string): string | null {
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

/** Every text of every set found under `benchDir` (a missing set is skipped). */
export function readBenchTexts(benchDir: string): BenchText[] {
  const out: BenchText[] = [];
  const add = (
    set: string,
    id: string,
    lang: Lang | null,
    published: string,
    text: string,
    hint?: unknown,
    channel?: unknown,
  ) =>
    out.push({
      set,
      ref: `${set}/${id}`,
      lang,
      published_at: published,
      text,
      hint: hint ? s(hint) : null,
      channel: channel ? s(channel) : null,
    });
  const at = (set: string, file: string) => {
    const p = join(benchDir, set, file);
    return existsSync(p) ? p : null;
  };
  let p = at('mod-russia-air-defence', 'posts.csv');
  // The collector's times are UTC; the texts' clock windows are Moscow time, which the extractor knows.
  if (p)
    for (const r of parseCsv(readFileSync(p, 'utf8'))) {
      add('mod-russia-air-defence', s(r.row_id), 'ru', iso(s(r.datetime_posted), 'Z'), s(r.text_first_400_chars));
    }
  p = at('ru-telegram-news-2024', 'posts.jsonl');
  if (p)
    for (const r of jsonl(p)) {
      const id = `${s(r.sender_id)}_${s(r.message_id)}`;
      add('ru-telegram-news-2024', id, 'ru', iso(s(r.date_utc), 'Z'), s(r.text), undefined, r.channel);
    }
  p = at('viina-headlines', 'headlines.jsonl');
  if (p) for (const r of jsonl(p)) add('viina-headlines', s(r.id), null, iso(s(r.date), '+03:00'), s(r.text));
  p = at('ua-airforce-2026', 'posts.jsonl');
  if (p) for (const r of jsonl(p)) add('ua-airforce-2026', s(r.id), 'uk', iso(s(r.published_at), '+03:00'), s(r.text));
  p = at('en-news-rss-2022-23', 'posts.jsonl');
  // A lead is read as a reader sees it in a feed: the title, then the standfirst.
  if (p)
    for (const r of jsonl(p)) {
      const text = s(r.text).startsWith(s(r.title)) ? s(r.text) : `${s(r.title)}\n\n${s(r.text)}`;
      // The feed it came from is its source, as `watch` would name it (the real days read it; extraction does not).
      add('en-news-rss-2022-23', s(r.id), 'en', iso(s(r.published_at), 'Z'), text, r.label_hint, feedHost(s(r.outlet)));
    }
  p = at('uk-telegram-unlp2025', 'posts.jsonl');
  if (p) for (const r of jsonl(p)) add('uk-telegram-unlp2025', s(r.id), 'uk', UNDATED, s(r.text), r.label_hint);
  return out;
}
