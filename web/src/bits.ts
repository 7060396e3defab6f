// Small pieces shared by the list, the detail and the report view.
import type { Conflict, Count, Incident } from '../../src/core/types.ts';
import { type Ctx, regionName } from './ctx.ts';
import { h } from './dom.ts';
import {
  claimantText,
  countText,
  countWord,
  relativeText,
  safeHref,
  timeText,
  weaponText,
  whenText,
  zonesTitle,
} from './format.ts';

/** A time in the reader's zone, named, Kyiv and Moscow time on hover, and how long ago. */
export function timeEl(ctx: Ctx, iso: string, opts: { relative?: boolean } = {}): HTMLElement {
  return h(
    'time',
    { datetime: iso, title: zonesTitle(iso, ctx.lang, ctx.t) },
    timeText(iso, ctx.lang, undefined, true),
    opts.relative ? ` (${relativeText(iso, ctx.now(), ctx.lang)})` : '',
  );
}

/** An incident's time in a list: its date when the window is a day's or wider, else its end (format.ts, whenText). */
export function whenEl(ctx: Ctx, when: { start: string; end: string; precision: string }): HTMLElement {
  const said = whenText(when, ctx.lang);
  const title = said.named
    ? zonesTitle(when.end, ctx.lang, ctx.t)
    : `${timeText(when.start, ctx.lang, undefined, true)} – ${timeText(when.end, ctx.lang, undefined, true)}`;
  return h(
    'time',
    { datetime: said.at, title, 'data-precision': when.precision },
    said.text,
    ` (${relativeText(said.at, ctx.now(), ctx.lang)})`,
  );
}

export function statusEl(ctx: Ctx, status: Incident['corroboration']['status']): HTMLElement {
  return h('span', { class: `badge status-${status}` }, ctx.t.statuses[status]);
}

/** "2 reports, 2 origins, 1 voice": the counts behind the status, which is decided by voices (not origins), with
 *  what each word means on hover. An incident stored before voices were counted has as many as origins. */
export function corroborationEl(ctx: Ctx, c: Incident['corroboration']): HTMLElement {
  const { t } = ctx;
  return h(
    'span',
    { class: 'corroboration', title: t.corroborationHint },
    `${t.reports(c.reports)}, ${t.origins(c.origins)}, ${t.voices(c.voices ?? c.origins)}`,
  );
}

/** An outside link only for http(s) urls; anything else is shown as text. */
export function linkEl(url: string | null | undefined, label: string): HTMLElement | string {
  const href = safeHref(url);
  return href ? h('a', { href, rel: 'noopener noreferrer nofollow', target: '_blank' }, label) : label;
}

export function internalLink(ctx: Ctx, label: string, change: { incident?: string; report?: string }): HTMLElement {
  const params = new URLSearchParams(location.search);
  params.delete('incident');
  params.delete('report');
  if (change.incident) params.set('incident', change.incident);
  if (change.report) params.set('report', change.report);
  return h(
    'a',
    {
      href: `?${params}`,
      onclick: (e: Event) => {
        const m = e as MouseEvent;
        if (m.ctrlKey || m.metaKey || m.shiftKey || m.button !== 0) return;
        e.preventDefault();
        ctx.go({ incident: change.incident ?? null, report: change.report ?? null });
      },
    },
    label,
  );
}

export function incidentTitle(ctx: Ctx, i: Incident): string {
  const refs = i.regions && i.regions.length > 0 ? i.regions : i.region ? [i.region] : [];
  const regions = refs.map((r) => regionName(ctx, r.code, r.name));
  // A place named like its region (Moscow in Moscow, Bryansk in Bryansk Oblast, in any language) is said once.
  const names = refs.flatMap((r) => {
    const known = ctx.regions.get(r.code);
    return [r.name, ...(known ? [known.en, known.ru, known.uk] : [])].map((n) => n.toLowerCase());
  });
  const unlike = (name: string) => !names.some((n) => n.startsWith(name.toLowerCase()));
  // The incident's place leads only when every report telling its attack names it; towns named otherwise follow the
  // region ("Kursk Oblast, incl. Kurchatov"), so an oblast's total does not read as the town's.
  const place = i.place && unlike(i.place.name) ? [i.place.name] : [];
  const others = i.place ? [] : (i.places ?? []).map((p) => p.name).filter(unlike);
  // A nationwide incident ("90 missiles at Ukraine") names its country rather than "region not stated".
  const country = i.country ? ctx.t.nationwide[i.country] : undefined;
  const within = others.length > 0 ? `, ${ctx.t.placesIncluded} ${others.join(', ')}` : '';
  const where = [...place, ...regions].join(', ') + (regions.length > 0 || place.length > 0 ? within : '');
  const shown = where || (others.length > 0 ? others.join(', ') : '') || country || ctx.t.unknownRegion;
  return `${ctx.t.kinds[i.kind as keyof typeof ctx.t.kinds] ?? i.kind} · ${shown}`;
}

/** "drones: 18 destroyed" or, when sources differ, "drones: 18 / 15 destroyed" (who said which is in the detail); a
 *  strike's count is how many struck: "drones: 2 struck". Launched and hit are shown the same way. */
export function weaponsSummary(ctx: Ctx, i: Incident): string {
  return i.weapons
    .map((w) => {
      const parts: string[] = [];
      const shown = (field: 'count' | 'launched' | 'hit') => {
        const disputed = i.conflicts.find((c) => c.field === `weapons[${w.type}].${field}`);
        return disputed
          ? disputed.values.map((v) => conflictValueText(ctx, v.value)).join(' / ')
          : countText(w[field] ?? null, ctx.t);
      };
      const destroyed = shown('count');
      const launched = shown('launched');
      const hit = shown('hit');
      if (launched) parts.push(`${launched} ${ctx.t.launched}`);
      if (destroyed) parts.push(`${destroyed} ${countWord(i.kind, ctx.t)}`);
      if (hit) parts.push(`${hit} ${ctx.t.hit}`);
      const name = weaponText(w.type, null, ctx.t);
      return parts.length > 0 ? `${name}: ${parts.join(', ')}` : name;
    })
    .join('; ');
}

/** A value a conflict names, as the page says numbers: 3, "about 30", "over 70". */
export function conflictValueText(ctx: Ctx, value: unknown): string {
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  if (value && typeof value === 'object' && 'approx' in value) return countText(value as Count, ctx.t) ?? '?';
  return JSON.stringify(value);
}

/** A disputed value in a line of text: each value with who gave it, then "disputed", so that no one of them reads
 *  as Sitrep's own: "3 (Oleh Syniehubov) / 2 (Ihor Terekhov) · disputed". A value no report attributes stands
 *  alone. */
export function disputedText(ctx: Ctx, conflict: Conflict, i?: Incident): string {
  const values = conflict.values.map((v) => {
    const who = (v.claimants ?? []).map((c) => claimantText(c, ctx.t)).filter(Boolean);
    return `${conflictValueText(ctx, v.value)}${who.length > 0 ? ` (${who.join(', ')})` : ''}`;
  });
  return `${values.join(' / ')} · ${i && withinOneOrigin(i, conflict) ? ctx.t.withinOneOrigin : ctx.t.statuses.disputed}`;
}

/** Every value of the conflict comes from one origin (a rewrite that garbled a number) and one voice: no dispute, as
 *  the status counts it, so the page never says "disputed" beside "one voice"; two named voices quoted in one wire
 *  still disagree (src/export/values.ts has the same test). */
function withinOneOrigin(i: Incident, conflict: Conflict): boolean {
  const originOf = new Map(i.sources.map((s) => [s.report_id, s.origin_id]));
  const origins = new Set(conflict.values.flatMap((v) => v.report_ids.map((id) => originOf.get(id) ?? id)));
  const voices = new Set(conflict.values.flatMap((v) => (v.claimants ?? []).map((c) => `${c.name}|${c.role}`)));
  return origins.size < 2 && voices.size < 2;
}

/** The casualties line of an incident: each number as stated, a disputed one with who said which. */
export function casualtiesText(ctx: Ctx, i: Incident): string {
  const { t } = ctx;
  const one = (field: 'killed' | 'injured' | 'children_killed' | 'children_injured') => {
    const conflict = i.conflicts.find((c) => c.field === `casualties.${field}`);
    if (conflict) return disputedText(ctx, conflict, i);
    return String(i.casualties[field] ?? t.notStated);
  };
  // The children are a part of each toll, told beside it only when a report told them.
  const part = (field: 'children_killed' | 'children_injured') =>
    (i.casualties[field] ?? null) !== null ? ` (${t.children}: ${one(field)})` : '';
  return `${t.killed}: ${one('killed')}${part('children_killed')}, ${t.injured}: ${one('injured')}${part('children_injured')}`;
}

/** Each place's own toll in a wave (`casualties.scopes`) as rows of the summary: "Casualties in Kyiv" → "killed: 0,
 *  injured: 0 — Vitali Klitschko (mayor)". A place's zero is its own, never the incident's (docs/api.md). */
export function tollScopeRows(ctx: Ctx, i: Incident): [string, string][] {
  const { t } = ctx;
  const byPlace = new Map<string, NonNullable<Incident['casualties']['scopes']>>();
  for (const s of i.casualties.scopes ?? []) {
    // A figure told of no region is the country's: the incident's own, beside the regions' parts.
    const where = s.region
      ? regionName(ctx, s.region.code, s.region.name)
      : i.country
        ? t.nationwide[i.country]
        : t.unknownRegion;
    byPlace.set(where, [...(byPlace.get(where) ?? []), s]);
  }
  const word = { killed: t.killed, injured: t.injured } as const;
  return [...byPlace].map(([where, list]) => {
    const figure = (field: 'killed' | 'injured') => list.find((s) => s.field === field);
    const child = (field: 'children_killed' | 'children_injured') => list.find((s) => s.field === field);
    const figures = (['killed', 'injured'] as const).flatMap((field) => {
      const s = figure(field);
      const c = child(`children_${field}`);
      return s ? [`${word[field]}: ${s.count}${c ? ` (${t.children}: ${c.count})` : ''}`] : [];
    });
    const claimants = new Map(list.flatMap((s) => s.claimants).map((c) => [`${c.name}|${c.role}|${c.channel}`, c]));
    const who = [...claimants.values()].map((c) => claimantText(c, t)).join(', ');
    return [t.casualtiesIn(where), `${figures.join(', ')}${who ? ` — ${who}` : ''}`];
  });
}

/** The columns of an incident's Numbers table: launched, count (destroyed or struck) and hit, each only when some
 *  weapon states it or sources dispute it. A strike that states no count gets no "struck" column beside "hit", and
 *  an incident that states no number gets no table (an empty list). */
export function numberColumns(i: Incident): ('launched' | 'count' | 'hit')[] {
  return (['launched', 'count', 'hit'] as const).filter((field) =>
    i.weapons.some(
      (w) =>
        (w[field] ?? null) !== null ||
        (w.scopes ?? []).some((s) => s.field === field) ||
        i.conflicts.some((c) => c.field === `weapons[${w.type}].${field}`),
    ),
  );
}
