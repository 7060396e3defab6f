// The body of POST /api/reports, checked field by field: a wrong type, `null` or an array is refused with the
// field's name, so a client learns what to fix instead of getting a 500 or a stored "[object Object]".
import { InvalidFieldError } from '../core/errors.ts';
import { CLAIMANT_ROLES, type ClaimantRole, type Lang } from '../core/types.ts';
import { webUrl } from '../core/web-url.ts';
import { missingOffsetHint, readIsoWithOffset } from '../pipeline/iso.ts';

export interface ReportBody {
  text: string;
  published_at: string;
  url: string | null;
  title: string | null;
  source: string | null;
  lang: Lang | null;
  /** Who speaks in the report, as a JSON Lines line's or a sources.yaml row's `speaker`. */
  speaker: { person: string | null; role: ClaimantRole; region: string | null } | null;
}

export const REPORT_BODY_SHAPE = '{ text, published_at, url?, title?, source?, lang?, speaker? }';

const FIELDS = ['text', 'published_at', 'url', 'title', 'source', 'lang', 'speaker'];
const SPEAKER_FIELDS = ['person', 'role', 'region'];

/** A field the body names that this route does not read: refused by name, never dropped silently (a client that
 *  sends "speeker" or "speaker.name" learns it at once). */
function refuseUnknown(record: Record<string, unknown>, known: readonly string[], where: string): void {
  const unknown = Object.keys(record).filter((k) => !known.includes(k));
  if (unknown.length === 0) return;
  const names = unknown.map((k) => `"${where}${k}"`).join(', ');
  throw new InvalidFieldError(
    `${where}${unknown[0]}`,
    `unknown field${unknown.length > 1 ? 's' : ''} ${names}: the body must be ${REPORT_BODY_SHAPE}, speaker { person?, role, region? }`,
  );
}

/** `speaker`: { "person"?, "role", "region"? } with a known role, as JSON Lines reads it; null when left out. */
function speakerOf(value: unknown): ReportBody['speaker'] {
  if (value === undefined || value === null) return null;
  const shape = `"speaker" must be { "person"?, "role", "region"? } with role one of ${CLAIMANT_ROLES.join(', ')}`;
  if (typeof value !== 'object' || Array.isArray(value)) throw new InvalidFieldError('speaker', shape);
  const s = value as Record<string, unknown>;
  refuseUnknown(s, SPEAKER_FIELDS, 'speaker.');
  if (!(CLAIMANT_ROLES as readonly unknown[]).includes(s.role)) throw new InvalidFieldError('speaker.role', shape);
  const text = (field: 'person' | 'region') => {
    const v = s[field];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string') throw new InvalidFieldError(`speaker.${field}`, `"speaker.${field}" must be a string`);
    return v.trim() === '' ? null : v.trim();
  };
  return { person: text('person'), role: s.role as ClaimantRole, region: text('region') };
}

/** 'null', 'an array', 'a number'…: what a value is, for an error message. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function requiredString(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (value === undefined)
    throw new InvalidFieldError(field, `"${field}" is missing: the body must be ${REPORT_BODY_SHAPE}`);
  if (typeof value !== 'string')
    throw new InvalidFieldError(field, `"${field}" must be a string, got ${kindOf(value)}`);
  return value;
}

/** Optional fields may be left out or be null; anything else but a string is an error. */
function optionalString(body: Record<string, unknown>, field: string): string | null {
  const value = body[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string')
    throw new InvalidFieldError(field, `"${field}" must be a string, got ${kindOf(value)}`);
  return value;
}

/** The earliest publication a report may claim: older archives are no news feed, and a typo there ("1900") would
 *  stretch every timeline over a century. */
const EARLIEST = Date.parse('1990-01-01T00:00:00Z');
/** How far past the server's clock a publication time may be: time zones and a sender's skewed clock, no more. */
const AHEAD_MS = 24 * 3600 * 1000;

/** A high surrogate with no low one after it, or a low one with no high one before it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function parseReportBody(body: unknown, now: Date = new Date()): ReportBody {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new InvalidFieldError('body', `the body must be one JSON object ${REPORT_BODY_SHAPE}, got ${kindOf(body)}`);
  }
  const record = body as Record<string, unknown>;
  refuseUnknown(record, FIELDS, '');
  const text = requiredString(record, 'text');
  if (text.trim() === '') throw new InvalidFieldError('text', '"text" must not be empty');
  // Said here, by the field: read as a file, the text would fail as "binary file, not text", which a JSON client
  // that sent \u0000 (a C string's end, a database dump) cannot make sense of.
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    throw new InvalidFieldError(
      'text',
      `"text" holds a NUL character (U+0000, \\u0000 in JSON) at character ${nul}: a report is plain text; remove it`,
    );
  }
  // JSON may escape half of a UTF-16 pair ("\ud800"), which no UTF-8 store can hold: it was kept as U+FFFD, a text
  // changed without a word (ux35 #18). Refused by the field, as a NUL is.
  for (const [field, value] of Object.entries(record)) {
    const at = typeof value === 'string' ? value.search(LONE_SURROGATE) : -1;
    if (typeof value === 'string' && at >= 0) {
      throw new InvalidFieldError(
        field,
        `"${field}" holds half of a UTF-16 surrogate pair (\\u${value.charCodeAt(at).toString(16)} in JSON) at character ${at}, which is no character; send the pair whole or leave it out`,
      );
    }
  }
  const stated = requiredString(record, 'published_at');
  const published = readIsoWithOffset(stated);
  if (published === null) {
    const shaped = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}.*(?:Z|[+-]\d{2}:?\d{2})$/i.test(stated.trim());
    const hint = missingOffsetHint(stated);
    throw new InvalidFieldError(
      'published_at',
      shaped
        ? `"published_at" names no such day or time: ${stated}`
        : hint !== null
          ? `"published_at" ${hint}`
          : '"published_at" must be ISO 8601 with an offset, e.g. 2025-05-07T08:00:00+03:00',
    );
  }
  const at = Date.parse(published);
  if (at < EARLIEST) throw new InvalidFieldError('published_at', `"published_at" is before 1990: ${published}`);
  if (at > now.getTime() + AHEAD_MS) {
    throw new InvalidFieldError(
      'published_at',
      `"published_at" is more than a day after the server's time (${now.toISOString()}): ${published}`,
    );
  }
  // The rule every entrance shares (core/web-url.ts); an API client is told, where a file's bad url is dropped.
  const given = optionalString(record, 'url');
  const checked = given === null ? null : webUrl(given);
  if (checked !== null && !checked.ok) {
    throw new InvalidFieldError('url', '"url" must be an http(s) URL, or left out when the report has none');
  }
  const url = checked === null ? null : checked.url;
  const lang = optionalString(record, 'lang');
  if (lang !== null && lang !== 'en' && lang !== 'ru' && lang !== 'uk') {
    throw new InvalidFieldError('lang', '"lang" must be en, ru or uk');
  }
  return {
    text,
    published_at: published,
    url,
    title: optionalString(record, 'title'),
    source: optionalString(record, 'source'),
    lang,
    speaker: speakerOf(record.speaker),
  };
}
