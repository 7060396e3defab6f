// The page: reads the view from the URL, loads what it needs from the API and draws the filters, timeline, map
// and the list, an incident or a report. Navigation is history.pushState plus this one render path, so Back works.
import type { Topology } from 'topojson-specification';
import type { Incident } from '../../src/core/types.ts';
import { isUiLang, STRINGS, type UiLang } from '../i18n/index.ts';
import { getIncident, getReport, getStats, HttpError, listIncidents, type Stats } from './api.ts';
import type { Ctx, RegionNames } from './ctx.ts';
import { renderDetail } from './detail.ts';
import { clear, h } from './dom.ts';
import { exportHref, renderFilters } from './filters.ts';
import { nightOf } from './format.ts';
import { type ListState, renderList } from './list.ts';
import { type ChangeKind, startLive } from './live.ts';
import { createMap, type RegionMap, regionNamesOf } from './map.ts';
import { renderReport } from './report-view.ts';
import { apiQuery, langOf, readView, unreadFilters, type View, withLang, writeView } from './state.ts';
import { renderTimeline } from './timeline.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** A link's ?lang= first (a shared link opens in the language it was read in), then the reader's saved choice, then
 *  the browser's. */
function pickLang(): UiLang {
  const asked = langOf(location.search);
  if (isUiLang(asked)) return asked;
  const saved = localStorage.getItem('sitrep.lang');
  if (isUiLang(saved)) return saved;
  const nav = navigator.language.slice(0, 2);
  return isUiLang(nav) ? nav : 'en';
}

function pickTheme(): 'light' | 'dark' {
  const saved = localStorage.getItem('sitrep.theme');
  if (saved === 'light' || saved === 'dark') return saved;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

let lang = pickLang();
/** Whether the URL carries the language: once a link asked for one or the reader chose one, every URL keeps it. */
let langInUrl = isUiLang(langOf(location.search));
let theme = pickTheme();
let regions: ReadonlyMap<string, RegionNames> = new Map();
let view: View = readView(location.search);
let map: RegionMap | null = null;
let list: ListState = { incidents: [], next: null, total: null, changed: new Map() };
let listKey: string | null = null;
/** The list query the API last refused, with its answer: the same query is not sent again (a second render after
 *  the map file loads would repeat a 400) until the filters change or a live change forces a reload. */
let refused: { key: string; error: HttpError } | null = null;
let stats: { period: Stats | null; all: Stats | null } = { period: null, all: null };
/** Bumped by every render, so an answer that arrives after the reader moved on is dropped. */
let generation = 0;

const ctx = (): Ctx => ({ t: STRINGS[lang], lang, regions, now: () => new Date(), go, view: () => view });

function go(change: Partial<View>, replace = false): void {
  view = { ...view, ...change };
  const url = withLang(writeView(view), langInUrl ? lang : null) || location.pathname;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  void render();
}

function applyPrefs(): void {
  const t = STRINGS[lang];
  document.documentElement.lang = lang;
  document.documentElement.dataset.theme = theme;
  document.title = t.title;
  $('tagline').textContent = t.tagline;
  $('skip').textContent = t.skip;
  $('lang-label').textContent = t.language;
  $<HTMLSelectElement>('lang').value = lang;
  const button = $('theme');
  button.textContent = theme === 'dark' ? t.themeLight : t.themeDark;
  button.setAttribute('aria-pressed', String(theme === 'dark'));
  button.setAttribute('aria-label', `${t.theme}: ${theme === 'dark' ? t.themeDark : t.themeLight}`);
  // A named section is a landmark: screen readers announce the map with its summary of counts by region.
  $('mapbox').setAttribute('aria-label', t.map);
  $('map').setAttribute('aria-label', t.map);
  showLive();
}

/** Counts from the loaded incidents, for a server without /api/stats (older or newer than this page). */
function statsOf(incidents: readonly Incident[]): Stats {
  const regionCounts = new Map<string, number>();
  const nights = new Map<string, number>();
  for (const i of incidents) {
    for (const r of i.regions ?? (i.region ? [i.region] : []))
      regionCounts.set(r.code, (regionCounts.get(r.code) ?? 0) + 1);
    if (i.when) nights.set(nightOf(i.when.end), (nights.get(nightOf(i.when.end)) ?? 0) + 1);
  }
  return {
    total: incidents.length,
    by_region: [...regionCounts].map(([code, count]) => ({ code, count })),
    by_listed_region: [...regionCounts].map(([code, count]) => ({ code, count })),
    by_kind: [],
    by_weapon: [],
    by_night: [...nights].map(([night, count]) => ({ night, count })),
  };
}

async function loadList(force: boolean, mine: number): Promise<void> {
  const query = apiQuery(view.filters);
  const key = query.toString();
  if (!force && key === listKey) return;
  if (!force && refused?.key === key) throw refused.error;
  const page = await listIncidents(query, null, lang).catch((error: unknown) => {
    if (error instanceof HttpError && error.status >= 400 && error.status < 500) refused = { key, error };
    throw error;
  });
  if (mine !== generation) return;
  listKey = key;
  list = { ...page, changed: force ? list.changed : new Map() };
  void loadStats();
}

/** Counts for the map and the timeline, after the list is drawn (they cost the server more than a page of the
 *  list). One load at a time; a request meanwhile runs once more after it, with the filters of that moment. */
let statsBusy = false;
/** The list's key the shown counts belong to; while it differs, the map and timeline say aria-busy. */
let statsKey: string | null = null;
let statsAgain = false;
async function loadStats(): Promise<void> {
  if (statsBusy) {
    statsAgain = true;
    return;
  }
  statsBusy = true;
  try {
    const key = listKey;
    const query = apiQuery(view.filters);
    const whole = apiQuery(view.filters, { period: false });
    const period = await getStats(query).catch(() => null);
    const all = whole.toString() === query.toString() ? period : await getStats(whole).catch(() => null);
    if (key === listKey) {
      const local = statsOf(list.incidents);
      stats = { period: period ?? local, all: all ?? period ?? local };
      statsKey = key;
      drawChrome();
    }
  } finally {
    statsBusy = false;
    if (statsAgain) {
      statsAgain = false;
      void loadStats();
    }
  }
}

async function more(): Promise<void> {
  if (!list.next) return;
  const page = await listIncidents(apiQuery(view.filters), list.next, lang);
  list = { ...list, incidents: [...list.incidents, ...page.incidents], next: page.next };
  void render();
}

/** What the filter form shows; it is redrawn only when this changes, so a refresh never wipes what is being typed. */
let formKey = '';

function drawChrome(): void {
  const c = ctx();
  const key = JSON.stringify([{ ...view.filters, q: null }, lang, regions.size]);
  if (key !== formKey) {
    formKey = key;
    renderFilters($<HTMLFormElement>('filters'), c, view.filters, apiQuery(view.filters));
  }
  const search = document.querySelector<HTMLInputElement>('#filters input[name=q]');
  if (search && document.activeElement !== search) search.value = view.filters.q;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('#filters a.export')) {
    a.href = exportHref(a.dataset.ext ?? 'csv', apiQuery(view.filters));
  }
  renderTimeline($('timeline'), c, stats.all?.by_night ?? [], view.filters, (since, until) =>
    go({ filters: { ...view.filters, since, until }, incident: null, report: null }),
  );
  // Shade every region something happened in: a nationwide wave's regions too, not only incidents' own regions.
  const period = stats.period;
  const counts = new Map((period?.by_listed_region ?? period?.by_region ?? []).map((r) => [r.code, r.count]));
  map?.shade(counts, view.filters.regions);
  map?.markers(list.incidents);
  const summary = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => `${regions.get(code)?.[lang] ?? code}: ${n}`)
    .join('; ');
  $('map-summary').textContent = `${c.t.mapSummary}: ${summary || c.t.none}`;
  // Screen readers (and the browser test) learn that the counts are stale until the new ones arrive.
  for (const id of ['timeline', 'map']) {
    if (statsKey !== listKey) $(id).setAttribute('aria-busy', 'true');
    else $(id).removeAttribute('aria-busy');
  }
}

async function render(opts: { force?: boolean } = {}): Promise<void> {
  const mine = ++generation;
  const c = ctx();
  const out = $('view');
  try {
    // The view shown stays until the next one is ready (a live refresh keeps the reader's place); only the very
    // first load says "Loading".
    if (!out.firstChild) out.append(h('p', { class: 'loading' }, c.t.loading));
    out.setAttribute('aria-busy', 'true');
    await loadList(opts.force ?? false, mine);
    if (mine !== generation) return;
    drawChrome();
    if (view.incident) {
      const detail = await getIncident(view.incident, lang);
      const related = await Promise.all(
        detail.related.slice(0, 10).map((id) => getIncident(id, lang).catch(() => null)),
      );
      // The other regions a count was told jointly over, to name them beside it.
      const jointIds = [
        ...new Set((detail.aggregates ?? []).filter((a) => a.sum === null).flatMap((a) => a.incident_ids)),
      ].filter((id) => id !== detail.id && !related.some((r) => r?.id === id));
      const joint = await Promise.all(jointIds.slice(0, 10).map((id) => getIncident(id, lang).catch(() => null)));
      if (mine !== generation) return;
      clear(out);
      out.append(
        renderDetail(
          c,
          detail,
          related.filter((r): r is NonNullable<typeof r> => r !== null),
          joint.filter((r): r is NonNullable<typeof r> => r !== null),
        ),
      );
      $('detail-title')?.focus();
      opened = view.incident;
    } else if (view.report) {
      const report = await getReport(view.report);
      if (mine !== generation) return;
      clear(out);
      out.append(renderReport(c, report));
      focusOnce('report-title', view.report);
    } else {
      clear(out);
      out.append(
        ...unreadNotice(c),
        renderList(c, list, () => void more()),
      );
      // Back from an incident (the browser's or "← Back to the list") puts the keyboard on the card that was opened,
      // not on <body> at the top of the page; a live refresh of the list leaves focus alone.
      if (opened) {
        const link = out.querySelector<HTMLElement>(`.card[data-id="${CSS.escape(opened)}"] a`);
        opened = null;
        if (link) {
          link.focus();
          link.scrollIntoView({ block: 'nearest' });
        }
      }
      // When the first page of the list was drawn, for bench/page.ts (a mark costs nothing and is read only there).
      if (performance.getEntriesByName('sitrep:list').length === 0) performance.mark('sitrep:list');
    }
    out.removeAttribute('aria-busy');
  } catch (error) {
    if (mine !== generation) return;
    out.removeAttribute('aria-busy');
    // A filter the API refused is marked on the form, so the reader sees which one to change.
    drawChrome();
    const field = error instanceof HttpError ? error.field : null;
    if (field) document.querySelector(`#filters [name="${CSS.escape(field)}"]`)?.setAttribute('aria-invalid', 'true');
    clear(out);
    // The server did answer a 400 or 404: say what it said; "did not answer" is for a request that got no answer.
    const said = error instanceof HttpError ? `${c.t.serverSaid} (${error.status}): ` : c.t.failed;
    out.append(...unreadNotice(c), h('p', { class: 'error', role: 'alert' }, said, String((error as Error).message)));
  }
}

/** The incident whose panel was last shown: its card takes the focus when the list comes back. */
let opened: string | null = null;

/** A filter in the address the page could not read ("since=garbage") is said, not silently dropped. */
function unreadNotice(c: Ctx): HTMLElement[] {
  const unread = unreadFilters(location.search);
  return unread.length === 0 ? [] : [h('p', { class: 'notice', role: 'status' }, c.t.notUnderstood, unread.join(', '))];
}

/** Moves focus to a newly opened incident's or report's heading (for keyboard and screen-reader users), but not
 *  again when a live refresh redraws the same one. */
let focused: string | null = null;
function focusOnce(headingId: string, shown: string): void {
  if (focused === shown) return;
  focused = shown;
  $(headingId)?.focus();
}

/** The live feed's state, kept so its label is said again in the language a reader switches to. */
let live: { open: boolean; changed: number } | null = null;
function showLive(): void {
  if (!live) return;
  const t = STRINGS[lang];
  $('live').textContent = !live.open
    ? t.liveOff
    : live.changed > 0
      ? `${t.live} · ${t.newItems(live.changed)}`
      : t.live;
  $('live').classList.toggle('on', live.open);
}

/** A change from the live feed: refresh what is shown (at most twice a second) and mark what changed. */
let pending: ReturnType<typeof setTimeout> | undefined;
function onChange(kind: ChangeKind, id: string): void {
  const changed = new Map(list.changed);
  if (kind === 'created' || kind === 'updated' || kind === 'merged' || kind === 'split') {
    changed.set(id, kind === 'created' ? 'new' : 'updated');
  }
  list = { ...list, changed };
  clearTimeout(pending);
  pending = setTimeout(() => {
    live = { open: live?.open ?? true, changed: list.changed.size };
    showLive();
    // An open incident or report stays as the reader left it; the list and counts behind it refresh.
    void render({ force: true });
  }, 500);
}

async function boot(): Promise<void> {
  applyPrefs();
  $<HTMLSelectElement>('lang').addEventListener('change', (e) => {
    const value = (e.target as HTMLSelectElement).value;
    if (!isUiLang(value)) return;
    lang = value;
    localStorage.setItem('sitrep.lang', lang);
    langInUrl = true;
    history.replaceState(null, '', withLang(writeView(view), lang));
    applyPrefs();
    // Drawn at once from the list at hand, in the new language; then the list again, its towns named in that language
    // (the API names them: a switch that waited for it left the old language's cards on the page meanwhile).
    void render().then(() => render({ force: true }));
  });
  $('theme').addEventListener('click', () => {
    theme = theme === 'dark' ? 'light' : 'dark';
    localStorage.setItem('sitrep.theme', theme);
    applyPrefs();
  });
  // Escape closes an open incident or report as "← Back to the list" does (a dialog-like panel closes on Escape); a
  // field being typed in keeps its own Escape.
  addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || (!view.incident && !view.report)) return;
    const target = e.target as HTMLElement | null;
    if (target?.closest('input, select, textarea')) return;
    e.preventDefault();
    go({ incident: null, report: null });
  });
  addEventListener('popstate', () => {
    view = readView(location.search);
    void render();
  });
  let resizing: ReturnType<typeof setTimeout> | undefined;
  addEventListener('resize', () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => {
      map?.resize();
      drawChrome();
    }, 200);
  });
  // A link made before the period had the API's names (`since=2025-06-10`, read as nights) gets them in the address
  // bar too, so a copy of it is the API's query; an address with a filter the page cannot read keeps it, to be said.
  const asked = new URLSearchParams(location.search);
  if ((asked.has('since') || asked.has('until')) && unreadFilters(location.search).length === 0) {
    history.replaceState(null, '', withLang(writeView(view), langInUrl ? lang : null) || location.pathname);
  }
  // The list first (first paint), then the map file, which only the map and region names need.
  const first = render();
  const topo = (await (await fetch('/assets/admin1.topo.json')).json()) as Topology;
  regions = regionNamesOf(topo);
  map = createMap($('map'), topo, ctx, toggleRegion, (id) => go({ incident: id, report: null }));
  await first;
  void render();
  await startLive(onChange, (open) => {
    live = { open, changed: live?.changed ?? 0 };
    showLive();
  });
}

function toggleRegion(code: string): void {
  const f = view.filters;
  const regionsNext = f.regions.includes(code) ? f.regions.filter((r) => r !== code) : [...f.regions, code];
  go({ filters: { ...f, regions: regionsNext }, incident: null, report: null });
}

void boot();
