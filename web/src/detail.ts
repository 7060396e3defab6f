// One incident: its numbers side by side, where sources disagree and who said what, every fact with its sentence,
// reports versus independent origins, a running tally's history, related incidents and why reports were merged.
import type { Conflict, Fact, Incident, WeaponCount } from '../../src/core/types.ts';
import type { IncidentDetail } from './api.ts';
import {
  casualtiesText,
  conflictValueText,
  corroborationEl,
  incidentTitle,
  internalLink,
  linkEl,
  numberColumns,
  statusEl,
  timeEl,
  tollScopeRows,
} from './bits.ts';
import { type Ctx, regionName } from './ctx.ts';
import { h } from './dom.ts';
import { factCard } from './evidence.ts';
import {
  claimantText,
  countText,
  countWord,
  effectText,
  liftedNote,
  onlyCorrections,
  tallyStepNote,
  weaponText,
} from './format.ts';

export function renderDetail(ctx: Ctx, i: IncidentDetail, related: Incident[], joint: Incident[] = []): HTMLElement {
  const { t } = ctx;
  const facts = new Map(i.fact_details.map((f) => [f.id, f]));
  const c = i.corroboration;
  return h(
    'article',
    { class: 'detail', 'aria-labelledby': 'detail-title' },
    h('p', {}, internalLink(ctx, `← ${t.back}`, {})),
    h('h2', { id: 'detail-title', tabindex: '-1' }, incidentTitle(ctx, i)),
    h(
      'p',
      { class: 'meta' },
      i.when ? [timeEl(ctx, i.when.start), ' – ', timeEl(ctx, i.when.end)] : t.timeUnknown,
      liftedEl(ctx, i),
      ' · ',
      statusEl(ctx, c.status),
      ' · ',
      corroborationEl(ctx, c),
    ),
    numbers(ctx, i),
    jointTotals(ctx, i, [...related, ...joint]),
    conflicts(ctx, i),
    summary(ctx, i),
    section(
      t.evidence,
      h(
        'ol',
        { class: 'facts' },
        i.facts
          .map((id) => facts.get(id))
          .filter((f): f is Fact => f !== undefined)
          // In the order they were published, so a running tally reads as it grew.
          .sort((a, b) => publishedAt(i, a).localeCompare(publishedAt(i, b)) || a.id.localeCompare(b.id))
          .map((f) =>
            factCard(
              ctx,
              f,
              i.sources.find((s) => s.report_id === f.report_id),
            ),
          ),
      ),
    ),
    sources(ctx, i),
    tallies(ctx, i),
    related.length > 0
      ? section(
          t.related,
          h(
            'ul',
            {},
            related.map((r) => h('li', {}, internalLink(ctx, incidentTitle(ctx, r), { incident: r.id }))),
          ),
        )
      : null,
    reasons(ctx, i),
  );
}

function publishedAt(i: Incident, f: Fact): string {
  const at = i.sources.find((s) => s.report_id === f.report_id)?.published_at;
  return at ? new Date(at).toISOString() : '';
}

function section(title: string, ...body: (Node | null)[]): HTMLElement {
  return h('section', { class: 'part' }, h('h3', {}, title), ...body);
}

/** "publisher (claimant)" for each report behind a value. */
function whoSaid(ctx: Ctx, i: IncidentDetail, reportIds: string[]): string {
  return reportIds
    .map((rid) => {
      const src = i.sources.find((s) => s.report_id === rid);
      const claimant = i.fact_details.find((f) => f.report_id === rid && f.claimant)?.claimant;
      const who = claimantText(claimant, ctx.t);
      const pub = src?.publisher ?? src?.title ?? rid;
      return who && who !== pub ? `${pub} (${who})` : pub;
    })
    .join(', ');
}

/** "Shahed-type drones" when the facts name one model for this weapon; the models listed when they name several. */
function weaponName(ctx: Ctx, i: IncidentDetail, w: WeaponCount): string {
  const models = [
    ...new Set(i.fact_details.filter((f) => f.weapon === w.type && f.weapon_model).map((f) => f.weapon_model!)),
  ];
  if (models.length === 1) return weaponText(w.type, models[0], ctx.t);
  const name = weaponText(w.type, null, ctx.t);
  return models.length > 1 ? `${name} (${models.join(', ')})` : name;
}

function conflictOf(i: Incident, w: WeaponCount, field: string): Conflict | undefined {
  return i.conflicts.find((c) => c.field === `weapons[${w.type}].${field}`);
}

function numbers(ctx: Ctx, i: IncidentDetail): HTMLElement | null {
  const { t } = ctx;
  const columns = numberColumns(i);
  if (i.weapons.length === 0 || columns.length === 0) return null;
  const cell = (w: WeaponCount, field: 'launched' | 'count' | 'hit') => {
    const conflict = conflictOf(i, w, field);
    if (conflict) {
      return h(
        'td',
        { class: 'disputed' },
        conflict.values.map((v) =>
          h(
            'span',
            { class: 'claim' },
            h('b', {}, conflictValueText(ctx, v.value)),
            ` — ${whoSaid(ctx, i, v.report_ids)}`,
          ),
        ),
      );
    }
    const value = countText(field === 'count' ? w.count : (w[field] ?? null), t);
    return h('td', { class: value ? '' : 'none' }, value ?? '—');
  };
  return section(
    t.numbers,
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'numbers' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t.weaponCol),
            columns.map((f) =>
              h('th', { scope: 'col' }, f === 'count' ? countWord(i.kind, t) : f === 'launched' ? t.launched : t.hit),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          i.weapons.map((w) => [
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, weaponName(ctx, i, w)),
              columns.map((f) => cell(w, f)),
            ),
            (w.scopes ?? []).map((s) =>
              h(
                'tr',
                { class: 'scope' },
                h(
                  'td',
                  { colspan: columns.length + 1 },
                  // A count told of no region is the country's: the incident's own (the Air Force's night total).
                  `${s.region ? regionName(ctx, s.region.code, s.region.name) : i.country ? ctx.t.nationwide[i.country] : ctx.t.unknownRegion}: `,
                  `${countText(s.count, t)} ${s.field === 'count' ? countWord(i.kind, t) : t[s.field]} — `,
                  s.claimants.map((c) => claimantText(c, t)).join(', ') || whoSaid(ctx, i, s.report_ids),
                ),
              ),
            ),
          ]),
        ),
      ),
    ),
  );
}

function conflictLabel(ctx: Ctx, field: string, kind: string): string {
  const m = /^weapons\[(\w+)\]\.(count|launched|hit)$/.exec(field);
  if (m) {
    const what = m[2] === 'count' ? countWord(kind, ctx.t) : m[2] === 'launched' ? ctx.t.launched : ctx.t.hit;
    return `${weaponText(m[1] ?? null, null, ctx.t)}: ${what}`;
  }
  const c = /^casualties\.(children_)?(killed|injured)$/.exec(field);
  if (c) return `${c[2] === 'killed' ? ctx.t.killed : ctx.t.injured}${c[1] ? ` (${ctx.t.children})` : ''}`;
  return field;
}

/** «6 drones over Bryansk Oblast, Kursk Oblast together (ministry)»: a count told jointly over this region and others
 *  is no number of this region's (the numbers above leave it out), but it is the claimant's word and is said here,
 *  with the sentence it was told in. */
function jointTotals(ctx: Ctx, i: IncidentDetail, others: readonly Incident[]): HTMLElement | null {
  const joint = (i.aggregates ?? []).filter((a) => a.sum === null);
  if (joint.length === 0) return null;
  const { t } = ctx;
  return section(
    t.jointTotals,
    ...joint.map((a) => {
      const regions = a.incident_ids.map((id) => {
        const inc = id === i.id ? i : others.find((o) => o.id === id);
        return inc ? regionName(ctx, inc.region?.code, inc.region?.name) : null;
      });
      const named = regions.filter((r): r is string => r !== null);
      const unnamed = regions.length - named.length;
      const told = i.fact_details.find((f) => f.report_id === a.report_id);
      const what = [countText(a.claimed, t), weaponText(told?.weapon ?? null, null, t)].filter(Boolean).join(' ');
      return h(
        'div',
        { class: 'joint' },
        h('p', {}, t.jointOver(what, named, unnamed), ' — ', whoSaid(ctx, i, [a.report_id])),
        told ? h('blockquote', {}, told.evidence.text) : null,
      );
    }),
  );
}

function conflicts(ctx: Ctx, i: IncidentDetail): HTMLElement | null {
  if (i.conflicts.length === 0) return null;
  return section(
    ctx.t.conflicts,
    ...i.conflicts.map((c) =>
      h(
        'div',
        { class: 'conflict' },
        h('h4', {}, conflictLabel(ctx, c.field, i.kind)),
        h(
          'div',
          { class: 'sides' },
          c.values.map((v) =>
            h(
              'div',
              { class: 'said' },
              h('p', { class: 'big' }, conflictValueText(ctx, v.value)),
              h('p', {}, `${whoSaid(ctx, i, v.report_ids)} ${ctx.t.conflictSays}`),
            ),
          ),
        ),
      ),
    ),
  );
}

function summary(ctx: Ctx, i: IncidentDetail): HTMLElement | null {
  const { t } = ctx;
  const rows: [string, string][] = [];
  const scoped = tollScopeRows(ctx, i);
  // With places' own tolls and none of the whole, the whole's line says "not stated" above them, so a place's zero
  // never reads as the incident's.
  if (i.casualties.killed !== null || i.casualties.injured !== null || scoped.length > 0) {
    rows.push([t.casualties, casualtiesText(ctx, i)]);
  }
  rows.push(...scoped);
  if (i.effects.length > 0) {
    rows.push([t.effects, i.effects.map((e) => effectText(e, t)).join('; ')]);
  }
  if (i.airports.length > 0) {
    rows.push([
      t.airports,
      `${i.airports.join(', ')}${i.diverted_to.length > 0 ? `; ${t.divertedTo} ${i.diverted_to.join(', ')}` : ''}`,
    ]);
  }
  if (i.claimants.length > 0) rows.push([t.claimants, i.claimants.map((c) => claimantText(c, t)).join('; ')]);
  if (rows.length === 0) return null;
  return h(
    'dl',
    { class: 'summary' },
    rows.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
  );
}

function sources(ctx: Ctx, i: IncidentDetail): HTMLElement {
  const { t } = ctx;
  const byOrigin = new Map<string, Incident['sources']>();
  for (const s of i.sources) byOrigin.set(s.origin_id, [...(byOrigin.get(s.origin_id) ?? []), s]);
  return section(
    `${t.sources}: ${t.reports(i.corroboration.reports)}, ${t.origins(i.corroboration.origins)}, ${t.voices(i.corroboration.voices ?? i.corroboration.origins)}`,
    h(
      'ol',
      { class: 'origins' },
      [...byOrigin.values()].map((group) =>
        h(
          'li',
          {},
          group.length > 1 ? h('p', { class: 'note' }, `${t.originGroup}: ${t.sameOrigin}`) : null,
          h(
            'ul',
            {},
            group.map((s) =>
              h(
                'li',
                {},
                h('b', {}, s.publisher ?? s.title ?? s.report_id),
                s.title && s.publisher ? ` — ${s.title}` : '',
                ' · ',
                timeEl(ctx, s.published_at, { relative: true }),
                ' · ',
                internalLink(ctx, t.openReport, { report: s.report_id }),
                s.url ? [' · ', linkEl(s.url, t.openOriginal)] : null,
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

function tallies(ctx: Ctx, i: IncidentDetail): HTMLElement | null {
  const entries = Object.entries(i.tallies ?? {}).filter(([, steps]) => steps.length > 1);
  if (entries.length === 0) return null;
  // A figure its voice corrected is told as corrected: "Running tally" would read 12 then 14 as two more drones.
  return section(
    entries.every(([, steps]) => onlyCorrections(steps)) ? ctx.t.corrections : ctx.t.tally,
    ...entries.map(([key, steps]) =>
      h(
        'div',
        { class: 'tally' },
        h('h4', {}, tallyLabel(ctx, key, i.kind)),
        h(
          'ol',
          {},
          steps.map((s, n) => {
            const note = tallyStepNote(steps, n);
            const value = s.value === null ? '?' : `${s.increment ? '+' : ''}${s.value}`;
            return h(
              'li',
              note ? { class: note } : {},
              timeEl(ctx, s.published_at),
              ': ',
              note === 'corrected' ? h('s', {}, value) : h('b', {}, value),
              note ? ` (${note === 'correction' ? ctx.t.correctionMark : ctx.t.correctedMark})` : '',
              ` — ${whoSaid(ctx, i, [s.report_id])}`,
            );
          }),
        ),
      ),
    ),
  );
}

/** A tally is keyed by its field, and by its voice when several kept one: 'weapons[uav].count by sobyanin'. */
function tallyLabel(ctx: Ctx, key: string, kind: string): string {
  const [field = key, voice] = key.split(' by ');
  return voice ? `${conflictLabel(ctx, field, kind)} (${voice})` : conflictLabel(ctx, field, kind);
}

function reasons(ctx: Ctx, i: IncidentDetail): HTMLElement | null {
  if (i.reasons.length === 0) return null;
  return h(
    'details',
    { class: 'part reasons' },
    h('summary', {}, ctx.t.reasons),
    h(
      'ul',
      {},
      i.reasons.map((r) =>
        h(
          'li',
          {},
          h('b', {}, whoSaid(ctx, i, [r.report_id])),
          h(
            'ul',
            {},
            r.reasons.map((line) => h('li', {}, line)),
          ),
        ),
      ),
    ),
  );
}

/** " · restrictions lifted at 05:30" on an airport disruption a report says ended (ux32: the page never said so), " ·
 *  all clear at 02:45" on an alert (ux33). */
function liftedEl(ctx: Ctx, i: Incident): (string | HTMLElement)[] | null {
  const note = liftedNote(i, ctx.t);
  if (!note) return null;
  return [' · ', h('span', { class: 'lifted' }, note.label, note.at ? [' ', timeEl(ctx, note.at)] : null)];
}
