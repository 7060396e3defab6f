// The incident list: one card per incident, newest first, a page at a time.
import type { Incident } from '../../src/core/types.ts';
import { corroborationEl, incidentTitle, internalLink, statusEl, weaponsSummary, whenEl } from './bits.ts';
import type { Ctx } from './ctx.ts';
import { h } from './dom.ts';
import { claimantText } from './format.ts';
import { apiQuery } from './state.ts';

export interface ListState {
  incidents: Incident[];
  next: string | null;
  total: number | null;
  /** Incidents changed since the page opened, with what happened to them. */
  changed: ReadonlyMap<string, 'new' | 'updated'>;
}

export function renderList(ctx: Ctx, s: ListState, more: () => void): HTMLElement {
  const { t } = ctx;
  const total = s.total ?? s.incidents.length;
  return h(
    'section',
    { class: 'list', 'aria-labelledby': 'list-title' },
    h('h2', { id: 'list-title' }, `${t.list} `, h('small', {}, `(${t.incidentsCount(total)})`)),
    s.incidents.length === 0 ? empty(ctx) : null,
    h(
      'ol',
      { class: 'cards' },
      s.incidents.map((i) => card(ctx, i, s.changed.get(i.id))),
    ),
    s.next ? h('button', { type: 'button', class: 'more', onclick: more }, t.loadMore) : null,
  );
}

/** Nothing to list: with a filter set, the filters are why; with none, the database holds no incident yet, and a
 *  reader is told how reports get in rather than to change filters there are none of. */
function empty(ctx: Ctx): HTMLElement {
  const { t } = ctx;
  if (apiQuery(ctx.view().filters).toString() !== '') return h('p', { class: 'empty' }, t.none);
  return h(
    'div',
    { class: 'empty' },
    h('p', {}, t.noIncidents),
    h('p', {}, t.howToAdd),
    h(
      'pre',
      {},
      h(
        'code',
        {},
        'sitrep ingest --db sitrep.db reports/\nsitrep watch --db sitrep.db sources.yaml\nPOST /api/reports',
      ),
    ),
  );
}

function card(ctx: Ctx, i: Incident, change: 'new' | 'updated' | undefined): HTMLElement {
  const { t } = ctx;
  const claimants = i.claimants.map((c) => claimantText(c, t)).filter(Boolean);
  const c = i.corroboration;
  return h(
    'li',
    { class: `card${change ? ' changed' : ''}`, 'data-id': i.id, 'data-status': c.status },
    h(
      'h3',
      {},
      internalLink(ctx, incidentTitle(ctx, i), { incident: i.id }),
      change ? h('span', { class: 'badge fresh' }, change === 'new' ? t.newBadge : t.updatedBadge) : null,
    ),
    h(
      'p',
      { class: 'meta' },
      i.when ? whenEl(ctx, i.when) : t.timeUnknown,
      ' · ',
      statusEl(ctx, c.status),
      ' · ',
      corroborationEl(ctx, c),
    ),
    i.weapons.length > 0 ? h('p', { class: 'weapons' }, weaponsSummary(ctx, i)) : null,
    claimants.length > 0 ? h('p', { class: 'who' }, `${t.claimants}: ${claimants.join('; ')}`) : null,
  );
}
