// The page's calls to the HTTP API. Types come from src/ (import type only: nothing of the server is bundled).
import type { Fact, Incident, Report } from '../../src/core/types.ts';
import type { UiLang } from '../i18n/index.ts';

export type IncidentDetail = Incident & { fact_details: Fact[] };
/** An earlier text of a report its source edited (`GET /api/reports/:id` `revisions`, oldest first). */
export interface ReportRevision {
  text: string;
  title: string | null;
  edited_at: string | null;
  replaced_at: string;
  /** When the source dated the edit that replaced this text; older servers lack it. */
  source_replaced_at?: string | null;
}
export type ReportDetail = Report & { facts: Fact[]; revisions?: ReportRevision[] };

export interface Stats {
  total: number;
  by_region: { code: string; name?: string; count: number }[];
  /** Every region an incident names (a nationwide wave's too); older servers lack it. */
  by_listed_region?: { code: string; name?: string; count: number }[];
  by_kind: { kind: string; count: number }[];
  by_weapon: { weapon: string; count: number }[];
  by_night: { night: string; count: number }[];
}

export interface RegionInfo {
  code: string;
  name: { en: string; ru: string; uk: string };
  country: string;
}

export interface Page {
  incidents: Incident[];
  /** The next page's cursor, or null at the end. */
  next: string | null;
  total: number | null;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The request parameter at fault, when the API names one (a 400's `field`: "region", "cursor"…). */
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

/** The API's error as a reader can act on it: its message, and the parameter it names. */
async function failure(res: Response, url: string): Promise<HttpError> {
  const body = (await res.json().catch(() => null)) as { error?: unknown; field?: unknown } | null;
  const message = typeof body?.error === 'string' ? body.error : `${res.status} ${url}`;
  return new HttpError(res.status, message, typeof body?.field === 'string' ? body.field : null);
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw await failure(res, url);
  return (await res.json()) as T;
}

export const PAGE_SIZE = 100;

// Towns come back in the reader's language («Дніпро») when the page asks for Russian or Ukrainian; regions the page
// names itself from /api/regions.
export async function listIncidents(query: URLSearchParams, cursor: string | null, lang: UiLang = 'en'): Promise<Page> {
  const q = new URLSearchParams(query);
  q.set('limit', String(PAGE_SIZE));
  if (cursor) q.set('cursor', cursor);
  if (lang !== 'en') q.set('lang', lang);
  const res = await fetch(`/api/incidents?${q}`, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw await failure(res, '/api/incidents');
  const total = res.headers.get('X-Total-Count');
  return {
    incidents: (await res.json()) as Incident[],
    next: res.headers.get('X-Next-Cursor') || null,
    total: total === null ? null : Number(total),
  };
}

// Always with its language, English too: without it the API names regions as most of the incident's reports do
// («Пензенская область»), which the page showed until the map file brought its own names (review fix 40b's joint
// totals, seen in the browser test).
export const getIncident = (id: string, lang: UiLang = 'en') =>
  getJson<IncidentDetail>(`/api/incidents/${encodeURIComponent(id)}?lang=${lang}`);
export const getReport = (id: string) => getJson<ReportDetail>(`/api/reports/${encodeURIComponent(id)}`);
export const getStats = (query: URLSearchParams) => getJson<Stats>(`/api/stats?${query}`);
export const getRegions = () => getJson<RegionInfo[]>('/api/regions');
