// A report's main incident: the one a reader would file it under when its facts lie in several incidents (a roundup,
// an address on two strikes, an air force's count of hits beside its share of missiles shot down).
import type { Fact, Incident } from '../core/types.ts';
import { compareText } from './time.ts';

/** What one incident holds of one report: how many of its facts, where its earliest fact's sentence starts in the
 *  report (`lead`), and the earliest of those facts in extraction order (`first`). */
export interface Held {
  n: number;
  lead: number;
  first: number;
}

/**
 * The main incident among those holding a report's facts: the one its lead tells, the first sentence of the report
 * that carries a fact in an incident (a headline «… атакован ракетами» over a paragraph of shoot-downs, a governor's
 * roundup that opens on the hit and lists the night's other regions after it). Among the incidents of that sentence
 * (a ministry's one-sentence list of regions) the one holding most of the report's facts, then the one whose fact was
 * read first, then the smaller id. Most facts alone would file a report under the incident its body dwells on, which
 * is often not what its headline is about.
 */
export function pickMain<K extends string>(held: ReadonlyMap<K, Held>): K | undefined {
  const lead = Math.min(...[...held.values()].map((h) => h.lead));
  const [main] = [...held]
    .filter(([, h]) => h.lead === lead)
    .sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first || compareText(a[0], b[0]));
  return main?.[0];
}

/** Marks, for each report whose facts lie in more than one of the night's incidents, its source entry in its main
 *  incident (`pickMain`) with `main: true`. A report in one incident needs no mark. `facts` are the night's facts,
 *  each report's in extraction order. */
export function markMainIncidents(incidents: readonly Incident[], facts: readonly Fact[]): void {
  const factById = new Map(facts.map((f) => [f.id, f]));
  const order = new Map(facts.map((f, i) => [f.id, i]));
  const held = new Map<string, Map<string, Held>>();
  for (const inc of incidents) {
    for (const id of inc.facts) {
      const f = factById.get(id);
      if (!f) continue;
      const byIncident = held.get(f.report_id) ?? new Map<string, Held>();
      const prev = byIncident.get(inc.id) ?? { n: 0, lead: Number.POSITIVE_INFINITY, first: Number.POSITIVE_INFINITY };
      byIncident.set(inc.id, {
        n: prev.n + 1,
        lead: Math.min(prev.lead, f.evidence.start),
        first: Math.min(prev.first, order.get(id)!),
      });
      held.set(f.report_id, byIncident);
    }
  }
  const byId = new Map(incidents.map((inc) => [inc.id, inc]));
  for (const [report, byIncident] of held) {
    if (byIncident.size < 2) continue;
    const main = pickMain(byIncident);
    const source = main === undefined ? undefined : byId.get(main)?.sources.find((s) => s.report_id === report);
    if (source) source.main = true;
  }
}
