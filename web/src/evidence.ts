// One fact as a reader checks it: the sentence with each value's words marked, who said it, where and when.
import type { Fact, FactField, Incident } from '../../src/core/types.ts';
import { internalLink, linkEl, timeEl } from './bits.ts';
import { type Ctx, regionName } from './ctx.ts';
import { h } from './dom.ts';
import { claimantText, countText, factKindText, fieldLabel, weaponText } from './format.ts';
import { type Mark, splitMarks } from './highlight.ts';

type Source = Incident['sources'][number];

/** A fact's values in words, in the order a reader asks for them. */
export function factValues(ctx: Ctx, f: Fact): [FactField, string][] {
  const { t } = ctx;
  const out: [FactField, string | null][] = [
    ['kind', factKindText(f, t)],
    ['weapon', f.weapon ? weaponText(f.weapon, f.weapon_model, t) : null],
    ['launched', countText(f.launched, t)],
    // "another 4" adds to a running tally: said as +4, not as a total.
    ['count', f.count && f.increment ? `+${countText(f.count, t)}` : countText(f.count, t)],
    ['hit', countText(f.hit, t)],
    ['region', f.region ? regionName(ctx, f.region.code, f.region.name) : null],
    ['place', f.place?.name ?? null],
    ['object', f.object ? ((t.objects as Record<string, string>)[f.object] ?? f.object) : null],
    [
      'casualties',
      f.casualties && (f.casualties.killed !== null || f.casualties.injured !== null)
        ? [
            f.casualties.killed !== null ? `${t.killed}: ${f.casualties.killed}` : null,
            (f.casualties.children_killed ?? null) !== null ? `${t.children}: ${f.casualties.children_killed}` : null,
            f.casualties.injured !== null ? `${t.injured}: ${f.casualties.injured}` : null,
            (f.casualties.children_injured ?? null) !== null ? `${t.children}: ${f.casualties.children_injured}` : null,
          ]
            .filter(Boolean)
            .join(', ')
        : null,
    ],
    ['airports', f.airports.length > 0 ? f.airports.join(', ') : null],
    ['diverted_to', f.diverted_to.length > 0 ? f.diverted_to.join(', ') : null],
    // As the report wrote it: the evidence shows what was said, the summary above it names the person in the page's script.
    ['claimant', f.claimant ? claimantText(f.claimant, t, true) : null],
  ];
  return out.filter((e): e is [FactField, string] => e[1] !== null && e[1] !== '');
}

/** The marks of a fact's fields that fall inside a range of its report's text (offsets relative to `from`). */
export function fieldMarks(f: Fact, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  for (const [field, span] of Object.entries(f.fields)) {
    if (!span || span.end <= span.start || span.start < from || span.end > to) continue;
    marks.push({ start: span.start - from, end: span.end - from, label: field });
  }
  return marks;
}

export function markedText(ctx: Ctx, text: string, marks: Mark[], cls = 'ev', kind?: string): HTMLElement[] {
  return splitMarks(text, marks).map((p) =>
    p.mark
      ? h('mark', { class: `${cls} f-${p.mark.label}`, title: fieldLabel(p.mark.label, kind, ctx.t) }, p.text)
      : h('span', {}, p.text),
  );
}

export function factCard(ctx: Ctx, f: Fact, source: Source | undefined): HTMLElement {
  const { t } = ctx;
  const ev = f.evidence;
  const values = factValues(ctx, f);
  return h(
    'li',
    { class: 'fact', 'data-fact': f.id },
    h(
      'p',
      { class: 'fact-head' },
      linkEl(source?.url, source?.publisher ?? source?.title ?? f.report_id),
      source ? [' · ', timeEl(ctx, source.published_at)] : null,
      ' · ',
      internalLink(ctx, t.openReport, { report: f.report_id }),
    ),
    h('blockquote', { class: 'sentence' }, markedText(ctx, ev.text, fieldMarks(f, ev.start, ev.end), 'ev', f.kind)),
    h(
      'dl',
      { class: 'values' },
      values.map(([field, value]) => {
        const span = f.fields[field];
        const note = span?.from === 'publisher' ? t.fromPublisher : span?.inferred ? t.inferred : null;
        return [
          h('dt', {}, fieldLabel(field, f.kind, t)),
          h('dd', {}, value, note ? h('small', {}, ` (${note})`) : null),
        ];
      }),
    ),
  );
}
