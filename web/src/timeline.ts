// Incidents per night as bars; dragging across them (or clicking one) sets the period. The figure has a text
// label for screen readers, and the From/To fields do the same job from a keyboard.
import type { Ctx } from './ctx.ts';
import { clear, h, svg } from './dom.ts';
import { nightRange, timeText } from './format.ts';

const HEIGHT = 64;

export function renderTimeline(
  el: HTMLElement,
  ctx: Ctx,
  byNight: readonly { night: string; count: number }[],
  period: { since: string | null; until: string | null },
  setPeriod: (since: string | null, until: string | null) => void,
): void {
  clear(el);
  const { t } = ctx;
  const known = byNight
    .filter((n) => /^\d{4}-\d{2}-\d{2}$/.test(n.night))
    .sort((a, b) => a.night.localeCompare(b.night));
  const first = known[0];
  const last = known[known.length - 1];
  const caption = h('figcaption', {}, t.timeline);
  if (!first || !last) {
    el.append(caption);
    return;
  }
  const counts = new Map(known.map((n) => [n.night, n.count]));
  const nights = nightRange(first.night, last.night);
  const max = Math.max(1, ...known.map((n) => n.count));
  const width = Math.max(200, el.clientWidth || 400);
  const step = width / nights.length;
  // A few nights make wide slots; a bar stays at most 24 px wide, centred in its slot.
  const barW = Math.max(1, Math.min(24, step * 0.8));
  const day = (night: string) => timeText(`${night}T12:00:00Z`, ctx.lang).replace(/,? \d\d:\d\d$/, '');
  const busiest = known.reduce((a, b) => (b.count > a.count ? b : a));
  const chart = svg('svg', {
    width,
    height: HEIGHT + 16,
    viewBox: `0 0 ${width} ${HEIGHT + 16}`,
    role: 'img',
    'aria-label': `${t.timeline}: ${day(first.night)} – ${day(last.night)}; ${day(busiest.night)}: ${busiest.count}`,
    class: 'chart',
  });
  const inPeriod = (night: string) =>
    (period.since === null || night >= period.since) && (period.until === null || night <= period.until);
  const selecting = period.since !== null || period.until !== null;
  nights.forEach((night, k) => {
    const n = counts.get(night) ?? 0;
    const barH = n === 0 ? 0 : Math.max(2, (n / max) * HEIGHT);
    chart.append(
      svg(
        'rect',
        {
          x: k * step + (step - barW) / 2,
          y: HEIGHT - barH,
          width: barW,
          height: barH,
          class: `bar${selecting && inPeriod(night) ? ' in' : ''}`,
          'data-night': night,
        },
        svg('title', {}, `${day(night)}: ${t.incidentsCount(n)}`),
      ),
    );
  });
  chart.append(
    svg('text', { x: 0, y: HEIGHT + 13, class: 'axis' }, day(first.night)),
    svg('text', { x: width, y: HEIGHT + 13, class: 'axis', 'text-anchor': 'end' }, day(last.night)),
  );
  const brush = svg('rect', { x: 0, y: 0, width: 0, height: HEIGHT, class: 'brush' });
  chart.append(brush);

  const index = (e: PointerEvent) => {
    const box = chart.getBoundingClientRect();
    return Math.min(nights.length - 1, Math.max(0, Math.floor(((e.clientX - box.left) / box.width) * nights.length)));
  };
  let from: number | null = null;
  const draw = (a: number, b: number) => {
    const lo = Math.min(a, b);
    brush.setAttribute('x', String(lo * step));
    brush.setAttribute('width', String((Math.abs(b - a) + 1) * step));
  };
  chart.addEventListener('pointerdown', (e) => {
    from = index(e);
    chart.setPointerCapture(e.pointerId);
    draw(from, from);
  });
  chart.addEventListener('pointermove', (e) => {
    if (from !== null) draw(from, index(e));
  });
  chart.addEventListener('pointerup', (e) => {
    if (from === null) return;
    const to = index(e);
    const lo = nights[Math.min(from, to)] ?? null;
    const hi = nights[Math.max(from, to)] ?? null;
    from = null;
    setPeriod(lo, hi);
  });
  el.append(caption, chart, h('p', { class: 'hint' }, t.timelineHint, ' '));
  if (selecting)
    el.append(h('button', { type: 'button', class: 'link', onclick: () => setPeriod(null, null) }, t.clearPeriod));
}
