// A report as stored: its cleaned text with every extracted fact's sentence and values marked, the facts listed
// beside it, and what cleaning left out (stray headlines, footers), which the store keeps in `removed`.
import type { ReportDetail } from './api.ts';
import { internalLink, linkEl, timeEl } from './bits.ts';
import type { Ctx } from './ctx.ts';
import { h } from './dom.ts';
import { factCard, fieldMarks, markedText } from './evidence.ts';
import type { Mark } from './highlight.ts';

export function renderReport(ctx: Ctx, r: ReportDetail): HTMLElement {
  const { t } = ctx;
  const marks: Mark[] = [];
  for (const f of r.facts) {
    marks.push({ start: f.evidence.start, end: f.evidence.end, label: 'sentence' });
    marks.push(...fieldMarks(f, 0, r.text.length));
  }
  const source = {
    report_id: r.id,
    title: r.title,
    url: r.url,
    publisher: r.publisher,
    published_at: r.published_at,
    origin_id: r.id,
  };
  return h(
    'article',
    { class: 'report', 'aria-labelledby': 'report-title' },
    h('p', {}, internalLink(ctx, `← ${t.back}`, {})),
    h('h2', { id: 'report-title', tabindex: '-1' }, r.title ?? r.publisher ?? t.report),
    h(
      'p',
      { class: 'meta' },
      r.publisher
        ? [`${t.publisher}: `, linkEl(r.url, r.publisher), ' · ']
        : r.url
          ? [linkEl(r.url, t.openOriginal), ' · ']
          : null,
      `${t.published}: `,
      timeEl(ctx, r.published_at, { relative: true }),
      editedMeta(ctx, r),
    ),
    h('p', { class: 'note' }, t.reportFacts),
    h('div', { class: 'report-text', lang: r.lang }, markedText(ctx, r.text, marks)),
    earlierTexts(ctx, r),
    h(
      'section',
      { class: 'part' },
      h('h3', {}, t.removed),
      r.removed.length > 0
        ? h(
            'ul',
            { class: 'removed' },
            r.removed.map((line) => h('li', {}, line)),
          )
        : h('p', {}, t.removedNone),
    ),
    h(
      'section',
      { class: 'part' },
      h('h3', {}, t.evidence),
      h(
        'ol',
        { class: 'facts' },
        r.facts.map((f) => factCard(ctx, f, source)),
      ),
    ),
  );
}

/** " · Edited by its source: <when>": the last edit as the source dated it. The last revision's `edited_at` is the time
 *  of the text it holds (null for a post's first), not of the edit that replaced it: a post edited once showed
 *  Sitrep's read time, one edited twice the edit before the last (ux41 #8). A source that dates no edit (a feed item
 *  whose text changed) gives only Sitrep's read time, " · Changed (seen by Sitrep): <when>": the label must not call
 *  Sitrep's clock the source's (review 41b). */
function editedMeta(ctx: Ctx, r: ReportDetail): (string | Node)[] | null {
  const last = r.revisions?.at(-1);
  if (last === undefined) return null;
  const dated = last.source_replaced_at ?? null;
  return [
    ' · ',
    `${dated === null ? ctx.t.editedSeen : ctx.t.edited}: `,
    timeEl(ctx, dated ?? last.replaced_at, { relative: true }),
  ];
}

/** The texts the report had before its source edited it, oldest first, so a changed figure can be seen. */
function earlierTexts(ctx: Ctx, r: ReportDetail): HTMLElement | null {
  const revisions = r.revisions ?? [];
  if (revisions.length === 0) return null;
  return h(
    'section',
    { class: 'part revisions' },
    h('h3', {}, ctx.t.earlierTexts),
    h(
      'ol',
      {},
      revisions.map((rev) =>
        h('li', {}, timeEl(ctx, rev.replaced_at, { relative: false }), h('p', { lang: r.lang }, rev.text)),
      ),
    ),
  );
}
