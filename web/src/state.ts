// The view lives in the URL's query, so a view can be shared and Back returns to the one before. Pure: the page
// reads and writes location through these two functions only.

export const STATUSES = ['single_origin', 'corroborated', 'disputed'] as const;
export type Status = (typeof STATUSES)[number];

export interface Filters {
  /** The period: nights as the store keys them and the timeline draws them (YYYY-MM-DD, the night that ends at
   *  18:00 UTC+3 that day), inclusive. In the URL and to the API they are `first_night` and `last_night`, so the
   *  page's address is the API's query and the list is what the selected bars count. */
  since: string | null;
  until: string | null;
  /** ISO 3166-2 codes, or names as typed ("Харківщина", "Kharkiv"): the API resolves a name, or answers 400
   *  naming it, so the page accepts whatever the API accepts. */
  regions: string[];
  kind: string | null;
  weapon: string | null;
  status: Status | null;
  q: string;
}

export interface View {
  filters: Filters;
  /** An open incident or report; the list is shown when neither is. */
  incident: string | null;
  report: string | null;
}

export const EMPTY_FILTERS: Filters = {
  since: null,
  until: null,
  regions: [],
  kind: null,
  weapon: null,
  status: null,
  q: '',
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (value: string | null): string | null => (value !== null && DAY.test(value) ? value : null);
const word = (value: string | null): string | null => (value !== null && /^[a-z_]{1,40}$/.test(value) ? value : null);

const CODE = /^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$/;
/** A region's name as a person types it in any script: letters, spaces, hyphens, apostrophes, dots. */
const NAME = /^\p{L}[\p{L}\p{M} .'’-]{0,99}$/u;

/** The URL's filters readView could not read ("since=garbage", "status=maybe"), as `name=value`, so the page can
 *  say so instead of quietly showing everything while the address still carries them. */
export function unreadFilters(search: string): string[] {
  const p = new URLSearchParams(search);
  const read = readView(search).filters;
  const out: string[] = [];
  const check = (name: string, field: 'since' | 'until' | 'kind' | 'weapon' | 'status') => {
    const value = p.get(name);
    if (value !== null && value.trim() !== '' && read[field] === null) out.push(`${name}=${value}`);
  };
  for (const [name, field] of PERIOD_NAMES) check(name, field);
  for (const name of ['kind', 'weapon', 'status'] as const) check(name, name);
  const regions = p.getAll('region').flatMap((r) => r.split(',').map((v) => v.trim()));
  for (const r of regions) if (r !== '' && !CODE.test(r) && !NAME.test(r)) out.push(`region=${r}`);
  return out;
}

/** The period's names in the URL: the API's, then those of links made before the page used them (`since=` and
 *  `until=` with a date, which the page always read as nights, while the API reads them as UTC days). */
const PERIOD_NAMES = [
  ['first_night', 'since'],
  ['last_night', 'until'],
  ['since', 'since'],
  ['until', 'until'],
] as const;

export function readView(search: string): View {
  const p = new URLSearchParams(search);
  const status = p.get('status');
  return {
    filters: {
      since: day(p.get('first_night')) ?? day(p.get('since')),
      until: day(p.get('last_night')) ?? day(p.get('until')),
      regions: [
        ...new Set(
          p
            .getAll('region')
            .flatMap((r) => r.split(','))
            .map((r) => r.trim())
            .filter((r) => CODE.test(r) || NAME.test(r))
            .map((r) => (CODE.test(r) ? r.toUpperCase() : r)),
        ),
      ],
      kind: word(p.get('kind')),
      weapon: word(p.get('weapon')),
      status: (STATUSES as readonly string[]).includes(status ?? '') ? (status as Status) : null,
      q: (p.get('q') ?? '').slice(0, 200),
    },
    incident: p.get('incident'),
    report: p.get('report'),
  };
}

/** The query string of a view, keys in a fixed order so equal views give equal URLs. */
export function writeView(view: View): string {
  const p = new URLSearchParams();
  const f = view.filters;
  if (f.since) p.set('first_night', f.since);
  if (f.until) p.set('last_night', f.until);
  if (f.regions.length > 0) p.set('region', f.regions.join(','));
  if (f.kind) p.set('kind', f.kind);
  if (f.weapon) p.set('weapon', f.weapon);
  if (f.status) p.set('status', f.status);
  if (f.q.trim()) p.set('q', f.q.trim());
  if (view.incident) p.set('incident', view.incident);
  else if (view.report) p.set('report', view.report);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The page's query string with the reader's language in it (`lang` last), so a shared link opens in the language
 *  it was read in; `lang` null leaves the query as it is. */
export function withLang(query: string, lang: string | null): string {
  if (lang === null) return query;
  const p = new URLSearchParams(query);
  p.set('lang', lang);
  return `?${p.toString()}`;
}

/** The language a link asks for (`?lang=uk`), if any. */
export function langOf(search: string): string | null {
  return new URLSearchParams(search).get('lang');
}

/** The API's query for these filters: the filter part of the page's own address. The period goes as nights
 *  (`first_night`, `last_night`), which the API matches against the night each incident is filed under, the key the
 *  timeline's bars count; times (the nights' 18:00 bounds) would also list an incident whose window only overlaps
 *  the period's last evening but which is filed under the night after, one more than the bars. `period: false`
 *  leaves the period out (the timeline shows every night, the selected ones shaded). */
export function apiQuery(f: Filters, opts: { period?: boolean } = {}): URLSearchParams {
  const p = new URLSearchParams();
  if (opts.period !== false) {
    if (f.since) p.set('first_night', f.since);
    if (f.until) p.set('last_night', f.until);
  }
  if (f.regions.length > 0) p.set('region', f.regions.join(','));
  if (f.kind) p.set('kind', f.kind);
  if (f.weapon) p.set('weapon', f.weapon);
  if (f.status) p.set('status', f.status);
  if (f.q.trim()) p.set('q', f.q.trim());
  return p;
}
