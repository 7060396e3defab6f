// The filter form. Every change goes to the URL (ctx.go), which re-renders the page: the form only reads.
import { type Ctx, regionName } from './ctx.ts';
import { clear, h } from './dom.ts';
import { EMPTY_FILTERS, type Filters, STATUSES } from './state.ts';

/** A typed name in any of the three languages, or a code, to a region code ("курская область" -> RU-KRS). */
export function findRegion(ctx: Ctx, typed: string): string | null {
  const key = typed.trim().toLowerCase();
  if (!key) return null;
  const all = [...ctx.regions.values()];
  const exact = all.find((r) => [r.code, r.en, r.ru, r.uk].some((n) => n.toLowerCase() === key));
  if (exact) return exact.code;
  const prefix = all.filter((r) => [r.en, r.ru, r.uk].some((n) => n.toLowerCase().startsWith(key)));
  return prefix.length === 1 ? prefix[0]!.code : null;
}

export const exportHref = (ext: string, query: URLSearchParams) => `/api/incidents.${ext}?${query}`;

export function renderFilters(form: HTMLFormElement, ctx: Ctx, f: Filters, query: URLSearchParams): void {
  const { t } = ctx;
  clear(form);
  // The current filters at the time of the change (the form is not redrawn while someone types in it).
  const set = (change: Partial<Filters>, replace = false) =>
    ctx.go({ filters: { ...ctx.view().filters, ...change }, incident: null, report: null }, replace);
  const select = (name: string, label: string, value: string | null, options: [string, string][]) =>
    h(
      'label',
      {},
      h('span', {}, label),
      h(
        'select',
        {
          name,
          onchange: (e: Event) => set({ [name]: (e.target as HTMLSelectElement).value || null } as Partial<Filters>),
        },
        h('option', { value: '' }, t.any),
        options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)),
      ),
    );
  const regionInput = h('input', {
    type: 'text',
    name: 'region',
    list: 'region-names',
    placeholder: t.regionPlaceholder,
    autocomplete: 'off',
    'aria-describedby': 'region-chips',
  });
  const addRegion = () => {
    // A name the page's list does not know ("Харківщина") goes to the API as typed: it knows more names, and
    // answers a 400 naming a value that matches no region, which the page shows.
    const typed = regionInput.value.trim();
    const code = findRegion(ctx, typed) ?? (typed ? typed : null);
    const now = ctx.view().filters.regions;
    if (code && !now.includes(code)) set({ regions: [...now, code] });
    else regionInput.setAttribute('aria-invalid', code ? 'false' : 'true');
  };
  regionInput.addEventListener('change', addRegion);
  regionInput.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      addRegion();
    }
  });
  let typing: ReturnType<typeof setTimeout> | undefined;
  const search = h('input', { type: 'search', name: 'q', value: f.q, placeholder: t.search });
  search.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => set({ q: search.value }, true), 500);
  });
  form.onsubmit = (e) => {
    e.preventDefault();
    clearTimeout(typing);
    set({ q: search.value });
  };
  const names = [...ctx.regions.values()];
  form.append(
    h('h2', { class: 'sr' }, t.filters),
    h('label', { class: 'q' }, h('span', { class: 'sr' }, t.search), search),
    h(
      'div',
      { class: 'row' },
      h(
        'label',
        {},
        h('span', {}, t.since),
        h('input', {
          type: 'date',
          name: 'first_night',
          value: f.since ?? '',
          onchange: (e: Event) => set({ since: (e.target as HTMLInputElement).value || null }),
        }),
      ),
      h(
        'label',
        {},
        h('span', {}, t.until),
        h('input', {
          type: 'date',
          name: 'last_night',
          value: f.until ?? '',
          onchange: (e: Event) => set({ until: (e.target as HTMLInputElement).value || null }),
        }),
      ),
    ),
    h('label', { class: 'regions' }, h('span', {}, t.regions), regionInput),
    h(
      'datalist',
      { id: 'region-names' },
      names.map((r) => h('option', { value: r[ctx.lang] })),
      names.flatMap((r) =>
        (['en', 'ru', 'uk'] as const).filter((l) => l !== ctx.lang).map((l) => h('option', { value: r[l] })),
      ),
    ),
    h(
      'ul',
      { class: 'chips', id: 'region-chips' },
      f.regions.map((code) =>
        h(
          'li',
          {},
          regionName(ctx, code),
          h(
            'button',
            {
              type: 'button',
              'aria-label': `${t.removeRegion}: ${regionName(ctx, code)}`,
              onclick: () => set({ regions: ctx.view().filters.regions.filter((r) => r !== code) }),
            },
            '×',
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'row' },
      select('kind', t.kind, f.kind, Object.entries(t.kinds)),
      select('weapon', t.weapon, f.weapon, Object.entries(t.weapons)),
      select(
        'status',
        t.status,
        f.status,
        STATUSES.map((s) => [s, t.statuses[s]]),
      ),
    ),
    h(
      'p',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'link',
          onclick: () => ctx.go({ filters: EMPTY_FILTERS, incident: null, report: null }),
        },
        t.clear,
      ),
      h('span', {}, ` · ${t.exports}: `),
      (['csv', 'geojson', 'jsonl', 'atom'] as const).map((ext, k) => [
        k > 0 ? ' ' : '',
        h('a', { class: 'export', 'data-ext': ext, href: exportHref(ext, query), download: '' }, ext.toUpperCase()),
      ]),
    ),
  );
}
