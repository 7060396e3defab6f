// The body of POST /api/reports, checked field by field: a wrong type, `null` or an array is refused with the
// field's name, so a client learns what to fix instead of getting a 500 or a stored "[object Object]".
import { InvalidFieldError } from '../core/errors.ts';
import type { Lang } from '../core/types.ts';
import { isIsoWithOffset } from '../pipeline/iso.ts';

export interface ReportBody {
  text: string;
  published_at: string;
  url: string | null;
  title: string | null;
  source: string | null;
  lang: Lang | null;
}

export const REPORT_BODY_SHAPE = '{ text, published_at, url?, title?, source?, lang? }';

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

export function parseReportBody(body: unknown): ReportBody {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new InvalidFieldError('body', `the body must be one JSON object ${REPORT_BODY_SHAPE}, got ${kindOf(body)}`);
  }
  const record = body as Record<string, unknown>;
  const text = requiredString(record, 'text');
  if (text.trim() === '') throw new InvalidFieldError('text', '"text" must not be empty');
  const published = requiredString(record, 'published_at');
  if (!isIsoWithOffset(published)) {
    throw new InvalidFieldError(
      'published_at',
      '"published_at" must be ISO 8601 with an offset, e.g. 2025-05-07T08:00:00+03:00',
    );
  }
  const url = optionalString(record, 'url');
  if (url !== null && !/^https?:\/\/[^\s/]+/i.test(url)) {
    throw new InvalidFieldError('url', '"url" must be an http(s) URL, or left out when the report has none');
  }
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
  };
}
